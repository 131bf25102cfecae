#include "store/SqliteDialect.h"

#include "store/ColumnFormat.h"
#include "store/Migrations.h"
#include "store/SqliteFileCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <memory>
#include <sqlite3.h>
#include <unordered_map>

namespace gl {

namespace {

constexpr int busyTimeoutMs = 5000;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

ErrorCode SqliteDialect::errorCodeFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorCode::Corrupt;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_IOERR:
    case SQLITE_FULL:
        return ErrorCode::Io;
    default:
        return ErrorCode::Database;
    }
}

Result<SqliteDialect> SqliteDialect::attach(const QSqlDatabase &db, const QString &path)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 || !handle.constData()) {
        return makeError(ErrorCode::Database,
            QCoreApplication::translate(
                "Workspace", "Cannot open %1: the Qt SQLite driver gives no sqlite3 handle.")
                .arg(shown(path)));
    }
    // Debian's Qt links the system libsqlite3 that gl_store links too, so the handle is ours to use.
    sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData());
    if (!raw) {
        return makeError(ErrorCode::Database,
            QCoreApplication::translate("Workspace", "Cannot open %1: the connection is closed.")
                .arg(shown(path)));
    }
    return SqliteDialect(raw, path);
}

Error SqliteDialect::rawError(const QString &doing) const
{
    const int rc = sqlite3_extended_errcode(m_handle);
    return makeError(errorCodeFor(rc),
        QCoreApplication::translate("Workspace", "%1: %2 failed: %3")
            .arg(shown(m_path), doing, QString::fromUtf8(sqlite3_errmsg(m_handle))));
}

ErrorCode SqliteDialect::errorCode(const QSqlError &error) const
{
    bool ok = false;
    const int rc = error.nativeErrorCode().toInt(&ok);
    return ok ? errorCodeFor(rc) : ErrorCode::Database;
}

Error SqliteDialect::queryError(const QSqlError &error, const QString &doing) const
{
    return makeError(errorCode(error),
        QCoreApplication::translate("Workspace", "%1: %2 failed: %3")
            .arg(shown(m_path), doing, error.text()));
}

Result<void> SqliteDialect::configure(const QSqlDatabase &db)
{
    auto fail = [&](const QSqlQuery &q, const QString &what) {
        return makeError(errorCode(q.lastError()),
            QCoreApplication::translate("Workspace", "%1: %2 failed: %3")
                .arg(shown(m_path), what, q.lastError().text()));
    };
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return fail(q, QStringLiteral("PRAGMA foreign_keys"));
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs)))
        return fail(q, QStringLiteral("PRAGMA busy_timeout"));
    // Takes effect only while the file has no pages yet, i.e. for a new workspace; an older file
    // keeps the page size it was made with. The workspace holds evidence, and a blob costs per
    // page: 64 MiB in 1 MiB chunks commits at about 300 MB/s with SQLite's default 4 KiB pages and
    // about 590 MB/s with 64 KiB ones (measured on the 2-core build machine, WAL, synchronous NORMAL).
    if (!q.exec(QStringLiteral("PRAGMA page_size = %1").arg(newFilePageSize)))
        return fail(q, QStringLiteral("PRAGMA page_size"));
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
        return fail(q, QStringLiteral("PRAGMA journal_mode"));
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("Workspace",
                "%1: SQLite cannot use write-ahead logging for this file "
                "(journal mode stays \"%2\").")
                .arg(shown(m_path), q.value(0).toString()));
    }
    // NORMAL is durable across application crashes in WAL mode and much cheaper than FULL.
    if (!q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return fail(q, QStringLiteral("PRAGMA synchronous"));
    // SQLite checkpoints automatically once the log holds 1000 pages, whatever their size; the
    // connection whose commit crosses that line does the copying and the fsync. Counting in bytes
    // keeps that work as small for a window's edit with 64 KiB pages as it was with 4 KiB ones.
    if (!q.exec(QStringLiteral("PRAGMA page_size")) || !q.next())
        return fail(q, QStringLiteral("PRAGMA page_size"));
    const qint64 pageSize = std::max<qint64>(q.value(0).toLongLong(), 512);
    q.finish();
    m_autoCheckpointPages = int(std::max<qint64>(1, autoCheckpointBytes / pageSize));
    sqlite3_wal_autocheckpoint(m_handle, m_autoCheckpointPages);
    return {};
}

void SqliteDialect::setAutoCheckpoint(bool on) const
{
    sqlite3_wal_autocheckpoint(m_handle, on ? m_autoCheckpointPages : 0);
}

QStringList SqliteDialect::appendOnlyStatements(const QString &table) const
{
    return {
        QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 BEGIN "
                       "SELECT RAISE(ABORT, '%1 is append-only: its rows cannot be changed'); END")
            .arg(table),
        QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN "
                       "SELECT RAISE(ABORT, '%1 is append-only: its rows cannot be deleted'); END")
            .arg(table),
    };
}

QString SqliteDialect::fixedColumnsStatement(const QString &table, const QStringList &columns) const
{
    return QStringLiteral("CREATE TRIGGER %1_fixed BEFORE UPDATE OF %2 ON %1 BEGIN "
                          "SELECT RAISE(ABORT, '%1: what was recorded cannot be changed'); END")
        .arg(table, columns.join(QStringLiteral(", ")));
}

Result<QStringList> SqliteDialect::missingTriggers(const QSqlDatabase &db) const
{
    static const QStringList expected = { QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log_no_delete"),
        QStringLiteral("signoffs_fixed"), QStringLiteral("decisions_fixed") };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
        return queryError(q.lastError(), QStringLiteral("reading the triggers"));
    QStringList present;
    while (q.next())
        present << q.value(0).toString();
    QStringList missing;
    for (const QString &name : expected) {
        if (!present.contains(name))
            missing << name;
    }
    return missing;
}

Result<void> SqliteDialect::checkpoint() const
{
    // PASSIVE: copies what no reader still needs and never waits; what is left is copied by a later
    // checkpoint. SQLITE_BUSY only means another connection was checkpointing at the same moment.
    const int rc = sqlite3_wal_checkpoint_v2(m_handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        return rawError(QStringLiteral("PRAGMA wal_checkpoint"));
    return {};
}

Result<int> SqliteDialect::userVersion(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return makeError(errorCode(q.lastError()),
            QCoreApplication::translate("Workspace", "%1: %2 failed: %3")
                .arg(shown(m_path), QStringLiteral("PRAGMA user_version"), q.lastError().text()));
    }
    return q.value(0).toInt();
}

Result<void> SqliteDialect::stampVersion(const QSqlDatabase &db, quint32 applicationId, int version) const
{
    QSqlQuery q(db);
    // PRAGMA arguments cannot be bound; both values are integers we produce.
    for (const QString &sql : { QStringLiteral("PRAGMA application_id = %1").arg(qint32(applicationId)),
             QStringLiteral("PRAGMA user_version = %1").arg(version) }) {
        if (!q.exec(sql)) {
            return makeError(errorCode(q.lastError()),
                QCoreApplication::translate("Workspace", "%1: %2 failed: %3")
                    .arg(shown(m_path), sql, q.lastError().text()));
        }
    }
    return {};
}

Result<QString> SqliteDialect::backup(const QSqlDatabase &db, quint32 applicationId, int version) const
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = QStringLiteral("%1.v%2-%3.bak").arg(m_path, QString::number(version), stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.v%2-%3-%4.bak")
                     .arg(m_path, QString::number(version), stamp, QString::number(n));

    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        QFile::remove(target);
        return makeError(errorCode(q.lastError()),
            QCoreApplication::translate("Workspace",
                "%1: could not write the backup %2 before migrating: %3. "
                "The workspace was not migrated.")
                .arg(shown(m_path), shown(target), q.lastError().text()));
    }
    q.finish();

    Result<SqliteFileCheck::Contents> probe = SqliteFileCheck::lookInside(target);
    QString problem;
    if (!probe)
        problem = probe.message();
    else if (probe->applicationId != applicationId || probe->version != version)
        problem = QCoreApplication::translate("Workspace", "it has application_id 0x%1 and schema %2")
                      .arg(QString::number(probe->applicationId, 16))
                      .arg(probe->version);
    if (!problem.isEmpty()) {
        QFile::remove(target);  // a copy that failed its check must not pass for a backup
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("Workspace",
                "%1: the backup %2 written before migrating failed its check "
                "(%3). The workspace was not migrated.")
                .arg(shown(m_path), shown(target), problem));
    }
    return target;
}

namespace {

// A prepared statement reused for every row: bind, step, reset. Text is bound as UTF-8 that the
// caller keeps alive until step() returns, so SQLite copies it only once (into the page).
class Statement {
public:
    Statement(sqlite3 *db, const char *sql)
    {
        m_rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_st, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_st); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepared() const { return m_rc == SQLITE_OK; }
    void bind(int i, const QByteArray &utf8)
    {
        sqlite3_bind_text(m_st, i, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_st, i, v); }
    void bind(int i, int v) { sqlite3_bind_int(m_st, i, v); }
    void bind(int i, bool v) { sqlite3_bind_int(m_st, i, v ? 1 : 0); }
    void bind(int i, double v) { sqlite3_bind_double(m_st, i, v); }
    void bind(int i, const std::optional<double> &v)
    {
        if (v)
            sqlite3_bind_double(m_st, i, *v);
        else
            sqlite3_bind_null(m_st, i);
    }
    void bindNull(int i) { sqlite3_bind_null(m_st, i); }
    void bindOrNull(int i, const QByteArray &utf8)
    {
        if (utf8.isEmpty())
            bindNull(i);
        else
            bind(i, utf8);
    }
    bool run()
    {
        const int rc = sqlite3_step(m_st);
        sqlite3_reset(m_st);
        return rc == SQLITE_DONE;
    }

private:
    sqlite3_stmt *m_st = nullptr;
    int m_rc = SQLITE_ERROR;
};

const QByteArray &statusKeyLatin1(ItemStatus status)
{
    static const std::vector<QByteArray> keys = [] {
        std::vector<QByteArray> all(std::size(allItemStatuses));
        for (ItemStatus s : allItemStatuses)
            all[size_t(s)] = statusKey(s).toLatin1();
        return all;
    }();
    return keys[size_t(status)];
}

struct ItemWriter {
    sqlite3 *db;
    Statement &insert;
    qint64 releaseId;
    qint64 gateId;
    std::unordered_map<qint64, qint64> &newIds; // the value's item id -> the stored one
    int count = 0;

    bool write(const std::vector<Item> &items, qint64 parentId)
    {
        int position = 0;
        for (const Item &item : items) {
            const QByteArray title = item.title.toUtf8();
            const QByteArray details = item.details.toUtf8();
            const QByteArray commands = column::listUtf8(item.commands);
            const QByteArray pass = item.passCriteria.toUtf8();
            const QByteArray evidence = item.evidence.toUtf8();
            const QByteArray owners = column::listUtf8(item.owners);
            const QByteArray component = item.component.toUtf8();
            const QByteArray ciJob = item.ciJob.toUtf8();
            const QByteArray &status = statusKeyLatin1(item.status);
            const QByteArray reason = item.statusReason.toUtf8();
            const QByteArray note = item.note.toUtf8();
            const QByteArray expiry = column::dateText(item.waiverExpiry).toLatin1();
            const QByteArray updatedAt = column::dateTimeText(item.updatedAt).toLatin1();
            const QByteArray updatedBy = item.updatedBy.toUtf8();
            const QByteArray probe = column::probeText(item.probe).toUtf8();
            const QByteArray pattern = item.outputPattern.toUtf8();
            const QByteArray approved = item.approvedHash.toLatin1();
            const QByteArray changedAt = column::dateTimeText(item.changedAt).toLatin1();
            insert.bind(1, releaseId);
            insert.bind(2, gateId);
            if (parentId)
                insert.bind(3, parentId);
            else
                insert.bindNull(3);
            insert.bind(4, position++);
            insert.bind(5, title);
            insert.bind(6, details);
            insert.bind(7, commands);
            insert.bind(8, pass);
            insert.bind(9, evidence);
            insert.bind(10, owners);
            insert.bind(11, component);
            insert.bind(12, ciJob);
            insert.bind(13, item.blocker);
            insert.bind(14, status);
            insert.bind(15, reason);
            insert.bind(16, note);
            insert.bindOrNull(17, expiry);
            insert.bindOrNull(18, updatedAt);
            insert.bind(19, updatedBy);
            insert.bindOrNull(20, probe);
            insert.bind(21, item.expectedExitCode);
            insert.bind(22, pattern);
            insert.bind(23, item.outputMustMatch);
            insert.bind(24, item.timeoutSeconds);
            insert.bind(25, item.commandsImported);
            insert.bind(26, approved);
            insert.bind(27, item.evidenceRequirement.required);
            insert.bind(28, item.evidenceRequirement.maxAgeHours);
            insert.bind(29, item.evidenceRequirement.newerThanChange);
            insert.bindOrNull(30, changedAt);
            if (!insert.run())
                return false;
            ++count;
            const qint64 stored = sqlite3_last_insert_rowid(db);
            if (item.id != 0)
                newIds[item.id] = stored;
            if (!item.children.empty() && !write(item.children, stored))
                return false;
        }
        return true;
    }
};

} // namespace

Result<SqliteDialect::Inserted> SqliteDialect::insertRelease(
    const Release &release, const QString &releaseName, const QString &now) const
{
    Inserted done;
    {
        Statement insert(m_handle,
            "INSERT INTO releases (name, notes, source, target_readiness, created_at, "
            "updated_at, run_settings, uid, separation_of_duties) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert.prepared())
            return rawError(QStringLiteral("INSERT INTO releases"));
        const QByteArray name = releaseName.toUtf8();
        const QByteArray notes = release.notes.toUtf8();
        const QByteArray source = release.source.toUtf8();
        const QByteArray created
            = (release.createdAt.isValid() ? column::dateTimeText(release.createdAt) : now).toLatin1();
        const QByteArray updated = now.toLatin1();
        const QByteArray runSettings = column::runSettingsText(release.run).toUtf8();
        insert.bind(1, name);
        insert.bind(2, notes);
        insert.bind(3, source);
        insert.bind(4, release.targetReadiness);
        insert.bind(5, created);
        insert.bind(6, updated);
        insert.bind(7, runSettings);
        const QByteArray uid = newReleaseUid().toLatin1(); // a copy of a release is another release
        insert.bind(8, uid);
        insert.bind(9, release.separationOfDuties);
        if (!insert.run())
            return rawError(QStringLiteral("INSERT INTO releases"));
        done.releaseId = sqlite3_last_insert_rowid(m_handle);
    }

    Statement gateInsert(m_handle,
        "INSERT INTO gates (release_id, position, title, notes, requires_previous) "
        "VALUES (?, ?, ?, ?, ?)");
    Statement itemInsert(m_handle,
        "INSERT INTO items (release_id, gate_id, parent_id, position, title, details, "
        "commands, pass_criteria, evidence, owners, component, ci_job, blocker, status, "
        "status_reason, note, waiver_expiry, updated_at, updated_by, probe, expected_exit_code, "
        "output_pattern, output_must_match, timeout_seconds, commands_imported, approved_hash, "
        "evidence_required, evidence_max_age_hours, evidence_newer_than_change, changed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!gateInsert.prepared() || !itemInsert.prepared())
        return rawError(QStringLiteral("INSERT INTO gates/items"));
    std::unordered_map<qint64, qint64> newIds;
    int gatePosition = 0;
    for (const Gate &gate : release.gates) {
        const QByteArray title = gate.title.toUtf8();
        const QByteArray notes = gate.notes.toUtf8();
        gateInsert.bind(1, done.releaseId);
        gateInsert.bind(2, gatePosition++);
        gateInsert.bind(3, title);
        gateInsert.bind(4, notes);
        gateInsert.bind(5, gate.requiresPrevious);
        if (!gateInsert.run())
            return rawError(QStringLiteral("INSERT INTO gates"));
        ++done.gates;
        ItemWriter writer { m_handle, itemInsert, done.releaseId, sqlite3_last_insert_rowid(m_handle), newIds };
        const bool written = writer.write(gate.items, 0);
        done.items += writer.count;
        if (!written)
            return rawError(QStringLiteral("INSERT INTO items"));
    }

    Statement metricInsert(m_handle,
        "INSERT INTO metrics (release_id, position, name, unit, operator, required, "
        "required_text, current, current_text, weight, blocker, source_item_id, source_parser, source_field) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!metricInsert.prepared())
        return rawError(QStringLiteral("INSERT INTO metrics"));
    int position = 0;
    for (const Metric &metric : release.metrics) {
        const QByteArray name = metric.name.toUtf8();
        const QByteArray unit = metric.unit.toUtf8();
        const QByteArray op = operatorSymbol(metric.op).toUtf8();
        const QByteArray requiredText = metric.requiredText.toUtf8();
        const QByteArray currentText = metric.currentText.toUtf8();
        metricInsert.bind(1, done.releaseId);
        metricInsert.bind(2, position++);
        metricInsert.bind(3, name);
        metricInsert.bind(4, unit);
        metricInsert.bind(5, op);
        metricInsert.bind(6, metric.required);
        metricInsert.bind(7, requiredText);
        metricInsert.bind(8, metric.current);
        metricInsert.bind(9, currentText);
        metricInsert.bind(10, metric.weight);
        metricInsert.bind(11, metric.blocker);
        // A source names an item of the value; it follows that item to its new id, and is dropped
        // when the item is not part of what was inserted.
        const auto sourceItem = metric.source ? newIds.find(metric.source->itemId) : newIds.end();
        const QByteArray parser = sourceItem != newIds.end() ? metric.source->parser.toUtf8() : QByteArray();
        const QByteArray field = sourceItem != newIds.end() ? metric.source->field.toUtf8() : QByteArray();
        if (sourceItem != newIds.end())
            metricInsert.bind(12, sourceItem->second);
        else
            metricInsert.bindNull(12);
        metricInsert.bind(13, parser);
        metricInsert.bind(14, field);
        if (!metricInsert.run())
            return rawError(QStringLiteral("INSERT INTO metrics"));
        ++done.metrics;
    }

    Statement criterionInsert(m_handle,
        "INSERT INTO criteria (release_id, position, kind, text, holds) "
        "VALUES (?, ?, ?, ?, ?)");
    if (!criterionInsert.prepared())
        return rawError(QStringLiteral("INSERT INTO criteria"));
    position = 0;
    for (const Criterion &criterion : release.criteria) {
        const QByteArray kind = column::criterionKindKey(criterion.kind).toLatin1();
        const QByteArray text = criterion.text.toUtf8();
        criterionInsert.bind(1, done.releaseId);
        criterionInsert.bind(2, position++);
        criterionInsert.bind(3, kind);
        criterionInsert.bind(4, text);
        criterionInsert.bind(5, criterion.holds);
        if (!criterionInsert.run())
            return rawError(QStringLiteral("INSERT INTO criteria"));
        ++done.criteria;
    }
    return done;
}

} // namespace gl
