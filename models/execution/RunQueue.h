#pragma once
// Runs a plan of items gate by gate: inside a gate up to `parallelism` items at once, each through
// its own CommandRunner (or ProbeRunner for a probe); a gate that requires the previous one starts
// only when the check says that gate is complete, else its items are reported blocked. Knows
// nothing of the store: whoever owns the queue records what it reports.

#include "RunRequest.h"
#include "RunResult.h"
#include "domain/Run.h"

#include <QObject>
#include <QProcess>
#include <functional>
#include <optional>
#include <vector>

namespace gl {

// One item to run: a probe when `probe` is set, else request.commands.
struct RunJob {
    qint64 itemId = 0;
    QString title;
    std::optional<Probe> probe;
    RunRequest request;
};

// One gate's part of the plan, in gate order.
struct RunStage {
    qint64 gateId = 0;
    QString title;
    bool requiresPrevious = false;
    std::vector<RunJob> jobs;
};

class RunQueue final : public QObject {
    Q_OBJECT
public:
    // Asked just before a stage whose gate requires the previous one starts (earlier stages have
    // finished and been recorded by then): empty when it may start, else why not.
    using GateCheck = std::function<QString(const RunStage &stage)>;

    explicit RunQueue(QObject *parent = nullptr);
    ~RunQueue() override;

    void setParallelism(int jobs);    // at least 1; default: the number of cores
    int parallelism() const { return m_parallelism; }
    void setGateCheck(GateCheck check) { m_gateCheck = std::move(check); }

    // False (and nothing happens) while a plan is running. Signals follow from the event loop.
    bool start(std::vector<RunStage> stages);
    // Cancels running items (their runs end Cancelled) and starts nothing more; finished follows.
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }

    // When set, the queue stops after each stage (gate) has finished and emits stageDone(); it goes
    // on (checks the next gate, or finishes) only at resume(). Lets results be recorded elsewhere,
    // asynchronously, before the next gate's check reads them.
    void setPauseBetweenStages(bool pause) { m_pauseBetweenStages = pause; }
    void resume();

Q_SIGNALS:
    void jobStarted(qint64 itemId, const QString &title);
    void jobOutput(qint64 itemId, QProcess::ProcessChannel channel, const QByteArray &chunk);
    void jobFinished(qint64 itemId, const QString &title, const gl::RunResult &result);
    void stageBlocked(const gl::RunStage &stage, const QString &reason);
    void stageDone();
    void finished();

private:
    struct Slot;
    void startNextStage();
    void fill();
    void launch(const RunJob &job);
    void onJobDone(Slot *slot, const RunResult &result);
    void maybeFinish();
    void stageComplete();

    int m_parallelism = 1;
    GateCheck m_gateCheck;
    std::vector<RunStage> m_stages;
    size_t m_stage = 0;
    size_t m_next = 0;                 // next job of the current stage
    std::vector<std::unique_ptr<Slot>> m_active;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_finishQueued = false;
    bool m_pauseBetweenStages = false;
    bool m_waiting = false;            // paused after a stage, until resume()
};

} // namespace gl

Q_DECLARE_METATYPE(gl::RunStage)
