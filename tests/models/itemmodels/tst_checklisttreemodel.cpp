// ChecklistTreeModel: the selected gate's items as a tree, groups rolled up and read-only,
// status and owners edited in place through undoable document edits.

#include "DocumentFixture.h"
#include "itemmodels/ChecklistTreeModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QVariantMap>

using namespace gl;

class TestChecklistTreeModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheGateAsATree();
    void groupsRollUpAndAreNotEditable();
    void statusEditSignalsTheRowAndItsGroup();
    void statusWithReasonThroughTheChangeRole();
    void refusedStatusIsReported();
    void ownersAreEditedAsCommaSeparatedText();
    void anotherGateOrNoneResets();
    void reloadKeepsTheGate();

private:
    std::unique_ptr<fixture::Workbench> m_bench;
    std::unique_ptr<ChecklistTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestChecklistTreeModel::init()
{
    m_bench = std::make_unique<fixture::Workbench>();
    QVERIFY(m_bench->open());
    m_model = std::make_unique<ChecklistTreeModel>(m_bench->document.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setGate(fixture::gateIdOf(m_bench->document->release(), QStringLiteral("Build")));
}

void TestChecklistTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_bench.reset();
}

void TestChecklistTreeModel::showsTheGateAsATree()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(ChecklistTreeModel::ColumnCount));
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("Compile"));
    const QModelIndex tests = m_model->index(1, 0);
    QCOMPARE(tests.data().toString(), QStringLiteral("Tests"));
    QCOMPARE(m_model->rowCount(tests), 2);
    const QModelIndex unit = m_model->index(0, 0, tests);
    QCOMPARE(unit.data().toString(), QStringLiteral("Unit"));
    QCOMPARE(unit.parent(), tests);
    QCOMPARE(unit.siblingAtColumn(ChecklistTreeModel::OwnersColumn).data().toString(), QStringLiteral("QA"));
    QCOMPARE(unit.siblingAtColumn(ChecklistTreeModel::CommandsColumn).data().toInt(), 2);
    QVERIFY(!unit.siblingAtColumn(ChecklistTreeModel::BlockerColumn).data().toString().isEmpty());
    QCOMPARE(unit.siblingAtColumn(ChecklistTreeModel::StatusColumn).data().toString(), statusLabel(ItemStatus::NotStarted));
    QCOMPARE(unit.siblingAtColumn(ChecklistTreeModel::StatusColumn).data(Qt::EditRole).toString(),
             QStringLiteral("not-started"));
    QCOMPARE(m_model->indexOfItem(m_bench->id(QStringLiteral("Unit"))), unit);
    QCOMPARE(m_model->itemIdAt(unit), m_bench->id(QStringLiteral("Unit")));
    const QModelIndex lint = m_model->index(2, ChecklistTreeModel::StatusColumn);
    QCOMPARE(lint.data().toString(), statusLabel(ItemStatus::Failed));
    QCOMPARE(lint.data(Qt::ToolTipRole).toString(), QStringLiteral("3 errors"));
    QVERIFY(lint.data(Qt::BackgroundRole).value<QColor>().isValid());   // coloured, and says "Failed"
    QVERIFY(!m_model->indexOfItem(m_bench->id(QStringLiteral("Smoke"))).isValid());  // other gate
}

void TestChecklistTreeModel::groupsRollUpAndAreNotEditable()
{
    const QModelIndex tests = m_model->index(1, ChecklistTreeModel::StatusColumn);
    QCOMPARE(tests.data(ChecklistTreeModel::StatusKeyRole).toString(), QStringLiteral("in-progress"));
    QVERIFY(tests.siblingAtColumn(0).data(ChecklistTreeModel::IsGroupRole).toBool());
    QVERIFY(!(m_model->flags(tests) & Qt::ItemIsEditable));
    QVERIFY(!m_model->setData(tests, QStringLiteral("passed")));
    QVERIFY(m_model->flags(m_model->index(0, ChecklistTreeModel::StatusColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(m_model->flags(m_model->index(0, ChecklistTreeModel::TitleColumn)) & Qt::ItemIsEditable));
    QVERIFY(m_model->flags(tests.siblingAtColumn(ChecklistTreeModel::OwnersColumn)) & Qt::ItemIsEditable);
}

void TestChecklistTreeModel::statusEditSignalsTheRowAndItsGroup()
{
    const QModelIndex tests = m_model->index(1, 0);
    const QModelIndex unitStatus = m_model->index(0, ChecklistTreeModel::StatusColumn, tests);
    const QModelIndex integrationStatus = m_model->index(1, ChecklistTreeModel::StatusColumn, tests);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    QVERIFY(m_model->setData(unitStatus, QStringLiteral("passed")));
    QVERIFY(m_model->setData(integrationStatus, QStringLiteral("passed")));
    QCOMPARE(reset.count(), 0);
    // each edit: the item's row, then its group's row (whose rolled-up status moved)
    QCOMPARE(changed.count(), 4);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().parent(), tests);
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>(), tests);
    QCOMPARE(changed.at(1).at(1).value<QModelIndex>().column(), ChecklistTreeModel::ColumnCount - 1);
    QCOMPARE(unitStatus.data(Qt::EditRole).toString(), QStringLiteral("passed"));
    QCOMPARE(tests.siblingAtColumn(ChecklistTreeModel::StatusColumn).data(ChecklistTreeModel::StatusKeyRole).toString(),
             QStringLiteral("passed"));
    QCOMPARE(findItem(m_bench->stored(), m_bench->id(QStringLiteral("Unit")))->status, ItemStatus::Passed);

    m_bench->document->undoStack()->undo();
    QCOMPARE(changed.count(), 6);
    QCOMPARE(integrationStatus.data(Qt::EditRole).toString(), QStringLiteral("in-progress"));
    QCOMPARE(tests.siblingAtColumn(ChecklistTreeModel::StatusColumn).data(ChecklistTreeModel::StatusKeyRole).toString(),
             QStringLiteral("in-progress"));
}

void TestChecklistTreeModel::statusWithReasonThroughTheChangeRole()
{
    const QModelIndex compile = m_model->index(0, ChecklistTreeModel::StatusColumn);
    const QDate expiry = QDate::currentDate().addDays(14);
    QVariantMap change;
    change.insert(QStringLiteral("status"), QStringLiteral("waived"));
    change.insert(QStringLiteral("reason"), QStringLiteral("  flaky runner  "));
    change.insert(QStringLiteral("expiry"), expiry);
    QVERIFY(m_model->setData(compile, change, ChecklistTreeModel::StatusChangeRole));
    const Release afterEdit = m_bench->stored();
    const Item *stored = findItem(afterEdit, m_bench->id(QStringLiteral("Compile")));
    QCOMPARE(stored->status, ItemStatus::Waived);
    QCOMPARE(stored->statusReason, QStringLiteral("flaky runner"));
    QCOMPARE(stored->waiverExpiry, expiry);
    QCOMPARE(compile.data(Qt::ToolTipRole).toString(),
             QStringLiteral("flaky runner\nWaived until %1.").arg(QLocale().toString(expiry, QLocale::ShortFormat)));

    // Lint is already failed: picking Failed again in the plain editor keeps its reason
    const QModelIndex lint = m_model->index(2, ChecklistTreeModel::StatusColumn);
    QVERIFY(m_model->setData(lint, QStringLiteral("failed")));
    QCOMPARE(findItem(m_bench->stored(), m_bench->id(QStringLiteral("Lint")))->statusReason, QStringLiteral("3 errors"));
}

void TestChecklistTreeModel::refusedStatusIsReported()
{
    QSignalSpy errors(m_bench->document.get(), &ReleaseDocument::errorOccurred);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const QModelIndex compile = m_model->index(0, ChecklistTreeModel::StatusColumn);
    QVERIFY(!m_model->setData(compile, QStringLiteral("waived")));   // no reason, no expiry
    QCOMPARE(errors.count(), 1);
    QVERIFY(!m_model->setData(compile, QStringLiteral("no-such-status")));
    QCOMPARE(compile.data(Qt::EditRole).toString(), QStringLiteral("passed"));
    QCOMPARE(reset.count(), 0);   // nothing changed, so the view keeps its state
    QVERIFY(!m_bench->document->undoStack()->canUndo());
}

void TestChecklistTreeModel::ownersAreEditedAsCommaSeparatedText()
{
    const QModelIndex owners = m_model->index(0, ChecklistTreeModel::OwnersColumn);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(owners, QStringLiteral(" QA,  Backend , QA,, ")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(owners.data().toString(), QStringLiteral("QA, Backend"));
    QCOMPARE(findItem(m_bench->stored(), m_bench->id(QStringLiteral("Compile")))->owners,
             QStringList({QStringLiteral("QA"), QStringLiteral("Backend")}));
    m_bench->document->undoStack()->undo();
    QCOMPARE(owners.data().toString(), QString());
    QVERIFY(findItem(m_bench->stored(), m_bench->id(QStringLiteral("Compile")))->owners.isEmpty());
}

void TestChecklistTreeModel::anotherGateOrNoneResets()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setGate(fixture::gateIdOf(m_bench->document->release(), QStringLiteral("Deploy")));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(1, ChecklistTreeModel::StatusColumn).data().toString(), statusLabel(ItemStatus::NotApplicable));
    // an edit in a gate that is not shown is no signal here
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_bench->document->setItemStatus(m_bench->id(QStringLiteral("Lint")), ItemStatus::Passed, QString()).ok());
    QCOMPARE(changed.count(), 0);
    m_model->setGate(0);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestChecklistTreeModel::reloadKeepsTheGate()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_bench->document->load(m_bench->releaseId).ok());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("Tests"));
    m_bench->document->unload();
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestChecklistTreeModel)
#include "tst_checklisttreemodel.moc"
