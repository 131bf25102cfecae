// Attaching files as evidence (WorkspaceEvidence.cpp, EvidenceFile, ChunkReader) on a real workspace
// file and real files: what is stored and recorded, one copy per content, content that outlives
// the original, every refused kind of path, and a cancelled or failed attach that leaves the file
// exactly as it was. Links, notes, removal, requirements and metric sources are in
// tst_workspaceevidence2; verify is in tst_workspaceverify.

#include "StoreFixture.h"
#include "store/BlobStore.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <cstring>
#include <optional>
#include <thread>
#include <linux/capability.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <fcntl.h>
#include <unistd.h>

using namespace gl;
using fixture::binary;
using fixture::RawDb;
using fixture::sha256Of;

namespace {

constexpr qint64 chunk = BlobStore::chunkSize;
constexpr qint64 MiB = qint64(1024) * 1024;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Root reads a file of mode 000 through CAP_DAC_OVERRIDE (and CAP_DAC_READ_SEARCH). Capabilities
// belong to a thread: this drops both from the calling thread's effective set while it lives (they
// stay permitted, so they come back), so the file really is unreadable for the open() that attach
// makes on this thread, as it is for any other user.
class WithoutReadOverride final {
public:
    WithoutReadOverride()
    {
        m_ok = syscall(SYS_capget, &m_header, m_saved) == 0;
        if (!m_ok)
            return;
        __user_cap_data_struct lowered[2] = { m_saved[0], m_saved[1] };
        lowered[0].effective &= ~((1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH));
        m_ok = syscall(SYS_capset, &m_header, lowered) == 0;
    }
    ~WithoutReadOverride()
    {
        if (m_ok)
            syscall(SYS_capset, &m_header, m_saved);
    }
    WithoutReadOverride(const WithoutReadOverride &) = delete;
    WithoutReadOverride &operator=(const WithoutReadOverride &) = delete;

private:
    __user_cap_header_struct m_header { _LINUX_CAPABILITY_VERSION_3, 0 };
    __user_cap_data_struct m_saved[2] {};
    bool m_ok = false;
};

} // namespace

class TestWorkspaceEvidence final : public QObject, private fixture::SampleWorkspace {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void attachFileStoresAndRecords();
    void knownDigest();
    void mediaTypeComesFromContent_data();
    void mediaTypeComesFromContent();
    void sameContentIsStoredOnce();
    void emptyFile();
    void contentOutlivesTheOriginal();
    void refusedPaths_data();
    void refusedPaths();
    void refusalOpensNothing();
    void unreadableFileIsRefused();
    void refusedItems();
    void cancelLeavesNothingBehind();
    void failedAttachLeavesNothingBehind_data();
    void failedAttachLeavesNothingBehind();
    void fileThatShrinksIsRefused();
    void fileThatGrowsIsCutWhereItWasOpened();

private:
    // A file in the temporary folder with these bytes; its path.
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(name);
        return fixture::writeFile(path, bytes) ? path : QString();
    }
    QStringList dump() { return RawDb(m_path, true).dump(); }
    qint64 blobIdOf(qint64 evidenceId)
    {
        return RawDb(m_path, true).count(QStringLiteral("SELECT blob_id FROM evidence WHERE id = %1").arg(evidenceId));
    }
};

void TestWorkspaceEvidence::init()
{
    const QString error = setUpSample();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestWorkspaceEvidence::cleanup()
{
    tearDownSample();
}

void TestWorkspaceEvidence::attachFileStoresAndRecords()
{
    const QByteArray json = QByteArrayLiteral("{\"total\": {\"lines\": {\"total\": 1000, \"pct\": 71.3}}}\n");
    const QString path = file(QStringLiteral("coverage-summary.json"), json);
    const qint64 itemId = id(QStringLiteral("Build images"));
    const QDateTime before = QDateTime::currentDateTimeUtc();

    Result<Evidence> e = m_ws->attachFile(itemId, path, QStringLiteral("  from CI run 42  "));
    QVERIFY2(e.ok(), qPrintable(e.message()));
    QVERIFY(e->id > 0);
    QCOMPARE(e->itemId, itemId);
    QCOMPARE(e->kind, EvidenceKind::File);
    QCOMPARE(e->name, QStringLiteral("coverage-summary.json"));
    QCOMPARE(e->mediaType, QStringLiteral("application/json"));
    QCOMPARE(e->size, qint64(json.size()));
    QCOMPARE(e->sha256, sha256Of(json));
    QCOMPARE(e->note, QStringLiteral("from CI run 42"));
    QCOMPARE(e->url, QString());
    QCOMPARE(e->addedBy, QStringLiteral("tester"));
    QVERIFY(e->addedAt >= before && e->addedAt <= QDateTime::currentDateTimeUtc());

    {
        RawDb raw(m_path, true);
        QCOMPARE(raw.rows(QStringLiteral("SELECT release_id, item_id, kind, name, media_type, size, sha256, url, "
                                         "note, added_by FROM evidence")),
            QStringList { QStringLiteral("%1|%2|file|coverage-summary.json|application/json|%3|%4|NULL|from CI run "
                                         "42|tester")
                              .arg(QString::number(m_releaseId), QString::number(itemId),
                                  QString::number(json.size()), sha256Of(json)) });
        QCOMPARE(raw.rows(QStringLiteral("SELECT sha256, size, chunk_size FROM blobs")),
            QStringList { QStringLiteral("%1|%2|%3").arg(sha256Of(json), QString::number(json.size()),
                QString::number(chunk)) });
        QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM blob_chunks")), 1);
        QCOMPARE(raw.bytes(QStringLiteral("SELECT data FROM blob_chunks WHERE seq = 0")), json);
        QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM evidence e JOIN blobs b ON b.id = e.blob_id")), 1);
    }

    // One audit row says what was attached.
    const std::vector<AuditEntry> audit = *m_ws->audit(m_releaseId);
    QCOMPARE(audit.size(), size_t(2)); // the import, then the attach
    const AuditEntry &entry = audit.front();
    QCOMPARE(entry.entity, QStringLiteral("evidence"));
    QCOMPARE(entry.entityId, e->id);
    QCOMPARE(entry.action, QStringLiteral("attach"));
    QCOMPARE(entry.actor, QStringLiteral("tester"));
    QCOMPARE(entry.at, e->addedAt);
    QCOMPARE(entry.before, QString());
    const QJsonObject after = QJsonDocument::fromJson(entry.after.toUtf8()).object();
    const QJsonObject expected { { QStringLiteral("item_id"), itemId }, { QStringLiteral("kind"), QStringLiteral("file") },
        { QStringLiteral("name"), QStringLiteral("coverage-summary.json") },
        { QStringLiteral("media_type"), QStringLiteral("application/json") },
        { QStringLiteral("size"), json.size() }, { QStringLiteral("sha256"), sha256Of(json) },
        { QStringLiteral("note"), QStringLiteral("from CI run 42") } };
    QCOMPARE(after, expected);

    // Read back one piece, and with its item and release.
    QCOMPARE(*m_ws->evidence(e->id), *e);
    QCOMPARE(reload(itemId).evidenceList, std::vector<Evidence> { *e });
    QCOMPARE(m_ws->releases()->front().updatedAt, e->addedAt);
    QCOMPARE(*m_ws->evidenceContent(e->id), json);
    Result<Evidence> unknown = m_ws->evidence(e->id + 1000);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY2(unknown.message().contains(QString::number(e->id + 1000)), qPrintable(unknown.message()));
}

void TestWorkspaceEvidence::knownDigest()
{
    // The digest `openssl dgst -sha256` prints for a file holding "abc" (FIPS 180-2's first example).
    const QString path = file(QStringLiteral("abc.txt"), QByteArrayLiteral("abc"));
    Result<Evidence> e = m_ws->attachFile(id(QStringLiteral("Build images")), path);
    QVERIFY2(e.ok(), qPrintable(e.message()));
    QCOMPARE(e->sha256, QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(e->size, qint64(3));
    QCOMPARE(e->mediaType, QStringLiteral("text/plain"));
    QCOMPARE(e->note, QString());
}

void TestWorkspaceEvidence::mediaTypeComesFromContent_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mediaType");
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20) + binary(200, 7);
    QTest::newRow("png named .txt") << QStringLiteral("screenshot.txt") << png << QStringLiteral("image/png");
    QTest::newRow("json named .json") << QStringLiteral("audit.json")
                                      << QByteArray("{\"vulnerabilities\": {}}\n") << QStringLiteral("application/json");
    QTest::newRow("xml with declaration") << QStringLiteral("junit-report")
                                          << QByteArray("<?xml version=\"1.0\"?>\n<testsuites tests=\"3\"/>\n")
                                          << QStringLiteral("application/xml");
    QTest::newRow("xml by name") << QStringLiteral("junit.xml") << QByteArray("<testsuites tests=\"3\"/>\n")
                                 << QStringLiteral("application/xml");
    QTest::newRow("log") << QStringLiteral("build.log") << QByteArray("$ npm test\n142 passing\n")
                         << QStringLiteral("text/x-log");
    QTest::newRow("text with unknown name") << QStringLiteral("lcov.info") << QByteArray("TN:\nSF:src/a.ts\n")
                                            << QStringLiteral("text/plain");
    QTest::newRow("pdf named .bin") << QStringLiteral("report.bin") << QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
                                    << QStringLiteral("application/pdf");
    // A name never turns bytes nobody recognises into an image a preview would then decode.
    QTest::newRow("binary named .png") << QStringLiteral("photo.png") << binary(4096, 3)
                                       << QStringLiteral("application/octet-stream");
}

void TestWorkspaceEvidence::mediaTypeComesFromContent()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, mediaType);
    Result<Evidence> e = m_ws->attachFile(id(QStringLiteral("Build images")), file(name, content));
    QVERIFY2(e.ok(), qPrintable(e.message()));
    QCOMPARE(e->name, name);
    QCOMPARE(e->mediaType, mediaType);
    QCOMPARE(m_ws->evidence(e->id)->mediaType, mediaType);
}

void TestWorkspaceEvidence::sameContentIsStoredOnce()
{
    const QByteArray small = QByteArrayLiteral("same bytes\n");
    const QByteArray big = binary(2 * chunk + 12345, 11); // three chunks: written, then found to be a copy
    const qint64 a = id(QStringLiteral("Build images"));
    const qint64 b = id(QStringLiteral("Up migration"));
    std::vector<Evidence> added;
    for (const auto &[itemId, name, bytes] : { std::tuple { a, QStringLiteral("a.log"), small },
             std::tuple { b, QStringLiteral("other-name.txt"), small }, std::tuple { a, QStringLiteral("a.log"), small },
             std::tuple { a, QStringLiteral("big.bin"), big }, std::tuple { b, QStringLiteral("copy.dat"), big } }) {
        const QString path = m_dir->filePath(QStringLiteral("in-%1-").arg(added.size()) + name);
        QVERIFY(fixture::writeFile(path, bytes));
        Result<Evidence> e = m_ws->attachFile(itemId, path);
        QVERIFY2(e.ok(), qPrintable(e.message()));
        QCOMPARE(e->sha256, sha256Of(bytes));
        added.push_back(*e);
    }
    RawDb raw(m_path, true);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM evidence")), 5);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM blobs")), 2);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM blob_chunks")), 1 + 3);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(DISTINCT blob_id) FROM evidence")), 2);
    QCOMPARE(raw.rows(QStringLiteral("SELECT sha256, size FROM blobs ORDER BY size")),
        (QStringList { sha256Of(small) + QStringLiteral("|11"), sha256Of(big) + u'|' + QString::number(big.size()) }));
    QCOMPARE(blobIdOf(added[0].id), blobIdOf(added[1].id));
    QCOMPARE(blobIdOf(added[0].id), blobIdOf(added[2].id));
    QCOMPARE(blobIdOf(added[3].id), blobIdOf(added[4].id));
    QCOMPARE(*m_ws->evidenceContent(added[1].id), small);
    QCOMPARE(*m_ws->evidenceContent(added[4].id), big);

    // A run's log with the same content as an attached file shares its copy, either way round.
    RunRecord run;
    run.verdict = Verdict::Failed;
    run.exitCode = 1;
    Result<RunRecord> recorded = m_ws->recordRun(b, run, small);
    QVERIFY2(recorded.ok(), qPrintable(recorded.message()));
    QCOMPARE(blobIdOf(recorded->evidenceId), blobIdOf(added[0].id));
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM blobs")), 2);
}

void TestWorkspaceEvidence::emptyFile()
{
    Result<Evidence> e = m_ws->attachFile(id(QStringLiteral("Build images")), file(QStringLiteral("empty.txt"), {}));
    QVERIFY2(e.ok(), qPrintable(e.message()));
    QCOMPARE(e->size, qint64(0));
    QCOMPARE(e->sha256, QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(e->mediaType, QStringLiteral("application/x-zerosize"));
    QCOMPARE(*m_ws->evidenceContent(e->id), QByteArray());
    QCOMPARE(*m_ws->evidenceRange(e->id, 0, 100), QByteArray());
    RawDb raw(m_path, true);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM blobs WHERE size = 0")), 1);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM blob_chunks")), 0);
    QCOMPARE(*m_ws->verify(), std::vector<Workspace::VerifyProblem>());
}

void TestWorkspaceEvidence::contentOutlivesTheOriginal()
{
    const QByteArray content = binary(2 * chunk + 777, 5);
    const QString path = file(QStringLiteral("trace.bin"), content);
    Result<Evidence> e = m_ws->attachFile(id(QStringLiteral("Build images")), path);
    QVERIFY2(e.ok(), qPrintable(e.message()));
    QVERIFY(QFile::remove(path));
    QVERIFY(!QFileInfo::exists(path));

    QCOMPARE(*m_ws->evidenceContent(e->id), content);
    // Streamed a chunk at a time, in order.
    QList<qsizetype> sizes;
    QByteArray streamed;
    Result<void> read = m_ws->readEvidence(e->id, [&](QByteArrayView bytes) -> Result<void> {
        sizes << bytes.size();
        streamed.append(bytes);
        return {};
    });
    QVERIFY2(read.ok(), qPrintable(read.message()));
    QCOMPARE(sizes, (QList<qsizetype> { chunk, chunk, 777 }));
    QCOMPARE(streamed, content);
    // A sink's error stops the stream and is returned as it was.
    int calls = 0;
    Result<void> stopped = m_ws->readEvidence(e->id, [&](QByteArrayView) -> Result<void> {
        ++calls;
        return makeError(ErrorCode::Io, QStringLiteral("disk full"));
    });
    QCOMPARE(calls, 1);
    QCOMPARE(stopped.error().code, ErrorCode::Io);
    QVERIFY2(stopped.message().contains(QLatin1String("disk full")), qPrintable(stopped.message()));

    // Pages: within a chunk, across a boundary, exactly one chunk, the tail, past the end.
    const struct {
        qint64 offset, length;
    } pages[] = { { 0, 100 }, { chunk - 10, 20 }, { chunk, chunk }, { 0, chunk }, { chunk - 1, chunk + 2 },
        { 2 * chunk, 10000 }, { content.size() - 1, 10 }, { content.size(), 10 }, { content.size() + 5, 10 },
        { 100, 0 } };
    for (const auto &page : pages) {
        Result<QByteArray> part = m_ws->evidenceRange(e->id, page.offset, page.length);
        QVERIFY2(part.ok(), qPrintable(part.message()));
        const QByteArray expected = page.offset >= content.size() ? QByteArray()
                                                                  : content.mid(page.offset, page.length);
        QVERIFY2(*part == expected, qPrintable(QStringLiteral("offset %1 length %2: %3 bytes")
                                                     .arg(page.offset)
                                                     .arg(page.length)
                                                     .arg(part->size())));
    }
    Result<QByteArray> negative = m_ws->evidenceRange(e->id, -1, 10);
    QCOMPARE(negative.error().code, ErrorCode::Invalid);
    QCOMPARE(m_ws->evidenceRange(e->id + 1000, 0, 10).error().code, ErrorCode::NotFound);
}

void TestWorkspaceEvidence::refusedPaths_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("symlink to a good file") << QStringLiteral("link") << ErrorCode::Invalid
                                            << QStringLiteral("is a symbolic link");
    QTest::newRow("symlink to a folder") << QStringLiteral("link to folder") << ErrorCode::Invalid
                                         << QStringLiteral("is a symbolic link");
    QTest::newRow("dangling symlink") << QStringLiteral("dangling") << ErrorCode::Invalid
                                      << QStringLiteral("is a symbolic link");
    QTest::newRow("folder") << QStringLiteral("folder") << ErrorCode::Invalid << QStringLiteral("is a folder");
    QTest::newRow("missing") << QStringLiteral("missing") << ErrorCode::NotFound << QStringLiteral("does not exist");
    QTest::newRow("file used as a folder") << QStringLiteral("under file") << ErrorCode::NotFound
                                           << QStringLiteral("does not exist");
    QTest::newRow("device") << QStringLiteral("/dev/null") << ErrorCode::Invalid << QStringLiteral("is a device");
    QTest::newRow("fifo") << QStringLiteral("fifo") << ErrorCode::Invalid << QStringLiteral("is a named pipe (FIFO)");
    QTest::newRow("socket") << QStringLiteral("socket") << ErrorCode::Invalid << QStringLiteral("is a socket");
    QTest::newRow("no path") << QString() << ErrorCode::Invalid << QStringLiteral("No file was given");
}

void TestWorkspaceEvidence::refusedPaths()
{
    QFETCH(QString, kind);
    QFETCH(ErrorCode, code);
    QFETCH(QString, messagePart);
    const QString good = file(QStringLiteral("good.log"), QByteArrayLiteral("good content\n"));
    QString path;
    int socketFd = -1;
    if (kind == QLatin1String("link") || kind == QLatin1String("link to folder")
        || kind == QLatin1String("dangling")) {
        path = m_dir->filePath(QStringLiteral("link.log"));
        const QString target = kind == QLatin1String("link") ? good
            : kind == QLatin1String("dangling")             ? m_dir->filePath(QStringLiteral("gone"))
                                                             : m_dir->path();
        QVERIFY(QFile::link(target, path));
    } else if (kind == QLatin1String("folder")) {
        path = m_dir->filePath(QStringLiteral("reports"));
        QVERIFY(QDir().mkpath(path));
    } else if (kind == QLatin1String("missing")) {
        path = m_dir->filePath(QStringLiteral("no-such.log"));
    } else if (kind == QLatin1String("under file")) {
        path = good + QStringLiteral("/inner.log");
    } else if (kind == QLatin1String("fifo")) {
        path = m_dir->filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == QLatin1String("socket")) {
        path = m_dir->filePath(QStringLiteral("sock"));
        socketFd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(socketFd >= 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        const QByteArray encoded = QFile::encodeName(path);
        QVERIFY(size_t(encoded.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
        QCOMPARE(::bind(socketFd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    } else {
        path = kind;
    }
    const QStringList before = dump();

    Result<Evidence> e = m_ws->attachFile(id(QStringLiteral("Build images")), path);
    if (socketFd >= 0)
        ::close(socketFd);
    QVERIFY(!e.ok());
    QCOMPARE(e.error().code, code);
    QVERIFY2(e.message().contains(messagePart), qPrintable(e.message()));
    if (!path.isEmpty())
        QVERIFY2(e.message().startsWith(shown(path) + u' '), qPrintable(e.message()));
    QCOMPARE(dump(), before);
    // The file a link pointed at is fine on its own.
    if (kind == QLatin1String("link"))
        QVERIFY(m_ws->attachFile(id(QStringLiteral("Build images")), good).ok());
}

void TestWorkspaceEvidence::refusalOpensNothing()
{
    // Opening something to refuse it can act on it: here, a writer waiting for a FIFO's reader is
    // released by any open of the read end. Attach must refuse the FIFO by its name alone.
    const QString path = m_dir->filePath(QStringLiteral("pipe"));
    const QByteArray encoded = QFile::encodeName(path);
    QCOMPARE(::mkfifo(encoded.constData(), 0600), 0);
    std::atomic<bool> released { false };
    std::thread writer([&] {
        const int fd = ::open(encoded.constData(), O_WRONLY); // waits for a reader
        released = true;
        if (fd >= 0)
            ::close(fd);
    });
    QThread::msleep(100); // the writer is waiting in open() by now
    Result<Evidence> e = m_ws->attachFile(id(QStringLiteral("Build images")), path);
    QThread::msleep(200);
    const bool releasedByAttach = released;
    const int reader = ::open(encoded.constData(), O_RDONLY | O_NONBLOCK); // lets the writer go
    writer.join();
    if (reader >= 0)
        ::close(reader);
    QVERIFY(!releasedByAttach);
    QVERIFY(!e.ok());
    QCOMPARE(e.message(), QStringLiteral("%1 is a named pipe (FIFO), not a file.").arg(shown(path)));
}

void TestWorkspaceEvidence::unreadableFileIsRefused()
{
    const QString path = file(QStringLiteral("secret.log"), QByteArrayLiteral("top secret\n"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    const QStringList before = dump();
    bool readable = false;
    std::optional<Result<Evidence>> e;
    {
        // As root (CI), mode 000 alone does not stop reading: drop the override for this thread.
        std::optional<WithoutReadOverride> asUser;
        if (::geteuid() == 0)
            asUser.emplace();
        const int probe = ::open(QFile::encodeName(path).constData(), O_RDONLY);
        readable = probe >= 0;
        if (readable)
            ::close(probe);
        else
            e = m_ws->attachFile(id(QStringLiteral("Build images")), path);
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    if (readable)
        QSKIP("This process reads a file of mode 000 even without CAP_DAC_OVERRIDE: nothing is unreadable here.");
    QVERIFY(!e->ok());
    QCOMPARE(e->error().code, ErrorCode::Io);
    QCOMPARE(e->message(), QStringLiteral("%1 cannot be read: permission denied.").arg(shown(path)));
    QCOMPARE(dump(), before);
    // Readable again, it attaches.
    QVERIFY(m_ws->attachFile(id(QStringLiteral("Build images")), path).ok());
}

void TestWorkspaceEvidence::refusedItems()
{
    const QString path = file(QStringLiteral("good.log"), QByteArrayLiteral("good content\n"));
    const QStringList before = dump();
    const qint64 group = id(QStringLiteral("Migrations"));
    Result<Evidence> toGroup = m_ws->attachFile(group, path);
    QCOMPARE(toGroup.error().code, ErrorCode::Invalid);
    QCOMPARE(toGroup.message(),
        QStringLiteral("Item %1 \u201cMigrations\u201d is a group: attach evidence to the items in it.").arg(group));
    Result<Evidence> unknown = m_ws->attachFile(987654, path);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY2(unknown.message().contains(QLatin1String("no item with id 987654")), qPrintable(unknown.message()));
    QCOMPARE(dump(), before);
}

void TestWorkspaceEvidence::cancelLeavesNothingBehind()
{
    const QByteArray content = binary(6 * MiB + 123, 40);
    const QString path = file(QStringLiteral("large.bin"), content);
    const qint64 itemId = id(QStringLiteral("Build images"));
    QVERIFY(m_ws->attachFile(itemId, file(QStringLiteral("other.txt"), QByteArrayLiteral("x\n"))).ok());
    const QStringList before = dump();

    for (const qint64 stopAt : { qint64(0), 3 * MiB, qint64(content.size()) }) {
        std::vector<std::pair<qint64, qint64>> calls;
        Result<Evidence> e = m_ws->attachFile(itemId, path, QString(), [&](qint64 done, qint64 total) {
            calls.emplace_back(done, total);
            return done < stopAt;
        });
        QVERIFY(!e.ok());
        QCOMPARE(e.error().code, ErrorCode::Cancelled);
        QCOMPARE(e.message(), QStringLiteral("Attaching %1 was cancelled: nothing was stored.").arg(shown(path)));
        QCOMPARE(calls.back(), std::make_pair(stopAt, qint64(content.size())));
        QCOMPARE(calls.size(), size_t(stopAt / chunk + (stopAt % chunk ? 2 : 1)));
        QCOMPARE(dump(), before);
    }

    // Not cancelled: a call before the first chunk and one after each.
    std::vector<std::pair<qint64, qint64>> calls;
    Result<Evidence> e = m_ws->attachFile(itemId, path, QString(), [&](qint64 done, qint64 total) {
        calls.emplace_back(done, total);
        return true;
    });
    QVERIFY2(e.ok(), qPrintable(e.message()));
    QCOMPARE(calls.size(), size_t(1 + 7));
    QCOMPARE(calls[1], std::make_pair(chunk, qint64(content.size())));
    QCOMPARE(calls.back(), std::make_pair(qint64(content.size()), qint64(content.size())));
    QCOMPARE(*m_ws->evidenceContent(e->id), content);
}

void TestWorkspaceEvidence::failedAttachLeavesNothingBehind_data()
{
    QTest::addColumn<QString>("trigger");
    // The database refuses a write part way, as a full disk would: while the chunks go in, or at
    // the evidence row after all of them.
    QTest::newRow("third chunk") << QStringLiteral("BEFORE INSERT ON blob_chunks WHEN NEW.seq = 2");
    QTest::newRow("evidence row") << QStringLiteral("BEFORE INSERT ON evidence");
}

void TestWorkspaceEvidence::failedAttachLeavesNothingBehind()
{
    QFETCH(QString, trigger);
    const QByteArray content = binary(4 * MiB + 1, 70);
    const QString path = file(QStringLiteral("large.bin"), content);
    const qint64 itemId = id(QStringLiteral("Build images"));
    QVERIFY(m_ws->attachFile(itemId, file(QStringLiteral("other.txt"), QByteArrayLiteral("x\n"))).ok());
    {
        RawDb raw(m_path);
        QVERIFY2(raw.exec(QStringLiteral("CREATE TRIGGER fail ") + trigger
                     + QStringLiteral(" BEGIN SELECT RAISE(ABORT, 'no space left'); END")),
            qPrintable(raw.lastError()));
    }
    const QStringList before = dump();
    Result<Evidence> e = m_ws->attachFile(itemId, path);
    QVERIFY(!e.ok());
    // It names the file being attached, then the workspace and what it said.
    QVERIFY2(e.message().startsWith(QStringLiteral("Attaching %1: %2: ").arg(shown(path), shown(m_path))),
        qPrintable(e.message()));
    QVERIFY2(e.message().contains(QLatin1String(" failed: no space left")), qPrintable(e.message()));
    QCOMPARE(dump(), before);

    // Once the database takes writes again, the same file attaches.
    QVERIFY(RawDb(m_path).exec(QStringLiteral("DROP TRIGGER fail")));
    Result<Evidence> again = m_ws->attachFile(itemId, path);
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QCOMPARE(*m_ws->evidenceContent(again->id), content);
    QCOMPARE(RawDb(m_path, true).count(QStringLiteral("SELECT count(*) FROM blob_chunks")), 1 + 5);
}

void TestWorkspaceEvidence::fileThatShrinksIsRefused()
{
    const QByteArray content = binary(16 * MiB, 50);
    const QString path = file(QStringLiteral("rotating.log"), content);
    const QStringList before = dump();
    bool cut = false;
    // Cut once the first chunk is stored: the reader, a few chunks ahead, meets the new end.
    Result<Evidence> e = m_ws->attachFile(id(QStringLiteral("Build images")), path, QString(), [&](qint64 done, qint64) {
        if (done > 0 && !cut)
            cut = ::truncate(QFile::encodeName(path).constData(), 1000) == 0;
        return true;
    });
    QVERIFY(cut);
    QVERIFY(!e.ok());
    QCOMPARE(e.error().code, ErrorCode::Io);
    QVERIFY2(e.message().startsWith(shown(path) + QStringLiteral(" became shorter while it was read: it ended after ")),
        qPrintable(e.message()));
    QVERIFY2(e.message().endsWith(QStringLiteral(" of 16777216 bytes.")), qPrintable(e.message()));
    QCOMPARE(dump(), before);
}

void TestWorkspaceEvidence::fileThatGrowsIsCutWhereItWasOpened()
{
    const QByteArray content = binary(3 * MiB + 17, 60);
    const QString path = file(QStringLiteral("growing.log"), content);
    bool grown = false;
    Result<Evidence> e = m_ws->attachFile(id(QStringLiteral("Build images")), path, QString(), [&](qint64 done, qint64) {
        if (done > 0 && !grown) {
            QFile f(path);
            grown = f.open(QIODevice::Append) && f.write(binary(MiB, 61)) == MiB;
        }
        return true;
    });
    QVERIFY(grown);
    QVERIFY2(e.ok(), qPrintable(e.message()));
    QCOMPARE(e->size, qint64(content.size()));
    QCOMPARE(e->sha256, sha256Of(content));
    QCOMPARE(*m_ws->evidenceContent(e->id), content);
    QCOMPARE(QFileInfo(path).size(), content.size() + MiB);
}

QTEST_GUILESS_MAIN(TestWorkspaceEvidence)
#include "tst_workspaceevidence.moc"
