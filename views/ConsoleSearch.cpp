#include "ConsoleSearch.h"

#include "ConsoleBuffer.h"

#include <QLatin1StringView>
#include <algorithm>

namespace gl {

namespace {

// Such a line reads exactly as its bytes: no escapes, tabs, controls or multi-byte characters.
bool isPlainAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
}

} // namespace

void ConsoleSearch::setNeedle(const QString &needle)
{
    // Matching ignores case, so "Error" after "error" is the same search going on.
    const bool same = needle.compare(m_needle, Qt::CaseInsensitive) == 0;
    m_needle = needle;
    if (!same)
        reset();
}

void ConsoleSearch::reset()
{
    std::vector<Match>().swap(m_matches);
    m_scanned = 0;
    m_provisional = 0;
    m_truncated = false;
}

void ConsoleSearch::update(const ConsoleBuffer &buffer)
{
    if (m_needle.isEmpty())
        return;
    m_matches.resize(m_matches.size() - size_t(m_provisional));
    m_provisional = 0;
    const qsizetype finished = buffer.finishedLineCount();
    for (; m_scanned < finished && !m_truncated; ++m_scanned)
        scanLine(buffer, m_scanned);
    if (buffer.lineCount() > finished && !m_truncated) {
        const size_t before = m_matches.size();
        scanLine(buffer, finished);
        m_provisional = qsizetype(m_matches.size() - before);
    }
}

void ConsoleSearch::scanLine(const ConsoleBuffer &buffer, qsizetype line)
{
    const QByteArrayView raw = buffer.rawLine(line);
    const qsizetype length = m_needle.size();
    const auto add = [&](qsizetype column) {
        if (qsizetype(m_matches.size()) >= maxMatches) {
            m_truncated = true;
            return false;
        }
        m_matches.push_back(Match{line, column, length});
        return true;
    };
    if (!raw.isEmpty() && isPlainAscii(raw)) {
        // The common case (build and test logs) without decoding the line into a QString.
        const QLatin1StringView text(raw.data(), raw.size());
        for (qsizetype at = text.indexOf(m_needle, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(m_needle, at + length, Qt::CaseInsensitive)) {
            if (!add(at))
                return;
        }
        return;
    }
    for (qsizetype column : columnsIn(buffer.lineText(line), m_needle)) {
        if (!add(column))
            return;
    }
}

qsizetype ConsoleSearch::firstFrom(qsizetype line) const
{
    const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), line,
                                     [](const Match &m, qsizetype l) { return m.line < l; });
    return it == m_matches.end() ? -1 : qsizetype(it - m_matches.begin());
}

qsizetype ConsoleSearch::lastUpTo(qsizetype line) const
{
    const auto it = std::upper_bound(m_matches.begin(), m_matches.end(), line,
                                     [](qsizetype l, const Match &m) { return l < m.line; });
    return it == m_matches.begin() ? -1 : qsizetype(it - m_matches.begin()) - 1;
}

std::vector<qsizetype> ConsoleSearch::columnsIn(const QString &text, const QString &needle)
{
    std::vector<qsizetype> columns;
    if (needle.isEmpty())
        return columns;
    for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive))
        columns.push_back(at);
    return columns;
}

} // namespace gl
