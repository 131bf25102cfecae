#pragma once
// Shared by the store tests: a release with every field filled, raw access to a workspace file
// through the sqlite3 C API (a second, independent connection), and file bytes for comparisons.

#include "domain/Release.h"
#include "store/Workspace.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>
#include <QtDebug>
#include <memory>
#include <sqlite3.h>

namespace fixture {

inline gl::Item leaf(const QString &title, gl::ItemStatus status = gl::ItemStatus::NotStarted)
{
    gl::Item item;
    item.title = title;
    item.status = status;
    return item;
}

// Two gates, items nested three deep, every item field used somewhere (run fields and a probe
// included), run settings that differ from the defaults, metrics with and without numbers, GO and
// NO-GO criteria.
inline gl::Release sampleRelease(const QString &name = QStringLiteral("Staging 2024.05"))
{
    using namespace gl;
    Release r;
    r.name = name;
    r.notes = QStringLiteral("## Context\nNotes that are not a checklist.");
    r.source = QStringLiteral("staging-readiness-checklist.md");
    r.targetReadiness = 85.5;
    r.createdAt = QDateTime(QDate(2024, 5, 1), QTime(9, 30, 15, 123), Qt::UTC);
    r.run.workingFolder = QStringLiteral("/srv/checkout");
    r.run.timeoutSeconds = 120;
    r.run.outputCap = qint64(8) * 1024 * 1024;
    r.run.secretMarkers = { QStringLiteral("TOKEN"), QStringLiteral("API_KEY") };
    r.run.envFile = QStringLiteral(".env.staging");

    Gate g1;
    g1.title = QStringLiteral("Phase 0: Preconditions");
    g1.notes = QStringLiteral("Run from the repository root.");
    Item lint = leaf(QStringLiteral("Formatting & linting"));
    lint.details = QStringLiteral("Free text\nover two lines");
    lint.commands = { QStringLiteral("npm run lint"), QStringLiteral("npm run format:check"),
        QStringLiteral("echo \"quoted\" \\ backslash"), QStringLiteral("cargo fmt -- --check") };
    lint.passCriteria = QStringLiteral("0 errors; warnings triaged");
    lint.evidence = QStringLiteral("CI log");
    lint.owners = { QStringLiteral("Backend"), QStringLiteral("Frontend"), QStringLiteral("Shared") };
    lint.component = QStringLiteral("web");
    lint.ciJob = QStringLiteral("lint");
    lint.blocker = true;
    lint.status = ItemStatus::Waived;
    lint.statusReason = QStringLiteral("Known issue, ticket 42");
    lint.note = QStringLiteral("Current Status: 3 warnings");
    lint.waiverExpiry = QDate(2024, 6, 30);
    lint.updatedAt = QDateTime(QDate(2024, 5, 2), QTime(10, 0, 0, 7), Qt::UTC);
    lint.updatedBy = QStringLiteral("alice");
    lint.expectedExitCode = 3;
    lint.outputPattern = QStringLiteral("^\\d+ errors?$");
    lint.outputMustMatch = false;
    lint.timeoutSeconds = 90;
    lint.commandsImported = true;
    lint.approvedHash = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    g1.items.push_back(lint);
    Item group = leaf(QStringLiteral("Database"));
    Item sub = leaf(QStringLiteral("Migrations"));
    sub.children.push_back(leaf(QStringLiteral("Up migration"), ItemStatus::Passed));
    sub.children.push_back(leaf(QStringLiteral("Down migration"), ItemStatus::Failed));
    group.children.push_back(sub);
    group.children.push_back(
        leaf(QStringLiteral("Seed data \u2705 \U0001F680 \u00e2\u0153\u2026"), ItemStatus::Blocked));
    g1.items.push_back(group);
    g1.items.push_back(leaf(QStringLiteral("Secrets rotated"), ItemStatus::NotApplicable));
    r.gates.push_back(g1);

    Gate g2;
    g2.title = QStringLiteral("Phase 1: Build");
    g2.requiresPrevious = true;
    g2.items.push_back(leaf(QStringLiteral("Build images"), ItemStatus::InProgress));
    Item smoke = leaf(QStringLiteral("Smoke test"), ItemStatus::Inconclusive);
    smoke.probe = Probe { QStringLiteral("HEAD"), QStringLiteral("https://staging.example.com/health?full=1"), 204,
        750, QStringLiteral("\"ok\": true"), 2500 };
    g2.items.push_back(smoke);
    r.gates.push_back(g2);

    Gate empty;
    empty.title = QStringLiteral("Phase 2: Empty");
    r.gates.push_back(empty);

    Metric coverage;
    coverage.name = QStringLiteral("Test Coverage");
    coverage.unit = QStringLiteral("%");
    coverage.op = Operator::Greater;
    coverage.required = 15;
    coverage.requiredText = QStringLiteral(">15%");
    coverage.current = 3.4;
    coverage.currentText = QStringLiteral("3.4%");
    coverage.blocker = true;
    coverage.weight = 2.5;
    r.metrics.push_back(coverage);
    Metric leak;
    leak.name = QStringLiteral("Memory");
    leak.unit = QStringLiteral("MB/hr");
    leak.op = Operator::Less;
    leak.required = 10;
    leak.requiredText = QStringLiteral("<10MB/hr");
    leak.currentText = QStringLiteral("Leaking");
    r.metrics.push_back(leak);
    Metric free;
    free.name = QStringLiteral("Uptime");
    free.op = Operator::GreaterOrEqual;
    r.metrics.push_back(free);

    r.criteria.push_back({ 0, CriterionKind::Go, QStringLiteral("All gates complete"), true });
    r.criteria.push_back({ 0, CriterionKind::Go, QStringLiteral("Sign-off recorded"), false });
    r.criteria.push_back({ 0, CriterionKind::NoGo, QStringLiteral("Data loss in staging"), false });
    return r;
}

// Bytes that are not text (control bytes first, so no file name can make them look like text),
// different for each seed.
inline QByteArray binary(qint64 size, quint32 seed)
{
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    quint32 x = seed * 2654435761u + 1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes[i] = i < 4 ? char(i) : char(x & 0xff);
    }
    return bytes;
}

// Lowercase hex, computed independently of the store's OpenSSL hashing.
inline QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A second connection to a file, through the C API, so tests see what is really on disk.
class RawDb {
public:
    explicit RawDb(const QString &path, bool readOnly = false)
    {
        const int flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) != SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
        if (m_db)
            sqlite3_busy_timeout(m_db, 5000);
    }
    ~RawDb() { sqlite3_close(m_db); }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    QString lastError() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not open");
    }

    sqlite3 *handle() const { return m_db; }

    bool exec(const QString &sql)
    {
        return m_db && sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    // First column of the first row (invalid QVariant when there is none or on error).
    QVariant value(const QString &sql)
    {
        const QList<QVariant> row = column(sql);
        return row.isEmpty() ? QVariant() : row.first();
    }
    qint64 count(const QString &sql) { return value(sql).toLongLong(); }
    // First column of the first row as bytes (a blob or text), empty when there is none.
    QByteArray bytes(const QString &sql)
    {
        sqlite3_stmt *st = nullptr;
        if (!m_db || sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK)
            return QByteArray();
        QByteArray out;
        if (sqlite3_step(st) == SQLITE_ROW)
            out = QByteArray(static_cast<const char *>(sqlite3_column_blob(st, 0)), sqlite3_column_bytes(st, 0));
        sqlite3_finalize(st);
        return out;
    }
    // One statement with its ? parameters bound in order: a QByteArray as a blob, integers, doubles,
    // text, and an invalid QVariant as NULL. Returns the rows it changed, -1 on error.
    int run(const QString &sql, const QVariantList &values = {})
    {
        sqlite3_stmt *st = nullptr;
        if (!m_db || sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK)
            return -1;
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values[i];
            if (!v.isValid() || v.isNull()) {
                sqlite3_bind_null(st, i + 1);
            } else if (v.typeId() == QMetaType::QByteArray) {
                const QByteArray b = v.toByteArray();
                sqlite3_bind_blob64(st, i + 1, b.constData(), sqlite3_uint64(b.size()), SQLITE_TRANSIENT);
            } else if (v.typeId() == QMetaType::Double) {
                sqlite3_bind_double(st, i + 1, v.toDouble());
            } else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong
                || v.typeId() == QMetaType::Bool) {
                sqlite3_bind_int64(st, i + 1, v.toLongLong());
            } else {
                sqlite3_bind_text(st, i + 1, v.toString().toUtf8().constData(), -1, SQLITE_TRANSIENT);
            }
        }
        const int rc = sqlite3_step(st);
        sqlite3_finalize(st);
        return rc == SQLITE_DONE || rc == SQLITE_ROW ? sqlite3_changes(m_db) : -1;
    }
    // Every row, its columns as text joined by '|' (blobs as hex): a table's whole content, to compare.
    QStringList rows(const QString &sql)
    {
        QStringList out;
        sqlite3_stmt *st = nullptr;
        if (!m_db || sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK)
            return { QStringLiteral("error: ") + lastError() };
        while (sqlite3_step(st) == SQLITE_ROW) {
            QStringList columns;
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                const int type = sqlite3_column_type(st, c);
                if (type == SQLITE_NULL) {
                    columns << QStringLiteral("NULL");
                } else if (type == SQLITE_BLOB) {
                    const QByteArray bytes(static_cast<const char *>(sqlite3_column_blob(st, c)),
                        sqlite3_column_bytes(st, c));
                    columns << QString::fromLatin1(bytes.toHex());
                } else {
                    columns << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, c)),
                        sqlite3_column_bytes(st, c));
                }
            }
            out << columns.join(u'|');
        }
        sqlite3_finalize(st);
        return out;
    }
    // Every table's rows, in rowid order: equal dumps mean nothing was written.
    QStringList dump()
    {
        QStringList out;
        const QList<QVariant> tables = column(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        for (const QVariant &table : tables) {
            out << QStringLiteral("== ") + table.toString();
            out << rows(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table.toString()));
        }
        return out;
    }

    // First column of every row.
    QList<QVariant> column(const QString &sql)
    {
        QList<QVariant> out;
        sqlite3_stmt *st = nullptr;
        if (!m_db || sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK)
            return out;
        while (sqlite3_step(st) == SQLITE_ROW) {
            switch (sqlite3_column_type(st, 0)) {
            case SQLITE_INTEGER:
                out << QVariant(qint64(sqlite3_column_int64(st, 0)));
                break;
            case SQLITE_FLOAT:
                out << QVariant(sqlite3_column_double(st, 0));
                break;
            case SQLITE_NULL:
                out << QVariant();
                break;
            default:
                out << QVariant(
                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))));
            }
        }
        sqlite3_finalize(st);
        return out;
    }

private:
    sqlite3 *m_db = nullptr;
};

// Ids are assigned by the store; copy them from what was loaded so the rest can be compared whole.
inline void copyIds(std::vector<gl::Item> &into, const std::vector<gl::Item> &from)
{
    for (size_t i = 0; i < into.size() && i < from.size(); ++i) {
        into[i].id = from[i].id;
        copyIds(into[i].children, from[i].children);
    }
}

inline void copyIds(gl::Release &into, const gl::Release &from)
{
    into.id = from.id;
    into.uid = from.uid; // made by the store, as the ids are
    into.lastChangedBy = from.lastChangedBy; // read from the audit log
    for (size_t g = 0; g < into.gates.size() && g < from.gates.size(); ++g) {
        into.gates[g].id = from.gates[g].id;
        copyIds(into.gates[g].items, from.gates[g].items);
    }
    for (size_t m = 0; m < into.metrics.size() && m < from.metrics.size(); ++m)
        into.metrics[m].id = from.metrics[m].id;
    for (size_t c = 0; c < into.criteria.size() && c < from.criteria.size(); ++c)
        into.criteria[c].id = from.criteria[c].id;
}

// A workspace whose writes are recorded as "tester"; null (with a warning) when it cannot open.
inline std::unique_ptr<gl::Workspace> openWorkspace(const QString &path)
{
    gl::Result<std::unique_ptr<gl::Workspace>> ws = gl::Workspace::open(path);
    if (!ws) {
        qWarning() << ws.message();
        return nullptr;
    }
    (*ws)->setActor(QStringLiteral("tester"));
    return std::move(*ws);
}

// Connections a Workspace left behind (each instance owns one, removed with it).
inline int workspaceConnections()
{
    int n = 0;
    for (const QString &name : QSqlDatabase::connectionNames())
        n += name.startsWith(QLatin1String("greenlight-workspace-")) ? 1 : 0;
    return n;
}

inline qint64 itemIdByTitle(const gl::Release &release, const QString &title)
{
    qint64 id = 0;
    for (const gl::Gate &g : release.gates)
        gl::forEachItem(g.items, [&](const gl::Item &item) {
            if (item.title == title)
                id = item.id;
        });
    return id;
}

// A workspace in a temporary folder holding sampleRelease(), for tests that write runs, approvals
// and settings into it. A test class derives from it next to QObject and calls setUpSample() in init().
class SampleWorkspace {
protected:
    // Empty when ready, else what went wrong.
    QString setUpSample()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return QStringLiteral("no temporary folder");
        m_path = m_dir->filePath(QStringLiteral("ws.greenlight"));
        m_ws = openWorkspace(m_path);
        if (!m_ws)
            return QStringLiteral("the workspace did not open");
        gl::Result<qint64> created = m_ws->createRelease(sampleRelease());
        if (!created.ok())
            return created.message();
        m_releaseId = *created;
        m_release = *m_ws->loadRelease(m_releaseId);
        return QString();
    }
    void tearDownSample() { m_ws.reset(); }

    qint64 id(const QString &title) const { return itemIdByTitle(m_release, title); }
    // The item as the store holds it now.
    gl::Item reload(qint64 itemId) const
    {
        gl::Result<gl::Release> release = m_ws->loadRelease(m_releaseId);
        const gl::Item *item = release ? gl::findItem(*release, itemId) : nullptr;
        return item ? *item : gl::Item();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<gl::Workspace> m_ws;
    qint64 m_releaseId = 0;
    gl::Release m_release;
};

} // namespace fixture
