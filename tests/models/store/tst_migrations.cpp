// Migrations and refusals: a checked backup before any migration, a failing step that leaves the
// file where it was, and every kind of file we must refuse, byte for byte untouched.

#include "StoreFixture.h"
#include "domain/Sha256.h"
#include "domain/Trust.h"
#include "store/ColumnFormat.h"
#include "store/Migrations.h"
#include "store/SqliteDialect.h"
#include "store/Workspace.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace gl;
using fixture::RawDb;

namespace {

// The schema this build ships, and the step after it that only these tests know.
const int current = Workspace::schemaVersion();
const int next = current + 1;

// The builtin ladder plus a next step that really changes the schema.
std::vector<Migration> ladderWithNextStep(const QStringList &step)
{
    std::vector<Migration> ladder = Migrations::builtin();
    ladder.push_back(Migration::fromStatements(next, QStringLiteral("test step"), step));
    return ladder;
}

// The fields schema 1 had: run settings and every item's run fields back to their defaults.
Release v1Fields(Release release)
{
    release.run = RunSettings();
    for (Gate &gate : release.gates) {
        forEachItem(gate.items, [](Item &item) {
            const Item blank;
            item.probe = blank.probe;
            item.expectedExitCode = blank.expectedExitCode;
            item.outputPattern = blank.outputPattern;
            item.outputMustMatch = blank.outputMustMatch;
            item.timeoutSeconds = blank.timeoutSeconds;
            item.commandsImported = blank.commandsImported;
            item.approvedHash = blank.approvedHash;
        });
    }
    return release;
}

// Writes a release with schema 1's columns only, as a Greenlight of schema 1 did; returns its id.
class V1Writer final {
public:
    explicit V1Writer(sqlite3 *db)
        : m_db(db)
    {
    }

    qint64 insert(const Release &r)
    {
        const QString now = column::dateTimeText(r.createdAt);
        if (!run("INSERT INTO releases (name, notes, source, target_readiness, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?)",
                { r.name, r.notes, r.source, r.targetReadiness, now, now }))
            return 0;
        const qint64 releaseId = sqlite3_last_insert_rowid(m_db);
        int gatePosition = 0;
        for (const Gate &gate : r.gates) {
            if (!run("INSERT INTO gates (release_id, position, title, notes, requires_previous) VALUES (?, ?, ?, ?, ?)",
                    { releaseId, gatePosition++, gate.title, gate.notes, int(gate.requiresPrevious) }))
                return 0;
            if (!items(releaseId, sqlite3_last_insert_rowid(m_db), 0, gate.items))
                return 0;
        }
        int position = 0;
        for (const Metric &m : r.metrics) {
            if (!run("INSERT INTO metrics (release_id, position, name, unit, operator, required, required_text, "
                     "current, current_text, weight, blocker) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    { releaseId, position++, m.name, m.unit, operatorSymbol(m.op),
                        m.required ? QVariant(*m.required) : QVariant(), m.requiredText,
                        m.current ? QVariant(*m.current) : QVariant(), m.currentText, m.weight, int(m.blocker) }))
                return 0;
        }
        position = 0;
        for (const Criterion &c : r.criteria) {
            if (!run("INSERT INTO criteria (release_id, position, kind, text, holds) VALUES (?, ?, ?, ?, ?)",
                    { releaseId, position++, column::criterionKindKey(c.kind), c.text, int(c.holds) }))
                return 0;
        }
        if (!run("INSERT INTO audit_log (at, actor, release_id, entity, entity_id, action, after) "
                 "VALUES (?, 'alice', ?, 'release', ?, 'import', '{}')",
                { now, releaseId, releaseId }))
            return 0;
        return releaseId;
    }

private:
    bool items(qint64 releaseId, qint64 gateId, qint64 parentId, const std::vector<Item> &list)
    {
        int position = 0;
        for (const Item &i : list) {
            if (!run("INSERT INTO items (release_id, gate_id, parent_id, position, title, details, commands, "
                     "pass_criteria, evidence, owners, component, ci_job, blocker, status, status_reason, note, "
                     "waiver_expiry, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                     "?, ?, ?, ?)",
                    { releaseId, gateId, parentId ? QVariant(parentId) : QVariant(), position++, i.title,
                        i.details, column::listText(i.commands), i.passCriteria, i.evidence,
                        column::listText(i.owners), i.component, i.ciJob, int(i.blocker), statusKey(i.status),
                        i.statusReason, i.note, column::textOrNull(column::dateText(i.waiverExpiry)),
                        column::textOrNull(column::dateTimeText(i.updatedAt)), i.updatedBy }))
                return false;
            if (!items(releaseId, gateId, sqlite3_last_insert_rowid(m_db), i.children))
                return false;
        }
        return true;
    }

    bool run(const char *sql, const QVariantList &values)
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) != SQLITE_OK) {
            qWarning() << sqlite3_errmsg(m_db);
            return false;
        }
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values[i];
            if (v.isNull())
                sqlite3_bind_null(st, i + 1);
            else if (v.typeId() == QMetaType::Double)
                sqlite3_bind_double(st, i + 1, v.toDouble());
            else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
                sqlite3_bind_int64(st, i + 1, v.toLongLong());
            else
                sqlite3_bind_text(st, i + 1, v.toString().toUtf8().constData(), -1, SQLITE_TRANSIENT);
        }
        const bool done = sqlite3_step(st) == SQLITE_DONE;
        if (!done)
            qWarning() << sqlite3_errmsg(m_db);
        sqlite3_finalize(st);
        return done;
    }

    sqlite3 *m_db;
};

QStringList backupsIn(const QString &dir)
{
    return QDir(dir).entryList({ QStringLiteral("*.bak") }, QDir::Files);
}

// Every file next to the workspace, SQLite's -wal and -shm included.
QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

class TestMigrations final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void newFileNeedsNoBackup();
    void emptyFileIsANewWorkspace();
    void emptySqliteFileIsANewWorkspace();
    void migratesAfterACheckedBackup();
    void schema1FileMigratesWithItsData();
    void failingStepLeavesTheOldVersion();
    void failingLaterStepKeepsEarlierSteps();
    void ladderMustBeContiguous();
    void refusals_data();
    void refusals();
    void folderIsRefused();
    void pathWithUrlCharacters();

private:
    qint64 makeCurrentWorkspace();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("ws.greenlight"));
}

qint64 TestMigrations::makeCurrentWorkspace()
{
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_path);
    if (!ws)
        return 0;
    Result<qint64> id = (*ws)->createRelease(fixture::sampleRelease());
    return id ? *id : 0;
}

void TestMigrations::newFileNeedsNoBackup()
{
    Result<std::unique_ptr<Workspace>> ws = Workspace::openWithMigrations(
        m_path, ladderWithNextStep({ QStringLiteral("CREATE TABLE sign_offs (id %ID%, who TEXT NOT NULL)") }));
    QVERIFY2(ws.ok(), qPrintable(ws.message()));
    QVERIFY((*ws)->wasCreated());
    QCOMPARE((*ws)->version(), next);
    QVERIFY((*ws)->lastBackupPath().isEmpty());
    QVERIFY(backupsIn(m_dir->path()).isEmpty());
    RawDb raw(m_path, true);
    QCOMPARE(raw.count(QStringLiteral("PRAGMA user_version")), next);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM sign_offs")), 0);
    // A new workspace gets large pages: it holds evidence, and blobs cost per page.
    QCOMPARE(raw.count(QStringLiteral("PRAGMA page_size")), SqliteDialect::newFilePageSize);
}

void TestMigrations::emptyFileIsANewWorkspace()
{
    QVERIFY(fixture::writeFile(m_path, QByteArray()));
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_path);
    QVERIFY2(ws.ok(), qPrintable(ws.message()));
    QVERIFY((*ws)->wasCreated());
    QCOMPARE((*ws)->version(), Workspace::schemaVersion());
    QVERIFY((*ws)->createRelease(fixture::sampleRelease()).ok());
}

void TestMigrations::emptySqliteFileIsANewWorkspace()
{
    {
        RawDb raw(m_path);
        // Another tool's leftover user_version does not count without tables.
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 5; VACUUM")));
    }
    QVERIFY(fixture::fileBytes(m_path).startsWith(QByteArrayView("SQLite format 3\0", 16)));
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_path);
    QVERIFY2(ws.ok(), qPrintable(ws.message()));
    QVERIFY((*ws)->wasCreated());
    QVERIFY((*ws)->lastBackupPath().isEmpty());
    QCOMPARE((*ws)->version(), Workspace::schemaVersion());
    const Result<qint64> releaseId = (*ws)->createRelease(fixture::sampleRelease());
    QVERIFY(releaseId.ok());
    // A file that has pages already keeps their size, and content of many pages still goes in.
    const qint64 item = (*ws)->loadRelease(*releaseId)->gates[0].items[0].id;
    RunRecord run;
    run.startedAt = run.finishedAt = QDateTime::currentDateTimeUtc();
    run.verdict = Verdict::Passed;
    run.exitCode = 0;
    const QByteArray log(3 * 1024 * 1024 + 1, 'x');
    const Result<RunRecord> stored = (*ws)->recordRun(item, run, log);
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    QCOMPARE(*(*ws)->evidenceContent(stored->evidenceId), log);
    RawDb raw(m_path, true);
    QCOMPARE(raw.count(QStringLiteral("PRAGMA user_version")), Workspace::schemaVersion());
    QCOMPARE(raw.count(QStringLiteral("PRAGMA page_size")), 4096);
}

void TestMigrations::migratesAfterACheckedBackup()
{
    const qint64 releaseId = makeCurrentWorkspace();
    QVERIFY(releaseId > 0);
    const QByteArray oldBytes = fixture::fileBytes(m_path);

    const QDateTime start = QDateTime::currentDateTimeUtc();
    Result<std::unique_ptr<Workspace>> ws = Workspace::openWithMigrations(m_path,
        ladderWithNextStep({ QStringLiteral("ALTER TABLE audit_log ADD COLUMN hash TEXT"),
            QStringLiteral(
                "CREATE TABLE sign_offs (id %ID%, release_id BIGINT NOT NULL REFERENCES releases(id) "
                "ON DELETE CASCADE, who TEXT NOT NULL)") }));
    QVERIFY2(ws.ok(), qPrintable(ws.message()));
    QCOMPARE((*ws)->version(), next);
    QVERIFY(!(*ws)->wasCreated());

    // The backup sits next to the file, named after it and the old version, and is complete.
    const QString backup = (*ws)->lastBackupPath();
    QVERIFY(!backup.isEmpty());
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(m_path).absolutePath());
    const QString prefix = QStringLiteral("ws.greenlight.v%1-").arg(current);
    QVERIFY2(QFileInfo(backup).fileName().startsWith(prefix), qPrintable(backup));
    QVERIFY(backup.endsWith(QLatin1String(".bak")));
    QCOMPARE(backupsIn(m_dir->path()), QStringList { QFileInfo(backup).fileName() });
    QVERIFY(!QFileInfo::exists(backup + QLatin1String("-wal"))); // checking it left nothing beside it
    QVERIFY(!QFileInfo::exists(backup + QLatin1String("-shm")));
    const QString stamp = QFileInfo(backup).fileName().mid(prefix.size(), 16); // yyyyMMddTHHmmssZ
    QDateTime when = QDateTime::fromString(stamp, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QVERIFY2(when.isValid(), qPrintable(stamp));
    when.setTimeSpec(Qt::UTC);
    QVERIFY2(qAbs(when.secsTo(start)) < 5, qPrintable(stamp));
    {
        RawDb raw(backup, true);
        QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(raw.count(QStringLiteral("PRAGMA user_version")), current);
        QCOMPARE(
            raw.count(QStringLiteral("PRAGMA application_id")), qint64(qint32(Workspace::applicationId)));
        QCOMPARE(raw.value(QStringLiteral("SELECT name FROM releases")).toString(),
            QStringLiteral("Staging 2024.05"));
        QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM items")), 9);
        QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sign_offs'")), 0);
    }
    // The backup opens as a workspace of the old version with the same release.
    {
        Result<std::unique_ptr<Workspace>> old = Workspace::open(backup);
        QVERIFY2(old.ok(), qPrintable(old.message()));
        QCOMPARE((*old)->version(), current);
        QCOMPARE((*old)->loadRelease(releaseId)->name, QStringLiteral("Staging 2024.05"));
    }

    // The migrated file has the new schema and the old data.
    QCOMPARE((*ws)->loadRelease(releaseId)->name, QStringLiteral("Staging 2024.05"));
    QVERIFY((*ws)
                ->setItemStatus(*(*ws)->resolveItem(releaseId, QStringLiteral("Smoke test")),
                    ItemStatus::Passed, QString())
                .ok());
    ws = Result<std::unique_ptr<Workspace>>(std::unique_ptr<Workspace>());
    RawDb raw(m_path, true);
    QCOMPARE(raw.count(QStringLiteral("PRAGMA user_version")), next);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM sign_offs")), 0);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE hash IS NULL")), 2);
    QVERIFY(fixture::fileBytes(m_path) != oldBytes);

    // Opening again at the new version needs no migration and writes no second backup.
    Result<std::unique_ptr<Workspace>> again = Workspace::openWithMigrations(m_path, ladderWithNextStep({}));
    QVERIFY(again.ok());
    QVERIFY((*again)->lastBackupPath().isEmpty());
    QCOMPARE(backupsIn(m_dir->path()).size(), 1);
}

void TestMigrations::schema1FileMigratesWithItsData()
{
    // A file made by the schema 1 ladder and filled with schema 1's columns, as the first release wrote it.
    {
        Result<std::unique_ptr<Workspace>> v1
            = Workspace::openWithMigrations(m_path, { Migrations::builtin().front() });
        QVERIFY2(v1.ok(), qPrintable(v1.message()));
        QCOMPARE((*v1)->version(), 1);
    }
    const Release original = v1Fields(fixture::sampleRelease());
    qint64 releaseId = 0;
    {
        RawDb raw(m_path);
        releaseId = V1Writer(raw.handle()).insert(original);
    }
    QVERIFY(releaseId > 0);

    auto ws = fixture::openWorkspace(m_path);
    QVERIFY(ws);
    QCOMPARE(ws->version(), Workspace::schemaVersion());
    QVERIFY(ws->version() >= 2);
    const QString backup = ws->lastBackupPath();
    QVERIFY2(QFileInfo(backup).fileName().startsWith(QLatin1String("ws.greenlight.v1-")), qPrintable(backup));
    {
        RawDb old(backup, true);
        QCOMPARE(old.count(QStringLiteral("PRAGMA user_version")), 1);
        QCOMPARE(old.count(QStringLiteral("SELECT count(*) FROM items")), 9);
        QCOMPARE(old.count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'runs'")), 0);
    }

    // Every value schema 1 had is still there; the new fields read as their defaults, except that
    // commands nobody ever approved now ask for approval once.
    Result<Release> loaded = ws->loadRelease(releaseId);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message()));
    Release expected = original;
    fixture::copyIds(expected, *loaded);
    Item &lint = expected.gates[0].items[0];
    QVERIFY(!lint.commands.isEmpty());
    lint.commandsImported = true;
    // Schema 3 takes an item's last write as the best guess at its last change.
    for (Gate &gate : expected.gates)
        forEachItem(gate.items, [](Item &item) { item.changedAt = item.updatedAt; });
    QVERIFY(lint.changedAt.isValid());
    QCOMPARE(loaded->run, RunSettings());
    QCOMPARE(loaded->gates[0].items[0].commands, lint.commands);
    QVERIFY(needsApproval(loaded->gates[0].items[0], loaded->run));
    QVERIFY(!loaded->gates[1].items[1].commandsImported); // no commands, nothing to approve
    QVERIFY(*loaded == expected);
    QCOMPARE(ws->audit(releaseId)->size(), size_t(1));

    {
        RawDb raw(m_path, true);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(raw.rows(QStringLiteral("PRAGMA foreign_key_check")), QStringList());
        QCOMPARE(raw.value(QStringLiteral("SELECT run_settings FROM releases")).toString(), QStringLiteral("{}"));
    }

    // The new tables work on the migrated file.
    const qint64 smoke = fixture::itemIdByTitle(*loaded, QStringLiteral("Smoke test"));
    RunRecord run;
    run.verdict = Verdict::Passed;
    run.exitCode = 0;
    Result<RunRecord> stored = ws->recordRun(smoke, run, QByteArrayLiteral("all good\n"));
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    QCOMPARE(*ws->evidenceContent(stored->evidenceId), QByteArrayLiteral("all good\n"));
    QCOMPARE(stored->logSha256, Sha256::hex("all good\n"));
    const Release after = *ws->loadRelease(releaseId);
    const Item *reloaded = findItem(after, smoke);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->status, ItemStatus::Passed);
    QCOMPARE(reloaded->runs.size(), size_t(1));
}

void TestMigrations::failingStepLeavesTheOldVersion()
{
    const qint64 releaseId = makeCurrentWorkspace();
    QVERIFY(releaseId > 0);
    // The step does real work before it fails: that work must be rolled back too.
    Result<std::unique_ptr<Workspace>> ws = Workspace::openWithMigrations(m_path,
        ladderWithNextStep({ QStringLiteral("CREATE TABLE sign_offs (id %ID%, who TEXT NOT NULL)"),
            QStringLiteral("DELETE FROM items"),
            QStringLiteral("ALTER TABLE no_such_table ADD COLUMN x TEXT") }));
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, ErrorCode::Database);
    QVERIFY2(ws.message().contains(QStringLiteral("schema %1").arg(next)), qPrintable(ws.message()));
    QVERIFY2(ws.message().contains(QStringLiteral("stays at schema %1").arg(current)), qPrintable(ws.message()));
    QVERIFY2(ws.message().contains(QLatin1String("no_such_table")), qPrintable(ws.message()));
    QVERIFY2(ws.message().contains(QDir::toNativeSeparators(m_path)), qPrintable(ws.message()));
    QCOMPARE(fixture::workspaceConnections(), 0); // the failed open closed its connection
    QCOMPARE(backupsIn(m_dir->path()).size(), 1); // the backup was taken first
    QVERIFY2(ws.message().contains(backupsIn(m_dir->path()).first()), qPrintable(ws.message()));

    {
        RawDb raw(m_path, true);
        QCOMPARE(raw.count(QStringLiteral("PRAGMA user_version")), current);
        QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sign_offs'")), 0);
        QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM items")), 9);
    }
    Result<std::unique_ptr<Workspace>> old = Workspace::open(m_path);
    QVERIFY2(old.ok(), qPrintable(old.message()));
    QCOMPARE((*old)->version(), current);
    QCOMPARE(leafCount(*(*old)->loadRelease(releaseId)), 7);
}

void TestMigrations::failingLaterStepKeepsEarlierSteps()
{
    QVERIFY(makeCurrentWorkspace() > 0);
    std::vector<Migration> ladder = ladderWithNextStep({ QStringLiteral("CREATE TABLE sign_offs (id %ID%)") });
    Migration broken;
    broken.version = next + 1;
    broken.summary = QStringLiteral("broken in code");
    broken.apply = [](const QSqlDatabase &, const SqliteDialect &) -> Result<void> {
        return makeError(ErrorCode::Invalid, QStringLiteral("step 3 refused"));
    };
    ladder.push_back(broken);
    Result<std::unique_ptr<Workspace>> ws = Workspace::openWithMigrations(m_path, ladder);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, ErrorCode::Invalid);
    QVERIFY2(ws.message().contains(QStringLiteral("schema %1 (broken in code)").arg(next + 1)),
        qPrintable(ws.message()));
    QVERIFY2(ws.message().contains(QStringLiteral("stays at schema %1").arg(next)), qPrintable(ws.message()));
    QVERIFY2(ws.message().contains(QLatin1String("step 3 refused")), qPrintable(ws.message()));
    RawDb raw(m_path, true);
    QCOMPARE(raw.count(QStringLiteral("PRAGMA user_version")), next);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sign_offs'")), 1);
}

void TestMigrations::ladderMustBeContiguous()
{
    std::vector<Migration> gap = Migrations::builtin();
    gap.push_back(Migration::fromStatements(next + 1, QStringLiteral("skips one"), {}));
    Result<std::unique_ptr<Workspace>> ws = Workspace::openWithMigrations(m_path, gap);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, ErrorCode::Invalid);
    QVERIFY(!QFileInfo::exists(m_path));
    QCOMPARE(Migrations::newest(Migrations::builtin()), Workspace::schemaVersion());
}

void TestMigrations::refusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("text file") << QStringLiteral("text") << ErrorCode::NotSqlite
                               << QStringLiteral("not an SQLite database");
    QTest::newRow("binary file") << QStringLiteral("binary") << ErrorCode::NotSqlite
                                 << QStringLiteral("not an SQLite database");
    QTest::newRow("one byte") << QStringLiteral("one byte") << ErrorCode::NotSqlite
                              << QStringLiteral("not an SQLite database");
    QTest::newRow("header cut short")
        << QStringLiteral("short header") << ErrorCode::Corrupt << QStringLiteral("damaged");
    QTest::newRow("other application") << QStringLiteral("foreign") << ErrorCode::ForeignFile
                                       << QStringLiteral("another application (application_id 0x12345678)");
    QTest::newRow("tables without application_id") << QStringLiteral("plain sqlite") << ErrorCode::ForeignFile
                                                   << QStringLiteral("not a Greenlight workspace");
    QTest::newRow("newer schema") << QStringLiteral("newer") << ErrorCode::TooNew
                                  << QStringLiteral("written by a newer Greenlight: schema 7, this build knows %1")
                                         .arg(current);
    QTest::newRow("damaged pages") << QStringLiteral("corrupt pages") << ErrorCode::Corrupt
                                   << QStringLiteral("damaged");
    QTest::newRow("one damaged page")
        << QStringLiteral("corrupt page") << ErrorCode::Corrupt << QStringLiteral("damaged");
    QTest::newRow("damaged schema") << QStringLiteral("corrupt schema") << ErrorCode::Corrupt
                                    << QStringLiteral("damaged");
}

void TestMigrations::refusals()
{
    QFETCH(QString, kind);
    QFETCH(ErrorCode, code);
    QFETCH(QString, messagePart);

    if (kind == QLatin1String("text")) {
        QVERIFY(fixture::writeFile(m_path, "# Staging checklist\n- [ ] not a database\n"));
    } else if (kind == QLatin1String("binary")) {
        QByteArray bytes(4096, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 37) & 0xff);
        QVERIFY(fixture::writeFile(m_path, bytes));
    } else if (kind == QLatin1String("one byte")) {
        QVERIFY(fixture::writeFile(m_path, "S"));
    } else if (kind == QLatin1String("short header")) {
        QVERIFY(fixture::writeFile(m_path, QByteArray("SQLite format 3\0\x10\0", 18)));
    } else if (kind == QLatin1String("foreign")) {
        RawDb raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = 305419896; CREATE TABLE t (x)")));
    } else if (kind == QLatin1String("plain sqlite")) {
        RawDb raw(m_path);
        QVERIFY(
            raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('a')")));
    } else if (kind == QLatin1String("newer")) {
        QVERIFY(makeCurrentWorkspace() > 0);
        RawDb raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 7")));
    } else if (kind == QLatin1String("corrupt page")) {
        // One index page of the items table cut in half: the kind of damage only quick_check sees.
        {
            Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_path);
            QVERIFY(ws.ok());
            Release big = fixture::sampleRelease();
            for (int i = 0; i < 300; ++i)
                big.gates[1].items.push_back(
                    fixture::leaf(QStringLiteral("Item %1 with a longer title to fill pages").arg(i)));
            QVERIFY((*ws)->createRelease(big).ok());
        }
        qint64 page = 0;
        qint64 pageSize = 0;
        {
            RawDb raw(m_path, true);
            page = raw.count(
                QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'items_by_gate'"));
            pageSize = raw.count(QStringLiteral("PRAGMA page_size"));
        }
        QVERIFY(page > 1);
        QVERIFY(pageSize >= 512);
        QByteArray bytes = fixture::fileBytes(m_path);
        // Cells fill a page from its end: the second half holds the index entries.
        for (qsizetype i = (page - 1) * pageSize + pageSize / 2; i < page * pageSize; ++i)
            bytes[i] = char(0xff);
        QVERIFY(fixture::writeFile(m_path, bytes));
    } else if (kind == QLatin1String("corrupt pages")) {
        // A workspace big enough for many pages, then garbage over everything after page 1:
        // the header (application_id, user_version) still says "Greenlight, schema 1".
        {
            Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_path);
            QVERIFY(ws.ok());
            Release big = fixture::sampleRelease();
            for (int i = 0; i < 300; ++i)
                big.gates[1].items.push_back(
                    fixture::leaf(QStringLiteral("Item %1 with a longer title to fill pages").arg(i)));
            QVERIFY((*ws)->createRelease(big).ok());
        }
        qint64 pageSize = 0;
        {
            RawDb raw(m_path, true);
            pageSize = raw.count(QStringLiteral("PRAGMA page_size"));
        }
        QVERIFY(pageSize >= 512);
        QByteArray bytes = fixture::fileBytes(m_path);
        QVERIFY(bytes.size() > 8 * pageSize);
        for (qsizetype i = pageSize; i < bytes.size(); ++i)
            bytes[i] = char(0xA5 ^ (i & 0x3f));
        QVERIFY(fixture::writeFile(m_path, bytes));
    } else if (kind == QLatin1String("corrupt schema")) {
        QVERIFY(makeCurrentWorkspace() > 0);
        QByteArray bytes = fixture::fileBytes(m_path);
        // sqlite_master (page 1 and the pages it grew into) holds the schema as SQL text: break it
        // wherever it is stored.
        QVERIFY(bytes.indexOf("CREATE TABLE items") > 0);
        bytes.replace("CREATE TABLE items", "CREATE TABLX itemz");
        QVERIFY(fixture::writeFile(m_path, bytes));
    }
    QVERIFY(QFileInfo::exists(m_path));
    const QByteArray before = fixture::fileBytes(m_path);
    const QStringList filesBefore = filesIn(m_dir->path());

    Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_path);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, code);
    QVERIFY2(ws.message().contains(messagePart), qPrintable(ws.message()));
    QVERIFY2(ws.message().contains(QDir::toNativeSeparators(m_path)), qPrintable(ws.message()));
    QVERIFY2(ws.message().contains(QLatin1String("not changed")), qPrintable(ws.message()));

    QCOMPARE(fixture::workspaceConnections(), 0);
    // Never modified, no backup, nothing new next to it; a second attempt says the same.
    QCOMPARE(fixture::fileBytes(m_path), before);
    QCOMPARE(filesIn(m_dir->path()), filesBefore);
    Result<std::unique_ptr<Workspace>> again = Workspace::open(m_path);
    QVERIFY(!again.ok());
    QCOMPARE(again.message(), ws.message());
    QCOMPARE(fixture::fileBytes(m_path), before);
}

void TestMigrations::folderIsRefused()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("ws.greenlight")));
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_path);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, ErrorCode::Io);
    QVERIFY2(ws.message().contains(QLatin1String("folder")), qPrintable(ws.message()));
}

void TestMigrations::pathWithUrlCharacters()
{
    // The checks open the file through an SQLite URI: these must not be read as URI syntax.
    m_path = m_dir->filePath(QStringLiteral("release 50%? #1 \u00e9.greenlight"));
    const qint64 releaseId = makeCurrentWorkspace();
    QVERIFY(releaseId > 0);
    QCOMPARE(filesIn(m_dir->path()), QStringList { QFileInfo(m_path).fileName() });
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_path);
    QVERIFY2(ws.ok(), qPrintable(ws.message()));
    QVERIFY(!(*ws)->wasCreated());
    QCOMPARE((*ws)->loadRelease(releaseId)->name, QStringLiteral("Staging 2024.05"));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
