#include "store/AuditLog.h"

#include "domain/CanonicalJson.h"
#include "domain/Sha256.h"
#include "store/ColumnFormat.h"
#include "store/SqliteDialect.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace gl {

namespace {

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(double(id)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// One row as stored, with its chain columns.
struct StoredRow {
    AuditEntry entry;
    QString atText; // as stored: hashed as written, never re-formatted
    QString prev;
    QString hash;
};

QString hashOf(const AuditEntry &e, const QString &atText, const QString &previousHash)
{
    const QJsonObject content {
        { QStringLiteral("id"), double(e.id) },
        { QStringLiteral("at"), atText },
        { QStringLiteral("actor"), e.actor },
        { QStringLiteral("release_id"), idOrNull(e.releaseId) },
        { QStringLiteral("entity"), e.entity },
        { QStringLiteral("entity_id"), idOrNull(e.entityId) },
        { QStringLiteral("action"), e.action },
        { QStringLiteral("before"), textOrNull(e.before) },
        { QStringLiteral("after"), textOrNull(e.after) },
        { QStringLiteral("prev"), previousHash },
    };
    return Sha256::hex(canonicalJson(content));
}

const QString selectRows = QStringLiteral(
    "SELECT id, at, actor, release_id, entity, entity_id, action, before, after, prev_hash, row_hash "
    "FROM audit_log ORDER BY id");

StoredRow readRow(const QSqlQuery &q)
{
    StoredRow r;
    r.entry.id = q.value(0).toLongLong();
    r.atText = q.value(1).toString();
    r.entry.at = column::dateTimeFromText(r.atText);
    r.entry.actor = q.value(2).toString();
    r.entry.releaseId = q.value(3).toLongLong();
    r.entry.entity = q.value(4).toString();
    r.entry.entityId = q.value(5).toLongLong();
    r.entry.action = q.value(6).toString();
    r.entry.before = q.value(7).toString();
    r.entry.after = q.value(8).toString();
    r.prev = q.value(9).toString();
    r.hash = q.value(10).toString();
    return r;
}

} // namespace

QString AuditLog::rowHash(const AuditEntry &entry, const QString &previousHash)
{
    return hashOf(entry, column::dateTimeText(entry.at), previousHash);
}

Result<void> AuditLog::append(const QSqlDatabase &db, const SqliteDialect &dialect, const AuditEntry &entryIn)
{
    AuditEntry entry = entryIn;
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    // Inside the caller's write transaction: nobody else appends between this read and the insert.
    QSqlQuery last(db);
    last.setForwardOnly(true);
    if (!last.exec(QStringLiteral("SELECT id, row_hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return dialect.queryError(
            last.lastError(), QCoreApplication::translate("Workspace", "writing the audit log"));
    QString previous;
    entry.id = 1;
    if (last.next()) {
        entry.id = last.value(0).toLongLong() + 1;
        previous = last.value(1).toString();
    }
    last.finish();
    const QString atText = column::dateTimeText(entry.at);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO audit_log (id, at, actor, release_id, entity, entity_id, action, before, "
                       "after, prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.id);
    q.addBindValue(atText);
    q.addBindValue(column::text(entry.actor));
    q.addBindValue(entry.releaseId ? QVariant(entry.releaseId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(column::text(entry.entity));
    q.addBindValue(entry.entityId ? QVariant(entry.entityId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(column::text(entry.action));
    q.addBindValue(column::textOrNull(entry.before));
    q.addBindValue(column::textOrNull(entry.after));
    q.addBindValue(column::text(previous));
    q.addBindValue(hashOf(entry, atText, previous));
    if (!q.exec())
        return dialect.queryError(
            q.lastError(), QCoreApplication::translate("Workspace", "writing the audit log"));
    return {};
}

Result<AuditChain> AuditLog::verifyChain(const QSqlDatabase &db, const SqliteDialect &dialect)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(selectRows))
        return dialect.queryError(
            q.lastError(), QCoreApplication::translate("Workspace", "reading the audit log"));
    AuditChain chain;
    QString previousHash;
    qint64 previousId = 0;
    while (q.next()) {
        const StoredRow row = readRow(q);
        ++chain.rows;
        const auto problem = [&](const QString &text) {
            chain.problems.push_back(AuditChain::Problem { row.entry.id, row.entry.releaseId, text });
        };
        if (hashOf(row.entry, row.atText, row.prev) != row.hash)
            problem(QCoreApplication::translate("Workspace",
                "its content was changed after it was written (its SHA-256 is not the one it holds)"));
        if (row.prev != previousHash) {
            if (previousId == 0)
                problem(QCoreApplication::translate("Workspace",
                    "it is not the first row written, yet no row is before it: the rows before it were "
                    "removed"));
            else
                problem(QCoreApplication::translate("Workspace",
                    "it does not follow row %1: a row between them was removed, or rows were inserted "
                    "or reordered")
                            .arg(previousId));
        }
        previousHash = row.hash;
        previousId = row.entry.id;
    }
    if (q.lastError().isValid())
        return dialect.queryError(
            q.lastError(), QCoreApplication::translate("Workspace", "reading the audit log"));
    chain.headSha256 = previousHash;
    Result<QStringList> missing = dialect.missingTriggers(db);
    if (!missing)
        return missing.error();
    for (const QString &trigger : *missing)
        chain.problems.push_back(AuditChain::Problem { 0, 0,
            QCoreApplication::translate("Workspace", "the trigger %1 that keeps recorded rows from being changed was removed")
                .arg(trigger) });
    return chain;
}

Result<void> AuditLog::chainExistingRows(const QSqlDatabase &db, const SqliteDialect &dialect)
{
    std::vector<StoredRow> rows;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(selectRows))
            return dialect.queryError(
                q.lastError(), QCoreApplication::translate("Workspace", "reading the audit log"));
        while (q.next())
            rows.push_back(readRow(q));
    }
    QSqlQuery set(db);
    set.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = ?, row_hash = ? WHERE id = ?"));
    QString previous;
    for (const StoredRow &row : rows) {
        const QString hash = hashOf(row.entry, row.atText, previous);
        set.addBindValue(column::text(previous));
        set.addBindValue(hash);
        set.addBindValue(row.entry.id);
        if (!set.exec())
            return dialect.queryError(
                set.lastError(), QCoreApplication::translate("Workspace", "chaining the audit log"));
        previous = hash;
    }
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
