// The readiness trend (issue 6): the release walked back through its real audit log. Each step's
// readiness and open blockers are what the release had then; the last point is the matrix now.

#include "DocumentFixture.h"
#include "itemmodels/ReadinessTrend.h"

#include <QTest>
#include <QThread>

using namespace gl;

class TestReadinessTrend : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void replaysStatusesValuesAndStructure();
    void manyStepsAreSampled();
};

void TestReadinessTrend::replaysStatusesValuesAndStructure()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    ReleaseDocument &doc = *bench.document;
    // Harbor starts at 3 of 7 done with Lint failed (a blocker? no: Unit is the blocker item) and the
    // Coverage metric met, Memory growth not met.
    const Readiness atStart = doc.readiness();
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    QVERIFY(doc.setItemStatus(bench.id(QStringLiteral("Unit")), ItemStatus::Failed, QStringLiteral("2 tests fail")).ok());
    QVERIFY(doc.setItemStatus(bench.id(QStringLiteral("Smoke")), ItemStatus::Passed, QString()).ok());
    QVERIFY(doc.setMetricCurrent(doc.release().metrics.at(1).id, QStringLiteral("4MB/hr")).ok());
    QVERIFY(doc.addItem(doc.release().gates.at(2).id, 0, 9, QStringLiteral("Release notes")).ok());
    QVERIFY(doc.setItemStatus(bench.id(QStringLiteral("Unit")), ItemStatus::Passed, QString()).ok());
    const Readiness now = doc.readiness();

    const Result<std::vector<TrendPoint>> trend = doc.trend();
    QVERIFY2(trend.ok(), qPrintable(trend.message()));
    const std::vector<TrendPoint> &points = *trend;
    // One point before the first change (the import), one after each of the five, and now.
    QCOMPARE(points.size(), size_t(7));
    QCOMPARE(points.front().readinessPercent, atStart.readinessPercent);
    QCOMPARE(points.front().openBlockers, int(atStart.blockers.size()));
    QCOMPARE(points.back().readinessPercent, now.readinessPercent);
    QCOMPARE(points.back().openBlockers, int(now.blockers.size()));
    // Oldest first, never going back in time.
    for (size_t i = 1; i < points.size(); ++i)
        QVERIFY(points[i - 1].at <= points[i].at);
    QVERIFY(points[1].at >= t0.addSecs(-1));
    // After Unit failed there was one more blocker than at the start; after it passed, one fewer.
    QCOMPARE(points[2].openBlockers, points[1].openBlockers + 1);
    // Smoke passed: readiness went up by one leaf of seven.
    QVERIFY(points[3].readinessPercent > points[2].readinessPercent);
    // The added item counts from its insertion on: 8 leaves, so the percentage drops there.
    QVERIFY(points[5].readinessPercent < points[4].readinessPercent);
}

void TestReadinessTrend::manyStepsAreSampled()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    ReleaseDocument &doc = *bench.document;
    const qint64 smoke = bench.id(QStringLiteral("Smoke"));
    for (int i = 0; i < 60; ++i)
        QVERIFY(doc.setItemStatus(smoke, i % 2 ? ItemStatus::NotStarted : ItemStatus::Passed, QString()).ok());
    const Result<std::vector<TrendPoint>> trend = doc.trend(20);
    QVERIFY(trend.ok());
    QVERIFY2(trend->size() <= 21 && trend->size() >= 10, qPrintable(QString::number(trend->size())));
    QCOMPARE(trend->back().readinessPercent, doc.readiness().readinessPercent);
}

QTEST_GUILESS_MAIN(TestReadinessTrend)
#include "tst_readinesstrend.moc"
