#include "store/SqliteFileCheck.h"

#include "store/SqliteDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QtEndian>
#include <memory>
#include <sqlite3.h>

namespace gl {

namespace {

constexpr int busyTimeoutMs = 5000;
constexpr char sqliteMagic[] = "SQLite format 3"; // 15 characters and the terminating NUL: 16 bytes

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

struct CloseConnection {
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
using Connection = std::unique_ptr<sqlite3, CloseConnection>;

struct FinalizeStatement {
    void operator()(sqlite3_stmt *st) const { sqlite3_finalize(st); }
};
using StatementHandle = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

Error probeError(const QString &path, int rc, const char *message)
{
    const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    if (SqliteDialect::errorCodeFor(rc) == ErrorCode::Corrupt) {
        return makeError(ErrorCode::Corrupt,
            QCoreApplication::translate("Workspace",
                "%1 is a damaged database: SQLite reports \"%2\". "
                "The file was not changed; restore it from a backup "
                "(a .bak file next to it).")
                .arg(shown(path), detail));
    }
    return makeError(SqliteDialect::errorCodeFor(rc),
        QCoreApplication::translate("Workspace", "Cannot read %1: %2").arg(shown(path), detail));
}

Result<qint64> singleInteger(sqlite3 *db, const QString &path, const char *sql)
{
    sqlite3_stmt *raw = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &raw, nullptr);
    StatementHandle st(raw);
    if (rc != SQLITE_OK)
        return probeError(path, rc, sqlite3_errmsg(db));
    rc = sqlite3_step(st.get());
    if (rc != SQLITE_ROW)
        return probeError(path, rc, sqlite3_errmsg(db));
    return qint64(sqlite3_column_int64(st.get(), 0));
}

} // namespace

Result<SqliteFileCheck::Contents> SqliteFileCheck::lookInside(const QString &path)
{
    // A file with no -wal or -journal beside it is not open anywhere and has nothing pending, so it
    // is read as immutable: SQLite then leaves no -wal and -shm next to a file it may refuse.
    // Otherwise a plain read-only open shares the live WAL with whoever has the file open.
    QByteArray target = QFile::encodeName(path);
    int flags = SQLITE_OPEN_READONLY;
    if (!QFileInfo::exists(path + QLatin1String("-wal"))
        && !QFileInfo::exists(path + QLatin1String("-journal"))) {
        target = QUrl::fromLocalFile(path).toEncoded() + "?immutable=1";
        flags |= SQLITE_OPEN_URI;
    }
    sqlite3 *raw = nullptr;
    int rc = sqlite3_open_v2(target.constData(), &raw, flags, nullptr);
    Connection db(raw);
    if (rc != SQLITE_OK)
        return probeError(path, rc, raw ? sqlite3_errmsg(raw) : nullptr);
    sqlite3_busy_timeout(db.get(), busyTimeoutMs);

    sqlite3_stmt *rawCheck = nullptr;
    rc = sqlite3_prepare_v2(db.get(), "PRAGMA quick_check", -1, &rawCheck, nullptr);
    StatementHandle check(rawCheck);
    if (rc != SQLITE_OK)
        return probeError(path, rc, sqlite3_errmsg(db.get()));
    QStringList problems;
    while ((rc = sqlite3_step(check.get())) == SQLITE_ROW) {
        const QString line
            = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check.get(), 0)));
        if (line != QLatin1String("ok"))
            problems << line.simplified();
    }
    if (rc != SQLITE_DONE)
        return probeError(path, rc, sqlite3_errmsg(db.get()));
    if (!problems.isEmpty()) {
        if (problems.size() > 3)
            problems = problems.mid(0, 3) << QStringLiteral("...");
        return makeError(ErrorCode::Corrupt,
            QCoreApplication::translate("Workspace",
                "%1 is a damaged database: SQLite's quick_check reports "
                "\"%2\". The file was not changed; restore it from a "
                "backup (a .bak file next to it).")
                .arg(shown(path), problems.join(QLatin1String("; "))));
    }
    check.reset();

    Contents probe;
    Result<qint64> appId = singleInteger(db.get(), path, "PRAGMA application_id");
    if (!appId)
        return appId.error();
    probe.applicationId = quint32(*appId);
    Result<qint64> version = singleInteger(db.get(), path, "PRAGMA user_version");
    if (!version)
        return version.error();
    probe.version = int(*version);
    Result<qint64> tables = singleInteger(db.get(), path,
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'");
    if (!tables)
        return tables.error();
    probe.userTables = int(*tables);
    return probe;
}

namespace {

Error foreignFile(const QString &path, quint32 applicationId)
{
    return makeError(ErrorCode::ForeignFile,
        QCoreApplication::translate("Workspace",
            "%1 is not a Greenlight workspace: it is the SQLite database of "
            "another application (application_id 0x%2). The file was not "
            "changed.")
            .arg(shown(path),
                QString::number(applicationId, 16).toUpper().rightJustified(8, QLatin1Char('0'))));
}

Error tooNew(const QString &path, int version, int newestKnown)
{
    return makeError(ErrorCode::TooNew,
        QCoreApplication::translate("Workspace",
            "%1 was written by a newer Greenlight: schema %2, this build knows "
            "%3. Update Greenlight to open it; the file was not changed.")
            .arg(shown(path), QString::number(version), QString::number(newestKnown)));
}

// The header fields we need, read straight from the first 100 bytes (SQLite file format, section 1.3).
Result<SqliteFileCheck::FileState> checkHeader(
    const QString &path, quint32 applicationId, int newestKnown, quint32 *headerApplicationId)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("Workspace", "Cannot read %1: %2")
                .arg(shown(path), file.errorString()));
    }
    if (file.size() == 0)
        return SqliteFileCheck::FileState { true, 0 };
    const QByteArray header = file.read(100);
    if (header.size() < 16 || !header.startsWith(QByteArrayView(sqliteMagic, sizeof sqliteMagic))) {
        return makeError(ErrorCode::NotSqlite,
            QCoreApplication::translate("Workspace",
                "%1 is not a Greenlight workspace: it is not an SQLite "
                "database (it does not start with the SQLite header). The "
                "file was not changed.")
                .arg(shown(path)));
    }
    if (header.size() < 100) {
        return makeError(ErrorCode::Corrupt,
            QCoreApplication::translate("Workspace",
                "%1 is a damaged database: it ends inside the 100-byte SQLite "
                "header. The file was not changed.")
                .arg(shown(path)));
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const int version = qFromBigEndian<qint32>(bytes + 60);
    *headerApplicationId = qFromBigEndian<quint32>(bytes + 68);
    if (*headerApplicationId != 0 && *headerApplicationId != applicationId)
        return foreignFile(path, *headerApplicationId);
    if (*headerApplicationId == applicationId && version > newestKnown)
        return tooNew(path, version, newestKnown);
    return SqliteFileCheck::FileState { false, version };
}

} // namespace

Result<SqliteFileCheck::FileState> SqliteFileCheck::inspect(
    const QString &path, quint32 applicationId, int newestKnown)
{
    quint32 headerApplicationId = 0;
    Result<FileState> header = checkHeader(path, applicationId, newestKnown, &headerApplicationId);
    if (!header || header->isNew)
        return header;

    // The header may lag behind a WAL that was not checkpointed: the read-only look is authoritative.
    Result<Contents> probe = lookInside(path);
    if (!probe)
        return probe.error();
    if (probe->applicationId == 0) {
        if (probe->userTables > 0) {
            return makeError(ErrorCode::ForeignFile,
                QCoreApplication::translate("Workspace",
                    "%1 is not a Greenlight workspace: it is an SQLite "
                    "database that holds tables of its own and has no "
                    "Greenlight application_id. The file was not changed.")
                    .arg(shown(path)));
        }
        return FileState { true, 0 };
    }
    if (probe->applicationId != applicationId)
        return foreignFile(path, probe->applicationId);
    if (probe->version > newestKnown)
        return tooNew(path, probe->version, newestKnown);
    return FileState { probe->version == 0 && probe->userTables == 0, probe->version };
}

} // namespace gl
