#pragma once
// Everything that only SQLite understands, in one place (with SqliteFileCheck, the checks before a
// file is opened): PRAGMAs, BEGIN IMMEDIATE, VACUUM INTO, the identity and binary column types, error
// codes, the fast paths through the connection's own sqlite3 handle (bulk insert and read of a
// release; the reads are in SqliteDialectReads.cpp). A PostgreSQL backend gets its own dialect; the
// rest of the store speaks portable SQL through QtSql.

#include "domain/Release.h"
#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <vector>

struct sqlite3;
class QSqlError;

namespace gl {

class SqliteDialect final {
public:
    // Wraps an open QSQLITE connection; fails when the driver gives no sqlite3 handle.
    static Result<SqliteDialect> attach(const QSqlDatabase &db, const QString &path);

    QString path() const { return m_path; }

    // A new file's page size; see configure().
    static constexpr int newFilePageSize = 65536;
    // How large the write-ahead log may grow before a commit checkpoints it.
    static constexpr qint64 autoCheckpointBytes = qint64(4) * 1024 * 1024;

    // foreign_keys, busy_timeout, WAL, the page size of a new file and the automatic checkpoint:
    // for every read-write connection.
    Result<void> configure(const QSqlDatabase &db);
    // Off: this connection's commits never checkpoint, so a commit of large content returns once
    // it is in the log; its owner then calls checkpoint() when nobody waits for it.
    void setAutoCheckpoint(bool on) const;
    Result<void> checkpoint() const;
    Result<int> userVersion(const QSqlDatabase &db) const;
    // Within a migration's transaction: stamps application_id and user_version into the header.
    Result<void> stampVersion(const QSqlDatabase &db, quint32 applicationId, int version) const;
    // Writes "<file>.v<version>-<UTC time>.bak" with VACUUM INTO, then checks it (read-only,
    // quick_check, user_version and application_id); returns its path.
    Result<QString> backup(const QSqlDatabase &db, quint32 applicationId, int version) const;

    QString beginWriteStatement() const { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString identityColumn() const { return QStringLiteral("INTEGER PRIMARY KEY"); }
    QString blobColumn() const { return QStringLiteral("BLOB"); }
    // Statements that make a table refuse UPDATE and DELETE (the audit log, issue 5): SQLite triggers
    // that abort the statement, and with it the caller's transaction.
    QStringList appendOnlyStatements(const QString &table) const;
    // A trigger that refuses any UPDATE of these columns (the rest stay writable); DELETE is left
    // alone (ON DELETE CASCADE still removes the rows with their release).
    QString fixedColumnsStatement(const QString &table, const QStringList &columns) const;
    // Which of the triggers the migrations made are gone (someone with the file dropped them).
    Result<QStringList> missingTriggers(const QSqlDatabase &db) const;
    ErrorCode errorCode(const QSqlError &error) const;
    static ErrorCode errorCodeFor(int sqliteResultCode);
    // "<file>: <doing> failed: <driver message>", with the code mapped from SQLite's.
    Error queryError(const QSqlError &error, const QString &doing) const;

    struct Inserted {
        qint64 releaseId = 0;
        int gates = 0;
        int items = 0;
        int metrics = 0;
        int criteria = 0;
    };
    // Inserts the release row and its whole tree through the raw handle with reused prepared
    // statements. Must run inside a write transaction. name replaces release.name (made unique by
    // the caller); now is the ISO text for updated_at (and created_at when the release has none).
    // A metric's source follows its item to the item's new id (dropped when the item is not in the
    // value); items' evidence requirements and change times are written as given.
    Result<Inserted> insertRelease(const Release &release, const QString &name, const QString &now) const;

    // One items row, children not yet attached; the store builds the tree from parent ids.
    struct ItemRow {
        qint64 gateId = 0;
        qint64 parentId = 0; // 0 for a top-level item of its gate
        int position = 0; // among its siblings
        Item item;
    };
    // Every item of a release in id order, read through the raw handle: QtSql's
    // per-value QVariant costs more than the rest of loading a release together.
    Result<std::vector<ItemRow>> readItems(qint64 releaseId) const;

    // Every run of a release, oldest first (started_at, then id), with logSha256 and logSize from
    // its evidence row: one query for the whole release.
    Result<std::vector<RunRecord>> readRuns(qint64 releaseId) const;

    // Every piece of evidence of a release (run logs and probe results included), oldest first
    // (added_at, then id): one query for the whole release.
    Result<std::vector<Evidence>> readEvidence(qint64 releaseId) const;

private:
    SqliteDialect(sqlite3 *handle, const QString &path)
        : m_handle(handle)
        , m_path(path)
    {
    }
    Error rawError(const QString &doing) const;

    sqlite3 *m_handle = nullptr; // owned by the QSqlDatabase connection
    QString m_path;
    int m_autoCheckpointPages = 1000; // SQLite's default until configure()
};

} // namespace gl
