// SqliteDialect: reading a release's rows through the connection's own sqlite3 handle. Loading a
// release is the path people wait on (opening the matrix), so its two bulk queries, the items and
// the runs, skip QtSql's per-value QVariant.

#include "store/SqliteDialect.h"

#include "store/ColumnFormat.h"

#include <QCoreApplication>
#include <memory>
#include <sqlite3.h>

namespace gl {

namespace {

struct FinalizeStatement {
    void operator()(sqlite3_stmt *st) const { sqlite3_finalize(st); }
};
using StatementHandle = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

} // namespace

namespace {

QString columnText(sqlite3_stmt *st, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(st, column)) : QString();
}

QStringList columnList(sqlite3_stmt *st, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
    const int bytes = sqlite3_column_bytes(st, column);
    if (!text || bytes == 0 || (bytes == 2 && text[0] == '[' && text[1] == ']'))
        return {};
    return column::listFromText(QString::fromUtf8(text, bytes));
}

ItemStatus columnStatus(sqlite3_stmt *st, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
    const QLatin1StringView key(text ? text : "", sqlite3_column_bytes(st, column));
    for (ItemStatus status : allItemStatuses) {
        if (statusKey(status) == key)
            return status;
    }
    return ItemStatus::NotStarted;
}

} // namespace

Result<std::vector<SqliteDialect::ItemRow>> SqliteDialect::readItems(qint64 releaseId) const
{
    sqlite3_stmt *raw = nullptr;
    int rc = sqlite3_prepare_v2(m_handle,
        "SELECT id, gate_id, parent_id, title, details, commands, pass_criteria, evidence, "
        "owners, component, ci_job, blocker, status, status_reason, note, waiver_expiry, "
        "updated_at, updated_by, position, probe, expected_exit_code, output_pattern, "
        "output_must_match, timeout_seconds, commands_imported, approved_hash, evidence_required, "
        "evidence_max_age_hours, evidence_newer_than_change, changed_at FROM items "
        "WHERE gate_id IN (SELECT id FROM gates WHERE release_id = ?)",
        -1, &raw, nullptr);
    StatementHandle st(raw);
    if (rc != SQLITE_OK)
        return rawError(QStringLiteral("SELECT FROM items"));
    sqlite3_bind_int64(st.get(), 1, releaseId);
    std::vector<ItemRow> rows;
    {
        // Items are large: growing the vector by doubling would move every one of them several
        // times and touch fresh memory each time (measured on a 10,000-item release at start-up).
        sqlite3_stmt *countRaw = nullptr;
        if (sqlite3_prepare_v2(m_handle,
                "SELECT count(*) FROM items WHERE gate_id IN (SELECT id FROM gates WHERE release_id = ?)", -1,
                &countRaw, nullptr)
            == SQLITE_OK) {
            StatementHandle count(countRaw);
            sqlite3_bind_int64(count.get(), 1, releaseId);
            if (sqlite3_step(count.get()) == SQLITE_ROW)
                rows.reserve(size_t(sqlite3_column_int64(count.get(), 0)));
        }
    }
    QByteArray lastUpdatedText; // an import stamps many rows alike: parse each distinct time once
    QDateTime lastUpdated;
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
        sqlite3_stmt *s = st.get();
        ItemRow row;
        Item &item = row.item;
        item.id = sqlite3_column_int64(s, 0);
        row.gateId = sqlite3_column_int64(s, 1);
        row.parentId = sqlite3_column_int64(s, 2);
        item.title = columnText(s, 3);
        item.details = columnText(s, 4);
        item.commands = columnList(s, 5);
        item.passCriteria = columnText(s, 6);
        item.evidence = columnText(s, 7);
        item.owners = columnList(s, 8);
        item.component = columnText(s, 9);
        item.ciJob = columnText(s, 10);
        item.blocker = sqlite3_column_int(s, 11) != 0;
        item.status = columnStatus(s, 12);
        item.statusReason = columnText(s, 13);
        item.note = columnText(s, 14);
        if (sqlite3_column_type(s, 15) != SQLITE_NULL)
            item.waiverExpiry = column::dateFromText(columnText(s, 15));
        if (sqlite3_column_type(s, 16) != SQLITE_NULL) {
            const QByteArrayView updated(
                reinterpret_cast<const char *>(sqlite3_column_text(s, 16)), sqlite3_column_bytes(s, 16));
            if (updated != lastUpdatedText) {
                lastUpdatedText = updated.toByteArray();
                lastUpdated = column::dateTimeFromText(QString::fromLatin1(lastUpdatedText));
            }
            item.updatedAt = lastUpdated;
        }
        item.updatedBy = columnText(s, 17);
        row.position = sqlite3_column_int(s, 18);
        if (sqlite3_column_type(s, 19) != SQLITE_NULL)
            item.probe = column::probeFromText(columnText(s, 19));
        item.expectedExitCode = sqlite3_column_int(s, 20);
        item.outputPattern = columnText(s, 21);
        item.outputMustMatch = sqlite3_column_int(s, 22) != 0;
        item.timeoutSeconds = sqlite3_column_int(s, 23);
        item.commandsImported = sqlite3_column_int(s, 24) != 0;
        if (sqlite3_column_bytes(s, 25) > 0)
            item.approvedHash = columnText(s, 25);
        item.evidenceRequirement.required = sqlite3_column_int(s, 26) != 0;
        item.evidenceRequirement.maxAgeHours = sqlite3_column_int(s, 27);
        item.evidenceRequirement.newerThanChange = sqlite3_column_int(s, 28) != 0;
        if (sqlite3_column_type(s, 29) != SQLITE_NULL) {
            // Usually the same text as updated_at (an import stamps both): parse it once.
            const QByteArrayView changed(
                reinterpret_cast<const char *>(sqlite3_column_text(s, 29)), sqlite3_column_bytes(s, 29));
            item.changedAt = changed == lastUpdatedText ? lastUpdated
                                                        : column::dateTimeFromText(QString::fromLatin1(changed));
        }
        rows.push_back(std::move(row));
    }
    if (rc != SQLITE_DONE)
        return rawError(QStringLiteral("SELECT FROM items"));
    return rows;
}


Result<std::vector<RunRecord>> SqliteDialect::readRuns(qint64 releaseId) const
{
    sqlite3_stmt *raw = nullptr;
    int rc = sqlite3_prepare_v2(m_handle,
        "SELECT r.id, r.item_id, r.kind, r.commands, r.working_directory, r.started_at, r.finished_at, "
        "r.duration_ms, r.exit_code, r.signal, r.verdict, r.reason, r.ran_by, r.host, r.evidence_id, "
        "r.total_bytes, r.bytes_dropped, e.sha256, e.size "
        "FROM runs r LEFT JOIN evidence e ON e.id = r.evidence_id "
        "WHERE r.release_id = ? ORDER BY r.started_at, r.id",
        -1, &raw, nullptr);
    StatementHandle st(raw);
    if (rc != SQLITE_OK)
        return rawError(QStringLiteral("SELECT FROM runs"));
    sqlite3_bind_int64(st.get(), 1, releaseId);
    std::vector<RunRecord> rows;
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
        sqlite3_stmt *s = st.get();
        RunRecord run;
        run.id = sqlite3_column_int64(s, 0);
        run.itemId = sqlite3_column_int64(s, 1);
        run.kind = columnText(s, 2);
        run.commands = columnList(s, 3);
        run.workingDirectory = columnText(s, 4);
        run.startedAt = column::dateTimeFromText(columnText(s, 5));
        run.finishedAt = column::dateTimeFromText(columnText(s, 6));
        run.durationMs = sqlite3_column_int64(s, 7);
        if (sqlite3_column_type(s, 8) != SQLITE_NULL)
            run.exitCode = sqlite3_column_int(s, 8);
        if (sqlite3_column_type(s, 9) != SQLITE_NULL)
            run.signalNumber = sqlite3_column_int(s, 9);
        run.verdict = verdictFromKey(columnText(s, 10)).value_or(Verdict::Failed);
        run.reason = columnText(s, 11);
        run.ranBy = columnText(s, 12);
        run.host = columnText(s, 13);
        run.evidenceId = sqlite3_column_int64(s, 14);
        run.totalBytes = sqlite3_column_int64(s, 15);
        run.bytesDropped = sqlite3_column_int64(s, 16);
        run.logSha256 = columnText(s, 17);
        run.logSize = sqlite3_column_int64(s, 18);
        rows.push_back(std::move(run));
    }
    if (rc != SQLITE_DONE)
        return rawError(QStringLiteral("SELECT FROM runs"));
    return rows;
}

Result<std::vector<Evidence>> SqliteDialect::readEvidence(qint64 releaseId) const
{
    sqlite3_stmt *raw = nullptr;
    int rc = sqlite3_prepare_v2(m_handle,
        "SELECT id, item_id, kind, name, media_type, size, sha256, url, note, added_at, added_by "
        "FROM evidence WHERE release_id = ? ORDER BY added_at, id",
        -1, &raw, nullptr);
    StatementHandle st(raw);
    if (rc != SQLITE_OK)
        return rawError(QStringLiteral("SELECT FROM evidence"));
    sqlite3_bind_int64(st.get(), 1, releaseId);
    std::vector<Evidence> rows;
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
        sqlite3_stmt *s = st.get();
        Evidence e;
        e.id = sqlite3_column_int64(s, 0);
        e.itemId = sqlite3_column_int64(s, 1);
        e.kind = evidenceKindFromKey(columnText(s, 2)).value_or(EvidenceKind::File);
        e.name = columnText(s, 3);
        e.mediaType = columnText(s, 4);
        e.size = sqlite3_column_int64(s, 5);
        e.sha256 = columnText(s, 6);
        e.url = columnText(s, 7);
        e.note = columnText(s, 8);
        e.addedAt = column::dateTimeFromText(columnText(s, 9));
        e.addedBy = columnText(s, 10);
        rows.push_back(std::move(e));
    }
    if (rc != SQLITE_DONE)
        return rawError(QStringLiteral("SELECT FROM evidence"));
    return rows;
}

} // namespace gl
