#include "ConsoleBuffer.h"

#include <QLocale>
#include <algorithm>
#include <cstring>
#include <limits>

namespace gl {

namespace {

constexpr qint64 minimumLimit = qint64(64) * 1024;
constexpr qint64 maximumLimit = qint64(1024) * 1024 * 1024;
constexpr qint64 bytesPerLineAllowance = 16;
constexpr qint64 reserveFrom = qint64(1) * 1024 * 1024;
constexpr qint64 reserveSlack = qint64(1) * 1024 * 1024;  // a chunk arriving while at the limit

bool isContinuation(char c)
{
    return (uchar(c) & 0xc0) == 0x80;
}

} // namespace

ConsoleBuffer::ConsoleBuffer(qint64 byteLimit)
    : m_byteLimit(std::clamp(byteLimit, minimumLimit, maximumLimit))
{
    clear();
}

void ConsoleBuffer::setByteLimit(qint64 bytes)
{
    m_byteLimit = std::clamp(bytes, minimumLimit, maximumLimit);
}

void ConsoleBuffer::clear()
{
    m_bytes = QByteArray();
    std::vector<quint32>{0}.swap(m_starts);
    std::vector<std::pair<quint32, AnsiStyle>>().swap(m_styles);
    m_skimmer = AnsiText();
    m_styleTouched = false;
    m_lineHasEscape = false;
    m_lastRecorded = AnsiStyle();
    m_longest = 0;
    m_headLines = 0;
    m_dropped = 0;
}

qsizetype ConsoleBuffer::lineCount() const
{
    const bool lastEmpty = m_starts.back() == quint32(m_bytes.size());
    return qsizetype(m_starts.size()) - (lastEmpty ? 1 : 0) + (m_dropped > 0 ? 1 : 0);
}

qsizetype ConsoleBuffer::finishedLineCount() const
{
    return qsizetype(m_starts.size()) - 1 + (m_dropped > 0 ? 1 : 0);
}

qsizetype ConsoleBuffer::physicalLine(qsizetype index) const
{
    if (m_dropped > 0 && index >= qsizetype(m_headLines))
        return index == qsizetype(m_headLines) ? -1 : index - 1;
    return index;
}

ConsoleBuffer::Line ConsoleBuffer::line(qsizetype index, qsizetype columns) const
{
    Line result;
    if (index < 0 || index >= lineCount())
        return result;
    const qsizetype physical = physicalLine(index);
    if (physical < 0) {
        result.marker = true;
        result.text = markerText();
        AnsiStyle quiet;
        quiet.faint = true;
        quiet.italic = true;
        result.spans.append(AnsiSpan{0, result.text.size(), quiet});
        return result;
    }
    AnsiText parsed(styleAt(physical));
    const QByteArrayView raw = rawLine(index);
    if (columns >= 0 && !raw.contains('\r'))
        parsed.setTextLimit(columns);
    parsed.append(raw);
    // The line being written may end inside a character or an escape whose rest is on its way.
    if (physical + 1 < qsizetype(m_starts.size()))
        parsed.finish();
    result.text = parsed.text();
    result.spans = parsed.spans();
    result.truncated = parsed.truncated();
    return result;
}

QString ConsoleBuffer::lineText(qsizetype index) const
{
    return line(index).text;
}

QByteArrayView ConsoleBuffer::rawLine(qsizetype index) const
{
    const qsizetype physical = index >= 0 && index < lineCount() ? physicalLine(index) : -1;
    if (physical < 0)
        return {};
    const bool last = physical + 1 >= qsizetype(m_starts.size());
    const qsizetype start = m_starts[physical];
    qsizetype end = last ? m_bytes.size() : qsizetype(m_starts[physical + 1]);
    if (!last && end > start && m_bytes.at(end - 1) == '\n')
        --end;
    return QByteArrayView(m_bytes).sliced(start, end - start);
}

AnsiStyle ConsoleBuffer::styleAt(qsizetype physical) const
{
    const auto after = std::upper_bound(m_styles.begin(), m_styles.end(), quint32(physical),
                                        [](quint32 line, const auto &entry) { return line < entry.first; });
    return after == m_styles.begin() ? AnsiStyle() : std::prev(after)->second;
}

ConsoleBuffer::Removal ConsoleBuffer::append(QByteArrayView bytes)
{
    Removal removal;
    if (bytes.isEmpty())
        return removal;
    const qsizetype from = m_bytes.size();
    if (from + bytes.size() > m_bytes.capacity() && from + bytes.size() > reserveFrom) {
        // Doubling would copy up to the whole limit at once (50 ms at 64 MiB): take it all now.
        // Pages not written yet cost no memory, so a run that stops early pays nothing for this.
        m_bytes.reserve(std::max<qint64>(m_byteLimit + reserveSlack, from + bytes.size()));
        m_starts.reserve(size_t(m_byteLimit / bytesPerLineAllowance + 1));
    }
    m_bytes.append(bytes.data(), bytes.size());
    indexRange(from, m_bytes.size());
    while (overLimit()) {
        const Removal more = dropMiddle();
        if (!more.happened())
            break;
        removal.first = more.first;
        removal.count += more.count;
    }
    return removal;
}

void ConsoleBuffer::indexRange(qsizetype from, qsizetype to)
{
    const char *const data = m_bytes.constData();
    const auto find = [data](qsizetype a, qsizetype b, char c) {
        const void *found = std::memchr(data + a, c, size_t(b - a));
        return found ? qsizetype(static_cast<const char *>(found) - data) : b;
    };
    // Newlines in [a, b), and cuts of lines that grow past maxLineBytes before theirs.
    const auto indexLines = [&](qsizetype a, qsizetype b) {
        qsizetype pos = a;
        for (;;) {
            const qsizetype newline = find(pos, b, '\n');
            while (newline - qsizetype(m_starts.back()) > maxLineBytes) {
                const qsizetype start = m_starts.back();
                qsizetype cut = start + maxLineBytes;
                // Never between the bytes of one character.
                for (int k = 0; k < 3 && isContinuation(data[cut]); ++k)
                    --cut;
                startLine(cut, false);
            }
            if (newline == b)
                return;
            startLine(newline + 1, true);
            pos = newline + 1;
        }
    };

    qsizetype pos = from;
    if (m_skimmer.inEscape()) {
        // An escape sequence split across two appends: finish it before looking for the next.
        const qsizetype newline = find(pos, to, '\n');
        m_skimmer.skim(QByteArrayView(data + pos, newline - pos));
        m_styleTouched = true;
        m_lineHasEscape = true;
        indexLines(pos, newline);
        pos = newline;
    }
    while (pos < to) {
        const qsizetype escape = find(pos, to, '\x1b');
        indexLines(pos, escape);
        if (escape == to)
            break;
        // Escapes never span lines (see AnsiText::abortEscape), so skim up to the next newline.
        const qsizetype newline = find(escape, to, '\n');
        m_skimmer.skim(QByteArrayView(data + escape, newline - escape));
        m_styleTouched = true;
        m_lineHasEscape = true;
        indexLines(escape, newline);
        pos = newline;
    }
    if (!m_lineHasEscape)
        m_longest = std::max(m_longest, to - qsizetype(m_starts.back()));
}

void ConsoleBuffer::startLine(qsizetype offset, bool afterNewline)
{
    if (!m_lineHasEscape)
        m_longest = std::max(m_longest, offset - qsizetype(m_starts.back()) - (afterNewline ? 1 : 0));
    m_lineHasEscape = false;
    if (afterNewline)
        m_skimmer.abortEscape();
    m_starts.push_back(quint32(offset));
    if (m_styleTouched) {
        m_styleTouched = false;
        if (m_skimmer.style() != m_lastRecorded) {
            m_lastRecorded = m_skimmer.style();
            m_styles.emplace_back(quint32(m_starts.size() - 1), m_lastRecorded);
        }
    }
}

bool ConsoleBuffer::overLimit() const
{
    return m_bytes.size() > m_byteLimit || qint64(m_starts.size()) > m_byteLimit / bytesPerLineAllowance;
}

ConsoleBuffer::Removal ConsoleBuffer::dropMiddle()
{
    const qint64 lineLimit = m_byteLimit / bytesPerLineAllowance;
    const qsizetype current = qsizetype(m_starts.size()) - 1;  // the line being written stays
    const bool first = m_dropped == 0;
    if (first) {
        const auto half = std::lower_bound(m_starts.begin(), m_starts.end(), quint32(m_byteLimit / 2));
        m_headLines = quint32(std::min<qint64>(half - m_starts.begin(), lineLimit / 2));
    }
    const qsizetype head = m_headLines;
    if (head >= current)
        return {};
    // Down to 5/8 of the limits: the tail kept (1/8 to 1/2 of the limit) is moved once per 3/8
    // of the limit appended, a third of a byte per byte.
    const qint64 excessBytes = m_bytes.size() - m_byteLimit * 5 / 8;
    const qint64 excessLines = qint64(m_starts.size()) - lineLimit * 5 / 8;
    const qint64 byteTarget = qint64(m_starts[head]) + std::max<qint64>(excessBytes, 0);
    const auto byByte = std::lower_bound(m_starts.begin() + head, m_starts.end(), quint32(std::min<qint64>(byteTarget, std::numeric_limits<quint32>::max())));
    qsizetype end = std::max<qsizetype>(byByte - m_starts.begin(), head + std::max<qint64>(excessLines, 0));
    end = std::clamp<qsizetype>(end, head + 1, current);

    const quint32 fromByte = m_starts[head];
    const quint32 toByte = m_starts[end];
    const quint32 removedBytes = toByte - fromByte;
    const qsizetype removedLines = end - head;
    const AnsiStyle kept = styleAt(end);
    m_bytes.remove(fromByte, removedBytes);
    m_starts.erase(m_starts.begin() + head, m_starts.begin() + end);
    for (auto it = m_starts.begin() + head; it != m_starts.end(); ++it)
        *it -= removedBytes;
    const auto byLine = [](const auto &entry, quint32 line) { return entry.first < line; };
    auto low = std::lower_bound(m_styles.begin(), m_styles.end(), quint32(head), byLine);
    auto high = std::lower_bound(low, m_styles.end(), quint32(end + 1), byLine);
    auto next = m_styles.erase(low, high);
    for (auto it = next; it != m_styles.end(); ++it)
        it->first -= quint32(removedLines);
    m_styles.insert(next, {quint32(head), kept});
    m_dropped += removedBytes;

    // Shown lines: the first drop turns line `head` into the marker; later ones remove lines after it.
    return Removal{head + 1, removedLines - (first ? 1 : 0)};
}

QString ConsoleBuffer::markerText() const
{
    return tr("[%1 of output not shown here: only the first and the last part of a run are kept]")
        .arg(QLocale().formattedDataSize(m_dropped));
}

} // namespace gl
