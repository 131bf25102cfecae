// Running items from the window, offscreen, with real child processes: approval of imported
// commands (refused, then given), a console tab per item with its output, statuses and run history
// refreshed as runs are recorded, cancel, and closing the window while a command runs.

#include "ChecklistView.h"
#include "InlineBanner.h"
#include "InspectorPane.h"
#include "MainWindow.h"
#include "RunConsole.h"
#include "RunConsolePane.h"
#include "RunController.h"
#include "RunHistoryView.h"
#include "ScriptedPrompter.h"
#include "itemmodels/ReleaseDocument.h"
#include "store/Workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QStatusBar>
#include <QTreeView>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QUndoStack>

using namespace gl;

namespace {
// Live processes (zombies excluded) whose command line contains the marker.
int processesWith(const QByteArray &marker)
{
    int found = 0;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!pid.front().isDigit())
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray st = stat.readAll();
        const qsizetype close = st.lastIndexOf(')');
        if (close > 0 && st.size() > close + 2 && st.at(close + 2) == 'Z')
            continue;
        if (cmdline.readAll().replace('\0', ' ').contains(marker))
            ++found;
    }
    return found;
}
} // namespace

class TestRunWindow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importedCommandsAskForApprovalThenRun();
    void typedCommandsRunWithoutAsking();
    void cancelEndsTheRunningItem();
    void commandsTypedInTheInspectorAreApprovedAndUndoAsksAgain();
    void passRuleAndTimeoutAreEditedInTheInspector();
    void closingWhileRunningEndsTheCommandsFirst();
    void screenshot();

private:
    // Gate "Checks": "Echo" (imported) and "Typed" (typed in the GUI), "Slow" (typed, sleeps).
    MainWindow *openWindow();
    qint64 itemId(const QString &title) const;
    bool waitForIdle(int ms = 15000);

    ScriptedPrompter m_prompter;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestRunWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GreenlightTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_runwindow"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    Prompter::setCurrent(&m_prompter);
}

void TestRunWindow::init()
{
    QSettings().clear();
    m_prompter = ScriptedPrompter();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRunWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

MainWindow *TestRunWindow::openWindow()
{
    {
        auto ws = Workspace::open(m_dir->filePath(QStringLiteral("w.greenlight")));
        if (!ws)
            return nullptr;
        Release r;
        r.name = QStringLiteral("Run me");
        r.run.workingFolder = m_dir->path();
        Gate g;
        g.title = QStringLiteral("Checks");
        Item echo;
        echo.title = QStringLiteral("Echo");
        echo.commands = { QStringLiteral("sh -c 'echo \"\\033[32mall good\\033[0m\"'") };
        echo.commandsImported = true;
        Item typed;
        typed.title = QStringLiteral("Typed");
        typed.commands = { QStringLiteral("printf 'typed ran\\n'") };
        Item slow;
        slow.title = QStringLiteral("Slow");
        slow.commands = { QStringLiteral("sh -c 'sleep 41.5 & sleep 41.5; wait'") };
        g.items = { echo, typed, slow };
        r.gates = { g };
        if (!(*ws)->createRelease(r))
            return nullptr;
    }
    m_window = std::make_unique<MainWindow>();
    if (!m_window->openWorkspace(m_dir->filePath(QStringLiteral("w.greenlight"))).ok())
        return nullptr;
    m_window->resize(1280, 860);
    m_window->show();
    m_window->checklistView()->setGate(m_window->document()->release().gates.at(0).id);
    return m_window.get();
}

qint64 TestRunWindow::itemId(const QString &title) const
{
    for (const Item &i : m_window->document()->release().gates.at(0).items) {
        if (i.title == title)
            return i.id;
    }
    return 0;
}

bool TestRunWindow::waitForIdle(int ms)
{
    return QTest::qWaitFor([this] { return !m_window->runs()->isRunning(); }, ms);
}

void TestRunWindow::importedCommandsAskForApprovalThenRun()
{
    QVERIFY(openWindow());
    const qint64 echo = itemId(QStringLiteral("Echo"));
    m_window->checklistView()->selectItem(echo);
    m_prompter.approve = false;
    m_window->runs()->runItemAction()->trigger();
    QCOMPARE(m_prompter.approvalsAsked, 1);
    QCOMPARE(m_prompter.lastApproval.entries.size(), 1);
    QCOMPARE(m_prompter.lastApproval.entries.at(0).commands.at(0), QStringLiteral("sh -c 'echo \"\\033[32mall good\\033[0m\"'"));
    QCOMPARE(m_prompter.lastApproval.workingFolder, m_dir->path());
    QVERIFY(!m_window->runs()->isRunning());
    QVERIFY(m_window->document()->item(echo)->runs.empty());

    m_prompter.approve = true;
    m_window->runs()->runItemAction()->trigger();
    QCOMPARE(m_prompter.approvalsAsked, 2);
    QVERIFY(m_window->runs()->consoleDock()->isVisible());
    QVERIFY(waitForIdle());
    const Item *after = m_window->document()->item(echo);
    QCOMPARE(after->status, ItemStatus::Passed);
    QCOMPARE(after->runs.size(), size_t(1));
    RunConsolePane *pane = m_window->runs()->consolePane();
    QCOMPARE(pane->runIds().size(), 1);
    QCOMPARE(pane->runState(pane->runIds().at(0)), RunConsolePane::State::Passed);
    const QString text = pane->console(pane->runIds().at(0))->text();
    QVERIFY2(text.contains(QStringLiteral("all good")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("[32m")), "ANSI colour codes must be rendered, not shown");
    // The inspector shows the run, and the approval holds for the next run.
    m_window->checklistView()->selectItem(echo);
    QCOMPARE(m_window->inspector()->runHistory()->topLevelItemCount(), 1);
    QVERIFY(m_window->inspector()->commandsInfoLabel()->text().contains(QStringLiteral("approved")));
    m_window->runs()->runItemAction()->trigger();
    QCOMPARE(m_prompter.approvalsAsked, 2);
    QVERIFY(waitForIdle());
    QCOMPARE(m_window->document()->item(echo)->runs.size(), size_t(2));
    QCOMPARE(m_window->inspector()->runHistory()->topLevelItemCount(), 2);
}

void TestRunWindow::typedCommandsRunWithoutAsking()
{
    QVERIFY(openWindow());
    const qint64 typed = itemId(QStringLiteral("Typed"));
    m_window->checklistView()->selectItem(typed);
    m_window->runs()->runItemAction()->trigger();
    QCOMPARE(m_prompter.approvalsAsked, 0);
    QVERIFY(waitForIdle());
    QCOMPARE(m_window->document()->item(typed)->status, ItemStatus::Passed);
    RunConsolePane *pane = m_window->runs()->consolePane();
    QVERIFY(pane->console(pane->runIds().at(0))->text().contains(QStringLiteral("typed ran")));
}

void TestRunWindow::cancelEndsTheRunningItem()
{
    QVERIFY(openWindow());
    const qint64 slow = itemId(QStringLiteral("Slow"));
    m_window->checklistView()->selectItem(slow);
    m_window->runs()->runItemAction()->trigger();
    QVERIFY(m_window->runs()->isRunning());
    QVERIFY(m_window->runs()->cancelAction()->isEnabled());
    QVERIFY(!m_window->runs()->runReleaseAction()->isEnabled());
    // The status bar says what runs and offers to stop it.
    QWidget *status = m_window->runs()->runStatus();
    QVERIFY(status->isVisible());
    QCOMPARE(status->findChild<QLabel *>(QStringLiteral("runStatusLabel"))->text(), QStringLiteral("Running: 0 of 1 item done"));
    QTest::qWait(200);
    QTest::mouseClick(status->findChild<QToolButton *>(QStringLiteral("runStatusCancel")), Qt::LeftButton);
    QVERIFY(waitForIdle(8000));
    QVERIFY(!status->isVisible());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("1 cancelled")));
    const Item *after = m_window->document()->item(slow);
    QCOMPARE(after->status, ItemStatus::NotStarted);  // a cancel leaves the previous status
    QCOMPARE(after->runs.size(), size_t(1));
    QCOMPARE(after->runs.front().verdict, Verdict::Cancelled);
    RunConsolePane *pane = m_window->runs()->consolePane();
    QCOMPARE(pane->runState(pane->runIds().at(0)), RunConsolePane::State::Cancelled);
}

void TestRunWindow::commandsTypedInTheInspectorAreApprovedAndUndoAsksAgain()
{
    QVERIFY(openWindow());
    const qint64 echo = itemId(QStringLiteral("Echo"));
    m_window->checklistView()->selectItem(echo);
    auto *commands = m_window->inspector()->findChild<QPlainTextEdit *>(QStringLiteral("inspectorCommands"));
    QVERIFY(commands);
    commands->setPlainText(QStringLiteral("printf 'typed over the import\\n'"));
    QVERIFY(m_window->inspector()->apply());
    QVERIFY(m_window->inspector()->commandsInfoLabel()->text().contains(QStringLiteral("approved")));
    m_window->runs()->runItemAction()->trigger();
    QCOMPARE(m_prompter.approvalsAsked, 0);  // what the user typed counts as approved
    QVERIFY(waitForIdle());
    QCOMPARE(m_window->document()->item(echo)->status, ItemStatus::Passed);

    // Undo brings the imported command back: nobody approved that one.
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->item(echo)->commands.at(0), QStringLiteral("sh -c 'echo \"\\033[32mall good\\033[0m\"'"));
    m_window->checklistView()->selectItem(echo);
    m_prompter.approve = false;
    m_window->runs()->runItemAction()->trigger();
    QCOMPARE(m_prompter.approvalsAsked, 1);
    QVERIFY(!m_window->runs()->isRunning());
}

void TestRunWindow::passRuleAndTimeoutAreEditedInTheInspector()
{
    QVERIFY(openWindow());
    const qint64 typed = itemId(QStringLiteral("Typed"));
    m_window->checklistView()->selectItem(typed);
    auto *pattern = m_window->inspector()->findChild<QLineEdit *>(QStringLiteral("inspectorOutputPattern"));
    auto *mode = m_window->inspector()->findChild<QComboBox *>(QStringLiteral("inspectorPatternMode"));
    auto *timeout = m_window->inspector()->findChild<QSpinBox *>(QStringLiteral("inspectorTimeout"));
    QVERIFY(pattern && mode && timeout);
    pattern->setText(QStringLiteral("typed"));
    mode->setCurrentIndex(1);  // must not match
    timeout->setValue(30);
    QVERIFY(m_window->inspector()->apply());
    const Item *item = m_window->document()->item(typed);
    QCOMPARE(item->outputPattern, QStringLiteral("typed"));
    QVERIFY(!item->outputMustMatch);
    QCOMPARE(item->timeoutSeconds, 30);
    // The rule decides the next run: the output says "typed ran", which it must not match.
    m_window->runs()->runItemAction()->trigger();
    QVERIFY(waitForIdle());
    QCOMPARE(m_window->document()->item(typed)->status, ItemStatus::Failed);
    QVERIFY2(m_window->document()->item(typed)->statusReason.contains(QStringLiteral("must not")),
        qPrintable(m_window->document()->item(typed)->statusReason));
}

void TestRunWindow::closingWhileRunningEndsTheCommandsFirst()
{
    QVERIFY(openWindow());
    m_window->checklistView()->selectItem(itemId(QStringLiteral("Slow")));
    m_window->runs()->runItemAction()->trigger();
    QVERIFY(QTest::qWaitFor([] { return processesWith("41.5") >= 3; }, 5000));  // shell, child, grandchild
    QVERIFY(!m_window->close());  // refused for now: the command is being ended
    QVERIFY(m_window->isVisible());
    QVERIFY(QTest::qWaitFor([this] { return !m_window->isVisible(); }, 8000));
    QCOMPARE(processesWith("41.5"), 0);  // the whole tree ended with the window
    auto ws = Workspace::open(m_dir->filePath(QStringLiteral("w.greenlight")));
    QVERIFY(ws.ok());
    const Release r = *(*ws)->loadRelease((*ws)->releases()->front().id);
    QCOMPARE(r.gates[0].items[2].runs.at(0).verdict, Verdict::Cancelled);
}

void TestRunWindow::screenshot()
{
    // Not a check: a picture for people reviewing the console (set GREENLIGHT_SCREENSHOT=path).
    const QString path = qEnvironmentVariable("GREENLIGHT_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("GREENLIGHT_SCREENSHOT not set");
    QVERIFY(openWindow());
    m_prompter.approve = true;
    m_window->checklistView()->selectItem(itemId(QStringLiteral("Echo")));
    m_window->runs()->runItemAction()->trigger();
    QVERIFY(waitForIdle());
    m_window->checklistView()->selectItem(itemId(QStringLiteral("Typed")));
    m_window->runs()->runItemAction()->trigger();
    QVERIFY(waitForIdle());
    m_window->checklistView()->selectItem(itemId(QStringLiteral("Echo")));
    QTest::qWait(300);
    QVERIFY(m_window->grab().save(path));
}

QTEST_MAIN(TestRunWindow)
#include "tst_runwindow.moc"
