#pragma once
// Reads an EvidenceFile on a second thread in chunks of BlobStore::chunkSize and hashes each one
// as it goes, a few chunks ahead of its consumer: the connection's thread stores one chunk while
// the next ones are read and hashed, so attaching costs about the longer of storing and hashing,
// not their sum, in bounded memory. Internal to models/store (and the attach benchmark).

#include "domain/Result.h"
#include "store/EvidenceFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace gl {

class ChunkReader final {
    Q_DECLARE_TR_FUNCTIONS(ChunkReader)
public:
    // Chunks read and hashed ahead of the consumer. Measured on the 2-core machine with a 1 GiB
    // file, once storing a chunk copied nothing (storing then takes about 0.6 s, reading and
    // hashing about 0.75 s): 1 made the chunks take a tenth longer than 3, 8 no less than 3. A third
    // thread that hashed while this one read gained nothing either: both cores are busy already.
    static constexpr int defaultAhead = 3;

    // Reads exactly file.size() bytes (the size when it was opened): a file still growing is cut
    // there, one that becomes shorter is an error.
    explicit ChunkReader(EvidenceFile file, int ahead = defaultAhead);
    ~ChunkReader(); // stops the thread and waits for it
    ChunkReader(const ChunkReader &) = delete;
    ChunkReader &operator=(const ChunkReader &) = delete;

    qint64 size() const { return m_size; }
    // The next chunk, an empty array once the whole file was handed out, or the read error.
    Result<QByteArray> next();
    // Gives a chunk's buffer back once its bytes are stored, to be read into again.
    void recycle(QByteArray chunk);
    // Once next() returned the end: the SHA-256 (lowercase hex) of everything handed out.
    QString sha256() const;

private:
    void run();

    EvidenceFile m_file;
    const qint64 m_size;
    const int m_ahead;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_filled;
    std::vector<QByteArray> m_free;
    std::optional<Error> m_error;
    QString m_sha256;
    bool m_done = false;
    bool m_stop = false;
    std::thread m_thread; // last: starts once everything above exists
};

} // namespace gl
