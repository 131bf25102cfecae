// Import, open and readiness of a 10,000-item release, each beside raw SQLite doing the same rows.
// Usage: bench_workspace            (runs everything, one JSON line per measure)
//        bench_workspace --open FILE | --raw-select FILE   (child modes, measured in their own process)

#include "BenchData.h"
#include "BenchReport.h"
#include "domain/Readiness.h"
#include "interchange/MarkdownImporter.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <sqlite3.h>
#include <functional>
#include <string>
#include <vector>

namespace {

struct RawItem {
    qint64 gate = 0, parent = 0, position = 0;
    QByteArray title, details, commands, pass, evidence, owners, status;
};

std::vector<RawItem> flatten(const gl::Release &release)
{
    std::vector<RawItem> rows;
    qint64 gateNo = 0;
    qint64 next = 0;
    std::function<void(const std::vector<gl::Item> &, qint64)> walk = [&](const std::vector<gl::Item> &items, qint64 parent) {
        qint64 pos = 0;
        for (const gl::Item &item : items) {
            RawItem r;
            r.gate = gateNo;
            r.parent = parent;
            r.position = pos++;
            r.title = item.title.toUtf8();
            r.details = item.details.toUtf8();
            r.commands = QJsonDocument(QJsonArray::fromStringList(item.commands)).toJson(QJsonDocument::Compact);
            r.pass = item.passCriteria.toUtf8();
            r.evidence = item.evidence.toUtf8();
            r.owners = QJsonDocument(QJsonArray::fromStringList(item.owners)).toJson(QJsonDocument::Compact);
            r.status = gl::statusKey(item.status).toUtf8();
            rows.push_back(r);
            const qint64 self = ++next;
            walk(item.children, self);
        }
    };
    for (const gl::Gate &gate : release.gates) {
        ++gateNo;
        walk(gate.items, 0);
    }
    return rows;
}

// The baseline: the C API inserting the same rows into a table of the same shape with the same two
// indexes as the store's items table, one transaction, one prepared statement, positional binding.
double rawInsertMs(const QString &path, const std::vector<RawItem> &rows)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; CREATE TABLE items(id INTEGER PRIMARY KEY, gate_id INTEGER, "
                     "parent_id INTEGER, position INTEGER, title TEXT, details TEXT, commands TEXT, "
                     "pass_criteria TEXT, evidence TEXT, owners TEXT, status TEXT, updated_at TEXT); "
                     "CREATE INDEX items_by_gate ON items(gate_id); CREATE INDEX items_by_parent ON items(parent_id)",
                 nullptr, nullptr, nullptr);
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO items(gate_id, parent_id, position, title, details, commands, "
                           "pass_criteria, evidence, owners, status, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                       -1, &st, nullptr);
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    for (const RawItem &r : rows) {
        sqlite3_bind_int64(st, 1, r.gate);
        if (r.parent)
            sqlite3_bind_int64(st, 2, r.parent);
        else
            sqlite3_bind_null(st, 2);
        sqlite3_bind_int64(st, 3, r.position);
        sqlite3_bind_text(st, 4, r.title.constData(), int(r.title.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 5, r.details.constData(), int(r.details.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 6, r.commands.constData(), int(r.commands.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 7, r.pass.constData(), int(r.pass.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 8, r.evidence.constData(), int(r.evidence.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 9, r.owners.constData(), int(r.owners.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 10, r.status.constData(), int(r.status.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 11, now.constData(), int(now.size()), SQLITE_TRANSIENT);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    sqlite3_close(db);
    return ms;
}

int childOpen(const QString &path)
{
    QElapsedTimer t;
    t.start();
    auto ws = gl::Workspace::open(path);
    if (!ws)
        return 3;
    auto list = (*ws)->releases();
    if (!list || list->empty())
        return 3;
    auto release = (*ws)->loadRelease(list->front().id);
    if (!release)
        return 3;
    const gl::Readiness r = gl::computeReadiness(*release, QDateTime::currentDateTimeUtc());
    const double ms = double(t.nsecsElapsed()) / 1e6;
    std::printf("%f %f %d\n", ms, bench::peakRssMb(), r.leafTotal);
    return 0;
}

// Plain structs: every column of every item row copied out as a string.
int childRawSelect(const QString &path)
{
    QElapsedTimer t;
    t.start();
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "SELECT * FROM items", -1, &st, nullptr);
    std::vector<std::vector<std::string>> rows;
    const int columns = sqlite3_column_count(st);
    while (sqlite3_step(st) == SQLITE_ROW) {
        std::vector<std::string> row;
        row.reserve(size_t(columns));
        for (int c = 0; c < columns; ++c) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, c));
            row.emplace_back(text ? text : "");
        }
        rows.push_back(std::move(row));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    std::printf("%f %f %d\n", ms, bench::peakRssMb(), int(rows.size()));
    return 0;
}

struct ChildResult {
    double ms = 0, rssMb = 0;
};

ChildResult runChild(const QString &mode, const QString &file, int runs)
{
    std::vector<double> times;
    double rss = 0;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.start(QCoreApplication::applicationFilePath(), {mode, file});
        p.waitForFinished(120000);
        const QList<QByteArray> parts = p.readAllStandardOutput().trimmed().split(' ');
        if (p.exitCode() != 0 || parts.size() < 2) {
            std::fprintf(stderr, "child %s failed\n", qPrintable(mode));
            return {};
        }
        times.push_back(parts[0].toDouble());
        rss = std::max(rss, parts[1].toDouble());
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], rss};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args[1] == QLatin1String("--open"))
        return childOpen(args[2]);
    if (args.size() == 3 && args[1] == QLatin1String("--raw-select"))
        return childRawSelect(args[2]);

    QTemporaryDir dir;
    const QByteArray markdown = bench::generateChecklist();
    const int runs = 5;

    // Import: parse + one-transaction insert, against the raw insert of the same rows.
    std::vector<double> ours, raw;
    QString workspacePath;
    for (int i = 0; i < runs; ++i) {
        const QString path = dir.filePath(QStringLiteral("ws%1.greenlight").arg(i));
        auto ws = gl::Workspace::open(path);
        if (!ws) {
            std::fprintf(stderr, "%s\n", qPrintable(ws.message()));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        auto parsed = gl::MarkdownImporter::importBytes(markdown, QStringLiteral("generated.md"));
        if (!parsed) {
            std::fprintf(stderr, "%s\n", qPrintable(parsed.message()));
            return 1;
        }
        auto id = (*ws)->createRelease(parsed->release);
        ours.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.message()));
            return 1;
        }
        raw.push_back(rawInsertMs(dir.filePath(QStringLiteral("raw%1.sqlite").arg(i)), flatten(parsed->release)));
        workspacePath = path;
    }
    std::sort(ours.begin(), ours.end());
    std::sort(raw.begin(), raw.end());
    bool allMet = bench::report(QStringLiteral("import_10k_items"), ours[runs / 2], QStringLiteral("ms"),
                                raw[runs / 2], 2.0, QStringLiteral("<= 2x raw sqlite3 insert"));

    // Open + matrix in a fresh process each time, against a raw SELECT of the same rows.
    const ChildResult open = runChild(QStringLiteral("--open"), workspacePath, runs);
    const ChildResult select = runChild(QStringLiteral("--raw-select"), workspacePath, runs);
    allMet &= bench::report(QStringLiteral("open_matrix_10k_items"), open.ms, QStringLiteral("ms"), select.ms, 3.0,
                            QStringLiteral("<= 3x raw sqlite3 SELECT into structs"));
    allMet &= bench::report(QStringLiteral("open_matrix_10k_items_peak_rss"), open.rssMb, QStringLiteral("MB"),
                            select.rssMb, 0, QStringLiteral("< 100 MB resident"), 100.0);
    Q_UNUSED(allMet);  // the JSON lines carry the verdicts; make bench runs every benchmark
    return 0;
}
