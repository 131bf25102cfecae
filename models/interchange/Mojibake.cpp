#include "interchange/Mojibake.h"

#include <QHash>
#include <QStringDecoder>
#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace gl {

namespace {

using HighHalf = std::array<char16_t, 128>;   // characters of bytes 0x80..0xFF

HighHalf windows1252()
{
    HighHalf t{};
    for (int i = 0; i < 128; ++i)
        t[size_t(i)] = char16_t(0x80 + i);    // Latin-1 above 0x9F; unassigned bytes stay C1 controls
    const char16_t c1[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    };
    for (int i = 0; i < 32; ++i)
        t[size_t(i)] = c1[i];
    return t;
}

HighHalf windows1254()
{
    // Turkish: Windows-1252 with six Latin-1 letters replaced and Ž/ž unassigned.
    HighHalf t = windows1252();
    t[0x8E - 0x80] = 0x008E;
    t[0x9E - 0x80] = 0x009E;
    t[0xD0 - 0x80] = 0x011E;
    t[0xDD - 0x80] = 0x0130;
    t[0xDE - 0x80] = 0x015E;
    t[0xF0 - 0x80] = 0x011F;
    t[0xFD - 0x80] = 0x0131;
    t[0xFE - 0x80] = 0x015F;
    return t;
}

HighHalf macRoman()
{
    const HighHalf t = {
        0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3,
        0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
        0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3,
        0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
        0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA,
        0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
        0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D,
        0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
        0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE,
        0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
        0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
    };
    return t;
}

struct CodePage {
    QHash<char16_t, char> toByte;
    QByteArray dropped;   // bytes the page leaves unassigned: lossy decoders drop them
};

CodePage reverse(const HighHalf &table, bool windows)
{
    CodePage page;
    for (size_t i = 0; i < table.size(); ++i) {
        page.toByte.insert(table[i], char(0x80 + i));
        if (windows && table[i] == char16_t(0x80 + i) && i < 0x20)
            page.dropped.append(char(0x80 + i));
    }
    return page;
}

const std::vector<CodePage> &codePages()
{
    static const std::vector<CodePage> pages = {reverse(windows1252(), true), reverse(windows1254(), true),
                                                reverse(macRoman(), false)};
    return pages;
}

bool plausible(const QString &s)
{
    if (s.isEmpty())
        return false;
    bool first = true;
    for (char32_t c : s.toUcs4()) {
        const QChar::Category cat = QChar::category(c);
        if (cat == QChar::Other_Control || cat == QChar::Other_NotAssigned || cat == QChar::Other_PrivateUse
            || cat == QChar::Other_Surrogate || c == 0xFFFD)
            return false;
        // Variation selectors 1-14 only follow CJK ideographs and a few math symbols: never mojibake output.
        if (c >= 0xFE00 && c <= 0xFE0D)
            return false;
        if (first && (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing || cat == QChar::Mark_SpacingCombining))
            return false;
        first = false;
    }
    return true;
}

// Characters with the Unicode Emoji property (and the joiners that build emoji sequences): the only
// characters whose mojibake loses bytes often enough to be worth completing.
bool isEmoji(char32_t c)
{
    static const std::pair<char32_t, char32_t> ranges[] = {
        {0x00A9, 0x00A9}, {0x00AE, 0x00AE}, {0x203C, 0x203C}, {0x2049, 0x2049}, {0x2122, 0x2122},
        {0x2139, 0x2139}, {0x2194, 0x2199}, {0x21A9, 0x21AA}, {0x231A, 0x231B}, {0x2328, 0x2328},
        {0x23CF, 0x23CF}, {0x23E9, 0x23F3}, {0x23F8, 0x23FA}, {0x24C2, 0x24C2}, {0x25AA, 0x25AB},
        {0x25B6, 0x25B6}, {0x25C0, 0x25C0}, {0x25FB, 0x25FE}, {0x2600, 0x2604}, {0x260E, 0x260E},
        {0x2611, 0x2611}, {0x2614, 0x2615}, {0x2618, 0x2618}, {0x261D, 0x261D}, {0x2620, 0x2620},
        {0x2622, 0x2623}, {0x2626, 0x2626}, {0x262A, 0x262A}, {0x262E, 0x262F}, {0x2638, 0x263A},
        {0x2640, 0x2640}, {0x2642, 0x2642}, {0x2648, 0x2653}, {0x265F, 0x2660}, {0x2663, 0x2663},
        {0x2665, 0x2666}, {0x2668, 0x2668}, {0x267B, 0x267B}, {0x267E, 0x267F}, {0x2692, 0x2697},
        {0x2699, 0x2699}, {0x269B, 0x269C}, {0x26A0, 0x26A1}, {0x26A7, 0x26A7}, {0x26AA, 0x26AB},
        {0x26B0, 0x26B1}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26C8, 0x26C8}, {0x26CE, 0x26CF},
        {0x26D1, 0x26D1}, {0x26D3, 0x26D4}, {0x26E9, 0x26EA}, {0x26F0, 0x26F5}, {0x26F7, 0x26FA},
        {0x26FD, 0x26FD}, {0x2702, 0x2702}, {0x2705, 0x2705}, {0x2708, 0x270D}, {0x270F, 0x270F},
        {0x2712, 0x2712}, {0x2714, 0x2714}, {0x2716, 0x2716}, {0x271D, 0x271D}, {0x2721, 0x2721},
        {0x2728, 0x2728}, {0x2733, 0x2734}, {0x2744, 0x2744}, {0x2747, 0x2747}, {0x274C, 0x274C},
        {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2763, 0x2764}, {0x2795, 0x2797},
        {0x27A1, 0x27A1}, {0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2934, 0x2935}, {0x2B05, 0x2B07},
        {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55}, {0x3030, 0x3030}, {0x303D, 0x303D},
        {0x3297, 0x3297}, {0x3299, 0x3299}, {0xFE0F, 0xFE0F}, {0x200D, 0x200D}, {0x20E3, 0x20E3},
        {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F170, 0x1F171}, {0x1F17E, 0x1F17F}, {0x1F18E, 0x1F18E},
        {0x1F191, 0x1F19A}, {0x1F1E6, 0x1F1FF}, {0x1F201, 0x1F202}, {0x1F21A, 0x1F21A}, {0x1F22F, 0x1F22F},
        {0x1F232, 0x1F23A}, {0x1F250, 0x1F251}, {0x1F300, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F7E0, 0x1F7EB},
        {0x1F7F0, 0x1F7F0}, {0x1F90C, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0xE0020, 0xE007F},
    };
    for (const auto &[from, to] : ranges) {
        if (c >= from && c <= to)
            return true;
    }
    return false;
}

struct Decoded {
    QString text;
    std::vector<std::pair<qsizetype, qsizetype>> spans;   // byte range of each code point
    std::vector<char32_t> codePoints;
    qsizetype brokenLead = -1;   // on failure: the lead byte of the broken sequence
    qsizetype brokenAt = -1;     //             and where it broke
};

// Strict UTF-8 (no overlongs, surrogates or values past U+10FFFF), remembering where each character sits.
bool decodeUtf8(const QByteArray &bytes, Decoded &out)
{
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        int need = 0;
        char32_t c = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (b < 0x80) {
            c = b;
        } else if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
            c = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            c = b & 0x0F;
            lo = b == 0xE0 ? 0xA0 : 0x80;
            hi = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            c = b & 0x07;
            lo = b == 0xF0 ? 0x90 : 0x80;
            hi = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            out.brokenLead = -1;
            return false;
        }
        qsizetype j = i + 1;
        for (int k = 0; k < need; ++k, ++j) {
            const auto cb = j < n ? static_cast<unsigned char>(bytes.at(j)) : 0;
            const unsigned char min = k == 0 ? lo : 0x80;
            const unsigned char max = k == 0 ? hi : 0xBF;
            if (j >= n || cb < min || cb > max) {
                out.brokenLead = i;
                out.brokenAt = j;
                return false;
            }
            c = (c << 6) | (cb & 0x3F);
        }
        out.codePoints.push_back(c);
        out.spans.emplace_back(i, j);
        out.text += QString::fromUcs4(&c, 1);
        i = j;
    }
    return true;
}

// Puts back bytes a lossy decoder dropped, inside the sequence that broke, at most `depth` of them.
// Keeps completions where every character that needed a byte put back is an emoji.
void complete(const QByteArray &bytes, const std::vector<qsizetype> &inserted, const QByteArray &pool, int depth,
              QStringList &results, qsizetype lastLead = -1)
{
    Decoded d;
    if (decodeUtf8(bytes, d)) {
        for (size_t k = 0; k < d.codePoints.size(); ++k) {
            const auto [from, to] = d.spans[k];
            const bool rebuilt = std::any_of(inserted.begin(), inserted.end(),
                                             [from = from, to = to](qsizetype p) { return p >= from && p < to; });
            if (rebuilt && !isEmoji(d.codePoints[k]))
                return;
        }
        if (plausible(d.text) && !results.contains(d.text))
            results << d.text;
        return;
    }
    // One lost byte per character, and at least two of its bytes still there: "â" alone in "château"
    // is a letter, not the remains of ⏏.
    if (depth == 0 || d.brokenLead < 0 || d.brokenAt - d.brokenLead < 2 || d.brokenLead == lastLead)
        return;
    for (qsizetype pos = d.brokenLead + 1; pos <= d.brokenAt; ++pos) {
        for (char b : pool) {
            QByteArray next = bytes;
            next.insert(pos, b);
            std::vector<qsizetype> moved;
            for (qsizetype p : inserted)
                moved.push_back(p >= pos ? p + 1 : p);
            moved.push_back(pos);
            complete(next, moved, pool, depth - 1, results, d.brokenLead);
        }
    }
}

std::optional<QByteArray> toBytes(const CodePage &page, QStringView run)
{
    QByteArray bytes;
    bytes.reserve(run.size());
    for (QChar ch : run) {
        const auto it = page.toByte.constFind(ch.unicode());
        if (it == page.toByte.constEnd())
            return std::nullopt;
        bytes.append(it.value());
    }
    return bytes;
}

// The repaired text of one run, or a null string when the run should stay as it is.
QString repairRun(QStringView run)
{
    QString agreed;
    bool conflict = false;
    for (const CodePage &page : codePages()) {
        const std::optional<QByteArray> bytes = toBytes(page, run);
        if (!bytes)
            continue;
        Decoded d;
        if (!decodeUtf8(*bytes, d) || !plausible(d.text))
            continue;
        if (agreed.isNull())
            agreed = d.text;
        else if (agreed != d.text)
            conflict = true;
    }
    if (conflict)
        return QString();
    if (!agreed.isNull())
        return agreed;

    // Second chance for Windows pages whose decoder dropped unassigned bytes ("âŒ" is ❌ without 0x9D):
    // only when exactly one emoji completion exists across all pages.
    if (run.size() > 24)
        return QString();
    QStringList results;
    for (const CodePage &page : codePages()) {
        if (page.dropped.isEmpty())
            continue;
        if (const std::optional<QByteArray> bytes = toBytes(page, run))
            complete(*bytes, {}, page.dropped, 2, results);
    }
    return results.size() == 1 ? results.first() : QString();
}

// A branch-free OR over the whole text, which the compiler vectorises.
bool isAscii(QStringView text)
{
    char16_t bits = 0;
    for (const QChar c : text)
        bits |= c.unicode();
    return bits < 0x80;
}

QString repairOnce(const QString &text, int *repairedRuns)
{
    int repaired = 0;
    QString out;
    qsizetype copied = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (text.at(i).unicode() < 0x80) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && text.at(end).unicode() >= 0x80)
            ++end;
        const QString fixed = repairRun(QStringView(text).mid(i, end - i));
        if (!fixed.isNull()) {
            out += QStringView(text).mid(copied, i - copied);
            out += fixed;
            copied = end;
            ++repaired;
        }
        i = end;
    }
    if (repairedRuns)
        *repairedRuns = repaired;
    if (repaired == 0)
        return text;
    out += QStringView(text).mid(copied);
    return out;
}

} // namespace

QString Mojibake::repair(const QString &text, int *repairedRuns)
{
    // Nearly all text is plain ASCII, and ASCII is never part of a run: nothing to look at.
    if (isAscii(text)) {
        if (repairedRuns)
            *repairedRuns = 0;
        return text;
    }
    int total = 0;
    QString current = text;
    for (int round = 0; round < 3; ++round) {
        int runs = 0;
        current = repairOnce(current, &runs);
        total += runs;
        if (runs == 0)
            break;
    }
    if (repairedRuns)
        *repairedRuns = total;
    return current;
}

bool Mojibake::isEmojiRemnant(QStringView word)
{
    // No code page maps an ASCII character to a high byte, so a word with one cannot be a remnant.
    if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x80; }))
        return false;
    for (const CodePage &page : codePages()) {
        if (page.dropped.isEmpty())
            continue;
        const std::optional<QByteArray> bytes = toBytes(page, word);
        Decoded d;
        if (bytes && bytes->size() >= 2 && bytes->size() <= 4 && bytes->startsWith("\xF0\x9F") && !decodeUtf8(*bytes, d))
            return true;
    }
    return false;
}

QString Mojibake::decodeUtf8OrWindows1252(const QByteArray &bytes, int *fallbackBytes)
{
    static const HighHalf table = windows1252();
    QString out;
    out.reserve(bytes.size());
    int fallback = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        if (b < 0x80) {
            out.append(QChar(char16_t(b)));
            ++i;
            continue;
        }
        const int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        Decoded d;
        if (length > 1 && i + length <= bytes.size() && decodeUtf8(bytes.mid(i, length), d)) {
            out += d.text;
            i += length;
            continue;
        }
        out.append(QChar(table[b - 0x80]));
        ++fallback;
        ++i;
    }
    if (fallbackBytes)
        *fallbackBytes = fallback;
    return out;
}

QString Mojibake::decodeWindows1252(const QByteArray &bytes)
{
    static const HighHalf table = windows1252();
    QString out;
    out.reserve(bytes.size());
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out.append(b < 0x80 ? QChar(char16_t(b)) : QChar(table[b - 0x80]));
    }
    return out;
}

} // namespace gl
