// Workspace: a real SQLite file per test. Opening and reopening, pragmas on disk and on the
// connection, the release tree round trip, unique names, the audit row of an import, ON DELETE CASCADE.

#include "StoreFixture.h"
#include "store/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace gl;
using fixture::RawDb;

class TestWorkspace final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void createsAndReopens();
    void pragmasAreSetOnDiskAndConnection();
    void connectionIsRemovedWithTheWorkspace();
    void defaultPathIsInAppData();
    void releaseRoundTrip();
    void textFieldsRoundTrip_data();
    void textFieldsRoundTrip();
    void namesStayUnique();
    void emptyNameIsRefused();
    void renameRelease();
    void createWritesOneAuditRow_data();
    void createWritesOneAuditRow();
    void deleteCascades();
    void auditLimitIsNewestFirst();

private:
    std::unique_ptr<Workspace> openWorkspace() { return fixture::openWorkspace(m_path); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("ws.greenlight"));
}

void TestWorkspace::createsAndReopens()
{
    m_path = m_dir->filePath(QStringLiteral("nested/folder/ws.greenlight"));
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        QVERIFY(ws->wasCreated());
        QCOMPARE(ws->path(), m_path);
        QCOMPARE(ws->version(), Workspace::schemaVersion());
        QVERIFY(ws->lastBackupPath().isEmpty());
        QVERIFY(ws->createRelease(fixture::sampleRelease()).ok());
    }
    QVERIFY(QFileInfo::exists(m_path));
    auto again = openWorkspace();
    QVERIFY(again);
    QVERIFY(!again->wasCreated());
    QVERIFY(again->lastBackupPath().isEmpty());
    Result<std::vector<ReleaseSummary>> list = again->releases();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), size_t(1));
    QCOMPARE(list->front().name, QStringLiteral("Staging 2024.05"));
    QCOMPARE(list->front().source, QStringLiteral("staging-readiness-checklist.md"));
    QCOMPARE(list->front().createdAt, QDateTime(QDate(2024, 5, 1), QTime(9, 30, 15, 123), Qt::UTC));
    QVERIFY(list->front().updatedAt.isValid());
}

void TestWorkspace::pragmasAreSetOnDiskAndConnection()
{
    auto ws = openWorkspace();
    QVERIFY(ws);
    {
        RawDb raw(m_path, true);
        QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA application_id")).toLongLong(),
            qint64(qint32(Workspace::applicationId)));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), Workspace::schemaVersion());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        const QList<QVariant> tables
            = raw.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QCOMPARE(tables,
            (QList<QVariant> { QStringLiteral("audit_log"), QStringLiteral("blob_chunks"),
                QStringLiteral("blobs"), QStringLiteral("criteria"), QStringLiteral("decisions"), QStringLiteral("evidence"),
                QStringLiteral("gates"), QStringLiteral("items"), QStringLiteral("meta"),
                QStringLiteral("metrics"), QStringLiteral("mitigations"), QStringLiteral("releases"), QStringLiteral("runs"), QStringLiteral("signoff_requirements"),
                QStringLiteral("signoffs"), QStringLiteral("stakeholder_keys"), QStringLiteral("stakeholders") }));
    }
    // The header the refusal checks read: "GLNT" at offset 68, the schema at offset 60.
    ws.reset();
    const QByteArray header = fixture::fileBytes(m_path).left(100);
    QCOMPARE(header.mid(68, 4), QByteArray("GLNT"));
    QCOMPARE(int(header.at(63)), Workspace::schemaVersion());

    // foreign_keys is per connection: ask the workspace's own one.
    ws = openWorkspace();
    QVERIFY(ws);
    QStringList ours;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("greenlight-workspace-")))
            ours << name;
    }
    QCOMPARE(ours.size(), 1);
    QCOMPARE(fixture::workspaceConnections(), 1);
    QSqlQuery q(QSqlDatabase::database(ours.first(), false));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
    QVERIFY(q.value(0).toInt() >= 1000);
}

void TestWorkspace::connectionIsRemovedWithTheWorkspace()
{
    const QStringList before = QSqlDatabase::connectionNames();
    auto first = openWorkspace();
    auto second = openWorkspace(); // two instances on one file, as GUI and worker would
    QVERIFY(first && second);
    QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
    Result<qint64> id = first->createRelease(fixture::sampleRelease());
    QVERIFY(id.ok());
    QVERIFY(second->loadRelease(*id).ok());
    first.reset();
    second.reset();
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void TestWorkspace::defaultPathIsInAppData()
{
    const QString path = Workspace::defaultPath();
    QVERIFY(path.endsWith(QLatin1String("/workspace.greenlight")));
    QCOMPARE(
        QFileInfo(path).absolutePath(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

void TestWorkspace::releaseRoundTrip()
{
    auto ws = openWorkspace();
    QVERIFY(ws);
    const Release original = fixture::sampleRelease();
    Result<qint64> id = ws->createRelease(original);
    QVERIFY2(id.ok(), qPrintable(id.message()));
    QVERIFY(*id > 0);
    Result<Release> loaded = ws->loadRelease(*id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message()));

    // Every id assigned, none twice.
    QSet<qint64> itemIds;
    for (const Gate &g : loaded->gates) {
        QVERIFY(g.id > 0);
        forEachItem(g.items, [&](const Item &item) {
            QVERIFY(item.id > 0);
            itemIds.insert(item.id);
        });
    }
    QCOMPARE(itemIds.size(), 9);
    for (const Metric &m : loaded->metrics)
        QVERIFY(m.id > 0);
    for (const Criterion &c : loaded->criteria)
        QVERIFY(c.id > 0);

    // Spot checks first, for readable failures; then the whole value.
    QCOMPARE(loaded->gates.size(), size_t(3));
    const Item &lint = loaded->gates[0].items[0];
    QCOMPARE(lint.commands, original.gates[0].items[0].commands);
    QCOMPARE(lint.owners, original.gates[0].items[0].owners);
    QCOMPARE(lint.waiverExpiry, QDate(2024, 6, 30));
    QCOMPARE(lint.updatedAt, original.gates[0].items[0].updatedAt);
    QCOMPARE(loaded->gates[0].items[1].children.size(), size_t(2));
    QCOMPARE(loaded->gates[0].items[1].children[0].children[1].title, QStringLiteral("Down migration"));
    QCOMPARE(loaded->gates[0].items[1].children[0].children[1].status, ItemStatus::Failed);
    QVERIFY(loaded->gates[1].requiresPrevious);
    QVERIFY(loaded->gates[2].items.empty());
    QCOMPARE(loaded->metrics[0].current, std::optional<double>(3.4));
    QCOMPARE(loaded->metrics[1].current, std::nullopt);
    QCOMPARE(loaded->metrics[1].currentText, QStringLiteral("Leaking"));
    QCOMPARE(loaded->metrics[2].required, std::nullopt);
    QCOMPARE(loaded->criteria[2].kind, CriterionKind::NoGo);
    QCOMPARE(loaded->targetReadiness, 85.5);

    Release expected = original;
    fixture::copyIds(expected, *loaded);
    QCOMPARE(loaded->id, *id);
    QVERIFY(*loaded == expected);

    // The same value again after a reopen (nothing was cached in memory).
    ws.reset();
    ws = openWorkspace();
    QVERIFY(ws);
    Result<Release> reloaded = ws->loadRelease(*id);
    QVERIFY(reloaded.ok());
    QVERIFY(*reloaded == expected);
}

void TestWorkspace::textFieldsRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("quotes") << QStringLiteral("say \"go\" and 'no-go'");
    QTest::newRow("sql-ish") << QStringLiteral("'); DROP TABLE items; --");
    QTest::newRow("json-ish") << QStringLiteral("[\"a\", \"b\"]");
    QTest::newRow("multiline crlf") << QStringLiteral("line 1\r\nline 2\n");
    QTest::newRow("emoji") << QStringLiteral("\u2705 Passed \U0001F680");
    QTest::newRow("mojibake") << QStringLiteral("\u00e2\u0153\u2026 \u201a\u00c4\u00ec");
    QTest::newRow("nul inside") << QStringLiteral("before") + QChar(0) + QStringLiteral("after");
    QTest::newRow("long") << QString(100000, QLatin1Char('x'));
}

void TestWorkspace::textFieldsRoundTrip()
{
    QFETCH(QString, text);
    auto ws = openWorkspace();
    QVERIFY(ws);
    Release r;
    r.name = QStringLiteral("Text");
    r.notes = text;
    Gate g;
    g.title = text.isEmpty() ? QStringLiteral("gate") : text;
    Item item = fixture::leaf(QStringLiteral("item"));
    item.details = text;
    item.commands = { text, text };
    item.owners = { text };
    item.note = text;
    g.items.push_back(item);
    r.gates.push_back(g);
    r.metrics.push_back(
        Metric { 0, text, text, Operator::Equal, std::nullopt, text, std::nullopt, text, 0, false, std::nullopt });
    r.criteria.push_back(Criterion { 0, CriterionKind::Go, text, false });
    Result<qint64> id = ws->createRelease(r);
    QVERIFY2(id.ok(), qPrintable(id.message()));
    Result<Release> loaded = ws->loadRelease(*id);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->notes, text);
    QCOMPARE(loaded->gates[0].title, g.title);
    QCOMPARE(loaded->gates[0].items[0].details, text);
    QCOMPARE(loaded->gates[0].items[0].commands, (QStringList { text, text }));
    QCOMPARE(loaded->gates[0].items[0].owners, QStringList { text });
    QCOMPARE(loaded->metrics[0].name, text);
    QCOMPARE(loaded->criteria[0].text, text);
}

void TestWorkspace::namesStayUnique()
{
    auto ws = openWorkspace();
    QVERIFY(ws);
    QStringList names;
    for (int i = 0; i < 3; ++i) {
        Result<qint64> id = ws->createRelease(fixture::sampleRelease(QStringLiteral("  X ")));
        QVERIFY(id.ok());
        names << ws->loadRelease(*id)->name;
    }
    QCOMPARE(names, (QStringList { QStringLiteral("X"), QStringLiteral("X (2)"), QStringLiteral("X (3)") }));
    // "x" is another name: only exact duplicates get a number.
    Result<qint64> lower = ws->createRelease(fixture::sampleRelease(QStringLiteral("x")));
    QVERIFY(lower.ok());
    QCOMPARE(ws->loadRelease(*lower)->name, QStringLiteral("x"));
    QCOMPARE(ws->releases()->size(), size_t(4));
}

void TestWorkspace::emptyNameIsRefused()
{
    auto ws = openWorkspace();
    QVERIFY(ws);
    Result<qint64> id = ws->createRelease(fixture::sampleRelease(QStringLiteral("   ")));
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, ErrorCode::Invalid);
    QVERIFY2(id.message().contains(QLatin1String("name")), qPrintable(id.message()));
    QVERIFY(ws->releases()->empty());
}

void TestWorkspace::renameRelease()
{
    auto ws = openWorkspace();
    QVERIFY(ws);
    const qint64 a = *ws->createRelease(fixture::sampleRelease(QStringLiteral("A")));
    const qint64 b = *ws->createRelease(fixture::sampleRelease(QStringLiteral("B")));
    const QDateTime before = ws->releases()->front().updatedAt;
    QTest::qWait(5);
    QVERIFY(ws->renameRelease(a, QStringLiteral("A renamed")).ok());
    QCOMPARE(ws->loadRelease(a)->name, QStringLiteral("A renamed"));
    QVERIFY(ws->releases()->front().updatedAt > before);
    const AuditEntry last = ws->audit(a, 1)->front();
    QCOMPARE(last.action, QStringLiteral("rename"));
    QCOMPARE(last.before, QStringLiteral("{\"name\":\"A\"}"));
    QCOMPARE(last.after, QStringLiteral("{\"name\":\"A renamed\"}"));

    Result<void> clash = ws->renameRelease(a, QStringLiteral("B"));
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, ErrorCode::Invalid);
    QVERIFY2(clash.message().contains(QStringLiteral("release %1").arg(b)), qPrintable(clash.message()));
    QCOMPARE(ws->loadRelease(a)->name, QStringLiteral("A renamed"));
    QCOMPARE(ws->renameRelease(a, QString()).error().code, ErrorCode::Invalid);
    QCOMPARE(ws->renameRelease(999, QStringLiteral("Z")).error().code, ErrorCode::NotFound);
}

void TestWorkspace::createWritesOneAuditRow_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("action");
    QTest::newRow("imported") << QStringLiteral("checklist.md") << QStringLiteral("import");
    QTest::newRow("typed in") << QString() << QStringLiteral("create");
}

void TestWorkspace::createWritesOneAuditRow()
{
    QFETCH(QString, source);
    QFETCH(QString, action);
    auto ws = openWorkspace();
    QVERIFY(ws);
    Release r = fixture::sampleRelease();
    r.source = source;
    const QDateTime start = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const qint64 id = *ws->createRelease(r);
    Result<std::vector<AuditEntry>> log = ws->audit(id);
    QVERIFY(log.ok());
    QCOMPARE(log->size(), size_t(1)); // one row for the release, not one per item
    const AuditEntry &e = log->front();
    QCOMPARE(e.action, action);
    QCOMPARE(e.entity, QStringLiteral("release"));
    QCOMPARE(e.entityId, id);
    QCOMPARE(e.releaseId, id);
    QCOMPARE(e.actor, QStringLiteral("tester"));
    QVERIFY(e.at >= start && e.at <= QDateTime::currentDateTimeUtc());
    QCOMPARE(e.at.timeSpec(), Qt::UTC);
    QVERIFY(e.before.isEmpty());
    const QJsonObject after = QJsonDocument::fromJson(e.after.toUtf8()).object();
    QCOMPARE(after.value(QLatin1String("name")).toString(), r.name);
    QCOMPARE(after.value(QLatin1String("gates")).toInt(), 3);
    QCOMPARE(after.value(QLatin1String("items")).toInt(), 9);
    QCOMPARE(after.value(QLatin1String("metrics")).toInt(), 3);
    QCOMPARE(after.value(QLatin1String("criteria")).toInt(), 3);
}

void TestWorkspace::deleteCascades()
{
    auto ws = openWorkspace();
    QVERIFY(ws);
    const qint64 doomed = *ws->createRelease(fixture::sampleRelease(QStringLiteral("Doomed")));
    const qint64 kept = *ws->createRelease(fixture::sampleRelease(QStringLiteral("Kept")));
    const Release keptBefore = *ws->loadRelease(kept);
    QVERIFY(ws->setItemStatus(
                  *ws->resolveItem(doomed, QStringLiteral("Smoke test")), ItemStatus::Passed, QString())
                .ok());
    QVERIFY(ws->deleteRelease(doomed).ok());

    RawDb raw(m_path, true);
    const QString where = QStringLiteral(" WHERE release_id = %1").arg(doomed);
    for (const QString &table : { QStringLiteral("gates"), QStringLiteral("items"), QStringLiteral("metrics"),
             QStringLiteral("criteria") }) {
        QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM ") + table + where), 0);
        QVERIFY(raw.count(QStringLiteral("SELECT count(*) FROM ") + table) > 0);
    }
    QCOMPARE(ws->loadRelease(doomed).error().code, ErrorCode::NotFound);
    QVERIFY(*ws->loadRelease(kept) == keptBefore);
    QCOMPARE(ws->releases()->size(), size_t(1));
    QCOMPARE(ws->resolveRelease(QStringLiteral("Doomed")).error().code, ErrorCode::NotFound);

    // The audit rows of a deleted release stay, ending with the deletion.
    const std::vector<AuditEntry> log = *ws->audit(doomed);
    QCOMPARE(log.size(), size_t(3));
    QCOMPARE(log[0].action, QStringLiteral("delete"));
    const QJsonObject before = QJsonDocument::fromJson(log[0].before.toUtf8()).object();
    QCOMPARE(before.value(QLatin1String("name")).toString(), QStringLiteral("Doomed"));
    QCOMPARE(before.value(QLatin1String("items")).toInt(), 9);
    QVERIFY(log[0].after.isEmpty());
    QCOMPARE(log[1].action, QStringLiteral("status"));
    QCOMPARE(log[2].action, QStringLiteral("import"));
    QCOMPARE(ws->deleteRelease(doomed).error().code, ErrorCode::NotFound);
}

void TestWorkspace::auditLimitIsNewestFirst()
{
    auto ws = openWorkspace();
    QVERIFY(ws);
    const qint64 releaseId = *ws->createRelease(fixture::sampleRelease());
    const qint64 itemId = *ws->resolveItem(releaseId, QStringLiteral("Smoke test"));
    for (ItemStatus s : { ItemStatus::InProgress, ItemStatus::Failed, ItemStatus::Passed })
        QVERIFY(ws->setItemStatus(itemId, s, QString()).ok());
    const std::vector<AuditEntry> all = *ws->audit(releaseId);
    QCOMPARE(all.size(), size_t(4));
    QVERIFY(all[0].id > all[1].id && all[1].id > all[2].id && all[2].id > all[3].id);
    const std::vector<AuditEntry> two = *ws->audit(releaseId, 2);
    QCOMPARE(two.size(), size_t(2));
    QCOMPARE(
        QJsonDocument::fromJson(two[0].after.toUtf8()).object().value(QLatin1String("status")).toString(),
        QStringLiteral("passed"));
    QCOMPARE(ws->audit(releaseId, 0)->size(), size_t(0));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
