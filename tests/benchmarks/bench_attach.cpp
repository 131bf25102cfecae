// Attaching a large file as evidence (issue 4): Workspace::attachFile beside a bare SQLite insert of
// the same file's chunks, gl::Sha256 beside `openssl dgst -sha256` of the same file, and how much
// resident memory an attach adds. Both baselines are measured in the same run, alternating with
// what they are compared with (throughput in MB/s of 10^6 bytes; resident memory in MiB, as VmHWM
// counts it). Hashing reports the median of three runs of each. Attaching runs in six pairs, each
// pair an attach and a bare insert one after the other, each side first in three of them; it
// reports the median time of each side and, as its ratio, the median of the six pairs' ratios.
// Why pairs: the machine's pace drifts by a third from one pair to the next (commit, which copies
// the write-ahead log into the file and syncs it, is two thirds of either side), so a ratio of two
// medians taken from different pairs mostly measured the drift: one run here had pair ratios from
// 0.74 to 1.00 (median 0.89) and a ratio of medians of 0.74. Why even: whichever side goes first
// in a pair was the slower one more often than not.
// GREENLIGHT_BENCH_ATTACH_MB (default 1024) sets the file's size; 64 makes a quick run.
// GREENLIGHT_BENCH_VERBOSE prints each run to stderr with where its time went: the attach until its
// last chunk was stored (from its progress callback) and the rest, the bare insert's read, insert
// and commit, and ChunkReader reading and hashing the file alone; beside each the CPU time this
// process used (all threads), which tells a side that waited for the disk or for a CPU the other
// builds on the machine held from one that worked longer.
// Usage: bench_attach                          (runs everything, one JSON line per measure)
//        bench_attach --attach-rss FILE DIR    (child modes: attach FILE into a new workspace in
//        bench_attach --raw-rss FILE DIR        DIR, or insert it bare, and print the peak RSS growth)
//
// The page cache: the file is written, synced and then read once before anything is timed, so
// every side reads it from memory (the machine has RAM to spare). What is compared is CPU and
// SQLite, the same for both sides, not the disk's read speed or which side ran first. sync() runs
// before each timed run so that no side pays for writing back what the previous one wrote.

#include "BenchReport.h"
#include "domain/Sha256.h"
#include "store/BlobStore.h"
#include "store/ChunkReader.h"
#include "store/EvidenceFile.h"
#include "store/SqliteDialect.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace {

constexpr qint64 mib = qint64(1024) * 1024;
constexpr int hashRuns = 3;
constexpr int attachPairs = 6; // even: each side goes first equally often

bool verbose()
{
    return qEnvironmentVariableIsSet("GREENLIGHT_BENCH_VERBOSE");
}

qint64 fileSizeFromEnvironment()
{
    bool ok = false;
    const int megabytes = qEnvironmentVariableIntValue("GREENLIGHT_BENCH_ATTACH_MB", &ok);
    return qint64(ok && megabytes > 0 ? megabytes : 1024) * mib;
}

double megabytesPerSecond(qint64 bytes, double seconds)
{
    return seconds > 0 ? double(bytes) / 1e6 / seconds : 0;
}

// Of an even count, the mean of the two middle values.
double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

// xorshift64*: incompressible for any compressor and fast enough that writing the file costs
// seconds, not minutes.
bool writeRandomFile(const QString &path, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    std::vector<quint64> block(size_t(mib / 8));
    quint64 state = 0x9E3779B97F4A7C15ull;
    for (qint64 left = size; left > 0;) {
        for (quint64 &word : block) {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            word = state * 0x2545F4914F6CDD1Dull;
        }
        const qint64 n = std::min<qint64>(left, mib);
        if (f.write(reinterpret_cast<const char *>(block.data()), n) != n)
            return false;
        left -= n;
    }
    return f.flush();
}

// Reads the whole file once, to bring it into the page cache.
bool readThrough(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
    QByteArray buffer(qsizetype(gl::BlobStore::chunkSize), Qt::Uninitialized);
    while (f.read(buffer.data(), buffer.size()) > 0) { }
    return true;
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

// User and system CPU time of this process so far, all threads.
double cpuSeconds()
{
    rusage used {};
    if (::getrusage(RUSAGE_SELF, &used) != 0)
        return 0;
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(used.ru_utime) + seconds(used.ru_stime);
}

// Forgets the peak so far: VmHWM starts again from the current resident size (Linux 4.0 and later).
bool resetPeakRss()
{
    const int fd = ::open("/proc/self/clear_refs", O_WRONLY);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, "5", 1) == 1;
    ::close(fd);
    return ok;
}

struct Timed {
    bool ok = false;
    double seconds = 0;
    double chunksSeconds = 0; // attach: until the last chunk was stored; the rest is finishing and commit
    double cpu = 0; // CPU time used meanwhile, all threads
    double chunksCpu = 0;
    QString sha256;
};

// ---- hashing --------------------------------------------------------------------------------

Timed hashWithSha256(const QString &path)
{
    Timed out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return out;
    QByteArray buffer(qsizetype(gl::BlobStore::chunkSize), Qt::Uninitialized);
    gl::Sha256 hash;
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return out;
        if (n == 0)
            break;
        hash.add(QByteArrayView(buffer.constData(), qsizetype(n)));
    }
    out.sha256 = hash.hexResult();
    out.seconds = double(clock.nsecsElapsed()) / 1e9;
    out.ok = true;
    return out;
}

// Timed from start to exit: the few milliseconds of starting a process count against openssl,
// a fraction of a percent of hashing 1 GiB.
Timed hashWithOpenssl(const QString &path)
{
    Timed out;
    QProcess p;
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral("openssl"), { QStringLiteral("dgst"), QStringLiteral("-sha256"), path });
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "openssl dgst failed: %s\n", p.readAllStandardError().constData());
        return out;
    }
    out.seconds = double(clock.nsecsElapsed()) / 1e9;
    // "SHA2-256(<path>)= <hex>"
    const QByteArray line = p.readAllStandardOutput().trimmed();
    out.sha256 = QString::fromLatin1(line.mid(line.lastIndexOf("= ") + 2));
    out.ok = out.sha256.size() == 64;
    return out;
}

// For GREENLIGHT_BENCH_VERBOSE: the attach's reading side alone, ChunkReader reading and hashing on
// its thread for a consumer that only hands the buffers back. When this takes as long as the
// attach's chunk phase, the attach waits for hashing, not for SQLite.
Timed chunkReaderAlone(const QString &path)
{
    Timed out;
    gl::Result<gl::EvidenceFile> file = gl::EvidenceFile::open(path);
    if (!file)
        return out;
    const double cpuBefore = cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    {
        gl::ChunkReader reader(std::move(*file));
        for (;;) {
            gl::Result<QByteArray> chunk = reader.next();
            if (!chunk)
                return out;
            if (chunk->isEmpty())
                break;
            reader.recycle(std::move(*chunk));
        }
        out.sha256 = reader.sha256();
    }
    out.seconds = double(clock.nsecsElapsed()) / 1e9;
    out.cpu = cpuSeconds() - cpuBefore;
    out.ok = true;
    return out;
}

// ---- attaching ------------------------------------------------------------------------------

struct Prepared {
    std::unique_ptr<gl::Workspace> workspace;
    qint64 itemId = 0;
};

// A new workspace with one release, one gate and one leaf item to attach to.
Prepared prepareWorkspace(const QString &path)
{
    Prepared out;
    auto ws = gl::Workspace::open(path);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.message()));
        return out;
    }
    gl::Release release;
    release.name = QStringLiteral("Attach benchmark");
    gl::Gate gate;
    gate.title = QStringLiteral("Evidence");
    gl::Item item;
    item.title = QStringLiteral("Large log attached");
    gate.items.push_back(item);
    release.gates.push_back(gate);
    auto releaseId = (*ws)->createRelease(release);
    if (!releaseId) {
        std::fprintf(stderr, "%s\n", qPrintable(releaseId.message()));
        return out;
    }
    auto loaded = (*ws)->loadRelease(*releaseId);
    if (!loaded || loaded->gates.empty() || loaded->gates.front().items.empty()) {
        std::fprintf(stderr, "the benchmark release did not load back\n");
        return out;
    }
    out.itemId = loaded->gates.front().items.front().id;
    out.workspace = std::move(*ws);
    return out;
}

// What the app does: attachFile with a progress callback (here one that only counts and notes when
// the last chunk is in), timed from the call to its return, the commit (and the checkpoint it
// triggers) included.
Timed attachOnce(gl::Workspace &workspace, qint64 itemId, const QString &file)
{
    Timed out;
    qint64 calls = 0;
    const double cpuBefore = cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    const gl::Result<gl::Evidence> e
        = workspace.attachFile(itemId, file, QString(), [&](qint64 done, qint64 total) {
              ++calls;
              if (done == total) {
                  out.chunksSeconds = double(clock.nsecsElapsed()) / 1e9;
                  out.chunksCpu = cpuSeconds() - cpuBefore;
              }
              return true;
          });
    out.seconds = double(clock.nsecsElapsed()) / 1e9;
    out.cpu = cpuSeconds() - cpuBefore;
    if (!e) {
        std::fprintf(stderr, "attachFile: %s\n", qPrintable(e.message()));
        return out;
    }
    out.sha256 = e->sha256;
    out.ok = calls > 0;
    return out;
}

// ---- the bare insert ------------------------------------------------------------------------

struct RawDatabase {
    sqlite3 *db = nullptr;
    ~RawDatabase() { sqlite3_close(db); }
    bool exec(const char *sql)
    {
        char *error = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &error) == SQLITE_OK)
            return true;
        std::fprintf(stderr, "%s: %s\n", sql, error ? error : "?");
        sqlite3_free(error);
        return false;
    }
};

// A new file set up as SqliteDialect::configure sets up a new workspace (foreign keys, busy
// timeout, 64 KiB pages, WAL, synchronous NORMAL, the automatic checkpoint counted in bytes), with
// blobs and blob_chunks shaped as the store's (schema 2: rowid tables, the foreign key, the
// UNIQUE (blob_id, seq) index).
bool openRaw(RawDatabase &raw, const QString &path)
{
    if (sqlite3_open_v2(
            QFile::encodeName(path).constData(), &raw.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        return false;
    const QByteArray pageSize
        = "PRAGMA page_size = " + QByteArray::number(gl::SqliteDialect::newFilePageSize);
    if (!raw.exec("PRAGMA foreign_keys = ON") || !raw.exec("PRAGMA busy_timeout = 5000")
        || !raw.exec(pageSize.constData()) || !raw.exec("PRAGMA journal_mode = WAL")
        || !raw.exec("PRAGMA synchronous = NORMAL"))
        return false;
    sqlite3_wal_autocheckpoint(
        raw.db, int(gl::SqliteDialect::autoCheckpointBytes / gl::SqliteDialect::newFilePageSize));
    return raw.exec("CREATE TABLE blobs (id INTEGER PRIMARY KEY, sha256 TEXT UNIQUE NOT NULL,"
                    " size BIGINT NOT NULL, chunk_size INTEGER NOT NULL)")
        && raw.exec("CREATE TABLE blob_chunks (id INTEGER PRIMARY KEY,"
                    " blob_id BIGINT NOT NULL REFERENCES blobs(id) ON DELETE CASCADE, seq INTEGER NOT NULL,"
                    " data BLOB NOT NULL, UNIQUE (blob_id, seq))");
}

// Where the bare insert's time goes, for GREENLIGHT_BENCH_VERBOSE.
struct RawSplit {
    double readSeconds = 0, insertSeconds = 0, commitSeconds = 0;
};

// One thread, one transaction, one prepared statement, the chunk bound without a copy: read a
// chunk of the file, insert it, and so on; then commit (which checkpoints, as the workspace's
// commit does). The file is read as part of it: inserting a file's chunks means reading them. The
// blobs row goes in first and is not written again.
Timed rawInsertOnce(RawDatabase &raw, const QString &file, RawSplit *split = nullptr)
{
    Timed out;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return out;
    QByteArray buffer(qsizetype(gl::BlobStore::chunkSize), Qt::Uninitialized);
    const double cpuBefore = cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer part;
    if (!raw.exec("BEGIN IMMEDIATE"))
        return out;
    const QByteArray blobRow = "INSERT INTO blobs (sha256, size, chunk_size) VALUES ('bare', "
        + QByteArray::number(f.size()) + ", " + QByteArray::number(gl::BlobStore::chunkSize) + ")";
    if (!raw.exec(blobRow.constData()))
        return out;
    const sqlite3_int64 blobId = sqlite3_last_insert_rowid(raw.db);
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(
            raw.db, "INSERT INTO blob_chunks (blob_id, seq, data) VALUES (?, ?, ?)", -1, &insert, nullptr)
        != SQLITE_OK)
        return out;
    bool ok = true;
    for (int seq = 0; ok; ++seq) {
        part.start();
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (split)
            split->readSeconds += double(part.nsecsElapsed()) / 1e9;
        if (n <= 0) {
            ok = n == 0;
            break;
        }
        part.start();
        sqlite3_bind_int64(insert, 1, blobId);
        sqlite3_bind_int(insert, 2, seq);
        sqlite3_bind_blob(insert, 3, buffer.constData(), int(n), SQLITE_STATIC);
        ok = sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
        if (split)
            split->insertSeconds += double(part.nsecsElapsed()) / 1e9;
    }
    sqlite3_finalize(insert);
    part.start();
    if (!ok || !raw.exec("COMMIT"))
        return out;
    if (split)
        split->commitSeconds += double(part.nsecsElapsed()) / 1e9;
    out.seconds = double(clock.nsecsElapsed()) / 1e9;
    out.cpu = cpuSeconds() - cpuBefore;
    out.ok = true;
    return out;
}

// ---- peak memory, in a child process ----------------------------------------------------------

// Prints "<VmHWM before> <VmHWM after> <seconds> <CPU seconds> <chunk phase seconds>" (memory in
// MB; the attach's chunk phase, 0 for the bare insert): the peak reset just before the write, so
// the growth is what the write itself added over what the process held already.
int childRss(bool attach, const QString &file, const QString &folder)
{
    const QString path
        = QDir(folder).filePath(attach ? QStringLiteral("rss.greenlight") : QStringLiteral("rss.sqlite"));
    removeDatabase(path);
    Prepared prepared;
    RawDatabase raw;
    if (attach) {
        prepared = prepareWorkspace(path);
        if (!prepared.workspace)
            return 3;
    } else if (!openRaw(raw, path)) {
        return 3;
    }
    if (!resetPeakRss())
        std::fprintf(stderr, "cannot reset VmHWM: the growth includes what happened before\n");
    const double before = bench::peakRssMb();
    const Timed t
        = attach ? attachOnce(*prepared.workspace, prepared.itemId, file) : rawInsertOnce(raw, file);
    const double after = bench::peakRssMb();
    if (!t.ok)
        return 3;
    std::printf("%f %f %f %f %f\n", before, after, t.seconds, t.cpu, t.chunksSeconds);
    return 0;
}

struct Growth {
    bool ok = false;
    double megabytes = 0;
};

Growth runRssChild(const QString &mode, const QString &file, const QString &folder)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(), { mode, file, folder });
    p.waitForFinished(-1);
    removeDatabase(
        QDir(folder).filePath(mode == QLatin1String("--attach-rss") ? QStringLiteral("rss.greenlight")
                                                                    : QStringLiteral("rss.sqlite")));
    const QList<QByteArray> parts = p.readAllStandardOutput().trimmed().split(' ');
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || parts.size() < 5) {
        std::fprintf(stderr, "child %s failed\n", qPrintable(mode));
        return {};
    }
    if (verbose())
        std::fprintf(stderr, "%s: VmHWM %s -> %s MB in %s s, CPU %s (chunks %s s)\n", qPrintable(mode),
            parts[0].constData(), parts[1].constData(), parts[2].constData(), parts[3].constData(),
            parts[4].constData());
    return { true, parts[1].toDouble() - parts[0].toDouble() };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == QLatin1String("--attach-rss"))
        return childRss(true, args[2], args[3]);
    if (args.size() == 4 && args[1] == QLatin1String("--raw-rss"))
        return childRss(false, args[2], args[3]);

    const qint64 size = fileSizeFromEnvironment();
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "no temporary folder: %s\n", qPrintable(dir.errorString()));
        return 1;
    }
    const QString file = dir.filePath(QStringLiteral("evidence.bin"));
    if (!writeRandomFile(file, size)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return 1;
    }
    ::sync();
    if (!readThrough(file)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
        return 1;
    }

    // Hashing: gl::Sha256 over the file read in 1 MiB chunks, against openssl's command line.
    std::vector<double> ours, theirs;
    QString expected;
    for (int i = 0; i < hashRuns; ++i) {
        const Timed mine = hashWithSha256(file);
        const Timed openssl = hashWithOpenssl(file);
        if (!mine.ok || !openssl.ok || mine.sha256 != openssl.sha256) {
            std::fprintf(stderr, "hashes differ: gl::Sha256 %s, openssl %s\n", qPrintable(mine.sha256),
                qPrintable(openssl.sha256));
            return 1;
        }
        expected = openssl.sha256;
        ours.push_back(mine.seconds);
        theirs.push_back(openssl.seconds);
        if (verbose())
            std::fprintf(
                stderr, "hash run %d: gl::Sha256 %.3f s, openssl %.3f s\n", i, mine.seconds, openssl.seconds);
    }
    if (verbose()) {
        const Timed alone = chunkReaderAlone(file);
        std::fprintf(stderr, "ChunkReader alone (read and hash on its thread): %.3f s, CPU %.3f%s\n",
            alone.seconds, alone.cpu, alone.ok && alone.sha256 == expected ? "" : " (failed)");
    }
    const double hashOurs = megabytesPerSecond(size, median(ours));
    const double hashOpenssl = megabytesPerSecond(size, median(theirs));

    // Attaching: each run into a new workspace, against the bare insert into a new file. Pair -1
    // warms both sides up and is not counted: the first attach of a process takes twice as long as
    // the next ones (5.4 s against 2.5 s on an idle machine), the first bare insert does not.
    ours.clear();
    theirs.clear();
    std::vector<double> ratios;
    for (int i = -1; i < attachPairs; ++i) {
        const QString workspacePath = dir.filePath(QStringLiteral("attach.greenlight"));
        const QString rawPath = dir.filePath(QStringLiteral("bare.sqlite"));
        Timed mine, bare;
        RawSplit split;
        const auto attach = [&] {
            {
                Prepared prepared = prepareWorkspace(workspacePath);
                if (!prepared.workspace)
                    return;
                ::sync();
                mine = attachOnce(*prepared.workspace, prepared.itemId, file);
            }
            removeDatabase(workspacePath);
        };
        const auto insert = [&] {
            {
                RawDatabase raw;
                if (!openRaw(raw, rawPath))
                    return;
                ::sync();
                bare = rawInsertOnce(raw, file, &split);
            }
            removeDatabase(rawPath);
        };
        // Taking turns at going first: neither side always follows the other's deleted files.
        if (i % 2 == 0 || i < 0) {
            attach();
            insert();
        } else {
            insert();
            attach();
        }
        if (!mine.ok || mine.sha256 != expected) {
            std::fprintf(stderr, "attachFile stored SHA-256 %s, openssl says %s\n", qPrintable(mine.sha256),
                qPrintable(expected));
            return 1;
        }
        if (!bare.ok)
            return 1;
        if (i >= 0) {
            ours.push_back(mine.seconds);
            theirs.push_back(bare.seconds);
            ratios.push_back(bare.seconds / mine.seconds); // throughput ratio: the inverse of the times'
        }
        if (verbose())
            std::fprintf(stderr,
                "attach run %d%s: attachFile %.3f s, CPU %.3f (chunks %.3f, CPU %.3f; "
                "finish and commit %.3f, CPU %.3f); "
                "bare insert %.3f s, CPU %.3f (read %.3f, insert %.3f, commit %.3f); ratio %.2f\n",
                i, i < 0 ? " (warm-up)" : "", mine.seconds, mine.cpu, mine.chunksSeconds, mine.chunksCpu,
                mine.seconds - mine.chunksSeconds, mine.cpu - mine.chunksCpu, bare.seconds, bare.cpu,
                split.readSeconds, split.insertSeconds, split.commitSeconds,
                mine.seconds > 0 ? bare.seconds / mine.seconds : 0);
    }
    const double attachOurs = megabytesPerSecond(size, median(ours));
    const double attachBare = megabytesPerSecond(size, median(theirs));
    const double attachRatio = median(ratios);

    // Peak memory: each in a process of its own, so nothing measured above counts.
    const Growth attachGrowth = runRssChild(QStringLiteral("--attach-rss"), file, dir.path());
    const Growth bareGrowth = runRssChild(QStringLiteral("--raw-rss"), file, dir.path());
    if (!attachGrowth.ok || !bareGrowth.ok)
        return 1;

    const QString sized = QStringLiteral(" (%1 MiB file)").arg(size / mib);
    bench::printLine(QStringLiteral("attach_throughput"), attachOurs, QStringLiteral("MB/s"), attachBare, attachRatio,
        QStringLiteral(">= 0.8x bare sqlite3 insert of the same chunks; ratio: median of %1 paired runs").arg(attachPairs)
            + sized,
        attachRatio >= 0.8);
    bench::reportAtLeast(QStringLiteral("hash_throughput"), hashOurs, QStringLiteral("MB/s"), hashOpenssl,
        0.8, QStringLiteral(">= 0.8x openssl dgst -sha256") + sized);
    const double growth = attachGrowth.megabytes;
    bench::printLine(QStringLiteral("attach_rss_growth"), growth, QStringLiteral("MB"), bareGrowth.megabytes,
        bareGrowth.megabytes > 0 ? growth / bareGrowth.megabytes : 0,
        QStringLiteral("< 64 MB peak resident growth; baseline: the bare insert's") + sized, growth < 64);
    return 0;
}
