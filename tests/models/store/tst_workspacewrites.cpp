// Workspace writes (WorkspaceWrites.cpp): the status rules (leaves only, waivers need a reason and
// an expiry), who and when is stamped, item edits, metric values, criteria, and their audit rows.

#include "StoreFixture.h"
#include "store/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace gl;

class TestWorkspaceWrites final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void setItemStatus_data();
    void setItemStatus();
    void groupStatusIsRefused();
    void statusChangeIsStampedAndAudited();
    void noteIsKeptUnlessGiven();
    void updateItem();
    void updateItemWithoutChangesWritesNothing();
    void setMetricCurrent_data();
    void setMetricCurrent();
    void setCriterionHolds();
    void writesToUnknownIdsAreNotFound();

private:
    std::unique_ptr<Workspace> openWorkspace() { return fixture::openWorkspace(m_path); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestWorkspaceWrites::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("ws.greenlight"));
}

void TestWorkspaceWrites::setItemStatus_data()
{
    QTest::addColumn<ItemStatus>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QDate>("expiry");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("messagePart");
    const QDate date(2030, 1, 31);
    for (ItemStatus s : allItemStatuses) {
        if (s != ItemStatus::Waived)
            QTest::newRow(qPrintable(statusKey(s))) << s << QString() << QDate() << true << QString();
    }
    QTest::newRow("failed with reason")
        << ItemStatus::Failed << QStringLiteral("exit code 1") << QDate() << true << QString();
    QTest::newRow("waived") << ItemStatus::Waived << QStringLiteral("accepted risk") << date << true
                            << QString();
    QTest::newRow("waived without reason")
        << ItemStatus::Waived << QString() << date << false << QStringLiteral("reason");
    QTest::newRow("waived blank reason")
        << ItemStatus::Waived << QStringLiteral("   ") << date << false << QStringLiteral("reason");
    QTest::newRow("waived without expiry") << ItemStatus::Waived << QStringLiteral("accepted risk") << QDate()
                                           << false << QStringLiteral("expiry date");
    QTest::newRow("waived bad expiry") << ItemStatus::Waived << QStringLiteral("accepted risk")
                                       << QDate(2030, 2, 30) << false << QStringLiteral("expiry date");
}

void TestWorkspaceWrites::setItemStatus()
{
    QFETCH(ItemStatus, status);
    QFETCH(QString, reason);
    QFETCH(QDate, expiry);
    QFETCH(bool, ok);
    QFETCH(QString, messagePart);
    auto ws = openWorkspace();
    QVERIFY(ws);
    const qint64 releaseId = *ws->createRelease(fixture::sampleRelease());
    const Release before = *ws->loadRelease(releaseId);
    const qint64 itemId = fixture::itemIdByTitle(before, QStringLiteral("Up migration"));
    QVERIFY(itemId > 0);

    Result<void> r = ws->setItemStatus(itemId, status, reason, std::nullopt, expiry);
    QCOMPARE(r.ok(), ok);
    const Release after = *ws->loadRelease(releaseId);
    const Item *item = findItem(after, itemId);
    QVERIFY(item);
    if (ok) {
        QCOMPARE(item->status, status);
        QCOMPARE(item->statusReason, reason);
        QCOMPARE(item->waiverExpiry, status == ItemStatus::Waived ? expiry : QDate());
        QCOMPARE(ws->audit(releaseId)->size(), size_t(2));
    } else {
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QVERIFY2(r.message().contains(messagePart), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QString::number(itemId)), qPrintable(r.message()));
        QVERIFY(after == before);
        QCOMPARE(ws->audit(releaseId)->size(), size_t(1));
    }
}

void TestWorkspaceWrites::groupStatusIsRefused()
{
    auto ws = openWorkspace();
    QVERIFY(ws);
    const qint64 releaseId = *ws->createRelease(fixture::sampleRelease());
    const Release before = *ws->loadRelease(releaseId);
    const qint64 groupId = fixture::itemIdByTitle(before, QStringLiteral("Migrations"));
    Result<void> r = ws->setItemStatus(groupId, ItemStatus::Passed, QString());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Invalid);
    QVERIFY2(
        r.message().contains(QStringLiteral("Item %1 \"Migrations\"").arg(groupId)), qPrintable(r.message()));
    QVERIFY2(r.message().contains(QLatin1String("rolls up from its children")), qPrintable(r.message()));
    QVERIFY(*ws->loadRelease(releaseId) == before);

    // updateItem obeys the same rule for the status, but may edit a group's other fields.
    Item group = *findItem(before, groupId);
    group.children.clear();
    group.status = ItemStatus::Passed;
    QCOMPARE(ws->updateItem(group).error().code, ErrorCode::Invalid);
    group.status = before.gates[0].items[1].children[0].status;
    group.note = QStringLiteral("group note");
    QVERIFY(ws->updateItem(group).ok());
    QCOMPARE(findItem(*ws->loadRelease(releaseId), groupId)->note, QStringLiteral("group note"));
}

void TestWorkspaceWrites::statusChangeIsStampedAndAudited()
{
    auto ws = openWorkspace();
    QVERIFY(ws);
    const qint64 releaseId = *ws->createRelease(fixture::sampleRelease());
    const qint64 itemId = *ws->resolveItem(releaseId, QStringLiteral("Formatting & linting"));
    const QDateTime releaseBefore = ws->releases()->front().updatedAt;
    QTest::qWait(5);
    const QDateTime start = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(
        ws->setItemStatus(itemId, ItemStatus::Failed, QStringLiteral("2 errors"), QStringLiteral("see CI"))
            .ok());
    const QDateTime end = QDateTime::currentDateTimeUtc().addMSecs(1);

    const Item item = *findItem(*ws->loadRelease(releaseId), itemId);
    QCOMPARE(item.status, ItemStatus::Failed);
    QCOMPARE(item.statusReason, QStringLiteral("2 errors"));
    QCOMPARE(item.note, QStringLiteral("see CI"));
    QVERIFY(!item.waiverExpiry.isValid()); // the waiver went with the Waived status
    QCOMPARE(item.updatedBy, QStringLiteral("tester"));
    QVERIFY(item.updatedAt >= start && item.updatedAt <= end);
    QVERIFY(ws->releases()->front().updatedAt > releaseBefore);

    const AuditEntry e = ws->audit(releaseId, 1)->front();
    QCOMPARE(e.entity, QStringLiteral("item"));
    QCOMPARE(e.entityId, itemId);
    QCOMPARE(e.action, QStringLiteral("status"));
    QCOMPARE(e.actor, QStringLiteral("tester"));
    const QJsonObject before = QJsonDocument::fromJson(e.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(e.after.toUtf8()).object();
    QCOMPARE(before.value(QLatin1String("status")).toString(), QStringLiteral("waived"));
    QCOMPARE(before.value(QLatin1String("reason")).toString(), QStringLiteral("Known issue, ticket 42"));
    QCOMPARE(before.value(QLatin1String("note")).toString(), QStringLiteral("Current Status: 3 warnings"));
    QCOMPARE(before.value(QLatin1String("waiver_expiry")).toString(), QStringLiteral("2024-06-30"));
    QCOMPARE(after.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(after.value(QLatin1String("reason")).toString(), QStringLiteral("2 errors"));
    QCOMPARE(after.value(QLatin1String("note")).toString(), QStringLiteral("see CI"));
    QVERIFY(!after.contains(QLatin1String("waiver_expiry")));
}

void TestWorkspaceWrites::noteIsKeptUnlessGiven()
{
    auto ws = openWorkspace();
    QVERIFY(ws);
    const qint64 releaseId = *ws->createRelease(fixture::sampleRelease());
    const qint64 itemId = *ws->resolveItem(releaseId, QStringLiteral("Formatting & linting"));
    QVERIFY(ws->setItemStatus(itemId, ItemStatus::Passed, QString()).ok());
    QCOMPARE(
        findItem(*ws->loadRelease(releaseId), itemId)->note, QStringLiteral("Current Status: 3 warnings"));
    QVERIFY(ws->setItemStatus(itemId, ItemStatus::Passed, QString(), QString()).ok());
    QCOMPARE(findItem(*ws->loadRelease(releaseId), itemId)->note, QString());
}

void TestWorkspaceWrites::updateItem()
{
    auto ws = openWorkspace();
    QVERIFY(ws);
    const qint64 releaseId = *ws->createRelease(fixture::sampleRelease());
    Release release = *ws->loadRelease(releaseId);
    Item *item = findItem(release, fixture::itemIdByTitle(release, QStringLiteral("Secrets rotated")));
    QVERIFY(item);
    item->title = QStringLiteral("Secrets rotated and stored");
    item->commands = { QStringLiteral("vault rotate"), QStringLiteral("vault verify") };
    item->owners = { QStringLiteral("Ops") };
    item->blocker = true;
    item->ciJob = QStringLiteral("secrets");
    item->status = ItemStatus::Waived;
    item->statusReason = QStringLiteral("rotated last week");
    item->waiverExpiry = QDate(2031, 1, 1);
    QVERIFY(ws->updateItem(*item).ok());

    Release loaded = *ws->loadRelease(releaseId);
    Item *stored = findItem(loaded, item->id);
    QCOMPARE(stored->updatedBy, QStringLiteral("tester"));
    QVERIFY(stored->updatedAt.isValid());
    item->updatedAt = stored->updatedAt;
    item->updatedBy = stored->updatedBy;
    // Its title and commands are what it asks: that changed with this write (issue 4, freshness).
    QCOMPARE(stored->changedAt, stored->updatedAt);
    item->changedAt = stored->changedAt;
    QVERIFY(loaded == release);

    const AuditEntry e = ws->audit(releaseId, 1)->front();
    QCOMPARE(e.action, QStringLiteral("update"));
    QCOMPARE(e.entityId, item->id);
    const QJsonObject before = QJsonDocument::fromJson(e.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(e.after.toUtf8()).object();
    // Only what changed, before and after.
    QCOMPARE(after.keys(),
        (QStringList { QStringLiteral("blocker"), QStringLiteral("ci_job"), QStringLiteral("commands"),
            QStringLiteral("owners"), QStringLiteral("reason"), QStringLiteral("status"),
            QStringLiteral("title"), QStringLiteral("waiver_expiry") }));
    QCOMPARE(before.keys(), after.keys());
    QCOMPARE(before.value(QLatin1String("title")).toString(), QStringLiteral("Secrets rotated"));
    QCOMPARE(after.value(QLatin1String("commands")).toArray().size(), 2);

    Item empty = *item;
    empty.title = QStringLiteral("  ");
    QCOMPARE(ws->updateItem(empty).error().code, ErrorCode::Invalid);
    Item unknown = *item;
    unknown.id = 99999;
    QCOMPARE(ws->updateItem(unknown).error().code, ErrorCode::NotFound);
}

void TestWorkspaceWrites::updateItemWithoutChangesWritesNothing()
{
    auto ws = openWorkspace();
    QVERIFY(ws);
    const qint64 releaseId = *ws->createRelease(fixture::sampleRelease());
    const Release release = *ws->loadRelease(releaseId);
    QVERIFY(ws->updateItem(release.gates[0].items[0]).ok());
    QCOMPARE(ws->audit(releaseId)->size(), size_t(1));
    QVERIFY(*ws->loadRelease(releaseId) == release);
}

void TestWorkspaceWrites::setMetricCurrent_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<std::optional<double>>("current");
    QTest::addColumn<QString>("currentText");
    QTest::newRow("percent") << QStringLiteral("71.3%") << std::optional<double>(71.3)
                             << QStringLiteral("71.3%");
    QTest::newRow("bold number") << QStringLiteral(" **16** ") << std::optional<double>(16)
                                 << QStringLiteral("16");
    QTest::newRow("text") << QStringLiteral("Leaking") << std::optional<double>()
                          << QStringLiteral("Leaking");
    QTest::newRow("cleared") << QString() << std::optional<double>() << QString();
}

void TestWorkspaceWrites::setMetricCurrent()
{
    QFETCH(QString, input);
    QFETCH(std::optional<double>, current);
    QFETCH(QString, currentText);
    auto ws = openWorkspace();
    QVERIFY(ws);
    const qint64 releaseId = *ws->createRelease(fixture::sampleRelease());
    const qint64 metricId = *ws->resolveMetric(releaseId, QStringLiteral("Test Coverage"));
    QVERIFY(ws->setMetricCurrent(metricId, input).ok());
    const Metric m = ws->loadRelease(releaseId)->metrics[0];
    QCOMPARE(m.current, current);
    QCOMPARE(m.currentText, currentText);
    QCOMPARE(m.required, std::optional<double>(15)); // untouched

    const AuditEntry e = ws->audit(releaseId, 1)->front();
    QCOMPARE(e.entity, QStringLiteral("metric"));
    QCOMPARE(e.entityId, metricId);
    QCOMPARE(e.before, QStringLiteral("{\"current\":3.4,\"current_text\":\"3.4%\"}"));
    const QJsonObject after = QJsonDocument::fromJson(e.after.toUtf8()).object();
    QCOMPARE(after.value(QLatin1String("current_text")).toString(), currentText);
    QCOMPARE(after.value(QLatin1String("current")).isNull(), !current.has_value());
}

void TestWorkspaceWrites::setCriterionHolds()
{
    auto ws = openWorkspace();
    QVERIFY(ws);
    const qint64 releaseId = *ws->createRelease(fixture::sampleRelease());
    const qint64 criterionId = ws->loadRelease(releaseId)->criteria[2].id;
    QVERIFY(ws->setCriterionHolds(criterionId, true).ok());
    QVERIFY(ws->loadRelease(releaseId)->criteria[2].holds);
    const AuditEntry e = ws->audit(releaseId, 1)->front();
    QCOMPARE(e.entity, QStringLiteral("criterion"));
    QCOMPARE(e.entityId, criterionId);
    QCOMPARE(e.before, QStringLiteral("{\"holds\":false}"));
    QCOMPARE(e.after, QStringLiteral("{\"holds\":true}"));
}

void TestWorkspaceWrites::writesToUnknownIdsAreNotFound()
{
    auto ws = openWorkspace();
    QVERIFY(ws);
    QVERIFY(ws->createRelease(fixture::sampleRelease()).ok());
    Result<void> status = ws->setItemStatus(4242, ItemStatus::Passed, QString());
    QCOMPARE(status.error().code, ErrorCode::NotFound);
    QVERIFY2(status.message().contains(QLatin1String("4242")), qPrintable(status.message()));
    QCOMPARE(ws->setMetricCurrent(4242, QStringLiteral("1")).error().code, ErrorCode::NotFound);
    QCOMPARE(ws->setCriterionHolds(4242, true).error().code, ErrorCode::NotFound);
    QCOMPARE(ws->deleteRelease(4242).error().code, ErrorCode::NotFound);
    QCOMPARE(ws->loadRelease(4242).error().code, ErrorCode::NotFound);
    QCOMPARE(ws->releaseOfItem(4242).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestWorkspaceWrites)
#include "tst_workspacewrites.moc"
