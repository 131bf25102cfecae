#include "RunQueue.h"

#include "CommandRunner.h"
#include "ProbeRunner.h"

#include <QThread>

namespace gl {

// One running item and whichever runner runs it.
struct RunQueue::Slot {
    qint64 itemId = 0;
    QString title;
    std::unique_ptr<CommandRunner> commands;
    std::unique_ptr<ProbeRunner> probe;
    SecretMasker masker;   // a probe's log is masked whole (a URL query may carry a token)
};

RunQueue::RunQueue(QObject *parent)
    : QObject(parent)
    , m_parallelism(qMax(1, QThread::idealThreadCount()))
{
}

// The runners' destructors end whatever still runs (SIGTERM, grace, SIGKILL). Every tree gets its
// SIGTERM first, so the grace periods run together rather than one after another.
RunQueue::~RunQueue()
{
    for (const auto &slot : m_active) {
        if (slot->commands)
            slot->commands->terminateTree();
    }
}

void RunQueue::setParallelism(int jobs)
{
    m_parallelism = qMax(1, jobs);
}

bool RunQueue::start(std::vector<RunStage> stages)
{
    if (m_running)
        return false;
    m_stages = std::move(stages);
    m_stage = 0;
    m_next = 0;
    m_running = true;
    m_cancelled = false;
    m_finishQueued = false;
    m_waiting = false;
    // Nothing is emitted from inside start(): the caller may still be connecting or updating.
    QMetaObject::invokeMethod(this, [this] {
        m_stage = 0;
        m_next = 0;
        if (m_stages.empty()) {
            maybeFinish();
            return;
        }
        --m_stage;  // startNextStage() steps onto stage 0
        startNextStage();
    }, Qt::QueuedConnection);
    return true;
}

void RunQueue::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    for (const auto &slot : m_active) {
        if (slot->commands)
            slot->commands->cancel();
        if (slot->probe)
            slot->probe->cancel();
    }
    maybeFinish();
}

void RunQueue::startNextStage()
{
    for (;;) {
        ++m_stage;
        m_next = 0;
        if (m_cancelled || m_stage >= m_stages.size()) {
            maybeFinish();
            return;
        }
        const RunStage &stage = m_stages[m_stage];
        if (stage.jobs.empty())
            continue;
        if (stage.requiresPrevious && m_gateCheck) {
            const QString reason = m_gateCheck(stage);
            if (!reason.isEmpty()) {
                Q_EMIT stageBlocked(stage, reason);
                continue;
            }
        }
        fill();
        return;
    }
}

void RunQueue::fill()
{
    const RunStage &stage = m_stages[m_stage];
    while (!m_cancelled && m_next < stage.jobs.size() && int(m_active.size()) < m_parallelism)
        launch(stage.jobs[m_next++]);
}

void RunQueue::launch(const RunJob &job)
{
    auto slot = std::make_unique<Slot>();
    Slot *raw = slot.get();
    slot->itemId = job.itemId;
    slot->title = job.title;
    m_active.push_back(std::move(slot));
    Q_EMIT jobStarted(job.itemId, job.title);
    if (job.probe) {
        raw->masker = job.request.masker;
        raw->probe = std::make_unique<ProbeRunner>();
        connect(raw->probe.get(), &ProbeRunner::finished, this,
            [this, raw](const RunResult &result) { onJobDone(raw, result); });
        raw->probe->start(*job.probe);
        return;
    }
    raw->commands = std::make_unique<CommandRunner>();
    const qint64 itemId = job.itemId;
    connect(raw->commands.get(), &CommandRunner::outputReceived, this,
        [this, itemId](QProcess::ProcessChannel channel, const QByteArray &chunk) {
            Q_EMIT jobOutput(itemId, channel, chunk);
        });
    connect(raw->commands.get(), &CommandRunner::finished, this,
        [this, raw](const RunResult &result) { onJobDone(raw, result); });
    raw->commands->start(job.request);
}

void RunQueue::onJobDone(Slot *slot, const RunResult &result)
{
    const auto it = std::find_if(m_active.begin(), m_active.end(),
        [slot](const std::unique_ptr<Slot> &s) { return s.get() == slot; });
    if (it == m_active.end())
        return;
    // The runner is inside its own signal: delete it later, once it has returned.
    std::unique_ptr<Slot> done = std::move(*it);
    m_active.erase(it);
    if (done->commands)
        done->commands.release()->deleteLater();
    RunResult shown = result;
    if (done->probe) {
        done->probe.release()->deleteLater();
        if (done->masker.isActive()) {
            shown.log = done->masker.mask(result.log);
            shown.reason = QString::fromUtf8(done->masker.mask(result.reason.toUtf8()));
            for (QString &command : shown.commands)
                command = QString::fromUtf8(done->masker.mask(command.toUtf8()));
        }
    }
    Q_EMIT jobFinished(done->itemId, done->title, shown);

    if (m_cancelled) {
        maybeFinish();
        return;
    }
    fill();
    if (m_active.empty() && m_next >= m_stages[m_stage].jobs.size())
        stageComplete();
}

void RunQueue::stageComplete()
{
    if (!m_pauseBetweenStages) {
        startNextStage();
        return;
    }
    m_waiting = true;
    Q_EMIT stageDone();
}

void RunQueue::resume()
{
    if (!m_running || !m_waiting)
        return;
    m_waiting = false;
    startNextStage();
}

void RunQueue::maybeFinish()
{
    if (!m_running || !m_active.empty() || m_finishQueued)
        return;
    m_waiting = false;
    m_finishQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_running = false;
        m_finishQueued = false;
        Q_EMIT finished();
    }, Qt::QueuedConnection);
}

} // namespace gl
