// Migrations and refusals: a checked backup before any migration, a failing step that leaves the
// file where it was, and every kind of file we must refuse, byte for byte untouched.

#include "StoreFixture.h"
#include "store/Migrations.h"
#include "store/Workspace.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace gl;
using fixture::RawDb;

namespace {

// The builtin ladder plus a step 2 that really changes the schema.
std::vector<Migration> ladderWithStep2(const QStringList &step2)
{
    std::vector<Migration> ladder = Migrations::builtin();
    ladder.push_back(Migration::fromStatements(2, QStringLiteral("test step"), step2));
    return ladder;
}

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
    void failingStepLeavesTheOldVersion();
    void failingLaterStepKeepsEarlierSteps();
    void ladderMustBeContiguous();
    void refusals_data();
    void refusals();
    void folderIsRefused();
    void pathWithUrlCharacters();

private:
    qint64 makeV1Workspace();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("ws.greenlight"));
}

qint64 TestMigrations::makeV1Workspace()
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
        m_path, ladderWithStep2({ QStringLiteral("CREATE TABLE sign_offs (id %ID%, who TEXT NOT NULL)") }));
    QVERIFY2(ws.ok(), qPrintable(ws.message()));
    QVERIFY((*ws)->wasCreated());
    QCOMPARE((*ws)->version(), 2);
    QVERIFY((*ws)->lastBackupPath().isEmpty());
    QVERIFY(backupsIn(m_dir->path()).isEmpty());
    RawDb raw(m_path, true);
    QCOMPARE(raw.count(QStringLiteral("PRAGMA user_version")), 2);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM sign_offs")), 0);
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
    QVERIFY((*ws)->createRelease(fixture::sampleRelease()).ok());
    RawDb raw(m_path, true);
    QCOMPARE(raw.count(QStringLiteral("PRAGMA user_version")), Workspace::schemaVersion());
}

void TestMigrations::migratesAfterACheckedBackup()
{
    const qint64 releaseId = makeV1Workspace();
    QVERIFY(releaseId > 0);
    const QByteArray v1Bytes = fixture::fileBytes(m_path);

    const QDateTime start = QDateTime::currentDateTimeUtc();
    Result<std::unique_ptr<Workspace>> ws = Workspace::openWithMigrations(m_path,
        ladderWithStep2({ QStringLiteral("ALTER TABLE audit_log ADD COLUMN hash TEXT"),
            QStringLiteral(
                "CREATE TABLE sign_offs (id %ID%, release_id BIGINT NOT NULL REFERENCES releases(id) "
                "ON DELETE CASCADE, who TEXT NOT NULL)") }));
    QVERIFY2(ws.ok(), qPrintable(ws.message()));
    QCOMPARE((*ws)->version(), 2);
    QVERIFY(!(*ws)->wasCreated());

    // The backup sits next to the file, named after it and the old version, and is complete.
    const QString backup = (*ws)->lastBackupPath();
    QVERIFY(!backup.isEmpty());
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(m_path).absolutePath());
    QVERIFY2(QFileInfo(backup).fileName().startsWith(QLatin1String("ws.greenlight.v1-")), qPrintable(backup));
    QVERIFY(backup.endsWith(QLatin1String(".bak")));
    QCOMPARE(backupsIn(m_dir->path()), QStringList { QFileInfo(backup).fileName() });
    QVERIFY(!QFileInfo::exists(backup + QLatin1String("-wal"))); // checking it left nothing beside it
    QVERIFY(!QFileInfo::exists(backup + QLatin1String("-shm")));
    const QString stamp = QFileInfo(backup).fileName().mid(17, 16); // yyyyMMddTHHmmssZ
    QDateTime when = QDateTime::fromString(stamp, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QVERIFY2(when.isValid(), qPrintable(stamp));
    when.setTimeSpec(Qt::UTC);
    QVERIFY2(qAbs(when.secsTo(start)) < 5, qPrintable(stamp));
    {
        RawDb raw(backup, true);
        QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(raw.count(QStringLiteral("PRAGMA user_version")), 1);
        QCOMPARE(
            raw.count(QStringLiteral("PRAGMA application_id")), qint64(qint32(Workspace::applicationId)));
        QCOMPARE(raw.value(QStringLiteral("SELECT name FROM releases")).toString(),
            QStringLiteral("Staging 2024.05"));
        QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM items")), 9);
        QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sign_offs'")), 0);
    }
    // The backup opens as a v1 workspace with the same release.
    {
        Result<std::unique_ptr<Workspace>> old = Workspace::open(backup);
        QVERIFY2(old.ok(), qPrintable(old.message()));
        QCOMPARE((*old)->version(), 1);
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
    QCOMPARE(raw.count(QStringLiteral("PRAGMA user_version")), 2);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM sign_offs")), 0);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE hash IS NULL")), 2);
    QVERIFY(fixture::fileBytes(m_path) != v1Bytes);

    // Opening again at version 2 needs no migration and writes no second backup.
    Result<std::unique_ptr<Workspace>> again = Workspace::openWithMigrations(m_path, ladderWithStep2({}));
    QVERIFY(again.ok());
    QVERIFY((*again)->lastBackupPath().isEmpty());
    QCOMPARE(backupsIn(m_dir->path()).size(), 1);
}

void TestMigrations::failingStepLeavesTheOldVersion()
{
    const qint64 releaseId = makeV1Workspace();
    QVERIFY(releaseId > 0);
    // The step does real work before it fails: that work must be rolled back too.
    Result<std::unique_ptr<Workspace>> ws = Workspace::openWithMigrations(m_path,
        ladderWithStep2({ QStringLiteral("CREATE TABLE sign_offs (id %ID%, who TEXT NOT NULL)"),
            QStringLiteral("DELETE FROM items"),
            QStringLiteral("ALTER TABLE no_such_table ADD COLUMN x TEXT") }));
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, ErrorCode::Database);
    QVERIFY2(ws.message().contains(QLatin1String("schema 2")), qPrintable(ws.message()));
    QVERIFY2(ws.message().contains(QLatin1String("stays at schema 1")), qPrintable(ws.message()));
    QVERIFY2(ws.message().contains(QLatin1String("no_such_table")), qPrintable(ws.message()));
    QVERIFY2(ws.message().contains(QDir::toNativeSeparators(m_path)), qPrintable(ws.message()));
    QCOMPARE(fixture::workspaceConnections(), 0); // the failed open closed its connection
    QCOMPARE(backupsIn(m_dir->path()).size(), 1); // the backup was taken first
    QVERIFY2(ws.message().contains(backupsIn(m_dir->path()).first()), qPrintable(ws.message()));

    {
        RawDb raw(m_path, true);
        QCOMPARE(raw.count(QStringLiteral("PRAGMA user_version")), 1);
        QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sign_offs'")), 0);
        QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM items")), 9);
    }
    Result<std::unique_ptr<Workspace>> v1 = Workspace::open(m_path);
    QVERIFY2(v1.ok(), qPrintable(v1.message()));
    QCOMPARE((*v1)->version(), 1);
    QCOMPARE(leafCount(*(*v1)->loadRelease(releaseId)), 7);
}

void TestMigrations::failingLaterStepKeepsEarlierSteps()
{
    QVERIFY(makeV1Workspace() > 0);
    std::vector<Migration> ladder = ladderWithStep2({ QStringLiteral("CREATE TABLE sign_offs (id %ID%)") });
    Migration broken;
    broken.version = 3;
    broken.summary = QStringLiteral("broken in code");
    broken.apply = [](const QSqlDatabase &, const SqliteDialect &) -> Result<void> {
        return makeError(ErrorCode::Invalid, QStringLiteral("step 3 refused"));
    };
    ladder.push_back(broken);
    Result<std::unique_ptr<Workspace>> ws = Workspace::openWithMigrations(m_path, ladder);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, ErrorCode::Invalid);
    QVERIFY2(ws.message().contains(QLatin1String("schema 3 (broken in code)")), qPrintable(ws.message()));
    QVERIFY2(ws.message().contains(QLatin1String("stays at schema 2")), qPrintable(ws.message()));
    QVERIFY2(ws.message().contains(QLatin1String("step 3 refused")), qPrintable(ws.message()));
    RawDb raw(m_path, true);
    QCOMPARE(raw.count(QStringLiteral("PRAGMA user_version")), 2);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sign_offs'")), 1);
}

void TestMigrations::ladderMustBeContiguous()
{
    std::vector<Migration> gap = Migrations::builtin();
    gap.push_back(Migration::fromStatements(3, QStringLiteral("skips 2"), {}));
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
                                  << QStringLiteral(
                                         "written by a newer Greenlight: schema 7, this build knows 1");
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
        QVERIFY(makeV1Workspace() > 0);
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
        {
            RawDb raw(m_path, true);
            page = raw.count(
                QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'items_by_gate'"));
        }
        QVERIFY(page > 1);
        QByteArray bytes = fixture::fileBytes(m_path);
        for (qsizetype i = (page - 1) * 4096 + 2048; i < page * 4096; ++i)
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
        QByteArray bytes = fixture::fileBytes(m_path);
        QVERIFY(bytes.size() > 8 * 4096);
        for (qsizetype i = 4096; i < bytes.size(); ++i)
            bytes[i] = char(0xA5 ^ (i & 0x3f));
        QVERIFY(fixture::writeFile(m_path, bytes));
    } else if (kind == QLatin1String("corrupt schema")) {
        QVERIFY(makeV1Workspace() > 0);
        QByteArray bytes = fixture::fileBytes(m_path);
        // Page 1 holds sqlite_master: break the SQL text of the schema where it is stored.
        const qsizetype at = bytes.indexOf("CREATE TABLE items");
        QVERIFY(at > 0 && at < 4096);
        bytes.replace(at, 18, "CREATE TABLX itemz");
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
    const qint64 releaseId = makeV1Workspace();
    QVERIFY(releaseId > 0);
    QCOMPARE(filesIn(m_dir->path()), QStringList { QFileInfo(m_path).fileName() });
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_path);
    QVERIFY2(ws.ok(), qPrintable(ws.message()));
    QVERIFY(!(*ws)->wasCreated());
    QCOMPARE((*ws)->loadRelease(releaseId)->name, QStringLiteral("Staging 2024.05"));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
