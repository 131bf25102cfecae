// The audit log as a hash chain (issue 5): every write appends a row holding the SHA-256 of its
// content and of the row before; SQLite refuses UPDATE and DELETE on it; and with the triggers
// dropped by someone with the file, an edited, deleted or reordered row is found at the right row.
// A schema 4 file's rows are chained when it migrates.

#include "StoreFixture.h"
#include "store/AuditLog.h"
#include "store/Migrations.h"

#include <QtTest>

using namespace gl;
using fixture::RawDb;

class TestAuditChain final : public QObject, fixture::SampleWorkspace {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everyWriteExtendsTheChain();
    void triggersRefuseUpdateAndDelete();
    void editedRowIsFound();
    void deletedRowIsFound();
    void reorderedRowsAreFound();
    void schema4RowsAreChainedOnMigration();

private:
    void makeHistory(); // a few more rows
    void dropTriggers();
    AuditChain chain() const; // the row problems (the dropped triggers are checked on their own)
};

void TestAuditChain::init()
{
    const QString problem = setUpSample();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    makeHistory();
}

void TestAuditChain::cleanup()
{
    tearDownSample();
}

void TestAuditChain::makeHistory()
{
    const qint64 item = id(QStringLiteral("Up migration"));
    QVERIFY(m_ws->setItemStatus(item, ItemStatus::Failed, QStringLiteral("one")));
    QVERIFY(m_ws->setItemStatus(item, ItemStatus::Passed, QString()));
    QVERIFY(m_ws->attachNote(item, QStringLiteral("seen")));
    QVERIFY(m_ws->addStakeholder(QStringLiteral("Alice"), QStringLiteral("QA")));
}

void TestAuditChain::dropTriggers()
{
    {
        RawDb raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    }
    // Dropping them is itself reported, even before any row is touched.
    const Result<AuditChain> c = m_ws->verifyAuditChain();
    QVERIFY(c);
    QStringList problems;
    for (const AuditChain::Problem &p : c->problems)
        problems << p.problem;
    QVERIFY2(problems.join(u'\n').contains(QStringLiteral("audit_log_no_update")), qPrintable(problems.join(u'\n')));
    QVERIFY(problems.join(u'\n').contains(QStringLiteral("audit_log_no_delete")));
}

AuditChain TestAuditChain::chain() const
{
    const Result<AuditChain> c = m_ws->verifyAuditChain();
    if (!c)
        return AuditChain();
    AuditChain rows = *c;
    rows.problems.clear();
    for (const AuditChain::Problem &p : c->problems) {
        if (p.rowId > 0)
            rows.problems.push_back(p);
    }
    return rows;
}

void TestAuditChain::everyWriteExtendsTheChain()
{
    const AuditChain c = chain();
    QCOMPARE(c.rows, qint64(5)); // import, two statuses, the note, the stakeholder
    QVERIFY(c.problems.empty());
    RawDb raw(m_path, true);
    const QStringList links
        = raw.rows(QStringLiteral("SELECT id, prev_hash, row_hash FROM audit_log ORDER BY id"));
    QCOMPARE(links.size(), 5);
    QString previous;
    for (const QString &link : links) {
        const QStringList parts = link.split(u'|');
        QCOMPARE(parts[1], previous); // the first row's is empty
        QCOMPARE(parts[2].size(), 64);
        previous = parts[2];
    }
    QCOMPARE(c.headSha256, previous);
    // One more write, one more link.
    QVERIFY(m_ws->setCriterionHolds(m_release.criteria.front().id, true));
    QCOMPARE(chain().rows, qint64(6));
    QVERIFY(chain().headSha256 != previous);
    QVERIFY(chain().problems.empty());
}

void TestAuditChain::triggersRefuseUpdateAndDelete()
{
    QVERIFY(m_ws->verifyAuditChain()->problems.empty()); // no row problem and every trigger in place
    RawDb raw(m_path);
    QVERIFY(!raw.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 2")));
    QVERIFY(raw.lastError().contains(QStringLiteral("append-only")));
    QVERIFY(!raw.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
    QVERIFY(!raw.exec(QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM audit_log")), 5);
    // Deleting a release keeps its history.
    QVERIFY(m_ws->deleteRelease(m_releaseId));
    QVERIFY(raw.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE release_id = %1").arg(m_releaseId))
        >= 4);
    QVERIFY(chain().problems.empty());
}

void TestAuditChain::editedRowIsFound()
{
    dropTriggers();
    {
        RawDb raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 3")));
    }
    const AuditChain c = chain();
    QCOMPARE(int(c.problems.size()), 1);
    QCOMPARE(c.problems.front().rowId, qint64(3));
    QCOMPARE(c.problems.front().releaseId, m_releaseId);
    QVERIFY(c.problems.front().problem.contains(QStringLiteral("content was changed")));
    // Recomputing the row's own hash is not enough: the next row's link then breaks.
    {
        RawDb raw(m_path);
        const QStringList row
            = raw.rows(QStringLiteral("SELECT id, at, actor, release_id, entity, entity_id, action, "
                                      "before, after, prev_hash FROM audit_log WHERE id = 3"));
        QCOMPARE(row.size(), 1);
        AuditEntry e;
        const QStringList f = row.front().split(u'|');
        e.id = 3;
        e.at = QDateTime::fromString(f[1], Qt::ISODateWithMs);
        e.actor = f[2];
        e.releaseId = f[3].toLongLong();
        e.entity = f[4];
        e.entityId = f[5] == QLatin1String("NULL") ? 0 : f[5].toLongLong();
        e.action = f[6];
        e.before = f[7] == QLatin1String("NULL") ? QString() : f[7];
        e.after = f[8] == QLatin1String("NULL") ? QString() : f[8];
        QVERIFY(raw.exec(QStringLiteral("UPDATE audit_log SET row_hash = '%1' WHERE id = 3")
                             .arg(AuditLog::rowHash(e, f[9]))));
    }
    const AuditChain rehashed = chain();
    QCOMPARE(int(rehashed.problems.size()), 1);
    QCOMPARE(rehashed.problems.front().rowId, qint64(4));
    QVERIFY(rehashed.problems.front().problem.contains(QStringLiteral("does not follow row 3")));
}

void TestAuditChain::deletedRowIsFound()
{
    dropTriggers();
    {
        RawDb raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3")));
    }
    const AuditChain c = chain();
    QCOMPARE(c.rows, qint64(4));
    QCOMPARE(int(c.problems.size()), 1);
    QCOMPARE(c.problems.front().rowId, qint64(4));
    QVERIFY(c.problems.front().problem.contains(QStringLiteral("does not follow row 2")));
    // The first row gone: the new first row says so.
    {
        RawDb raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")));
    }
    const AuditChain headless = chain();
    QCOMPARE(headless.problems.front().rowId, qint64(2));
    QVERIFY(headless.problems.front().problem.contains(QStringLiteral("removed")));
}

void TestAuditChain::reorderedRowsAreFound()
{
    dropTriggers();
    {
        RawDb raw(m_path);
        // Rows 2 and 3 trade places: each keeps its content, chain columns and hash, under the other's id.
        QVERIFY(raw.exec(QStringLiteral("UPDATE audit_log SET id = 1000 WHERE id = 2")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE audit_log SET id = 2 WHERE id = 3")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE audit_log SET id = 3 WHERE id = 1000")));
    }
    const AuditChain c = chain();
    QVERIFY(!c.problems.empty());
    QCOMPARE(c.problems.front().rowId, qint64(2));
    for (const AuditChain::Problem &p : c.problems)
        QVERIFY(p.rowId >= 2 && p.rowId <= 4);
}

void TestAuditChain::schema4RowsAreChainedOnMigration()
{
    const QString path = m_dir->filePath(QStringLiteral("v4.greenlight"));
    {
        std::vector<Migration> four(Migrations::builtin().begin(), Migrations::builtin().begin() + 4);
        Result<std::unique_ptr<Workspace>> v4 = Workspace::openWithMigrations(path, four);
        QVERIFY2(v4, qPrintable(v4.message()));
        QCOMPARE((*v4)->version(), 4);
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO audit_log (at, actor, entity, action) VALUES "
                                        "('2026-01-01T00:00:00.000Z', 'old', 'release', 'create'), "
                                        "('2026-01-02T00:00:00.000Z', 'old', 'release', 'update')")));
    }
    auto ws = fixture::openWorkspace(path);
    QVERIFY(ws);
    QCOMPARE(ws->version(), Workspace::schemaVersion());
    Result<AuditChain> c = ws->verifyAuditChain();
    QVERIFY(c);
    QCOMPARE(c->rows, qint64(2));
    QVERIFY(c->problems.empty());
    QCOMPARE(c->headSha256.size(), 64);
    RawDb raw(path, true);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE row_hash = ''")), 0);
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
