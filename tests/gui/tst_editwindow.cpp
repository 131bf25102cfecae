// Shaping a release in the window (issue 6): items added, removed, moved, indented and dragged in
// the checklist; gates added, renamed, moved and removed from the gate table; a status set on a
// whole selection; the find bar filtering by text, owner, status, component and blocker, and
// Find Next crossing gates. Everything by keys and actions found by objectName, every change checked
// in the workspace file and undone with Ctrl+Z.

#include "ChecklistView.h"
#include "EditController.h"
#include "InlineBanner.h"
#include "InspectorPane.h"
#include "MainWindow.h"
#include "ReadinessMatrixView.h"
#include "ReadinessTrendChart.h"
#include "ReleaseShape.h"
#include "ScriptedPrompter.h"
#include "itemmodels/ChecklistTreeModel.h"
#include "itemmodels/GateMatrixModel.h"
#include "itemmodels/ReleaseDocument.h"
#include "store/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSpinBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace gl;

namespace {

Item leaf(const QString &title, const QString &owner = QString(), const QString &component = QString(),
          bool blocker = false, ItemStatus status = ItemStatus::NotStarted)
{
    Item item;
    item.title = title;
    if (!owner.isEmpty())
        item.owners = { owner };
    item.component = component;
    item.blocker = blocker;
    item.status = status;
    return item;
}

Release shapedRelease()
{
    Release r;
    r.name = QStringLiteral("Shape 1.0");
    Gate build;
    build.title = QStringLiteral("Build");
    build.items = { leaf(QStringLiteral("Compile"), QStringLiteral("Dev"), QStringLiteral("core")),
        leaf(QStringLiteral("Unit tests"), QStringLiteral("QA"), QStringLiteral("core"), true),
        leaf(QStringLiteral("Lint"), QStringLiteral("Dev"), QStringLiteral("web"), false, ItemStatus::Passed) };
    Gate deploy;
    deploy.title = QStringLiteral("Deploy");
    deploy.items = { leaf(QStringLiteral("Smoke tests"), QStringLiteral("QA"), QStringLiteral("web"), true),
        leaf(QStringLiteral("Rollback plan"), QStringLiteral("Ops")) };
    r.gates = { build, deploy };
    return r;
}

// What the tree shows, the same way.
QString shownShape(const QAbstractItemModel *model, const QModelIndex &parent = QModelIndex())
{
    QStringList parts;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        const QString title = index.data().toString();
        parts << (model->rowCount(index) ? title + QLatin1Char('(') + shownShape(model, index) + QLatin1Char(')') : title);
    }
    return parts.join(QStringLiteral(", "));
}

const QString start = QStringLiteral("Build: Compile, Unit tests, Lint | Deploy: Smoke tests, Rollback plan");

} // namespace

class TestEditWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addRemoveAndUndoItems();
    void moveAndIndentWithKeys();
    void dragAnItemToAnotherPlace();
    void statusOfTheWholeSelection();
    void findBarFilters();
    void findNextCrossesGates();
    void gatesFromTheGateTable();
    void removalThatLosesEvidenceIsExplained();
    void trendBesideTheGates();
    void probeFieldsInTheInspector();

private:
    MainWindow *openWindow();
    Release stored() const;
    QAction *action(const QString &name) const;
    void selectTitles(const QStringList &titles);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    qint64 m_release = 0;
    ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;
};

void TestEditWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GreenlightTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_editwindow"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    Prompter::setCurrent(&m_prompter);
}

void TestEditWindow::init()
{
    QSettings().clear();
    m_prompter = ScriptedPrompter();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("edit.greenlight"));
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_path);
    QVERIFY(ws.ok());
    Result<qint64> id = (*ws)->createRelease(shapedRelease());
    QVERIFY(id.ok());
    m_release = *id;
    QVERIFY(openWindow());
}

void TestEditWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

MainWindow *TestEditWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    if (!m_window->openWorkspace(m_path, false).ok())
        return nullptr;
    m_window->resize(1400, 900);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    QApplication::setActiveWindow(m_window.get());
    return m_window.get();
}

Release TestEditWindow::stored() const
{
    return Workspace::open(m_path).value()->loadRelease(m_release).value();
}

QAction *TestEditWindow::action(const QString &name) const
{
    return m_window->findChild<QAction *>(name);
}

void TestEditWindow::selectTitles(const QStringList &titles)
{
    QTreeView *tree = m_window->checklistView()->tree();
    tree->clearSelection();
    const QAbstractItemModel *model = tree->model();
    for (const QString &title : titles) {
        const QModelIndexList found = model->match(model->index(0, 0), Qt::DisplayRole, title, 1,
                                                   Qt::MatchExactly | Qt::MatchRecursive);
        QVERIFY2(!found.isEmpty(), qPrintable(title));
        tree->selectionModel()->select(found.first(), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        tree->selectionModel()->setCurrentIndex(found.first(), QItemSelectionModel::NoUpdate);
    }
}

void TestEditWindow::addRemoveAndUndoItems()
{
    QCOMPARE(shape::of(stored()), start);
    QTreeView *tree = m_window->checklistView()->tree();
    selectTitles({ QStringLiteral("Compile") });
    tree->setFocus();
    QTRY_VERIFY(tree->hasFocus());

    // Insert: a new item after the current one, named through the prompt, selected and inspected.
    m_prompter.textAnswer = QStringLiteral("Package");
    QTest::keyClick(tree, Qt::Key_Insert);
    QCOMPARE(m_prompter.textsAsked, 1);
    QCOMPARE(shape::of(stored()), QStringLiteral("Build: Compile, Package, Unit tests, Lint | Deploy: Smoke tests, Rollback plan"));
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Package"));
    QCOMPARE(m_window->inspector()->itemId(), m_window->checklistView()->currentItem());

    // Alt+Insert: a sub-item, which makes Package a group.
    m_prompter.textAnswer = QStringLiteral("Checksums");
    QTest::keyClick(tree, Qt::Key_Insert, Qt::AltModifier);
    QCOMPARE(shownShape(tree->model()), QStringLiteral("Compile, Package(Checksums), Unit tests, Lint"));

    // A cancelled prompt adds nothing.
    m_prompter.textAnswer.reset();
    QTest::keyClick(tree, Qt::Key_Insert);
    QCOMPARE(shownShape(tree->model()), QStringLiteral("Compile, Package(Checksums), Unit tests, Lint"));

    // Delete on two selected items: gone, and one Ctrl+Z brings both back.
    selectTitles({ QStringLiteral("Package"), QStringLiteral("Lint") });
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(shape::of(stored()), QStringLiteral("Build: Compile, Unit tests | Deploy: Smoke tests, Rollback plan"));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(shape::of(stored()), QStringLiteral("Build: Compile, Package(Checksums), Unit tests, Lint | Deploy: Smoke tests, Rollback plan"));
    QCOMPARE(shownShape(tree->model()), QStringLiteral("Compile, Package(Checksums), Unit tests, Lint"));
    // Lint came back as it was: passed.
    const Release back = stored();
    QCOMPARE(back.gates.at(0).items.at(3).status, ItemStatus::Passed);
    // The Edit menu lists the item actions with their keys.
    QCOMPARE(action(QStringLiteral("actionAddItem"))->shortcut(), QKeySequence(Qt::Key_Insert));
    QCOMPARE(action(QStringLiteral("actionRemoveItem"))->shortcut(), QKeySequence(Qt::Key_Delete));
    // Undo all the way: the release as it started.
    while (m_window->document()->undoStack()->canUndo())
        m_window->document()->undoStack()->undo();
    QCOMPARE(shape::of(stored()), start);
}

void TestEditWindow::moveAndIndentWithKeys()
{
    QTreeView *tree = m_window->checklistView()->tree();
    selectTitles({ QStringLiteral("Unit tests") });
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Right, Qt::AltModifier);  // under Compile
    QCOMPARE(shape::of(stored()).section(QStringLiteral(" | "), 0, 0), QStringLiteral("Build: Compile(Unit tests), Lint"));
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Unit tests"));  // it stays selected
    QVERIFY(action(QStringLiteral("actionOutdentItem"))->isEnabled());
    QTest::keyClick(tree, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(shape::of(stored()), start);
    QTest::keyClick(tree, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(shape::of(stored()).section(QStringLiteral(" | "), 0, 0), QStringLiteral("Build: Compile, Lint, Unit tests"));
    QVERIFY(!action(QStringLiteral("actionMoveItemDown"))->isEnabled());  // last of its list
    QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier);
    QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(shape::of(stored()).section(QStringLiteral(" | "), 0, 0), QStringLiteral("Build: Unit tests, Compile, Lint"));
    QVERIFY(!action(QStringLiteral("actionMoveItemUp"))->isEnabled());
    QVERIFY(!action(QStringLiteral("actionIndentItem"))->isEnabled());  // nothing above to go under
    QCOMPARE(m_window->document()->undoStack()->count(), 5);
}

void TestEditWindow::dragAnItemToAnotherPlace()
{
    ChecklistTreeModel *model = m_window->checklistView()->model();
    const QModelIndex lint = model->index(2, 0);
    QCOMPARE(lint.data().toString(), QStringLiteral("Lint"));
    std::unique_ptr<QMimeData> data(model->mimeData({ lint, lint.siblingAtColumn(1) }));
    QCOMPARE(ChecklistTreeModel::itemIdsIn(data.get()).size(), size_t(1));
    // Between Compile and Unit tests.
    QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, 1, 0, QModelIndex()));
    model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, QModelIndex());
    QCOMPARE(shape::of(stored()).section(QStringLiteral(" | "), 0, 0), QStringLiteral("Build: Compile, Lint, Unit tests"));
    // Onto Compile: it becomes Compile's sub-item.
    const QModelIndex unit = model->index(2, 0);
    std::unique_ptr<QMimeData> second(model->mimeData({ unit }));
    model->dropMimeData(second.get(), Qt::MoveAction, -1, -1, model->index(0, 0));
    QCOMPARE(shape::of(stored()).section(QStringLiteral(" | "), 0, 0), QStringLiteral("Build: Compile(Unit tests), Lint"));
    // Not into itself.
    const QModelIndex compile = model->index(0, 0);
    std::unique_ptr<QMimeData> third(model->mimeData({ compile }));
    QVERIFY(!model->canDropMimeData(third.get(), Qt::MoveAction, 0, 0, model->index(0, 0, compile)));
    // Files are not items: the item drop ignores them.
    QMimeData files;
    files.setUrls({ QUrl::fromLocalFile(m_path) });
    QVERIFY(!model->canDropMimeData(&files, Qt::MoveAction, 0, 0, QModelIndex()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(shape::of(stored()), start);

    // Two rows dragged down together keep their order, and are one undo step.
    std::unique_ptr<QMimeData> two(model->mimeData({ model->index(0, 0), model->index(1, 0) }));
    QCOMPARE(ChecklistTreeModel::itemIdsIn(two.get()).size(), size_t(2));
    model->dropMimeData(two.get(), Qt::MoveAction, 3, 0, QModelIndex());
    QCOMPARE(shape::of(stored()).section(QStringLiteral(" | "), 0, 0), QStringLiteral("Build: Lint, Compile, Unit tests"));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(shape::of(stored()), start);
    // ... and up together, before the first row.
    std::unique_ptr<QMimeData> up(model->mimeData({ model->index(1, 0), model->index(2, 0) }));
    model->dropMimeData(up.get(), Qt::MoveAction, 0, 0, QModelIndex());
    QCOMPARE(shape::of(stored()).section(QStringLiteral(" | "), 0, 0), QStringLiteral("Build: Unit tests, Lint, Compile"));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(shape::of(stored()), start);
    // The top level takes drops (between rows), and a drag from another window or workspace, whose
    // ids mean other items, is refused.
    QVERIFY(model->flags(QModelIndex()) & Qt::ItemIsDropEnabled);
    QMimeData foreign;
    foreign.setData(ChecklistTreeModel::itemMimeType(), two->data(ChecklistTreeModel::itemMimeType()));
    foreign.setData(ChecklistTreeModel::sourceMimeType(), QByteArray("1:1:/elsewhere.greenlight"));
    QVERIFY(!model->canDropMimeData(&foreign, Qt::MoveAction, 0, 0, QModelIndex()));
}

void TestEditWindow::statusOfTheWholeSelection()
{
    selectTitles({ QStringLiteral("Compile"), QStringLiteral("Unit tests"), QStringLiteral("Lint") });
    action(QStringLiteral("actionBulkStatus-passed"))->trigger();
    QCOMPARE(m_prompter.reasonsAsked, 0);
    const Release afterBulk = stored();
    for (const Item &item : afterBulk.gates.at(0).items)
        QCOMPARE(item.status, ItemStatus::Passed);
    QCOMPARE(m_window->document()->readiness().leafDone, 3);
    // Failed asks one reason for all of them.
    selectTitles({ QStringLiteral("Compile"), QStringLiteral("Unit tests") });
    m_prompter.reason = StatusReason { QStringLiteral("CI red on main"), QDate() };
    action(QStringLiteral("actionBulkStatus-failed"))->trigger();
    QCOMPARE(m_prompter.reasonsAsked, 1);
    QCOMPARE(stored().gates.at(0).items.at(0).status, ItemStatus::Failed);
    QCOMPARE(stored().gates.at(0).items.at(1).statusReason, QStringLiteral("CI red on main"));
    QCOMPARE(m_window->document()->undoStack()->count(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored().gates.at(0).items.at(0).status, ItemStatus::Passed);
    // Cancelling the reason changes nothing.
    m_prompter.reason.reset();
    action(QStringLiteral("actionBulkStatus-blocked"))->trigger();
    QCOMPARE(stored().gates.at(0).items.at(0).status, ItemStatus::Passed);
    QVERIFY(m_window->checklistView()->tree()->actions().contains(
        qobject_cast<QMenu *>(m_window->editing()->statusMenu())->menuAction()));
}

void TestEditWindow::findBarFilters()
{
    ChecklistView *view = m_window->checklistView();
    QTreeView *tree = view->tree();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(view->findField()->hasFocus());
    QTest::keyClicks(view->findField(), QStringLiteral("TESTS"));
    // Applied after a short pause in typing.
    QTRY_COMPARE(shownShape(tree->model()), QStringLiteral("Unit tests"));
    QCOMPARE(view->matchLabel()->text(), QStringLiteral("1 item matches"));
    QTest::keyClick(view->findField(), Qt::Key_Escape);
    QCOMPARE(view->findField()->text(), QString());
    QCOMPARE(shownShape(tree->model()), QStringLiteral("Compile, Unit tests, Lint"));

    view->ownerField()->setText(QStringLiteral("dev"));
    view->applyFilterNow();
    QCOMPARE(shownShape(tree->model()), QStringLiteral("Compile, Lint"));
    QCOMPARE(view->matchLabel()->text(), QStringLiteral("2 items match"));
    QComboBox *status = view->statusFilterBox();
    status->setCurrentIndex(status->findData(QStringLiteral("open")));
    QCOMPARE(shownShape(tree->model()), QStringLiteral("Compile"));  // Lint passed
    view->clearFilter();
    view->componentField()->setText(QStringLiteral("CORE"));
    view->blockersOnlyBox()->setChecked(true);
    QCOMPARE(shownShape(tree->model()), QStringLiteral("Unit tests"));
    view->blockersOnlyBox()->setChecked(false);
    view->componentField()->setText(QStringLiteral("no such component"));
    view->applyFilterNow();
    QCOMPARE(shownShape(tree->model()), QString());
    QCOMPARE(view->matchLabel()->text(), QStringLiteral("No item matches"));
    QCoreApplication::processEvents();  // the heading lays out the new match count first
    QVERIFY(m_window->grab().save(QStringLiteral("findbar.png")));
    view->clearFilter();
    QCOMPARE(shownShape(tree->model()), QStringLiteral("Compile, Unit tests, Lint"));
    // Every control of the bar has a name a screen reader can say.
    for (QWidget *w : { static_cast<QWidget *>(view->findField()), static_cast<QWidget *>(view->ownerField()),
             static_cast<QWidget *>(status), static_cast<QWidget *>(view->componentField()),
             static_cast<QWidget *>(view->blockersOnlyBox()) })
        QVERIFY(!w->accessibleName().isEmpty());
}

void TestEditWindow::findNextCrossesGates()
{
    ChecklistView *view = m_window->checklistView();
    view->findField()->setText(QStringLiteral("tests"));
    view->applyFilterNow();
    selectTitles({ QStringLiteral("Unit tests") });
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    // The next match is in the Deploy gate: the gate is selected and the item with it.
    QCOMPARE(view->model()->gateId(), m_window->document()->release().gates.at(1).id);
    QCOMPARE(view->tree()->currentIndex().data().toString(), QStringLiteral("Smoke tests"));
    QTest::keyClick(m_window.get(), Qt::Key_F3);  // around, back to the first gate
    QCOMPARE(view->model()->gateId(), m_window->document()->release().gates.at(0).id);
    QCOMPARE(view->tree()->currentIndex().data().toString(), QStringLiteral("Unit tests"));
}

void TestEditWindow::gatesFromTheGateTable()
{
    QTableView *gates = m_window->matrixView()->gateTable();
    gates->setFocus();
    m_prompter.textAnswer = QStringLiteral("Security");
    action(QStringLiteral("actionAddGate"))->trigger();
    QCOMPARE(shape::of(stored()), QStringLiteral("Build: Compile, Unit tests, Lint | Security:  | Deploy: Smoke tests, Rollback plan"));
    // The new gate is selected, so items go into it.
    QCOMPARE(m_window->checklistView()->model()->gateId(), stored().gates.at(1).id);
    m_prompter.textAnswer = QStringLiteral("Dependency audit");
    action(QStringLiteral("actionAddItem"))->trigger();
    QCOMPARE(shape::of(stored().gates.at(1).items), QStringLiteral("Dependency audit"));

    m_prompter.textAnswer = QStringLiteral("Security review");
    QTest::keyClick(gates, Qt::Key_F2);
    QCOMPARE(stored().gates.at(1).title, QStringLiteral("Security review"));
    QTest::keyClick(gates, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(stored().gates.at(2).title, QStringLiteral("Security review"));
    QVERIFY(!action(QStringLiteral("actionMoveGateDown"))->isEnabled());
    action(QStringLiteral("actionGateRequiresPrevious"))->trigger();
    QVERIFY(stored().gates.at(2).requiresPrevious);
    // Its notes, opened with what they say now.
    m_prompter.textAnswer = QStringLiteral("Run after the build, before deploying.");
    action(QStringLiteral("actionGateNotes"))->trigger();
    QCOMPARE(m_prompter.lastInitial, QString());
    QCOMPARE(stored().gates.at(2).notes, QStringLiteral("Run after the build, before deploying."));
    m_prompter.textAnswer.reset();
    action(QStringLiteral("actionGateNotes"))->trigger();
    QCOMPARE(m_prompter.lastInitial, QStringLiteral("Run after the build, before deploying."));
    QTest::keyClick(gates, Qt::Key_Delete);
    QCOMPARE(shape::of(stored()), start);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);  // back, with its item
    QCOMPARE(shape::of(stored()), QStringLiteral("Build: Compile, Unit tests, Lint | Deploy: Smoke tests, Rollback plan | Security review: Dependency audit"));
    QVERIFY(gates->actions().contains(action(QStringLiteral("actionRenameGate"))));

    // Dragged: the last gate's row dropped above the first moves it there.
    GateMatrixModel *model = m_window->matrixView()->gateModel();
    QVERIFY(gates->dragEnabled());
    std::unique_ptr<QMimeData> gate(model->mimeData({ model->index(2, 0) }));
    QVERIFY(model->canDropMimeData(gate.get(), Qt::MoveAction, 0, 0, QModelIndex()));
    model->dropMimeData(gate.get(), Qt::MoveAction, 0, 0, QModelIndex());
    QCOMPARE(stored().gates.at(0).title, QStringLiteral("Security review"));
    // Checklist items dropped onto a gate's row go to the end of that gate.
    ChecklistTreeModel *items = m_window->checklistView()->model();
    m_window->matrixView()->selectGate(stored().gates.at(1).id);  // Build
    std::unique_ptr<QMimeData> lint(items->mimeData({ items->index(2, 0) }));
    QVERIFY(!model->canDropMimeData(lint.get(), Qt::MoveAction, 1, 0, QModelIndex()));  // not between gates
    model->dropMimeData(lint.get(), Qt::MoveAction, -1, -1, model->index(2, 0));  // onto Deploy
    QCOMPARE(shape::of(stored()), QStringLiteral(
        "Security review: Dependency audit | Build: Compile, Unit tests | Deploy: Smoke tests, Rollback plan, Lint"));
}

void TestEditWindow::removalThatLosesEvidenceIsExplained()
{
    const qint64 lint = m_window->document()->release().gates.at(0).items.at(2).id;
    QVERIFY(m_window->workspace()->attachNote(lint, QStringLiteral("checked by hand")).ok());
    QVERIFY(m_window->document()->refreshFromStore().ok());
    selectTitles({ QStringLiteral("Lint") });
    m_window->checklistView()->tree()->setFocus();
    QTest::keyClick(m_window->checklistView()->tree(), Qt::Key_Delete);
    QCOMPARE(shape::of(stored()), start);
    QTRY_VERIFY(m_window->banner()->isVisible());
    QVERIFY2(m_window->banner()->text().contains(QStringLiteral("not applicable")), qPrintable(m_window->banner()->text()));
    QVERIFY(!m_window->document()->undoStack()->canUndo());
    // Nor can it take sub-items.
    QVERIFY(!action(QStringLiteral("actionAddSubItem"))->isEnabled());
}

void TestEditWindow::trendBesideTheGates()
{
    ReadinessTrendChart *trend = m_window->matrixView()->trendChart();
    QVERIFY(trend->isVisible());
    // A fresh release has only its import: nothing to draw yet, and it says so.
    trend->refreshNow();
    QTRY_VERIFY(!trend->isComputing());
    QCOMPARE(trend->points().size(), size_t(2));  // the import, and now
    QVERIFY(!trend->chartView()->isVisible());
    QVERIFY(trend->findChild<QLabel *>(QStringLiteral("readinessTrendEmpty"))->isVisible());
    selectTitles({ QStringLiteral("Compile"), QStringLiteral("Unit tests") });
    action(QStringLiteral("actionBulkStatus-passed"))->trigger();
    // Redrawn by itself a moment after the change, off the window's thread.
    QTRY_COMPARE(trend->points().size(), size_t(4));  // the import, two status rows, now
    QVERIFY(trend->chartView()->isVisible());
    QCOMPARE(trend->points().back().readinessPercent, m_window->document()->readiness().readinessPercent);
    QVERIFY(trend->points().back().readinessPercent > trend->points().front().readinessPercent);
    QCOMPARE(trend->points().back().openBlockers, int(m_window->document()->readiness().blockers.size()));
    QVERIFY(trend->grab().save(QStringLiteral("trend.png")));
}

// The inspector edits an HTTP probe as it edits commands: an address makes one, an empty address
// removes it; the other fields are enabled only with an address.
void TestEditWindow::probeFieldsInTheInspector()
{
    selectTitles({ QStringLiteral("Compile") });
    InspectorPane *inspector = m_window->inspector();
    auto *url = inspector->findChild<QLineEdit *>(QStringLiteral("inspectorProbeUrl"));
    auto *status = inspector->findChild<QSpinBox *>(QStringLiteral("inspectorProbeStatus"));
    auto *method = inspector->findChild<QComboBox *>(QStringLiteral("inspectorProbeMethod"));
    auto *body = inspector->findChild<QLineEdit *>(QStringLiteral("inspectorProbeBody"));
    QVERIFY(url && status && method && body);
    QVERIFY(!status->isEnabled());
    QTest::keyClicks(url, QStringLiteral("https://staging.example.com/health"));
    QVERIFY(status->isEnabled());
    status->setValue(204);
    method->setCurrentIndex(method->findText(QStringLiteral("HEAD")));
    QTest::keyClicks(body, QStringLiteral("ok"));
    QVERIFY(inspector->apply());
    const Item stored1 = stored().gates.at(0).items.at(0);
    QVERIFY(stored1.probe.has_value());
    QCOMPARE(stored1.probe->url, QStringLiteral("https://staging.example.com/health"));
    QCOMPARE(stored1.probe->method, QStringLiteral("HEAD"));
    QCOMPARE(stored1.probe->expectedStatus, 204);
    QCOMPARE(stored1.probe->bodyContains, QStringLiteral("ok"));
    QVERIFY(stored1.isRunnable());
    // Undo takes it away again; an emptied address removes it.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!stored().gates.at(0).items.at(0).probe.has_value());
    QCOMPARE(url->text(), QString());
}

QTEST_MAIN(TestEditWindow)
#include "tst_editwindow.moc"
