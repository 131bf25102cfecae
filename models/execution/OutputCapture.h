#pragma once
// A run's log in memory, bounded by a cap: all of it while it fits, past the cap its first and last
// halves around one marker line saying how many bytes were dropped. The start usually says what ran
// and the end why it failed, so those are the parts worth keeping as evidence.

#include <QByteArray>
#include <QByteArrayView>

namespace gl {

class OutputCapture final {
public:
    static constexpr qint64 defaultCap = qint64(64) * 1024 * 1024;

    explicit OutputCapture(qint64 cap = defaultCap);

    // Constant work per byte and no allocation past the cap, so draining never falls behind a child.
    void append(QByteArrayView bytes);

    qint64 cap() const { return m_headCap + m_tailCap; }
    qint64 totalBytes() const { return m_total; }
    qint64 droppedBytes() const { return m_total > cap() ? m_total - cap() : 0; }
    // head + tail when nothing was dropped, else head + marker(dropped) + tail.
    QByteArray log() const;
    // log() without copying the head: the capture is empty afterwards (same cap). For the end of a run.
    QByteArray takeLog();

    // Plain ASCII and never translated: the stored log must read the same to every tool and person.
    static QByteArray marker(qint64 droppedBytes);

private:
    qint64 m_headCap = 0;
    qint64 m_tailCap = 0;
    qint64 m_total = 0;
    QByteArray m_head;
    QByteArray m_tail;        // grows to m_tailCap, then is overwritten as a ring
    qsizetype m_tailOldest = 0;  // ring position of the oldest tail byte once m_tail is full
};

} // namespace gl
