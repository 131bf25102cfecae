// The whole job through the window alone (issue 6): a release manager imports a checklist, works it,
// adds a check and runs its command, attaches evidence, adds the people who sign and what the release
// requires, collects a sign-off, records the decision and exports the PDF decision record; the PDF is
// read back with pdftotext. Every step goes through an action, a dialog seam or a widget found by
// objectName; nothing calls the workspace directly.

#include "ChecklistView.h"
#include "EditController.h"
#include "EvidenceController.h"
#include "ImportDialog.h"
#include "InlineBanner.h"
#include "InspectorPane.h"
#include "MainWindow.h"
#include "ReadinessMatrixView.h"
#include "RunController.h"
#include "ScriptedPrompter.h"
#include "SignOffController.h"
#include "itemmodels/ChecklistTreeModel.h"
#include "itemmodels/ReleaseDocument.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace gl;

class TestEndToEnd : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importToDecisionRecord();

private:
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;
};

void TestEndToEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // the key ring goes to a test config folder
    QCoreApplication::setOrganizationName(QStringLiteral("GreenlightTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_endtoend"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    Prompter::setCurrent(&m_prompter);
}

void TestEndToEnd::importToDecisionRecord()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openWorkspace(m_dir.filePath(QStringLiteral("e2e.greenlight")), false).ok());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());

    // 1. Import the staging checklist through File > Import Checklist and its preview.
    m_prompter.files = { QStringLiteral(GREENLIGHT_TEST_DATA "/staging-deployment-checklist.md") };
    action(QStringLiteral("actionImport"))->trigger();
    ImportDialog *dialog = m_window->importDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->isParsing());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->importDialog());
    ReleaseDocument *doc = m_window->document();
    QVERIFY(doc->isLoaded());
    const QString releaseName = doc->release().name;

    // 2. Work the checklist: the first gate's items passed as one selection.
    QTreeView *tree = m_window->checklistView()->tree();
    tree->selectAll();
    const double before = doc->readiness().readinessPercent;
    m_prompter.reason = StatusReason { QStringLiteral("checked in the staging review"), QDate() };
    action(QStringLiteral("actionBulkStatus-passed"))->trigger();
    QVERIFY2(doc->readiness().readinessPercent > before, qPrintable(m_window->banner()->text()));

    // 3. Add a check of our own, give it a command in the inspector, and run it.
    tree->setCurrentIndex(tree->model()->index(0, 0));
    m_prompter.textAnswer = QStringLiteral("Staging answers");
    action(QStringLiteral("actionAddItem"))->trigger();
    const qint64 check = m_window->checklistView()->currentItem();
    QCOMPARE(doc->item(check)->title, QStringLiteral("Staging answers"));
    auto *commands = m_window->inspector()->findChild<QPlainTextEdit *>(QStringLiteral("inspectorCommands"));
    QVERIFY(commands);
    commands->setPlainText(QStringLiteral("echo staging-ok"));
    QVERIFY(m_window->inspector()->apply());
    QCOMPARE(doc->item(check)->commands, QStringList { QStringLiteral("echo staging-ok") });
    m_window->runs()->runItemAction()->trigger();
    QVERIFY(QTest::qWaitFor([this] { return !m_window->runs()->isRunning(); }, 30000));
    QTRY_COMPARE(doc->item(check)->status, ItemStatus::Passed);
    QCOMPARE(doc->item(check)->runs.size(), size_t(1));

    // 4. Attach evidence to it.
    const QString report = m_dir.filePath(QStringLiteral("smoke-report.txt"));
    {
        QFile file(report);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("staging smoke: 12 of 12 endpoints answered\n");
    }
    m_prompter.fileLists = { { report } };
    m_window->evidence()->attachAction()->trigger();
    QVERIFY(QTest::qWaitFor([this] { return !m_window->evidence()->isBusy(); }, 30000));
    QString reportSha;
    for (const Evidence &e : doc->item(check)->evidenceList) {
        if (e.name == QLatin1String("smoke-report.txt"))
            reportSha = e.sha256;
    }
    QCOMPARE(reportSha.size(), 64);

    // 5. Who signs: a QA lead with a new key, required for this release.
    m_prompter.stakeholderAnswer = StakeholderAnswer { QStringLiteral("Quinn Tester"), QStringLiteral("QA lead"),
        QStringLiteral("quinn@example.com"), QByteArray("correct horse battery") };
    action(QStringLiteral("actionAddStakeholder"))->trigger();
    QVERIFY2(!m_window->banner()->isVisible() || m_window->banner()->kind() != InlineBanner::Kind::Error,
        qPrintable(m_window->banner()->text()));
    m_prompter.requirementAnswer = RequirementAnswer { QStringLiteral("QA lead"), 1 };
    action(QStringLiteral("actionRequireSignOff"))->trigger();
    QCOMPARE(doc->release().requiredSignOffs.size(), size_t(1));

    // 6. The sign-off, bound to the state reviewed.
    SignOffAnswer signOff;
    signOff.name = QStringLiteral("Quinn Tester");
    signOff.meaning = SignOffMeaning::Reviewed;
    signOff.comment = QStringLiteral("Reviewed on staging");
    signOff.passphrase = QByteArray("correct horse battery");
    m_prompter.signOffAnswer = signOff;
    action(QStringLiteral("actionSign"))->trigger();
    QCOMPARE(doc->release().signOffs.size(), size_t(1));

    // 7. The decision, beside the suggestion (NO-GO for this checklist: its metrics fail).
    DecisionRequest decision;
    decision.outcome = Decision::NoGo;
    decision.rationale = QStringLiteral("Coverage and bundle size block the release");
    m_prompter.decisionAnswer = decision;
    action(QStringLiteral("actionDecide"))->trigger();
    QVERIFY2(doc->release().decisionInForce(), qPrintable(m_window->banner()->text()));
    const QString code = doc->release().decisionInForce()->authorizationCode;
    QVERIFY(code.startsWith(QStringLiteral("GL-")));

    // 8. The decision record, exported and read back.
    const QString pdf = m_dir.filePath(QStringLiteral("decision.pdf"));
    m_prompter.files = { pdf };
    m_window->evidence()->exportRecordAction()->trigger();
    QVERIFY(QTest::qWaitFor([this] { return !m_window->evidence()->isBusy(); }, 60000));
    QVERIFY2(QFile::exists(pdf), qPrintable(m_window->banner()->text()));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    const QString out = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    for (const QString &expected : { releaseName.left(20), QStringLiteral("NO-GO"), code, QStringLiteral("Quinn Tester"),
             QStringLiteral("Staging answers"), reportSha, QStringLiteral("Coverage and bundle size block the release") })
        QVERIFY2(out.contains(expected), qPrintable(expected));
}

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
