#pragma once
// A run's output as the console holds it: the bytes as received, an index of where each line
// starts and the ANSI style each line starts in, so that any one line decodes on its own. Appending
// is amortised O(1) per byte (memchr for newlines and escapes); decoding happens only for the lines
// someone looks at. Past a byte limit the head and the tail are kept around one marker line, as
// the stored log does.

#include "AnsiText.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace gl {

class ConsoleBuffer final {
    Q_DECLARE_TR_FUNCTIONS(ConsoleBuffer)
public:
    // Longer lines are cut into pieces of at most this many bytes, so that painting or searching
    // a line never costs more than that however a command prints.
    static constexpr qsizetype maxLineBytes = 16 * 1024;
    static constexpr qint64 defaultByteLimit = qint64(64) * 1024 * 1024;

    // Lines removed by append(): [first, first + count) of the lines as numbered before it.
    struct Removal {
        qsizetype first = -1;
        qsizetype count = 0;
        bool happened() const { return first >= 0; }
    };

    struct Line {
        QString text;
        QList<AnsiSpan> spans;
        bool marker = false;     // the "... dropped ..." line we wrote, not output
        bool truncated = false;  // decoded only up to the columns asked for
    };

    explicit ConsoleBuffer(qint64 byteLimit = defaultByteLimit);

    // Between 64 KiB and 1 GiB (the index holds 32-bit offsets). Lines are limited too, to a 16th
    // of the bytes, since "y\n" floods would otherwise cost more in index than in text.
    void setByteLimit(qint64 bytes);
    qint64 byteLimit() const { return m_byteLimit; }

    Removal append(QByteArrayView bytes);
    void clear();

    // Lines shown, including the marker line and a last line still waiting for its newline.
    qsizetype lineCount() const;
    // Lines whose text can no longer change (all but an unfinished last line).
    qsizetype finishedLineCount() const;
    // Longest line in bytes so far: enough for a horizontal scroll range with a monospace font.
    qsizetype longestLine() const { return m_longest; }
    qint64 keptBytes() const { return m_bytes.size(); }
    qint64 droppedBytes() const { return m_dropped; }
    qint64 totalBytes() const { return m_bytes.size() + m_dropped; }
    // Index of the marker line, -1 while nothing was dropped.
    qsizetype markerLine() const { return m_dropped > 0 ? qsizetype(m_headLines) : -1; }

    // columns >= 0: decode only about that many columns when the rest cannot change them (no
    // carriage return further on), which is all a painter needs of a 16 KiB line.
    Line line(qsizetype index, qsizetype columns = -1) const;
    QString lineText(qsizetype index) const;
    // The bytes of a line as received (no newline); empty for the marker line.
    QByteArrayView rawLine(qsizetype index) const;

private:
    qsizetype physicalLine(qsizetype index) const;
    void indexRange(qsizetype from, qsizetype to);
    void startLine(qsizetype offset, bool afterNewline);
    AnsiStyle styleAt(qsizetype physical) const;
    bool overLimit() const;
    Removal dropMiddle();
    QString markerText() const;

    qint64 m_byteLimit;
    QByteArray m_bytes;
    std::vector<quint32> m_starts;   // of every kept line; the last one is the line being written
    // (physical line, style it starts in), only where that style differs from the line before.
    std::vector<std::pair<quint32, AnsiStyle>> m_styles;
    AnsiText m_skimmer;              // follows the style through appended bytes
    bool m_styleTouched = false;
    bool m_lineHasEscape = false;    // escape bytes take no columns: such lines are measured when painted
    AnsiStyle m_lastRecorded;
    qsizetype m_longest = 0;
    quint32 m_headLines = 0;         // lines kept from the start once something was dropped
    qint64 m_dropped = 0;
};

} // namespace gl
