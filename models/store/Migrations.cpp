#include "store/Migrations.h"

#include "store/AuditLog.h"
#include "store/SqliteDialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <vector>

namespace gl {

namespace {

// Schema 1. Portable SQL (SQLite and PostgreSQL): TEXT for dates (ISO-8601 UTC with ms) and for
// lists (JSON array text, so an item stays one row), INTEGER 0/1 for flags, %ID% for the identity
// (and, from schema 2, %BLOB% for binary content).
// audit_log has no foreign key on purpose: the rows of a deleted release stay, and a later
// migration turns the log into a hash chain by adding columns.
QStringList schemaVersion1()
{
    return {
        QStringLiteral("CREATE TABLE meta ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE releases ("
                       " id %ID%,"
                       " name TEXT NOT NULL UNIQUE,"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL DEFAULT '',"
                       " target_readiness DOUBLE PRECISION NOT NULL DEFAULT 90,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE gates ("
                       " id %ID%,"
                       " release_id BIGINT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " title TEXT NOT NULL,"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " requires_previous INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX gates_by_release ON gates(release_id, position)"),
        QStringLiteral("CREATE TABLE items ("
                       " id %ID%,"
                       " release_id BIGINT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,"
                       " gate_id BIGINT NOT NULL REFERENCES gates(id) ON DELETE CASCADE,"
                       " parent_id BIGINT REFERENCES items(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " title TEXT NOT NULL,"
                       " details TEXT NOT NULL DEFAULT '',"
                       " commands TEXT NOT NULL DEFAULT '[]',"
                       " pass_criteria TEXT NOT NULL DEFAULT '',"
                       " evidence TEXT NOT NULL DEFAULT '',"
                       " owners TEXT NOT NULL DEFAULT '[]',"
                       " component TEXT NOT NULL DEFAULT '',"
                       " ci_job TEXT NOT NULL DEFAULT '',"
                       " blocker INTEGER NOT NULL DEFAULT 0,"
                       // Spelled out with OR: SQLite builds a temporary table per row for IN (...).
                       " status TEXT NOT NULL DEFAULT 'not-started' CHECK (status = 'not-started' OR"
                       " status = 'in-progress' OR status = 'passed' OR status = 'failed' OR"
                       " status = 'blocked' OR status = 'inconclusive' OR status = 'waived' OR"
                       " status = 'not-applicable'),"
                       " status_reason TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " waiver_expiry TEXT,"
                       " updated_at TEXT,"
                       " updated_by TEXT NOT NULL DEFAULT '')"),
        // Two indexes only, each on a key that grows with the id so a bulk insert appends to it
        // instead of splitting pages all over it (readers sort siblings by position themselves).
        // They keep ON DELETE CASCADE linear; a release's items are found through its gates.
        QStringLiteral("CREATE INDEX items_by_gate ON items(gate_id)"),
        QStringLiteral("CREATE INDEX items_by_parent ON items(parent_id)"),
        QStringLiteral("CREATE TABLE metrics ("
                       " id %ID%,"
                       " release_id BIGINT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " unit TEXT NOT NULL DEFAULT '',"
                       " operator TEXT NOT NULL DEFAULT '>=',"
                       " required DOUBLE PRECISION,"
                       " required_text TEXT NOT NULL DEFAULT '',"
                       " current DOUBLE PRECISION,"
                       " current_text TEXT NOT NULL DEFAULT '',"
                       " weight DOUBLE PRECISION NOT NULL DEFAULT 0,"
                       " blocker INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX metrics_by_release ON metrics(release_id, position)"),
        QStringLiteral("CREATE TABLE criteria ("
                       " id %ID%,"
                       " release_id BIGINT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind = 'go' OR kind = 'no_go'),"
                       " text TEXT NOT NULL,"
                       " holds INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX criteria_by_release ON criteria(release_id, position)"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id %ID%,"
                       " at TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " release_id BIGINT,"
                       " entity TEXT NOT NULL,"
                       " entity_id BIGINT,"
                       " action TEXT NOT NULL,"
                       " before TEXT,"
                       " after TEXT)"),
        QStringLiteral("CREATE INDEX audit_by_release ON audit_log(release_id, id)"),
    };
}

// Schema 2: running items (issue 3) and the evidence blob store it shares with attachments (issue 4).
// Content lives once per SHA-256 in `blobs`, split into `blob_chunks` rows. Those are a plain rowid
// table on purpose: a chunk row is mostly overflow pages, and WITHOUT ROWID only pays for small rows. `evidence` is what an item carries (a run log, a probe result,
// an attached file, a link or a note), pointing at a blob when it has content. `runs` are the rows of
// the run history, each with its log as evidence. Every child table has an index on the column its
// ON DELETE CASCADE or foreign key check looks up, so deleting a release stays linear.
QStringList schemaVersion2()
{
    return {
        QStringLiteral("ALTER TABLE releases ADD COLUMN run_settings TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE items ADD COLUMN probe TEXT"),
        QStringLiteral("ALTER TABLE items ADD COLUMN expected_exit_code INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE items ADD COLUMN output_pattern TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE items ADD COLUMN output_must_match INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE items ADD COLUMN timeout_seconds INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE items ADD COLUMN commands_imported INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE items ADD COLUMN approved_hash TEXT NOT NULL DEFAULT ''"),
        // Schema 1 kept no trace of where commands came from, and nothing was ever approved: every
        // command already stored asks for approval once rather than running unseen.
        QStringLiteral("UPDATE items SET commands_imported = 1 WHERE commands <> '[]'"),
        QStringLiteral("CREATE TABLE blobs ("
                       " id %ID%,"
                       " sha256 TEXT UNIQUE NOT NULL,"
                       " size BIGINT NOT NULL,"
                       " chunk_size INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE blob_chunks ("
                       " id %ID%,"
                       " blob_id BIGINT NOT NULL REFERENCES blobs(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL,"
                       " data %BLOB% NOT NULL,"
                       " UNIQUE (blob_id, seq))"),
        QStringLiteral("CREATE TABLE evidence ("
                       " id %ID%,"
                       " release_id BIGINT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,"
                       " item_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL CHECK (kind = 'run-log' OR kind = 'probe' OR kind = 'file' OR"
                       " kind = 'url' OR kind = 'note'),"
                       " name TEXT NOT NULL DEFAULT '',"
                       " media_type TEXT NOT NULL DEFAULT '',"
                       " blob_id BIGINT REFERENCES blobs(id),"
                       " size BIGINT NOT NULL DEFAULT 0,"
                       " sha256 TEXT,"
                       " url TEXT,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " added_at TEXT NOT NULL,"
                       " added_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX evidence_by_item ON evidence(item_id, id)"),
        QStringLiteral("CREATE INDEX evidence_by_blob ON evidence(blob_id)"),
        QStringLiteral("CREATE TABLE runs ("
                       " id %ID%,"
                       " release_id BIGINT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,"
                       " item_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL CHECK (kind = 'command' OR kind = 'probe'),"
                       " commands TEXT NOT NULL DEFAULT '[]',"
                       " working_directory TEXT NOT NULL DEFAULT '',"
                       " started_at TEXT NOT NULL,"
                       " finished_at TEXT NOT NULL,"
                       " duration_ms BIGINT NOT NULL DEFAULT 0,"
                       " exit_code INTEGER,"
                       " signal INTEGER,"
                       " verdict TEXT NOT NULL CHECK (verdict = 'passed' OR verdict = 'failed' OR"
                       " verdict = 'cancelled'),"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " ran_by TEXT NOT NULL DEFAULT '',"
                       " host TEXT NOT NULL DEFAULT '',"
                       " evidence_id BIGINT REFERENCES evidence(id),"
                       " total_bytes BIGINT NOT NULL DEFAULT 0,"
                       " bytes_dropped BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX runs_by_item ON runs(item_id, id)"),
        // loadRelease reads every run of a release in one query.
        QStringLiteral("CREATE INDEX runs_by_release ON runs(release_id, id)"),
        QStringLiteral("CREATE INDEX runs_by_evidence ON runs(evidence_id)"),
    };
}

// Schema 3: evidence attachments (issue 4). Items say what they ask of their evidence and when what
// they ask last changed (a file from before knows only its last write, which is the best guess);
// a metric can take its current value from the newest evidence of an item. Evidence gets an index
// by release because loadRelease reads a release's evidence in one query, as it reads its runs;
// metrics get one on their source so deleting items never scans the metrics for ON DELETE SET NULL.
QStringList schemaVersion3()
{
    return {
        QStringLiteral("ALTER TABLE items ADD COLUMN evidence_required INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE items ADD COLUMN evidence_max_age_hours INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE items ADD COLUMN evidence_newer_than_change INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE items ADD COLUMN changed_at TEXT"),
        QStringLiteral("UPDATE items SET changed_at = updated_at"),
        QStringLiteral("ALTER TABLE metrics ADD COLUMN source_item_id BIGINT REFERENCES items(id) ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE metrics ADD COLUMN source_parser TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE metrics ADD COLUMN source_field TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX metrics_by_source ON metrics(source_item_id)"),
        QStringLiteral("CREATE INDEX evidence_by_release ON evidence(release_id, id)"),
    };
}

// Schema 4: stakeholders and sign-offs (issue 5). A release gets a uid that sign-offs are bound to
// (a copied row does not verify on another release, nor in another workspace), the sign-offs it
// requires by role, and its separation-of-duties setting. Stakeholders hold their public keys, the
// retired ones included (old sign-offs keep verifying). A sign-off keeps the snapshot it signed,
// to show what changed since; it refers to its stakeholder and key without cascading: people and
// keys that signed something are never deleted.
QStringList schemaVersion4()
{
    return {
        QStringLiteral("ALTER TABLE releases ADD COLUMN uid TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE releases ADD COLUMN separation_of_duties INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("CREATE TABLE stakeholders ("
                       " id %ID%,"
                       " name TEXT NOT NULL UNIQUE,"
                       " roles TEXT NOT NULL DEFAULT '[]',"
                       " email TEXT NOT NULL DEFAULT '',"
                       " account TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE stakeholder_keys ("
                       " id %ID%,"
                       " stakeholder_id BIGINT NOT NULL REFERENCES stakeholders(id),"
                       " public_key TEXT NOT NULL,"
                       " fingerprint TEXT NOT NULL UNIQUE,"
                       " created_at TEXT NOT NULL,"
                       " retired_at TEXT)"),
        QStringLiteral("CREATE INDEX keys_by_stakeholder ON stakeholder_keys(stakeholder_id, id)"),
        QStringLiteral("CREATE TABLE signoff_requirements ("
                       " id %ID%,"
                       " release_id BIGINT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,"
                       " role TEXT NOT NULL,"
                       " count INTEGER NOT NULL CHECK (count > 0),"
                       " UNIQUE (release_id, role))"),
        QStringLiteral("CREATE TABLE signoffs ("
                       " id %ID%,"
                       " release_id BIGINT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,"
                       " stakeholder_id BIGINT NOT NULL REFERENCES stakeholders(id),"
                       " key_id BIGINT NOT NULL REFERENCES stakeholder_keys(id),"
                       " name TEXT NOT NULL,"
                       " role TEXT NOT NULL,"
                       " meaning TEXT NOT NULL CHECK (meaning = 'go' OR meaning = 'conditional' OR"
                       " meaning = 'no-go' OR meaning = 'reviewed'),"
                       " comment TEXT NOT NULL DEFAULT '',"
                       " signed_at TEXT NOT NULL,"
                       " snapshot_sha256 TEXT NOT NULL,"
                       " snapshot TEXT NOT NULL,"
                       " fingerprint TEXT NOT NULL,"
                       " signature TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX signoffs_by_release ON signoffs(release_id, id)"),
        QStringLiteral("CREATE INDEX signoffs_by_stakeholder ON signoffs(stakeholder_id)"),
        QStringLiteral("CREATE INDEX signoffs_by_key ON signoffs(key_id)"),
    };
}

// Schema 5: the audit log becomes a hash chain (AuditLog.h) that refuses UPDATE and DELETE, and
// releases get their decisions (issue 5). A decision row is never changed but once: reopening sets
// superseded_at/superseded_by/reopen_reason (the row stays, in history). Mitigations belong to their
// decision; a mitigation's status and evidence change as it is worked, each change audited.
QStringList schemaVersion5()
{
    return {
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN row_hash TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE decisions ("
                       " id %ID%,"
                       " release_id BIGINT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,"
                       " outcome TEXT NOT NULL CHECK (outcome = 'go' OR outcome = 'conditional' OR outcome = 'no-go'),"
                       " suggested TEXT NOT NULL,"
                       " rationale TEXT NOT NULL,"
                       " confidence INTEGER,"
                       " valid_until TEXT,"
                       " deviation_reason TEXT NOT NULL DEFAULT '',"
                       " override_reason TEXT NOT NULL DEFAULT '',"
                       " snapshot_sha256 TEXT NOT NULL,"
                       " snapshot TEXT NOT NULL,"
                       " authorization_code TEXT NOT NULL,"
                       " decided_by TEXT NOT NULL,"
                       " decided_at TEXT NOT NULL,"
                       " superseded_at TEXT,"
                       " superseded_by TEXT NOT NULL DEFAULT '',"
                       " reopen_reason TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX decisions_by_release ON decisions(release_id, id)"),
        QStringLiteral("CREATE TABLE mitigations ("
                       " id %ID%,"
                       " decision_id BIGINT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " title TEXT NOT NULL,"
                       " owner TEXT NOT NULL,"
                       " deadline TEXT NOT NULL,"
                       " acceptance TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT 'open' CHECK (status = 'open' OR status = 'done' OR"
                       " status = 'dropped'),"
                       " evidence_id BIGINT REFERENCES evidence(id) ON DELETE SET NULL)"),
        QStringLiteral("CREATE INDEX mitigations_by_decision ON mitigations(decision_id, position)"),
        QStringLiteral("CREATE INDEX mitigations_by_evidence ON mitigations(evidence_id)"),
    };
}

// Every release written before schema 4 gets its uid.
Result<void> fillReleaseUids(const QSqlDatabase &db, const SqliteDialect &dialect)
{
    QSqlQuery ids(db);
    ids.setForwardOnly(true);
    if (!ids.exec(QStringLiteral("SELECT id FROM releases WHERE uid = ''")))
        return dialect.queryError(ids.lastError(), QStringLiteral("SELECT id FROM releases"));
    std::vector<qint64> releaseIds;
    while (ids.next())
        releaseIds.push_back(ids.value(0).toLongLong());
    QSqlQuery set(db);
    set.prepare(QStringLiteral("UPDATE releases SET uid = ? WHERE id = ?"));
    for (qint64 id : releaseIds) {
        set.addBindValue(newReleaseUid());
        set.addBindValue(id);
        if (!set.exec())
            return dialect.queryError(set.lastError(), QStringLiteral("UPDATE releases SET uid"));
    }
    return {};
}

} // namespace

QString newReleaseUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Migration Migration::fromStatements(int version, const QString &summary, const QStringList &statements)
{
    Migration m;
    m.version = version;
    m.summary = summary;
    m.apply = [statements](const QSqlDatabase &db, const SqliteDialect &dialect) {
        return Migrations::runStatements(db, dialect, statements);
    };
    return m;
}

const std::vector<Migration> &Migrations::builtin()
{
    static const std::vector<Migration> ladder = {
        Migration::fromStatements(
            1, QStringLiteral("releases, gates, items, metrics, criteria, audit log"), schemaVersion1()),
        Migration::fromStatements(
            2, QStringLiteral("run settings, item run fields, blobs, evidence, runs"), schemaVersion2()),
        Migration::fromStatements(
            3, QStringLiteral("evidence requirements, item change times, metric sources"), schemaVersion3()),
        [] {
            Migration m = Migration::fromStatements(
                4, QStringLiteral("release uids, stakeholders, keys, sign-off requirements, sign-offs"), schemaVersion4());
            auto statements = m.apply;
            m.apply = [statements](const QSqlDatabase &db, const SqliteDialect &dialect) -> Result<void> {
                if (Result<void> r = statements(db, dialect); !r)
                    return r;
                return fillReleaseUids(db, dialect);
            };
            return m;
        }(),
        [] {
            Migration m = Migration::fromStatements(
                5, QStringLiteral("audit hash chain, append-only audit log, decisions, mitigations"), schemaVersion5());
            auto statements = m.apply;
            m.apply = [statements](const QSqlDatabase &db, const SqliteDialect &dialect) -> Result<void> {
                if (Result<void> r = statements(db, dialect); !r)
                    return r;
                if (Result<void> r = AuditLog::chainExistingRows(db, dialect); !r)
                    return r;
                // A sign-off is never changed; a decision only gets superseded (reopen). Both go with
                // their release when it is deleted, which the audit log records.
                QStringList guards = dialect.appendOnlyStatements(QStringLiteral("audit_log"));
                guards << dialect.fixedColumnsStatement(QStringLiteral("signoffs"),
                    { QStringLiteral("release_id"), QStringLiteral("stakeholder_id"), QStringLiteral("key_id"),
                        QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("meaning"), QStringLiteral("comment"),
                        QStringLiteral("signed_at"), QStringLiteral("snapshot_sha256"), QStringLiteral("snapshot"),
                        QStringLiteral("fingerprint"), QStringLiteral("signature") });
                guards << dialect.fixedColumnsStatement(QStringLiteral("decisions"),
                    { QStringLiteral("release_id"), QStringLiteral("outcome"), QStringLiteral("suggested"),
                        QStringLiteral("rationale"), QStringLiteral("confidence"), QStringLiteral("valid_until"),
                        QStringLiteral("deviation_reason"), QStringLiteral("override_reason"),
                        QStringLiteral("snapshot_sha256"), QStringLiteral("snapshot"), QStringLiteral("authorization_code"),
                        QStringLiteral("decided_by"), QStringLiteral("decided_at") });
                return Migrations::runStatements(db, dialect, guards);
            };
            return m;
        }(),
    };
    return ladder;
}

int Migrations::newest(const std::vector<Migration> &ladder)
{
    int newest = 0;
    for (const Migration &m : ladder)
        newest = std::max(newest, m.version);
    return newest;
}

Result<void> Migrations::runStatements(
    const QSqlDatabase &db, const SqliteDialect &dialect, const QStringList &statements)
{
    for (const QString &statement : statements) {
        QString sql = statement;
        sql.replace(QLatin1String("%ID%"), dialect.identityColumn());
        sql.replace(QLatin1String("%BLOB%"), dialect.blobColumn());
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            return makeError(dialect.errorCode(query.lastError()),
                QCoreApplication::translate("Workspace", "%1 failed: %2")
                    .arg(sql.left(60), query.lastError().text()));
        }
    }
    return {};
}

} // namespace gl
