// Evidence from the window, offscreen, on a real workspace: files dropped onto the evidence pane
// attach off the GUI thread with progress in the status bar, a recognised coverage report offers
// to feed a metric and the matrix follows, a cancelled attach leaves nothing, links and notes, and
// File > Export Evidence Bundle writes the zip.

#include "ChecklistView.h"
#include "EvidenceController.h"
#include "EvidencePane.h"
#include "InlineBanner.h"
#include "MainWindow.h"
#include "ScriptedPrompter.h"
#include "itemmodels/ReleaseDocument.h"
#include "store/Workspace.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProcess>
#include <QStatusBar>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <random>

using namespace gl;

class TestEvidenceWindow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dropAttachesAndFeedsTheMetric();
    void cancelLeavesNothing();
    void linksNotesAndTheBundle();
    void exportDecisionRecord();
    void verifyFromTheWindow();
    void screenshot();

private:
    MainWindow *openWindow();
    qint64 itemId(const QString &title) const;
    const Metric *metricNamed(const QString &name) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    void drop(QWidget *target, const QStringList &paths);
    bool waitForIdle(int ms = 30000);

    ScriptedPrompter m_prompter;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestEvidenceWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GreenlightTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_evidencewindow"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    Prompter::setCurrent(&m_prompter);
}

void TestEvidenceWindow::init()
{
    QSettings().clear();
    m_prompter = ScriptedPrompter();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestEvidenceWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

MainWindow *TestEvidenceWindow::openWindow()
{
    {
        auto ws = Workspace::open(m_dir->filePath(QStringLiteral("w.greenlight")));
        if (!ws)
            return nullptr;
        Release r;
        r.name = QStringLiteral("Evidence me");
        r.targetReadiness = 50;
        Gate g;
        g.title = QStringLiteral("Quality");
        Item tests;
        tests.title = QStringLiteral("Unit tests with coverage");
        tests.status = ItemStatus::Passed;
        tests.evidence = QStringLiteral("coverage-summary.json");
        Item review;
        review.title = QStringLiteral("Security review");
        review.status = ItemStatus::Passed;
        g.items = { tests, review };
        r.gates = { g };
        Metric coverage;
        coverage.name = QStringLiteral("Test Coverage");
        coverage.unit = QStringLiteral("%");
        coverage.op = Operator::GreaterOrEqual;
        coverage.required = 65;
        coverage.requiredText = QStringLiteral("\u226565%");
        coverage.current = 3.4;
        coverage.currentText = QStringLiteral("3.4%");
        coverage.blocker = true;
        r.metrics = { coverage };
        if (!(*ws)->createRelease(r))
            return nullptr;
    }
    m_window = std::make_unique<MainWindow>();
    if (!m_window->openWorkspace(m_dir->filePath(QStringLiteral("w.greenlight"))).ok())
        return nullptr;
    m_window->resize(1400, 900);
    m_window->show();
    m_window->checklistView()->setGate(m_window->document()->release().gates.at(0).id);
    return m_window.get();
}

qint64 TestEvidenceWindow::itemId(const QString &title) const
{
    for (const Item &i : m_window->document()->release().gates.at(0).items) {
        if (i.title == title)
            return i.id;
    }
    return 0;
}

const Metric *TestEvidenceWindow::metricNamed(const QString &name) const
{
    for (const Metric &m : m_window->document()->release().metrics) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

QString TestEvidenceWindow::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestEvidenceWindow::drop(QWidget *target, const QStringList &paths)
{
    QMimeData data;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    data.setUrls(urls);
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}

bool TestEvidenceWindow::waitForIdle(int ms)
{
    return QTest::qWaitFor([this] { return !m_window->evidence()->isBusy(); }, ms);
}

void TestEvidenceWindow::dropAttachesAndFeedsTheMetric()
{
    QVERIFY(openWindow());
    const qint64 tests = itemId(QStringLiteral("Unit tests with coverage"));
    m_window->checklistView()->selectItem(tests);
    EvidencePane *pane = m_window->evidence()->pane();
    QCOMPARE(pane->itemId(), tests);
    QCOMPARE(m_window->document()->readiness().suggested, Decision::NoGo);

    const QString report = writeFile(QStringLiteral("coverage-summary.json"),
        R"({"total": {"lines": {"total": 1000, "covered": 713, "skipped": 0, "pct": 71.3}}})");
    m_prompter.choices = { 0 };   // feed "Test Coverage" from it
    drop(pane, { report });
    QVERIFY(m_window->evidence()->isBusy());
    QVERIFY(m_window->findChild<QProgressBar *>(QStringLiteral("evidenceTaskProgress"))->isVisibleTo(m_window.get()));
    QVERIFY(waitForIdle());
    QVERIFY(!m_window->findChild<QProgressBar *>(QStringLiteral("evidenceTaskProgress"))->isVisibleTo(m_window.get()));

    // the item lists it, the offer named the report and the metric now follows it
    QCOMPARE(m_window->document()->item(tests)->evidenceList.size(), size_t(1));
    QCOMPARE(m_window->document()->item(tests)->evidenceList.front().name, QStringLiteral("coverage-summary.json"));
    QCOMPARE(pane->list()->model()->rowCount(), 1);
    QCOMPARE(m_prompter.choicesAsked, 1);
    QVERIFY2(m_prompter.lastText.contains(QStringLiteral("coverage-summary.json")), qPrintable(m_prompter.lastText));
    const Metric *coverage = metricNamed(QStringLiteral("Test Coverage"));
    QVERIFY(coverage);
    QVERIFY(coverage->source.has_value());
    QCOMPARE(coverage->current.value_or(-1), 71.3);
    QCOMPARE(m_window->document()->readiness().suggested, Decision::Go);

    // a newer, lower report dropped on the checklist row moves it at once, without asking again
    QTest::qWait(1100);
    const QString low = writeFile(QStringLiteral("coverage-low.json"),
        R"({"total": {"lines": {"total": 1000, "covered": 500, "skipped": 0, "pct": 50}}})");
    QTreeView *tree = m_window->checklistView()->tree();
    const QModelIndex row = tree->currentIndex();
    QVERIFY(row.isValid());
    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(low) });
    const QPoint at = tree->visualRect(row).center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tree->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tree->viewport(), &move);
    QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tree->viewport(), &dropEvent);
    QVERIFY(dropEvent.isAccepted());
    QVERIFY(waitForIdle());
    QCOMPARE(m_prompter.choicesAsked, 1);
    QCOMPARE(metricNamed(QStringLiteral("Test Coverage"))->current.value_or(-1), 50.0);
    QCOMPARE(m_window->document()->readiness().suggested, Decision::NoGo);
}

void TestEvidenceWindow::cancelLeavesNothing()
{
    QVERIFY(openWindow());
    const qint64 review = itemId(QStringLiteral("Security review"));
    m_window->checklistView()->selectItem(review);
    // 96 MiB of noise: long enough to cancel while it is stored
    QByteArray big(96 * 1024 * 1024, Qt::Uninitialized);
    std::mt19937_64 random(7);
    for (qsizetype i = 0; i + 8 <= big.size(); i += 8) {
        const quint64 v = random();
        memcpy(big.data() + i, &v, 8);
    }
    const QString path = writeFile(QStringLiteral("big.bin"), big);
    big = QByteArray();
    m_window->evidence()->attachFiles(review, { path });
    QVERIFY(m_window->evidence()->isBusy());
    QVERIFY(m_window->evidence()->cancelAction()->isEnabled());
    // cancelled while content goes in, not before it starts
    QProgressBar *progress = m_window->findChild<QProgressBar *>(QStringLiteral("evidenceTaskProgress"));
    QVERIFY(QTest::qWaitFor([&] { return progress->value() > 0 || !m_window->evidence()->isBusy(); }, 20000));
    QVERIFY2(m_window->evidence()->isBusy(), "the attach ended before it could be cancelled");
    m_window->evidence()->cancelAction()->trigger();
    QVERIFY(waitForIdle());
    QVERIFY(m_window->document()->item(review)->evidenceList.empty());
    QVERIFY(!m_window->evidence()->cancelAction()->isEnabled());
    // nothing was left in the blob store either
    auto ws = Workspace::open(m_dir->filePath(QStringLiteral("w.greenlight")));
    QVERIFY(ws);
    QVERIFY((*ws)->verify().ok());
    const Result<Release> r = (*ws)->loadRelease(m_window->document()->releaseId());
    QVERIFY(r);
    QVERIFY(findItem(*r, review)->evidenceList.empty());
}

void TestEvidenceWindow::linksNotesAndTheBundle()
{
    QVERIFY(openWindow());
    const qint64 review = itemId(QStringLiteral("Security review"));
    m_window->checklistView()->selectItem(review);
    EvidencePane *pane = m_window->evidence()->pane();
    m_prompter.linkAnswer = EvidenceLink { QStringLiteral("https://ci.example.org/scan/9"), QStringLiteral("Scan 9") };
    QVERIFY(QMetaObject::invokeMethod(pane->findChild<QAbstractButton *>(QStringLiteral("evidenceAddLink")), "click"));
    m_prompter.noteAnswer = QStringLiteral("Reviewed with the security team");
    QVERIFY(QMetaObject::invokeMethod(pane->findChild<QAbstractButton *>(QStringLiteral("evidenceAddNote")), "click"));
    const std::vector<Evidence> &list = m_window->document()->item(review)->evidenceList;
    QCOMPARE(list.size(), size_t(2));
    QCOMPARE(list[0].kind, EvidenceKind::Url);
    QCOMPARE(list[1].kind, EvidenceKind::Note);

    m_prompter.fileLists = { { writeFile(QStringLiteral("scan.log"), "0 findings\n") } };
    QVERIFY(QMetaObject::invokeMethod(pane->findChild<QAbstractButton *>(QStringLiteral("evidenceAttach")), "click"));
    QVERIFY(waitForIdle());
    QCOMPARE(m_window->document()->item(review)->evidenceList.size(), size_t(3));

    const QString zip = m_dir->filePath(QStringLiteral("bundle.zip"));
    m_prompter.files = { zip };
    m_window->evidence()->exportBundleAction()->trigger();
    QVERIFY(waitForIdle());
    QVERIFY(QFile::exists(zip));
    QFile f(zip);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("PK"));
    QVERIFY(bytes.contains("01 Quality/02 Security review/scan.log"));
    QVERIFY(bytes.contains("manifest.json"));
    QVERIFY(!m_window->banner()->isVisible());
}

// File > Export Decision Record: asks where, writes off the GUI thread with the status bar's
// progress, and the PDF holds the release, the chart's labels and the evidence hash.
void TestEvidenceWindow::exportDecisionRecord()
{
    QVERIFY(openWindow());
    const qint64 review = itemId(QStringLiteral("Security review"));
    m_prompter.fileLists = { { writeFile(QStringLiteral("scan.log"), "0 findings\n") } };
    m_window->checklistView()->selectItem(review);
    m_window->evidence()->attachAction()->trigger();
    QVERIFY(waitForIdle());
    const std::vector<Evidence> &list = m_window->document()->item(review)->evidenceList;
    QCOMPARE(list.size(), size_t(1));
    const QString sha = list[0].sha256;

    QAction *action = m_window->evidence()->exportRecordAction();
    QVERIFY(action->isEnabled());
    QVERIFY(m_window->menuBar()->findChildren<QMenu *>().first()->actions().contains(action));
    const QString pdf = m_dir->filePath(QStringLiteral("record.pdf"));
    m_prompter.files = { pdf };
    action->trigger();
    QVERIFY(!action->isEnabled()); // busy while the job runs
    QVERIFY(waitForIdle());
    QVERIFY(action->isEnabled());
    QVERIFY(!m_window->banner()->isVisible());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("record.pdf")));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(out.contains(m_window->document()->release().name.left(20)));
    QVERIFY(out.contains(QStringLiteral("No decision recorded")));
    QVERIFY(out.contains(QStringLiteral("Completion per gate")));
    QVERIFY2(out.contains(sha), qPrintable(sha));

    // The same file again: asked before it is replaced; Cancel keeps it, Replace writes anew.
    QVERIFY(QFile::resize(pdf, 10));
    m_prompter.files = { pdf };
    m_prompter.choices = { 1 };
    action->trigger();
    QVERIFY(waitForIdle());
    QCOMPARE(QFileInfo(pdf).size(), 10);
    QVERIFY(m_prompter.lastText.contains(QStringLiteral("record.pdf")));
    m_prompter.files = { pdf };
    m_prompter.choices = { 0 };
    action->trigger();
    QVERIFY(waitForIdle());
    QVERIFY(QFileInfo(pdf).size() > 1000);

    // Cancelled at the file chooser: nothing is written.
    QVERIFY(QFile::remove(pdf));
    m_prompter.files = { QString() };
    action->trigger();
    QVERIFY(waitForIdle());
    QVERIFY(!QFile::exists(pdf));
}

void TestEvidenceWindow::screenshot()
{
    QVERIFY(openWindow());
    const qint64 tests = itemId(QStringLiteral("Unit tests with coverage"));
    m_window->checklistView()->selectItem(tests);
    m_prompter.choices = { 0 };
    m_window->evidence()->attachFiles(tests, { writeFile(QStringLiteral("coverage-summary.json"),
        R"({"total": {"lines": {"total": 1000, "covered": 713, "skipped": 0, "pct": 71.3}, "branches": {"total": 400, "covered": 250, "skipped": 0, "pct": 62.5}}})") });
    QVERIFY(waitForIdle());
    QTest::qWait(200);
    const QString path = QStringLiteral("evidencewindow.png");
    QVERIFY(m_window->grab().save(path));
}

// File > Verify Workspace: the same checks as `greenlight verify`, in the background, with the
// result in the status bar, or the problems in the banner.
void TestEvidenceWindow::verifyFromTheWindow()
{
    QVERIFY(openWindow());
    const qint64 review = itemId(QStringLiteral("Security review"));
    m_prompter.fileLists = { { writeFile(QStringLiteral("scan.log"), QByteArray(200000, 'x')) } };
    m_window->checklistView()->selectItem(review);
    m_window->evidence()->attachAction()->trigger();
    QVERIFY(waitForIdle());
    QAction *verify = m_window->findChild<QAction *>(QStringLiteral("actionVerifyWorkspace"));
    QVERIFY(verify);
    verify->trigger();
    QVERIFY(!verify->isEnabled());  // busy while it runs
    QVERIFY(waitForIdle());
    QVERIFY(!m_window->banner()->isVisible());
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("All is sound")),
        qPrintable(m_window->statusBar()->currentMessage()));

    // The stored content damaged behind the window's back: named in the banner.
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
        { m_window->workspace()->path(), QStringLiteral("UPDATE blob_chunks SET data = zeroblob(length(data)) WHERE seq = 0;") });
    QVERIFY(sqlite.waitForFinished(10000));
    QCOMPARE(sqlite.exitCode(), 0);
    verify->trigger();
    QVERIFY(waitForIdle());
    QVERIFY(m_window->banner()->isVisible());
    QVERIFY2(m_window->banner()->text().contains(QStringLiteral("Verification found 1 problem")), qPrintable(m_window->banner()->text()));
    QVERIFY2(m_window->banner()->text().contains(QStringLiteral("scan.log")), qPrintable(m_window->banner()->text()));
}

QTEST_MAIN(TestEvidenceWindow)
#include "tst_evidencewindow.moc"
