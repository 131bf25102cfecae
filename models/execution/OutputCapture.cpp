#include "OutputCapture.h"

#include <algorithm>
#include <cstring>

namespace gl {

OutputCapture::OutputCapture(qint64 cap)
{
    cap = std::max<qint64>(cap, 0);
    m_headCap = cap / 2;
    m_tailCap = cap - m_headCap;
}

namespace {
// Below this a buffer grows as QByteArray likes; past it, it is reserved to its final size at once,
// so a flood never pays for doubling copies (untouched reserved pages cost no memory).
constexpr qsizetype reserveAbove = 1024 * 1024;
// Room for the marker line after the head, so takeLog() appends in place.
constexpr qsizetype markerRoom = 64;
} // namespace

void OutputCapture::append(QByteArrayView bytes)
{
    m_total += bytes.size();
    const qsizetype toHead = std::min<qsizetype>(bytes.size(), m_headCap - m_head.size());
    if (toHead > 0) {
        if (m_head.size() + toHead > reserveAbove && m_head.capacity() < m_headCap + markerRoom + m_tailCap)
            m_head.reserve(m_headCap + markerRoom + m_tailCap);
        m_head.append(bytes.first(toHead));
        bytes = bytes.sliced(toHead);
    }
    if (bytes.isEmpty())
        return;
    if (bytes.size() >= m_tailCap) {
        // Only the newest m_tailCap bytes of this chunk can survive anyway.
        m_tail = bytes.last(m_tailCap).toByteArray();
        m_tailOldest = 0;
        return;
    }
    if (m_tail.size() < m_tailCap) {
        if (m_tail.size() + bytes.size() > reserveAbove && m_tail.capacity() < m_tailCap)
            m_tail.reserve(m_tailCap);
        const qsizetype room = std::min<qsizetype>(bytes.size(), m_tailCap - m_tail.size());
        m_tail.append(bytes.first(room));
        bytes = bytes.sliced(room);
        m_tailOldest = 0;
        if (bytes.isEmpty())
            return;
    }
    // Ring full: overwrite the oldest bytes, wrapping at most once since bytes.size() < m_tailCap.
    char *ring = m_tail.data();
    const qsizetype first = std::min<qsizetype>(bytes.size(), m_tailCap - m_tailOldest);
    std::memcpy(ring + m_tailOldest, bytes.data(), size_t(first));
    std::memcpy(ring, bytes.data() + first, size_t(bytes.size() - first));
    m_tailOldest = (m_tailOldest + bytes.size()) % m_tailCap;
}

QByteArray OutputCapture::log() const
{
    const qint64 dropped = droppedBytes();
    const QByteArray mark = dropped > 0 ? marker(dropped) : QByteArray();
    QByteArray out;
    out.reserve(m_head.size() + mark.size() + m_tail.size());
    out.append(m_head);
    out.append(mark);
    out.append(QByteArrayView(m_tail).sliced(m_tailOldest));
    out.append(QByteArrayView(m_tail).first(m_tailOldest));
    return out;
}

QByteArray OutputCapture::takeLog()
{
    const qint64 dropped = droppedBytes();
    QByteArray out = std::move(m_head);
    if (dropped > 0)
        out.append(marker(dropped));
    out.append(QByteArrayView(m_tail).sliced(m_tailOldest));
    out.append(QByteArrayView(m_tail).first(m_tailOldest));
    *this = OutputCapture(cap());
    return out;
}

QByteArray OutputCapture::marker(qint64 droppedBytes)
{
    QByteArray line("\n[... ");
    line.append(QByteArray::number(droppedBytes));
    line.append(" bytes dropped ...]\n");
    return line;
}

} // namespace gl
