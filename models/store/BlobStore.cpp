#include "store/BlobStore.h"

#include "domain/Sha256.h"
#include "store/SqliteDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QUuid>
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

Result<void> BlobStore::Writer::createBlob(const QString &sha256, qint64 size)
{
    QSqlQuery q = prepared(m_db, QStringLiteral("INSERT INTO blobs (sha256, size, chunk_size) VALUES (?, ?, ?)"));
    q.addBindValue(sha256);
    q.addBindValue(size);
    q.addBindValue(chunkSize);
    if (Result<void> r = exec(q, *m_dialect, tr("storing content")); !r)
        return r;
    m_blobId = q.lastInsertId().toLongLong();
    return {};
}

Result<void> BlobStore::Writer::writeChunk(QByteArrayView chunk)
{
    if (m_blobId == 0) {
        // The hash is known only at the end: a unique placeholder keeps sha256 UNIQUE NOT NULL.
        if (Result<void> r = createBlob(
                QStringLiteral("pending-") + QUuid::createUuid().toString(QUuid::WithoutBraces), 0);
            !r)
            return r;
    }
    if (m_nextSeq == 0)
        m_insertChunk = prepared(m_db, QStringLiteral("INSERT INTO blob_chunks (blob_id, seq, data) VALUES (?, ?, ?)"));
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
        // A full pending chunk is written only once more content follows, so the last one waits.
        if (m_pending.size() == chunkSize) {
            if (Result<void> r = writeChunk(m_pending); !r) {
                m_error = r.error();
                return r;
            }
            m_pending.resize(0); // keeps the buffer for the next chunk
        }
        if (m_pending.isEmpty() && bytes.size() > chunkSize) {
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
        if (m_blobId != 0) { // written before the hash was known: drop this copy
            for (const QString &sql : { QStringLiteral("DELETE FROM blob_chunks WHERE blob_id = ?"),
                     QStringLiteral("DELETE FROM blobs WHERE id = ?") }) {
                QSqlQuery drop = prepared(m_db, sql);
                drop.addBindValue(m_blobId);
                if (Result<void> r = exec(drop, *m_dialect, tr("storing content")); !r)
                    return r.error();
            }
        }
        return stored;
    }
    find.finish();

    if (m_blobId == 0) {
        // Nothing written yet (at most one chunk): the row gets its hash right away. Empty content
        // gets a row too, without chunks, so evidence always has a blob to point at.
        if (Result<void> r = createBlob(stored.sha256, stored.size); !r)
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
        QSqlQuery update = prepared(m_db, QStringLiteral("UPDATE blobs SET sha256 = ?, size = ? WHERE id = ?"));
        update.addBindValue(stored.sha256);
        update.addBindValue(stored.size);
        update.addBindValue(m_blobId);
        if (Result<void> r = exec(update, *m_dialect, tr("storing content")); !r)
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
    std::future<QString> hashed = std::async(std::launch::async, [content] { return Sha256::hex(content); });
    w.m_hash.reset();
    const Result<void> added = w.add(content);
    const QString sha256 = hashed.get(); // before returning in any case: the thread reads `content`
    if (!added)
        return added.error();
    return w.finishAs(sha256);
}

Result<BlobStore::Info> BlobStore::info(qint64 blobId) const
{
    QSqlQuery q = prepared(m_db, QStringLiteral("SELECT sha256, size FROM blobs WHERE id = ?"));
    q.addBindValue(blobId);
    if (Result<void> r = exec(q, *m_dialect, tr("reading stored content")); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound,
            tr("There is no stored content with id %1 in %2.")
                .arg(QString::number(blobId), QDir::toNativeSeparators(m_dialect->path())));
    return Info { q.value(0).toString(), q.value(1).toLongLong() };
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
