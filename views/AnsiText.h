#pragma once
// Turns a command's raw output (UTF-8 with ANSI escape sequences) into plain text plus styled
// spans. Only SGR colours and weights survive; every other escape sequence (cursor movement, OSC
// titles and links, DCS ...) is dropped, and control characters become visible symbols, because
// the output is untrusted and must never act on the console showing it.

#include <QByteArray>
#include <QByteArrayView>
#include <QColor>
#include <QList>
#include <QString>

namespace gl {

struct AnsiColour {
    enum class Kind : quint8 { Default, Indexed, Rgb };
    Kind kind = Kind::Default;
    quint8 index = 0;              // Indexed: 0-7 standard, 8-15 bright, 16-255 cube and greys
    quint8 red = 0, green = 0, blue = 0;  // Rgb

    static AnsiColour indexed(int index);
    static AnsiColour rgb(int red, int green, int blue);
    bool isDefault() const { return kind == Kind::Default; }
    friend bool operator==(const AnsiColour &, const AnsiColour &) = default;
};

struct AnsiStyle {
    AnsiColour foreground;
    AnsiColour background;
    bool bold = false;
    bool faint = false;
    bool italic = false;
    bool underline = false;
    bool inverse = false;

    bool isPlain() const { return *this == AnsiStyle(); }
    friend bool operator==(const AnsiStyle &, const AnsiStyle &) = default;
};

// [start, start + length) of text() drawn in style; the spans of a parse cover all of its text.
struct AnsiSpan {
    qsizetype start = 0;
    qsizetype length = 0;
    AnsiStyle style;
};

class AnsiText final {
public:
    explicit AnsiText(const AnsiStyle &start = {});

    // Streaming: an escape sequence or a UTF-8 character split across two calls is joined.
    void append(QByteArrayView bytes);
    // The stream ended: an incomplete UTF-8 character shows as U+FFFD, an incomplete escape is dropped.
    void finish();

    // What a person sees: escapes gone, tabs expanded to 8 columns, "\r\n" a newline, a lone
    // "\r" (a progress bar redrawing itself) clears its line, other controls as "^G" in reverse video.
    const QString &text() const { return m_text; }
    const QList<AnsiSpan> &spans() const { return m_spans; }
    // Stops producing text once text() holds about this many characters (it may hold a few
    // more), for a painter that needs only the columns in view of a very long line.
    void setTextLimit(qsizetype characters);
    bool truncated() const { return m_truncated; }
    // The style in effect after everything appended so far.
    const AnsiStyle &style() const { return m_style; }

    // Follows only the style through bytes, producing no text: what an indexer needs at the speed
    // of memchr. Text bytes are skipped, so CR, tabs and UTF-8 are not tracked in this mode.
    void skim(QByteArrayView bytes);
    bool inEscape() const { return m_state != State::Ground; }
    // A newline ends any escape sequence still open (our rule, so that one line decodes alone).
    void abortEscape() { m_state = State::Ground; }

    // One-shot convenience for tests and copying.
    static QString plainText(QByteArrayView bytes);

    // The colour to paint for an indexed or RGB colour; invalid for the default colour. The 16
    // standard colours are tuned for a light or a dark background.
    static QColor toColour(const AnsiColour &colour, bool darkBackground);

private:
    enum class State : quint8 { Ground, Escape, EscapeIntermediate, Csi, String, StringEscape };

    void process(QByteArrayView bytes, bool produce);
    bool escapeByte(uchar c);   // false: the byte ends the sequence and is text again
    void special(uchar c);
    void appendText(QByteArrayView utf8);
    void appendDecoded(QString decoded);
    void appendStyled(QStringView text);
    void resolveCarriageReturn();
    void flushPartialCharacter();
    void applySgr();

    AnsiStyle m_style;
    QString m_text;
    QList<AnsiSpan> m_spans;
    qsizetype m_lineStart = 0;
    qsizetype m_limit = -1;
    bool m_truncated = false;
    bool m_pendingCr = false;
    QByteArray m_partial;        // the start of a UTF-8 character whose rest has not arrived
    State m_state = State::Ground;
    QByteArray m_params;         // CSI parameter bytes
    bool m_csiIgnored = false;   // private marker, intermediates or overlong: not an SGR we apply
};

} // namespace gl
