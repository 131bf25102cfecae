#pragma once
// The audit log: one row per write (who, when, what, before and after as compact JSON), appended
// inside the write's own transaction. A later migration chains the rows by hash; appending goes
// through here only, so that change stays in this file.

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
};

} // namespace gl
