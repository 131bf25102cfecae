#include "RunSession.h"

#include "EnvFile.h"
#include "RunRecorder.h"
#include "SecretMasker.h"
#include "domain/Readiness.h"
#include "domain/Trust.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <set>

namespace gl {

namespace {

void collectLeaves(const Item &item, std::vector<const Item *> &into)
{
    if (!item.isGroup()) {
        into.push_back(&item);
        return;
    }
    for (const Item &child : item.children)
        collectLeaves(child, into);
}

int timeoutSecondsFor(const Item &item, const RunSettings &settings)
{
    return item.timeoutSeconds > 0 ? item.timeoutSeconds : settings.timeoutSeconds;
}

PassRule passRuleOf(const Item &item)
{
    PassRule rule;
    rule.expectedExitCode = item.expectedExitCode;
    rule.outputPattern = item.outputPattern;
    rule.match = item.outputMustMatch ? PassRule::Match::MustMatch : PassRule::Match::MustNotMatch;
    return rule;
}

} // namespace

RunSession::RunSession(Workspace &workspace, qint64 releaseId, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_releaseId(releaseId)
{
    m_queue.setGateCheck([this](const RunStage &stage) { return gateCheck(stage); });
    connect(&m_queue, &RunQueue::jobStarted, this, &RunSession::itemStarted);
    connect(&m_queue, &RunQueue::jobOutput, this, &RunSession::output);
    connect(&m_queue, &RunQueue::jobFinished, this, &RunSession::onJobFinished);
    connect(&m_queue, &RunQueue::stageBlocked, this, &RunSession::onStageBlocked);
    connect(&m_queue, &RunQueue::stageDone, this, [this] {
        m_stageWaiting = true;
        settle();
    });
    connect(&m_queue, &RunQueue::finished, this, &RunSession::onQueueFinished);
    m_queue.setPauseBetweenStages(true);

    m_recorderThread = new QThread(this);
    m_recorderThread->setObjectName(QStringLiteral("run recorder"));
    m_recorder = new RunRecorder(workspace.path(), workspace.actor());
    m_recorder->moveToThread(m_recorderThread);
    connect(m_recorderThread, &QThread::finished, m_recorder, &QObject::deleteLater);
    connect(m_recorder, &RunRecorder::recorded, this, &RunSession::onRecorded);
    m_recorderThread->start();
}

RunSession::~RunSession()
{
    // Runs already handed to the recorder are written before it stops: an empty call queued
    // behind them returns only once they have been (quit() alone would drop them).
    if (m_recording > 0)
        QMetaObject::invokeMethod(m_recorder, [] {}, Qt::BlockingQueuedConnection);
    m_recorderThread->quit();
    m_recorderThread->wait();
}

Result<qint64> RunSession::findGate(const Release &release, const QString &idOrTitle)
{
    const QString wanted = idOrTitle.trimmed();
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    std::vector<const Gate *> matches;
    for (const Gate &gate : release.gates) {
        if ((isNumber && gate.id == id) || gate.title.compare(wanted, Qt::CaseInsensitive) == 0)
            matches.push_back(&gate);
    }
    if (matches.size() == 1)
        return matches.front()->id;
    if (matches.empty())
        return makeError(ErrorCode::NotFound, tr("release \u201c%1\u201d has no gate \u201c%2\u201d").arg(release.name, wanted));
    return makeError(ErrorCode::Ambiguous, tr("\u201c%1\u201d names %2 gates; use the gate id").arg(wanted).arg(matches.size()));
}

QString RunSession::probeLine(const Probe &probe)
{
    return probe.method + u' ' + probe.url;
}

int RunSession::plannedCount() const
{
    int n = 0;
    for (const RunStage &stage : m_plan)
        n += int(stage.jobs.size());
    return n;
}

bool RunSession::isRunning() const
{
    return m_queue.isRunning() || m_recording > 0 || m_queueFinished;
}

Result<void> RunSession::prepare(const RunOptions &options)
{
    m_prepared = false;
    m_plan.clear();
    m_pending.clear();
    m_envFilePath.clear();
    Result<Release> loaded = m_workspace.loadRelease(m_releaseId);
    if (!loaded)
        return loaded.error();
    m_release = std::move(*loaded);
    const RunSettings &settings = m_release.run;

    // The selection, as leaf ids; an explicitly named item must have something to run.
    std::set<qint64> chosen;
    for (qint64 id : options.itemIds) {
        const Item *item = findItem(m_release, id);
        if (!item)
            return makeError(ErrorCode::NotFound, tr("release \u201c%1\u201d has no item %2").arg(m_release.name).arg(id));
        std::vector<const Item *> leaves;
        collectLeaves(*item, leaves);
        const auto runnable = std::count_if(leaves.begin(), leaves.end(), [](const Item *l) { return l->isRunnable(); });
        if (runnable == 0)
            return makeError(ErrorCode::Invalid, tr("item %1 \u201c%2\u201d has no commands or probe to run").arg(id).arg(item->title));
        for (const Item *leaf : leaves)
            chosen.insert(leaf->id);
    }
    if (options.gateId && std::none_of(m_release.gates.begin(), m_release.gates.end(),
                              [&](const Gate &g) { return g.id == *options.gateId; }))
        return makeError(ErrorCode::NotFound, tr("release \u201c%1\u201d has no gate %2").arg(m_release.name).arg(*options.gateId));

    if (settings.workingFolder.isEmpty())
        return makeError(ErrorCode::Invalid, tr("release \u201c%1\u201d has no working folder: choose one in the release "
                                 "settings (greenlight settings RELEASE --working-folder DIR)").arg(m_release.name));
    if (!QDir::isAbsolutePath(settings.workingFolder) || !QFileInfo(settings.workingFolder).isDir())
        return makeError(ErrorCode::NotFound, tr("the working folder \u201c%1\u201d of release \u201c%2\u201d does not exist")
                                   .arg(settings.workingFolder, m_release.name));

    // The env file is read now, so a missing file or a malformed line stops everything before it starts.
    QString envFile = options.envFileOverride;
    if (!envFile.isEmpty())
        envFile = QFileInfo(envFile).absoluteFilePath();
    else if (!settings.envFile.isEmpty())
        envFile = QDir(settings.workingFolder).absoluteFilePath(settings.envFile);
    EnvVariables variables;
    if (!envFile.isEmpty()) {
        Result<EnvVariables> read = EnvFile::read(envFile);
        if (!read)
            return read.error();
        variables = std::move(*read);
        m_envFilePath = envFile;
    }
    const QProcessEnvironment added = EnvFile::toEnvironment(variables);
    // The approval covers the env file that will actually be read, an --env-file override included.
    RunSettings approvedAs = settings;
    if (!options.envFileOverride.isEmpty())
        approvedAs.envFile = envFile;
    const SecretMasker masker(variables, settings.secretMarkers);

    for (const Gate &gate : m_release.gates) {
        if (options.gateId && gate.id != *options.gateId)
            continue;
        RunStage stage;
        stage.gateId = gate.id;
        stage.title = gate.title;
        stage.requiresPrevious = gate.requiresPrevious;
        forEachLeaf(gate.items, [&](const Item &item) {
            if (!item.isRunnable() || (!chosen.empty() && !chosen.count(item.id)))
                return;
            RunJob job;
            job.itemId = item.id;
            job.title = item.title;
            job.probe = item.probe;
            // A probe without its own timeout gets the item's or the release's: a server that
            // accepts and then stalls must not hold the gate for ever.
            if (job.probe && job.probe->timeoutMs <= 0)
                job.probe->timeoutMs = (timeoutSecondsFor(item, settings) > 0 ? timeoutSecondsFor(item, settings) : 600) * 1000;
            job.request.commands = item.commands;
            job.request.workingDirectory = settings.workingFolder;
            job.request.addedEnvironment = added;
            const int timeout = timeoutSecondsFor(item, settings);
            job.request.timeout = std::chrono::seconds(timeout);
            job.request.outputCap = settings.outputCap > 0 ? settings.outputCap : RunSettings::defaultOutputCap;
            job.request.passRule = passRuleOf(item);
            job.request.masker = masker;
            if (!options.trust && needsApproval(item, approvedAs)) {
                PendingApproval pending;
                pending.itemId = item.id;
                pending.title = item.title;
                pending.commands = item.probe ? QStringList { probeLine(*item.probe) } : item.commands;
                pending.hash = runSpecHash(item, approvedAs);
                m_pending.push_back(pending);
            }
            stage.jobs.push_back(std::move(job));
        });
        if (!stage.jobs.empty())
            m_plan.push_back(std::move(stage));
    }
    m_queue.setParallelism(options.jobs > 0 ? options.jobs : QThread::idealThreadCount());
    m_prepared = true;
    return {};
}

bool RunSession::start()
{
    if (!m_prepared || !m_pending.empty() || m_queue.isRunning())
        return false;
    m_summary = RunSummary();
    m_recording = 0;
    m_stageWaiting = false;
    m_queueFinished = false;
    m_clock.start();
    m_prepared = false;  // a plan runs once; prepare again to rerun with fresh state
    return m_queue.start(m_plan);
}

void RunSession::cancel()
{
    m_queue.cancel();
}

QString RunSession::gateCheck(const RunStage &stage)
{
    // Read the store again: the previous gate's items may have just been recorded, or changed by hand.
    Result<Release> now = m_workspace.loadRelease(m_releaseId);
    if (!now)
        return now.message();
    const Readiness readiness = computeReadiness(*now, QDate::currentDate());
    for (size_t i = 0; i < now->gates.size(); ++i) {
        if (now->gates[i].id != stage.gateId)
            continue;
        if (i == 0 || readiness.gates.at(i - 1).complete)
            return QString();
        return tr("gate \u201c%1\u201d requires \u201c%2\u201d to be complete first")
            .arg(now->gates[i].title, now->gates[i - 1].title);
    }
    return QString();
}

void RunSession::onJobFinished(qint64 itemId, const QString &title, const RunResult &result)
{
    const Item *item = findItem(m_release, itemId);
    const RunRecord record = toRunRecord(result, itemId,
        item && item->probe ? QStringLiteral("probe") : QStringLiteral("command"));
    switch (result.verdict) {
    case Verdict::Passed: ++m_summary.passed; break;
    case Verdict::Failed: ++m_summary.failed; break;
    case Verdict::Cancelled: ++m_summary.cancelled; break;
    }
    ++m_recording;
    QMetaObject::invokeMethod(m_recorder, [recorder = m_recorder, itemId, title, record, log = result.log] {
        recorder->record(itemId, title, record, log);
    }, Qt::QueuedConnection);
}

void RunSession::onRecorded(const RunRecord &stored, const QString &title, const QString &error)
{
    --m_recording;
    if (!error.isEmpty()) {
        ++m_summary.notRecorded;
        Q_EMIT recordFailed(title, error);
    }
    Q_EMIT itemFinished(stored, title);
    settle();
}

void RunSession::onQueueFinished()
{
    // A cancel while paused between gates finishes the queue: there is nothing left to resume.
    m_queueFinished = true;
    m_stageWaiting = false;
    settle();
}

void RunSession::settle()
{
    if (m_recording > 0)
        return;
    if (m_stageWaiting && m_queue.isRunning()) {
        m_stageWaiting = false;
        m_queue.resume();
        return;
    }
    if (m_queueFinished) {
        m_queueFinished = false;
        m_summary.durationMs = m_clock.elapsed();
        m_summary.wasCancelled = m_queue.wasCancelled();
        Q_EMIT finished(m_summary);
    }
}

void RunSession::onStageBlocked(const RunStage &stage, const QString &reason)
{
    std::vector<qint64> ids;
    QStringList titles;
    for (const RunJob &job : stage.jobs) {
        ids.push_back(job.itemId);
        titles.append(job.title);
    }
    m_summary.blocked += int(ids.size());
    if (const Result<void> written = m_workspace.blockItems(ids, reason); !written) {
        m_summary.notRecorded += int(ids.size());
        Q_EMIT recordFailed(stage.title, written.message());
    }
    Q_EMIT itemsBlocked(titles, reason);
}

} // namespace gl
