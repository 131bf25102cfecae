#include "store/BlobStore.h"

#include "domain/Sha256.h"
#include "store/SqliteDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QStringList>
#include <QVariant>
#include <algorithm>
#include <future>

namespace gl {

namespace {

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    return q;
}

Result<void> exec(QSqlQuery &q, const SqliteDialect &dialect, const QString &doing)
{
    if (!q.exec())
        return dialect.queryError(q.lastError(), doing);
    return {};
}

// Binds without copying: the driver binds a QByteArray as SQLITE_STATIC, and exec() returns
// before the view's owner can change it.
QVariant blobValue(QByteArrayView bytes)
{
    return QVariant(QByteArray::fromRawData(bytes.data(), bytes.size()));
}

Error corrupt(const SqliteDialect &dialect, qint64 blobId, const QString &problem)
{
    return makeError(ErrorCode::Corrupt,
        BlobStore::tr("%1: the stored content %2 is damaged: %3.")
            .arg(QDir::toNativeSeparators(dialect.path()), QString::number(blobId), problem));
}

} // namespace

// ---- Writer -----------------------------------------------------------------------------------

BlobStore::Writer::Writer(const QSqlDatabase &db, const SqliteDialect &dialect)
    : m_db(db)
    , m_dialect(&dialect)
    , m_hash(std::make_unique<Sha256>())
{
}

BlobStore::Writer::Writer(Writer &&) noexcept = default;
BlobStore::Writer &BlobStore::Writer::operator=(Writer &&) noexcept = default;
BlobStore::Writer::~Writer() = default;

// Past the chunks' blob ids as well as the rows': another writer in this transaction may have
// stored chunks whose row is still to come. Each maximum is one index lookup.
Result<qint64> BlobStore::Writer::nextBlobId() const
{
    QSqlQuery next = prepared(m_db,
        QStringLiteral("SELECT max(coalesce((SELECT max(id) FROM blobs), 0),"
                       " coalesce((SELECT max(blob_id) FROM blob_chunks), 0)) + 1"));
    if (Result<void> r = exec(next, *m_dialect, tr("storing content")); !r)
        return r.error();
    if (!next.next())
        return m_dialect->queryError(next.lastError(), tr("storing content"));
    return next.value(0).toLongLong();
}

Result<void> BlobStore::Writer::insertBlobRow(const QString &sha256, qint64 size)
{
    QSqlQuery q = prepared(
        m_db, QStringLiteral("INSERT INTO blobs (id, sha256, size, chunk_size) VALUES (?, ?, ?, ?)"));
    q.addBindValue(m_blobId);
    q.addBindValue(sha256);
    q.addBindValue(size);
    q.addBindValue(chunkSize);
    return exec(q, *m_dialect, tr("storing content"));
}

// The blobs row is written in finishAs(), once the hash is known, and not before: a row written at
// the first chunk and updated at the end changes a page that SQLite has long moved to the
// write-ahead log by then, and rewriting a page there makes the commit re-read and re-checksum
// every frame written after it, the whole content once more (0.7 s of attaching 1 GiB here). Until
// that row exists the chunks point at an id no row has yet, so the foreign key checks of the
// transaction, the caller's later rows' included, wait for its commit, which fails on any that is
// broken. In this transaction only: SQLite switches defer_foreign_keys off at COMMIT and ROLLBACK.
// Never earlier: switching it off forgets a chunk whose row never came and lets the commit keep it.
Result<void> BlobStore::Writer::reserveBlobId()
{
    QSqlQuery defer(m_db);
    if (!defer.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return m_dialect->queryError(defer.lastError(), tr("storing content"));
    Result<qint64> id = nextBlobId();
    if (!id)
        return id.error();
    m_blobId = *id;
    return {};
}

Result<void> BlobStore::Writer::writeChunk(QByteArrayView chunk)
{
    if (m_blobId == 0) {
        if (Result<void> r = reserveBlobId(); !r)
            return r;
    }
    if (m_nextSeq == 0)
        m_insertChunk
            = prepared(m_db, QStringLiteral("INSERT INTO blob_chunks (blob_id, seq, data) VALUES (?, ?, ?)"));
    m_insertChunk.bindValue(0, m_blobId);
    m_insertChunk.bindValue(1, m_nextSeq);
    m_insertChunk.bindValue(2, blobValue(chunk));
    if (Result<void> r = exec(m_insertChunk, *m_dialect, tr("storing content")); !r)
        return r;
    ++m_nextSeq;
    return {};
}

Result<void> BlobStore::Writer::add(QByteArrayView bytes)
{
    if (m_error)
        return *m_error;
    if (m_finished)
        return makeError(ErrorCode::Invalid, tr("Content was added after it was finished."));
    if (m_hash)
        m_hash->add(bytes);
    m_size += bytes.size();
    while (!bytes.isEmpty()) {
        // A full pending chunk is written only once more content follows, so the first one waits.
        if (m_pending.size() == chunkSize) {
            if (Result<void> r = writeChunk(m_pending); !r) {
                m_error = r.error();
                return r;
            }
            m_pending.resize(0); // keeps the buffer for the next chunk
        }
        // A whole chunk goes straight from the caller's bytes, without a copy, once it is certain
        // to be written: something was written already, or more than it follows in these bytes.
        // Only the first chunk and a shorter tail wait in m_pending.
        const qint64 canWriteFrom = m_nextSeq > 0 ? chunkSize : chunkSize + 1;
        if (m_pending.isEmpty() && bytes.size() >= canWriteFrom) {
            if (Result<void> r = writeChunk(bytes.first(chunkSize)); !r) {
                m_error = r.error();
                return r;
            }
            bytes = bytes.sliced(chunkSize);
            continue;
        }
        if (m_pending.capacity() < chunkSize)
            m_pending.reserve(qsizetype(std::min<qint64>(chunkSize, std::max<qint64>(bytes.size(), 4096))));
        const qsizetype take = qsizetype(std::min<qint64>(chunkSize - m_pending.size(), bytes.size()));
        m_pending.append(bytes.first(take));
        bytes = bytes.sliced(take);
    }
    return {};
}

Result<BlobStore::Stored> BlobStore::Writer::finish()
{
    if (!m_hash)
        return makeError(ErrorCode::Invalid, tr("Content was finished without its hash."));
    return finishAs(m_hash->hexResult());
}

Result<BlobStore::Stored> BlobStore::Writer::finish(const QString &sha256)
{
    if (m_hash)
        return makeError(ErrorCode::Invalid, tr("Content hashed by its writer was finished with another hash."));
    return finishAs(sha256);
}

Result<BlobStore::Stored> BlobStore::Writer::finishAs(const QString &sha256)
{
    if (m_error)
        return *m_error;
    if (m_finished)
        return makeError(ErrorCode::Invalid, tr("Content was finished twice."));
    m_finished = true;
    Stored stored;
    stored.sha256 = sha256;
    stored.size = m_size;

    QSqlQuery find = prepared(m_db, QStringLiteral("SELECT id FROM blobs WHERE sha256 = ?"));
    find.addBindValue(stored.sha256);
    if (Result<void> r = exec(find, *m_dialect, tr("looking up stored content")); !r)
        return r.error();
    if (find.next()) {
        stored.blobId = find.value(0).toLongLong();
        stored.reused = true;
        find.finish();
        if (m_nextSeq > 0) { // chunks written before the hash was known: drop them (they have no row)
            QSqlQuery drop = prepared(m_db, QStringLiteral("DELETE FROM blob_chunks WHERE blob_id = ?"));
            drop.addBindValue(m_blobId);
            if (Result<void> r = exec(drop, *m_dialect, tr("storing content")); !r)
                return r.error();
        }
        return stored;
    }
    find.finish();

    if (m_nextSeq == 0) {
        // Nothing written yet (at most one chunk): the row goes first, so no check has to wait.
        // Empty content gets a row too, without chunks, so evidence always has a blob to point at.
        Result<qint64> id = nextBlobId();
        if (!id)
            return id.error();
        m_blobId = *id;
        if (Result<void> r = insertBlobRow(stored.sha256, stored.size); !r)
            return r.error();
        if (!m_pending.isEmpty()) {
            if (Result<void> r = writeChunk(m_pending); !r)
                return r.error();
        }
    } else {
        if (!m_pending.isEmpty()) {
            if (Result<void> r = writeChunk(m_pending); !r)
                return r.error();
        }
        if (Result<void> r = insertBlobRow(stored.sha256, stored.size); !r)
            return r.error();
    }
    m_pending = QByteArray();
    stored.blobId = m_blobId;
    return stored;
}

// ---- BlobStore --------------------------------------------------------------------------------

BlobStore::BlobStore(const QSqlDatabase &db, const SqliteDialect &dialect)
    : m_db(db)
    , m_dialect(&dialect)
{
}

BlobStore::Writer BlobStore::writer() const
{
    return Writer(m_db, *m_dialect);
}

BlobStore::Writer BlobStore::writerHashedByCaller() const
{
    Writer w(m_db, *m_dialect);
    w.m_hash.reset();
    return w;
}

Result<BlobStore::Stored> BlobStore::store(QByteArrayView content) const
{
    Writer w = writer();
    if (content.size() <= hashAlongsideAbove) {
        if (Result<void> r = w.add(content); !r)
            return r.error();
        return w.finish();
    }
    // All of it is in memory already: a second thread hashes it while this one writes the chunks,
    // so a 64 MiB run log costs the longer of the two (about 45 ms of hashing), not their sum.
    Writer unhashed = writerHashedByCaller();
    std::future<QString> hashed = std::async(std::launch::async, [content] { return Sha256::hex(content); });
    const Result<void> added = unhashed.add(content);
    const QString sha256 = hashed.get(); // before returning in any case: the thread reads `content`
    if (!added)
        return added.error();
    return unhashed.finish(sha256);
}

Result<BlobStore::Info> BlobStore::info(qint64 blobId) const
{
    QSqlQuery q = prepared(m_db, QStringLiteral("SELECT sha256, size, chunk_size FROM blobs WHERE id = ?"));
    q.addBindValue(blobId);
    if (Result<void> r = exec(q, *m_dialect, tr("reading stored content")); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound,
            tr("There is no stored content with id %1 in %2.")
                .arg(QString::number(blobId), QDir::toNativeSeparators(m_dialect->path())));
    // A chunk size below 1 would make every offset computation divide by zero: take it as damage.
    return Info { q.value(0).toString(), q.value(1).toLongLong(), std::max<qint64>(1, q.value(2).toLongLong()) };
}

Result<QString> BlobStore::read(qint64 blobId, const std::function<Result<void>(QByteArrayView)> &chunk) const
{
    Result<Info> stored = info(blobId);
    if (!stored)
        return stored.error();
    QSqlQuery q = prepared(m_db, QStringLiteral("SELECT seq, data FROM blob_chunks WHERE blob_id = ? ORDER BY seq"));
    q.addBindValue(blobId);
    if (Result<void> r = exec(q, *m_dialect, tr("reading stored content")); !r)
        return r.error();
    Sha256 hash;
    qint64 size = 0;
    int expected = 0;
    while (q.next()) {
        if (q.value(0).toInt() != expected)
            return corrupt(*m_dialect, blobId, tr("chunk %1 is missing").arg(expected));
        ++expected;
        const QByteArray data = q.value(1).toByteArray();
        hash.add(data);
        size += data.size();
        if (Result<void> r = chunk(data); !r)
            return r.error();
    }
    if (q.lastError().isValid())
        return m_dialect->queryError(q.lastError(), tr("reading stored content"));
    if (size != stored->size)
        return corrupt(*m_dialect, blobId,
            tr("%1 bytes were read where %2 were stored").arg(QString::number(size), QString::number(stored->size)));
    return hash.hexResult();
}

Result<QByteArray> BlobStore::readAll(qint64 blobId) const
{
    Result<Info> stored = info(blobId);
    if (!stored)
        return stored.error();
    QByteArray content;
    content.reserve(qsizetype(stored->size));
    Result<QString> sha = read(blobId, [&](QByteArrayView chunk) -> Result<void> {
        content.append(chunk);
        return {};
    });
    if (!sha)
        return sha.error();
    if (*sha != stored->sha256)
        return corrupt(*m_dialect, blobId,
            tr("its SHA-256 is %1, %2 was stored").arg(*sha, stored->sha256));
    return content;
}

Result<QByteArray> BlobStore::readRange(qint64 blobId, qint64 offset, qint64 length) const
{
    if (offset < 0 || length < 0)
        return makeError(ErrorCode::Invalid,
            tr("A part of stored content needs an offset and a length of at least 0, not %1 and %2.")
                .arg(QString::number(offset), QString::number(length)));
    Result<Info> stored = info(blobId);
    if (!stored)
        return stored.error();
    if (offset >= stored->size || length == 0)
        return QByteArray();
    const qint64 end = offset + std::min(length, stored->size - offset);
    const qint64 cs = stored->chunkSize;
    const qint64 first = offset / cs;
    const qint64 last = (end - 1) / cs;
    QSqlQuery q = prepared(m_db,
        QStringLiteral("SELECT seq, data FROM blob_chunks WHERE blob_id = ? AND seq >= ? AND seq <= ? ORDER BY seq"));
    q.addBindValue(blobId);
    q.addBindValue(first);
    q.addBindValue(last);
    if (Result<void> r = exec(q, *m_dialect, tr("reading stored content")); !r)
        return r.error();
    QByteArray out;
    out.reserve(qsizetype(end - offset));
    qint64 expected = first;
    while (q.next()) {
        if (q.value(0).toLongLong() != expected)
            return corrupt(*m_dialect, blobId, tr("chunk %1 is missing").arg(expected));
        const QByteArray data = q.value(1).toByteArray();
        const qint64 chunkStart = expected * cs;
        const qint64 wanted = std::min(cs, stored->size - chunkStart);
        if (data.size() != wanted)
            return corrupt(*m_dialect, blobId,
                tr("chunk %1 holds %2 bytes where %3 were stored")
                    .arg(QString::number(expected), QString::number(data.size()), QString::number(wanted)));
        const qint64 from = std::max(offset, chunkStart) - chunkStart;
        const qint64 to = std::min(end, chunkStart + wanted) - chunkStart;
        out.append(data.constData() + from, qsizetype(to - from));
        ++expected;
    }
    if (q.lastError().isValid())
        return m_dialect->queryError(q.lastError(), tr("reading stored content"));
    if (expected <= last)
        return corrupt(*m_dialect, blobId, tr("chunk %1 is missing").arg(expected));
    return out;
}

Result<QString> BlobStore::check(qint64 blobId, const std::function<bool(qint64)> &progress) const
{
    Result<Info> stored = info(blobId);
    if (!stored)
        return stored.error();
    const qint64 cs = stored->chunkSize;
    const qint64 chunks = (stored->size + cs - 1) / cs;
    QSqlQuery q = prepared(m_db, QStringLiteral("SELECT seq, data FROM blob_chunks WHERE blob_id = ? ORDER BY seq"));
    q.addBindValue(blobId);
    if (Result<void> r = exec(q, *m_dialect, tr("reading stored content")); !r)
        return r.error();
    QStringList problems;
    const auto missing = [&](qint64 from, qint64 to) { // [from, to)
        if (to - from == 1)
            problems << tr("chunk %1 is missing").arg(from);
        else if (to > from)
            problems << tr("chunks %1 to %2 are missing").arg(QString::number(from), QString::number(to - 1));
    };
    Sha256 hash;
    qint64 expected = 0;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const QByteArray data = q.value(1).toByteArray();
        if (progress && !progress(data.size()))
            return makeError(ErrorCode::Cancelled, tr("Checking the stored content was cancelled."));
        if (seq >= chunks) {
            problems << tr("chunk %1 does not belong to content of %2 bytes").arg(QString::number(seq), QString::number(stored->size));
            continue;
        }
        missing(expected, seq);
        expected = seq + 1;
        const qint64 wanted = std::min(cs, stored->size - seq * cs);
        if (data.size() != wanted)
            problems << tr("chunk %1 holds %2 bytes where %3 were stored")
                            .arg(QString::number(seq), QString::number(data.size()), QString::number(wanted));
        hash.add(data);
    }
    if (q.lastError().isValid())
        return m_dialect->queryError(q.lastError(), tr("reading stored content"));
    missing(expected, chunks);
    if (!problems.isEmpty())
        return problems.join(QStringLiteral("; "));
    const QString sha256 = hash.hexResult();
    if (sha256 != stored->sha256)
        return tr("SHA-256 is %1, %2 was stored").arg(sha256, stored->sha256);
    return QString();
}

Result<void> BlobStore::removeIfUnused(qint64 blobId) const
{
    QSqlQuery used = prepared(m_db, QStringLiteral("SELECT 1 FROM evidence WHERE blob_id = ? LIMIT 1"));
    used.addBindValue(blobId);
    if (Result<void> r = exec(used, *m_dialect, tr("removing unused content")); !r)
        return r;
    if (used.next())
        return {};
    used.finish();
    for (const QString &sql : { QStringLiteral("DELETE FROM blob_chunks WHERE blob_id = ?"),
             QStringLiteral("DELETE FROM blobs WHERE id = ?") }) {
        QSqlQuery drop = prepared(m_db, sql);
        drop.addBindValue(blobId);
        if (Result<void> r = exec(drop, *m_dialect, tr("removing unused content")); !r)
            return r;
    }
    return {};
}

Result<int> BlobStore::removeUnused() const
{
    const QString unused = QStringLiteral(
        "SELECT b.id FROM blobs b WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.blob_id = b.id)");
    QSqlQuery chunks = prepared(m_db, QStringLiteral("DELETE FROM blob_chunks WHERE blob_id IN (") + unused + u')');
    if (Result<void> r = exec(chunks, *m_dialect, tr("removing unused content")); !r)
        return r.error();
    QSqlQuery blobs = prepared(m_db, QStringLiteral("DELETE FROM blobs WHERE id IN (") + unused + u')');
    if (Result<void> r = exec(blobs, *m_dialect, tr("removing unused content")); !r)
        return r.error();
    return blobs.numRowsAffected();
}

} // namespace gl
