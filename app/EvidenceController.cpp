#include "EvidenceController.h"

#include "signing/WorkspaceCheck.h"

#include "ChecklistView.h"
#include "GateCompletionChart.h"
#include "EvidencePane.h"
#include "Prompter.h"
#include "evidence/BundleWriter.h"
#include "evidence/MetricFeed.h"
#include "evidence/WorkspaceJob.h"
#include "interchange/DecisionRecordPdf.h"
#include "interchange/ReportParser.h"
#include "signing/DecisionRecordSource.h"
#include "itemmodels/ReleaseDocument.h"
#include "store/Workspace.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QProgressBar>
#include <QSaveFile>
#include <QSet>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>

namespace gl {

namespace {

// Types the desktop would run rather than show: Open refuses them (Save as still works).
bool runsWhenOpened(const QString &mediaType)
{
    static const QSet<QString> types { QStringLiteral("application/x-executable"),
        QStringLiteral("application/x-sharedlib"), QStringLiteral("application/x-shellscript"),
        QStringLiteral("application/x-desktop"), QStringLiteral("application/x-ms-dos-executable"),
        QStringLiteral("application/vnd.microsoft.portable-executable"), QStringLiteral("application/x-msdownload"),
        QStringLiteral("application/x-pie-executable"), QStringLiteral("application/x-perl"),
        QStringLiteral("text/x-python"), QStringLiteral("application/x-ruby"), QStringLiteral("application/java-archive"),
        QStringLiteral("application/x-java-jnlp-file"), QStringLiteral("application/x-sh") };
    return types.contains(mediaType);
}

// The field a freshly bound metric reads: the one the seeds' matrices track for each format.
QString defaultField(const QString &parser)
{
    if (parser == QLatin1String("coverage"))
        return QStringLiteral("lines");
    if (parser == QLatin1String("junit"))
        return QStringLiteral("pass_rate");
    return QStringLiteral("critical_high");
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// Writes one stored piece to a file through the store's hash check; nothing is left on failure.
Result<QString> writeEvidence(Workspace &ws, qint64 evidenceId, const QString &path, const Workspace::Progress &progress)
{
    Result<Evidence> e = ws.evidence(evidenceId);
    if (!e)
        return e.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
            EvidenceController::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    qint64 done = 0;
    bool stopped = false;
    const Result<void> read = ws.readEvidence(evidenceId, [&](QByteArrayView chunk) -> Result<void> {
        if (file.write(chunk.data(), chunk.size()) != chunk.size())
            return makeError(ErrorCode::Io,
                EvidenceController::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        done += chunk.size();
        if (progress && !progress(done, e->size)) {
            stopped = true;
            return makeError(ErrorCode::Cancelled, QString());
        }
        return {};
    });
    if (stopped || !read) {
        file.cancelWriting();
        if (stopped)
            return makeError(ErrorCode::Cancelled, EvidenceController::tr("Saving was cancelled: no file was written."));
        return read.error();
    }
    if (!file.commit())
        return makeError(ErrorCode::Io,
            EvidenceController::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return EvidenceController::tr("Saved \u201c%1\u201d (%2) to %3.").arg(e->name, sizeText(e->size), QDir::toNativeSeparators(path));
}

} // namespace

// What an attach job found, written by the job's thread and read once it has ended.
struct EvidenceController::Attached {
    QStringList recognised;   // "parser\nname" of each attached file a report parser reads
};

EvidenceController::EvidenceController(QMainWindow *window, ReleaseDocument *document, ChecklistView *checklist)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_checklist(checklist)
    , m_pane(new EvidencePane(document, window))
    , m_dock(new QDockWidget(tr("Evidence"), window))
    , m_exportBundle(new QAction(tr("Export Evidence &Bundle\u2026"), this))
    , m_exportRecord(new QAction(tr("Export &Decision Record\u2026"), this))
    , m_verify(new QAction(tr("&Verify Workspace"), this))
    , m_attach(new QAction(tr("&Attach Evidence\u2026"), this))
    , m_cancel(new QAction(tr("Cancel Evidence Task"), this))
    , m_progressLabel(new QLabel(window))
    , m_progress(new QProgressBar(window))
    , m_cancelButton(new QToolButton(window))
{
    m_dock->setObjectName(QStringLiteral("evidenceDock"));
    m_dock->setWidget(m_pane);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_pane->setContentReader([this](qint64 id, qint64 offset, qint64 length) -> Result<QByteArray> {
        Workspace *ws = m_document->workspace();
        if (!ws)
            return makeError(ErrorCode::Invalid, tr("No workspace is open."));
        return ws->evidenceRange(id, offset, length);
    });

    m_exportBundle->setObjectName(QStringLiteral("actionExportBundle"));
    m_exportBundle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportBundle, &QAction::triggered, this, &EvidenceController::exportBundle);
    m_exportRecord->setObjectName(QStringLiteral("actionExportDecisionRecord"));
    m_exportRecord->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_exportRecord, &QAction::triggered, this, &EvidenceController::exportDecisionRecord);
    m_verify->setObjectName(QStringLiteral("actionVerifyWorkspace"));
    m_verify->setToolTip(tr("Hash every piece of evidence again and check the audit chain, sign-offs and decisions"));
    connect(m_verify, &QAction::triggered, this, &EvidenceController::verifyWorkspace);
    m_attach->setObjectName(QStringLiteral("actionAttachEvidence"));
    m_attach->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_attach, &QAction::triggered, this, [this] {
        const qint64 itemId = m_checklist->currentItem();
        const QStringList paths = Prompter::current().fileNames(m_window, tr("Attach Evidence"), QString(), QString());
        if (itemId && !paths.isEmpty())
            attachFiles(itemId, paths);
    });
    m_cancel->setObjectName(QStringLiteral("actionCancelEvidenceTask"));
    connect(m_cancel, &QAction::triggered, this, &EvidenceController::cancel);

    // Progress and Cancel live in the status bar while a task runs.
    m_progressLabel->setObjectName(QStringLiteral("evidenceTaskLabel"));
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("evidenceTaskProgress"));
    m_progress->setAccessibleName(tr("Progress of the evidence task"));
    m_progress->setMaximumWidth(220);
    m_progress->setRange(0, 1000);
    m_cancelButton->setObjectName(QStringLiteral("evidenceTaskCancel"));
    m_cancelButton->setDefaultAction(m_cancel);
    m_cancelButton->setText(tr("Cancel"));
    m_window->statusBar()->addPermanentWidget(m_progressLabel);
    m_window->statusBar()->addPermanentWidget(m_progress);
    m_window->statusBar()->addPermanentWidget(m_cancelButton);

    connect(m_pane, &EvidencePane::attachFilesRequested, this, &EvidenceController::attachFiles);
    connect(m_checklist, &ChecklistView::filesDropped, this, &EvidenceController::attachFiles);
    connect(m_pane, &EvidencePane::addLinkRequested, this, &EvidenceController::addLink);
    connect(m_pane, &EvidencePane::addNoteRequested, this, &EvidenceController::addNote);
    connect(m_pane, &EvidencePane::openRequested, this, &EvidenceController::open);
    connect(m_pane, &EvidencePane::saveRequested, this, &EvidenceController::save);
    connect(m_pane, &EvidencePane::removeRequested, this, &EvidenceController::remove);
    connect(m_checklist, &ChecklistView::currentItemChanged, m_pane, &EvidencePane::setItem);
    connect(m_document, &ReleaseDocument::releaseLoaded, this, &EvidenceController::updateActions);
    connect(m_checklist, &ChecklistView::currentItemChanged, this, &EvidenceController::updateActions);
    updateActions();
}

EvidenceController::~EvidenceController()
{
    // The job's thread holds its own connection; it rolls back and ends before the window goes.
    if (m_job) {
        m_job->cancel();
        m_job->wait();
    }
}

bool EvidenceController::isBusy() const
{
    return m_job != nullptr;
}

void EvidenceController::waitForJob()
{
    if (m_job)
        m_job->wait();
}

void EvidenceController::cancel()
{
    if (m_job) {
        m_job->cancel();
        m_progressLabel->setText(tr("Cancelling\u2026"));
    }
}

void EvidenceController::updateActions()
{
    const bool busy = isBusy();
    const Item *item = m_document->isLoaded() ? m_document->item(m_checklist->currentItem()) : nullptr;
    m_attach->setEnabled(!busy && item && !item->isGroup());
    m_exportBundle->setEnabled(!busy && m_document->isLoaded());
    m_exportRecord->setEnabled(!busy && m_document->isLoaded());
    m_verify->setEnabled(!busy && m_document->workspace());
    m_cancel->setEnabled(busy);
    m_progressLabel->setVisible(busy);
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_pane->setBusy(busy);
}

void EvidenceController::showStatus(const QString &message)
{
    m_window->statusBar()->showMessage(message, 8000);
}

void EvidenceController::refresh()
{
    if (!m_document->isLoaded())
        return;
    if (const Result<void> refreshed = m_document->refreshFromStore(); !refreshed.ok())
        Q_EMIT errorOccurred(refreshed.message());
}

void EvidenceController::startJob(const QString &what,
                                  std::function<void(bool ok, bool cancelled, const QString &message)> done,
                                  std::unique_ptr<WorkspaceJob> job)
{
    m_job = std::move(job);
    m_progressLabel->setText(what);
    m_progress->setValue(0);
    connect(m_job.get(), &WorkspaceJob::progress, this, [this](qint64 doneBytes, qint64 total) {
        m_progress->setValue(total > 0 ? int(doneBytes * 1000 / total) : 1000);
    });
    connect(m_job.get(), &WorkspaceJob::finished, this,
            [this, done](bool ok, bool cancelled, const QString &message) {
                // The job object goes once this slot has returned.
                m_job.release()->deleteLater();
                updateActions();
                done(ok, cancelled, message);
                if (ok || cancelled)
                    showStatus(message);
                else
                    Q_EMIT errorOccurred(message);
                Q_EMIT jobFinished(ok, message);
            });
    m_job->start();
    updateActions();
}

void EvidenceController::attachFiles(qint64 itemId, const QStringList &paths)
{
    Workspace *ws = m_document->workspace();
    const Item *item = m_document->isLoaded() ? m_document->item(itemId) : nullptr;
    if (!ws || !item || paths.isEmpty())
        return;
    if (isBusy()) {
        Q_EMIT errorOccurred(tr("Another evidence task is running; wait for it or cancel it first."));
        return;
    }
    if (item->isGroup()) {
        Q_EMIT errorOccurred(tr("\u201c%1\u201d is a group: attach evidence to the items in it.").arg(item->title));
        return;
    }
    const QString title = item->title;
    auto attached = std::make_shared<Attached>();
    auto work = [itemId, paths, title, attached](Workspace &w, const Workspace::Progress &progress) -> Result<QString> {
        qint64 total = 0;
        for (const QString &path : paths)
            total += QFileInfo(path).size();
        qint64 before = 0;
        qint64 bytes = 0;
        int files = 0;
        for (const QString &path : paths) {
            const Workspace::Progress one = [&](qint64 done, qint64) { return !progress || progress(before + done, total); };
            Result<Evidence> e = w.attachFile(itemId, path, QString(), one);
            if (!e) {
                if (files == 0)
                    return e.error();
                return makeError(e.error().code,
                    tr("%1 (%n file(s) before it were attached.)", nullptr, files).arg(e.message()));
            }
            before += e->size;
            bytes += e->size;
            ++files;
            Result<QByteArray> head = w.evidenceRange(e->id, 0, ReportParser::recogniseBytes);
            if (head) {
                const QString parser = ReportParser::recognise(*head, e->name);
                if (!parser.isEmpty())
                    attached->recognised << parser + u'\n' + e->name;
            }
        }
        QString summary = tr("Attached %n file(s) (%1) to \u201c%2\u201d.", nullptr, files).arg(sizeText(bytes), title);
        Result<std::vector<MetricFeed::Outcome>> outcomes = MetricFeed::refresh(w, itemId);
        if (!outcomes)
            return outcomes.error();
        for (const MetricFeed::Outcome &o : *outcomes) {
            summary += u' ';
            summary += o.problem.isEmpty() ? tr("%1 is now %2.").arg(o.metricName, o.value)
                                           : tr("%1 keeps its value: %2").arg(o.metricName, o.problem);
        }
        return summary;
    };
    const QString what = paths.size() == 1 ? tr("Attaching %1\u2026").arg(QFileInfo(paths.first()).fileName())
                                           : tr("Attaching %n file(s)\u2026", nullptr, int(paths.size()));
    startJob(what,
        [this, itemId, attached](bool ok, bool, const QString &) {
            refresh();
            if (ok && !attached->recognised.isEmpty())
                offerBinding(itemId, attached->recognised);
        },
        std::make_unique<WorkspaceJob>(ws->path(), ws->actor(), work));
}

void EvidenceController::offerBinding(qint64 itemId, const QStringList &recognised)
{
    Workspace *ws = m_document->workspace();
    if (!ws || !m_document->isLoaded())
        return;
    const Release &release = m_document->release();
    const QString parser = recognised.first().section(u'\n', 0, 0);
    const QString name = recognised.first().section(u'\n', 1);
    for (const Metric &m : release.metrics) {
        if (m.source && m.source->itemId == itemId && m.source->parser == parser)
            return;   // fed already: the attach updated it
    }
    std::vector<const Metric *> candidates;
    QStringList buttons;
    for (const Metric &m : release.metrics) {
        if (!m.source) {
            candidates.push_back(&m);
            buttons << m.name;
        }
    }
    if (candidates.empty())
        return;
    buttons << tr("Not Now");
    const QString field = defaultField(parser);
    const int chosen = Prompter::current().choose(m_window, Prompter::Severity::Information,
        tr("Feed a Metric from This Report?"),
        tr("\u201c%1\u201d is a %2. Which metric should take its current value (%3) from the newest such report "
           "of this item, now and whenever a newer one is attached?")
            .arg(name, ReportParser::parserLabel(parser), ReportParser::fieldLabel(parser, field)),
        buttons);
    if (chosen < 0 || chosen >= int(candidates.size()))
        return;
    const Metric metric = *candidates[size_t(chosen)];
    if (Result<void> r = ws->setMetricSource(metric.id, MetricSource { itemId, parser, field }); !r) {
        Q_EMIT errorOccurred(r.message());
        return;
    }
    Result<Release> reloaded = ws->loadRelease(release.id);
    if (!reloaded) {
        Q_EMIT errorOccurred(reloaded.message());
        return;
    }
    for (const Metric &m : reloaded->metrics) {
        if (m.id != metric.id)
            continue;
        Result<MetricFeed::Outcome> outcome = MetricFeed::refreshMetric(*ws, *reloaded, m);
        if (!outcome)
            Q_EMIT errorOccurred(outcome.message());
        else if (!outcome->problem.isEmpty())
            Q_EMIT errorOccurred(tr("%1 keeps its value: %2").arg(m.name, outcome->problem));
        else
            showStatus(tr("%1 now takes its value from the newest %2 of this item: %3.")
                           .arg(m.name, ReportParser::parserLabel(parser), outcome->value));
    }
    refresh();
}

void EvidenceController::addLink(qint64 itemId, const QString &url, const QString &title)
{
    Workspace *ws = m_document->workspace();
    if (!ws)
        return;
    if (Result<Evidence> e = ws->attachUrl(itemId, url, title); !e)
        Q_EMIT errorOccurred(e.message());
    refresh();
}

void EvidenceController::addNote(qint64 itemId, const QString &text)
{
    Workspace *ws = m_document->workspace();
    if (!ws)
        return;
    if (Result<Evidence> e = ws->attachNote(itemId, text); !e)
        Q_EMIT errorOccurred(e.message());
    refresh();
}

void EvidenceController::remove(qint64 evidenceId)
{
    Workspace *ws = m_document->workspace();
    if (!ws)
        return;
    if (Result<void> r = ws->removeEvidence(evidenceId); !r)
        Q_EMIT errorOccurred(r.message());
    refresh();
}

void EvidenceController::save(qint64 evidenceId, const QString &path)
{
    Workspace *ws = m_document->workspace();
    if (!ws || path.isEmpty())
        return;
    if (isBusy()) {
        Q_EMIT errorOccurred(tr("Another evidence task is running; wait for it or cancel it first."));
        return;
    }
    auto work = [evidenceId, path](Workspace &w, const Workspace::Progress &progress) {
        return writeEvidence(w, evidenceId, path, progress);
    };
    startJob(tr("Saving %1\u2026").arg(QFileInfo(path).fileName()), [](bool, bool, const QString &) {},
        std::make_unique<WorkspaceJob>(ws->path(), ws->actor(), work));
}

void EvidenceController::open(qint64 evidenceId)
{
    Workspace *ws = m_document->workspace();
    if (!ws)
        return;
    Result<Evidence> e = ws->evidence(evidenceId);
    if (!e) {
        Q_EMIT errorOccurred(e.message());
        return;
    }
    if (e->kind == EvidenceKind::Url) {
        // Only http and https were ever accepted; the desktop's browser shows it.
        const QUrl url(e->url);
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
        return;
    }
    if (!e->hasContent())
        return;
    if (runsWhenOpened(e->mediaType)) {
        Q_EMIT errorOccurred(tr("\u201c%1\u201d is a program or script (%2); Greenlight does not open it. Use Save As "
                                "to look at it.")
                                 .arg(e->name, e->mediaType));
        return;
    }
    if (isBusy()) {
        Q_EMIT errorOccurred(tr("Another evidence task is running; wait for it or cancel it first."));
        return;
    }
    if (!m_openDir)
        m_openDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/greenlight-open-XXXXXX"));
    // A folder per piece, the name made safe: a name is never used as a path as it stands.
    const QString folder = m_openDir->filePath(QString::number(evidenceId));
    QDir().mkpath(folder);
    const QString path = folder + u'/' + BundleWriter::safeComponent(e->name);
    auto work = [evidenceId, path](Workspace &w, const Workspace::Progress &progress) -> Result<QString> {
        Result<QString> written = writeEvidence(w, evidenceId, path, progress);
        if (written)
            QFile::setPermissions(path, QFileDevice::ReadOwner);
        return written;
    };
    startJob(tr("Opening %1\u2026").arg(e->name),
        [path](bool ok, bool, const QString &) {
            if (ok)
                QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        },
        std::make_unique<WorkspaceJob>(ws->path(), ws->actor(), work));
}

QString EvidenceController::chooseExportFile(const QString &caption, const QString &suffix, const QString &filter)
{
    if (!m_document->workspace() || !m_document->isLoaded())
        return QString();
    if (isBusy()) {
        Q_EMIT errorOccurred(tr("Another evidence task is running; wait for it or cancel it first."));
        return QString();
    }
    const QString suggested
        = QDir::home().filePath(BundleWriter::safeComponent(m_document->release().name + suffix));
    const QString path = Prompter::current().fileName(m_window, caption, suggested, filter, true);
    if (!path.isEmpty() && QFileInfo::exists(path)
        && Prompter::current().choose(m_window, Prompter::Severity::Warning, caption,
               tr("\u201c%1\u201d already exists. Replace it?").arg(QFileInfo(path).fileName()),
               { tr("Replace"), tr("Cancel") })
            != 0)
        return QString();
    return path;
}

void EvidenceController::exportBundle()
{
    const QString path
        = chooseExportFile(tr("Export Evidence Bundle"), QStringLiteral(" evidence.zip"), tr("Zip archives (*.zip)"));
    if (path.isEmpty())
        return;
    Workspace *ws = m_document->workspace();
    const qint64 releaseId = m_document->releaseId();
    auto work = [releaseId, path](Workspace &w, const Workspace::Progress &progress) -> Result<QString> {
        Result<BundleWriter::Summary> written = BundleWriter::write(w, releaseId, path, progress);
        if (!written)
            return written.error();
        return tr("Wrote %1: %n evidence file(s), %2, with manifest.json and release.json.", nullptr, written->files)
            .arg(QDir::toNativeSeparators(path), sizeText(written->bytes));
    };
    startJob(tr("Exporting the evidence bundle\u2026"), [](bool, bool, const QString &) {},
        std::make_unique<WorkspaceJob>(ws->path(), ws->actor(), work));
}

void EvidenceController::exportDecisionRecord()
{
    const QString path = chooseExportFile(
        tr("Export Decision Record"), QStringLiteral(" decision record.pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    Workspace *ws = m_document->workspace();
    const Release &release = m_document->release();
    const qint64 releaseId = m_document->releaseId();
    // Qt Charts draws on this thread; the job paints the recorded picture into the PDF on its own.
    const SecretMask mask(releaseSecretValues(release), release.run.secretMarkers);
    const Readiness readiness
        = DecisionRecordPdf::chartReadiness(computeReadiness(release, QDateTime::currentDateTimeUtc()), mask);
    const QByteArray chart = GateCompletionChart::picture(
        readiness, DecisionRecordPdf::chartSize(int(readiness.gates.size()))).data();
    const QPageSize::PageSizeId pageSize = DecisionRecordPdf::pageSizeFor(QLocale::system());
    auto work = [releaseId, path, chart, pageSize](Workspace &w, const Workspace::Progress &progress) -> Result<QString> {
        Result<DecisionRecordInput> input = gatherDecisionRecord(w, releaseId);
        if (!input)
            return input.error();
        input->chart.setData(chart.constData(), uint(chart.size()));
        DecisionRecordPdf::Options options;
        options.pageSize = pageSize;
        options.progress = [&progress](int done, int total) { return progress(done, total); };
        const Result<int> pages = DecisionRecordPdf::write(*input, path, options);
        if (!pages)
            return pages.error();
        return tr("Wrote the decision record %1 (%n page(s)).", nullptr, *pages).arg(QDir::toNativeSeparators(path));
    };
    startJob(tr("Exporting the decision record\u2026"), [](bool, bool, const QString &) {},
        std::make_unique<WorkspaceJob>(ws->path(), ws->actor(), work));
}

void EvidenceController::verifyWorkspace()
{
    Workspace *ws = m_document->workspace();
    if (!ws || isBusy())
        return;
    auto work = [](Workspace &w, const Workspace::Progress &progress) -> Result<QString> {
        const Result<WorkspaceCheck> check = checkWorkspace(w, std::nullopt, progress);
        if (!check)
            return check.error();
        if (check->problemCount() == 0)
            return tr("All is sound: %1 of evidence hashed again, an audit log of %n row(s), %2 and %3 checked.", nullptr,
                       int(check->auditRows))
                .arg(sizeText(check->evidenceBytes), tr("%n sign-off(s)", nullptr, check->signOffs),
                    tr("%n decision(s)", nullptr, check->decisions));
        // The first few problems here; `greenlight verify` lists them all.
        QStringList lines = check->evidenceProblems + check->auditProblems + check->recordProblems;
        const int count = int(lines.size());
        if (lines.size() > 4) {
            lines = lines.mid(0, 4);
            lines << tr("\u2026 and %n more (greenlight verify lists them all).", nullptr, count - 4);
        }
        return makeError(ErrorCode::Invalid,
            tr("Verification found %n problem(s):", nullptr, count) + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    };
    startJob(tr("Verifying the workspace\u2026"), [](bool, bool, const QString &) {},
        std::make_unique<WorkspaceJob>(ws->path(), ws->actor(), work));
}

} // namespace gl
