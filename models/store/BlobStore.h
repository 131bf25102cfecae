#pragma once
// Content kept inside the workspace file (run logs now, attached files later): split into chunks,
// hashed with SHA-256 in the same pass that writes it, and stored once per hash. Internal to
// models/store. It runs inside the caller's write transaction, so a failed or cancelled write that
// rolls back leaves nothing behind, and two writers never store the same content twice.

#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace gl {

class Sha256;
class SqliteDialect;

class BlobStore final {
    Q_DECLARE_TR_FUNCTIONS(BlobStore)
public:
    // 1 MiB: large enough that the per-row cost vanishes beside the copy, small enough that a writer
    // streaming a file holds little in memory. Each blob records the size it was written with, so
    // changing this later needs no migration.
    static constexpr qint64 chunkSize = qint64(1024) * 1024;
    // store() hashes content larger than this on a second thread while it writes the chunks.
    static constexpr qint64 hashAlongsideAbove = 4 * chunkSize;

    struct Stored {
        qint64 blobId = 0;
        QString sha256;     // lowercase hex
        qint64 size = 0;
        bool reused = false; // the content was stored already: that blob is returned
    };

    // Writes one piece of content as it arrives (a file read piece by piece, a log in memory):
    // add() as often as needed, then finish() once. The first chunk is held back until more content
    // follows, so content of up to one chunk that is already stored costs no write at all; a longer
    // duplicate is written, then dropped in finish(). Whole chunks after the first are stored
    // straight from the bytes add() is given, without a copy. The blob's row comes in finish():
    // for longer content after its chunks, so from the first chunk written on, the caller's
    // transaction checks its foreign keys at its commit (see reserveBlobId). Abandoning a writer
    // leaves its rows to the caller's rollback; committing them anyway fails. Several writers may
    // be open in one transaction.
    class Writer final {
    public:
        Writer(Writer &&) noexcept;
        Writer &operator=(Writer &&) noexcept;
        ~Writer();

        Result<void> add(QByteArrayView bytes);
        Result<Stored> finish();
        // For a writer from writerHashedByCaller(): the SHA-256 (lowercase hex) the caller computed
        // over exactly the bytes it added.
        Result<Stored> finish(const QString &sha256);
        qint64 size() const { return m_size; }

    private:
        friend class BlobStore;
        Writer(const QSqlDatabase &db, const SqliteDialect &dialect);
        Result<qint64> nextBlobId() const;
        Result<void> reserveBlobId();
        Result<void> insertBlobRow(const QString &sha256, qint64 size);
        Result<void> writeChunk(QByteArrayView chunk);
        Result<Stored> finishAs(const QString &sha256);

        QSqlDatabase m_db;
        const SqliteDialect *m_dialect = nullptr;
        std::unique_ptr<Sha256> m_hash; // null when the caller hashes (store() of large content)
        QSqlQuery m_insertChunk;
        QByteArray m_pending;   // not yet written: the first chunk, or less than a chunk
        qint64 m_blobId = 0;    // 0 until the first chunk is written; its row comes in finish()
        int m_nextSeq = 0;
        qint64 m_size = 0;
        std::optional<Error> m_error;
        bool m_finished = false;
    };

    BlobStore(const QSqlDatabase &db, const SqliteDialect &dialect);

    Writer writer() const;
    // A writer that does not hash: the caller hashes the content elsewhere (on another thread,
    // while this one writes) and hands the result to finish(sha256).
    Writer writerHashedByCaller() const;
    // The whole content at once, through a writer.
    Result<Stored> store(QByteArrayView content) const;

    // The stored hash and size of a blob.
    struct Info {
        QString sha256;
        qint64 size = 0;
        qint64 chunkSize = BlobStore::chunkSize; // what it was written with
    };
    Result<Info> info(qint64 blobId) const;
    // Hands each chunk to `chunk` in order (the view is valid during the call only); stops at the
    // first error it returns. Checks that no chunk is missing and the size adds up, and returns the
    // SHA-256 of what was read, so a caller can compare it with the stored one.
    Result<QString> read(qint64 blobId, const std::function<Result<void>(QByteArrayView)> &chunk) const;
    // The whole content; an error (Corrupt) when a chunk is missing or the SHA-256 differs.
    Result<QByteArray> readAll(qint64 blobId) const;
    // Up to `length` bytes from `offset`, read from the chunks that hold them only; empty from the
    // end on. An error (Corrupt) when one of those chunks is missing or has the wrong size.
    Result<QByteArray> readRange(qint64 blobId, qint64 offset, qint64 length) const;
    // Re-reads a blob and says what is wrong with it (translated, e.g. "chunk 3 is missing"), or
    // nothing when its chunks are all there, have their sizes and hash to its SHA-256. `progress`
    // gets the bytes of each chunk read; returning false stops with ErrorCode::Cancelled.
    Result<QString> check(qint64 blobId, const std::function<bool(qint64 bytes)> &progress = {}) const;
    // Deletes blobs that no evidence refers to any more (after a release was deleted); returns how many.
    Result<int> removeUnused() const;
    // Deletes one blob when no evidence refers to it any more (after its evidence was removed).
    Result<void> removeIfUnused(qint64 blobId) const;

private:
    QSqlDatabase m_db;
    const SqliteDialect *m_dialect;
};

} // namespace gl
