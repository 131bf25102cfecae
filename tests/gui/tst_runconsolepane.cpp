// RunConsolePane: one tab per run with its state and elapsed time; a running tab can be cancelled
// but not closed; the control row acts on the tab in front. Also saves a picture of the pane with
// coloured output and a search match when GREENLIGHT_SCREENSHOT names a file.

#include "RunConsole.h"
#include "RunConsolePane.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace gl;

class TestRunConsolePane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addsOneTabPerRun();
    void statesShowOnTheTab();
    void cancelOnlyWhileRunning();
    void closesOnlyFinishedRuns();
    void elapsedTimeTicks();
    void searchFieldStepsThroughMatches();
    void controlsFollowTheTabInFront();
    void looksRight();
};

namespace {

QTabWidget *tabsOf(RunConsolePane &pane)
{
    return pane.findChild<QTabWidget *>(QStringLiteral("runTabs"));
}

QToolButton *button(RunConsolePane &pane, const char *name)
{
    return pane.findChild<QToolButton *>(QLatin1StringView(name));
}

QWidget *closeButton(RunConsolePane &pane, int index)
{
    QTabBar *bar = tabsOf(pane)->tabBar();
    const auto side = QTabBar::ButtonPosition(pane.style()->styleHint(QStyle::SH_TabBar_CloseButtonPosition, nullptr, bar));
    return bar->tabButton(index, side);
}

} // namespace

void TestRunConsolePane::addsOneTabPerRun()
{
    RunConsolePane pane;
    pane.show();
    auto *placeholder = pane.findChild<QLabel *>(QStringLiteral("runsPlaceholder"));
    QVERIFY(placeholder->isVisible());
    QVERIFY(pane.currentRun() < 0);
    const int lint = pane.addRun(QStringLiteral("Lint"));
    const int tests = pane.addRun(QStringLiteral("Unit tests"));
    QVERIFY(lint != tests);
    QVERIFY(!placeholder->isVisible());
    QCOMPARE(pane.runIds(), (QList<int>{lint, tests}));
    QCOMPARE(pane.currentRun(), tests);
    QVERIFY(pane.console(lint) && pane.console(tests) && pane.console(lint) != pane.console(tests));
    QVERIFY(!pane.console(12345));
    QVERIFY(tabsOf(pane)->tabText(0).startsWith(QStringLiteral("Lint")));
    QCOMPARE(pane.runState(lint), RunConsolePane::State::Running);
    pane.console(lint)->appendOutput("lint output\n");
    QCOMPARE(pane.console(lint)->lineCount(), 1);
    QCOMPARE(pane.console(tests)->lineCount(), 0);
}

void TestRunConsolePane::statesShowOnTheTab()
{
    RunConsolePane pane;
    pane.show();
    QTabWidget *tabs = tabsOf(pane);
    const int id = pane.addRun(QStringLiteral("Build"));
    QVERIFY(tabs->tabToolTip(0).contains(QStringLiteral("Running")));
    QVERIFY(tabs->tabBar()->accessibleTabName(0).contains(QStringLiteral("Running")));
    const qint64 runningIcon = tabs->tabIcon(0).cacheKey();
    QSet<qint64> icons{runningIcon};
    for (auto state : {RunConsolePane::State::Passed, RunConsolePane::State::Failed, RunConsolePane::State::Cancelled}) {
        pane.setRunState(id, state);
        QCOMPARE(pane.runState(id), state);
        QVERIFY2(tabs->tabToolTip(0).contains(RunConsolePane::stateLabel(state)), qPrintable(tabs->tabToolTip(0)));
        icons.insert(tabs->tabIcon(0).cacheKey());
    }
    // Four states, four different icons.
    QCOMPARE(icons.size(), 4);
    QVERIFY(tabs->tabToolTip(0).contains(QStringLiteral("Cancelled after 0:0")));
}

void TestRunConsolePane::cancelOnlyWhileRunning()
{
    RunConsolePane pane;
    pane.show();
    QSignalSpy cancels(&pane, &RunConsolePane::cancelRequested);
    QToolButton *cancel = button(pane, "cancelButton");
    QVERIFY(!cancel->isEnabled());
    const int first = pane.addRun(QStringLiteral("Deploy"));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(cancels.count(), 1);
    QCOMPARE(cancels.at(0).at(0).toInt(), first);
    // Asked once: the runner is ending the tree, a second click would say nothing new.
    QVERIFY(!cancel->isEnabled());
    const int second = pane.addRun(QStringLiteral("Smoke"));
    QVERIFY(cancel->isEnabled());
    pane.setRunState(second, RunConsolePane::State::Passed);
    QVERIFY(!cancel->isEnabled());
    pane.setRunState(first, RunConsolePane::State::Cancelled);
    pane.setCurrentRun(first);
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(cancels.count(), 1);
}

void TestRunConsolePane::closesOnlyFinishedRuns()
{
    RunConsolePane pane;
    pane.show();
    QSignalSpy closed(&pane, &RunConsolePane::runClosed);
    const int running = pane.addRun(QStringLiteral("Long"));
    const int passed = pane.addRun(QStringLiteral("Quick"));
    const int failed = pane.addRun(QStringLiteral("Broken"));
    pane.setRunState(passed, RunConsolePane::State::Passed);
    pane.setRunState(failed, RunConsolePane::State::Failed);
    QVERIFY(closeButton(pane, 0) && !closeButton(pane, 0)->isVisibleTo(&pane));
    QVERIFY(closeButton(pane, 1)->isVisibleTo(&pane));

    QVERIFY(!pane.closeRun(running));
    Q_EMIT tabsOf(pane)->tabCloseRequested(0);
    QCOMPARE(pane.runIds().size(), 3);
    QVERIFY(closed.isEmpty());

    QVERIFY(pane.closeRun(passed));
    QCOMPARE(closed.count(), 1);
    QCOMPARE(closed.at(0).at(0).toInt(), passed);
    QVERIFY(!pane.console(passed));

    QVERIFY(button(pane, "clearFinishedButton")->isEnabled());
    QTest::mouseClick(button(pane, "clearFinishedButton"), Qt::LeftButton);
    QCOMPARE(pane.runIds(), QList<int>{running});
    QCOMPARE(closed.count(), 2);
    QVERIFY(!button(pane, "clearFinishedButton")->isEnabled());
    pane.setRunState(running, RunConsolePane::State::Passed);
    QVERIFY(closeButton(pane, 0)->isVisibleTo(&pane));
}

void TestRunConsolePane::elapsedTimeTicks()
{
    RunConsolePane pane;
    pane.show();
    const int id = pane.addRun(QStringLiteral("Sleep"));
    QTabWidget *tabs = tabsOf(pane);
    QVERIFY(tabs->tabText(0).endsWith(QStringLiteral("0:00")));
    QTRY_VERIFY_WITH_TIMEOUT(tabs->tabText(0).endsWith(QStringLiteral("0:01")), 3000);
    pane.setRunState(id, RunConsolePane::State::Passed);
    const QString frozen = tabs->tabText(0);
    QTest::qWait(1100);
    QCOMPARE(tabs->tabText(0), frozen);
}

void TestRunConsolePane::searchFieldStepsThroughMatches()
{
    RunConsolePane pane;
    pane.resize(700, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const int id = pane.addRun(QStringLiteral("Tests"));
    RunConsole *console = pane.console(id);
    for (int i = 0; i < 300; ++i)
        console->appendOutput(i % 100 == 50 ? QByteArray("test " + QByteArray::number(i) + " FAILED\n") : QByteArray("test ok\n"));
    console->setFocus();
    auto *field = pane.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *status = pane.findChild<QLabel *>(QStringLiteral("searchStatus"));
    QTest::keyClick(console->viewport(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("failed"));
    QTest::keyClick(console->viewport(), Qt::Key_Home);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(status->text(), QStringLiteral("1 of 3"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(status->text(), QStringLiteral("2 of 3"));
    QCOMPARE(console->lineText(console->firstVisibleLine() + console->visibleLineCapacity() / 2), QStringLiteral("test 150 FAILED"));
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(status->text(), QStringLiteral("1 of 3"));
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(status->text(), QStringLiteral("3 of 3"));
    field->clear();
    QTest::keyClicks(field, QStringLiteral("no such text"));
    QVERIFY(status->text().isEmpty());
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(status->text(), QStringLiteral("Not found"));
}

void TestRunConsolePane::controlsFollowTheTabInFront()
{
    RunConsolePane pane;
    pane.resize(600, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const int first = pane.addRun(QStringLiteral("One"));
    const int second = pane.addRun(QStringLiteral("Two"));
    QToolButton *follow = button(pane, "followButton");
    QVERIFY(follow->isChecked());
    QTest::mouseClick(follow, Qt::LeftButton);
    QVERIFY(!pane.console(second)->isFollowing());
    QVERIFY(pane.console(first)->isFollowing());
    pane.setCurrentRun(first);
    QVERIFY(follow->isChecked());
    // Scrolling the console up shows in the toggle.
    for (int i = 0; i < 200; ++i)
        pane.console(first)->appendOutput("line\n");
    QTRY_VERIFY(pane.console(first)->verticalScrollBar()->maximum() > 0);
    pane.console(first)->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
    QVERIFY(!follow->isChecked());

    QTest::mouseClick(button(pane, "stripColoursButton"), Qt::LeftButton);
    QVERIFY(pane.console(first)->coloursStripped() && pane.console(second)->coloursStripped());
    const int third = pane.addRun(QStringLiteral("Three"));
    QVERIFY(pane.console(third)->coloursStripped());
}

void TestRunConsolePane::looksRight()
{
    RunConsolePane pane;
    pane.resize(760, 300);
    QPalette light = pane.palette();
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    pane.setPalette(light);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const int build = pane.addRun(QStringLiteral("Build"));
    pane.setRunState(build, RunConsolePane::State::Passed);
    const int lint = pane.addRun(QStringLiteral("Lint"));
    pane.setRunState(lint, RunConsolePane::State::Failed);
    const int tests = pane.addRun(QStringLiteral("Unit tests"));
    RunConsole *console = pane.console(tests);
    console->appendOutput("$ ctest --output-on-failure\n"
                          "\x1b[1mTest project /work/build\x1b[0m\n"
                          "    Start 1: tst_parser\n"
                          "1/3 Test #1: tst_parser .......   \x1b[32mPassed\x1b[0m    0.02 sec\n"
                          "2/3 Test #2: tst_store ........ \x1b[31;1m***Failed\x1b[0m    0.31 sec\n"
                          "\x1b[33mwarning:\x1b[0m <b>not markup</b> \x1b[38;5;208m256-colour\x1b[0m \x1b[38;2;40;120;220mtruecolour\x1b[0m \x1b[7minverse\x1b[0m\n"
                          "tab\tseparated\tcolumns \x07" "bell\n"
                          "3/3 Test #3: tst_cli ..........   \x1b[32mPassed\x1b[0m    0.11 sec\n"
                          "\x1b[91m67% tests passed, 1 tests failed out of 3\x1b[0m\n");
    auto *field = pane.findChild<QLineEdit *>(QStringLiteral("searchField"));
    field->setText(QStringLiteral("failed"));
    QTest::keyClick(field, Qt::Key_Return);
    QTest::qWait(RunConsole::refreshIntervalMs * 3);
    const QImage image = pane.grab().toImage();
    if (const QByteArray path = qgetenv("GREENLIGHT_SCREENSHOT"); !path.isEmpty())
        image.save(QString::fromLocal8Bit(path));
    // The current match is drawn in its own colour, somewhere in the console.
    const QImage shown = console->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    bool matchDrawn = false;
    for (int y = 0; y < shown.height() && !matchDrawn; ++y)
        for (int x = 0; x < shown.width() && !matchDrawn; ++x)
            matchDrawn = shown.pixel(x, y) == qRgb(0xff, 0x96, 0x32);
    QVERIFY(matchDrawn);
}

QTEST_MAIN(TestRunConsolePane)
#include "tst_runconsolepane.moc"
