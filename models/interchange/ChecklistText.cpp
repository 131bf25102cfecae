#include "interchange/ChecklistText.h"

#include "interchange/Mojibake.h"

#include <algorithm>

namespace gl {

namespace {

bool isDecorative(char32_t c)
{
    if (c < 0x200D)   // the first of them: text is mostly ASCII and needs no more tests
        return false;
    return (c >= 0x1F000 && c <= 0x1FFFF)      // emoji, pictographs, flags, skin tones
        || (c >= 0x2600 && c <= 0x27BF)        // miscellaneous symbols, dingbats (✅ ❌ ⚠)
        || (c >= 0x2B00 && c <= 0x2BFF)        // arrows and stars used as bullets (⭐ ⬆)
        || (c >= 0xFE00 && c <= 0xFE0F)        // variation selectors
        || c == 0x200D                         // zero-width joiner
        || c == 0x20E3                         // combining keycap
        || (c >= 0xE0020 && c <= 0xE007F);     // tag characters
}

bool isBreak(const MdInline &in)
{
    return in.kind == MdInline::Kind::SoftBreak || in.kind == MdInline::Kind::HardBreak;
}

// Non-empty, and whitespace only as single spaces between words: folding it changes nothing.
bool isFolded(QStringView text)
{
    if (text.isEmpty() || text.front() == QLatin1Char(' ') || text.back() == QLatin1Char(' '))
        return false;
    bool space = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u' ') {
            if (space)
                return false;
            space = true;
        } else if (u < 0x80 ? u >= u'\t' && u <= u'\r' : c.isSpace()) {
            return false;
        } else {
            space = false;
        }
    }
    return true;
}

bool isAscii(QStringView text)
{
    char16_t bits = 0;
    for (const QChar c : text)
        bits |= c.unicode();
    return bits < 0x80;
}

qsizetype backtickRun(const QString &text, qsizetype i)
{
    qsizetype j = i;
    while (j < text.size() && text.at(j) == QLatin1Char('`'))
        ++j;
    return j - i;
}

// Start of a closing run of exactly `length` backticks after `from`, or -1.
qsizetype closingRun(const QString &text, qsizetype from, qsizetype length)
{
    for (qsizetype j = from; j < text.size();) {
        if (text.at(j) != QLatin1Char('`')) {
            ++j;
            continue;
        }
        const qsizetype run = backtickRun(text, j);
        if (run == length)
            return j;
        j += run;
    }
    return -1;
}

} // namespace

std::vector<ChecklistText::Line> ChecklistText::lines(const std::vector<MdInline> &inlines)
{
    // Each line copied at its final size: this runs for every paragraph of every item.
    std::vector<Line> result;
    for (auto begin = inlines.begin();;) {
        const auto end = std::find_if(begin, inlines.end(), isBreak);
        result.emplace_back(begin, end);
        if (end == inlines.end())
            return result;
        begin = end + 1;
    }
}

ChecklistText::Line ChecklistText::firstLine(const std::vector<MdInline> &inlines)
{
    return Line(inlines.begin(), std::find_if(inlines.begin(), inlines.end(), isBreak));
}

QString ChecklistText::codeSpan(const QString &code)
{
    qsizetype longest = 0;
    for (qsizetype i = 0; i < code.size();) {
        const qsizetype run = backtickRun(code, i);
        longest = std::max(longest, run);
        i += run ? run : 1;
    }
    const QString fence(longest + 1, QLatin1Char('`'));
    // md4c strips one space on each side when both are there, and a backtick next to the fence would
    // merge with it: pad in both cases.
    const bool pad = code.startsWith(QLatin1Char('`')) || code.endsWith(QLatin1Char('`'))
        || (code.size() > 1 && code.startsWith(QLatin1Char(' ')) && code.endsWith(QLatin1Char(' '))
            && !code.trimmed().isEmpty());
    if (pad)
        return fence + QLatin1Char(' ') + code + QLatin1Char(' ') + fence;
    return fence + code + fence;
}

QString ChecklistText::render(const Line &line, bool keepCode, bool collapse)
{
    // The source was repaired before parsing; repairing again catches mojibake that Markdown
    // punctuation had split ("ğŸ*Ÿ¡" reads "ğŸŸ¡" once the emphasis is gone).
    return Mojibake::repair(renderRaw(line, keepCode, collapse));
}

QString ChecklistText::renderRaw(const Line &line, bool keepCode, bool collapse)
{
    // A code span kept as code keeps its spacing (a command's spacing is part of the command);
    // unwrapped, it is text like any other.

    // Most lines are one run of text with nothing to fold: that run is already the result.
    const bool oneRun = line.size() == 1 && line.front().kind == MdInline::Kind::Text;
    if (collapse && oneRun && isFolded(line.front().text))
        return line.front().text;
    QString out;   // stays null while nothing is written, which callers have always seen
    qsizetype capacity = 0;
    for (const MdInline &in : line)
        capacity += in.text.size() + 8;   // room for a blank, or for a code span's backticks
    // Room for the whole line at the first write, so appending word by word never reallocates.
    const auto reserve = [&] {
        if (out.isNull())
            out.reserve(capacity);
    };
    bool space = false;
    for (const MdInline &in : line) {
        if (in.kind == MdInline::Kind::Code && keepCode) {
            reserve();
            if (collapse && space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += codeSpan(in.text);
            continue;
        }
        if (!collapse) {
            out += in.text;
            continue;
        }
        const QStringView text(in.text);
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n;) {
            if (text.at(i).isSpace()) {
                space = true;
                ++i;
                continue;
            }
            qsizetype end = i + 1;
            while (end < n && !text.at(end).isSpace())
                ++end;
            reserve();
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += text.mid(i, end - i);
            i = end;
        }
    }
    return out;
}

QString ChecklistText::renderJoined(const std::vector<MdInline> &inlines, bool keepCode)
{
    QStringList parts;
    for (const Line &line : lines(inlines)) {
        const QString s = render(line, keepCode);
        if (!s.isEmpty())
            parts << s;
    }
    return parts.join(QLatin1Char(' '));
}

QString ChecklistText::stripDecorations(const QString &text)
{
    // Most titles have nothing to strip: the same text then, without building a copy.
    if (isAscii(text) && isFolded(text))
        return text;
    // Called for every item title, so one pass that writes straight into the result: dropping
    // characters and folding blanks only ever shortens the text. Lone surrogates read as U+FFFD, as
    // QString::toUcs4() reads them.
    QString out(text.size(), Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *end = begin;
    bool space = false;
    bool ascii = true;
    const QChar *in = text.constData();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = in[i].unicode();
        if (QChar::isSurrogate(c)) {
            if (QChar::isHighSurrogate(c) && i + 1 < n && in[i + 1].isLowSurrogate())
                c = QChar::surrogateToUcs4(char16_t(c), in[++i].unicode());
            else
                c = QChar::ReplacementCharacter;
        }
        // U+FEFF goes too: it always has, since QString::fromUcs4() drops it as a byte order mark.
        if (isDecorative(c) || c == QChar::ByteOrderMark)
            continue;
        if (QChar::isSpace(c)) {
            space = true;
            continue;
        }
        if (space && end != begin)
            *end++ = QLatin1Char(' ');
        space = false;
        ascii = ascii && c < 0x80;
        if (QChar::requiresSurrogates(c)) {
            *end++ = QChar(QChar::highSurrogate(c));
            *end++ = QChar(QChar::lowSurrogate(c));
        } else {
            *end++ = QChar(char16_t(c));
        }
    }
    if (end == begin)
        return QString();   // null, as the word list below has always returned it
    out.truncate(end - begin);
    // Only a word with no ASCII in it can be an emoji remnant.
    if (ascii)
        return out;
    QStringList words = out.split(QLatin1Char(' '));
    words.removeIf([](const QString &word) { return word.size() <= 4 && Mojibake::isEmojiRemnant(word); });
    return words.join(QLatin1Char(' '));
}

QString ChecklistText::itemTitle(const QString &text)
{
    QString title = stripDecorations(text);
    while (title.endsWith(QLatin1Char(':')))
        title = title.chopped(1).trimmed();
    return title;
}

QString ChecklistText::escape(const QString &text, int flags)
{
    QString out;
    out.reserve(text.size() + 8);
    const qsizetype n = text.size();
    qsizetype i = 0;
    if (flags & KeepSpaces) {
        for (; i < n && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('\t')); ++i)
            out += text.at(i) == QLatin1Char(' ') ? QStringLiteral("&#32;") : QStringLiteral("&#9;");
    }
    if ((flags & LineStart) && i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('=') || c == QLatin1Char('>')) {
            out += QLatin1Char('\\');
            out += c;
            ++i;
        } else if (c.isDigit()) {
            qsizetype j = i;
            while (j < n && text.at(j).isDigit())
                ++j;
            if (j < n && (text.at(j) == QLatin1Char('.') || text.at(j) == QLatin1Char(')'))) {
                out += QStringView(text).mid(i, j - i);
                out += QLatin1Char('\\');
                out += text.at(j);
                i = j + 1;
            }
        }
    }
    // A line of only '-', ':' and '|' would turn the line above it into a table header.
    bool delimiterLike = text.contains(QLatin1Char('-')) && text.contains(QLatin1Char('|'));
    for (QChar c : text) {
        if (c != QLatin1Char('-') && c != QLatin1Char(':') && c != QLatin1Char('|') && !c.isSpace()) {
            delimiterLike = false;
            break;
        }
    }
    const qsizetype firstText = i;
    while (i < n) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
        const QChar prev = i > 0 ? text.at(i - 1) : QChar();
        if (c == QLatin1Char('`')) {
            const qsizetype run = backtickRun(text, i);
            qsizetype close = (flags & KeepCode) ? closingRun(text, i + run, run) : -1;
            if (close >= 0) {
                // Kept only in the form codeSpan() writes, the form the importer renders it back in.
                QString inner = text.mid(i + run, close - i - run);
                if (inner.size() > 1 && inner.startsWith(QLatin1Char(' ')) && inner.endsWith(QLatin1Char(' '))
                    && !inner.trimmed().isEmpty())
                    inner = inner.mid(1, inner.size() - 2);
                if (codeSpan(inner) != QStringView(text).mid(i, close + run - i))
                    close = -1;
            }
            if (close >= 0) {
                out += QStringView(text).mid(i, close + run - i);
                i = close + run;
            } else {
                for (qsizetype k = 0; k < run; ++k)
                    out += QStringLiteral("\\`");
                i += run;
            }
            continue;
        }
        bool escapeIt = false;
        switch (c.unicode()) {
        case '\\': case '*': case '[': case ']': case '~':
            escapeIt = true;
            break;
        case '#': {
            // At the start, or as the last word of a heading (a closing sequence).
            bool trailing = true;
            for (qsizetype k = i; k < n; ++k) {
                if (text.at(k) != QLatin1Char('#') && !text.at(k).isSpace()) {
                    trailing = false;
                    break;
                }
            }
            escapeIt = i == firstText || trailing;
            break;
        }
        case '_':
            escapeIt = !(prev.isLetterOrNumber() && next.isLetterOrNumber());
            break;
        case '<':
            escapeIt = next.isLetter() || next == QLatin1Char('/') || next == QLatin1Char('!') || next == QLatin1Char('?');
            break;
        case '&':
            escapeIt = next.isLetter() || next == QLatin1Char('#');
            break;
        case '|':
            escapeIt = (flags & TableCell) || delimiterLike;
            break;
        case '>':
            escapeIt = i == firstText && (flags & LineStart);
            break;
        default:
            break;
        }
        if (escapeIt)
            out += QLatin1Char('\\');
        out += c;
        ++i;
    }
    return out;
}

} // namespace gl
