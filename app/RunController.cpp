#include "RunController.h"

#include "ChecklistView.h"
#include "Prompter.h"
#include "RunConsole.h"
#include "RunConsolePane.h"
#include "execution/CommandLine.h"
#include "execution/RunSession.h"
#include "itemmodels/ChecklistTreeModel.h"
#include "itemmodels/ReleaseDocument.h"
#include "store/Workspace.h"

#include <QAction>
#include <QToolButton>
#include <QStatusBar>
#include <QProgressBar>
#include <QLabel>
#include <QHBoxLayout>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QTreeView>

namespace gl {

namespace {

CommandApproval approvalFor(const RunSession &session)
{
    CommandApproval approval;
    approval.workingFolder = session.workingFolder();
    approval.envFile = session.envFilePath();
    for (const PendingApproval &pending : session.pendingApprovals()) {
        CommandApproval::Entry entry;
        entry.title = pending.title;
        entry.commands = pending.commands;
        const Item *item = findItem(session.release(), pending.itemId);
        for (const QString &command : pending.commands) {
            const CommandLine line = CommandLine::parse(command);
            entry.shellReasons << (item && !item->probe && line.needsShell() ? line.shellReason() : QString());
        }
        approval.entries.append(entry);
    }
    return approval;
}

RunConsolePane::State stateOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Passed: return RunConsolePane::State::Passed;
    case Verdict::Failed: return RunConsolePane::State::Failed;
    case Verdict::Cancelled: return RunConsolePane::State::Cancelled;
    }
    return RunConsolePane::State::Failed;
}

} // namespace

RunController::RunController(QMainWindow *window, ReleaseDocument *document, ChecklistView *checklist)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_checklist(checklist)
    , m_runItem(new QAction(tr("Run &Selected Items"), this))
    , m_runGate(new QAction(tr("Run &Gate"), this))
    , m_runRelease(new QAction(tr("Run &Release"), this))
    , m_cancel(new QAction(tr("&Cancel Runs"), this))
    , m_settings(new QAction(tr("Run Se&ttings\u2026"), this))
{
    m_runStatus = new QWidget(window);
    m_runStatus->setObjectName(QStringLiteral("runStatus"));
    m_runLabel = new QLabel(m_runStatus);
    m_runLabel->setObjectName(QStringLiteral("runStatusLabel"));
    m_runProgress = new QProgressBar(m_runStatus);
    m_runProgress->setObjectName(QStringLiteral("runStatusProgress"));
    m_runProgress->setMaximumWidth(160);
    m_runProgress->setAccessibleName(tr("Items run so far"));
    auto *stop = new QToolButton(m_runStatus);
    stop->setObjectName(QStringLiteral("runStatusCancel"));
    stop->setText(tr("Cancel"));
    stop->setToolTip(tr("Cancel the runs (Ctrl+.)"));
    connect(stop, &QToolButton::clicked, this, &RunController::cancel);
    auto *row = new QHBoxLayout(m_runStatus);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_runLabel);
    row->addWidget(m_runProgress);
    row->addWidget(stop);
    window->statusBar()->addPermanentWidget(m_runStatus);
    m_runStatus->hide();
    m_showConsole = new QAction(tr("Show Run &Console"), this);
    m_showConsole->setObjectName(QStringLiteral("actionShowRunConsole"));
    m_showConsole->setCheckable(true);
    m_showConsole->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_QuoteLeft));
    connect(m_showConsole, &QAction::triggered, this, [this](bool show) { consoleDock()->setVisible(show); });

    m_runItem->setObjectName(QStringLiteral("actionRunItems"));
    m_runItem->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_runItem->setToolTip(tr("Run the commands of the selected items (Ctrl+R)"));
    m_runGate->setObjectName(QStringLiteral("actionRunGate"));
    m_runGate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_runGate->setToolTip(tr("Run every item of the selected gate (Ctrl+Shift+R)"));
    m_runRelease->setObjectName(QStringLiteral("actionRunRelease"));
    m_runRelease->setShortcut(QKeySequence(Qt::Key_F5));
    m_runRelease->setToolTip(tr("Run every gate in order (F5)"));
    m_cancel->setObjectName(QStringLiteral("actionCancelRuns"));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_cancel->setToolTip(tr("End every running command (Ctrl+.)"));
    m_settings->setObjectName(QStringLiteral("actionRunSettings"));

    connect(m_runItem, &QAction::triggered, this, &RunController::runSelection);
    connect(m_runGate, &QAction::triggered, this, &RunController::runCurrentGate);
    connect(m_runRelease, &QAction::triggered, this, &RunController::runRelease);
    connect(m_cancel, &QAction::triggered, this, &RunController::cancel);
    connect(m_settings, &QAction::triggered, this, &RunController::editSettings);
    connect(m_document, &ReleaseDocument::releaseLoaded, this, &RunController::updateActions);
    updateActions();
}

RunController::~RunController() = default;

QDockWidget *RunController::consoleDock()
{
    // Built on first use: a hidden dock still costs the window's first layout and paint.
    if (!m_dock) {
        m_dock = new QDockWidget(tr("Run Console"), m_window);
        m_dock->setObjectName(QStringLiteral("runConsoleDock"));
        m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
        m_dock->hide();
        m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
        m_window->restoreDockWidget(m_dock);  // where the person left it last time, if anywhere
        connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
            if (visible)
                consolePane();
            m_showConsole->setChecked(visible);
        });
        if (m_dock->isVisible())
            consolePane();
    }
    return m_dock;
}

RunConsolePane *RunController::consolePane()
{
    if (!m_pane) {
        m_pane = new RunConsolePane(consoleDock());
        m_dock->setWidget(m_pane);
        connect(m_pane, &RunConsolePane::cancelRequested, this, &RunController::cancel);
    }
    return m_pane;
}

bool RunController::isRunning() const
{
    return m_session && m_session->isRunning();
}

void RunController::updateActions()
{
    const bool loaded = m_document->isLoaded();
    const bool running = isRunning();
    for (QAction *a : { m_runItem, m_runGate, m_runRelease, m_settings })
        a->setEnabled(loaded && !running);
    m_cancel->setEnabled(running);
}

void RunController::runSelection()
{
    RunOptions options;
    const QModelIndexList rows = m_checklist->tree()->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        options.itemIds.push_back(index.data(ChecklistTreeModel::ItemIdRole).toLongLong());
    if (options.itemIds.empty() && m_checklist->currentItem() > 0)
        options.itemIds.push_back(m_checklist->currentItem());
    if (options.itemIds.empty()) {
        Q_EMIT errorOccurred(tr("Select the items to run in the checklist first."));
        return;
    }
    start(options);
}

void RunController::runCurrentGate()
{
    const qint64 item = m_checklist->currentItem();
    const Gate *gate = item > 0 ? m_document->gateOfItem(item) : nullptr;
    if (!gate && m_checklist->model()->gateId() > 0)
        gate = m_document->gate(m_checklist->model()->gateId());
    if (!gate) {
        Q_EMIT errorOccurred(tr("Select a gate first."));
        return;
    }
    RunOptions options;
    options.gateId = gate->id;
    start(options);
}

void RunController::runRelease()
{
    start(RunOptions());
}

void RunController::start(RunOptions options)
{
    Workspace *workspace = m_document->workspace();
    if (!workspace || !m_document->isLoaded() || isRunning())
        return;
    auto session = std::make_unique<RunSession>(*workspace, m_document->releaseId());
    Result<void> prepared = session->prepare(options);
    if (prepared.ok() && !session->pendingApprovals().empty()) {
        if (!Prompter::current().approveCommands(m_window, approvalFor(*session)))
            return;
        std::vector<std::pair<qint64, QString>> approvals;
        for (const PendingApproval &p : session->pendingApprovals())
            approvals.emplace_back(p.itemId, p.hash);
        if (const Result<void> approved = workspace->approveItems(approvals); !approved.ok()) {
            Q_EMIT errorOccurred(approved.message());
            return;
        }
        refresh();
        prepared = session->prepare(options);
    }
    if (!prepared.ok()) {
        Q_EMIT errorOccurred(prepared.message());
        return;
    }
    if (session->plannedCount() == 0) {
        Q_EMIT errorOccurred(tr("Nothing to run: none of these items has commands or a probe."));
        return;
    }
    m_session = std::move(session);
    m_tabs.clear();
    connect(m_session.get(), &RunSession::itemStarted, this, &RunController::onItemStarted);
    connect(m_session.get(), &RunSession::output, this,
        [this](qint64 itemId, QProcess::ProcessChannel, const QByteArray &chunk) {
            if (RunConsole *console = consolePane()->console(m_tabs.value(itemId)))
                console->appendOutput(chunk);
        });
    connect(m_session.get(), &RunSession::itemFinished, this, &RunController::onItemFinished);
    connect(m_session.get(), &RunSession::itemsBlocked, this, [this](const QStringList &titles, const QString &reason) {
        refresh();
        Q_EMIT errorOccurred(tr("Not run: %1. %2").arg(titles.join(QStringLiteral(", ")), reason));
    });
    connect(m_session.get(), &RunSession::recordFailed, this, [this](const QString &title, const QString &message) {
        Q_EMIT errorOccurred(tr("The run of \u201c%1\u201d was not recorded: %2").arg(title, message));
    });
    connect(m_session.get(), &RunSession::finished, this, &RunController::onFinished);
    if (!m_session->start()) {
        m_session.reset();
        Q_EMIT errorOccurred(tr("The run could not start."));
        return;
    }
    m_runsDone = 0;
    m_runsPlanned = m_session->plannedCount();
    showRunStatus();
    if (!consoleDock()->isVisible()) {
        m_dock->show();
        // A console a few lines high shows nothing useful: a third of the window to begin with.
        m_window->resizeDocks({ m_dock }, { qMax(220, m_window->height() / 3) }, Qt::Vertical);
    }
    updateActions();
}

void RunController::onItemStarted(qint64 itemId, const QString &title)
{
    const int tab = consolePane()->addRun(title);
    m_tabs.insert(itemId, tab);
}

void RunController::onItemFinished(const RunRecord &record, const QString &)
{
    const int tab = m_tabs.value(record.itemId);
    if (RunConsole *console = consolePane()->console(tab)) {
        // The verdict line is ours, not the command's: it goes after the output, plainly marked.
        QString line = QStringLiteral("\n[greenlight] ") + verdictLabel(record.verdict);
        if (!record.reason.isEmpty() && record.verdict != Verdict::Passed)
            line += QStringLiteral(": ") + record.reason;
        if (!record.logSha256.isEmpty())
            line += QStringLiteral(" \u2014 ") + tr("log SHA-256 %1").arg(record.logSha256);
        console->appendOutput((line + u'\n').toUtf8());
    }
    consolePane()->setRunState(tab, stateOf(record.verdict));
    ++m_runsDone;
    showRunStatus();
    refresh();
}

void RunController::showRunStatus()
{
    m_runLabel->setText(tr("Running: %1 of %n item(s) done", nullptr, m_runsPlanned).arg(m_runsDone));
    m_runProgress->setRange(0, std::max(1, m_runsPlanned));
    m_runProgress->setValue(m_runsDone);
    m_runStatus->show();
}

void RunController::onFinished(const RunSummary &summary)
{
    refresh();
    // Deleted later: we are inside its signal.
    m_session.release()->deleteLater();
    m_runStatus->hide();
    m_window->statusBar()->showMessage(tr("Run finished: %1 passed, %2 failed, %3 cancelled, %4 blocked.")
                                           .arg(summary.passed)
                                           .arg(summary.failed)
                                           .arg(summary.cancelled)
                                           .arg(summary.blocked),
                                       10000);
    updateActions();
    if (summary.failed + summary.blocked + summary.notRecorded > 0 || summary.wasCancelled)
        Q_EMIT errorOccurred(tr("Run finished: %1 passed, %2 failed, %3 cancelled, %4 blocked.")
                                 .arg(summary.passed)
                                 .arg(summary.failed)
                                 .arg(summary.cancelled)
                                 .arg(summary.blocked));
    Q_EMIT finished();
}

void RunController::cancel()
{
    if (m_session)
        m_session->cancel();
}

bool RunController::stopForQuit()
{
    if (!isRunning())
        return true;
    cancel();
    return false;
}

void RunController::editSettings()
{
    Workspace *workspace = m_document->workspace();
    if (!workspace || !m_document->isLoaded() || isRunning())
        return;
    const Release &release = m_document->release();
    const std::optional<RunSettings> edited = Prompter::current().runSettings(m_window, release.name, release.run);
    if (!edited || *edited == release.run)
        return;
    if (const Result<void> written = workspace->setRunSettings(release.id, *edited); !written.ok()) {
        Q_EMIT errorOccurred(written.message());
        return;
    }
    refresh();
}

void RunController::refresh()
{
    if (!m_document->isLoaded())
        return;
    if (const Result<void> refreshed = m_document->refreshFromStore(); !refreshed.ok())
        Q_EMIT errorOccurred(refreshed.message());
}

} // namespace gl
