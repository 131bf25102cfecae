#include "store/WriteTransaction.h"

#include "store/SqliteDialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace gl {

WriteTransaction::WriteTransaction(const QSqlDatabase &db, const SqliteDialect &dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Result<void> WriteTransaction::begin()
{
    // QSqlDatabase::transaction() would issue a deferred BEGIN; the write lock must be taken up front.
    QSqlQuery q(m_db);
    if (!q.exec(m_dialect.beginWriteStatement()))
        return m_dialect.queryError(
            q.lastError(), QCoreApplication::translate("Workspace", "starting a write"));
    m_open = true;
    return {};
}

Result<void> WriteTransaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = q.lastError();
        rollback();
        return m_dialect.queryError(error, QCoreApplication::translate("Workspace", "saving the write"));
    }
    m_open = false;
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

} // namespace gl
