// ImportDialog on its own: both seeds previewed off the GUI thread and imported, a chosen name
// wins over the file's, and files that are not checklists are refused inside the dialog.

#include "ImportDialog.h"
#include "InlineBanner.h"
#include "ScriptedPrompter.h"
#include "itemmodels/ReleaseDocument.h"
#include "store/Workspace.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace gl;

class TestImportDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void previewAndImport_data();
    void previewAndImport();
    void chosenNameWins();
    void refusals_data();
    void refusals();
    void typedPathPreviews();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ReleaseDocument> m_document;
    ScriptedPrompter m_prompter;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GreenlightTests"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    Prompter::setCurrent(&m_prompter);
}

void TestImportDialog::init()
{
    m_prompter = ScriptedPrompter();
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Workspace::open(m_dir->filePath(QStringLiteral("work.greenlight")));
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    m_workspace = std::move(opened).value();
    m_document = std::make_unique<ReleaseDocument>();
    m_document->setWorkspace(m_workspace.get());
}

void TestImportDialog::cleanup()
{
    m_document.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestImportDialog::previewAndImport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("gates");
    QTest::addColumn<QString>("firstGate");
    QTest::addColumn<int>("metrics");
    QTest::newRow("readiness") << QStringLiteral("staging-readiness-checklist.md") << 8
                               << QStringLiteral("Phase 0: Preconditions") << -1;
    QTest::newRow("deployment") << QStringLiteral("staging-deployment-checklist.md") << -1
                                << QStringLiteral("GATE 1: CRITICAL FUNCTIONALITY (CURRENTLY FAILING)") << 7;
}

void TestImportDialog::previewAndImport()
{
    QFETCH(QString, file);
    QFETCH(int, gates);
    QFETCH(QString, firstGate);
    QFETCH(int, metrics);
    ImportDialog dialog(m_document.get());
    m_prompter.files = {QStringLiteral(GREENLIGHT_TEST_DATA "/") + file};
    QSignalSpy imported(&dialog, &ImportDialog::releaseImported);
    QVERIFY(dialog.browse());
    QVERIFY(dialog.isParsing());   // the work is on another thread; the dialog stays responsive
    QTRY_VERIFY(!dialog.isParsing());
    QTreeWidget *preview = dialog.previewTree();
    QVERIFY(preview->topLevelItemCount() == 3);
    QTreeWidgetItem *gateRows = preview->topLevelItem(0);
    if (gates >= 0)
        QCOMPARE(gateRows->childCount(), gates);
    QCOMPARE(gateRows->child(0)->text(0), firstGate);
    if (metrics >= 0)
        QCOMPARE(preview->topLevelItem(1)->childCount(), metrics);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importSummary"))->text().contains(QStringLiteral("gates")));
    QCOMPARE(m_workspace->releases().value().size(), size_t(0));   // nothing written yet

    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(importButton->isEnabled());
    QTest::mouseClick(importButton, Qt::LeftButton);
    QCOMPARE(imported.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto releases = m_workspace->releases().value();
    QCOMPARE(releases.size(), size_t(1));
    QCOMPARE(releases.at(0).id, dialog.importedReleaseId());
    QCOMPARE(m_workspace->loadRelease(releases.at(0).id).value().gates.at(0).title, firstGate);
}

void TestImportDialog::chosenNameWins()
{
    ImportDialog dialog(m_document.get());
    dialog.preview(QStringLiteral(GREENLIGHT_TEST_DATA "/staging-readiness-checklist.md"));
    QTRY_VERIFY(!dialog.isParsing());
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("importName"));
    QVERIFY(!name->placeholderText().isEmpty());   // the name the file gives
    QTest::keyClicks(name, QStringLiteral("Staging, week 32"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    QCOMPARE(m_workspace->releases().value().at(0).name, QStringLiteral("Staging, week 32"));
}

void TestImportDialog::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16);
    QTest::newRow("no checklist") << QByteArray("# Notes\n\nJust a paragraph, no list, no table.\n");
}

void TestImportDialog::refusals()
{
    QFETCH(QByteArray, bytes);
    QFile file(m_dir->filePath(QStringLiteral("input.md")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    ImportDialog dialog(m_document.get());
    dialog.show();
    dialog.preview(file.fileName());
    QTRY_VERIFY(!dialog.isParsing());
    auto *banner = dialog.findChild<InlineBanner *>(QStringLiteral("importBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), InlineBanner::Kind::Error);
    QVERIFY2(banner->text().contains(QStringLiteral("input.md")), qPrintable(banner->text()));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    QCOMPARE(dialog.previewTree()->topLevelItemCount(), 0);
    QCOMPARE(m_workspace->releases().value().size(), size_t(0));
}

void TestImportDialog::typedPathPreviews()
{
    ImportDialog dialog(m_document.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("importPath"));
    path->setFocus();
    QTest::keyClicks(path, QStringLiteral(GREENLIGHT_TEST_DATA "/staging-deployment-checklist.md"));
    QTest::keyClick(path, Qt::Key_Tab);   // editing finished
    QTRY_VERIFY(dialog.previewTree()->topLevelItemCount() == 3);
    QVERIFY(dialog.warningList()->count() >= 1);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
