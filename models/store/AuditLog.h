#pragma once
// The audit log: one row per write (who, when, what, before and after as compact JSON), appended
// inside the write's own transaction. From schema 5 it is a hash chain: each row holds the SHA-256
// of its own content and of the row before (prev_hash, empty for the first), so editing, deleting,
// inserting or reordering a row breaks the chain where it happened; triggers refuse UPDATE and
// DELETE. Appending goes through here only.

#include "domain/Result.h"
#include "store/Workspace.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace gl {

class SqliteDialect;

class AuditLog final {
public:
    static Result<void> append(const QSqlDatabase &db, const SqliteDialect &dialect, const AuditEntry &entry);
    // Newest first; limit < 0 for all.
    static Result<std::vector<AuditEntry>> read(
        const QSqlDatabase &db, const SqliteDialect &dialect, qint64 releaseId, int limit);
    // Compact JSON text of an object; empty text for an empty object.
    static QString json(const QJsonObject &object);

    // The SHA-256 (hex) a row holds: of the canonical JSON of its id, time, actor, release, entity,
    // entity id, action, before, after and the previous row's hash.
    static QString rowHash(const AuditEntry &entry, const QString &previousHash);
    // Walks the whole chain in id order; every row whose content or link is not what was written.
    static Result<AuditChain> verifyChain(const QSqlDatabase &db, const SqliteDialect &dialect);
    // Schema 5: hashes the rows written before the chain existed, oldest first.
    static Result<void> chainExistingRows(const QSqlDatabase &db, const SqliteDialect &dialect);
};

} // namespace gl
