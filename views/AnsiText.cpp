#include "AnsiText.h"

#include <algorithm>
#include <cstring>

namespace gl {

namespace {

constexpr uchar esc = 0x1b;
constexpr uchar bel = 0x07;
constexpr uchar can = 0x18;
constexpr uchar sub = 0x1a;
constexpr qsizetype maxParamBytes = 64;
constexpr int tabWidth = 8;

bool isText(uchar c)
{
    return c >= 0x20 && c != 0x7f;
}

// Bytes at the end of utf8 that start a character still waiting for its continuation bytes.
qsizetype incompleteTail(QByteArrayView utf8)
{
    const qsizetype n = utf8.size();
    for (qsizetype k = 1; k <= 3 && k <= n; ++k) {
        const uchar c = uchar(utf8[n - k]);
        if ((c & 0xc0) == 0x80)
            continue;
        const qsizetype need = (c >= 0xf0 && c <= 0xf4) ? 4 : (c >= 0xe0 && c <= 0xef) ? 3 : (c >= 0xc2 && c <= 0xdf) ? 2 : 1;
        return need > k ? k : 0;
    }
    return 0;
}

// C1 controls and bidirectional overrides could disguise or reorder what a line says.
bool isDisguising(char16_t u)
{
    return (u >= 0x80 && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
}

bool inByteRange(int v)
{
    return v >= 0 && v <= 255;
}

// Tuned so that every colour stays readable on its background (yellow on white is not).
constexpr QRgb darkPalette[16] = {
    0xff000000, 0xffcd3131, 0xff0dbc79, 0xffe5e510, 0xff2472c8, 0xffbc3fbc, 0xff11a8cd, 0xffe5e5e5,
    0xff666666, 0xfff14c4c, 0xff23d18b, 0xfff5f543, 0xff3b8eea, 0xffd670d6, 0xff29b8db, 0xffffffff,
};
constexpr QRgb lightPalette[16] = {
    0xff000000, 0xffcd3131, 0xff00a000, 0xff949800, 0xff0451a5, 0xffbc05bc, 0xff0598bc, 0xff555555,
    0xff666666, 0xffe03030, 0xff14a014, 0xffa0a000, 0xff2a6fd0, 0xffd020d0, 0xff0aa0c8, 0xff777777,
};

} // namespace

AnsiColour AnsiColour::indexed(int index)
{
    AnsiColour c;
    c.kind = Kind::Indexed;
    c.index = quint8(index);
    return c;
}

AnsiColour AnsiColour::rgb(int red, int green, int blue)
{
    AnsiColour c;
    c.kind = Kind::Rgb;
    c.red = quint8(red);
    c.green = quint8(green);
    c.blue = quint8(blue);
    return c;
}

AnsiText::AnsiText(const AnsiStyle &start)
    : m_style(start)
{
}

void AnsiText::setTextLimit(qsizetype characters)
{
    m_limit = characters;
}

void AnsiText::append(QByteArrayView bytes)
{
    process(bytes, true);
}

void AnsiText::skim(QByteArrayView bytes)
{
    process(bytes, false);
}

void AnsiText::finish()
{
    m_state = State::Ground;
    // Cut by the limit, the held bytes are the start of a character that was not wanted, not a broken one.
    if (m_truncated)
        m_partial.clear();
    flushPartialCharacter();
    m_pendingCr = false;
}

QString AnsiText::plainText(QByteArrayView bytes)
{
    AnsiText parsed;
    parsed.append(bytes);
    parsed.finish();
    return parsed.text();
}

void AnsiText::process(QByteArrayView bytes, bool produce)
{
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    while (p < end) {
        if (m_state != State::Ground) {
            // A byte that ends a sequence without belonging to it is read again as text.
            if (escapeByte(uchar(*p)))
                ++p;
            continue;
        }
        if (!produce) {
            const void *found = std::memchr(p, esc, size_t(end - p));
            if (!found)
                return;
            p = static_cast<const char *>(found) + 1;
            m_state = State::Escape;
            continue;
        }
        if (m_limit >= 0 && m_text.size() >= m_limit) {
            m_truncated = true;
            return;
        }
        const char *run = p;
        // Under a limit, no more bytes than could make the characters still wanted (4 per character).
        const char *runEnd = m_limit >= 0 ? std::min(end, p + 4 * (m_limit - m_text.size())) : end;
        while (p < runEnd && isText(uchar(*p)))
            ++p;
        if (p != run) {
            resolveCarriageReturn();
            appendText(QByteArrayView(run, p - run));
        }
        // A run cut short by the limit stops on a text byte, which is no special.
        if (p < end && !isText(uchar(*p)))
            special(uchar(*p++));
    }
}

bool AnsiText::escapeByte(uchar c)
{
    // Shared by the states that have not reached their final byte yet.
    const auto control = [this](uchar b) {
        if (b == esc) {
            m_state = State::Escape;
            return true;
        }
        if (b == can || b == sub) {
            m_state = State::Ground;
            return true;
        }
        if (b == '\n' || b >= 0x7f) {
            m_state = State::Ground;
            return false;
        }
        return true;  // other C0 controls inside a sequence are swallowed, never shown
    };

    switch (m_state) {
    case State::Ground:
        return false;
    case State::Escape:
        if (c == '[') {
            m_state = State::Csi;
            m_params.clear();
            m_csiIgnored = false;
            return true;
        }
        if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') {
            m_state = State::String;
            return true;
        }
        if (c >= 0x20 && c <= 0x2f) {
            m_state = State::EscapeIntermediate;
            return true;
        }
        if (c >= 0x30 && c <= 0x7e) {
            m_state = State::Ground;
            return true;
        }
        return control(c);
    case State::EscapeIntermediate:
        if (c >= 0x20 && c <= 0x2f)
            return true;
        if (c >= 0x30 && c <= 0x7e) {
            m_state = State::Ground;
            return true;
        }
        return control(c);
    case State::Csi:
        if (c >= 0x30 && c <= 0x3f) {
            if (c >= 0x3c || m_params.size() >= maxParamBytes)
                m_csiIgnored = true;  // private modes ("?25l") are never SGR
            else
                m_params.append(char(c));
            return true;
        }
        if (c >= 0x20 && c <= 0x2f) {
            m_csiIgnored = true;
            return true;
        }
        if (c >= 0x40 && c <= 0x7e) {
            if (c == 'm' && !m_csiIgnored)
                applySgr();
            m_state = State::Ground;
            return true;
        }
        return control(c);
    case State::String:
        if (c == bel || c == can || c == sub) {
            m_state = State::Ground;
            return true;
        }
        if (c == esc) {
            m_state = State::StringEscape;
            return true;
        }
        if (c == '\n') {
            m_state = State::Ground;
            return false;
        }
        return true;
    case State::StringEscape:
        if (c == '\\') {
            m_state = State::Ground;
            return true;
        }
        m_state = State::Escape;
        return escapeByte(c);
    }
    return false;
}

void AnsiText::special(uchar c)
{
    flushPartialCharacter();
    switch (c) {
    case '\n':
        m_pendingCr = false;
        appendStyled(u"\n");
        m_lineStart = m_text.size();
        return;
    case '\r':
        // Only what follows decides: "\r\n" is a line end, "\r" then text redraws the line.
        m_pendingCr = true;
        return;
    case esc:
        m_state = State::Escape;
        return;
    case '\t': {
        resolveCarriageReturn();
        const qsizetype column = m_text.size() - m_lineStart;
        appendStyled(QStringView(u"        ").first(tabWidth - column % tabWidth));
        return;
    }
    default: {
        resolveCarriageReturn();
        // Caret notation in reverse video, as less shows them: "^G" instead of a bell. (The
        // U+2400 control pictures are missing from most monospace fonts.)
        const AnsiStyle outside = m_style;
        m_style.inverse = !m_style.inverse;
        const QChar caret[2] = {QLatin1Char('^'), QLatin1Char(c == 0x7f ? '?' : char(c + 0x40))};
        appendStyled(QStringView(caret, 2));
        m_style = outside;
        return;
    }
    }
}

void AnsiText::appendText(QByteArrayView utf8)
{
    QByteArray joined;
    if (!m_partial.isEmpty()) {
        joined = m_partial + utf8;
        m_partial.clear();
        utf8 = joined;
    }
    const qsizetype tail = incompleteTail(utf8);
    if (tail > 0)
        m_partial = utf8.last(tail).toByteArray();
    appendDecoded(QString::fromUtf8(utf8.first(utf8.size() - tail)));
}

void AnsiText::appendDecoded(QString decoded)
{
    for (QChar &ch : decoded) {
        if (isDisguising(ch.unicode()))
            ch = QChar::ReplacementCharacter;
    }
    appendStyled(decoded);
}

void AnsiText::appendStyled(QStringView text)
{
    if (text.isEmpty())
        return;
    if (!m_spans.isEmpty()) {
        AnsiSpan &last = m_spans.last();
        if (last.style == m_style && last.start + last.length == m_text.size()) {
            last.length += text.size();
            m_text += text;
            return;
        }
    }
    m_spans.append(AnsiSpan{m_text.size(), text.size(), m_style});
    m_text += text;
}

void AnsiText::resolveCarriageReturn()
{
    if (!m_pendingCr)
        return;
    m_pendingCr = false;
    m_text.truncate(m_lineStart);
    while (!m_spans.isEmpty() && m_spans.last().start >= m_lineStart)
        m_spans.removeLast();
    if (!m_spans.isEmpty()) {
        AnsiSpan &last = m_spans.last();
        last.length = std::min(last.length, m_lineStart - last.start);
    }
}

void AnsiText::flushPartialCharacter()
{
    if (m_partial.isEmpty())
        return;
    m_partial.clear();
    resolveCarriageReturn();
    const QChar replacement = QChar::ReplacementCharacter;
    appendStyled(QStringView(&replacement, 1));
}

void AnsiText::applySgr()
{
    // Flat list of numbers; colon[i] marks a sub-parameter ("38:2::255:0:0") of the one before.
    constexpr int maxValues = int(maxParamBytes) + 1;
    int values[maxValues];
    bool colon[maxValues];
    int n = 0;
    int current = -1;
    bool colonBefore = false;
    for (const char ch : std::as_const(m_params)) {
        if (ch >= '0' && ch <= '9') {
            current = std::min(std::max(current, 0), 100000) * 10 + (ch - '0');
            continue;
        }
        values[n] = current;
        colon[n] = colonBefore;
        ++n;
        current = -1;
        colonBefore = ch == ':';
    }
    values[n] = current;
    colon[n] = colonBefore;
    ++n;

    const auto at = [&](int i) { return i < n ? std::max(values[i], 0) : -1; };
    int i = 0;
    while (i < n) {
        const int code = std::max(values[i], 0);
        int next = i + 1;
        while (next < n && colon[next])
            ++next;
        switch (code) {
        case 0: m_style = AnsiStyle(); break;
        case 1: m_style.bold = true; break;
        case 2: m_style.faint = true; break;
        case 3: m_style.italic = true; break;
        case 4: case 21: m_style.underline = true; break;
        case 7: m_style.inverse = true; break;
        case 22: m_style.bold = false; m_style.faint = false; break;
        case 23: m_style.italic = false; break;
        case 24: m_style.underline = false; break;
        case 27: m_style.inverse = false; break;
        case 39: m_style.foreground = AnsiColour(); break;
        case 49: m_style.background = AnsiColour(); break;
        case 38:
        case 48: {
            AnsiColour colour;
            bool valid = false;
            if (next > i + 1) {
                // Colon form: 38:5:N, 38:2:R:G:B or 38:2:<colour space>:R:G:B.
                const int count = next - i - 1;
                if (at(i + 1) == 5 && count >= 2 && inByteRange(at(i + 2))) {
                    colour = AnsiColour::indexed(at(i + 2));
                    valid = true;
                } else if (at(i + 1) == 2 && count >= 4) {
                    const int first = count >= 5 ? i + 3 : i + 2;
                    if (inByteRange(at(first)) && inByteRange(at(first + 1)) && inByteRange(at(first + 2))) {
                        colour = AnsiColour::rgb(at(first), at(first + 1), at(first + 2));
                        valid = true;
                    }
                }
            } else if (at(i + 1) == 5) {
                next = i + 3;
                if (inByteRange(at(i + 2))) {
                    colour = AnsiColour::indexed(at(i + 2));
                    valid = true;
                }
            } else if (at(i + 1) == 2) {
                next = i + 5;
                if (inByteRange(at(i + 2)) && inByteRange(at(i + 3)) && inByteRange(at(i + 4))) {
                    colour = AnsiColour::rgb(at(i + 2), at(i + 3), at(i + 4));
                    valid = true;
                }
            } else {
                return;  // an unknown colour form: what follows cannot be read reliably
            }
            if (valid)
                (code == 38 ? m_style.foreground : m_style.background) = colour;
            break;
        }
        default:
            if (code >= 30 && code <= 37)
                m_style.foreground = AnsiColour::indexed(code - 30);
            else if (code >= 40 && code <= 47)
                m_style.background = AnsiColour::indexed(code - 40);
            else if (code >= 90 && code <= 97)
                m_style.foreground = AnsiColour::indexed(code - 90 + 8);
            else if (code >= 100 && code <= 107)
                m_style.background = AnsiColour::indexed(code - 100 + 8);
            break;  // blink, conceal, strike-through, fonts...: not shown
        }
        i = next;
    }
}

QColor AnsiText::toColour(const AnsiColour &colour, bool darkBackground)
{
    switch (colour.kind) {
    case AnsiColour::Kind::Default:
        return {};
    case AnsiColour::Kind::Rgb:
        return QColor(colour.red, colour.green, colour.blue);
    case AnsiColour::Kind::Indexed:
        break;
    }
    const int index = colour.index;
    if (index < 16)
        return QColor::fromRgb(darkBackground ? darkPalette[index] : lightPalette[index]);
    if (index < 232) {
        // The 6x6x6 cube: levels 0, 95, 135, 175, 215, 255.
        const int cube = index - 16;
        const auto level = [](int v) { return v == 0 ? 0 : 55 + v * 40; };
        return QColor(level(cube / 36), level(cube / 6 % 6), level(cube % 6));
    }
    const int grey = 8 + (index - 232) * 10;
    return QColor(grey, grey, grey);
}

} // namespace gl
