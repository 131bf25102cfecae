// The real window, offscreen: first start on a fresh workspace, a seed imported through File >
// Import with its preview, the matrix read back, statuses changed through the tree's editor and the
// inspector, undo and redo from the keyboard, refusals shown inline, layout and workspace remembered.

#include "ChecklistView.h"
#include "DecisionBanner.h"
#include "ImportDialog.h"
#include "InlineBanner.h"
#include "InspectorPane.h"
#include "MainWindow.h"
#include "ReadinessMatrixView.h"
#include "NewReleaseDialog.h"
#include "ScriptedPrompter.h"
#include "StartWorkspace.h"
#include "itemmodels/ChecklistTreeModel.h"
#include "itemmodels/CriteriaModel.h"
#include "itemmodels/GateMatrixModel.h"
#include "itemmodels/MetricTableModel.h"
#include "itemmodels/ReleaseDocument.h"
#include "itemmodels/ReleaseListModel.h"
#include "store/Workspace.h"

#include <QAccessible>
#include <QAction>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace gl;

namespace {
const QString deploymentSeed = QStringLiteral(GREENLIGHT_TEST_DATA "/staging-deployment-checklist.md");

QModelIndex firstLeaf(const QAbstractItemModel *model, const QModelIndex &parent = QModelIndex())
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (model->rowCount(index) == 0)
            return index;
        const QModelIndex leaf = firstLeaf(model, index);
        if (leaf.isValid())
            return leaf;
    }
    return QModelIndex();
}

QTreeWidgetItem *topLevelStartingWith(QTreeWidget *tree, const QString &prefix)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(prefix))
            return tree->topLevelItem(i);
    }
    return nullptr;
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartShowsTheDemoRelease();
    void importSeedThroughTheDialogAndWorkIt();
    void reasonIsAskedForFailed();
    void inspectorEditUndoRedo();
    void inspectorAppliesWhenFocusLeaves();
    void refusedImportIsShownInTheDialog();
    void refusedWorkspaceIsShownInline();
    void layoutAndWorkspacePersist();
    void startPath();
    void refusedStartOffersAnotherFile();
    void everythingHasAShortcut();
    void everyControlHasAnAccessibleName();
    void newReleaseFromTemplateOrCopy();
    void newReleaseDialogSuggestsNames();

private:
    MainWindow *openWindow(bool seedDemo);
    void importThroughDialog(MainWindow &window, const QString &path);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GreenlightTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    Prompter::setCurrent(&m_prompter);
    QVERIFY2(QFile::exists(deploymentSeed), "tests/data must hold the seeds");
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_prompter = ScriptedPrompter();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

MainWindow *TestMainWindow::openWindow(bool seedDemo)
{
    m_window = std::make_unique<MainWindow>();
    const Result<void> opened = m_window->openWorkspace(m_dir->filePath(QStringLiteral("work.greenlight")), seedDemo);
    if (!opened.ok()) {
        qWarning("%s", qPrintable(opened.message()));
        return nullptr;
    }
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
    return m_window.get();
}

void TestMainWindow::importThroughDialog(MainWindow &window, const QString &path)
{
    m_prompter.files = {path};
    auto *action = window.findChild<QAction *>(QStringLiteral("actionImport"));
    QVERIFY(action);
    action->trigger();
    QCOMPARE(m_prompter.filesAsked, 1);
    ImportDialog *dialog = window.importDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // Reading on a worker thread: the status bar says which file, until it is read.
    QVERIFY(dialog->isParsing());  // its end arrives through the event loop
    QVERIFY(window.importStatus()->isVisible());
    QVERIFY(window.importStatus()->findChild<QLabel *>()->text().contains(QFileInfo(path).fileName()));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("importButton")));
    QTRY_VERIFY(!dialog->isParsing());
}

void TestMainWindow::firstStartShowsTheDemoRelease()
{
    MainWindow *w = openWindow(true);
    QVERIFY(w);
    QVERIFY(w->workspace()->wasCreated());
    QCOMPARE(w->releaseModel()->rowCount(), 1);
    QVERIFY(w->document()->isLoaded());
    QVERIFY(w->document()->release().name.contains(QStringLiteral("Harbor Web")));
    QVERIFY(w->releaseList()->currentIndex().isValid());
    QVERIFY(w->matrixView()->gateModel()->rowCount() >= 4);
    QVERIFY(w->matrixView()->metricModel()->rowCount() >= 5);
    // the first gate is selected and its items fill the checklist
    QCOMPARE(w->checklistView()->model()->gateId(), w->matrixView()->gateModel()->gateIdAt(0));
    QVERIFY(w->checklistView()->model()->rowCount() > 0);
    QVERIFY(!w->matrixView()->banner()->decisionText().isEmpty());
    QVERIFY(w->windowTitle().contains(QStringLiteral("work.greenlight")));
    QVERIFY(!w->banner()->isVisible());

    // a second start on the same file does not add the demo again
    m_window.reset();
    w = openWindow(true);
    QVERIFY(w);
    QCOMPARE(w->releaseModel()->rowCount(), 1);
}

void TestMainWindow::importSeedThroughTheDialogAndWorkIt()
{
    MainWindow *w = openWindow(false);
    QVERIFY(w);
    QCOMPARE(w->releaseModel()->rowCount(), 0);
    QVERIFY(w->banner()->isVisible());   // says how to start: import a checklist
    QVERIFY(w->banner()->text().contains(QStringLiteral("Import")));

    importThroughDialog(*w, deploymentSeed);
    ImportDialog *dialog = w->importDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());

    // the preview shows what will be written, before anything is
    QCOMPARE(Workspace::open(w->workspace()->path()).value()->releases().value().size(), size_t(0));
    QTreeWidget *preview = dialog->findChild<QTreeWidget *>(QStringLiteral("importPreview"));
    QVERIFY(preview);
    QTreeWidgetItem *gates = topLevelStartingWith(preview, QStringLiteral("Gates"));
    QVERIFY(gates);
    QVERIFY(gates->childCount() >= 6);
    QVERIFY(gates->child(0)->text(0).startsWith(QStringLiteral("GATE 1: CRITICAL FUNCTIONALITY")));
    QCOMPARE(gates->child(0)->text(1), QStringLiteral("12 items in 3 groups"));   // as the matrix counts
    QTreeWidgetItem *metrics = topLevelStartingWith(preview, QStringLiteral("Metrics"));
    QVERIFY(metrics);
    QCOMPARE(metrics->childCount(), 7);
    QCOMPARE(metrics->child(0)->text(0), QStringLiteral("Test Coverage"));
    QTreeWidgetItem *criteria = topLevelStartingWith(preview, QStringLiteral("Decision criteria"));
    QVERIFY(criteria);
    QCOMPARE(criteria->text(1), QStringLiteral("6 GO, 6 NO-GO"));
    auto *warnings = dialog->findChild<QListWidget *>(QStringLiteral("importWarnings"));
    QVERIFY(warnings);
    QVERIFY(warnings->count() >= 1);   // GATE 2: a parent checked while a child is not
    bool lineNumbered = false;
    for (int i = 0; i < warnings->count(); ++i)
        lineNumbered = lineNumbered || (warnings->item(i)->text().startsWith(QStringLiteral("Line "))
                                        && warnings->item(i)->data(Qt::UserRole).toInt() > 0);
    QVERIFY(lineNumbered);

    // While the file was read the status bar said so (with Cancel); it is gone once read.
    QVERIFY(!w->importStatus()->isVisible());
    QVERIFY(w->importStatus()->findChild<QToolButton *>(QStringLiteral("importStatusCancel")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    QTRY_VERIFY(!w->importDialog());

    // the new release is selected and the matrix shows its figures
    QCOMPARE(w->releaseModel()->rowCount(), 1);
    QVERIFY(w->document()->isLoaded());
    GateMatrixModel *gateModel = w->matrixView()->gateModel();
    QVERIFY(gateModel->index(0, GateMatrixModel::TitleColumn).data().toString().startsWith(QStringLiteral("GATE 1")));
    QCOMPARE(gateModel->index(0, GateMatrixModel::PassedColumn).data(GateMatrixModel::CountRole).toInt(), 0);
    QCOMPARE(gateModel->index(0, GateMatrixModel::PassedColumn).data(GateMatrixModel::TotalRole).toInt(), 12);
    QCOMPARE(gateModel->index(0, GateMatrixModel::PassedColumn).data().toString(), QStringLiteral("0 / 12"));
    QCOMPARE(gateModel->index(1, GateMatrixModel::PassedColumn).data().toString(), QStringLiteral("11 / 12"));
    QCOMPARE(w->matrixView()->banner()->decisionText(), decisionLabel(Decision::NoGo));
    auto *decisionLabelWidget = w->findChild<QLabel *>(QStringLiteral("decisionLabel"));
    QVERIFY(decisionLabelWidget && decisionLabelWidget->isVisible());
    QCOMPARE(w->matrixView()->metricModel()->rowCount(), 7);
    QCOMPARE(w->matrixView()->metricTable()->model()->rowCount(), 7);
    QCOMPARE(w->matrixView()->criteriaModel()->rowCount(), 12);

    // change the first item of GATE 1 to Passed through the tree's editor, by keyboard
    QTreeView *tree = w->findChild<QTreeView *>(QStringLiteral("checklistTree"));
    QVERIFY(tree);
    QCOMPARE(tree->model()->rowCount(), 3);
    const QModelIndex leaf = firstLeaf(tree->model());
    QVERIFY(leaf.isValid());
    const QModelIndex status = leaf.siblingAtColumn(ChecklistTreeModel::StatusColumn);
    tree->setFocus();
    tree->setCurrentIndex(status);
    QTest::keyClick(tree, Qt::Key_F2);
    auto *editor = tree->viewport()->findChild<QComboBox *>(QStringLiteral("statusEditor"));
    QVERIFY(editor);
    QCOMPARE(editor->currentData().toString(), QStringLiteral("not-started"));
    QCOMPARE(editor->count(), 8);
    QTest::keyClick(editor, Qt::Key_Down);   // opens the list; nothing is committed yet
    QAbstractItemView *list = editor->view();
    QTRY_VERIFY(list->isVisible());
    QCOMPARE(status.data(Qt::EditRole).toString(), QStringLiteral("not-started"));
    QTest::keyClick(list, Qt::Key_Down);     // In progress
    QTest::keyClick(list, Qt::Key_Down);     // Passed
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(status.data(Qt::EditRole).toString(), QStringLiteral("passed"));
    QCOMPARE(m_prompter.reasonsAsked, 0);   // Passed needs no reason

    // the matrix follows
    QCOMPARE(gateModel->index(0, GateMatrixModel::PassedColumn).data().toString(), QStringLiteral("1 / 12"));
    const qint64 itemId = w->checklistView()->model()->itemIdAt(leaf);
    QCOMPARE(findItem(Workspace::open(w->workspace()->path()).value()->loadRelease(w->document()->releaseId()).value(),
                      itemId)->status,
             ItemStatus::Passed);

    // Ctrl+Z restores it, Ctrl+Shift+Z does it again (the offscreen platform does not hand activation
    // back from a closed popup by itself)
    QTRY_VERIFY(!QApplication::activePopupWidget());
    QApplication::setActiveWindow(w);
    QTRY_COMPARE(QApplication::activeWindow(), w);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(gateModel->index(0, GateMatrixModel::PassedColumn).data().toString(), QStringLiteral("0 / 12"));
    QCOMPARE(status.data(Qt::EditRole).toString(), QStringLiteral("not-started"));
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(gateModel->index(0, GateMatrixModel::PassedColumn).data().toString(), QStringLiteral("1 / 12"));
    QVERIFY(!w->banner()->isVisible() || w->banner()->kind() != InlineBanner::Kind::Error);
}

void TestMainWindow::reasonIsAskedForFailed()
{
    MainWindow *w = openWindow(true);
    QVERIFY(w);
    QTreeView *tree = w->checklistView()->tree();
    const QModelIndex leaf = firstLeaf(tree->model());
    const QModelIndex status = leaf.siblingAtColumn(ChecklistTreeModel::StatusColumn);
    const QString before = status.data(Qt::EditRole).toString();
    const int failedBefore = w->matrixView()->gateModel()->index(0, GateMatrixModel::FailedColumn).data().toInt();

    // cancelled: nothing changes
    m_prompter.reason.reset();
    tree->setCurrentIndex(status);
    tree->edit(status);
    auto *editor = tree->viewport()->findChild<QComboBox *>(QStringLiteral("statusEditor"));
    QVERIFY(editor);
    editor->setCurrentIndex(editor->findData(QStringLiteral("failed")));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_prompter.reasonsAsked, 1);
    QCOMPARE(m_prompter.lastStatus, ItemStatus::Failed);
    QCOMPARE(status.data(Qt::EditRole).toString(), before);

    // answered: failed with the reason, counted in the matrix
    m_prompter.reason = StatusReason{QStringLiteral("lint found 3 errors"), QDate()};
    tree->edit(status);
    editor = tree->viewport()->findChild<QComboBox *>(QStringLiteral("statusEditor"));
    QVERIFY(editor);
    editor->setCurrentIndex(editor->findData(QStringLiteral("failed")));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(status.data(Qt::EditRole).toString(), QStringLiteral("failed"));
    QCOMPARE(m_prompter.reasonsAsked, 2);
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), QStringLiteral("lint found 3 errors"));
    QCOMPARE(status.data().toString(), statusLabel(ItemStatus::Failed));
    QCOMPARE(w->matrixView()->gateModel()->index(0, GateMatrixModel::FailedColumn).data().toInt(), failedBefore + 1);

    // a waiver carries its expiry
    const QDate expiry = QDate::currentDate().addDays(20);
    m_prompter.reason = StatusReason{QStringLiteral("accepted for this release"), expiry};
    tree->edit(status);
    editor = tree->viewport()->findChild<QComboBox *>(QStringLiteral("statusEditor"));
    QVERIFY(editor);
    editor->setCurrentIndex(editor->findData(QStringLiteral("waived")));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(status.data(Qt::EditRole).toString(), QStringLiteral("waived"));
    QCOMPARE(w->document()->item(w->checklistView()->model()->itemIdAt(leaf))->waiverExpiry, expiry);

    // a refusal from the workspace shows in the window's banner, not in a box
    const QModelIndex other = firstLeaf(tree->model()).siblingAtRow(2);
    QVERIFY(other.isValid());
    QVERIFY(other.siblingAtColumn(ChecklistTreeModel::StatusColumn).data(Qt::EditRole).toString() != QStringLiteral("waived"));
    QVERIFY(!w->checklistView()->model()->setData(other.siblingAtColumn(ChecklistTreeModel::StatusColumn),
                                                  QStringLiteral("waived")));
    QVERIFY(w->banner()->isVisible());
    QCOMPARE(w->banner()->kind(), InlineBanner::Kind::Error);
    QVERIFY2(w->banner()->text().contains(other.data().toString()), qPrintable(w->banner()->text()));
    QCOMPARE(m_prompter.choicesAsked, 0);
}

void TestMainWindow::inspectorEditUndoRedo()
{
    MainWindow *w = openWindow(true);
    QVERIFY(w);
    QTreeView *tree = w->checklistView()->tree();
    const QModelIndex leaf = firstLeaf(tree->model());
    tree->setFocus();
    tree->setCurrentIndex(leaf);
    const qint64 itemId = w->checklistView()->model()->itemIdAt(leaf);
    QCOMPARE(w->inspector()->itemId(), itemId);
    const QString original = w->document()->item(itemId)->title;

    auto *title = w->inspector()->findChild<QLineEdit *>(QStringLiteral("inspectorTitle"));
    auto *ci = w->inspector()->findChild<QLineEdit *>(QStringLiteral("inspectorCiJob"));
    auto *apply = w->inspector()->findChild<QPushButton *>(QStringLiteral("inspectorApply"));
    QVERIFY(title && ci && apply);
    QCOMPARE(title->text(), original);
    QVERIFY(!apply->isEnabled());
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Lint, format and type check"));
    ci->setFocus();
    ci->selectAll();
    QTest::keyClicks(ci, QStringLiteral("quality"));
    QVERIFY(w->inspector()->isDirty());
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(!w->inspector()->isDirty());
    QCOMPARE(w->document()->item(itemId)->title, QStringLiteral("Lint, format and type check"));
    QCOMPARE(w->document()->item(itemId)->ciJob, QStringLiteral("quality"));
    QCOMPARE(leaf.data().toString(), QStringLiteral("Lint, format and type check"));   // the tree follows
    QCOMPARE(w->document()->undoStack()->count(), 1);  // both fields: one step

    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w->document()->item(itemId)->title, original);
    QCOMPARE(title->text(), original);   // the inspector shows the undone value
    QCOMPARE(leaf.data().toString(), original);
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(title->text(), QStringLiteral("Lint, format and type check"));
    QCOMPARE(ci->text(), QStringLiteral("quality"));
    const Release stored = Workspace::open(w->workspace()->path()).value()->loadRelease(w->document()->releaseId()).value();
    QCOMPARE(findItem(stored, itemId)->title, QStringLiteral("Lint, format and type check"));
}

void TestMainWindow::inspectorAppliesWhenFocusLeaves()
{
    MainWindow *w = openWindow(true);
    QVERIFY(w);
    QTreeView *tree = w->checklistView()->tree();
    const QModelIndex leaf = firstLeaf(tree->model());
    tree->setCurrentIndex(leaf);
    const qint64 itemId = w->checklistView()->model()->itemIdAt(leaf);
    auto *owners = w->inspector()->findChild<QLineEdit *>(QStringLiteral("inspectorOwners"));
    QVERIFY(owners);
    owners->setFocus();
    QTRY_VERIFY(owners->hasFocus());
    owners->selectAll();
    QTest::keyClicks(owners, QStringLiteral("Release team, QA"));
    QVERIFY(w->inspector()->isDirty());
    tree->setFocus();
    QTRY_VERIFY(!w->inspector()->isDirty());
    QCOMPARE(w->document()->item(itemId)->owners, QStringList({QStringLiteral("Release team"), QStringLiteral("QA")}));
    QCOMPARE(leaf.siblingAtColumn(ChecklistTreeModel::OwnersColumn).data().toString(), QStringLiteral("Release team, QA"));

    // a waiver without a reason is not written; the pane says why
    auto *status = w->inspector()->findChild<QComboBox *>(QStringLiteral("inspectorStatus"));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(QStringLiteral("waived")));
    QVERIFY(!w->inspector()->apply());
    QCOMPARE(w->document()->item(itemId)->status == ItemStatus::Waived, false);
    QVERIFY(w->inspector()->findChild<QLabel *>(QStringLiteral("inspectorHint"))->text().contains(QStringLiteral("reason")));
    w->inspector()->revert();
    QVERIFY(!w->inspector()->isDirty());
}

void TestMainWindow::refusedImportIsShownInTheDialog()
{
    MainWindow *w = openWindow(true);
    QVERIFY(w);
    QFile binary(m_dir->filePath(QStringLiteral("picture.md")));
    QVERIFY(binary.open(QIODevice::WriteOnly));
    binary.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    binary.close();

    importThroughDialog(*w, binary.fileName());
    ImportDialog *dialog = w->importDialog();
    QVERIFY(dialog);
    auto *banner = dialog->findChild<InlineBanner *>(QStringLiteral("importBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("picture.md")));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    dialog->reject();
    QTRY_VERIFY(!w->importDialog());
    QCOMPARE(w->releaseModel()->rowCount(), 1);   // nothing written

    // cancelling the file chooser closes the dialog again
    m_prompter.files.clear();
    w->findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
    QTRY_VERIFY(!w->importDialog());
}

void TestMainWindow::refusedWorkspaceIsShownInline()
{
    MainWindow *w = openWindow(true);
    QVERIFY(w);
    const QString path = w->workspace()->path();
    QFile text(m_dir->filePath(QStringLiteral("notes.greenlight")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("this is not a database, only some text that is long enough to look like a file\n");
    text.close();
    m_prompter.files = {text.fileName()};
    w->findChild<QAction *>(QStringLiteral("actionOpenWorkspace"))->trigger();
    QVERIFY(w->banner()->isVisible());
    QCOMPARE(w->banner()->kind(), InlineBanner::Kind::Error);
    QVERIFY(w->banner()->text().contains(QStringLiteral("notes.greenlight")));
    QCOMPARE(w->workspace()->path(), path);   // still on the old one
    QVERIFY(w->document()->isLoaded());
    QCOMPARE(m_prompter.choicesAsked, 0);     // no modal box
}

void TestMainWindow::layoutAndWorkspacePersist()
{
    MainWindow *w = openWindow(true);
    QVERIFY(w);
    w->resize(1234, 777);
    auto *inspectorDock = w->findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    QVERIFY(inspectorDock);
    inspectorDock->hide();
    // Column choices: the Commands column hidden from the header's menu, the Owners column wider.
    QHeaderView *header = w->checklistView()->tree()->header();
    auto *commands = header->findChild<QAction *>(QStringLiteral("actionShowColumn%1").arg(ChecklistTreeModel::CommandsColumn));
    QVERIFY(commands);
    QVERIFY(header->actions().contains(commands));
    commands->trigger();
    QVERIFY(w->checklistView()->tree()->isColumnHidden(ChecklistTreeModel::CommandsColumn));
    header->resizeSection(ChecklistTreeModel::OwnersColumn, 211);
    w->close();
    const QString path = w->workspace()->path();
    QCOMPARE(QSettings().value(MainWindow::lastWorkspaceKey()).toString(), path);
    m_window.reset();

    MainWindow again;
    QCOMPARE(again.size(), QSize(1234, 777));
    QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->isHidden());
    QHeaderView *restored = again.checklistView()->tree()->header();
    QVERIFY(again.checklistView()->tree()->isColumnHidden(ChecklistTreeModel::CommandsColumn));
    QCOMPARE(restored->sectionSize(ChecklistTreeModel::OwnersColumn), 211);
    // ...and its menu says so.
    QVERIFY(!restored->findChild<QAction *>(QStringLiteral("actionShowColumn%1").arg(ChecklistTreeModel::CommandsColumn))->isChecked());
}

void TestMainWindow::startPath()
{
    const QString given = m_dir->filePath(QStringLiteral("given.greenlight"));
    QCOMPARE(StartWorkspace::path({QStringLiteral("greenlight"), QStringLiteral("--db"), given}), given);
    QCOMPARE(StartWorkspace::path({QStringLiteral("greenlight"), QStringLiteral("--db=") + given}), given);
    // without --db: the last workspace while it exists, else the default place
    QCOMPARE(StartWorkspace::path({QStringLiteral("greenlight")}), Workspace::defaultPath());
    QVERIFY(Workspace::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    MainWindow *w = openWindow(true);
    QVERIFY(w);
    QCOMPARE(StartWorkspace::path({QStringLiteral("greenlight")}), w->workspace()->path());
    QSettings().setValue(MainWindow::lastWorkspaceKey(), m_dir->filePath(QStringLiteral("gone.greenlight")));
    QCOMPARE(StartWorkspace::path({QStringLiteral("greenlight")}), Workspace::defaultPath());
}

void TestMainWindow::refusedStartOffersAnotherFile()
{
    QFile foreign(m_dir->filePath(QStringLiteral("broken.greenlight")));
    QVERIFY(foreign.open(QIODevice::WriteOnly));
    foreign.write(QByteArray(4096, 'x'));
    foreign.close();
    const QByteArray before = QByteArray(4096, 'x');

    // Quit
    m_prompter.choices = {1};
    MainWindow quitting;
    QVERIFY(!StartWorkspace::open(quitting, foreign.fileName()));
    QCOMPARE(m_prompter.choicesAsked, 1);
    QVERIFY(m_prompter.lastText.contains(QStringLiteral("broken.greenlight")));
    QVERIFY(!quitting.workspace());

    // Open another: the chosen file opens (a new one, so it gets the demo release)
    m_prompter.choices = {0};
    m_prompter.files = {m_dir->filePath(QStringLiteral("fresh.greenlight"))};
    MainWindow window;
    QVERIFY(StartWorkspace::open(window, foreign.fileName()));
    QCOMPARE(m_prompter.choicesAsked, 2);
    QVERIFY(window.workspace());
    QCOMPARE(QFileInfo(window.workspace()->path()).fileName(), QStringLiteral("fresh.greenlight"));
    QCOMPARE(window.releaseModel()->rowCount(), 1);
    QVERIFY(foreign.open(QIODevice::ReadOnly));
    QCOMPARE(foreign.readAll(), before);   // the refused file was not touched
}

void TestMainWindow::everythingHasAShortcut()
{
    MainWindow *w = openWindow(true);
    QVERIFY(w);
    const QList<std::pair<QString, QKeySequence>> expected = {
        {QStringLiteral("actionNewRelease"), QKeySequence(Qt::CTRL | Qt::Key_N)},
        {QStringLiteral("actionImport"), QKeySequence(Qt::CTRL | Qt::Key_I)},
        {QStringLiteral("actionOpenWorkspace"), QKeySequence(Qt::CTRL | Qt::Key_O)},
        {QStringLiteral("actionQuit"), QKeySequence(Qt::CTRL | Qt::Key_Q)},
        {QStringLiteral("actionUndo"), QKeySequence(Qt::CTRL | Qt::Key_Z)},
        {QStringLiteral("actionRedo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)},
    };
    for (const auto &[name, keys] : expected) {
        auto *action = w->findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QCOMPARE(action->shortcut(), keys);
    }
    w->findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    QCOMPARE(m_prompter.choicesAsked, 1);
    QVERIFY(m_prompter.lastText.contains(QStringLiteral("Greenlight")));
    // the panes are reachable from the keyboard
    QTest::keyClick(w, Qt::Key_4, Qt::ControlModifier);
    QTRY_VERIFY(w->checklistView()->tree()->hasFocus());
    QTest::keyClick(w, Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(w->matrixView()->gateTable()->hasFocus());
    QTest::keyClick(w->matrixView()->gateTable(), Qt::Key_Tab);
    QTRY_VERIFY(w->matrixView()->metricTable()->hasFocus());
    // the controls tests and screen readers rely on have names
    for (QWidget *widget : {static_cast<QWidget *>(w->releaseList()), static_cast<QWidget *>(w->checklistView()->tree()),
                            static_cast<QWidget *>(w->matrixView()->gateTable())})
        QVERIFY(!widget->accessibleName().isEmpty());
}

// What a screen reader says for each control a person can reach with Tab (the name comes from the
// control's text, its buddy label or its accessible name): never nothing. The release view, the docks
// and the start page.
void TestMainWindow::everyControlHasAnAccessibleName()
{
    MainWindow *w = openWindow(true);
    QVERIFY(w);
    w->checklistView()->tree()->setCurrentIndex(w->checklistView()->tree()->model()->index(0, 0));
    const auto unnamed = [w] {
        QStringList missing;
        const QList<QWidget *> widgets = w->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) || !widget->isEnabled())
                continue;
            // Parts of a composite control (a combo box's line edit, a scroll area's viewport) speak for it.
            if (widget->focusProxy() || qobject_cast<QAbstractItemView *>(widget->parentWidget()))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                missing << QStringLiteral("%1 (%2)").arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
        }
        return missing;
    };
    QStringList missing = unnamed();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    w->showStartPage();
    missing = unnamed();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

// File > New Release (issue 6): the gallery offers the bundled templates (named by their first
// heading) and every release to copy; a template becomes a release with its gates; a copy keeps the
// structure and the required sign-offs, with every status back to Not started and no evidence.
void TestMainWindow::newReleaseFromTemplateOrCopy()
{
    MainWindow *w = openWindow(true);
    QVERIFY(w);
    const qint64 demo = w->document()->releaseId();
    // Work the demo a little, and require a sign-off, so the copy has something to reset and keep.
    const qint64 unitTests = w->document()->release().gates.at(0).items.at(2).id;
    QVERIFY(w->document()->setItemStatus(unitTests, ItemStatus::Passed, QString()).ok());
    QVERIFY(w->workspace()->setSignOffRequirement(demo, QStringLiteral("QA"), 1).ok());

    m_prompter.newReleaseAnswer = std::nullopt;
    w->findChild<QAction *>(QStringLiteral("actionNewRelease"))->trigger();
    QStringList titles;
    for (const NewReleaseQuestion::Source &s : m_prompter.lastNewReleaseQuestion.templates)
        titles << s.title;
    QVERIFY2(titles.contains(QStringLiteral("Production launch")) && titles.contains(QStringLiteral("Hotfix"))
            && titles.contains(QStringLiteral("Demo: Harbor Web 2.4 staging release")),
        qPrintable(titles.join(u'|')));
    for (const NewReleaseQuestion::Source &s : m_prompter.lastNewReleaseQuestion.templates)
        QVERIFY2(!s.description.isEmpty(), qPrintable(s.title));
    QCOMPARE(m_prompter.lastNewReleaseQuestion.releases.size(), 1);
    QCOMPARE(w->releaseModel()->rowCount(), 1); // cancelled: nothing made

    QString launch;
    for (const NewReleaseQuestion::Source &s : m_prompter.lastNewReleaseQuestion.templates) {
        if (s.title == QLatin1String("Production launch"))
            launch = s.key;
    }
    m_prompter.newReleaseAnswer = NewReleaseAnswer { false, launch, QStringLiteral("Shop 3.0 launch") };
    w->findChild<QAction *>(QStringLiteral("actionNewRelease"))->trigger();
    QCOMPARE(w->releaseModel()->rowCount(), 2);
    QCOMPARE(w->document()->release().name, QStringLiteral("Shop 3.0 launch"));
    QCOMPARE(int(w->document()->release().gates.size()), 4);
    QCOMPARE(w->document()->release().gates.at(0).title, QStringLiteral("Gate 1: Release candidate"));

    m_prompter.newReleaseAnswer = NewReleaseAnswer { true, QString::number(demo), QStringLiteral("Harbor Web 2.5") };
    w->findChild<QAction *>(QStringLiteral("actionNewRelease"))->trigger();
    QCOMPARE(w->releaseModel()->rowCount(), 3);
    const Release &copy = w->document()->release();
    QCOMPARE(copy.name, QStringLiteral("Harbor Web 2.5"));
    QVERIFY(copy.id != demo);
    const Result<Release> original = w->workspace()->loadRelease(demo);
    QVERIFY(original.ok());
    QCOMPARE(copy.gates.size(), original->gates.size());
    int leaves = 0;
    for (size_t g = 0; g < copy.gates.size(); ++g) {
        QCOMPARE(copy.gates[g].title, original->gates[g].title);
        forEachLeaf(copy.gates[g].items, [&](const Item &item) {
            ++leaves;
            QCOMPARE(item.status, ItemStatus::NotStarted);
            QVERIFY(item.evidenceList.empty());
        });
    }
    QCOMPARE(leaves, leafCount(*original));
    QCOMPARE(copy.metrics.size(), original->metrics.size());
    for (const Metric &m : copy.metrics)
        QVERIFY(!m.current.has_value());
    QCOMPARE(copy.requiredSignOffs.size(), size_t(1));
    QCOMPARE(copy.requiredSignOffs.front().role, QStringLiteral("QA"));
    QVERIFY(copy.signOffs.empty());
    QVERIFY(copy.decisions.empty());
    QVERIFY(copy.uid != original->uid);
    // The original is untouched.
    QCOMPARE(findItem(*original, unitTests)->status, ItemStatus::Passed);
}

void TestMainWindow::newReleaseDialogSuggestsNames()
{
    NewReleaseQuestion q;
    q.templates = { { QStringLiteral(":/templates/hotfix.md"), QStringLiteral("Hotfix"), QStringLiteral("An urgent fix.") } };
    q.releases = { { QStringLiteral("7"), QStringLiteral("Shop 2.9"), QString() } };
    NewReleaseDialog dialog(q);
    auto *sources = dialog.findChild<QListWidget *>(QStringLiteral("newReleaseSources"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("newReleaseName"));
    auto *create = dialog.findChild<QPushButton *>(QStringLiteral("newReleaseCreate"));
    QCOMPARE(name->text(), QStringLiteral("Hotfix")); // the first template, preselected
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("newReleaseDescription"))->text().contains(QStringLiteral("urgent")));
    QVERIFY(create->isEnabled());
    sources->setCurrentRow(sources->count() - 1);
    QCOMPARE(name->text(), QStringLiteral("Shop 2.9 (copy)"));
    NewReleaseAnswer a = dialog.value();
    QVERIFY(a.copy);
    QCOMPARE(a.key, QStringLiteral("7"));
    name->setText(QStringLiteral("Shop 3.0"));
    sources->setCurrentRow(1); // back to the template: a typed name stays
    QCOMPARE(name->text(), QStringLiteral("Shop 3.0"));
    QVERIFY(dialog.grab().save(QStringLiteral("newreleasedialog.png")));
    name->clear();
    QVERIFY(!create->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
