// RunConsole: takes a flood of output without stalling, follows the newest line until the person
// scrolls away, finds text, shows markup and controls literally, and paints colours it was sent.

#include "RunConsole.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace gl;

class TestRunConsole : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void millionLinesQuickly();
    void partialLineJoinedAcrossAppends();
    void followModeKeepsTheNewestLineInView();
    void searchFindsTheNthMatchAndScrollsToIt();
    void markupAndControlsShownLiterally();
    void paintsTheColoursItWasSent();
    void copiesSelectedLinesOrAll();
    void keepsHeadAndTailPastTheLimit();
};

namespace {

// A console on screen at a known size, with light colours so pixels can be told apart.
void prepare(RunConsole &console)
{
    QPalette light = console.palette();
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    console.setPalette(light);
    console.resize(480, 200);
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
}

bool isRed(QRgb p)
{
    return qRed(p) > 150 && qGreen(p) < 110 && qBlue(p) < 110;
}

int countPixels(const QImage &image, const QRect &area, const std::function<bool(QRgb)> &match)
{
    int n = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += match(image.pixel(x, y)) ? 1 : 0;
    return n;
}

} // namespace

void TestRunConsole::millionLinesQuickly()
{
    RunConsole console;
    QByteArray all;
    all.reserve(20 * 1000 * 1000);
    for (int i = 0; i < 1000000; ++i)
        all += "line " + QByteArray::number(i) + '\n';
    QElapsedTimer clock;
    clock.start();
    // In pipe-sized chunks, as a QProcess delivers them.
    for (qsizetype at = 0; at < all.size(); at += 65536)
        console.appendOutput(QByteArrayView(all).sliced(at, std::min<qsizetype>(65536, all.size() - at)));
    const qint64 ms = clock.elapsed();
    QCOMPARE(console.lineCount(), 1000000);
    QCOMPARE(console.lineText(0), QStringLiteral("line 0"));
    QCOMPARE(console.lineText(543210), QStringLiteral("line 543210"));
    QCOMPARE(console.lineText(999999), QStringLiteral("line 999999"));
    // About 14 MB: storing it is a memchr and a push_back per line (generous for sanitizer builds).
    QVERIFY2(ms < 3000, qPrintable(QStringLiteral("appending took %1 ms").arg(ms)));
}

void TestRunConsole::partialLineJoinedAcrossAppends()
{
    RunConsole console;
    console.appendOutput("hel");
    QCOMPARE(console.lineCount(), 1);
    QCOMPARE(console.lineText(0), QStringLiteral("hel"));
    console.appendOutput("lo wor");
    console.appendOutput("ld\r");
    console.appendOutput("\nnext");
    QCOMPARE(console.lineCount(), 2);
    QCOMPARE(console.lineText(0), QStringLiteral("hello world"));
    QCOMPARE(console.lineText(1), QStringLiteral("next"));
    console.appendOutput(" line\n");
    QCOMPARE(console.text(), QStringLiteral("hello world\nnext line"));
    console.clear();
    QCOMPARE(console.lineCount(), 0);
    QCOMPARE(console.text(), QString());
}

void TestRunConsole::followModeKeepsTheNewestLineInView()
{
    RunConsole console;
    prepare(console);
    QScrollBar *bar = console.verticalScrollBar();
    QSignalSpy following(&console, &RunConsole::followingChanged);
    QVERIFY(console.isFollowing());
    for (int i = 0; i < 500; ++i)
        console.appendOutput(QByteArray("output line " + QByteArray::number(i) + '\n'));
    // The view catches up on the next refresh, not on every append.
    QTRY_VERIFY(bar->maximum() > 400);
    QCOMPARE(bar->value(), bar->maximum());
    QCOMPARE(console.firstVisibleLine() + console.visibleLineCapacity(), 500);

    // Scrolling up stops following; more output leaves the view where the person put it.
    QTest::keyClick(console.viewport(), Qt::Key_PageUp);
    QVERIFY(!console.isFollowing());
    QCOMPARE(following.count(), 1);
    QCOMPARE(following.last().at(0).toBool(), false);
    const int parked = bar->value();
    QVERIFY(parked < bar->maximum());
    for (int i = 500; i < 1000; ++i)
        console.appendOutput(QByteArray("output line " + QByteArray::number(i) + '\n'));
    QTRY_VERIFY(bar->maximum() > 900);
    QCOMPARE(bar->value(), parked);

    // Scrolling back to the bottom resumes following.
    bar->triggerAction(QAbstractSlider::SliderToMaximum);
    QVERIFY(console.isFollowing());
    console.appendOutput("one more\n");
    QTRY_COMPARE(console.lineText(console.firstVisibleLine() + console.visibleLineCapacity() - 1), QStringLiteral("one more"));

    // Home stops it, End (like the toggle) resumes it.
    QTest::keyClick(console.viewport(), Qt::Key_Home);
    QCOMPARE(bar->value(), 0);
    QVERIFY(!console.isFollowing());
    QTest::keyClick(console.viewport(), Qt::Key_End);
    QVERIFY(console.isFollowing());
    QCOMPARE(bar->value(), bar->maximum());
    console.setFollowing(false);
    QVERIFY(!console.findChild<QAction *>(QStringLiteral("followAction"))->isChecked());
}

void TestRunConsole::searchFindsTheNthMatchAndScrollsToIt()
{
    RunConsole console;
    prepare(console);
    for (int i = 0; i < 1000; ++i) {
        if (i == 100 || i == 500 || i == 900)
            console.appendOutput(QByteArray("step " + QByteArray::number(i) + " hit the \x1b[1mNeEdLe\x1b[0m here\n"));
        else
            console.appendOutput(QByteArray("step " + QByteArray::number(i) + " nothing to see\n"));
    }
    QTest::keyClick(console.viewport(), Qt::Key_Home);
    QVERIFY(console.find(QStringLiteral("needle")));
    QCOMPARE(console.matchCount(), 3);
    QCOMPARE(console.currentMatch(), 1);
    QVERIFY(!console.isFollowing());
    const auto inView = [&](qsizetype line) {
        return line >= console.firstVisibleLine() && line < console.firstVisibleLine() + console.visibleLineCapacity();
    };
    QVERIFY(inView(100));
    QVERIFY(console.find(QStringLiteral("needle")));
    QCOMPARE(console.currentMatch(), 2);
    QVERIFY(inView(500));
    QVERIFY(!inView(100));
    QVERIFY(console.find(QStringLiteral("NEEDLE")));
    QCOMPARE(console.currentMatch(), 3);
    QVERIFY(inView(900));
    // Past the last match it wraps to the first; backwards wraps the other way.
    QVERIFY(console.find(QStringLiteral("needle")));
    QCOMPARE(console.currentMatch(), 1);
    QVERIFY(console.find(QStringLiteral("needle"), true));
    QCOMPARE(console.currentMatch(), 3);
    QVERIFY(console.find(QStringLiteral("needle"), true));
    QCOMPARE(console.currentMatch(), 2);

    // Matches in output that arrives later are found too.
    console.appendOutput("late needle\n");
    QVERIFY(console.find(QStringLiteral("needle")));
    QCOMPARE(console.matchCount(), 4);
    QCOMPARE(console.currentMatch(), 3);

    QVERIFY(!console.find(QStringLiteral("haystack")));
    QCOMPARE(console.matchCount(), 0);
    QCOMPARE(console.currentMatch(), 0);
}

void TestRunConsole::markupAndControlsShownLiterally()
{
    RunConsole console;
    console.appendOutput("<b>x</b> &amp; <a href=\"file:///etc/passwd\">link</a>\n");
    console.appendOutput("\x07" "bell\x1b]0;new window title\x07 \x1b[2J\x1b[Hafter clear\n");
    QCOMPARE(console.lineText(0), QStringLiteral("<b>x</b> &amp; <a href=\"file:///etc/passwd\">link</a>"));
    QCOMPARE(console.lineText(1), QStringLiteral("^Gbell after clear"));
    QVERIFY(console.windowTitle().isEmpty());
}

void TestRunConsole::paintsTheColoursItWasSent()
{
    RunConsole console;
    prepare(console);
    console.appendOutput("plain text first\n\x1b[31mERROR\x1b[0m in the second line\n");
    QTRY_COMPARE(console.verticalScrollBar()->maximum(), 0);
    QApplication::processEvents();
    const QFontMetrics metrics(console.font());
    const int lineHeight = metrics.lineSpacing();
    QImage image = console.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    image.setDevicePixelRatio(1);
    const QRect firstLine(0, 0, image.width(), lineHeight);
    const QRect secondLine(0, lineHeight, image.width(), lineHeight);
    const auto dark = [](QRgb p) { return qGray(p) < 100; };
    // Not blank: the first line has dark text, the second has red text, the first none.
    QVERIFY(countPixels(image, firstLine, dark) > 20);
    QVERIFY(countPixels(image, secondLine, isRed) > 10);
    QCOMPARE(countPixels(image, firstLine, isRed), 0);

    // Stripped colours: the same words, no red.
    console.setColoursStripped(true);
    image = console.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(countPixels(image, secondLine, isRed), 0);
    QVERIFY(countPixels(image, secondLine, dark) > 20);

    // A selected line: the selection colour behind, its text in the selected-text colour.
    QPalette selection = console.palette();
    selection.setColor(QPalette::Highlight, QColor(0x30, 0x60, 0xc0));
    selection.setColor(QPalette::HighlightedText, Qt::white);
    console.setPalette(selection);
    console.selectLines(0, 0);
    image = console.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const auto highlight = [](QRgb p) { return p == qRgb(0x30, 0x60, 0xc0); };
    const auto light = [](QRgb p) { return qGray(p) > 200; };
    QVERIFY(countPixels(image, firstLine, highlight) > image.width() * lineHeight / 2);
    QVERIFY(countPixels(image, firstLine, light) > 20);
    QCOMPARE(countPixels(image, secondLine, highlight), 0);
}

void TestRunConsole::copiesSelectedLinesOrAll()
{
    RunConsole console;
    prepare(console);
    console.appendOutput("zero\n\x1b[32mone\x1b[0m\ntwo\nthree");
    QVERIFY(!console.hasSelection());
    console.selectLines(2, 1);
    QCOMPARE(console.selectedText(), QStringLiteral("one\ntwo"));
    console.findChild<QAction *>(QStringLiteral("copyAction"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("one\ntwo"));
    console.findChild<QAction *>(QStringLiteral("copyAllAction"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("zero\none\ntwo\nthree"));
    // Drag selects whole lines.
    QTest::qWait(RunConsole::refreshIntervalMs * 2);
    const int lineHeight = QFontMetrics(console.font()).lineSpacing();
    QTest::mousePress(console.viewport(), Qt::LeftButton, {}, QPoint(10, lineHeight / 2));
    QMouseEvent move(QEvent::MouseMove, QPointF(20, lineHeight * 2 + lineHeight / 2), console.viewport()->mapToGlobal(QPointF(20, lineHeight * 2.5)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(console.viewport(), &move);
    QTest::mouseRelease(console.viewport(), Qt::LeftButton, {}, QPoint(20, lineHeight * 2 + lineHeight / 2));
    QCOMPARE(console.selectedText(), QStringLiteral("zero\none\ntwo"));
    QTest::keyClick(console.viewport(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(console.selectedText(), console.text());
}

void TestRunConsole::keepsHeadAndTailPastTheLimit()
{
    RunConsole console;
    prepare(console);
    console.setByteLimit(64 * 1024);
    qint64 sent = 0;
    for (int i = 0; i < 10000; ++i) {
        const QByteArray line = "line " + QByteArray::number(i) + ' ' + QByteArray(90, '.') + '\n';
        console.appendOutput(line);
        sent += line.size();
    }
    QVERIFY(console.lineCount() < 2000);
    QCOMPARE(console.totalBytes(), sent);
    QVERIFY(console.lineText(0).startsWith(QStringLiteral("line 0 ")));
    QVERIFY(console.lineText(console.lineCount() - 1).startsWith(QStringLiteral("line 9999 ")));
    QVERIFY(console.text().contains(QStringLiteral("not shown")));
    // Following still shows the newest line after the middle was dropped.
    QTRY_VERIFY(console.verticalScrollBar()->maximum() > 0);
    QCOMPARE(console.verticalScrollBar()->value(), console.verticalScrollBar()->maximum());
    QCOMPARE(console.verticalScrollBar()->maximum(), int(console.lineCount() - console.visibleLineCapacity()));
}

QTEST_MAIN(TestRunConsole)
#include "tst_runconsole.moc"
