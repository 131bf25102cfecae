#include "store/Workspace.h"

#include "store/AuditLog.h"
#include "store/ColumnFormat.h"
#include "store/Migrations.h"
#include "store/SqliteFileCheck.h"
#include "store/WorkspacePrivate.h"
#include "store/WriteTransaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <algorithm>
#include <pwd.h>
#include <unistd.h>
#include <numeric>
#include <unordered_map>

namespace gl {

namespace {

// The login name, from the environment or, when that is empty (cron, CI, xvfb-run), the password database.
QString defaultActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty()) {
        if (const passwd *pw = ::getpwuid(::geteuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
    }
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("greenlight-workspace-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

// A ladder must climb one version at a time from 1; anything else is a programming error.
bool ladderIsContiguous(const std::vector<const Migration *> &steps)
{
    for (size_t i = 0; i < steps.size(); ++i) {
        if (steps[i]->version != int(i) + 1 || !steps[i]->apply)
            return false;
    }
    return true;
}

} // namespace

// ---- Private ----------------------------------------------------------------------------------

QString Workspace::Private::shownPath() const
{
    return QDir::toNativeSeparators(path);
}

QSqlQuery Workspace::Private::query(const QString &sql) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    return q;
}

Result<void> Workspace::Private::exec(QSqlQuery &q, const QString &doing) const
{
    if (!q.exec())
        return dialect->queryError(q.lastError(), doing);
    return {};
}

Result<QVariant> Workspace::Private::releaseColumn(qint64 releaseId, const QString &column) const
{
    QSqlQuery q = query(QStringLiteral("SELECT %1 FROM releases WHERE id = ?").arg(column));
    q.addBindValue(releaseId);
    if (Result<void> r = exec(q, tr("reading release %1").arg(releaseId)); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound,
            tr("There is no release with id %1 in %2.").arg(QString::number(releaseId), shownPath()));
    return q.value(0);
}

Result<void> Workspace::Private::touchRelease(qint64 releaseId, const QString &now) const
{
    // Every write that changes a release comes through here: a decided release refuses them all.
    if (Result<void> r = checkNotFrozen(releaseId); !r)
        return r;
    QSqlQuery q = query(QStringLiteral("UPDATE releases SET updated_at = ? WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(releaseId);
    return exec(q, tr("updating release %1").arg(releaseId));
}

Result<void> Workspace::Private::audit(qint64 releaseId, const QString &entity, qint64 entityId,
    const QString &action, const QString &before, const QString &after, const QDateTime &at) const
{
    AuditEntry e;
    e.at = at;
    e.actor = actor;
    e.releaseId = releaseId;
    e.entity = entity;
    e.entityId = entityId;
    e.action = action;
    e.before = before;
    e.after = after;
    return AuditLog::append(db, *dialect, e);
}

// ---- opening ----------------------------------------------------------------------------------

int Workspace::schemaVersion()
{
    return Migrations::newest(Migrations::builtin());
}

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/workspace.greenlight");
}

Workspace::Workspace(std::unique_ptr<Private> dd)
    : d(std::move(dd))
{
}

Workspace::~Workspace()
{
    d->dialect.reset();
    if (d->db.isValid())
        d->db.close();
    d->db = QSqlDatabase(); // the last handle must go before the connection is removed
    if (!d->connectionName.isEmpty())
        QSqlDatabase::removeDatabase(d->connectionName);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path)
{
    return openWithMigrations(path, Migrations::builtin());
}

Result<std::unique_ptr<Workspace>> Workspace::openWithMigrations(
    const QString &path, const std::vector<Migration> &ladder)
{
    if (path.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("No workspace file was given."));
    std::vector<const Migration *> steps;
    for (const Migration &m : ladder)
        steps.push_back(&m);
    std::sort(steps.begin(), steps.end(),
        [](const Migration *a, const Migration *b) { return a->version < b->version; });
    if (steps.empty() || !ladderIsContiguous(steps))
        return makeError(ErrorCode::Invalid, tr("The migration ladder must number its steps 1, 2, 3 ..."));
    const int newest = steps.back()->version;

    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    SqliteFileCheck::FileState state;
    if (info.exists()) {
        if (info.isDir())
            return makeError(ErrorCode::Io,
                tr("%1 is a folder, not a workspace file.").arg(QDir::toNativeSeparators(absolute)));
        Result<SqliteFileCheck::FileState> inspected
            = SqliteFileCheck::inspect(absolute, applicationId, newest);
        if (!inspected)
            return inspected.error();
        state = *inspected;
    } else if (!QDir().mkpath(info.absolutePath())) {
        return makeError(ErrorCode::Io,
            tr("Cannot create the folder %1 for the workspace.")
                .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    auto d = std::make_unique<Private>();
    d->path = absolute;
    d->actor = defaultActor();
    d->created = state.isNew;
    d->connectionName = uniqueConnectionName();
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    // From here on the Workspace owns the connection, so every early return removes it.
    std::unique_ptr<Workspace> ws(new Workspace(std::move(d)));
    Private *p = ws->d.get();
    if (!p->db.isValid())
        return makeError(ErrorCode::Database,
            tr("Cannot open %1: the Qt SQLite driver (QSQLITE) is missing.").arg(p->shownPath()));
    p->db.setDatabaseName(absolute);
    if (!p->db.open()) {
        return makeError(
            ErrorCode::Io, tr("Cannot open %1: %2").arg(p->shownPath(), p->db.lastError().text()));
    }
    Result<SqliteDialect> dialect = SqliteDialect::attach(p->db, absolute);
    if (!dialect)
        return dialect.error();
    p->dialect = *dialect;

    Result<int> version = p->dialect->userVersion(p->db);
    if (!version)
        return version.error();
    // A file without tables counts as new whatever its user_version says.
    int onDisk = *version;
    p->version = state.isNew ? 0 : onDisk;
    if (p->version > newest) { // it changed between the checks and now
        return makeError(ErrorCode::TooNew,
            tr("%1 was written by a newer Greenlight: schema %2, this build knows %3. "
               "Update Greenlight to open it; the file was not changed.")
                .arg(p->shownPath(), QString::number(p->version), QString::number(newest)));
    }
    if (p->version < newest && p->version > 0) {
        Result<QString> backup = p->dialect->backup(p->db, applicationId, p->version);
        if (!backup)
            return backup.error();
        p->backupPath = *backup;
    }
    // Only now: switching to WAL rewrites the file header, and an older file must be backed up first.
    if (Result<void> configured = p->dialect->configure(p->db); !configured)
        return configured.error();
    for (const Migration *step : steps) {
        if (step->version <= p->version)
            continue;
        WriteTransaction tx(p->db, *p->dialect);
        if (Result<void> begun = tx.begin(); !begun)
            return begun.error();
        // Another process may have migrated while we waited for the write lock.
        Result<int> now = p->dialect->userVersion(p->db);
        if (!now)
            return now.error();
        if (*now != onDisk && *now >= step->version) {
            p->version = onDisk = *now;
            continue;
        }
        Result<void> applied = step->apply(p->db, *p->dialect);
        if (applied)
            applied = p->dialect->stampVersion(p->db, applicationId, step->version);
        if (applied)
            applied = tx.commit();
        if (!applied) {
            tx.rollback();
            const QString backupNote = p->backupPath.isEmpty()
                ? QString()
                : tr(" A backup taken before migrating is at %1.")
                      .arg(QDir::toNativeSeparators(p->backupPath));
            return makeError(applied.error().code,
                tr("%1: migrating to schema %2 (%3) failed, the file stays at schema %4. %5%6")
                    .arg(p->shownPath(), QString::number(step->version), step->summary,
                        QString::number(p->version), applied.message(), backupNote));
        }
        p->version = onDisk = step->version;
    }
    return Result<std::unique_ptr<Workspace>>(std::move(ws));
}

QString Workspace::path() const
{
    return d->path;
}
bool Workspace::wasCreated() const
{
    return d->created;
}
QString Workspace::lastBackupPath() const
{
    return d->backupPath;
}
int Workspace::version() const
{
    return d->version;
}
void Workspace::setCheckpointOnCommit(bool on)
{
    d->dialect->setAutoCheckpoint(on);
}
Result<void> Workspace::checkpoint()
{
    return d->dialect->checkpoint();
}
void Workspace::setActor(const QString &actor)
{
    d->actor = actor.trimmed().isEmpty() ? defaultActor() : actor.trimmed();
}
QString Workspace::actor() const
{
    return d->actor;
}

// ---- reading ----------------------------------------------------------------------------------

Result<std::vector<ReleaseSummary>> Workspace::releases() const
{
    QSqlQuery q = d->query(
        QStringLiteral("SELECT id, name, source, created_at, updated_at FROM releases ORDER BY id"));
    if (Result<void> r = d->exec(q, tr("listing the releases")); !r)
        return r.error();
    std::vector<ReleaseSummary> out;
    while (q.next()) {
        ReleaseSummary s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.source = q.value(2).toString();
        s.createdAt = column::dateTimeFromText(q.value(3).toString());
        s.updatedAt = column::dateTimeFromText(q.value(4).toString());
        out.push_back(std::move(s));
    }
    return out;
}

namespace {

using ItemRow = SqliteDialect::ItemRow;

Item takeTree(std::vector<ItemRow> &rows, const std::vector<std::vector<size_t>> &children, size_t index)
{
    Item item = std::move(rows[index].item);
    item.children.reserve(children[index].size());
    for (size_t child : children[index])
        item.children.push_back(takeTree(rows, children, child));
    return item;
}

} // namespace


Result<Release> Workspace::loadRelease(qint64 releaseId) const
{
    const Private::ReadSnapshot snapshot(d->db);
    Release release;
    {
        QSqlQuery q = d->query(QStringLiteral("SELECT id, name, notes, source, target_readiness, created_at, "
                                              "run_settings FROM releases WHERE id = ?"));
        q.addBindValue(releaseId);
        if (Result<void> r = d->exec(q, tr("reading release %1").arg(releaseId)); !r)
            return r.error();
        if (!q.next())
            return makeError(ErrorCode::NotFound,
                tr("There is no release with id %1 in %2.").arg(QString::number(releaseId), d->shownPath()));
        release.id = q.value(0).toLongLong();
        release.name = q.value(1).toString();
        release.notes = q.value(2).toString();
        release.source = q.value(3).toString();
        release.targetReadiness = q.value(4).toDouble();
        release.createdAt = column::dateTimeFromText(q.value(5).toString());
        release.run = column::runSettingsFromText(q.value(6).toString());
    }

    std::unordered_map<qint64, size_t> gateIndex;
    {
        QSqlQuery q = d->query(QStringLiteral("SELECT id, title, notes, requires_previous FROM gates "
                                              "WHERE release_id = ? ORDER BY position, id"));
        q.addBindValue(releaseId);
        if (Result<void> r = d->exec(q, tr("reading the gates of release %1").arg(releaseId)); !r)
            return r.error();
        while (q.next()) {
            Gate gate;
            gate.id = q.value(0).toLongLong();
            gate.title = q.value(1).toString();
            gate.notes = q.value(2).toString();
            gate.requiresPrevious = q.value(3).toInt() != 0;
            gateIndex.emplace(gate.id, release.gates.size());
            release.gates.push_back(std::move(gate));
        }
    }

    // Rows come in id order; siblings are put in position order, then the tree is assembled from
    // parent ids.
    Result<std::vector<ItemRow>> read = d->dialect->readItems(releaseId);
    if (!read)
        return read.error();
    std::vector<ItemRow> &rows = *read;
    std::vector<size_t> order(rows.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(
        order.begin(), order.end(), [&](size_t a, size_t b) { return rows[a].position < rows[b].position; });
    std::unordered_map<qint64, size_t> rowIndex;
    rowIndex.reserve(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        rowIndex.emplace(rows[i].item.id, i);
    std::vector<std::vector<size_t>> children(rows.size());
    std::vector<std::vector<size_t>> roots(release.gates.size());
    for (size_t i : order) {
        if (rows[i].parentId) {
            auto parent = rowIndex.find(rows[i].parentId);
            if (parent != rowIndex.end()) {
                children[parent->second].push_back(i);
                continue;
            }
        }
        auto gate = gateIndex.find(rows[i].gateId);
        if (gate != gateIndex.end())
            roots[gate->second].push_back(i);
    }
    // Every run of the release in one query, handed to its leaf (a release has hundreds of items).
    Result<std::vector<RunRecord>> runs = d->dialect->readRuns(releaseId);
    if (!runs)
        return runs.error();
    for (RunRecord &run : *runs) {
        auto item = rowIndex.find(run.itemId);
        if (item != rowIndex.end() && children[item->second].empty())
            rows[item->second].item.runs.push_back(std::move(run));
    }
    // Evidence likewise, every kind (a run's log is evidence of its item too).
    Result<std::vector<Evidence>> evidence = d->dialect->readEvidence(releaseId);
    if (!evidence)
        return evidence.error();
    for (Evidence &e : *evidence) {
        auto item = rowIndex.find(e.itemId);
        if (item != rowIndex.end() && children[item->second].empty())
            rows[item->second].item.evidenceList.push_back(std::move(e));
    }

    for (size_t g = 0; g < release.gates.size(); ++g) {
        std::vector<Item> &items = release.gates[g].items;
        items.reserve(roots[g].size());
        for (size_t root : roots[g])
            items.push_back(takeTree(rows, children, root));
    }

    {
        QSqlQuery q
            = d->query(QStringLiteral("SELECT id, name, unit, operator, required, required_text, current, "
                                      "current_text, weight, blocker, source_item_id, source_parser, "
                                      "source_field FROM metrics WHERE release_id = ? "
                                      "ORDER BY position, id"));
        q.addBindValue(releaseId);
        if (Result<void> r = d->exec(q, tr("reading the metrics of release %1").arg(releaseId)); !r)
            return r.error();
        while (q.next()) {
            Metric m;
            m.id = q.value(0).toLongLong();
            m.name = q.value(1).toString();
            m.unit = q.value(2).toString();
            m.op = operatorFromSymbol(q.value(3).toString()).value_or(Operator::GreaterOrEqual);
            if (!q.isNull(4))
                m.required = q.value(4).toDouble();
            m.requiredText = q.value(5).toString();
            if (!q.isNull(6))
                m.current = q.value(6).toDouble();
            m.currentText = q.value(7).toString();
            m.weight = q.value(8).toDouble();
            m.blocker = q.value(9).toInt() != 0;
            // A source whose item was deleted (ON DELETE SET NULL) is no source any more.
            if (!q.isNull(10))
                m.source = MetricSource { q.value(10).toLongLong(), q.value(11).toString(), q.value(12).toString() };
            release.metrics.push_back(std::move(m));
        }
    }
    {
        QSqlQuery q
            = d->query(QStringLiteral("SELECT id, kind, text, holds FROM criteria WHERE release_id = ? "
                                      "ORDER BY position, id"));
        q.addBindValue(releaseId);
        if (Result<void> r = d->exec(q, tr("reading the criteria of release %1").arg(releaseId)); !r)
            return r.error();
        while (q.next()) {
            Criterion c;
            c.id = q.value(0).toLongLong();
            c.kind = column::criterionKindFromKey(q.value(1).toString()).value_or(CriterionKind::Go);
            c.text = q.value(2).toString();
            c.holds = q.value(3).toInt() != 0;
            release.criteria.push_back(std::move(c));
        }
    }
    if (Result<void> r = d->readSignOffs(release); !r)
        return r.error();
    if (Result<void> r = d->readDecisions(release); !r)
        return r.error();
    return release;
}

Result<std::vector<AuditEntry>> Workspace::audit(qint64 releaseId, int limit) const
{
    return AuditLog::read(d->db, *d->dialect, releaseId, limit);
}

Result<AuditChain> Workspace::verifyAuditChain() const
{
    const Private::ReadSnapshot snapshot(d->db);
    return AuditLog::verifyChain(d->db, *d->dialect);
}

} // namespace gl
