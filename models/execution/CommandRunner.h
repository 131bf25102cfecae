#pragma once
// Runs one item's commands in order as one run, each in its own session and process group, and
// reports through signals: live output chunks for a console, then one RunResult. Cancel, timeout
// and destruction end the whole process tree (SIGTERM to the group, a grace period, SIGKILL), and
// finished() is emitted only once no process of the run is left.

#include "CommandLine.h"
#include "OutputCapture.h"
#include "ProcessGroup.h"
#include "RunRequest.h"
#include "RunResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QTimer>
#include <memory>

namespace gl {

class CommandRunner final : public QObject {
    Q_OBJECT
public:
    explicit CommandRunner(QObject *parent = nullptr);
    // Blocks for at most the grace period (plus a moment for SIGKILL) to end a tree still running:
    // quitting the app must not leave commands behind.
    ~CommandRunner() override;

    // Begins a run; everything after this, even a refusal such as an unknown program, arrives as
    // signals once control returns to the event loop. False (and no signal) while a run is going on.
    bool start(const RunRequest &request);
    // Ends the run's whole tree; finished() follows with Verdict::Cancelled. Nothing when idle.
    void cancel();
    bool isRunning() const { return m_running; }
    // Sends SIGTERM to the running command's group and returns at once: lets an owner of many
    // runners start every tree's grace period together before destroying them one by one.
    void terminateTree();

Q_SIGNALS:
    // processGroup is the command's pid, which is also its session and process group id.
    void commandStarted(int index, qint64 processGroup);
    // Already masked (RunRequest::masker): safe to show and to keep.
    void outputReceived(QProcess::ProcessChannel channel, const QByteArray &chunk);
    void finished(const gl::RunResult &result);

private:
    enum class Stop { None, Cancel, Timeout };

    void startCommand(int index);
    void onStarted();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);
    void drain(QProcess::ProcessChannel channel);
    void keep(QProcess::ProcessChannel channel, const QByteArray &masked);
    void flushMaskers();
    void commandEnded();
    void beginStop(Stop why);
    void beginReaping();
    void advanceReaping();
    void afterCommand();
    void failLater(const QString &reason);
    QString prefixed(const QString &reason) const;
    void finish();
    void checkOutputElsewhere(RunResult done);
    RunResult result();  // takes the captured log
    void endTreeNow();

    RunRequest m_request;
    QList<CommandLine> m_lines;
    QProcessEnvironment m_environment;
    QStringList m_searchPath;
    OutputCapture m_capture;
    SecretMasker m_stdoutMasker;  // one stream per channel: a secret can be split across reads of one
    SecretMasker m_stderrMasker;
    QProcess *m_process = nullptr;
    ProcessGroup m_group;       // valid once the current command has exec'd (so setsid has run)
    int m_index = -1;
    bool m_running = false;
    bool m_processDone = true;
    quint64 m_generation = 0;   // queued calls from an earlier run must not touch this one

    QDateTime m_startedAt;
    QElapsedTimer m_clock;
    QTimer m_timeout;

    Stop m_stop = Stop::None;
    bool m_reaping = false;     // waiting for the group to empty, after a stop or leftovers
    bool m_termSent = false;
    bool m_killSent = false;
    QElapsedTimer m_reapClock;
    QElapsedTimer m_terminatedAt;  // valid once terminateTree() has sent SIGTERM
    bool m_outputCheckPending = false;  // the processes have ended; the pattern is being checked
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);  // false once destroyed
    QTimer m_reapPoll;

    std::optional<int> m_exitCode;
    std::optional<int> m_signal;
    QString m_failure;          // set by the first command that fails; ends the run
    QList<qint64> m_survivors;  // pids that outlived SIGKILL, named in the reason
};

} // namespace gl
