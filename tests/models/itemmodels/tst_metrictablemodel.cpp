// MetricTableModel: current against required with the operator and unit, a verdict in words and
// colour, and the current value editable (undoably).

#include "DocumentFixture.h"
#include "itemmodels/MetricTableModel.h"
#include "itemmodels/ReadinessColours.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace gl;

class TestMetricTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void requiredText_data();
    void requiredText();
    void rowsAndVerdicts();
    void currentIsEditable();
    void weightsShowOnlyWhenUsed();
};

void TestMetricTableModel::requiredText_data()
{
    QTest::addColumn<int>("op");
    QTest::addColumn<double>("required");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("expected");
    QTest::newRow(">15%") << int(Operator::Greater) << 15.0 << QStringLiteral("%") << QStringLiteral("> 15%");
    QTest::newRow(">=65%") << int(Operator::GreaterOrEqual) << 65.0 << QStringLiteral("%") << QStringLiteral("\u2265 65%");
    QTest::newRow("<10MB/hr") << int(Operator::Less) << 10.0 << QStringLiteral("MB/hr") << QStringLiteral("< 10MB/hr");
    QTest::newRow(">7.0") << int(Operator::Greater) << 7.0 << QString() << QStringLiteral("> 7");
    QTest::newRow("<=0.5s") << int(Operator::LessOrEqual) << 0.5 << QStringLiteral("s") << QStringLiteral("\u2264 0.5s");
}

void TestMetricTableModel::requiredText()
{
    QFETCH(int, op);
    QFETCH(double, required);
    QFETCH(QString, unit);
    QFETCH(QString, expected);
    Metric m;
    m.op = Operator(op);
    m.required = required;
    m.unit = unit;
    QCOMPARE(MetricTableModel::requiredText(m), expected);
    m.required.reset();
    m.requiredText = QStringLiteral("stable");
    QCOMPARE(MetricTableModel::requiredText(m), QStringLiteral("stable"));
}

void TestMetricTableModel::rowsAndVerdicts()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    MetricTableModel model(bench.document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, MetricTableModel::NameColumn).data().toString(), QStringLiteral("Coverage"));
    QCOMPARE(model.index(0, MetricTableModel::CurrentColumn).data().toString(), QStringLiteral("71.3%"));
    QCOMPARE(model.index(0, MetricTableModel::RequiredColumn).data().toString(), QStringLiteral("\u2265 65%"));
    QVERIFY(model.index(0, MetricTableModel::VerdictColumn).data(MetricTableModel::MetRole).toBool());
    QVERIFY(model.index(0, MetricTableModel::VerdictColumn).data().toString().contains(QStringLiteral("Met")));
    QCOMPARE(model.index(0, MetricTableModel::BlockerColumn).data().toString(), QStringLiteral("Yes"));
    // a current value that is not a number keeps its text and is not met
    QCOMPARE(model.index(1, MetricTableModel::CurrentColumn).data().toString(), QStringLiteral("Leaking"));
    QVERIFY(!model.index(1, MetricTableModel::VerdictColumn).data(MetricTableModel::MetRole).toBool());
    QVERIFY(model.index(1, MetricTableModel::VerdictColumn).data().toString().contains(QStringLiteral("Not met")));
    QCOMPARE(model.index(1, MetricTableModel::VerdictColumn).data(Qt::BackgroundRole).value<QColor>(),
             ReadinessColours::verdictBackground(false));
    QVERIFY(model.index(1, MetricTableModel::VerdictColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Leaking")));
}

void TestMetricTableModel::currentIsEditable()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    MetricTableModel model(bench.document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex current = model.index(0, MetricTableModel::CurrentColumn);
    QVERIFY(model.flags(current) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, MetricTableModel::RequiredColumn)) & Qt::ItemIsEditable));
    QCOMPARE(current.data(Qt::EditRole).toString(), QStringLiteral("71.3%"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(current, QStringLiteral("60%")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), MetricTableModel::ColumnCount - 1);
    QVERIFY(!model.index(0, MetricTableModel::VerdictColumn).data(MetricTableModel::MetRole).toBool());
    QCOMPARE(bench.stored().metrics.at(0).currentText, QStringLiteral("60%"));
    QVERIFY(!model.setData(model.index(0, MetricTableModel::NameColumn), QStringLiteral("Renamed")));

    bench.document->undoStack()->undo();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(current.data().toString(), QStringLiteral("71.3%"));
    QVERIFY(model.index(0, MetricTableModel::VerdictColumn).data(MetricTableModel::MetRole).toBool());
}

void TestMetricTableModel::weightsShowOnlyWhenUsed()
{
    fixture::Workbench bench;
    Release release = fixture::sampleRelease();
    release.metrics.at(1).weight = 0.4;
    QVERIFY(bench.open(release));
    MetricTableModel model(bench.document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.hasWeights());
    QCOMPARE(model.index(1, MetricTableModel::WeightColumn).data().toString(), QStringLiteral("0.4"));
    QCOMPARE(model.index(0, MetricTableModel::WeightColumn).data().toString(), QString());
    bench.document->unload();
    QVERIFY(!model.hasWeights());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestMetricTableModel)
#include "tst_metrictablemodel.moc"
