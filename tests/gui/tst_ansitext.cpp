// AnsiText: what a person sees of a command's raw output. SGR colours and weights become spans;
// every other escape sequence disappears; controls, broken UTF-8 and markup show as harmless text.

#include "AnsiText.h"

#include <QTest>

using namespace gl;

class TestAnsiText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void skimFollowsTheSameStyle_data();
    void skimFollowsTheSameStyle();
    void paletteColours();
};

namespace {

QString colourName(const AnsiColour &c)
{
    if (c.kind == AnsiColour::Kind::Indexed)
        return QString::number(c.index);
    return QStringLiteral("#%1%2%3")
        .arg(c.red, 2, 16, QLatin1Char('0'))
        .arg(c.green, 2, 16, QLatin1Char('0'))
        .arg(c.blue, 2, 16, QLatin1Char('0'));
}

QString styleName(const AnsiStyle &s)
{
    QStringList parts;
    if (!s.foreground.isDefault())
        parts << QStringLiteral("fg") + colourName(s.foreground);
    if (!s.background.isDefault())
        parts << QStringLiteral("bg") + colourName(s.background);
    if (s.bold)
        parts << QStringLiteral("b");
    if (s.faint)
        parts << QStringLiteral("f");
    if (s.italic)
        parts << QStringLiteral("i");
    if (s.underline)
        parts << QStringLiteral("u");
    if (s.inverse)
        parts << QStringLiteral("r");
    return parts.join(u' ');
}

// "[text|style][text|style]": the whole parse in one comparable string.
QString describe(const AnsiText &parsed)
{
    QString out;
    qsizetype covered = 0;
    for (const AnsiSpan &span : parsed.spans()) {
        if (span.start != covered)
            return QStringLiteral("gap before %1").arg(span.start);
        out += u'[' + parsed.text().mid(span.start, span.length) + u'|' + styleName(span.style) + u']';
        covered = span.start + span.length;
    }
    if (covered != parsed.text().size())
        return QStringLiteral("spans end at %1 of %2").arg(covered).arg(parsed.text().size());
    return out;
}

using Chunks = QList<QByteArray>;

} // namespace

void TestAnsiText::parses_data()
{
    QTest::addColumn<Chunks>("chunks");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, Chunks chunks, const QString &expected) {
        QTest::newRow(name) << chunks << expected;
    };
    const auto u = [](const char *utf8) { return QString::fromUtf8(utf8); };

    row("plain", {"hello"}, u("[hello|]"));
    row("standard colour then reset", {"\x1b[31mERROR\x1b[0m ok"}, u("[ERROR|fg1][ ok|]"));
    row("every standard foreground", {"\x1b[30ma\x1b[37mb"}, u("[a|fg0][b|fg7]"));
    row("background", {"\x1b[42mx\x1b[49my"}, u("[x|bg2][y|]"));
    row("bright foreground", {"\x1b[91mx\x1b[97my"}, u("[x|fg9][y|fg15]"));
    row("bright background", {"\x1b[104mx"}, u("[x|bg12]"));
    row("256 colours", {"\x1b[38;5;208mx\x1b[48;5;17my"}, u("[x|fg208][y|fg208 bg17]"));
    row("256 colours, colon form", {"\x1b[38:5:196mx"}, u("[x|fg196]"));
    row("truecolour", {"\x1b[38;2;10;20;30mx"}, u("[x|fg#0a141e]"));
    row("truecolour background", {"\x1b[48;2;255;128;0mx"}, u("[x|bg#ff8000]"));
    row("truecolour, colon form with colour space", {"\x1b[38:2::10:20:30mx"}, u("[x|fg#0a141e]"));
    row("truecolour, colon form without colour space", {"\x1b[38:2:10:20:30mx"}, u("[x|fg#0a141e]"));
    row("truecolour then more attributes", {"\x1b[38;2;1;2;3;1mx"}, u("[x|fg#010203 b]"));
    row("bold and reset", {"\x1b[1mB\x1b[0mN"}, u("[B|b][N|]"));
    row("empty SGR resets", {"\x1b[31ma\x1b[mb"}, u("[a|fg1][b|]"));
    row("combined then bold off", {"\x1b[1;31;44mx\x1b[22my"}, u("[x|fg1 bg4 b][y|fg1 bg4]"));
    row("default foreground", {"\x1b[31;1mx\x1b[39my"}, u("[x|fg1 b][y|b]"));
    row("italic underline inverse faint", {"\x1b[2;3;4;7mx\x1b[23;24;27my"}, u("[x|f i u r][y|f]"));
    row("out-of-range 256 colour ignored", {"\x1b[38;5;300mx"}, u("[x|]"));
    row("unknown colour form stops the sequence", {"\x1b[38;9;1;31mx"}, u("[x|]"));
    row("cursor movement stripped", {"a\x1b[2Kb\x1b[10;20Hc\x1b[?25ld\x1b[3Ae"}, u("[abcde|]"));
    row("private-mode m is not SGR", {"\x1b[?31mx"}, u("[x|]"));
    row("OSC title ended by BEL", {"\x1b]0;evil title\x07text"}, u("[text|]"));
    row("OSC hyperlink ended by ST", {"\x1b]8;;http://example.invalid\x1b\\link\x1b]8;;\x1b\\"}, u("[link|]"));
    row("DCS stripped", {"\x1bPq#0;2;0;0;0\x1b\\after"}, u("[after|]"));
    row("two-byte escapes stripped", {"\x1b(Bx\x1b=y\x1b" "7z\x1b" "c"}, u("[xyz|]"));
    row("escape split across appends", {"\x1b[3", "1mred"}, u("[red|fg1]"));
    row("escape split after ESC", {"\x1b", "[1;3", "4mX"}, u("[X|fg4 b]"));
    row("OSC split across appends", {"\x1b]0;ti", "tle\x07", "ok"}, u("[ok|]"));
    row("ST split across appends", {"\x1b]2;t\x1b", "\\ok"}, u("[ok|]"));
    row("UTF-8 split across appends", {"caf\xc3", "\xa9 \xe2\x9c", "\x93"}, u("[caf\xc3\xa9 \xe2\x9c\x93|]"));
    row("garbage bytes", {"\xff\xfeok\x80"}, u("[\xef\xbf\xbd\xef\xbf\xbdok\xef\xbf\xbd|]"));
    row("truncated UTF-8 at the end", {"ab\xe2\x9c"}, u("[ab\xef\xbf\xbd|]"));
    row("control characters visible", {"a\x07" "b\x08" "c\x7f" "d\x01"}, u("[a|][^G|r][b|][^H|r][c|][^?|r][d|][^A|r]"));
    row("control inside reverse colour", {"\x1b[31;7mx\x01y"}, u("[x|fg1 r][^A|fg1][y|fg1 r]"));
    row("C1 control and bidi override neutralised", {"a\xc2\x9b" "b\xe2\x80\xae" "c"}, u("[a\xef\xbf\xbd" "b\xef\xbf\xbd" "c|]"));
    row("tab to the next stop", {"a\tb\n12345678\tc"}, u("[a       b\n12345678        c|]"));
    row("CR LF is a newline", {"one\r\ntwo"}, u("[one\ntwo|]"));
    row("CR LF split across appends", {"one\r", "\ntwo"}, u("[one\ntwo|]"));
    row("lone CR redraws the line", {"first\n50%\r100%"}, u("[first\n100%|]"));
    row("lone CR keeps earlier styled lines", {"\x1b[32mok\x1b[0m\n10%\r\x1b[1mdone"}, u("[ok|fg2][\n|][done|b]"));
    row("trailing CR at the end", {"text\r"}, u("[text|]"));
    row("markup stays text", {"<b>x</b> &amp; <script>"}, u("[<b>x</b> &amp; <script>|]"));
    row("incomplete escape at the end dropped", {"ok\x1b[31"}, u("[ok|]"));
    row("newline ends an unterminated OSC", {"\x1b]0;title\nnext"}, u("[\nnext|]"));
    row("overlong parameters ignored", {"\x1b[" + QByteArray(500, '1') + "mx"}, u("[x|]"));
    row("CAN cancels a sequence", {"\x1b[31\x18x"}, u("[x|]"));
}

void TestAnsiText::parses()
{
    QFETCH(Chunks, chunks);
    QFETCH(QString, expected);
    AnsiText parsed;
    for (const QByteArray &chunk : chunks)
        parsed.append(chunk);
    parsed.finish();
    QCOMPARE(describe(parsed), expected);

    // The same bytes in one piece give the same result.
    AnsiText whole;
    whole.append(chunks.join());
    whole.finish();
    QCOMPARE(describe(whole), expected);
}

void TestAnsiText::skimFollowsTheSameStyle_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("colour left open") << QByteArray("\x1b[1;31mred and \x1b[4munderlined");
    QTest::newRow("reset at the end") << QByteArray("\x1b[32mgreen\x1b[0m");
    QTest::newRow("truecolour") << QByteArray("x\x1b[48;2;1;2;3my");
    QTest::newRow("colour inside an OSC is not applied") << QByteArray("\x1b]0;\x1b[31m\x07plain");
}

void TestAnsiText::skimFollowsTheSameStyle()
{
    QFETCH(QByteArray, bytes);
    AnsiText full;
    full.append(bytes);
    AnsiText skimmed;
    // One byte at a time: every escape is split.
    for (qsizetype i = 0; i < bytes.size(); ++i)
        skimmed.skim(QByteArrayView(bytes).sliced(i, 1));
    QCOMPARE(styleName(skimmed.style()), styleName(full.style()));
    QVERIFY(skimmed.text().isEmpty());
}

void TestAnsiText::paletteColours()
{
    // Red is red on both backgrounds; yellow is darker where the background is light.
    const QColor redOnDark = AnsiText::toColour(AnsiColour::indexed(1), true);
    QVERIFY(redOnDark.red() > 150 && redOnDark.green() < 100 && redOnDark.blue() < 100);
    QVERIFY(AnsiText::toColour(AnsiColour::indexed(3), false).lightness() < AnsiText::toColour(AnsiColour::indexed(3), true).lightness());
    QCOMPARE(AnsiText::toColour(AnsiColour::indexed(16), true), QColor(0, 0, 0));
    QCOMPARE(AnsiText::toColour(AnsiColour::indexed(196), true), QColor(255, 0, 0));
    QCOMPARE(AnsiText::toColour(AnsiColour::indexed(231), false), QColor(255, 255, 255));
    QCOMPARE(AnsiText::toColour(AnsiColour::indexed(232), true), QColor(8, 8, 8));
    QCOMPARE(AnsiText::toColour(AnsiColour::indexed(255), true), QColor(238, 238, 238));
    QCOMPARE(AnsiText::toColour(AnsiColour::rgb(1, 2, 3), true), QColor(1, 2, 3));
    QVERIFY(!AnsiText::toColour(AnsiColour(), true).isValid());
}

QTEST_GUILESS_MAIN(TestAnsiText)
#include "tst_ansitext.moc"
