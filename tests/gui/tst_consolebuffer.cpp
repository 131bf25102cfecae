// ConsoleBuffer: the line index behind the run console. Lines come out the same however the bytes
// were split, colours carry across lines as in a terminal, very long lines are cut so that no
// single line is expensive, and past the limit the head and the tail stay around one marker line.

#include "ConsoleBuffer.h"
#include "ConsoleSearch.h"

#include <QTest>

using namespace gl;

class TestConsoleBuffer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void linesAnyWayTheBytesArrive_data();
    void linesAnyWayTheBytesArrive();
    void coloursCarryAcrossLines();
    void longLinesAreCutAtCharacters();
    void decodesOnlyTheColumnsAskedFor();
    void headAndTailKeptPastTheLimit();
    void lineFloodIsLimitedToo();
    void searchIsIncremental();
};

void TestConsoleBuffer::linesAnyWayTheBytesArrive_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("empty") << QByteArray() << QStringList();
    QTest::newRow("one unfinished line") << QByteArray("abc") << QStringList{QStringLiteral("abc")};
    QTest::newRow("trailing newline adds no line") << QByteArray("a\nb\n") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("empty lines kept") << QByteArray("\n\nx") << QStringList{QString(), QString(), QStringLiteral("x")};
    QTest::newRow("CR LF") << QByteArray("one\r\ntwo\r\n") << QStringList{QStringLiteral("one"), QStringLiteral("two")};
    QTest::newRow("progress bar") << QByteArray("10%\r50%\r100%\ndone") << QStringList{QStringLiteral("100%"), QStringLiteral("done")};
    QTest::newRow("escape between lines") << QByteArray("a\x1b[31m\nb\x1b[0m\nc")
                                          << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
}

void TestConsoleBuffer::linesAnyWayTheBytesArrive()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, lines);
    // In one piece, byte by byte, and in threes: the same lines.
    for (qsizetype step : {bytes.size() + 1, qsizetype(1), qsizetype(3)}) {
        ConsoleBuffer buffer;
        for (qsizetype i = 0; i < bytes.size(); i += step)
            buffer.append(QByteArrayView(bytes).sliced(i, std::min(step, bytes.size() - i)));
        QStringList got;
        for (qsizetype i = 0; i < buffer.lineCount(); ++i)
            got << buffer.lineText(i);
        QCOMPARE(got, lines);
        QCOMPARE(buffer.totalBytes(), bytes.size());
    }
}

void TestConsoleBuffer::coloursCarryAcrossLines()
{
    ConsoleBuffer buffer;
    buffer.append("plain\n\x1b[32mgreen\nstill ");
    buffer.append("green\x1b[0m and plain\nplain again\n");
    QCOMPARE(buffer.lineCount(), 4);
    QVERIFY(buffer.line(0).spans.at(0).style.isPlain());
    QCOMPARE(buffer.line(1).spans.at(0).style.foreground, AnsiColour::indexed(2));
    // Line 2 starts green without an escape of its own, and is reset halfway.
    const ConsoleBuffer::Line third = buffer.line(2);
    QCOMPARE(third.text, QStringLiteral("still green and plain"));
    QCOMPARE(third.spans.size(), 2);
    QCOMPARE(third.spans.at(0).style.foreground, AnsiColour::indexed(2));
    QCOMPARE(third.spans.at(0).length, 11);
    QVERIFY(third.spans.at(1).style.isPlain());
    QVERIFY(buffer.line(3).spans.at(0).style.isPlain());
}

void TestConsoleBuffer::longLinesAreCutAtCharacters()
{
    // 40,000 two-byte characters and no newline: cut into pieces no longer than the maximum,
    // never inside a character, and nothing lost.
    const QString text(40000, QChar(0x00e9));
    ConsoleBuffer buffer;
    const QByteArray bytes = text.toUtf8();
    for (qsizetype i = 0; i < bytes.size(); i += 4099)
        buffer.append(QByteArrayView(bytes).sliced(i, std::min<qsizetype>(4099, bytes.size() - i)));
    QVERIFY(buffer.lineCount() >= 5);
    QString joined;
    for (qsizetype i = 0; i < buffer.lineCount(); ++i) {
        QVERIFY(buffer.rawLine(i).size() <= ConsoleBuffer::maxLineBytes);
        QVERIFY(!buffer.lineText(i).contains(QChar::ReplacementCharacter));
        joined += buffer.lineText(i);
    }
    QCOMPARE(joined, text);
    QVERIFY(buffer.longestLine() <= ConsoleBuffer::maxLineBytes);
}

void TestConsoleBuffer::decodesOnlyTheColumnsAskedFor()
{
    ConsoleBuffer buffer;
    QByteArray rainbow;
    for (int i = 0; i < 2000; ++i)
        rainbow += "\x1b[3" + QByteArray::number(i % 8) + "m" + char('a' + i % 26);
    buffer.append(QByteArray(rainbow + "\n" + QByteArray(100, 'x') + "\r" + QByteArray(10, 'y') + "\n"));
    const ConsoleBuffer::Line full = buffer.line(0);
    const ConsoleBuffer::Line start = buffer.line(0, 80);
    QCOMPARE(full.text.size(), 2000);
    QVERIFY(start.truncated && !full.truncated);
    QVERIFY(start.text.size() >= 80 && start.text.size() < 100);
    QVERIFY(full.text.startsWith(start.text));
    QCOMPARE(start.spans.at(79).style.foreground, AnsiColour::indexed(79 % 8));
    // A carriage return further on could still clear the start: such a line is decoded whole.
    const ConsoleBuffer::Line redrawn = buffer.line(1, 5);
    QVERIFY(!redrawn.truncated);
    QCOMPARE(redrawn.text, QStringLiteral("yyyyyyyyyy"));
}

void TestConsoleBuffer::headAndTailKeptPastTheLimit()
{
    ConsoleBuffer buffer(64 * 1024);
    const int lines = 20000;
    QByteArray all;
    for (int i = 0; i < lines; ++i)
        all += "line " + QByteArray::number(i).rightJustified(6, '0') + " \x1b[31mred\x1b[0m\n";
    qsizetype removed = 0;
    for (qsizetype i = 0; i < all.size(); i += 1000) {
        const ConsoleBuffer::Removal r = buffer.append(QByteArrayView(all).sliced(i, std::min<qsizetype>(1000, all.size() - i)));
        if (r.happened()) {
            QCOMPARE(r.first, buffer.markerLine() + 1);
            removed += r.count;
        }
    }
    QVERIFY(buffer.keptBytes() <= 64 * 1024);
    QCOMPARE(buffer.totalBytes(), all.size());
    QVERIFY(buffer.droppedBytes() > 0);
    const qsizetype marker = buffer.markerLine();
    QVERIFY(marker > 100);
    // Shown lines = all lines - removed lines (the first drop turned one line into the marker).
    QCOMPARE(buffer.lineCount(), lines - removed);
    QCOMPARE(buffer.lineText(0), QStringLiteral("line 000000 red"));
    QCOMPARE(buffer.lineText(marker - 1), QStringLiteral("line %1 red").arg(marker - 1, 6, 10, QLatin1Char('0')));
    QVERIFY(buffer.line(marker).marker);
    QVERIFY(buffer.lineText(marker).contains(QStringLiteral("not shown")));
    QCOMPARE(buffer.lineText(buffer.lineCount() - 1), QStringLiteral("line 019999 red"));
    // Colours still start where they should after the middle was cut out.
    QCOMPARE(buffer.line(marker + 1).spans.at(1).style.foreground, AnsiColour::indexed(1));
    QVERIFY(buffer.line(marker + 1).spans.at(0).style.isPlain());
}

void TestConsoleBuffer::lineFloodIsLimitedToo()
{
    // "y\n" forever costs more in index than in bytes: the line count is bounded as well.
    ConsoleBuffer buffer(64 * 1024);
    const QByteArray chunk = QByteArray("y\n").repeated(4096);
    for (int i = 0; i < 100; ++i)
        buffer.append(chunk);
    QVERIFY(buffer.lineCount() <= 64 * 1024 / 16 + 1);
    QCOMPARE(buffer.lineText(buffer.lineCount() - 1), QStringLiteral("y"));
    QCOMPARE(buffer.totalBytes(), 100 * chunk.size());
}

void TestConsoleBuffer::searchIsIncremental()
{
    ConsoleBuffer buffer;
    ConsoleSearch search;
    search.setNeedle(QStringLiteral("err"));
    buffer.append("ok\nERROR one\n\x1b[31merr\x1b[0mor two\tand Err");
    search.update(buffer);
    QCOMPARE(search.count(), 3);
    QCOMPARE(search.at(0).line, 1);
    QCOMPARE(search.at(1).line, 2);
    QCOMPARE(search.at(1).column, 0);
    // Escapes removed and the tab expanded: the match is where it is seen, not where its bytes are.
    QCOMPARE(search.at(2).column, 20);
    // The unfinished last line grows: its matches are found again, not twice.
    buffer.append(" err\nlast err");
    search.update(buffer);
    QCOMPARE(search.count(), 5);
    QCOMPARE(search.at(3).line, 2);
    QCOMPARE(search.at(4).line, 3);
    QCOMPARE(search.firstFrom(3), 4);
    QCOMPARE(search.lastUpTo(1), 0);
    QCOMPARE(search.firstFrom(4), -1);
    search.setNeedle(QStringLiteral("none"));
    search.update(buffer);
    QCOMPARE(search.count(), 0);
}

QTEST_GUILESS_MAIN(TestConsoleBuffer)
#include "tst_consolebuffer.moc"
