// The shape of a release: inserting, removing and moving items and gates. Positions in a sibling list
// stay 0..n-1 without gaps; every call is one transaction with its audit row, refused on a frozen
// release (touchRelease) and whenever it would lose evidence, runs or a metric's source.

#include "store/AuditLog.h"
#include "store/ColumnFormat.h"
#include "store/WorkspacePrivate.h"
#include "store/WriteTransaction.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace gl {

namespace {

// The item and everything below it, as a recursive common table expression named "sub".
const QString subTree = QStringLiteral(
    "WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT i.id FROM items i JOIN sub ON i.parent_id = sub.id) ");

QVariant parentValue(qint64 parentId)
{
    return parentId ? QVariant(parentId) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

Result<void> Workspace::Private::raiseIdFloor(const QString &key, qint64 removedMax) const
{
    // SQLite gives a new row the largest id plus one: once the largest is deleted, its id would
    // come back for the next row, and the audit history of the two would read as one. The floor
    // remembers the largest id ever removed, and new rows are numbered above it.
    QSqlQuery q = query(QStringLiteral(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
        "CAST(max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER)) AS TEXT)"));
    q.addBindValue(key);
    q.addBindValue(QString::number(removedMax));
    return exec(q, tr("recording removed ids"));
}

Result<qint64> Workspace::Private::nextId(const QString &table, const QString &key) const
{
    // table is one of this file's own names, never input.
    QSqlQuery q = query(QStringLiteral("SELECT max(coalesce((SELECT max(id) FROM %1), 0), "
                                       "coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?), 0)) + 1")
                            .arg(table));
    q.addBindValue(key);
    if (Result<void> r = exec(q, tr("numbering a new row")); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : 1;
}

QJsonObject Workspace::Private::placeJson(const ItemPlace &place, const QString &title)
{
    QJsonObject o;
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("gate_id"), place.gateId);
    o.insert(QStringLiteral("parent_id"), place.parentId ? QJsonValue(place.parentId) : QJsonValue());
    o.insert(QStringLiteral("position"), place.position);
    return o;
}

Result<void> Workspace::Private::shiftItems(qint64 gateId, qint64 parentId, int from, int delta) const
{
    QSqlQuery q = query(QStringLiteral(
        "UPDATE items SET position = position + ? WHERE gate_id = ? AND parent_id IS ? AND position >= ?"));
    q.addBindValue(delta);
    q.addBindValue(gateId);
    q.addBindValue(parentValue(parentId));
    q.addBindValue(from);
    return exec(q, tr("renumbering the items of gate %1").arg(gateId));
}

Result<int> Workspace::Private::itemCount(qint64 gateId, qint64 parentId) const
{
    QSqlQuery q = query(QStringLiteral("SELECT count(*) FROM items WHERE gate_id = ? AND parent_id IS ?"));
    q.addBindValue(gateId);
    q.addBindValue(parentValue(parentId));
    if (Result<void> r = exec(q, tr("counting the items of gate %1").arg(gateId)); !r)
        return r.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QString> Workspace::Private::keptRecords(qint64 itemId) const
{
    QSqlQuery q = query(subTree
        + QStringLiteral("SELECT i.title, (SELECT count(*) FROM evidence e WHERE e.item_id = i.id), "
                         "(SELECT count(*) FROM runs r WHERE r.item_id = i.id), "
                         "(SELECT m.name FROM metrics m WHERE m.source_item_id = i.id LIMIT 1) "
                         "FROM items i WHERE i.id IN sub ORDER BY i.id"));
    q.addBindValue(itemId);
    if (Result<void> r = exec(q, tr("reading what item %1 holds").arg(itemId)); !r)
        return r.error();
    while (q.next()) {
        const QString title = q.value(0).toString();
        if (q.value(1).toLongLong() > 0 || q.value(2).toLongLong() > 0)
            return tr("\u201c%1\u201d has evidence or runs, which the record keeps: mark it not applicable "
                      "instead of removing it.")
                .arg(title);
        if (!q.value(3).isNull())
            return tr("\u201c%1\u201d is where metric \u201c%2\u201d takes its value from: unbind the metric first.")
                .arg(title, q.value(3).toString());
    }
    return QString();
}

Result<QString> Workspace::Private::cannotHoldItems(qint64 itemId) const
{
    QSqlQuery q = query(QStringLiteral("SELECT title, (SELECT count(*) FROM evidence e WHERE e.item_id = i.id) + "
                                       "(SELECT count(*) FROM runs r WHERE r.item_id = i.id) FROM items i WHERE id = ?"));
    q.addBindValue(itemId);
    if (Result<void> r = exec(q, tr("reading item %1").arg(itemId)); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound,
            tr("There is no item with id %1 in %2.").arg(QString::number(itemId), shownPath()));
    if (q.value(1).toLongLong() > 0)
        return tr("\u201c%1\u201d has evidence or runs of its own, so it cannot become a group of items.")
            .arg(q.value(0).toString());
    return QString();
}

Result<qint64> Workspace::Private::insertItemRows(
    qint64 releaseId, qint64 gateId, qint64 parentId, int position, const Item &item) const
{
    QSqlQuery q = query(QStringLiteral(
        "INSERT INTO items (id, release_id, gate_id, parent_id, position, title, details, commands, "
        "pass_criteria, evidence, owners, component, ci_job, blocker, status, status_reason, note, "
        "waiver_expiry, updated_at, updated_by, probe, expected_exit_code, output_pattern, "
        "output_must_match, timeout_seconds, commands_imported, approved_hash, evidence_required, "
        "evidence_max_age_hours, evidence_newer_than_change, changed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    qint64 id = item.id;
    if (!id) {
        Result<qint64> next = nextId(QStringLiteral("items"), QStringLiteral("items_removed_max"));
        if (!next)
            return next;
        id = *next;
    }
    q.addBindValue(id);
    q.addBindValue(releaseId);
    q.addBindValue(gateId);
    q.addBindValue(parentValue(parentId));
    q.addBindValue(position);
    q.addBindValue(column::text(item.title));
    q.addBindValue(column::text(item.details));
    q.addBindValue(column::listText(item.commands));
    q.addBindValue(column::text(item.passCriteria));
    q.addBindValue(column::text(item.evidence));
    q.addBindValue(column::listText(item.owners));
    q.addBindValue(column::text(item.component));
    q.addBindValue(column::text(item.ciJob));
    q.addBindValue(item.blocker ? 1 : 0);
    q.addBindValue(statusKey(item.status));
    q.addBindValue(column::text(item.statusReason));
    q.addBindValue(column::text(item.note));
    q.addBindValue(column::textOrNull(
        column::dateText(item.status == ItemStatus::Waived ? item.waiverExpiry : QDate())));
    q.addBindValue(column::textOrNull(column::dateTimeText(item.updatedAt)));
    q.addBindValue(column::text(item.updatedBy));
    q.addBindValue(column::textOrNull(column::probeText(item.probe)));
    q.addBindValue(item.expectedExitCode);
    q.addBindValue(column::text(item.outputPattern));
    q.addBindValue(item.outputMustMatch ? 1 : 0);
    q.addBindValue(item.timeoutSeconds);
    q.addBindValue(item.commandsImported ? 1 : 0);
    q.addBindValue(column::text(item.approvedHash));
    q.addBindValue(item.evidenceRequirement.required ? 1 : 0);
    q.addBindValue(item.evidenceRequirement.maxAgeHours);
    q.addBindValue(item.evidenceRequirement.newerThanChange ? 1 : 0);
    q.addBindValue(column::textOrNull(column::dateTimeText(item.changedAt)));
    if (Result<void> r = exec(q, tr("saving item \u201c%1\u201d").arg(item.title)); !r)
        return r.error();
    int row = 0;
    for (const Item &child : item.children) {
        Result<qint64> written = insertItemRows(releaseId, gateId, id, row++, child);
        if (!written)
            return written;
    }
    return id;
}

Result<void> Workspace::Private::settleFormerGroup(qint64 parentId) const
{
    if (!parentId)
        return {};
    QSqlQuery q = query(QStringLiteral(
        "SELECT status, (SELECT count(*) FROM items c WHERE c.parent_id = i.id) FROM items i WHERE id = ?"));
    q.addBindValue(parentId);
    if (Result<void> r = exec(q, tr("reading item %1").arg(parentId)); !r)
        return r;
    if (!q.next() || q.value(1).toInt() > 0 || q.value(0).toString() == statusKey(ItemStatus::NotStarted))
        return {};
    q.finish();
    // A group's own stored status meant nothing while it had items (it showed theirs); as a leaf
    // again it starts over rather than counting as whatever an import once wrote there.
    return writeStatus(parentId, ItemStatus::NotStarted, QString(), std::nullopt, QDate());
}

Result<Workspace::ItemPlace> Workspace::itemPlace(qint64 itemId) const
{
    QSqlQuery q = d->query(QStringLiteral("SELECT gate_id, parent_id, position FROM items WHERE id = ?"));
    q.addBindValue(itemId);
    if (Result<void> r = d->exec(q, tr("reading item %1").arg(itemId)); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound,
            tr("There is no item with id %1 in %2.").arg(QString::number(itemId), d->shownPath()));
    return ItemPlace { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt() };
}

Result<qint64> Workspace::insertItem(const ItemPlace &placeIn, const Item &item)
{
    if (item.title.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A new item needs a title."));
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r.error();
    QSqlQuery gate = d->query(QStringLiteral("SELECT release_id FROM gates WHERE id = ?"));
    gate.addBindValue(placeIn.gateId);
    if (Result<void> r = d->exec(gate, tr("reading gate %1").arg(placeIn.gateId)); !r)
        return r.error();
    if (!gate.next())
        return makeError(ErrorCode::NotFound,
            tr("There is no gate with id %1 in %2.").arg(QString::number(placeIn.gateId), d->shownPath()));
    const qint64 releaseId = gate.value(0).toLongLong();
    if (placeIn.parentId) {
        Result<ItemPlace> parent = itemPlace(placeIn.parentId);
        if (!parent)
            return parent.error();
        if (parent->gateId != placeIn.gateId)
            return makeError(ErrorCode::Invalid,
                tr("Item %1 is not in gate %2.").arg(placeIn.parentId).arg(placeIn.gateId));
        Result<QString> refused = d->cannotHoldItems(placeIn.parentId);
        if (!refused)
            return refused.error();
        if (!refused->isEmpty())
            return makeError(ErrorCode::Invalid, *refused);
    }
    Result<int> count = d->itemCount(placeIn.gateId, placeIn.parentId);
    if (!count)
        return count.error();
    ItemPlace place = placeIn;
    place.position = std::clamp(place.position, 0, *count);
    if (Result<void> r = d->shiftItems(place.gateId, place.parentId, place.position, 1); !r)
        return r.error();
    Result<qint64> id = d->insertItemRows(releaseId, place.gateId, place.parentId, place.position, item);
    if (!id)
        return id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (Result<void> r = d->touchRelease(releaseId, column::dateTimeText(now)); !r)
        return r.error();
    if (Result<void> r = d->audit(releaseId, QStringLiteral("item"), *id, QStringLiteral("insert"), QString(),
            AuditLog::json(Private::placeJson(place, item.title)), now);
        !r)
        return r.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<void> Workspace::removeItem(qint64 itemId)
{
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    Result<Private::StoredItem> current = d->readItem(itemId);
    if (!current)
        return current.error();
    Result<ItemPlace> place = itemPlace(itemId);
    if (!place)
        return place.error();
    Result<QString> kept = d->keptRecords(itemId);
    if (!kept)
        return kept.error();
    if (!kept->isEmpty())
        return makeError(ErrorCode::Invalid, *kept);
    QSqlQuery highest = d->query(subTree + QStringLiteral("SELECT max(id) FROM sub"));
    highest.addBindValue(itemId);
    if (Result<void> r = d->exec(highest, tr("removing item %1").arg(itemId)); !r)
        return r;
    const qint64 removedMax = highest.next() ? highest.value(0).toLongLong() : itemId;
    highest.finish();
    if (Result<void> r = d->raiseIdFloor(QStringLiteral("items_removed_max"), removedMax); !r)
        return r;
    QSqlQuery q = d->query(QStringLiteral("DELETE FROM items WHERE id = ?"));
    q.addBindValue(itemId);
    if (Result<void> r = d->exec(q, tr("removing item %1").arg(itemId)); !r)
        return r;
    if (Result<void> r = d->shiftItems(place->gateId, place->parentId, place->position + 1, -1); !r)
        return r;
    if (Result<void> r = d->settleFormerGroup(place->parentId); !r)
        return r;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (Result<void> r = d->touchRelease(current->releaseId, column::dateTimeText(now)); !r)
        return r;
    if (Result<void> r = d->audit(current->releaseId, QStringLiteral("item"), itemId, QStringLiteral("remove"),
            AuditLog::json(Private::placeJson(*place, current->item.title)), QString(), now);
        !r)
        return r;
    return tx.commit();
}

Result<void> Workspace::moveItem(qint64 itemId, const ItemPlace &target)
{
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    Result<Private::StoredItem> current = d->readItem(itemId);
    if (!current)
        return current.error();
    Result<ItemPlace> from = itemPlace(itemId);
    if (!from)
        return from.error();
    QSqlQuery gate = d->query(QStringLiteral("SELECT release_id FROM gates WHERE id = ?"));
    gate.addBindValue(target.gateId);
    if (Result<void> r = d->exec(gate, tr("reading gate %1").arg(target.gateId)); !r)
        return r;
    if (!gate.next() || gate.value(0).toLongLong() != current->releaseId)
        return makeError(ErrorCode::Invalid,
            tr("Gate %1 is not a gate of the release item %2 belongs to.").arg(target.gateId).arg(itemId));
    if (target.parentId) {
        // Not into itself or below itself.
        QSqlQuery below = d->query(subTree + QStringLiteral("SELECT count(*) FROM sub WHERE id = ?"));
        below.addBindValue(itemId);
        below.addBindValue(target.parentId);
        if (Result<void> r = d->exec(below, tr("reading the items under item %1").arg(itemId)); !r)
            return r;
        if (below.next() && below.value(0).toLongLong() > 0)
            return makeError(ErrorCode::Invalid,
                tr("\u201c%1\u201d cannot move under itself or one of its own sub-items.").arg(current->item.title));
        Result<ItemPlace> parent = itemPlace(target.parentId);
        if (!parent)
            return parent.error();
        if (parent->gateId != target.gateId)
            return makeError(ErrorCode::Invalid,
                tr("Item %1 is not in gate %2.").arg(target.parentId).arg(target.gateId));
        Result<QString> refused = d->cannotHoldItems(target.parentId);
        if (!refused)
            return refused.error();
        if (!refused->isEmpty())
            return makeError(ErrorCode::Invalid, *refused);
    }
    // Close the gap where it was, then open one where it goes.
    if (Result<void> r = d->shiftItems(from->gateId, from->parentId, from->position + 1, -1); !r)
        return r;
    // Out of every sibling list while the others move.
    QSqlQuery park = d->query(QStringLiteral("UPDATE items SET position = -1 WHERE id = ?"));
    park.addBindValue(itemId);
    if (Result<void> r = d->exec(park, tr("moving item %1").arg(itemId)); !r)
        return r;
    Result<int> count = d->itemCount(target.gateId, target.parentId);
    if (!count)
        return count.error();
    ItemPlace place = target;
    // The parked row is counted when it stays in the same list.
    const int siblings = *count - ((target.gateId == from->gateId && target.parentId == from->parentId) ? 1 : 0);
    place.position = std::clamp(place.position, 0, siblings);
    if (place == *from)
        return {}; // where it was: no write, no audit row (the transaction rolls back)
    if (Result<void> r = d->shiftItems(place.gateId, place.parentId, place.position, 1); !r)
        return r;
    QSqlQuery move = d->query(QStringLiteral("UPDATE items SET parent_id = ?, position = ? WHERE id = ?"));
    move.addBindValue(parentValue(place.parentId));
    move.addBindValue(place.position);
    move.addBindValue(itemId);
    if (Result<void> r = d->exec(move, tr("moving item %1").arg(itemId)); !r)
        return r;
    if (place.gateId != from->gateId) {
        QSqlQuery regate = d->query(subTree + QStringLiteral("UPDATE items SET gate_id = ? WHERE id IN sub"));
        regate.addBindValue(itemId);
        regate.addBindValue(place.gateId);
        if (Result<void> r = d->exec(regate, tr("moving item %1").arg(itemId)); !r)
            return r;
    }
    if (from->parentId != place.parentId) {
        if (Result<void> r = d->settleFormerGroup(from->parentId); !r)
            return r;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (Result<void> r = d->touchRelease(current->releaseId, column::dateTimeText(now)); !r)
        return r;
    if (Result<void> r = d->audit(current->releaseId, QStringLiteral("item"), itemId, QStringLiteral("move"),
            AuditLog::json(Private::placeJson(*from, current->item.title)),
            AuditLog::json(Private::placeJson(place, current->item.title)), now);
        !r)
        return r;
    return tx.commit();
}

Result<qint64> Workspace::insertGate(qint64 releaseId, int position, const Gate &gate)
{
    if (gate.title.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A new gate needs a title."));
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r.error();
    QSqlQuery count = d->query(QStringLiteral("SELECT count(*) FROM gates WHERE release_id = ?"));
    count.addBindValue(releaseId);
    if (Result<void> r = d->exec(count, tr("reading the gates of release %1").arg(releaseId)); !r)
        return r.error();
    const int gates = count.next() ? count.value(0).toInt() : 0;
    position = std::clamp(position, 0, gates);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Refuses a frozen or unknown release before anything is written.
    if (Result<void> r = d->touchRelease(releaseId, column::dateTimeText(now)); !r)
        return r.error();
    QSqlQuery shift = d->query(
        QStringLiteral("UPDATE gates SET position = position + 1 WHERE release_id = ? AND position >= ?"));
    shift.addBindValue(releaseId);
    shift.addBindValue(position);
    if (Result<void> r = d->exec(shift, tr("renumbering the gates of release %1").arg(releaseId)); !r)
        return r.error();
    QSqlQuery insert = d->query(QStringLiteral(
        "INSERT INTO gates (id, release_id, position, title, notes, requires_previous) VALUES (?, ?, ?, ?, ?, ?)"));
    qint64 newGateId = gate.id;
    if (!newGateId) {
        Result<qint64> next = d->nextId(QStringLiteral("gates"), QStringLiteral("gates_removed_max"));
        if (!next)
            return next;
        newGateId = *next;
    }
    insert.addBindValue(newGateId);
    insert.addBindValue(releaseId);
    insert.addBindValue(position);
    insert.addBindValue(column::text(gate.title));
    insert.addBindValue(column::text(gate.notes));
    insert.addBindValue(gate.requiresPrevious ? 1 : 0);
    if (Result<void> r = d->exec(insert, tr("saving gate \u201c%1\u201d").arg(gate.title)); !r)
        return r.error();
    const qint64 gateId = newGateId;
    int row = 0;
    for (const Item &item : gate.items) {
        if (Result<qint64> written = d->insertItemRows(releaseId, gateId, 0, row++, item); !written)
            return written;
    }
    QJsonObject after;
    after.insert(QStringLiteral("title"), gate.title);
    after.insert(QStringLiteral("position"), position);
    after.insert(QStringLiteral("items"), row);
    if (Result<void> r = d->audit(releaseId, QStringLiteral("gate"), gateId, QStringLiteral("insert"), QString(),
            AuditLog::json(after), now);
        !r)
        return r.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return gateId;
}

Result<void> Workspace::removeGate(qint64 gateId)
{
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    QSqlQuery gate = d->query(QStringLiteral("SELECT release_id, position, title FROM gates WHERE id = ?"));
    gate.addBindValue(gateId);
    if (Result<void> r = d->exec(gate, tr("reading gate %1").arg(gateId)); !r)
        return r;
    if (!gate.next())
        return makeError(ErrorCode::NotFound,
            tr("There is no gate with id %1 in %2.").arg(QString::number(gateId), d->shownPath()));
    const qint64 releaseId = gate.value(0).toLongLong();
    const int position = gate.value(1).toInt();
    const QString title = gate.value(2).toString();
    QSqlQuery top = d->query(QStringLiteral("SELECT id FROM items WHERE gate_id = ? AND parent_id IS NULL"));
    top.addBindValue(gateId);
    if (Result<void> r = d->exec(top, tr("reading the items of gate %1").arg(gateId)); !r)
        return r;
    std::vector<qint64> items;
    while (top.next())
        items.push_back(top.value(0).toLongLong());
    for (qint64 item : items) {
        Result<QString> kept = d->keptRecords(item);
        if (!kept)
            return kept.error();
        if (!kept->isEmpty())
            return makeError(ErrorCode::Invalid, *kept);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (Result<void> r = d->touchRelease(releaseId, column::dateTimeText(now)); !r)
        return r;
    QSqlQuery highestItem = d->query(QStringLiteral("SELECT max(id) FROM items WHERE gate_id = ?"));
    highestItem.addBindValue(gateId);
    if (Result<void> r = d->exec(highestItem, tr("removing gate %1").arg(gateId)); !r)
        return r;
    const qint64 itemsMax = highestItem.next() ? highestItem.value(0).toLongLong() : 0;
    highestItem.finish();
    if (Result<void> r = d->raiseIdFloor(QStringLiteral("items_removed_max"), itemsMax); !r)
        return r;
    if (Result<void> r = d->raiseIdFloor(QStringLiteral("gates_removed_max"), gateId); !r)
        return r;
    QSqlQuery remove = d->query(QStringLiteral("DELETE FROM gates WHERE id = ?"));
    remove.addBindValue(gateId);
    if (Result<void> r = d->exec(remove, tr("removing gate %1").arg(gateId)); !r)
        return r;
    QSqlQuery shift = d->query(
        QStringLiteral("UPDATE gates SET position = position - 1 WHERE release_id = ? AND position > ?"));
    shift.addBindValue(releaseId);
    shift.addBindValue(position);
    if (Result<void> r = d->exec(shift, tr("renumbering the gates of release %1").arg(releaseId)); !r)
        return r;
    QJsonObject before;
    before.insert(QStringLiteral("title"), title);
    before.insert(QStringLiteral("position"), position);
    if (Result<void> r = d->audit(releaseId, QStringLiteral("gate"), gateId, QStringLiteral("remove"),
            AuditLog::json(before), QString(), now);
        !r)
        return r;
    return tx.commit();
}

Result<void> Workspace::moveGate(qint64 gateId, int position)
{
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    QSqlQuery gate = d->query(QStringLiteral(
        "SELECT release_id, position, title, (SELECT count(*) FROM gates o WHERE o.release_id = g.release_id) "
        "FROM gates g WHERE id = ?"));
    gate.addBindValue(gateId);
    if (Result<void> r = d->exec(gate, tr("reading gate %1").arg(gateId)); !r)
        return r;
    if (!gate.next())
        return makeError(ErrorCode::NotFound,
            tr("There is no gate with id %1 in %2.").arg(QString::number(gateId), d->shownPath()));
    const qint64 releaseId = gate.value(0).toLongLong();
    const int from = gate.value(1).toInt();
    const QString title = gate.value(2).toString();
    position = std::clamp(position, 0, gate.value(3).toInt() - 1);
    if (position == from)
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (Result<void> r = d->touchRelease(releaseId, column::dateTimeText(now)); !r)
        return r;
    QSqlQuery shift = d->query(from < position
            ? QStringLiteral("UPDATE gates SET position = position - 1 WHERE release_id = ? AND position > ? AND position <= ?")
            : QStringLiteral("UPDATE gates SET position = position + 1 WHERE release_id = ? AND position < ? AND position >= ?"));
    shift.addBindValue(releaseId);
    shift.addBindValue(from);
    shift.addBindValue(position);
    if (Result<void> r = d->exec(shift, tr("renumbering the gates of release %1").arg(releaseId)); !r)
        return r;
    QSqlQuery move = d->query(QStringLiteral("UPDATE gates SET position = ? WHERE id = ?"));
    move.addBindValue(position);
    move.addBindValue(gateId);
    if (Result<void> r = d->exec(move, tr("moving gate %1").arg(gateId)); !r)
        return r;
    QJsonObject before, after;
    before.insert(QStringLiteral("title"), title);
    before.insert(QStringLiteral("position"), from);
    after.insert(QStringLiteral("title"), title);
    after.insert(QStringLiteral("position"), position);
    if (Result<void> r = d->audit(releaseId, QStringLiteral("gate"), gateId, QStringLiteral("move"),
            AuditLog::json(before), AuditLog::json(after), now);
        !r)
        return r;
    return tx.commit();
}

Result<void> Workspace::updateGate(qint64 gateId, const QString &title, const QString &notes, bool requiresPrevious)
{
    if (title.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Gate %1 needs a title: the title is empty.").arg(gateId));
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    QSqlQuery gate = d->query(QStringLiteral("SELECT release_id, title, notes, requires_previous FROM gates WHERE id = ?"));
    gate.addBindValue(gateId);
    if (Result<void> r = d->exec(gate, tr("reading gate %1").arg(gateId)); !r)
        return r;
    if (!gate.next())
        return makeError(ErrorCode::NotFound,
            tr("There is no gate with id %1 in %2.").arg(QString::number(gateId), d->shownPath()));
    const qint64 releaseId = gate.value(0).toLongLong();
    QJsonObject before, after;
    auto compare = [&](const char *key, const QJsonValue &was, const QJsonValue &is) {
        if (was != is) {
            before.insert(QLatin1String(key), was);
            after.insert(QLatin1String(key), is);
        }
    };
    compare("title", gate.value(1).toString(), title);
    compare("notes", gate.value(2).toString(), notes);
    compare("requires_previous", gate.value(3).toInt() != 0, requiresPrevious);
    if (after.isEmpty())
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (Result<void> r = d->touchRelease(releaseId, column::dateTimeText(now)); !r)
        return r;
    QSqlQuery update = d->query(QStringLiteral("UPDATE gates SET title = ?, notes = ?, requires_previous = ? WHERE id = ?"));
    update.addBindValue(column::text(title));
    update.addBindValue(column::text(notes));
    update.addBindValue(requiresPrevious ? 1 : 0);
    update.addBindValue(gateId);
    if (Result<void> r = d->exec(update, tr("saving gate %1").arg(gateId)); !r)
        return r;
    if (Result<void> r = d->audit(releaseId, QStringLiteral("gate"), gateId, QStringLiteral("update"),
            AuditLog::json(before), AuditLog::json(after), now);
        !r)
        return r;
    return tx.commit();
}

} // namespace gl
