#pragma once
// Where a text occurs in a console's output, case-insensitively, as the person reads it (escapes
// removed). Kept between searches and extended only over lines that arrived since, so stepping
// through matches of a long log with Enter stays cheap while the run goes on printing.

#include <QString>
#include <vector>

namespace gl {

class ConsoleBuffer;

class ConsoleSearch final {
public:
    struct Match {
        qsizetype line = -1;
        qsizetype column = 0;
        qsizetype length = 0;
    };
    // Past this many, matches are not recorded (a one-letter search in 64 MiB would need 1 GB).
    static constexpr qsizetype maxMatches = 1000000;

    // A different needle (ignoring case) forgets everything found so far.
    void setNeedle(const QString &needle);
    const QString &needle() const { return m_needle; }
    // The buffer was cleared or lost lines: matches must be found again.
    void reset();
    // Scans the lines that are new (or were unfinished) since the last call.
    void update(const ConsoleBuffer &buffer);

    qsizetype count() const { return qsizetype(m_matches.size()); }
    bool truncated() const { return m_truncated; }
    const Match &at(qsizetype index) const { return m_matches[size_t(index)]; }
    // Index of the first match on or after line, or of the last one on or before it; -1 if none.
    qsizetype firstFrom(qsizetype line) const;
    qsizetype lastUpTo(qsizetype line) const;

    // Columns of the needle's non-overlapping occurrences in one line of text.
    static std::vector<qsizetype> columnsIn(const QString &text, const QString &needle);

private:
    void scanLine(const ConsoleBuffer &buffer, qsizetype line);

    QString m_needle;
    std::vector<Match> m_matches;
    qsizetype m_scanned = 0;       // finished lines already scanned
    qsizetype m_provisional = 0;   // matches at the end that belong to an unfinished last line
    bool m_truncated = false;
};

} // namespace gl
