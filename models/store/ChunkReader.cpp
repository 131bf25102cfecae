#include "store/ChunkReader.h"

#include "domain/Sha256.h"
#include "store/BlobStore.h"

#include <QDir>
#include <algorithm>

namespace gl {

ChunkReader::ChunkReader(EvidenceFile file, int ahead)
    : m_file(std::move(file))
    , m_size(m_file.size())
    , m_ahead(std::max(1, ahead))
    , m_thread([this] { run(); })
{
}

ChunkReader::~ChunkReader()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void ChunkReader::run()
{
    Sha256 hash;
    qint64 left = m_size;
    while (left > 0) {
        QByteArray buffer;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || qsizetype(m_filled.size()) < m_ahead; });
            if (m_stop)
                return;
            if (!m_free.empty()) {
                buffer = std::move(m_free.back());
                m_free.pop_back();
            }
        }
        const qint64 want = std::min(left, BlobStore::chunkSize);
        buffer.resize(qsizetype(want)); // a recycled buffer is not shared: no copy, no new memory
        const Result<qint64> got = m_file.read(buffer.data(), want);
        std::optional<Error> error;
        if (!got)
            error = got.error();
        else if (*got < want)
            error = makeError(ErrorCode::Io,
                tr("%1 became shorter while it was read: it ended after %2 of %3 bytes.")
                    .arg(QDir::toNativeSeparators(m_file.path()), QString::number(m_size - left + *got),
                        QString::number(m_size)));
        if (error) {
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                m_error = std::move(error);
                m_done = true;
            }
            m_changed.notify_all();
            return;
        }
        hash.add(buffer);
        left -= want;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_filled.push_back(std::move(buffer));
        }
        m_changed.notify_all();
    }
    const QString sha256 = hash.hexResult();
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_sha256 = sha256;
        m_done = true;
    }
    m_changed.notify_all();
}

Result<QByteArray> ChunkReader::next()
{
    QByteArray chunk;
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_filled.empty() || m_done; });
        if (m_error)
            return *m_error;
        if (m_filled.empty())
            return QByteArray();
        chunk = std::move(m_filled.front());
        m_filled.pop_front();
    }
    m_changed.notify_all(); // room for the reader to read ahead again
    return chunk;
}

void ChunkReader::recycle(QByteArray chunk)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    // Two spare buffers cover the reader's next read; more would only hold memory.
    if (m_free.size() < 2)
        m_free.push_back(std::move(chunk));
}

QString ChunkReader::sha256() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_sha256;
}

} // namespace gl
