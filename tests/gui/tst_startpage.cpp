// The start page (issue 6): a workspace's releases with readiness, suggested and recorded decision,
// missing sign-offs and overdue mitigations; starting a release from it; recent workspaces in the
// File menu and on the page.

#include "ChecklistView.h"
#include "MainWindow.h"
#include "ReadinessMatrixView.h"
#include "ScriptedPrompter.h"
#include "StartPage.h"
#include "itemmodels/ReleaseDocument.h"
#include "signing/DecisionService.h"
#include "store/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace gl;

namespace {

Release release(const QString &name, ItemStatus status)
{
    Release r;
    r.name = name;
    r.targetReadiness = 50;
    Gate gate;
    gate.title = QStringLiteral("Checks");
    for (int i = 0; i < 4; ++i) {
        Item item;
        item.title = QStringLiteral("Check %1").arg(i + 1);
        item.status = i < 2 ? status : ItemStatus::NotStarted;
        gate.items.push_back(item);
    }
    r.gates = { gate };
    return r;
}

QTreeWidgetItem *row(QTreeWidget *table, const QString &name)
{
    const QList<QTreeWidgetItem *> found = table->findItems(name, Qt::MatchExactly, StartPage::NameColumn);
    return found.isEmpty() ? nullptr : found.first();
}

} // namespace

class TestStartPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyReleaseAtAGlance();
    void choosingAReleaseOpensIt();
    void beginningsFromThePage();
    void recentWorkspaces();

private:
    MainWindow *openWindow(const QString &path);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    qint64 m_decided = 0;
    ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;
};

void TestStartPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GreenlightTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_startpage"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    Prompter::setCurrent(&m_prompter);
}

void TestStartPage::init()
{
    QSettings().clear();
    m_prompter = ScriptedPrompter();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("start.greenlight"));
    std::unique_ptr<Workspace> ws = Workspace::open(m_path).value();
    // Decided: CONDITIONAL GO with one mitigation past its deadline and one still in time.
    m_decided = *ws->createRelease(release(QStringLiteral("Decided 1.0"), ItemStatus::Passed));
    DecisionRequest request;
    request.outcome = Decision::ConditionalGo;
    request.rationale = QStringLiteral("Half done, the rest is tracked");
    Mitigation late { 0, QStringLiteral("Load test"), QStringLiteral("QA"), QDate::currentDate().addDays(-2),
        QStringLiteral("p95 under 300 ms"), MitigationStatus::Open, 0 };
    Mitigation later { 0, QStringLiteral("Docs"), QStringLiteral("Docs"), QDate::currentDate().addDays(5),
        QStringLiteral("Published"), MitigationStatus::Open, 0 };
    request.mitigations = { late, later };
    request.overrideReason = QStringLiteral("Conditional on the load test");
    const Result<DecisionRecord> decided = DecisionService::decide(*ws, m_decided, request);
    QVERIFY2(decided.ok(), qPrintable(decided.message()));
    // Waiting: a QA lead must sign and nobody has.
    const qint64 waiting = *ws->createRelease(release(QStringLiteral("Waiting 2.0"), ItemStatus::InProgress));
    QVERIFY(ws->setSignOffRequirement(waiting, QStringLiteral("QA lead"), 1).ok());
    QVERIFY(ws->createRelease(release(QStringLiteral("Fresh 3.0"), ItemStatus::NotStarted)).ok());
    QVERIFY(openWindow(m_path));
}

void TestStartPage::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

MainWindow *TestStartPage::openWindow(const QString &path)
{
    m_window = std::make_unique<MainWindow>();
    if (!m_window->openWorkspace(path, false).ok())
        return nullptr;
    m_window->resize(1300, 800);
    m_window->showStartPage();
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    QApplication::setActiveWindow(m_window.get());
    return m_window.get();
}

void TestStartPage::everyReleaseAtAGlance()
{
    QVERIFY(m_window->isStartPageShown());
    StartPage *page = m_window->startPage();
    QVERIFY(page->isVisible());
    QTreeWidget *table = page->releaseTable();
    QCOMPARE(table->topLevelItemCount(), 3);
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("startHeading"))->text().contains(QStringLiteral("start.greenlight")));

    QTreeWidgetItem *decided = row(table, QStringLiteral("Decided 1.0"));
    QVERIFY(decided);
    QCOMPARE(decided->text(StartPage::ReadinessColumn), QStringLiteral("50 %"));
    QVERIFY2(decided->text(StartPage::DecisionColumn).startsWith(QStringLiteral("\u2714 CONDITIONAL GO, GL-")),
        qPrintable(decided->text(StartPage::DecisionColumn)));
    QCOMPARE(decided->text(StartPage::MitigationsColumn), QStringLiteral("\u26a0 1 overdue"));
    QCOMPARE(decided->text(StartPage::SignOffsColumn), QStringLiteral("None required"));

    QTreeWidgetItem *waiting = row(table, QStringLiteral("Waiting 2.0"));
    QVERIFY(waiting);
    QCOMPARE(waiting->text(StartPage::DecisionColumn), QStringLiteral("Not recorded"));
    QCOMPARE(waiting->text(StartPage::SignOffsColumn), QStringLiteral("\u2717 0 of 1 signed; missing: QA lead (0 of 1)"));
    QCOMPARE(waiting->text(StartPage::MitigationsColumn), QStringLiteral("None open"));
    // The suggested decision is in words as well as in colour.
    QCOMPARE(row(table, QStringLiteral("Fresh 3.0"))->text(StartPage::SuggestedColumn), QStringLiteral("NO-GO"));
    QVERIFY(row(table, QStringLiteral("Fresh 3.0"))->background(StartPage::SuggestedColumn).color().isValid());

    const QString summary = page->findChild<QLabel *>(QStringLiteral("startSummary"))->text();
    QCOMPARE(summary, QStringLiteral("3 releases \u00b7 1 decided \u00b7 1 waiting for sign-offs \u00b7 1 with overdue mitigations"));

    QVERIFY(page->grab().save(QStringLiteral("startpage.png")));
}

void TestStartPage::choosingAReleaseOpensIt()
{
    QTreeWidget *table = m_window->startPage()->releaseTable();
    QTreeWidgetItem *waiting = row(table, QStringLiteral("Waiting 2.0"));
    table->setCurrentItem(waiting);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(!m_window->isStartPageShown());
    QCOMPARE(m_window->document()->release().name, QStringLiteral("Waiting 2.0"));
    QVERIFY(m_window->matrixView()->isVisible());
    // Ctrl+0 comes back, with the figures as they are now.
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QVERIFY(m_window->isStartPageShown());
    // Go to Checklist (Ctrl+4) leaves the page for the release.
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QVERIFY(!m_window->isStartPageShown());
    QTRY_VERIFY(m_window->checklistView()->tree()->hasFocus());
}

void TestStartPage::beginningsFromThePage()
{
    StartPage *page = m_window->startPage();
    // New Release: the gallery, answered with a template; the new release opens.
    NewReleaseAnswer answer;
    answer.name = QStringLiteral("Hotfix 3.0.1");
    answer.key = QStringLiteral(":/templates/hotfix.md");
    m_prompter.newReleaseAnswer = answer;
    QTest::mouseClick(page->newReleaseButton(), Qt::LeftButton);
    QCOMPARE(m_prompter.lastNewReleaseQuestion.releases.size(), 3);
    QTRY_COMPARE(m_window->document()->release().name, QStringLiteral("Hotfix 3.0.1"));
    QVERIFY(!m_window->isStartPageShown());
    m_window->showStartPage();
    QCOMPARE(page->releaseTable()->topLevelItemCount(), 4);
    // Import asks for a file (cancelled here: nothing changes).
    QTest::mouseClick(page->importButton(), Qt::LeftButton);
    QCOMPARE(m_prompter.filesAsked, 1);
    QCOMPARE(page->releaseTable()->topLevelItemCount(), 4);
}

void TestStartPage::recentWorkspaces()
{
    // A second workspace opened: both are recent, newest first, in the page and the File menu.
    const QString other = m_dir->filePath(QStringLiteral("other.greenlight"));
    QVERIFY(m_window->openWorkspace(other, false).ok());
    QCOMPARE(MainWindow::recentWorkspaces(), (QStringList { other, m_path }));
    m_window->showStartPage();
    QListWidget *recent = m_window->startPage()->recentList();
    QCOMPARE(recent->count(), 2);
    QCOMPARE(m_window->startPage()->releaseTable()->topLevelItemCount(), 0);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("startSummary"))->text().startsWith(QStringLiteral("No release yet")));
    // Back to the first through the list.
    recent->setCurrentRow(1);
    Q_EMIT recent->itemActivated(recent->item(1));
    QCOMPARE(m_window->workspace()->path(), m_path);
    QCOMPARE(m_window->startPage()->releaseTable()->topLevelItemCount(), 3);
    // File > Open Recent lists them with a number to type.
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuRecentWorkspaces"));
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 2);
    QCOMPARE(menu->actions().at(0)->text(), QStringLiteral("&1 start.greenlight"));
    menu->actions().at(1)->trigger();
    QCOMPARE(m_window->workspace()->path(), other);
    // A workspace file that is gone is not offered.
    QVERIFY(QFile::remove(m_path));
    QCOMPARE(MainWindow::recentWorkspaces(), QStringList { other });
}

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
