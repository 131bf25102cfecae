// BlobStore on a real workspace file: chunking at the boundaries, the SHA-256 computed while
// writing, one copy per content however it arrives, a rollback that leaves nothing, and damage
// (a changed byte, a missing or cut chunk) reported instead of returned as content.

#include "StoreFixture.h"
#include "domain/Sha256.h"
#include "store/BlobStore.h"
#include "store/SqliteDialect.h"
#include "store/Workspace.h"
#include "store/WriteTransaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <cstring>

using namespace gl;
using fixture::RawDb;

namespace {

constexpr qint64 chunk = BlobStore::chunkSize;

// Every byte value, NULs and invalid UTF-8 included, in an order that does not repeat per chunk.
QByteArray binary(qint64 size, quint32 seed = 1)
{
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    quint32 x = seed * 2654435761u + 1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes[i] = char(x & 0xff);
    }
    return bytes;
}

// Replaces one chunk's data through a second connection.
bool setChunk(const QString &path, qint64 blobId, int seq, const QByteArray &data)
{
    RawDb raw(path);
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(raw.handle(), "UPDATE blob_chunks SET data = ? WHERE blob_id = ? AND seq = ?", -1, &st,
            nullptr)
        != SQLITE_OK)
        return false;
    sqlite3_bind_blob(st, 1, data.constData(), int(data.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, blobId);
    sqlite3_bind_int(st, 3, seq);
    const bool done = sqlite3_step(st) == SQLITE_DONE && sqlite3_changes(raw.handle()) == 1;
    sqlite3_finalize(st);
    return done;
}

} // namespace

class TestBlobStore final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void sameContentIsStoredOnce_data();
    void sameContentIsStoredOnce();
    void rollbackLeavesNothing();
    void readHandsOutChunksInOrder();
    void damageIsReported_data();
    void damageIsReported();
    void unknownBlobIsNotFound();
    void removeUnusedDropsUnreferencedContent();
    void finishedWriterRefusesMore();
    void rowIsWrittenAfterItsChunks();
    void abandonedChunksCannotBeCommitted();
    void otherViolationsStillFailTheWrite();
    void writersInOneTransactionGetTheirOwnIds();
    void callerMayReuseItsBufferAfterAdd();

private:
    QVariant value(const QString &sql); // on the test's own connection, inside its transaction
    Result<BlobStore::Stored> storeInPieces(const QByteArray &content, qint64 piece);
    qint64 count(const QString &sql) { return RawDb(m_path, true).count(sql); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    std::optional<SqliteDialect> m_dialect;
};

void TestBlobStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("ws.greenlight"));
    QVERIFY(fixture::openWorkspace(m_path)); // the schema, then our own connection to it
    m_connection = QStringLiteral("tst_blobstore");
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    QVERIFY(m_db.open());
    Result<SqliteDialect> dialect = SqliteDialect::attach(m_db, m_path);
    QVERIFY2(dialect.ok(), qPrintable(dialect.message()));
    m_dialect = *dialect;
    QVERIFY(m_dialect->configure(m_db).ok());
}

void TestBlobStore::cleanup()
{
    m_dialect.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<BlobStore::Stored> TestBlobStore::storeInPieces(const QByteArray &content, qint64 piece)
{
    WriteTransaction tx(m_db, *m_dialect);
    if (Result<void> r = tx.begin(); !r)
        return r.error();
    if (piece == 0) { // all at once through store(), which hashes large content on a second thread
        Result<BlobStore::Stored> stored = BlobStore(m_db, *m_dialect).store(content);
        if (!stored)
            return stored;
        if (Result<void> r = tx.commit(); !r)
            return r.error();
        return stored;
    }
    BlobStore::Writer writer = BlobStore(m_db, *m_dialect).writer();
    for (qint64 at = 0; at < content.size(); at += piece) {
        if (Result<void> r = writer.add(QByteArrayView(content).sliced(at, std::min<qint64>(piece, content.size() - at))); !r)
            return r.error();
    }
    if (content.isEmpty()) {
        if (Result<void> r = writer.add(QByteArrayView()); !r)
            return r.error();
    }
    Result<BlobStore::Stored> stored = writer.finish();
    if (!stored)
        return stored;
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return stored;
}

void TestBlobStore::roundTrip_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("piece");
    const std::pair<const char *, qint64> sizes[] = { { "empty", 0 }, { "one byte", 1 },
        { "one chunk less a byte", chunk - 1 }, { "one chunk", chunk }, { "one chunk and a byte", chunk + 1 },
        { "three chunks and some", 3 * chunk + 17 }, { "hashed alongside, just", BlobStore::hashAlongsideAbove + 1 },
        { "hashed alongside, six chunks and some", 6 * chunk + 3 } };
    for (const auto &[name, size] : sizes) {
        QTest::addRow("%s, whole", name) << size << std::max<qint64>(size, 1);
        QTest::addRow("%s, 4 KiB pieces", name) << size << qint64(4096);
        QTest::addRow("%s, odd pieces", name) << size << qint64(700001);
        QTest::addRow("%s, store()", name) << size << qint64(0);
    }
}

void TestBlobStore::roundTrip()
{
    QFETCH(qint64, size);
    QFETCH(qint64, piece);
    const QByteArray content = binary(size);
    Result<BlobStore::Stored> stored = storeInPieces(content, piece);
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    QVERIFY(!stored->reused);
    QCOMPARE(stored->size, size);
    QCOMPARE(stored->sha256, Sha256::hex(content));

    // Full chunks in order, the last one shorter, nothing left pending.
    const qint64 chunks = (size + chunk - 1) / chunk;
    RawDb raw(m_path, true);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM blobs")), 1);
    QCOMPARE(raw.value(QStringLiteral("SELECT sha256 FROM blobs")).toString(), stored->sha256);
    QCOMPARE(raw.count(QStringLiteral("SELECT size FROM blobs")), size);
    QCOMPARE(raw.count(QStringLiteral("SELECT chunk_size FROM blobs")), chunk);
    QList<QVariant> lengths = raw.column(QStringLiteral("SELECT length(data) FROM blob_chunks ORDER BY seq"));
    QCOMPARE(lengths.size(), chunks);
    for (qsizetype i = 0; i < lengths.size(); ++i)
        QCOMPARE(lengths[i].toLongLong(), i + 1 < lengths.size() ? chunk : size - (chunks - 1) * chunk);
    QCOMPARE(raw.column(QStringLiteral("SELECT seq FROM blob_chunks ORDER BY seq")).size(), chunks);

    Result<QByteArray> back = BlobStore(m_db, *m_dialect).readAll(stored->blobId);
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QCOMPARE(back->size(), content.size());
    QVERIFY(*back == content);
}

void TestBlobStore::sameContentIsStoredOnce_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("chunks");
    QTest::newRow("small: held back, never written twice") << qint64(100) << qint64(1);
    QTest::newRow("one chunk: held back, never written twice") << chunk << qint64(1);
    QTest::newRow("large: the second copy is dropped") << 5 * chunk / 2 << qint64(3);
    QTest::newRow("hashed alongside: the second copy is dropped") << 6 * chunk + 3 << qint64(7);
}

void TestBlobStore::sameContentIsStoredOnce()
{
    QFETCH(qint64, size);
    QFETCH(qint64, chunks);
    const QByteArray content = binary(size, 7);
    Result<BlobStore::Stored> first = storeInPieces(content, size);
    QVERIFY2(first.ok(), qPrintable(first.message()));
    const qint64 rowsAfterFirst = count(QStringLiteral("SELECT max(id) FROM blob_chunks"));
    // The same bytes again, arriving in other pieces, or at once when large enough to be hashed
    // on a second thread.
    Result<BlobStore::Stored> second
        = storeInPieces(content, size > BlobStore::hashAlongsideAbove ? 0 : 65536);
    QVERIFY2(second.ok(), qPrintable(second.message()));
    QVERIFY(second->reused);
    QCOMPARE(second->blobId, first->blobId);
    QCOMPARE(second->sha256, first->sha256);
    QCOMPARE(second->size, size);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM blobs")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM blob_chunks")), chunks);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM blobs WHERE sha256 LIKE 'pending-%'")), 0);
    if (size <= chunk) // nothing was written for the duplicate, not even to be dropped
        QCOMPARE(count(QStringLiteral("SELECT max(id) FROM blob_chunks")), rowsAfterFirst);

    // One byte more is other content.
    Result<BlobStore::Stored> other = storeInPieces(content + 'x', size);
    QVERIFY(other.ok());
    QVERIFY(!other->reused);
    QVERIFY(other->blobId != first->blobId);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM blobs")), 2);
}

void TestBlobStore::rollbackLeavesNothing()
{
    {
        WriteTransaction tx(m_db, *m_dialect);
        QVERIFY(tx.begin().ok());
        Result<BlobStore::Stored> stored = BlobStore(m_db, *m_dialect).store(binary(3 * chunk + 5));
        QVERIFY(stored.ok());
        // tx goes out of scope uncommitted, as a cancelled attach would
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM blobs")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM blob_chunks")), 0);
}

void TestBlobStore::readHandsOutChunksInOrder()
{
    const QByteArray content = binary(2 * chunk + 10, 3);
    Result<BlobStore::Stored> stored = storeInPieces(content, 12345);
    QVERIFY(stored.ok());
    QList<qsizetype> sizes;
    QByteArray joined;
    Result<QString> sha = BlobStore(m_db, *m_dialect).read(stored->blobId, [&](QByteArrayView piece) -> Result<void> {
        sizes << piece.size();
        joined.append(piece);
        return {};
    });
    QVERIFY2(sha.ok(), qPrintable(sha.message()));
    QCOMPARE(*sha, stored->sha256);
    QCOMPARE(sizes, (QList<qsizetype> { chunk, chunk, 10 }));
    QVERIFY(joined == content);

    // A reader that gives up (a cancelled save) stops the read with its own error.
    int calls = 0;
    Result<QString> stopped = BlobStore(m_db, *m_dialect).read(stored->blobId, [&](QByteArrayView) -> Result<void> {
        ++calls;
        return makeError(ErrorCode::Cancelled, QStringLiteral("stopped by the reader"));
    });
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
    QCOMPARE(calls, 1);
}

void TestBlobStore::damageIsReported_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("one byte flipped") << QStringLiteral("flip") << QStringLiteral("SHA-256");
    QTest::newRow("chunk missing") << QStringLiteral("delete") << QStringLiteral("chunk 1 is missing");
    QTest::newRow("last chunk cut short") << QStringLiteral("cut") << QStringLiteral("bytes were read");
}

void TestBlobStore::damageIsReported()
{
    QFETCH(QString, damage);
    QFETCH(QString, messagePart);
    const QByteArray content = binary(3 * chunk, 5);
    Result<BlobStore::Stored> stored = storeInPieces(content, content.size());
    QVERIFY(stored.ok());
    if (damage == QLatin1String("flip")) {
        QByteArray second = content.mid(chunk, chunk);
        second[4242] = char(second[4242] ^ 0x01);
        QVERIFY(setChunk(m_path, stored->blobId, 1, second));
    } else if (damage == QLatin1String("delete")) {
        QVERIFY(RawDb(m_path).exec(QStringLiteral("DELETE FROM blob_chunks WHERE seq = 1")));
    } else {
        QVERIFY(setChunk(m_path, stored->blobId, 2, content.mid(2 * chunk, chunk - 1)));
    }
    Result<QByteArray> back = BlobStore(m_db, *m_dialect).readAll(stored->blobId);
    QVERIFY(!back.ok());
    QCOMPARE(back.error().code, ErrorCode::Corrupt);
    QVERIFY2(back.message().contains(messagePart), qPrintable(back.message()));
    QVERIFY2(back.message().contains(QStringLiteral("content %1").arg(stored->blobId)), qPrintable(back.message()));
}

void TestBlobStore::unknownBlobIsNotFound()
{
    Result<QByteArray> back = BlobStore(m_db, *m_dialect).readAll(4711);
    QVERIFY(!back.ok());
    QCOMPARE(back.error().code, ErrorCode::NotFound);
    QVERIFY2(back.message().contains(QLatin1String("4711")), qPrintable(back.message()));
}

void TestBlobStore::removeUnusedDropsUnreferencedContent()
{
    // Nothing refers to these two yet: both go, with their chunks.
    QVERIFY(storeInPieces(binary(chunk + 1, 1), chunk).ok());
    QVERIFY(storeInPieces(binary(10, 2), 10).ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM blob_chunks")), 3);
    WriteTransaction tx(m_db, *m_dialect);
    QVERIFY(tx.begin().ok());
    Result<int> removed = BlobStore(m_db, *m_dialect).removeUnused();
    QVERIFY2(removed.ok(), qPrintable(removed.message()));
    QCOMPARE(*removed, 2);
    QVERIFY(tx.commit().ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM blobs")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM blob_chunks")), 0);
    // Blobs that evidence refers to stay: tst_workspaceruns deletes releases that hold run logs.
}

void TestBlobStore::finishedWriterRefusesMore()
{
    WriteTransaction tx(m_db, *m_dialect);
    QVERIFY(tx.begin().ok());
    BlobStore::Writer writer = BlobStore(m_db, *m_dialect).writer();
    QVERIFY(writer.add("abc").ok());
    QCOMPARE(writer.size(), 3);
    QVERIFY(writer.finish().ok());
    QCOMPARE(writer.add("d").error().code, ErrorCode::Invalid);
    QCOMPARE(writer.finish().error().code, ErrorCode::Invalid);
}

QVariant TestBlobStore::value(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

void TestBlobStore::rowIsWrittenAfterItsChunks()
{
    const QByteArray content = binary(3 * chunk + 5, 11);
    WriteTransaction tx(m_db, *m_dialect);
    QVERIFY(tx.begin().ok());
    QCOMPARE(value(QStringLiteral("PRAGMA defer_foreign_keys")).toInt(), 0);
    BlobStore::Writer writer = BlobStore(m_db, *m_dialect).writer();
    QVERIFY(writer.add(content).ok());
    // Three whole chunks are in, the five bytes after them wait, and no blobs row exists yet: its
    // page is written once, at the end, never rewritten.
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM blob_chunks")).toLongLong(), 3);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM blobs")).toLongLong(), 0);
    QCOMPARE(value(QStringLiteral("SELECT count(DISTINCT blob_id) FROM blob_chunks")).toLongLong(), 1);
    QCOMPARE(value(QStringLiteral("PRAGMA defer_foreign_keys")).toInt(), 1);
    Result<BlobStore::Stored> stored = writer.finish();
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    QCOMPARE(stored->blobId, 1);
    QCOMPARE(value(QStringLiteral("SELECT min(blob_id) FROM blob_chunks")).toLongLong(), stored->blobId);
    QCOMPARE(value(QStringLiteral("SELECT max(blob_id) FROM blob_chunks")).toLongLong(), stored->blobId);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM blob_chunks")).toLongLong(), 4);
    QVERIFY(tx.commit().ok());
    // The deferral ended with the transaction.
    QCOMPARE(value(QStringLiteral("PRAGMA defer_foreign_keys")).toInt(), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM blobs")), 1);
    QCOMPARE(count(QStringLiteral("SELECT size FROM blobs")), content.size());
    QCOMPARE(RawDb(m_path, true).value(QStringLiteral("SELECT sha256 FROM blobs")).toString(),
        Sha256::hex(content));
    Result<QByteArray> back = BlobStore(m_db, *m_dialect).readAll(stored->blobId);
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QVERIFY(*back == content);
}

void TestBlobStore::abandonedChunksCannotBeCommitted()
{
    {
        WriteTransaction tx(m_db, *m_dialect);
        QVERIFY(tx.begin().ok());
        BlobStore::Writer writer = BlobStore(m_db, *m_dialect).writer();
        QVERIFY(writer.add(binary(2 * chunk + 1, 12)).ok());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM blob_chunks")).toLongLong(), 2);
        // Never finished, yet committed: the chunks have no row, and the commit refuses them.
        Result<void> committed = tx.commit();
        QVERIFY(!committed.ok());
        QCOMPARE(committed.error().code, ErrorCode::Database);
        QVERIFY2(committed.message().contains(QLatin1String("FOREIGN KEY")), qPrintable(committed.message()));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM blobs")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM blob_chunks")), 0);
    // The next transaction checks its foreign keys at once again.
    QCOMPARE(value(QStringLiteral("PRAGMA defer_foreign_keys")).toInt(), 0);
    WriteTransaction tx(m_db, *m_dialect);
    QVERIFY(tx.begin().ok());
    QSqlQuery orphan(m_db);
    QVERIFY(
        !orphan.exec(QStringLiteral("INSERT INTO blob_chunks (blob_id, seq, data) VALUES (4711, 0, x'00')")));
    QVERIFY2(orphan.lastError().text().contains(QLatin1String("FOREIGN KEY")),
        qPrintable(orphan.lastError().text()));
}

void TestBlobStore::otherViolationsStillFailTheWrite()
{
    // A write in the same transaction after the content (as the evidence row after an attached
    // file) that breaks a foreign key: whether its statement or the commit refuses it, nothing
    // of the transaction is kept.
    {
        WriteTransaction tx(m_db, *m_dialect);
        QVERIFY(tx.begin().ok());
        Result<BlobStore::Stored> stored = BlobStore(m_db, *m_dialect).store(binary(3 * chunk, 13));
        QVERIFY2(stored.ok(), qPrintable(stored.message()));
        QSqlQuery orphan(m_db);
        const bool inserted = orphan.exec(
            QStringLiteral("INSERT INTO blob_chunks (blob_id, seq, data) VALUES (4711, 0, x'00')"));
        if (inserted) {
            Result<void> committed = tx.commit();
            QVERIFY(!committed.ok());
            QVERIFY2(
                committed.message().contains(QLatin1String("FOREIGN KEY")), qPrintable(committed.message()));
        }
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM blobs")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM blob_chunks")), 0);
}

void TestBlobStore::writersInOneTransactionGetTheirOwnIds()
{
    const QByteArray a = binary(2 * chunk + 1, 21);
    const QByteArray b = binary(3 * chunk + 2, 22);
    const QByteArray c = binary(3, 23);
    WriteTransaction tx(m_db, *m_dialect);
    QVERIFY(tx.begin().ok());
    const BlobStore blobs(m_db, *m_dialect);
    BlobStore::Writer first = blobs.writer();
    BlobStore::Writer second = blobs.writer();
    BlobStore::Writer third = blobs.writer();
    // Both long ones have chunks stored and no row when the short one writes its row.
    QVERIFY(first.add(a).ok());
    QVERIFY(second.add(b).ok());
    QVERIFY(third.add(c).ok());
    Result<BlobStore::Stored> thirdStored = third.finish();
    QVERIFY2(thirdStored.ok(), qPrintable(thirdStored.message()));
    Result<BlobStore::Stored> secondStored = second.finish();
    QVERIFY2(secondStored.ok(), qPrintable(secondStored.message()));
    Result<BlobStore::Stored> firstStored = first.finish();
    QVERIFY2(firstStored.ok(), qPrintable(firstStored.message()));
    QVERIFY(tx.commit().ok());
    QCOMPARE(firstStored->blobId, 1);
    QCOMPARE(secondStored->blobId, 2);
    QCOMPARE(thirdStored->blobId, 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM blob_chunks")), 3 + 4 + 1);
    const std::pair<const BlobStore::Stored *, const QByteArray *> pairs[]
        = { { &*firstStored, &a }, { &*secondStored, &b }, { &*thirdStored, &c } };
    for (const auto &[stored, content] : pairs) {
        Result<QByteArray> back = blobs.readAll(stored->blobId);
        QVERIFY2(back.ok(), qPrintable(back.message()));
        QVERIFY(*back == *content);
    }
}

void TestBlobStore::callerMayReuseItsBufferAfterAdd()
{
    // As ChunkReader does: one buffer, refilled after each add(). Whole chunks are stored from
    // it without a copy, so nothing may look at it once add() returned.
    const QByteArray content = binary(4 * chunk + 100, 31);
    QByteArray buffer(qsizetype(chunk), Qt::Uninitialized);
    WriteTransaction tx(m_db, *m_dialect);
    QVERIFY(tx.begin().ok());
    BlobStore::Writer writer = BlobStore(m_db, *m_dialect).writer();
    for (qint64 at = 0; at < content.size(); at += chunk) {
        const qsizetype n = qsizetype(std::min<qint64>(chunk, content.size() - at));
        std::memcpy(buffer.data(), content.constData() + at, size_t(n));
        QVERIFY(writer.add(QByteArrayView(buffer.constData(), n)).ok());
        buffer.fill('\xAA');
    }
    Result<BlobStore::Stored> stored = writer.finish();
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    QVERIFY(tx.commit().ok());
    QCOMPARE(stored->sha256, Sha256::hex(content));
    Result<QByteArray> back = BlobStore(m_db, *m_dialect).readAll(stored->blobId);
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QVERIFY(*back == content);
}

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
