// ReleaseListModel: the workspace's releases with readiness and suggested decision, following the
// open release's edits without reading the file again, and reloading after an import.

#include "DocumentFixture.h"
#include "itemmodels/ReleaseListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace gl;

class TestReleaseListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listsReleasesWithFigures();
    void followsTheOpenRelease();
    void reloadsAfterCreate();
    void mostRecentlyUpdated();
};

void TestReleaseListModel::listsReleasesWithFigures()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    ReleaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.setWorkspace(bench.workspace.get()).ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ReleaseListModel::NameColumn).data().toString(), QStringLiteral("Harbor 1.0"));
    // 3 of 7 leaves done
    QCOMPARE(model.index(0, ReleaseListModel::ReadinessColumn).data().toString(), QStringLiteral("43%"));
    QCOMPARE(model.index(0, 0).data(ReleaseListModel::DecisionKeyRole).toString(), QStringLiteral("NO-GO"));
    QCOMPARE(model.index(0, ReleaseListModel::DecisionColumn).data().toString(), decisionLabel(Decision::NoGo));
    QCOMPARE(model.releaseIdAt(0), bench.releaseId);
    QCOMPARE(model.releaseIdAt(7), 0);
    QVERIFY(!model.index(0, ReleaseListModel::UpdatedColumn).data().toString().isEmpty());
    QVERIFY(model.setWorkspace(nullptr).ok());
    QCOMPARE(model.rowCount(), 0);
}

void TestReleaseListModel::followsTheOpenRelease()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    ReleaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setWorkspace(bench.workspace.get()).ok());
    model.setDocument(bench.document.get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(bench.document->setItemStatus(bench.id(QStringLiteral("Smoke")), ItemStatus::Passed, QString()).ok());
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.index(0, ReleaseListModel::ReadinessColumn).data().toString(), QStringLiteral("57%"));
    QCOMPARE(model.index(0, 0).data(ReleaseListModel::ReadinessPercentRole).toDouble(), 400.0 / 7.0);
}

void TestReleaseListModel::reloadsAfterCreate()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    ReleaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setWorkspace(bench.workspace.get()).ok());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const Result<qint64> second = bench.document->createRelease(fixture::sampleRelease(QStringLiteral("Second")));
    QVERIFY(second.ok());
    QVERIFY(model.reload().ok());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.indexOfRelease(second.value()).data().toString(), QStringLiteral("Second"));
    QVERIFY(!model.indexOfRelease(999).isValid());
}

void TestReleaseListModel::mostRecentlyUpdated()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    const Result<qint64> second = bench.workspace->createRelease(fixture::sampleRelease(QStringLiteral("Second")));
    QVERIFY(second.ok());
    ReleaseListModel model;
    QVERIFY(model.setWorkspace(bench.workspace.get()).ok());
    QCOMPARE(model.mostRecentlyUpdated(), second.value());
    QTest::qWait(5);  // a later "updated at" than the second release's creation
    QVERIFY(bench.document->setItemStatus(bench.id(QStringLiteral("Smoke")), ItemStatus::Passed, QString()).ok());
    QVERIFY(model.reload().ok());
    QCOMPARE(model.mostRecentlyUpdated(), bench.releaseId);
    QVERIFY(model.setWorkspace(nullptr).ok());
    QCOMPARE(model.mostRecentlyUpdated(), 0);
}

QTEST_GUILESS_MAIN(TestReleaseListModel)
#include "tst_releaselistmodel.moc"
