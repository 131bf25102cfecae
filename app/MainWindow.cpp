#include "MainWindow.h"

#include "ChecklistView.h"
#include "DecisionBanner.h"
#include "DemoRelease.h"
#include "EditController.h"
#include "StartPage.h"
#include "Theme.h"
#include "signing/ReleaseOverview.h"
#include "EvidenceController.h"
#include "EvidencePane.h"
#include "ImportDialog.h"
#include "InlineBanner.h"
#include "InspectorPane.h"
#include "Prompter.h"
#include "ReadinessMatrixView.h"
#include "RunController.h"
#include "SignOffController.h"
#include "domain/ReleaseCopy.h"
#include "interchange/MarkdownImporter.h"
#include "itemmodels/ReleaseDocument.h"
#include "itemmodels/ReleaseListModel.h"
#include "store/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QDockWidget>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHeaderView>
#include <QActionGroup>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QLabel>
#include <QHBoxLayout>
#include <QToolButton>
#include <QProgressBar>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace gl {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString splitKey = QStringLiteral("window/centralSplit");
// Column widths, order and the columns shown, per table.
const QString checklistColumnsKey = QStringLiteral("columns/checklist");
const QString gateColumnsKey = QStringLiteral("columns/gates");
const QString startColumnsKey = QStringLiteral("columns/start");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ReleaseDocument(this))
    , m_releases(new ReleaseListModel(this))
    , m_banner(new InlineBanner(this))
    , m_matrix(new ReadinessMatrixView(m_document, this))
    , m_checklist(new ChecklistView(m_document, this))
    , m_inspector(new InspectorPane(m_document, this))
    , m_releaseList(new QTreeView(this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_pages(new QStackedWidget(this))
    , m_startPage(new StartPage(this))
    , m_releasesDock(new QDockWidget(tr("Releases"), this))
    , m_inspectorDock(new QDockWidget(tr("Inspector"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_releases->setDocument(m_document);

    m_releaseList->setObjectName(QStringLiteral("releaseList"));
    m_releaseList->setAccessibleName(tr("Releases"));
    m_releaseList->setModel(m_releases);
    m_releaseList->setRootIsDecorated(false);
    m_releaseList->setUniformRowHeights(true);
    m_releaseList->setAlternatingRowColors(true);
    m_releaseList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_releaseList->setColumnHidden(ReleaseListModel::UpdatedColumn, true);
    m_releaseList->header()->setStretchLastSection(false);
    m_releaseList->header()->setSectionResizeMode(ReleaseListModel::NameColumn, QHeaderView::Stretch);
    // Fixed widths: sizing to contents would read every release's figures before the first paint.
    const QFontMetrics metrics = m_releaseList->fontMetrics();
    int decisionWidth = metrics.horizontalAdvance(m_releases->headerData(ReleaseListModel::DecisionColumn, Qt::Horizontal).toString());
    // Room for GO and NO-GO; the longer CONDITIONAL GO elides here and reads in full in the banner.
    for (Decision d : {Decision::Go, Decision::NoGo})
        decisionWidth = std::max(decisionWidth, metrics.horizontalAdvance(decisionLabel(d)));
    m_releaseList->header()->resizeSection(ReleaseListModel::ReadinessColumn,
                                           metrics.horizontalAdvance(QStringLiteral("100%")) + 20);
    m_releaseList->header()->resizeSection(ReleaseListModel::DecisionColumn, decisionWidth + 14);

    m_releasesDock->setObjectName(QStringLiteral("releasesDock"));
    m_releasesDock->setWidget(m_releaseList);
    m_releasesDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, m_releasesDock);

    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspectorDock->setWidget(m_inspector);
    m_inspectorDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);

    m_split->setObjectName(QStringLiteral("centralSplitter"));
    m_split->addWidget(m_matrix);
    m_split->addWidget(m_checklist);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    m_pages->setObjectName(QStringLiteral("centralPages"));
    m_pages->addWidget(m_split);
    m_pages->addWidget(m_startPage);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_runs = new RunController(this, m_document, m_checklist);
    connect(m_runs, &RunController::errorOccurred, this, &MainWindow::showError);
    connect(m_runs, &RunController::finished, this, [this] {
        if (m_closeAfterRuns)
            QTimer::singleShot(0, this, &QWidget::close);
    });
    m_evidence = new EvidenceController(this, m_document, m_checklist);
    connect(m_evidence, &EvidenceController::errorOccurred, this, &MainWindow::showError);
    addDockWidget(Qt::RightDockWidgetArea, m_evidence->dock());
    splitDockWidget(m_inspectorDock, m_evidence->dock(), Qt::Vertical);
    m_importStatus = new QWidget(this);
    m_importStatus->setObjectName(QStringLiteral("importStatus"));
    m_importLabel = new QLabel(m_importStatus);
    auto *importBusy = new QProgressBar(m_importStatus);
    importBusy->setRange(0, 0);  // a file is read in one go: busy, not a percentage
    importBusy->setMaximumWidth(120);
    importBusy->setAccessibleName(tr("Reading the checklist"));
    auto *importCancel = new QToolButton(m_importStatus);
    importCancel->setObjectName(QStringLiteral("importStatusCancel"));
    importCancel->setText(tr("Cancel"));
    connect(importCancel, &QToolButton::clicked, this, [this] {
        if (m_importDialog)
            m_importDialog->reject();
    });
    auto *importRow = new QHBoxLayout(m_importStatus);
    importRow->setContentsMargins(0, 0, 0, 0);
    importRow->addWidget(m_importLabel);
    importRow->addWidget(importBusy);
    importRow->addWidget(importCancel);
    statusBar()->addPermanentWidget(m_importStatus);
    m_importStatus->hide();
    m_edit = new EditController(this, m_document, m_matrix, m_checklist);
    connect(m_edit, &EditController::errorOccurred, this, &MainWindow::showError);
    m_signOffs = new SignOffController(this, m_document, m_checklist);
    connect(m_signOffs, &SignOffController::errorOccurred, this, &MainWindow::showError);
    addDockWidget(Qt::RightDockWidgetArea, m_signOffs->dock());
    tabifyDockWidget(m_evidence->dock(), m_signOffs->dock());
    m_evidence->dock()->raise();
    createActions();

    setTabOrder(m_releaseList, m_matrix->gateTable());
    setTabOrder(m_matrix->gateTable(), m_matrix->metricTable());
    setTabOrder(m_matrix->metricTable(), m_matrix->criteriaTable());
    setTabOrder(m_matrix->criteriaTable(), m_checklist->tree());
    setTabOrder(m_checklist->tree(), m_inspector);
    setTabOrder(m_inspector, m_evidence->pane());

    connect(m_releaseList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::releaseRowChanged);
    // Choosing a release, on the start page or in the list, shows it.
    connect(m_releaseList, &QAbstractItemView::clicked, this, &MainWindow::showReleaseView);
    connect(m_startPage, &StartPage::releaseChosen, this, [this](qint64 releaseId) {
        selectRelease(releaseId);
        showReleaseView();
        m_matrix->gateTable()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_startPage, &StartPage::newReleaseRequested, this, &MainWindow::newRelease);
    connect(m_startPage, &StartPage::importRequested, this, &MainWindow::importChecklist);
    connect(m_startPage, &StartPage::openWorkspaceRequested, this, &MainWindow::chooseWorkspace);
    connect(m_startPage, &StartPage::recentWorkspaceChosen, this, [this](const QString &path) {
        const Result<void> opened = openWorkspace(path);
        if (!opened.ok())
            showError(opened.message());
    });
    connect(m_releaseList, &QAbstractItemView::activated, this, [this] { m_matrix->gateTable()->setFocus(); });
    connect(m_matrix, &ReadinessMatrixView::gateSelected, m_checklist, &ChecklistView::setGate);
    connect(m_matrix->gateTable(), &QAbstractItemView::activated, this, [this] { m_checklist->tree()->setFocus(); });
    connect(m_checklist, &ChecklistView::currentItemChanged, m_inspector, &InspectorPane::setItem);
    connect(m_document, &ReleaseDocument::errorOccurred, this, &MainWindow::showError);
    connect(m_document, &ReleaseDocument::releaseCreated, this, [this](qint64 releaseId) {
        const Result<void> reloaded = m_releases->reload();
        if (!reloaded.ok())
            showError(reloaded.message());
        selectRelease(releaseId);
        showReleaseView();
    });

    setWindowIcon(QIcon(QStringLiteral(":/icons/greenlight.svg")));
    restoreLayout();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Open editors commit on focus loss: let them do so while the window is whole.
    if (QWidget *focus = QApplication::focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus();
    disconnect(m_document, nullptr, this, nullptr);
    // The views hold pointers into the document, which holds one into the workspace: unhook first.
    const Result<void> cleared = m_releases->setWorkspace(nullptr);
    Q_UNUSED(cleared);  // no workspace: nothing to read, nothing to fail
    m_document->setWorkspace(nullptr);
    // The views point at the document, which is a child created before them: they go first.
    delete m_importDialog.data();
    delete m_runs;  // ends any command tree still running, before the document goes
    m_runs = nullptr;
    QDockWidget *signOffDock = m_signOffs->dock();
    delete m_signOffs;
    m_signOffs = nullptr;
    delete signOffDock;
    QDockWidget *evidenceDock = m_evidence->dock();
    delete m_evidence;  // cancels an attach or export and waits for its thread
    m_evidence = nullptr;
    delete evidenceDock;
    delete m_inspectorDock;
    delete m_releasesDock;
    delete takeCentralWidget();
}

ImportDialog *MainWindow::importDialog() const
{
    return m_importDialog.data();
}

QString MainWindow::lastWorkspaceKey()
{
    return QStringLiteral("workspace/last");
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New Release\u2026"), this, &MainWindow::newRelease);
    create->setObjectName(QStringLiteral("actionNewRelease"));
    create->setShortcut(QKeySequence::New);
    QAction *import = file->addAction(tr("&Import Checklist\u2026"), this, &MainWindow::importChecklist);
    import->setObjectName(QStringLiteral("actionImport"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *open = file->addAction(tr("&Open Workspace\u2026"), this, &MainWindow::chooseWorkspace);
    open->setObjectName(QStringLiteral("actionOpenWorkspace"));
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecentWorkspaces"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    file->addAction(m_evidence->attachAction());
    file->addAction(m_evidence->exportBundleAction());
    file->addAction(m_evidence->exportRecordAction());
    file->addAction(m_evidence->verifyAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_edit->findAction());
    edit->addAction(m_edit->findNextAction());
    edit->addSeparator();
    for (QAction *action : {m_edit->addItemAction(), m_edit->addSubItemAction(), m_edit->removeItemAction(),
                            m_edit->moveUpAction(), m_edit->moveDownAction(), m_edit->indentAction(),
                            m_edit->outdentAction()})
        edit->addAction(action);
    edit->addMenu(m_edit->statusMenu());
    m_checklist->tree()->addAction(m_edit->statusMenu()->menuAction());
    edit->addSeparator();
    for (QAction *action : {m_edit->addGateAction(), m_edit->renameGateAction(), m_edit->gateNotesAction(),
                            m_edit->removeGateAction(),
                            m_edit->moveGateUpAction(), m_edit->moveGateDownAction(),
                            m_edit->requiresPreviousAction()})
        edit->addAction(action);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *start = view->addAction(tr("S&tart Page"), this, &MainWindow::showStartPage);
    start->setObjectName(QStringLiteral("actionStartPage"));
    start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QMenu *theme = view->addMenu(tr("&Appearance"));
    theme->setObjectName(QStringLiteral("menuTheme"));
    auto *themes = new QActionGroup(this);
    for (const auto &[choice, text] : {std::pair {Theme::System, tr("Follow the &System")},
                                       std::pair {Theme::Light, tr("&Light")}, std::pair {Theme::Dark, tr("&Dark")}}) {
        QAction *action = theme->addAction(text);
        action->setObjectName(QStringLiteral("actionTheme-") + themeKey(choice));
        action->setCheckable(true);
        action->setChecked(currentTheme() == choice);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [choice] {
            applyTheme(choice);
            saveTheme(choice);
        });
    }
    view->addSeparator();
    QAction *showReleases = m_releasesDock->toggleViewAction();
    showReleases->setText(tr("Show &Releases"));
    showReleases->setObjectName(QStringLiteral("actionShowReleases"));
    QAction *showInspector = m_inspectorDock->toggleViewAction();
    showInspector->setText(tr("Show &Inspector"));
    showInspector->setObjectName(QStringLiteral("actionShowInspector"));
    showInspector->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backslash));
    QAction *showEvidence = m_evidence->dock()->toggleViewAction();
    showEvidence->setText(tr("Show &Evidence"));
    showEvidence->setObjectName(QStringLiteral("actionShowEvidence"));
    showEvidence->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backslash));
    view->addAction(showReleases);
    view->addAction(showInspector);
    view->addAction(showEvidence);
    QAction *showSignOffs = m_signOffs->dock()->toggleViewAction();
    showSignOffs->setText(tr("Show &Sign-offs"));
    showSignOffs->setObjectName(QStringLiteral("actionShowSignOffs"));
    view->addAction(showSignOffs);
    view->addSeparator();
    const auto focusAction = [this, view](const QString &text, const QString &name, int key, auto target) {
        QAction *action = view->addAction(text, this, [this, target] {
            QWidget *w = target();
            if (m_pages->isAncestorOf(w))
                showReleaseView();
            if (QDockWidget *dock = qobject_cast<QDockWidget *>(w->parentWidget()); dock && !dock->isVisible())
                dock->show();
            w->setFocus(Qt::ShortcutFocusReason);
        });
        action->setObjectName(name);
        action->setShortcut(QKeySequence(int(Qt::CTRL) | key));
    };
    focusAction(tr("Go to Re&leases"), QStringLiteral("actionFocusReleases"), Qt::Key_1,
                [this]() -> QWidget * { return m_releaseList; });
    focusAction(tr("Go to &Gates"), QStringLiteral("actionFocusGates"), Qt::Key_2,
                [this]() -> QWidget * { return m_matrix->gateTable(); });
    focusAction(tr("Go to &Metrics"), QStringLiteral("actionFocusMetrics"), Qt::Key_3,
                [this]() -> QWidget * { return m_matrix->metricTable(); });
    focusAction(tr("Go to &Checklist"), QStringLiteral("actionFocusChecklist"), Qt::Key_4,
                [this]() -> QWidget * { return m_checklist->tree(); });
    focusAction(tr("Go to I&nspector"), QStringLiteral("actionFocusInspector"), Qt::Key_5,
                [this]() -> QWidget * { return m_inspector; });
    focusAction(tr("Go to &Evidence"), QStringLiteral("actionFocusEvidence"), Qt::Key_6,
                [this]() -> QWidget * { return m_evidence->pane(); });

    view->addSeparator();
    view->addAction(m_runs->showConsoleAction());

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_runs->runItemAction());
    run->addAction(m_runs->runGateAction());
    run->addAction(m_runs->runReleaseAction());
    run->addSeparator();
    run->addAction(m_runs->cancelAction());
    run->addSeparator();
    run->addAction(m_runs->settingsAction());

    QToolBar *toolbar = addToolBar(tr("Run"));
    toolbar->setObjectName(QStringLiteral("runToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_runs->runItemAction());
    toolbar->addAction(m_runs->runGateAction());
    toolbar->addAction(m_runs->runReleaseAction());
    toolbar->addAction(m_runs->cancelAction());

    m_checklist->tree()->addAction(m_runs->runItemAction());
    m_checklist->tree()->addAction(m_runs->runGateAction());
    m_checklist->tree()->addAction(m_runs->cancelAction());

    QMenu *decision = menuBar()->addMenu(tr("&Decision"));
    decision->addAction(m_signOffs->addStakeholderAction());
    decision->addAction(m_signOffs->requireAction());
    decision->addSeparator();
    decision->addAction(m_signOffs->signAction());
    decision->addAction(m_signOffs->decideAction());
    decision->addAction(m_signOffs->reopenAction());
    decision->addSeparator();
    decision->addAction(m_signOffs->releaseHistoryAction());
    decision->addAction(m_signOffs->itemHistoryAction());
    m_checklist->tree()->addAction(m_signOffs->itemHistoryAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Greenlight"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

Result<void> MainWindow::openWorkspace(const QString &path, bool seedDemo)
{
    // The running commands record into the open workspace: it stays until they have ended.
    if (m_evidence && m_evidence->isBusy())
        return makeError(ErrorCode::Invalid, tr("An evidence task is running in this workspace; cancel it first."));
    if (m_runs && m_runs->isRunning())
        return makeError(ErrorCode::Invalid, tr("Commands are running in this workspace; cancel them (Ctrl+.) first."));
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(path);
    if (!opened.ok())
        return opened.error();
    std::unique_ptr<Workspace> workspace = std::move(opened).value();

    QString seedProblem;
    if (seedDemo && workspace->wasCreated()) {
        const Result<qint64> seeded = DemoRelease::addTo(*workspace);
        if (!seeded.ok())
            seedProblem = tr("The demo release could not be added: %1").arg(seeded.message());
    }

    m_inspector->apply();  // pending edits belong to the workspace being left
    m_document->setWorkspace(workspace.get());
    const Result<void> listed = m_releases->setWorkspace(workspace.get());
    m_workspace = std::move(workspace);

    QSettings().setValue(lastWorkspaceKey(), QFileInfo(m_workspace->path()).absoluteFilePath());
    rememberWorkspace(QFileInfo(m_workspace->path()).absoluteFilePath());
    m_banner->hide();
    if (!listed.ok())
        showError(listed.message());
    else if (!seedProblem.isEmpty())
        m_banner->showMessage(seedProblem, InlineBanner::Kind::Warning);
    else if (m_releases->rowCount() == 0)
        m_banner->showMessage(tr("This workspace has no releases yet. Import a checklist with File \u2192 Import Checklist (Ctrl+I)."),
                              InlineBanner::Kind::Information);
    selectRelease(m_releases->mostRecentlyUpdated());
    updateTitle();
    if (isStartPageShown())
        refreshStartPage();
    return {};
}

void MainWindow::showStartPage()
{
    m_inspector->apply();
    refreshStartPage();
    m_pages->setCurrentWidget(m_startPage);
    m_startPage->releaseTable()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showReleaseView()
{
    m_pages->setCurrentWidget(m_split);
}

bool MainWindow::isStartPageShown() const
{
    return m_pages->currentWidget() == m_startPage;
}

void MainWindow::refreshStartPage()
{
    m_startPage->setRecentWorkspaces(recentWorkspaces());
    if (!m_workspace) {
        m_startPage->setOverview({});
        return;
    }
    m_startPage->setWorkspaceName(m_workspace->path());
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const Result<std::vector<ReleaseOverview>> overview = workspaceOverview(*m_workspace, m_document->today());
    QApplication::restoreOverrideCursor();
    if (!overview.ok()) {
        showError(overview.message());
        return;
    }
    m_startPage->setOverview(*overview);
}

QStringList MainWindow::recentWorkspaces()
{
    QStringList kept;
    const QStringList stored = QSettings().value(QStringLiteral("workspace/recent")).toStringList();
    for (const QString &path : stored) {
        if (QFileInfo::exists(path) && !kept.contains(path))
            kept << path;
    }
    return kept.mid(0, 8);
}

void MainWindow::rememberWorkspace(const QString &path)
{
    QStringList recent = QSettings().value(QStringLiteral("workspace/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(QStringLiteral("workspace/recent"), QStringList(recent.mid(0, 8)));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentWorkspaces();
    int number = 1;
    for (const QString &path : recent) {
        // "&1 work.greenlight", so the keyboard reaches each; an "&" in a file name stays literal.
        QString name = QFileInfo(path).fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(number++).arg(name));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            const Result<void> opened = openWorkspace(path);
            if (!opened.ok())
                showError(opened.message());
        });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
}

void MainWindow::selectRelease(qint64 releaseId)
{
    const QModelIndex index = m_releases->indexOfRelease(releaseId);
    if (index.isValid())
        m_releaseList->setCurrentIndex(index);
    else
        m_releaseList->setCurrentIndex(QModelIndex());
    releaseRowChanged();
}

void MainWindow::releaseRowChanged()
{
    const QModelIndex current = m_releaseList->currentIndex();
    const qint64 releaseId = current.isValid() ? m_releases->releaseIdAt(current.row()) : 0;
    if (releaseId == m_document->releaseId() && (releaseId == 0 || m_document->isLoaded()))
        return;
    m_inspector->apply();
    if (releaseId == 0) {
        m_document->unload();
        return;
    }
    const Result<void> loaded = m_document->load(releaseId);
    if (!loaded.ok())
        showError(loaded.message());
}

namespace {

// A template's title is its first heading; its description the first paragraph under it.
NewReleaseQuestion::Source templateSource(const QString &path)
{
    QFile file(path);
    NewReleaseQuestion::Source source;
    source.key = path;
    source.title = QFileInfo(path).completeBaseName();
    if (!file.open(QIODevice::ReadOnly))
        return source;
    const QStringList lines = QString::fromUtf8(file.read(4096)).split(QLatin1Char('\n'));
    QStringList paragraph;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("# ")) && paragraph.isEmpty()) {
            source.title = line.mid(2).trimmed();
            continue;
        }
        if (line.startsWith(QLatin1Char('#')))
            break;
        if (line.isEmpty()) {
            if (!paragraph.isEmpty())
                break;
            continue;
        }
        paragraph << line;
    }
    source.description = paragraph.join(QLatin1Char(' '));
    return source;
}

} // namespace

void MainWindow::newRelease()
{
    if (!m_workspace)
        return;
    NewReleaseQuestion question;
    const QDir templates(QStringLiteral(":/templates"));
    for (const QString &name : templates.entryList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name))
        question.templates << templateSource(templates.filePath(name));
    const Result<std::vector<ReleaseSummary>> releases = m_workspace->releases();
    if (releases) {
        for (const ReleaseSummary &r : *releases)
            question.releases << NewReleaseQuestion::Source { QString::number(r.id), r.name, QString() };
    }
    const std::optional<NewReleaseAnswer> answer = Prompter::current().newRelease(this, question);
    if (!answer || answer->name.isEmpty())
        return;
    Release release;
    if (answer->copy) {
        Result<Release> source = m_workspace->loadRelease(answer->key.toLongLong());
        if (!source) {
            showError(source.message());
            return;
        }
        release = releaseCopy(*source, answer->name);
    } else {
        QFile file(answer->key);
        if (!file.open(QIODevice::ReadOnly)) {
            showError(tr("The template %1 cannot be read: %2").arg(answer->key, file.errorString()));
            return;
        }
        Result<ImportResult> imported
            = MarkdownImporter::importBytes(file.readAll(), QFileInfo(answer->key).fileName(), answer->name);
        if (!imported) {
            showError(imported.message());
            return;
        }
        release = std::move(imported->release);
    }
    // releaseCreated selects it.
    if (const Result<qint64> created = m_document->createRelease(release); created)
        statusBar()->showMessage(tr("Created \u201c%1\u201d.").arg(answer->name), 8000);
}

void MainWindow::importChecklist()
{
    if (m_importDialog) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return;
    }
    if (!m_workspace) {
        showError(tr("Open a workspace before importing."));
        return;
    }
    auto *dialog = new ImportDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_importDialog = dialog;
    // Reading shows in the status bar like the other long tasks; Cancel closes the import.
    connect(dialog, &ImportDialog::readingStarted, this, [this](const QString &fileName) {
        m_importLabel->setText(tr("Reading %1\u2026").arg(fileName));
        m_importStatus->show();
    });
    connect(dialog, &ImportDialog::readingEnded, m_importStatus, &QWidget::hide);
    connect(dialog, &QObject::destroyed, m_importStatus, &QWidget::hide);
    dialog->open();
    // Straight to the file chooser: the dialog is where the preview lands, not a step of its own.
    if (!dialog->browse())
        dialog->reject();
}

void MainWindow::chooseWorkspace()
{
    const QString start = m_workspace ? QFileInfo(m_workspace->path()).absolutePath() : QString();
    const QString path = Prompter::current().fileName(this, tr("Open Workspace"), start,
                                                      tr("Greenlight workspaces (*.greenlight);;All files (*)"), true);
    if (path.isEmpty())
        return;
    const Result<void> opened = openWorkspace(path);
    if (!opened.ok())
        showError(tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), opened.message()));
}

void MainWindow::showAbout()
{
    Prompter::current().choose(
        this, Prompter::Severity::Information, tr("About Greenlight"),
        tr("Greenlight %1\n\nA release readiness console: checklists, metrics and decision criteria in one "
           "workspace file, with a suggested GO / NO-GO.")
            .arg(QCoreApplication::applicationVersion()),
        {tr("Close")});
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_splitRestored)
        return;
    m_splitRestored = true;
    // Sizes only mean something once the window has its real height; the matrix gets a bit more.
    QTimer::singleShot(0, this, [this] {
        const int matrix = m_split->height() * 11 / 20;
        m_split->setSizes({matrix, m_split->height() - matrix});
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Running commands are cancelled (their trees end, their runs are recorded as cancelled) and
    // the window closes once they have.
    if (!m_runs->stopForQuit()) {
        m_closeAfterRuns = true;
        m_banner->showMessage(tr("Ending the running commands before closing…"), InlineBanner::Kind::Information);
        event->ignore();
        return;
    }
    m_inspector->apply();
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::updateTitle()
{
    if (!m_workspace) {
        setWindowTitle(tr("Greenlight"));
        return;
    }
    setWindowFilePath(m_workspace->path());
    setWindowTitle(tr("%1 \u2013 Greenlight").arg(QFileInfo(m_workspace->path()).fileName()));
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (settings.contains(geometryKey)) {
        restoreGeometry(settings.value(geometryKey).toByteArray());
    } else {
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QSize room = screen->availableSize();
            resize(qMin(1600, room.width() * 9 / 10), qMin(1000, room.height() * 9 / 10));
        }
        resizeDocks({m_releasesDock, m_inspectorDock}, {260, 340}, Qt::Horizontal);
    }
    if (settings.contains(stateKey))
        restoreState(settings.value(stateKey).toByteArray());
    if (settings.contains(splitKey))
        m_splitRestored = m_split->restoreState(settings.value(splitKey).toByteArray());
    if (settings.contains(checklistColumnsKey))
        m_checklist->tree()->header()->restoreState(settings.value(checklistColumnsKey).toByteArray());
    m_checklist->syncColumnChoices();
    if (settings.contains(gateColumnsKey))
        m_matrix->gateTable()->horizontalHeader()->restoreState(settings.value(gateColumnsKey).toByteArray());
    if (settings.contains(startColumnsKey))
        m_startPage->releaseTable()->header()->restoreState(settings.value(startColumnsKey).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitKey, m_split->saveState());
    settings.setValue(checklistColumnsKey, m_checklist->tree()->header()->saveState());
    settings.setValue(gateColumnsKey, m_matrix->gateTable()->horizontalHeader()->saveState());
    settings.setValue(startColumnsKey, m_startPage->releaseTable()->header()->saveState());
}

void MainWindow::showError(const QString &message)
{
    m_banner->showMessage(message, InlineBanner::Kind::Error);
}

} // namespace gl
