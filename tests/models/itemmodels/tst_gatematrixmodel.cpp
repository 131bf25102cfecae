// GateMatrixModel: a row per gate with figures a release manager reads (counts, completion, a
// state that is said in words and colour), updated row by row as items change.

#include "DocumentFixture.h"
#include "itemmodels/GateMatrixModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace gl;

class TestGateMatrixModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stateOf_data();
    void stateOf();
    void rowsAndFigures();
    void anEditChangesOnlyItsGatesRow();
    void reloadAndUnloadReset();
};

void TestGateMatrixModel::stateOf_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("notStarted");
    QTest::addColumn<int>("failed");
    QTest::addColumn<int>("blocked");
    QTest::addColumn<bool>("hasBlocker");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<int>("state");

    QTest::newRow("all done") << 4 << 0 << 0 << 0 << false << true << int(GateState::Complete);
    QTest::newRow("empty gate is complete") << 0 << 0 << 0 << 0 << false << true << int(GateState::Complete);
    QTest::newRow("nothing started") << 4 << 4 << 0 << 0 << false << false << int(GateState::NotStarted);
    QTest::newRow("some started") << 4 << 2 << 0 << 0 << false << false << int(GateState::InProgress);
    QTest::newRow("a failure") << 4 << 3 << 1 << 0 << false << false << int(GateState::Blocked);
    QTest::newRow("a blocked item") << 4 << 0 << 0 << 1 << false << false << int(GateState::Blocked);
    QTest::newRow("a blocker") << 4 << 0 << 1 << 0 << true << false << int(GateState::Blocked);
}

void TestGateMatrixModel::stateOf()
{
    QFETCH(int, total);
    QFETCH(int, notStarted);
    QFETCH(int, failed);
    QFETCH(int, blocked);
    QFETCH(bool, hasBlocker);
    QFETCH(bool, complete);
    QFETCH(int, state);
    GateReadiness g;
    g.total = total;
    g.notStarted = notStarted;
    g.failed = failed;
    g.blocked = blocked;
    g.hasBlocker = hasBlocker;
    g.complete = complete;
    QCOMPARE(int(GateMatrixModel::stateOf(g)), state);
    // never colour alone: every state has its words
    QVERIFY(!GateMatrixModel::stateLabel(GateState(state)).isEmpty());
    QVERIFY(ReadinessColours::gateBackground(GateState(state)) != ReadinessColours::gateText(GateState(state)));
}

void TestGateMatrixModel::rowsAndFigures()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    GateMatrixModel model(bench.document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(GateMatrixModel::ColumnCount));
    QCOMPARE(model.index(0, GateMatrixModel::TitleColumn).data().toString(), QStringLiteral("Build"));
    QCOMPARE(model.index(0, GateMatrixModel::PassedColumn).data().toString(), QStringLiteral("1 / 4"));
    QCOMPARE(model.index(0, GateMatrixModel::PassedColumn).data(GateMatrixModel::CountRole).toInt(), 1);
    QCOMPARE(model.index(0, GateMatrixModel::PassedColumn).data(GateMatrixModel::TotalRole).toInt(), 4);
    QCOMPARE(model.index(0, GateMatrixModel::FailedColumn).data().toInt(), 1);
    QCOMPARE(model.index(0, GateMatrixModel::CompletionColumn).data(GateMatrixModel::CompletionRole).toDouble(), 25.0);
    QCOMPARE(model.index(0, GateMatrixModel::CompletionColumn).data().toString(), QStringLiteral("25%"));
    QCOMPARE(model.index(0, GateMatrixModel::StateColumn).data(GateMatrixModel::StateRole).toInt(), int(GateState::Blocked));
    QVERIFY(model.index(0, GateMatrixModel::StateColumn).data().toString().contains(QStringLiteral("Blocked")));
    QCOMPARE(model.index(0, GateMatrixModel::StateColumn).data(Qt::BackgroundRole).value<QColor>(),
             ReadinessColours::gateBackground(GateState::Blocked));

    QCOMPARE(model.index(1, GateMatrixModel::NotApplicableColumn).data().toInt(), 1);
    QCOMPARE(model.index(1, GateMatrixModel::CompletionColumn).data(GateMatrixModel::CompletionRole).toDouble(), 50.0);
    QVERIFY(model.index(1, GateMatrixModel::TitleColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("previous gate")));
    QCOMPARE(model.index(2, GateMatrixModel::WaivedColumn).data().toInt(), 1);
    QCOMPARE(model.index(2, GateMatrixModel::StateColumn).data(GateMatrixModel::StateRole).toInt(), int(GateState::Complete));

    const qint64 deploy = fixture::gateIdOf(bench.document->release(), QStringLiteral("Deploy"));
    QCOMPARE(model.gateIdAt(1), deploy);
    QCOMPARE(model.indexOfGate(deploy).row(), 1);
    QCOMPARE(model.headerData(GateMatrixModel::NotApplicableColumn, Qt::Horizontal).toString(), QStringLiteral("N/A"));
}

void TestGateMatrixModel::anEditChangesOnlyItsGatesRow()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    GateMatrixModel model(bench.document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QVERIFY(bench.document->setItemStatus(bench.id(QStringLiteral("Lint")), ItemStatus::Passed, QString()).ok());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, 0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(0, GateMatrixModel::ColumnCount - 1));
    QCOMPARE(model.index(0, GateMatrixModel::PassedColumn).data().toString(), QStringLiteral("2 / 4"));
    QCOMPARE(model.index(0, GateMatrixModel::StateColumn).data(GateMatrixModel::StateRole).toInt(), int(GateState::InProgress));

    // metrics do not move gates: no signal
    QVERIFY(bench.document->setMetricCurrent(bench.document->release().metrics.at(0).id, QStringLiteral("10%")).ok());
    QCOMPARE(changed.count(), 1);

    bench.document->undoStack()->undo();   // the metric
    bench.document->undoStack()->undo();   // Lint back to failed
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.index(0, GateMatrixModel::FailedColumn).data().toInt(), 1);
}

void TestGateMatrixModel::reloadAndUnloadReset()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    GateMatrixModel model(bench.document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    bench.document->unload();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(bench.document->load(bench.releaseId).ok());
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 3);
}

QTEST_GUILESS_MAIN(TestGateMatrixModel)
#include "tst_gatematrixmodel.moc"
