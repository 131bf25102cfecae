#include "CommandRunner.h"

#include "ChildEnvironment.h"

#include <QDir>
#include <QFileInfo>
#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace gl {

namespace {

constexpr int reapPollMs = 20;
// After SIGKILL only an uninterruptible sleep (a hung network mount) keeps a process alive; past
// this we report the survivors instead of waiting forever.
constexpr qint64 killWaitMs = 2000;
// Output up to this is checked against the pass rule's pattern right away; more goes to a pool thread.
constexpr qsizetype inlineOutputCheckBytes = 1024 * 1024;

// Runs in the child between fork and exec, so only async-signal-safe calls.
void prepareChild()
{
    // Its own session and group: the whole tree can then be signalled as one, and a terminal's
    // Ctrl-C aimed at `greenlight run` does not reach commands behind our back.
    if (::setsid() < 0)
        ::_exit(127);
    // Ignored signals stay ignored across exec; a command must start as it would from a terminal
    // (`yes | head` needs SIGPIPE, our grace period needs SIGTERM to have its default effect).
    for (int sig : { SIGPIPE, SIGINT, SIGTERM, SIGQUIT, SIGHUP, SIGCHLD, SIGTSTP, SIGTTIN, SIGTTOU })
        ::signal(sig, SIG_DFL);
    sigset_t none;
    ::sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    // A larger pipe lets a chatty command write on while we drain, and lets each of our reads take
    // up to 1 MiB instead of 64 KiB: fewer wake-ups per megabyte. Best effort (a limit may refuse it).
    ::fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 1 << 20);
    ::fcntl(STDERR_FILENO, F_SETPIPE_SZ, 1 << 20);
}

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0);
}

} // namespace

CommandRunner::CommandRunner(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    // A coarse timer may fire 5 % early, and "timed out after 5 s" must not be said at 4.75 s.
    m_timeout.setTimerType(Qt::PreciseTimer);
    m_reapPoll.setInterval(reapPollMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] { beginStop(Stop::Timeout); });
    connect(&m_reapPoll, &QTimer::timeout, this, &CommandRunner::advanceReaping);
}

CommandRunner::~CommandRunner()
{
    *m_alive = false;
    if (!m_running)
        return;
    ++m_generation;
    m_timeout.stop();
    m_reapPoll.stop();
    endTreeNow();
    delete m_process;
    m_process = nullptr;
}

bool CommandRunner::start(const RunRequest &request)
{
    if (m_running)
        return false;
    ++m_generation;
    m_request = request;
    m_running = true;
    m_capture = OutputCapture(request.outputCap);
    m_stdoutMasker = request.masker;
    m_stderrMasker = request.masker;
    m_environment = childEnvironment(request.addedEnvironment);
    m_searchPath = CommandLine::searchPathFrom(m_environment.value(QStringLiteral("PATH")));
    m_lines.clear();
    m_index = -1;
    m_processDone = true;
    m_group = ProcessGroup();
    m_stop = Stop::None;
    m_reaping = false;
    m_survivors.clear();
    m_terminatedAt.invalidate();
    m_exitCode.reset();
    m_signal.reset();
    m_failure.clear();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();

    // What can be known to be wrong before any process starts fails the run before one does.
    const QString &folder = request.workingDirectory;
    QString refusal;
    if (request.commands.isEmpty())
        refusal = tr("could not start: the item has no commands");
    else if (!QDir::isAbsolutePath(folder))
        refusal = tr("could not start: the working folder \u201c%1\u201d is not an absolute path").arg(folder);
    else if (!QFileInfo(folder).isDir())
        refusal = tr("could not start: the working folder \u201c%1\u201d does not exist").arg(folder);
    else if (const Result<void> rule = request.passRule.validate(); !rule)
        refusal = rule.message();
    for (const QString &command : request.commands) {
        m_lines.append(CommandLine::parse(command));
        if (refusal.isEmpty() && !m_lines.constLast().syntaxError().isEmpty())
            refusal = tr("could not start: %1").arg(m_lines.constLast().resolve({}, folder).message());
    }
    if (!refusal.isEmpty()) {
        failLater(refusal);
        return true;
    }
    if (request.timeout.count() > 0)
        m_timeout.start(request.timeout);
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(this, [this, generation] {
        if (generation == m_generation && m_stop == Stop::None)
            startCommand(0);
    }, Qt::QueuedConnection);
    return true;
}

void CommandRunner::cancel()
{
    if (!m_running || m_stop != Stop::None || m_outputCheckPending)
        return;
    // Marked at once, so no further command starts; the rest waits for the event loop because
    // finished() must never be emitted from inside cancel(): the caller may be mid-update.
    m_stop = Stop::Cancel;
    m_timeout.stop();
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(this, [this, generation] {
        if (generation == m_generation)
            beginStop(Stop::Cancel);
    }, Qt::QueuedConnection);
}

QString CommandRunner::prefixed(const QString &reason) const
{
    if (m_lines.size() < 2)
        return reason;
    return tr("command %1 of %2: %3").arg(m_index + 1).arg(m_lines.size()).arg(reason);
}

void CommandRunner::startCommand(int index)
{
    m_index = index;
    const Result<Invocation> invocation = m_lines[index].resolve(m_searchPath, m_request.workingDirectory);
    if (!invocation) {
        m_failure = prefixed(tr("could not start: %1").arg(invocation.message()));
        finish();
        return;
    }
    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(invocation->program);
    process->setArguments(invocation->arguments);
    process->setWorkingDirectory(m_request.workingDirectory);
    process->setProcessEnvironment(m_environment);
    // A command waiting for input would otherwise wait for ever on a pipe nobody writes.
    process->setStandardInputFile(QProcess::nullDevice());
    process->setChildProcessModifier(prepareChild);
    connect(process, &QProcess::started, this, &CommandRunner::onStarted);
    connect(process, &QProcess::readyReadStandardOutput, this, [this] { drain(QProcess::StandardOutput); });
    connect(process, &QProcess::readyReadStandardError, this, [this] { drain(QProcess::StandardError); });
    connect(process, &QProcess::finished, this, &CommandRunner::onProcessFinished);
    connect(process, &QProcess::errorOccurred, this, &CommandRunner::onProcessError);
    m_processDone = false;
    m_group = ProcessGroup();
    m_exitCode.reset();
    m_signal.reset();
    process->start();
}

void CommandRunner::onStarted()
{
    // Only now has the child run setsid(): signalling its pid as a group before exec could miss it.
    m_group = ProcessGroup(m_process->processId());
    Q_EMIT commandStarted(m_index, m_group.id());
    if (m_reaping)
        advanceReaping();
}

void CommandRunner::drain(QProcess::ProcessChannel channel)
{
    if (!m_process)
        return;
    const QByteArray chunk = channel == QProcess::StandardOutput ? m_process->readAllStandardOutput()
                                                                 : m_process->readAllStandardError();
    if (chunk.isEmpty())
        return;
    SecretMasker &masker = channel == QProcess::StandardOutput ? m_stdoutMasker : m_stderrMasker;
    keep(channel, masker.isActive() ? masker.feed(chunk) : chunk);
}

void CommandRunner::keep(QProcess::ProcessChannel channel, const QByteArray &masked)
{
    if (masked.isEmpty())
        return;
    m_capture.append(masked);
    Q_EMIT outputReceived(channel, masked);
}

void CommandRunner::flushMaskers()
{
    // What each masker held back in case it began a secret: the stream has ended, so it did not.
    if (m_stdoutMasker.isActive())
        keep(QProcess::StandardOutput, m_stdoutMasker.finish());
    if (m_stderrMasker.isActive())
        keep(QProcess::StandardError, m_stderrMasker.finish());
}

void CommandRunner::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    drain(QProcess::StandardOutput);
    drain(QProcess::StandardError);
    // On a crash exit Qt reports the terminating signal's number as the exit code.
    if (status == QProcess::NormalExit)
        m_exitCode = exitCode;
    else
        m_signal = exitCode;
    if (m_stop == Stop::None && m_failure.isEmpty()) {
        const bool last = m_index == m_lines.size() - 1;
        if (m_signal) {
            m_failure = prefixed(tr("killed by signal %1").arg(*m_signal));
        } else {
            // Earlier commands must succeed for the next one to make sense; the pass rule's
            // expected exit code is about the command that decides the item, the last one.
            const PassRule zero;
            const QString failure = (last ? m_request.passRule : zero).exitCodeFailure(*m_exitCode);
            if (!failure.isEmpty())
                m_failure = prefixed(failure);
        }
    }
    commandEnded();
}

void CommandRunner::onProcessError(QProcess::ProcessError error)
{
    // Crashes and read errors arrive with finished(); only a failed start ends the command here.
    if (error != QProcess::FailedToStart)
        return;
    if (m_stop == Stop::None && m_failure.isEmpty())
        m_failure = prefixed(tr("could not start: %1").arg(m_process->errorString()));
    commandEnded();
}

void CommandRunner::commandEnded()
{
    if (!m_process)
        return;
    m_processDone = true;
    disconnect(m_process, nullptr, this, nullptr);
    m_process->deleteLater();
    m_process = nullptr;
    if (m_reaping) {
        advanceReaping();
        return;
    }
    // Background processes the command left behind belong to the run: they end with it.
    if (!m_group.isEmpty()) {
        beginReaping();
        return;
    }
    afterCommand();
}

void CommandRunner::afterCommand()
{
    if (m_stop != Stop::None || !m_failure.isEmpty() || m_index + 1 >= m_lines.size()) {
        finish();
        return;
    }
    startCommand(m_index + 1);
}

void CommandRunner::beginStop(Stop why)
{
    if (!m_running)
        return;
    if (m_stop == Stop::None)
        m_stop = why;
    m_timeout.stop();
    if (!m_reaping)
        beginReaping();
}

void CommandRunner::beginReaping()
{
    m_reaping = true;
    m_termSent = false;
    m_killSent = false;
    m_reapClock.start();
    m_reapPoll.start();
    advanceReaping();
}

void CommandRunner::advanceReaping()
{
    if (!m_reaping)
        return;
    // Before exec there is no group to signal yet; onStarted() brings us back here.
    if (m_group.isValid()) {
        if (!m_termSent) {
            m_group.signal(SIGTERM);
            m_termSent = true;
        }
        if (!m_killSent && m_reapClock.elapsed() >= m_request.grace.count()) {
            m_group.signal(SIGKILL);
            m_killSent = true;
        }
    }
    const QList<qint64> alive = m_group.liveMembers();
    const bool treeGone = m_processDone && alive.isEmpty();
    const bool givenUp = m_killSent && m_reapClock.elapsed() >= m_request.grace.count() + killWaitMs;
    if (!treeGone && !givenUp)
        return;
    m_survivors = alive;
    m_reaping = false;
    m_reapPoll.stop();
    afterCommand();
}

void CommandRunner::failLater(const QString &reason)
{
    m_failure = reason;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(this, [this, generation] {
        if (generation == m_generation)
            finish();
    }, Qt::QueuedConnection);
}

void CommandRunner::finish()
{
    if (!m_running)
        return;
    flushMaskers();
    m_timeout.stop();
    m_reapPoll.stop();
    m_reaping = false;
    if (m_process) {
        // Only a process that outlived SIGKILL gets here; QProcess's own destructor waits for it.
        disconnect(m_process, nullptr, this, nullptr);
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_outputCheckPending = false;
    RunResult done = result();
    if (m_outputCheckPending) {
        checkOutputElsewhere(std::move(done));
        return;
    }
    m_running = false;
    ++m_generation;
    Q_EMIT finished(done);
}

void CommandRunner::checkOutputElsewhere(RunResult done)
{
    // Every process has ended; only the verdict is left. The runner stays "running" (no new start,
    // cancel has nothing left to end) until the answer comes back to this thread.
    std::shared_ptr<bool> alive = m_alive;
    QThreadPool::globalInstance()->start([alive, self = this, rule = m_request.passRule, done = std::move(done)]() mutable {
        const QString reason = rule.outputFailure(done.log);
        // Posted to the application object, not to the runner, which may be gone by now; the flag
        // is only read and written on the runner's thread.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [alive, self, reason, done = std::move(done)]() mutable {
            if (!*alive)
                return;
            if (!reason.isEmpty()) {
                done.verdict = Verdict::Failed;
                done.reason = done.reason.isEmpty() ? reason : reason + u' ' + done.reason;
            }
            self->m_outputCheckPending = false;
            self->m_running = false;
            ++self->m_generation;
            Q_EMIT self->finished(done);
        }, Qt::QueuedConnection);
    });
}

RunResult CommandRunner::result()
{
    RunResult r;
    r.commands = m_request.commands;
    r.workingDirectory = m_request.workingDirectory;
    r.startedAt = m_startedAt;
    r.finishedAt = QDateTime::currentDateTimeUtc();
    r.durationMs = m_clock.elapsed();
    r.commandsRun = m_index + 1;
    r.exitCode = m_exitCode;
    r.signalNumber = m_signal;
    r.totalBytes = m_capture.totalBytes();
    r.bytesDropped = m_capture.droppedBytes();
    r.log = m_capture.takeLog();
    if (m_stop == Stop::Cancel) {
        r.verdict = Verdict::Cancelled;
        r.reason = tr("cancelled");
    } else if (m_stop == Stop::Timeout) {
        r.verdict = Verdict::Failed;
        r.reason = tr("timed out after %1 s").arg(seconds(m_request.timeout));
    } else if (!m_failure.isEmpty()) {
        r.verdict = Verdict::Failed;
        r.reason = m_failure;
    } else if (!m_request.passRule.outputPattern.isEmpty() && r.log.size() > inlineOutputCheckBytes) {
        // Decided in finish(), off this thread: a regular expression over megabytes of output
        // would freeze the window.
        r.verdict = Verdict::Passed;
        m_outputCheckPending = true;
    } else {
        r.reason = m_request.passRule.outputFailure(r.log);
        r.verdict = r.reason.isEmpty() ? Verdict::Passed : Verdict::Failed;
    }
    if (!m_survivors.isEmpty()) {
        QStringList pids;
        for (qint64 pid : m_survivors)
            pids.append(QString::number(pid));
        r.reason += u' ' + tr("(processes %1 could not be ended)").arg(pids.join(QStringLiteral(", ")));
    }
    return r;
}

void CommandRunner::terminateTree()
{
    if (m_running && m_group.isValid() && m_group.signal(SIGTERM) && !m_terminatedAt.isValid())
        m_terminatedAt.start();
}

void CommandRunner::endTreeNow()
{
    QProcess *process = m_process;
    if (process) {
        disconnect(process, nullptr, this, nullptr);
        // A child between fork and exec has no group yet; wait for its exec so the group exists.
        if (!m_group.isValid() && process->state() == QProcess::Starting)
            process->waitForStarted(int(m_request.grace.count()));
        if (!m_group.isValid() && process->state() == QProcess::Running)
            m_group = ProcessGroup(process->processId());
    }
    const auto treeGone = [&] {
        return (!process || process->state() == QProcess::NotRunning) && m_group.liveMembers().isEmpty();
    };
    // No event loop here: waitForFinished() reaps the direct child (and keeps draining its pipes,
    // so it cannot block on a full one); grandchildren are polled through /proc.
    const auto waitUntil = [&](qint64 deadline, const QElapsedTimer &clock) {
        while (!treeGone() && clock.elapsed() < deadline) {
            if (process && process->state() != QProcess::NotRunning)
                process->waitForFinished(reapPollMs);
            else
                QThread::msleep(reapPollMs);
        }
    };
    // The grace period counts from the first SIGTERM, which terminateTree() may have sent earlier.
    QElapsedTimer clock = m_terminatedAt;
    if (!clock.isValid())
        clock.start();
    m_group.signal(SIGTERM);
    waitUntil(m_request.grace.count(), clock);
    if (treeGone())
        return;
    m_group.signal(SIGKILL);
    waitUntil(m_request.grace.count() + killWaitMs, clock);
}

} // namespace gl
