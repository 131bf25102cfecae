// WriteTransaction: a write that fails anywhere (an item deep in the tree, the audit row, the
// release's updated_at) leaves no trace, and the workspace stays usable afterwards. Failures are
// forced with triggers installed from a second connection, as a damaged or hostile file would.

#include "StoreFixture.h"
#include "store/Workspace.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace gl;
using fixture::RawDb;

namespace {

const QStringList tables = { QStringLiteral("releases"), QStringLiteral("gates"), QStringLiteral("items"),
    QStringLiteral("metrics"), QStringLiteral("criteria"), QStringLiteral("audit_log") };

QString trigger(const QString &when)
{
    return QStringLiteral("CREATE TRIGGER boom %1 BEGIN SELECT RAISE(ABORT, 'boom refused'); END").arg(when);
}

// "boom" sits last everywhere, so everything before it has been written when the trigger fires.
Release releaseWithBoom()
{
    Release r = fixture::sampleRelease();
    Item group = fixture::leaf(QStringLiteral("Last group"));
    group.children.push_back(fixture::leaf(QStringLiteral("fine")));
    group.children.push_back(fixture::leaf(QStringLiteral("boom")));
    r.gates[1].items.push_back(group);
    Metric m;
    m.name = QStringLiteral("boom");
    r.metrics.push_back(m);
    r.criteria.push_back({ 0, CriterionKind::NoGo, QStringLiteral("boom"), false });
    return r;
}

} // namespace

class TestWriteTransaction final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void failedCreateLeavesNoTrace_data();
    void failedCreateLeavesNoTrace();
    void failedUpdateLeavesNoTrace_data();
    void failedUpdateLeavesNoTrace();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestWriteTransaction::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("ws.greenlight"));
}

void TestWriteTransaction::failedCreateLeavesNoTrace_data()
{
    QTest::addColumn<QString>("when");
    QTest::newRow("item deep in the tree")
        << QStringLiteral("BEFORE INSERT ON items WHEN NEW.title = 'boom'");
    QTest::newRow("last metric") << QStringLiteral("BEFORE INSERT ON metrics WHEN NEW.name = 'boom'");
    QTest::newRow("last criterion") << QStringLiteral("BEFORE INSERT ON criteria WHEN NEW.text = 'boom'");
    QTest::newRow("audit row") << QStringLiteral("BEFORE INSERT ON audit_log");
}

void TestWriteTransaction::failedCreateLeavesNoTrace()
{
    QFETCH(QString, when);
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_path);
    QVERIFY(ws.ok());
    RawDb raw(m_path);
    QVERIFY2(raw.exec(trigger(when)), qPrintable(raw.lastError()));

    Result<qint64> id = (*ws)->createRelease(releaseWithBoom());
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, ErrorCode::Database);
    QVERIFY2(id.message().contains(QLatin1String("boom refused")), qPrintable(id.message()));
    QVERIFY2(id.message().contains(QDir::toNativeSeparators(m_path)), qPrintable(id.message()));
    for (const QString &table : tables)
        QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM ") + table), 0);
    QVERIFY((*ws)->releases()->empty());

    // Not stuck in a transaction: the same release goes in once the trigger is gone, under its
    // own name (the failed attempt did not take it).
    QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER boom")));
    Result<qint64> retry = (*ws)->createRelease(releaseWithBoom());
    QVERIFY2(retry.ok(), qPrintable(retry.message()));
    QCOMPARE((*ws)->loadRelease(*retry)->name, QStringLiteral("Staging 2024.05"));
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM items")), 12);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM audit_log")), 1);
}

void TestWriteTransaction::failedUpdateLeavesNoTrace_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("when");
    const QString audit = QStringLiteral("BEFORE INSERT ON audit_log");
    const QString touch = QStringLiteral("BEFORE UPDATE ON releases");
    QTest::newRow("status: item row") << QStringLiteral("status") << QStringLiteral("BEFORE UPDATE ON items");
    QTest::newRow("status: release updated_at") << QStringLiteral("status") << touch;
    QTest::newRow("status: audit row") << QStringLiteral("status") << audit;
    QTest::newRow("update item: audit row") << QStringLiteral("update") << audit;
    QTest::newRow("update item: release updated_at") << QStringLiteral("update") << touch;
    QTest::newRow("metric: audit row") << QStringLiteral("metric") << audit;
    QTest::newRow("criterion: release updated_at") << QStringLiteral("criterion") << touch;
    QTest::newRow("rename: audit row") << QStringLiteral("rename") << audit;
    QTest::newRow("delete: audit row") << QStringLiteral("delete") << audit;
}

void TestWriteTransaction::failedUpdateLeavesNoTrace()
{
    QFETCH(QString, operation);
    QFETCH(QString, when);
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(m_path);
    QVERIFY(opened.ok());
    Workspace &ws = **opened;
    const qint64 releaseId = *ws.createRelease(fixture::sampleRelease());
    const Release before = *ws.loadRelease(releaseId);
    const ReleaseSummary summaryBefore = ws.releases()->front();
    const qint64 itemId = *ws.resolveItem(releaseId, QStringLiteral("Smoke test"));
    RawDb raw(m_path);
    QVERIFY2(raw.exec(trigger(when)), qPrintable(raw.lastError()));
    QTest::qWait(2); // so a stray updated_at would differ

    auto run = [&]() -> Result<void> {
        if (operation == QLatin1String("status"))
            return ws.setItemStatus(
                itemId, ItemStatus::Failed, QStringLiteral("exit 1"), QStringLiteral("note"));
        if (operation == QLatin1String("update")) {
            Item item = *findItem(before, itemId);
            item.title = QStringLiteral("Smoke test, renamed");
            return ws.updateItem(item);
        }
        if (operation == QLatin1String("metric"))
            return ws.setMetricCurrent(before.metrics[0].id, QStringLiteral("99%"));
        if (operation == QLatin1String("criterion"))
            return ws.setCriterionHolds(before.criteria[2].id, true);
        if (operation == QLatin1String("rename"))
            return ws.renameRelease(releaseId, QStringLiteral("Renamed"));
        return ws.deleteRelease(releaseId);
    };
    Result<void> r = run();
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("boom refused")), qPrintable(r.message()));

    Result<Release> after = ws.loadRelease(releaseId);
    QVERIFY2(after.ok(), qPrintable(after.message()));
    QVERIFY(*after == before);
    QCOMPARE(ws.releases()->front().updatedAt, summaryBefore.updatedAt);
    QCOMPARE(ws.releases()->front().name, summaryBefore.name);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM audit_log")), 1);

    QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER boom")));
    QVERIFY(run().ok());
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM audit_log")), 2);
}

QTEST_GUILESS_MAIN(TestWriteTransaction)
#include "tst_writetransaction.moc"
