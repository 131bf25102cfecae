#pragma once
// One write: begins with the dialect's write lock (BEGIN IMMEDIATE on SQLite, so two writers never
// deadlock on a lock upgrade), commits explicitly, and rolls back whenever it is left uncommitted.

#include "domain/Result.h"

#include <QSqlDatabase>

namespace gl {

class SqliteDialect;

class WriteTransaction final {
public:
    WriteTransaction(const QSqlDatabase &db, const SqliteDialect &dialect);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Result<void> begin();
    Result<void> commit();
    void rollback();

private:
    const QSqlDatabase &m_db;
    const SqliteDialect &m_dialect;
    bool m_open = false;
};

} // namespace gl
