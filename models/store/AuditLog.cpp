#include "store/AuditLog.h"

#include "store/ColumnFormat.h"
#include "store/SqliteDialect.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace gl {

Result<void> AuditLog::append(const QSqlDatabase &db, const SqliteDialect &dialect, const AuditEntry &entry)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO audit_log (at, actor, release_id, entity, entity_id, action, before, "
                       "after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(column::dateTimeText(entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc()));
    q.addBindValue(column::text(entry.actor));
    q.addBindValue(entry.releaseId ? QVariant(entry.releaseId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(column::text(entry.entity));
    q.addBindValue(entry.entityId ? QVariant(entry.entityId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(column::text(entry.action));
    q.addBindValue(column::textOrNull(entry.before));
    q.addBindValue(column::textOrNull(entry.after));
    if (!q.exec())
        return dialect.queryError(
            q.lastError(), QCoreApplication::translate("Workspace", "writing the audit log"));
    return {};
}

Result<std::vector<AuditEntry>> AuditLog::read(
    const QSqlDatabase &db, const SqliteDialect &dialect, qint64 releaseId, int limit)
{
    QString sql = QStringLiteral("SELECT id, at, actor, release_id, entity, entity_id, action, before, after "
                                 "FROM audit_log WHERE release_id = ? ORDER BY id DESC");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(releaseId);
    if (!q.exec())
        return dialect.queryError(
            q.lastError(), QCoreApplication::translate("Workspace", "reading the audit log"));
    std::vector<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = column::dateTimeFromText(q.value(1).toString());
        e.actor = q.value(2).toString();
        e.releaseId = q.value(3).toLongLong();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toLongLong();
        e.action = q.value(6).toString();
        e.before = q.value(7).toString();
        e.after = q.value(8).toString();
        entries.push_back(std::move(e));
    }
    if (q.lastError().isValid())
        return dialect.queryError(
            q.lastError(), QCoreApplication::translate("Workspace", "reading the audit log"));
    return entries;
}

QString AuditLog::json(const QJsonObject &object)
{
    if (object.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace gl
