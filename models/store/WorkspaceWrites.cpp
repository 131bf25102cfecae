// Workspace: the writes. Each one is a single write transaction that also appends its audit rows
// and bumps the release's updated_at; any error rolls the whole write back.

#include "domain/Trust.h"
#include "store/AuditLog.h"
#include "store/BlobStore.h"
#include "store/ColumnFormat.h"
#include "store/Workspace.h"
#include "store/WorkspacePrivate.h"
#include "store/WriteTransaction.h"

#include <QJsonArray>
#include <algorithm>
#include <QJsonObject>
#include <QSet>

namespace gl {

namespace {

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}


} // namespace

QJsonObject Workspace::Private::statusJson(const Item &item)
{
    QJsonObject o { { QStringLiteral("status"), statusKey(item.status) },
        { QStringLiteral("reason"), item.statusReason }, { QStringLiteral("note"), item.note } };
    if (item.waiverExpiry.isValid())
        o.insert(QStringLiteral("waiver_expiry"), column::dateText(item.waiverExpiry));
    return o;
}

Result<qint64> Workspace::createRelease(const Release &release)
{
    const QString wanted = release.name.trimmed();
    if (wanted.isEmpty())
        return makeError(
            ErrorCode::Invalid, tr("A release needs a name (none given for %1).").arg(d->shownPath()));

    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r.error();

    QSet<QString> taken;
    {
        QSqlQuery q = d->query(QStringLiteral("SELECT name FROM releases"));
        if (Result<void> r = d->exec(q, tr("listing the releases")); !r)
            return r.error();
        while (q.next())
            taken.insert(q.value(0).toString());
    }
    QString name = wanted;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(wanted, QString::number(n));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<SqliteDialect::Inserted> inserted
        = d->dialect->insertRelease(release, name, column::dateTimeText(now));
    if (!inserted)
        return inserted.error();
    // The sign-offs it requires are part of its structure (a copy of a release keeps them).
    for (const SignOffRequirement &req : release.requiredSignOffs) {
        if (req.role.trimmed().isEmpty() || req.count <= 0)
            continue;
        QSqlQuery q = d->query(QStringLiteral("INSERT INTO signoff_requirements (count, release_id, role) VALUES (?, ?, ?)"));
        q.addBindValue(req.count);
        q.addBindValue(inserted->releaseId);
        q.addBindValue(req.role.simplified());
        if (Result<void> r = d->exec(q, tr("recording the sign-offs release %1 requires").arg(name)); !r)
            return r.error();
    }

    const QJsonObject after { { QStringLiteral("name"), name }, { QStringLiteral("source"), release.source },
        { QStringLiteral("gates"), inserted->gates }, { QStringLiteral("items"), inserted->items },
        { QStringLiteral("metrics"), inserted->metrics },
        { QStringLiteral("criteria"), inserted->criteria } };
    const QString action = release.source.isEmpty() ? QStringLiteral("create") : QStringLiteral("import");
    if (Result<void> r = d->audit(inserted->releaseId, QStringLiteral("release"), inserted->releaseId, action,
            QString(), AuditLog::json(after), now);
        !r)
        return r.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return inserted->releaseId;
}

Result<void> Workspace::deleteRelease(qint64 releaseId)
{
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    QSqlQuery q = d->query(QStringLiteral(
        "SELECT name, (SELECT count(*) FROM gates WHERE release_id = r.id), "
        "(SELECT count(*) FROM items WHERE gate_id IN (SELECT id FROM gates WHERE release_id = r.id)), "
        "(SELECT count(*) FROM metrics WHERE release_id = r.id), "
        "(SELECT count(*) FROM criteria WHERE release_id = r.id) FROM releases r WHERE id = ?"));
    q.addBindValue(releaseId);
    if (Result<void> r = d->exec(q, tr("reading release %1").arg(releaseId)); !r)
        return r;
    if (!q.next())
        return makeError(ErrorCode::NotFound,
            tr("There is no release with id %1 in %2.").arg(QString::number(releaseId), d->shownPath()));
    if (Result<void> r = d->checkNotFrozen(releaseId); !r)
        return r;
    const QJsonObject before { { QStringLiteral("name"), q.value(0).toString() },
        { QStringLiteral("gates"), q.value(1).toInt() }, { QStringLiteral("items"), q.value(2).toInt() },
        { QStringLiteral("metrics"), q.value(3).toInt() },
        { QStringLiteral("criteria"), q.value(4).toInt() } };
    q.finish();

    // Gates, items, metrics, criteria, evidence and runs go by ON DELETE CASCADE; the audit rows
    // stay. Stored content no other release refers to goes with them.
    QSqlQuery del = d->query(QStringLiteral("DELETE FROM releases WHERE id = ?"));
    del.addBindValue(releaseId);
    if (Result<void> r = d->exec(del, tr("deleting release %1").arg(releaseId)); !r)
        return r;
    if (Result<int> removed = BlobStore(d->db, *d->dialect).removeUnused(); !removed)
        return removed.error();
    if (Result<void> r = d->audit(releaseId, QStringLiteral("release"), releaseId, QStringLiteral("delete"),
            AuditLog::json(before), QString(), QDateTime::currentDateTimeUtc());
        !r)
        return r;
    return tx.commit();
}

Result<void> Workspace::renameRelease(qint64 releaseId, const QString &name)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return makeError(
            ErrorCode::Invalid, tr("A release needs a name: release %1 was not renamed.").arg(releaseId));
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    QSqlQuery q = d->query(QStringLiteral("SELECT id, name FROM releases WHERE id = ? OR name = ?"));
    q.addBindValue(releaseId);
    q.addBindValue(wanted);
    if (Result<void> r = d->exec(q, tr("reading release %1").arg(releaseId)); !r)
        return r;
    QString old;
    bool found = false;
    while (q.next()) {
        if (q.value(0).toLongLong() == releaseId) {
            found = true;
            old = q.value(1).toString();
        } else {
            return makeError(ErrorCode::Invalid,
                tr("Cannot rename release %1 to \"%2\": release %3 already has that name.")
                    .arg(QString::number(releaseId), wanted, q.value(0).toString()));
        }
    }
    if (!found)
        return makeError(ErrorCode::NotFound,
            tr("There is no release with id %1 in %2.").arg(QString::number(releaseId), d->shownPath()));
    if (old == wanted)
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (Result<void> r = d->checkNotFrozen(releaseId); !r)
        return r;
    QSqlQuery update = d->query(QStringLiteral("UPDATE releases SET name = ?, updated_at = ? WHERE id = ?"));
    update.addBindValue(wanted);
    update.addBindValue(column::dateTimeText(now));
    update.addBindValue(releaseId);
    if (Result<void> r = d->exec(update, tr("renaming release %1").arg(releaseId)); !r)
        return r;
    if (Result<void> r = d->audit(releaseId, QStringLiteral("release"), releaseId, QStringLiteral("rename"),
            AuditLog::json({ { QStringLiteral("name"), old } }),
            AuditLog::json({ { QStringLiteral("name"), wanted } }), now);
        !r)
        return r;
    return tx.commit();
}

Result<Workspace::Private::StoredItem> Workspace::Private::readItem(qint64 itemId) const
{
    QSqlQuery q = query(QStringLiteral("SELECT release_id, (SELECT count(*) FROM items c WHERE c.parent_id = "
                                       "i.id), title, details, commands, "
                                       "pass_criteria, evidence, owners, component, ci_job, blocker, status, "
                                       "status_reason, note, waiver_expiry, probe, expected_exit_code, "
                                       "output_pattern, output_must_match, timeout_seconds, "
                                       "commands_imported, approved_hash, evidence_required, "
                                       "evidence_max_age_hours, evidence_newer_than_change, changed_at, "
                                       "updated_at, updated_by "
                                       "FROM items i WHERE id = ?"));
    q.addBindValue(itemId);
    if (Result<void> r = exec(q, tr("reading item %1").arg(itemId)); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound,
            tr("There is no item with id %1 in %2.").arg(QString::number(itemId), shownPath()));
    StoredItem f;
    f.releaseId = q.value(0).toLongLong();
    f.children = q.value(1).toInt();
    Item &item = f.item;
    item.id = itemId;
    item.title = q.value(2).toString();
    item.details = q.value(3).toString();
    item.commands = column::listFromText(q.value(4).toString());
    item.passCriteria = q.value(5).toString();
    item.evidence = q.value(6).toString();
    item.owners = column::listFromText(q.value(7).toString());
    item.component = q.value(8).toString();
    item.ciJob = q.value(9).toString();
    item.blocker = q.value(10).toInt() != 0;
    item.status = statusFromKey(q.value(11).toString()).value_or(ItemStatus::NotStarted);
    item.statusReason = q.value(12).toString();
    item.note = q.value(13).toString();
    item.waiverExpiry = column::dateFromText(q.value(14).toString());
    item.probe = column::probeFromText(q.value(15).toString());
    item.expectedExitCode = q.value(16).toInt();
    item.outputPattern = q.value(17).toString();
    item.outputMustMatch = q.value(18).toInt() != 0;
    item.timeoutSeconds = q.value(19).toInt();
    item.commandsImported = q.value(20).toInt() != 0;
    item.approvedHash = q.value(21).toString();
    item.evidenceRequirement.required = q.value(22).toInt() != 0;
    item.evidenceRequirement.maxAgeHours = q.value(23).toInt();
    item.evidenceRequirement.newerThanChange = q.value(24).toInt() != 0;
    item.changedAt = column::dateTimeFromText(q.value(25).toString());
    item.updatedAt = column::dateTimeFromText(q.value(26).toString());
    item.updatedBy = q.value(27).toString();
    return f;
}

Result<void> Workspace::Private::checkStatus(const StoredItem &current, ItemStatus status,
    const QString &reason, const QDate &expiry, bool settingStatus)
{
    const Item &item = current.item;
    if (current.children > 0 && (settingStatus || status != item.status)) {
        return makeError(ErrorCode::Invalid,
            tr("Item %1 \"%2\" is a group: its status rolls up from its children, so set the "
               "status of its items instead.")
                .arg(QString::number(item.id), item.title));
    }
    if (status == ItemStatus::Waived) {
        if (reason.trimmed().isEmpty()) {
            return makeError(ErrorCode::Invalid,
                tr("Item %1 \"%2\" cannot be waived without a reason: the reason is missing.")
                    .arg(QString::number(item.id), item.title));
        }
        if (!expiry.isValid()) {
            return makeError(ErrorCode::Invalid,
                tr("Item %1 \"%2\" cannot be waived without an expiry date: the waiver "
                   "expiry date is missing or not a valid date.")
                    .arg(QString::number(item.id), item.title));
        }
    }
    return {};
}

Result<void> Workspace::setItemStatus(qint64 itemId, ItemStatus status, const QString &reason,
    const std::optional<QString> &note, const QDate &waiverExpiry)
{
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    if (Result<void> r = d->writeStatus(itemId, status, reason, note, waiverExpiry); !r)
        return r;
    return tx.commit();
}

Result<void> Workspace::setItemStatuses(const std::vector<StatusChange> &changes)
{
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    for (const StatusChange &change : changes) {
        if (Result<void> r = d->writeStatus(change.itemId, change.status, change.reason, std::nullopt, change.waiverExpiry); !r)
            return r;
    }
    return tx.commit();
}

Result<void> Workspace::Private::writeStatus(qint64 itemId, ItemStatus status, const QString &reason,
    const std::optional<QString> &note, const QDate &waiverExpiry) const
{
    const Private *d = this;
    Result<Private::StoredItem> current = d->readItem(itemId);
    if (!current)
        return current.error();
    if (Result<void> r = Private::checkStatus(*current, status, reason, waiverExpiry, true); !r)
        return r;
    if (Result<void> r = d->checkPassEvidence(current->item, status, reason); !r)
        return r;

    Item after = current->item;
    after.status = status;
    after.statusReason = reason;
    if (note)
        after.note = *note;
    after.waiverExpiry = status == ItemStatus::Waived ? waiverExpiry : QDate();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = column::dateTimeText(now);

    QSqlQuery q = d->query(
        QStringLiteral("UPDATE items SET status = ?, status_reason = ?, note = ?, waiver_expiry = ?, "
                       "updated_at = ?, updated_by = ? WHERE id = ?"));
    q.addBindValue(statusKey(after.status));
    q.addBindValue(column::text(after.statusReason));
    q.addBindValue(column::text(after.note));
    q.addBindValue(column::textOrNull(column::dateText(after.waiverExpiry)));
    q.addBindValue(nowText);
    q.addBindValue(column::text(d->actor));
    q.addBindValue(itemId);
    if (Result<void> r = d->exec(q, Workspace::tr("setting the status of item %1").arg(itemId)); !r)
        return r;
    if (Result<void> r = d->touchRelease(current->releaseId, nowText); !r)
        return r;
    if (Result<void> r
        = d->audit(current->releaseId, QStringLiteral("item"), itemId, QStringLiteral("status"),
            AuditLog::json(Private::statusJson(current->item)), AuditLog::json(Private::statusJson(after)), now);
        !r)
        return r;
    return {};
}

Result<void> Workspace::updateItem(const Item &item, bool typedByUser)
{
    if (item.title.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Item %1 needs a title: the title is empty.").arg(item.id));
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    Result<Private::StoredItem> current = d->readItem(item.id);
    if (!current)
        return current.error();
    if (Result<void> r
        = Private::checkStatus(*current, item.status, item.statusReason, item.waiverExpiry, false);
        !r)
        return r;
    const Item &old = current->item;
    if (Result<void> r = Private::checkRunFields(item, old); !r)
        return r;
    if (Result<void> r = Private::checkRequirement(*current, item.evidenceRequirement); !r)
        return r;
    const QDate expiry = item.status == ItemStatus::Waived ? item.waiverExpiry : QDate();
    // What the item asks of whoever checks it. Its status, reason, note and waiver are what was
    // found, not what is asked. Owners are who checks it: handing an item to someone else does not
    // make proof already attached any less true, so it keeps its evidence fresh. Component, CI job
    // and the blocker flag file the item and weigh it, and ask nothing new either.
    const bool asksChanged = old.title != item.title || old.details != item.details || old.commands != item.commands
        || old.passCriteria != item.passCriteria || old.evidence != item.evidence || old.probe != item.probe
        || old.expectedExitCode != item.expectedExitCode || old.outputPattern != item.outputPattern
        || old.outputMustMatch != item.outputMustMatch || old.timeoutSeconds != item.timeoutSeconds
        || old.evidenceRequirement != item.evidenceRequirement;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime changedAt = asksChanged ? now : old.changedAt;
    // Passing needs fresh evidence (or a reason) when the edit makes it pass; an edit of anything
    // else on an item that passed already is not judged again.
    if (item.status == ItemStatus::Passed && old.status != ItemStatus::Passed) {
        Item judged = old;
        judged.evidenceRequirement = item.evidenceRequirement;
        judged.changedAt = changedAt;
        if (Result<void> r = d->checkPassEvidence(judged, item.status, item.statusReason); !r)
            return r;
    }

    QJsonObject before, after;
    auto compare = [&](const char *key, const QJsonValue &was, const QJsonValue &is) {
        if (was != is) {
            before.insert(QLatin1String(key), was);
            after.insert(QLatin1String(key), is);
        }
    };
    compare("title", old.title, item.title);
    compare("details", old.details, item.details);
    compare("commands", QJsonArray::fromStringList(old.commands), QJsonArray::fromStringList(item.commands));
    compare("pass_criteria", old.passCriteria, item.passCriteria);
    compare("evidence", old.evidence, item.evidence);
    compare("owners", QJsonArray::fromStringList(old.owners), QJsonArray::fromStringList(item.owners));
    compare("component", old.component, item.component);
    compare("ci_job", old.ciJob, item.ciJob);
    compare("blocker", old.blocker, item.blocker);
    compare("status", statusKey(old.status), statusKey(item.status));
    compare("reason", old.statusReason, item.statusReason);
    compare("note", old.note, item.note);
    compare("waiver_expiry", column::dateText(old.waiverExpiry), column::dateText(expiry));
    compare("probe", column::probeJson(old.probe), column::probeJson(item.probe));
    compare("expected_exit_code", old.expectedExitCode, item.expectedExitCode);
    compare("output_pattern", old.outputPattern, item.outputPattern);
    compare("output_must_match", old.outputMustMatch, item.outputMustMatch);
    compare("timeout_seconds", old.timeoutSeconds, item.timeoutSeconds);
    compare("evidence_requirement", Private::requirementJson(old.evidenceRequirement),
        Private::requirementJson(item.evidenceRequirement));
    // The trust fields are never taken from the value. Commands or a probe the user has just typed
    // count as approved: exactly what was typed, with the release's current working folder and env
    // file, as a hash. But a line kept from an import nobody approved stays unapproved (fixing one
    // line must not wave the others through), and anything not typed (an undo restoring imported
    // commands) leaves the spec needing approval again.
    const bool specChanged = old.commands != item.commands || old.probe != item.probe;
    QString approvedHash = old.approvedHash;
    if (specChanged && typedByUser && old.commandsImported) {
        QSqlQuery settings = d->query(QStringLiteral("SELECT run_settings FROM releases WHERE id = ?"));
        settings.addBindValue(current->releaseId);
        if (Result<void> r = d->exec(settings, tr("reading the run settings of release %1").arg(current->releaseId)); !r)
            return r;
        const RunSettings run = settings.next() ? column::runSettingsFromText(settings.value(0).toString()) : RunSettings();
        const bool oldApproved = old.approvedHash == runSpecHash(old, run);
        const bool keepsUnapproved = !oldApproved
            && (std::any_of(item.commands.cbegin(), item.commands.cend(),
                    [&old](const QString &c) { return old.commands.contains(c); })
                || (item.probe && item.probe == old.probe));
        if (!keepsUnapproved)
            approvedHash = runSpecHash(item, run);
    }
    compare("approved_hash", old.approvedHash, approvedHash);
    if (after.isEmpty())
        return {}; // nothing changed: no write, no audit row

    const QString nowText = column::dateTimeText(now);
    QSqlQuery q = d->query(QStringLiteral(
        "UPDATE items SET title = ?, details = ?, commands = ?, pass_criteria = ?, evidence = ?, owners = ?, "
        "component = ?, ci_job = ?, blocker = ?, status = ?, status_reason = ?, note = ?, waiver_expiry = ?, "
        "updated_at = ?, updated_by = ?, probe = ?, expected_exit_code = ?, output_pattern = ?, "
        "output_must_match = ?, timeout_seconds = ?, approved_hash = ?, evidence_required = ?, "
        "evidence_max_age_hours = ?, evidence_newer_than_change = ?, changed_at = ? WHERE id = ?"));
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
    q.addBindValue(column::textOrNull(column::dateText(expiry)));
    q.addBindValue(nowText);
    q.addBindValue(column::text(d->actor));
    q.addBindValue(column::textOrNull(column::probeText(item.probe)));
    q.addBindValue(item.expectedExitCode);
    q.addBindValue(column::text(item.outputPattern));
    q.addBindValue(item.outputMustMatch ? 1 : 0);
    q.addBindValue(item.timeoutSeconds);
    q.addBindValue(approvedHash);
    q.addBindValue(item.evidenceRequirement.required ? 1 : 0);
    q.addBindValue(item.evidenceRequirement.maxAgeHours);
    q.addBindValue(item.evidenceRequirement.newerThanChange ? 1 : 0);
    q.addBindValue(column::textOrNull(column::dateTimeText(changedAt)));
    q.addBindValue(item.id);
    if (Result<void> r = d->exec(q, tr("saving item %1").arg(item.id)); !r)
        return r;
    if (Result<void> r = d->touchRelease(current->releaseId, nowText); !r)
        return r;
    if (Result<void> r = d->audit(current->releaseId, QStringLiteral("item"), item.id,
            QStringLiteral("update"), AuditLog::json(before), AuditLog::json(after), now);
        !r)
        return r;
    return tx.commit();
}

Result<void> Workspace::setMetricCurrent(qint64 metricId, const QString &valueText)
{
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    QSqlQuery q
        = d->query(QStringLiteral("SELECT release_id, current, current_text FROM metrics WHERE id = ?"));
    q.addBindValue(metricId);
    if (Result<void> r = d->exec(q, tr("reading metric %1").arg(metricId)); !r)
        return r;
    if (!q.next())
        return makeError(ErrorCode::NotFound,
            tr("There is no metric with id %1 in %2.").arg(QString::number(metricId), d->shownPath()));
    const qint64 releaseId = q.value(0).toLongLong();
    std::optional<double> oldCurrent;
    if (!q.isNull(1))
        oldCurrent = q.value(1).toDouble();
    const QString oldText = q.value(2).toString();
    q.finish();

    const Measure measure = parseMeasure(valueText);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery update
        = d->query(QStringLiteral("UPDATE metrics SET current = ?, current_text = ? WHERE id = ?"));
    update.addBindValue(measure.value ? QVariant(*measure.value) : QVariant(QMetaType::fromType<double>()));
    update.addBindValue(column::text(measure.text));
    update.addBindValue(metricId);
    if (Result<void> r = d->exec(update, tr("setting metric %1").arg(metricId)); !r)
        return r;
    if (Result<void> r = d->touchRelease(releaseId, column::dateTimeText(now)); !r)
        return r;
    const QJsonObject before { { QStringLiteral("current"), optionalNumber(oldCurrent) },
        { QStringLiteral("current_text"), oldText } };
    const QJsonObject after { { QStringLiteral("current"), optionalNumber(measure.value) },
        { QStringLiteral("current_text"), measure.text } };
    if (Result<void> r = d->audit(releaseId, QStringLiteral("metric"), metricId, QStringLiteral("update"),
            AuditLog::json(before), AuditLog::json(after), now);
        !r)
        return r;
    return tx.commit();
}

Result<void> Workspace::setCriterionHolds(qint64 criterionId, bool holds)
{
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    QSqlQuery q = d->query(QStringLiteral("SELECT release_id, holds FROM criteria WHERE id = ?"));
    q.addBindValue(criterionId);
    if (Result<void> r = d->exec(q, tr("reading criterion %1").arg(criterionId)); !r)
        return r;
    if (!q.next())
        return makeError(ErrorCode::NotFound,
            tr("There is no criterion with id %1 in %2.").arg(QString::number(criterionId), d->shownPath()));
    const qint64 releaseId = q.value(0).toLongLong();
    const bool old = q.value(1).toInt() != 0;
    q.finish();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery update = d->query(QStringLiteral("UPDATE criteria SET holds = ? WHERE id = ?"));
    update.addBindValue(holds ? 1 : 0);
    update.addBindValue(criterionId);
    if (Result<void> r = d->exec(update, tr("setting criterion %1").arg(criterionId)); !r)
        return r;
    if (Result<void> r = d->touchRelease(releaseId, column::dateTimeText(now)); !r)
        return r;
    if (Result<void> r = d->audit(releaseId, QStringLiteral("criterion"), criterionId,
            QStringLiteral("update"), AuditLog::json({ { QStringLiteral("holds"), old } }),
            AuditLog::json({ { QStringLiteral("holds"), holds } }), now);
        !r)
        return r;
    return tx.commit();
}

} // namespace gl
