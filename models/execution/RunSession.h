#pragma once
// One "run these items" of a release, from the store and back into it: reads the release, checks
// everything that can be known before anything runs (selection, working folder, env file, trust),
// runs the plan through a RunQueue, and records each finished run (its log as evidence) and each
// blocked item as it happens. The CLI's `run` verb and the window's run actions both drive this.

#include "RunQueue.h"
#include "domain/Release.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <optional>
#include <vector>

namespace gl {

class RunRecorder;
class Workspace;

struct RunOptions {
    std::optional<qint64> gateId;       // only this gate's items
    std::vector<qint64> itemIds;        // only these items (a group stands for its leaves)
    int jobs = 0;                       // parallel items inside a gate; 0: the number of cores
    QString envFileOverride;            // instead of the release's env file for this run
    bool trust = false;                 // run imported commands nobody approved
};

// An item whose imported commands or probe would run without a person's approval.
struct PendingApproval {
    qint64 itemId = 0;
    QString title;
    QStringList commands;               // a probe as "GET https://..."
    QString hash;                       // runSpecHash() to store when approved
};

struct RunSummary {
    int passed = 0;
    int failed = 0;
    int cancelled = 0;
    int blocked = 0;
    int notRecorded = 0;                // runs the store refused to record (disk full ...)
    qint64 durationMs = 0;
    bool wasCancelled = false;
    // 0 only when every item that ran passed and nothing was blocked, cancelled or lost.
    bool allPassed() const { return failed == 0 && cancelled == 0 && blocked == 0 && notRecorded == 0 && !wasCancelled; }
};

class RunSession final : public QObject {
    Q_OBJECT
public:
    RunSession(Workspace &workspace, qint64 releaseId, QObject *parent = nullptr);
    ~RunSession() override;

    // A gate by id or by title (case-insensitive, unique); errors name what was looked for.
    static Result<qint64> findGate(const Release &release, const QString &idOrTitle);
    // What a command line shows for a probe.
    static QString probeLine(const Probe &probe);

    // Reads the release and plans the run. Errors (nothing has run): no such gate or item, an item
    // with nothing to run, no working folder, a missing or malformed env file.
    Result<void> prepare(const RunOptions &options);
    const Release &release() const { return m_release; }
    int plannedCount() const;
    // Items that need approval before start() (always empty with options.trust).
    const std::vector<PendingApproval> &pendingApprovals() const { return m_pending; }
    QString workingFolder() const { return m_release.run.workingFolder; }
    QString envFilePath() const { return m_envFilePath; }   // absolute, empty when none

    // False while approvals are pending, before prepare(), or while running.
    bool start();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void itemStarted(qint64 itemId, const QString &title);
    void output(qint64 itemId, QProcess::ProcessChannel channel, const QByteArray &chunk);
    void itemFinished(const gl::RunRecord &record, const QString &title);
    void itemsBlocked(const QStringList &titles, const QString &reason);
    void recordFailed(const QString &title, const QString &message);
    void finished(const gl::RunSummary &summary);

private:
    QString gateCheck(const RunStage &stage);
    void onJobFinished(qint64 itemId, const QString &title, const RunResult &result);
    void onStageBlocked(const RunStage &stage, const QString &reason);
    void onRecorded(const RunRecord &stored, const QString &title, const QString &error);
    void onQueueFinished();
    void settle();

    Workspace &m_workspace;
    qint64 m_releaseId = 0;
    Release m_release;
    std::vector<RunStage> m_plan;
    std::vector<PendingApproval> m_pending;
    QString m_envFilePath;
    RunQueue m_queue;
    RunSummary m_summary;
    QElapsedTimer m_clock;
    bool m_prepared = false;

    // Runs are recorded in a worker thread; the queue waits between gates until they all are.
    QThread *m_recorderThread = nullptr;
    RunRecorder *m_recorder = nullptr;
    int m_recording = 0;
    bool m_stageWaiting = false;
    bool m_queueFinished = false;
};

} // namespace gl

Q_DECLARE_METATYPE(gl::RunSummary)
