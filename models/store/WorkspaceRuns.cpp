// Workspace: running items. Run settings, finished runs with their logs as evidence, blocked items
// and approvals. Like every write, each call is one write transaction with its audit rows.

#include "store/AuditLog.h"
#include "store/BlobStore.h"
#include "store/ColumnFormat.h"
#include "store/Workspace.h"
#include "store/WorkspacePrivate.h"
#include "store/WriteTransaction.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSysInfo>
#include <map>

namespace gl {

namespace {

QJsonValue optionalInt(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}


bool isSha256Hex(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

QString itemName(const Item &item)
{
    return QStringLiteral("%1 \u201c%2\u201d").arg(QString::number(item.id), item.title);
}

} // namespace

Result<void> Workspace::Private::checkRunFields(const Item &item, const Item &stored)
{
    if (item.timeoutSeconds != stored.timeoutSeconds && item.timeoutSeconds < 0) {
        return makeError(ErrorCode::Invalid,
            tr("Item %1: the timeout must be 0 (the release's timeout) or a number of seconds, not %2.")
                .arg(itemName(item), QString::number(item.timeoutSeconds)));
    }
    if (item.outputPattern != stored.outputPattern && !item.outputPattern.isEmpty()) {
        const QRegularExpression pattern(item.outputPattern);
        if (!pattern.isValid()) {
            return makeError(ErrorCode::Invalid,
                tr("Item %1: the output pattern is not a valid regular expression: %2 at character %3.")
                    .arg(itemName(item), pattern.errorString(), QString::number(pattern.patternErrorOffset())));
        }
    }
    if (item.probe != stored.probe && item.probe) {
        const Probe &p = *item.probe;
        if (p.url.trimmed().isEmpty())
            return makeError(ErrorCode::Invalid, tr("Item %1: the probe needs a URL.").arg(itemName(item)));
        if (p.method.trimmed().isEmpty())
            return makeError(ErrorCode::Invalid, tr("Item %1: the probe needs a method.").arg(itemName(item)));
        if (p.expectedStatus < 100 || p.expectedStatus > 599) {
            return makeError(ErrorCode::Invalid,
                tr("Item %1: the probe's expected status must be an HTTP status (100 to 599), not %2.")
                    .arg(itemName(item), QString::number(p.expectedStatus)));
        }
        if (p.maxLatencyMs < 0 || p.timeoutMs < 0) {
            return makeError(ErrorCode::Invalid,
                tr("Item %1: the probe's latency limit and timeout cannot be negative.").arg(itemName(item)));
        }
    }
    return {};
}

Result<void> Workspace::setRunSettings(qint64 releaseId, const RunSettings &settings)
{
    if (settings.timeoutSeconds < 0) {
        return makeError(ErrorCode::Invalid,
            tr("Release %1: the timeout must be 0 (none) or a number of seconds, not %2.")
                .arg(QString::number(releaseId), QString::number(settings.timeoutSeconds)));
    }
    if (settings.outputCap <= 0) {
        return makeError(ErrorCode::Invalid,
            tr("Release %1: the output cap must be a number of bytes above 0, not %2.")
                .arg(QString::number(releaseId), QString::number(settings.outputCap)));
    }
    if (!settings.workingFolder.isEmpty() && QDir::isRelativePath(settings.workingFolder)) {
        return makeError(ErrorCode::Invalid,
            tr("Release %1: the working folder must be an absolute path, not \u201c%2\u201d.")
                .arg(QString::number(releaseId), settings.workingFolder));
    }
    for (const QString &marker : settings.secretMarkers) {
        if (marker.trimmed().isEmpty()) {
            return makeError(ErrorCode::Invalid,
                tr("Release %1: a secret marker is empty (it would mask every value).").arg(releaseId));
        }
    }

    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    const Result<QVariant> stored = d->releaseColumn(releaseId, QStringLiteral("run_settings"));
    if (!stored)
        return stored.error();
    const RunSettings old = column::runSettingsFromText(stored->toString());
    if (old == settings)
        return {}; // nothing changed: no write, no audit row
    // The working folder and env file are part of the snapshot: a decided release keeps them.
    if (Result<void> r = d->checkNotFrozen(releaseId); !r)
        return r;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = column::dateTimeText(now);
    QSqlQuery update
        = d->query(QStringLiteral("UPDATE releases SET run_settings = ?, updated_at = ? WHERE id = ?"));
    update.addBindValue(column::runSettingsText(settings));
    update.addBindValue(nowText);
    update.addBindValue(releaseId);
    if (Result<void> r = d->exec(update, tr("saving the run settings of release %1").arg(releaseId)); !r)
        return r;
    if (Result<void> r = d->audit(releaseId, QStringLiteral("release"), releaseId, QStringLiteral("run-settings"),
            AuditLog::json(column::runSettingsJson(old)), AuditLog::json(column::runSettingsJson(settings)), now);
        !r)
        return r;
    return tx.commit();
}

Result<RunRecord> Workspace::recordRun(qint64 itemId, const RunRecord &run, const QByteArray &log)
{
    const bool isProbe = run.kind == QLatin1String("probe");
    if (!isProbe && run.kind != QLatin1String("command")) {
        return makeError(ErrorCode::Invalid,
            tr("A run of item %1 must be of kind \u201c" "command\u201d or \u201cprobe\u201d, not \u201c%2\u201d.")
                .arg(QString::number(itemId), run.kind));
    }
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r.error();
    Result<Private::StoredItem> current = d->readItem(itemId);
    if (!current)
        return current.error();
    const Item &old = current->item;
    if (current->children > 0) {
        return makeError(ErrorCode::Invalid,
            tr("Item %1 is a group: runs are recorded for the items in it, not for the group.")
                .arg(itemName(old)));
    }
    // A cancelled run says nothing about the item; the others decide its status.
    std::optional<ItemStatus> status;
    if (run.verdict == Verdict::Passed)
        status = ItemStatus::Passed;
    else if (run.verdict == Verdict::Failed)
        status = ItemStatus::Failed;
    const QString reason = run.verdict == Verdict::Failed ? run.reason : QString();
    if (status) {
        if (Result<void> r = Private::checkStatus(*current, *status, reason, QDate(), true); !r)
            return r.error();
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    RunRecord stored = run;
    stored.itemId = itemId;
    if (!stored.startedAt.isValid())
        stored.startedAt = now;
    if (!stored.finishedAt.isValid())
        stored.finishedAt = now;
    stored.startedAt = stored.startedAt.toUTC();
    stored.finishedAt = stored.finishedAt.toUTC();
    if (stored.ranBy.trimmed().isEmpty())
        stored.ranBy = d->actor;
    if (stored.host.trimmed().isEmpty())
        stored.host = QSysInfo::machineHostName();

    Result<BlobStore::Stored> blob = BlobStore(d->db, *d->dialect).store(log);
    if (!blob)
        return blob.error();
    stored.logSha256 = blob->sha256;
    stored.logSize = blob->size;

    QSqlQuery evidence = d->query(QStringLiteral(
        "INSERT INTO evidence (release_id, item_id, kind, name, media_type, blob_id, size, sha256, url, note, "
        "added_at, added_by) VALUES (?, ?, ?, '', 'text/plain', ?, ?, ?, NULL, '', ?, ?)"));
    evidence.addBindValue(current->releaseId);
    evidence.addBindValue(itemId);
    evidence.addBindValue(isProbe ? QStringLiteral("probe") : QStringLiteral("run-log"));
    evidence.addBindValue(blob->blobId);
    evidence.addBindValue(blob->size);
    evidence.addBindValue(blob->sha256);
    evidence.addBindValue(column::dateTimeText(stored.finishedAt));
    evidence.addBindValue(column::text(stored.ranBy));
    if (Result<void> r = d->exec(evidence, tr("storing the log of a run of item %1").arg(itemId)); !r)
        return r.error();
    stored.evidenceId = evidence.lastInsertId().toLongLong();

    QSqlQuery insert = d->query(QStringLiteral(
        "INSERT INTO runs (release_id, item_id, kind, commands, working_directory, started_at, finished_at, "
        "duration_ms, exit_code, signal, verdict, reason, ran_by, host, evidence_id, total_bytes, bytes_dropped) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(current->releaseId);
    insert.addBindValue(itemId);
    insert.addBindValue(stored.kind);
    insert.addBindValue(column::listText(stored.commands));
    insert.addBindValue(column::text(stored.workingDirectory));
    insert.addBindValue(column::dateTimeText(stored.startedAt));
    insert.addBindValue(column::dateTimeText(stored.finishedAt));
    insert.addBindValue(stored.durationMs);
    insert.addBindValue(stored.exitCode ? QVariant(*stored.exitCode) : QVariant(QMetaType::fromType<int>()));
    insert.addBindValue(
        stored.signalNumber ? QVariant(*stored.signalNumber) : QVariant(QMetaType::fromType<int>()));
    insert.addBindValue(verdictKey(stored.verdict));
    insert.addBindValue(column::text(stored.reason));
    insert.addBindValue(column::text(stored.ranBy));
    insert.addBindValue(column::text(stored.host));
    insert.addBindValue(stored.evidenceId);
    insert.addBindValue(stored.totalBytes);
    insert.addBindValue(stored.bytesDropped);
    if (Result<void> r = d->exec(insert, tr("recording a run of item %1").arg(itemId)); !r)
        return r.error();
    stored.id = insert.lastInsertId().toLongLong();

    // The log is named after its run, known only now.
    QSqlQuery name = d->query(QStringLiteral("UPDATE evidence SET name = ? WHERE id = ?"));
    name.addBindValue(QStringLiteral("run-%1.log").arg(stored.id));
    name.addBindValue(stored.evidenceId);
    if (Result<void> r = d->exec(name, tr("storing the log of a run of item %1").arg(itemId)); !r)
        return r.error();

    const QString nowText = column::dateTimeText(now);
    if (status && (*status != old.status || reason != old.statusReason || old.waiverExpiry.isValid())) {
        Item after = old;
        after.status = *status;
        after.statusReason = reason;
        after.waiverExpiry = QDate();
        QSqlQuery update = d->query(QStringLiteral("UPDATE items SET status = ?, status_reason = ?, "
                                                   "waiver_expiry = NULL, updated_at = ?, updated_by = ? WHERE id = ?"));
        update.addBindValue(statusKey(after.status));
        update.addBindValue(column::text(after.statusReason));
        update.addBindValue(nowText);
        update.addBindValue(column::text(d->actor));
        update.addBindValue(itemId);
        if (Result<void> r = d->exec(update, tr("setting the status of item %1").arg(itemId)); !r)
            return r.error();
        QJsonObject afterJson = Private::statusJson(after);
        afterJson.insert(QStringLiteral("run_id"), stored.id);
        if (Result<void> r = d->audit(current->releaseId, QStringLiteral("item"), itemId, QStringLiteral("status"),
                AuditLog::json(Private::statusJson(old)), AuditLog::json(afterJson), now);
            !r)
            return r.error();
    }

    const QJsonObject runJson { { QStringLiteral("item_id"), itemId }, { QStringLiteral("kind"), stored.kind },
        { QStringLiteral("verdict"), verdictKey(stored.verdict) },
        { QStringLiteral("exit_code"), optionalInt(stored.exitCode) },
        { QStringLiteral("signal"), optionalInt(stored.signalNumber) }, { QStringLiteral("reason"), stored.reason },
        { QStringLiteral("evidence_id"), stored.evidenceId }, { QStringLiteral("log_sha256"), stored.logSha256 },
        { QStringLiteral("log_size"), stored.logSize } };
    if (Result<void> r = d->audit(current->releaseId, QStringLiteral("run"), stored.id, QStringLiteral("run"),
            QString(), AuditLog::json(runJson), now);
        !r)
        return r.error();
    if (Result<void> r = d->touchRelease(current->releaseId, nowText); !r)
        return r.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return stored;
}

Result<void> Workspace::blockItems(const std::vector<qint64> &itemIds, const QString &reason)
{
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = column::dateTimeText(now);
    QSet<qint64> seen;
    QSet<qint64> releases;
    for (qint64 itemId : itemIds) {
        if (seen.contains(itemId))
            continue;
        seen.insert(itemId);
        Result<Private::StoredItem> current = d->readItem(itemId);
        if (!current)
            return current.error();
        if (Result<void> r = Private::checkStatus(*current, ItemStatus::Blocked, reason, QDate(), true); !r)
            return r;
        const Item &old = current->item;
        if (old.status == ItemStatus::Blocked && old.statusReason == reason)
            continue;
        Item after = old;
        after.status = ItemStatus::Blocked;
        after.statusReason = reason;
        after.waiverExpiry = QDate();
        QSqlQuery update = d->query(QStringLiteral("UPDATE items SET status = ?, status_reason = ?, "
                                                   "waiver_expiry = NULL, updated_at = ?, updated_by = ? WHERE id = ?"));
        update.addBindValue(statusKey(after.status));
        update.addBindValue(column::text(reason));
        update.addBindValue(nowText);
        update.addBindValue(column::text(d->actor));
        update.addBindValue(itemId);
        if (Result<void> r = d->exec(update, tr("setting the status of item %1").arg(itemId)); !r)
            return r;
        if (Result<void> r = d->audit(current->releaseId, QStringLiteral("item"), itemId, QStringLiteral("status"),
                AuditLog::json(Private::statusJson(old)), AuditLog::json(Private::statusJson(after)), now);
            !r)
            return r;
        releases.insert(current->releaseId);
    }
    for (qint64 releaseId : std::as_const(releases)) {
        if (Result<void> r = d->touchRelease(releaseId, nowText); !r)
            return r;
    }
    return tx.commit();
}

Result<void> Workspace::approveItems(const std::vector<std::pair<qint64, QString>> &approvals)
{
    for (const auto &[itemId, hash] : approvals) {
        if (!isSha256Hex(hash)) {
            return makeError(ErrorCode::Invalid,
                tr("Item %1: \u201c%2\u201d is not a run spec hash (64 lowercase hexadecimal digits).")
                    .arg(QString::number(itemId), hash));
        }
    }
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::map<qint64, RunSettings> releases; // what the hash also covers, read once per release
    for (const auto &[itemId, hash] : approvals) {
        Result<Private::StoredItem> current = d->readItem(itemId);
        if (!current)
            return current.error();
        const Item &old = current->item;
        if (current->children > 0) {
            return makeError(ErrorCode::Invalid,
                tr("Item %1 is a group: approve the commands of the items in it.").arg(itemName(old)));
        }
        if (old.approvedHash == hash)
            continue;
        auto settings = releases.find(current->releaseId);
        if (settings == releases.end()) {
            QSqlQuery q = d->query(QStringLiteral("SELECT run_settings FROM releases WHERE id = ?"));
            q.addBindValue(current->releaseId);
            if (Result<void> r = d->exec(q, tr("reading release %1").arg(current->releaseId)); !r)
                return r;
            settings = releases.emplace(current->releaseId,
                                   column::runSettingsFromText(q.next() ? q.value(0).toString() : QString()))
                           .first;
        }
        // The item itself does not change (its updated_at stays): only what may run without asking.
        QSqlQuery update = d->query(QStringLiteral("UPDATE items SET approved_hash = ? WHERE id = ?"));
        update.addBindValue(hash);
        update.addBindValue(itemId);
        if (Result<void> r = d->exec(update, tr("approving the commands of item %1").arg(itemId)); !r)
            return r;
        if (Result<void> r = d->audit(current->releaseId, QStringLiteral("item"), itemId, QStringLiteral("approve"),
                AuditLog::json({ { QStringLiteral("approved_hash"), old.approvedHash } }),
                AuditLog::json({ { QStringLiteral("approved_hash"), hash },
                    { QStringLiteral("commands"), QJsonArray::fromStringList(old.commands) },
                    { QStringLiteral("probe"), column::probeJson(old.probe) },
                    { QStringLiteral("working_folder"), settings->second.workingFolder },
                    { QStringLiteral("env_file"), settings->second.envFile } }),
                now);
            !r)
            return r;
    }
    for (const auto &[releaseId, settings] : releases) {
        if (Result<void> r = d->touchRelease(releaseId, column::dateTimeText(now)); !r)
            return r;
    }
    return tx.commit();
}

} // namespace gl
