// CommandRunner with real processes: verdicts and reasons, order and the first failure, the minimal
// environment, the working folder, hostile arguments that must not be interpreted, live output
// chunks, and the capped log under a flood on stdout and stderr at once.

#include "RunnerFixture.h"

#include <QFile>
#include <QTemporaryDir>

#include <csignal>

using namespace gl;
using fixture::Collected;
using fixture::request;
using fixture::runToEnd;

class TestCommandRunner final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void passingCommand();
    void failingCommand();
    void programThatIsNotFound();
    void programThatExecCannotStart();
    void refusalsBeforeAnythingRuns_data();
    void refusalsBeforeAnythingRuns();
    void stopsAtTheFirstFailure();
    void runsAllCommandsInOrder();
    void crashIsFailedWithTheSignal();
    void passRules_data();
    void passRules();
    void minimalEnvironment();
    void programsResolveAgainstTheChildPath();
    void workingFolder();
    void standardInputIsEmpty();
    void hostileArgumentsAreNotInterpreted_data();
    void hostileArgumentsAreNotInterpreted();
    void hostileArgumentsInsideShellCommands();
    void outputArrivesAsChunksPerChannel();
    void floodOnBothChannelsKeepsTheCap();
    void lowCapKeepsExactHeadMarkerTail();
    void oneRunAtATimeAndReusable();
    void secretSplitAcrossWritesIsMasked();
    void largeOutputIsCheckedOffThisThread_data();
    void largeOutputIsCheckedOffThisThread();

private:
    QString marker() const { return m_dir.filePath(QStringLiteral("MARK")); }
    bool markerExists() const { return QFile::exists(marker()); }
    QTemporaryDir m_dir;
};

void TestCommandRunner::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(marker());
}

void TestCommandRunner::passingCommand()
{
    CommandRunner runner;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const RunResult r = runToEnd(runner, request({ QStringLiteral("printf 'ok\\n'") }, m_dir.path()));
    QCOMPARE(r.verdict, Verdict::Passed);
    QCOMPARE(r.reason, QString());
    QCOMPARE(r.exitCode, std::optional<int>(0));
    QCOMPARE(r.signalNumber, std::optional<int>());
    QCOMPARE(r.log, QByteArray("ok\n"));
    QCOMPARE(r.totalBytes, qint64(3));
    QCOMPARE(r.bytesDropped, qint64(0));
    QCOMPARE(r.commandsRun, 1);
    QCOMPARE(r.commands, QStringList { QStringLiteral("printf 'ok\\n'") });
    QCOMPARE(r.workingDirectory, m_dir.path());
    QCOMPARE(r.startedAt.timeSpec(), Qt::UTC);
    QCOMPARE(r.finishedAt.timeSpec(), Qt::UTC);
    QVERIFY(r.startedAt >= before.addMSecs(-1));
    QVERIFY(r.finishedAt >= r.startedAt);
    QVERIFY(r.durationMs >= 0 && r.durationMs < 10000);
    QVERIFY(!runner.isRunning());
}

void TestCommandRunner::failingCommand()
{
    CommandRunner runner;
    // sh here is a plain program with two arguments: the script is not parsed by us.
    const RunResult r = runToEnd(runner, request({ QStringLiteral("sh -c 'echo failing >&2; exit 3'") }, m_dir.path()));
    QCOMPARE(r.verdict, Verdict::Failed);
    QCOMPARE(r.exitCode, std::optional<int>(3));
    QCOMPARE(r.reason, QStringLiteral("exited with code 3"));
    QCOMPARE(r.log, QByteArray("failing\n"));
}

void TestCommandRunner::programThatIsNotFound()
{
    CommandRunner runner;
    const RunResult r = runToEnd(runner, request({ QStringLiteral("greenlight-no-such-program --version") }, m_dir.path()));
    QCOMPARE(r.verdict, Verdict::Failed);
    QVERIFY2(r.reason.startsWith(QStringLiteral("could not start: ")), qPrintable(r.reason));
    QVERIFY(r.reason.contains(QStringLiteral("greenlight-no-such-program")));
    QCOMPARE(r.exitCode, std::optional<int>());
    QCOMPARE(r.commandsRun, 1);
}

void TestCommandRunner::programThatExecCannotStart()
{
    // Executable bit, but neither a binary nor a script with #!: execve refuses it (ENOEXEC), so the
    // failure comes from QProcess, not from our own lookup.
    QFile file(m_dir.filePath(QStringLiteral("not-a-program")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\x7f\x01\x02 garbage");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    CommandRunner runner;
    const RunResult r = runToEnd(runner, request({ QStringLiteral("./not-a-program") }, m_dir.path()));
    QCOMPARE(r.verdict, Verdict::Failed);
    QVERIFY2(r.reason.startsWith(QStringLiteral("could not start: ")), qPrintable(r.reason));
    QCOMPARE(r.exitCode, std::optional<int>());
}

void TestCommandRunner::refusalsBeforeAnythingRuns_data()
{
    QTest::addColumn<QStringList>("commands");
    QTest::addColumn<QString>("folder");  // relative to the test folder, or absolute when it starts with /
    QTest::addColumn<QString>("pattern"); // pass rule output pattern
    QTest::addColumn<QString>("reason");
    const QStringList touch { QStringLiteral("touch MARK") };
    QTest::newRow("no commands") << QStringList() << QString() << QString() << QStringLiteral("no commands");
    QTest::newRow("missing folder") << touch << QStringLiteral("missing") << QString() << QStringLiteral("does not exist");
    QTest::newRow("relative folder") << touch << QStringLiteral("=relative") << QString() << QStringLiteral("absolute");
    QTest::newRow("broken pattern") << touch << QString() << QStringLiteral("(") << QStringLiteral("regular expression");
    QTest::newRow("syntax error in a later command")
        << QStringList { QStringLiteral("touch MARK"), QStringLiteral("echo 'open") } << QString() << QString()
        << QStringLiteral("not closed");
}

void TestCommandRunner::refusalsBeforeAnythingRuns()
{
    QFETCH(QStringList, commands);
    QFETCH(QString, folder);
    QFETCH(QString, pattern);
    QFETCH(QString, reason);
    RunRequest r = request(commands, folder == QStringLiteral("=relative") ? QStringLiteral("some/dir")
                                                                          : m_dir.filePath(folder));
    r.passRule.outputPattern = pattern;
    CommandRunner runner;
    Collected seen;
    fixture::collect(runner, seen);
    const RunResult result = runToEnd(runner, r);
    QCOMPARE(result.verdict, Verdict::Failed);
    QVERIFY2(result.reason.contains(reason), qPrintable(result.reason));
    QVERIFY(seen.groups.isEmpty());
    QVERIFY(!markerExists());
}

void TestCommandRunner::stopsAtTheFirstFailure()
{
    CommandRunner runner;
    Collected seen;
    fixture::collect(runner, seen);
    const RunResult r = runToEnd(runner, request({ QStringLiteral("printf one"),
        QStringLiteral("sh -c 'printf two; exit 4'"), QStringLiteral("touch MARK") }, m_dir.path()));
    QCOMPARE(r.verdict, Verdict::Failed);
    QCOMPARE(r.reason, QStringLiteral("command 2 of 3: exited with code 4"));
    QCOMPARE(r.commandsRun, 2);
    QCOMPARE(r.exitCode, std::optional<int>(4));
    QCOMPARE(r.log, QByteArray("onetwo"));
    QCOMPARE(seen.groups.size(), 2);
    QVERIFY(!markerExists());
}

void TestCommandRunner::runsAllCommandsInOrder()
{
    CommandRunner runner;
    Collected seen;
    fixture::collect(runner, seen);
    const RunResult r = runToEnd(runner, request({ QStringLiteral("printf a"), QStringLiteral("touch MARK"),
        QStringLiteral("ls MARK") }, m_dir.path()));
    QCOMPARE(r.verdict, Verdict::Passed);
    QCOMPARE(r.commandsRun, 3);
    QCOMPARE(r.log, QByteArray("aMARK\n"));
    QCOMPARE(seen.groups.size(), 3);
    // Each command is its own session: its pid names its group.
    QVERIFY(seen.groups[0] != seen.groups[1] && seen.groups[1] != seen.groups[2]);
}

void TestCommandRunner::crashIsFailedWithTheSignal()
{
    CommandRunner runner;
    const RunResult r = runToEnd(runner, request({ QStringLiteral("sh -c 'kill -SEGV $$'") }, m_dir.path()));
    QCOMPARE(r.verdict, Verdict::Failed);
    QCOMPARE(r.signalNumber, std::optional<int>(SIGSEGV));
    QCOMPARE(r.exitCode, std::optional<int>());
    QCOMPARE(r.reason, QStringLiteral("killed by signal %1").arg(SIGSEGV));
}

void TestCommandRunner::passRules_data()
{
    QTest::addColumn<QStringList>("commands");
    QTest::addColumn<PassRule>("rule");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("reason");
    const auto rule = [](int code, const QString &pattern = QString(), PassRule::Match m = PassRule::Match::MustMatch) {
        PassRule r;
        r.expectedExitCode = code;
        r.outputPattern = pattern;
        r.match = m;
        return r;
    };
    using M = PassRule::Match;
    QTest::newRow("expected exit 1") << QStringList { QStringLiteral("sh -c 'exit 1'") } << rule(1) << Verdict::Passed
                                     << QString();
    QTest::newRow("expected exit 1 got 0") << QStringList { QStringLiteral("true") } << rule(1) << Verdict::Failed
                                           << QStringLiteral("exited with code 0 (expected 1)");
    QTest::newRow("expected code is for the last command only")
        << QStringList { QStringLiteral("sh -c 'exit 1'"), QStringLiteral("sh -c 'exit 1'") } << rule(1)
        << Verdict::Failed << QStringLiteral("command 1 of 2: exited with code 1");
    QTest::newRow("must match")
        << QStringList { QStringLiteral("printf 'suite\\nAll 12 tests passed\\n'") }
        << rule(0, QStringLiteral("^All \\d+ tests passed$")) << Verdict::Passed << QString();
    QTest::newRow("must match, absent") << QStringList { QStringLiteral("printf ok") } << rule(0, QStringLiteral("passed"))
                                        << Verdict::Failed << QStringLiteral("output does not match \u201cpassed\u201d");
    QTest::newRow("must not match, on stderr")
        << QStringList { QStringLiteral("sh -c 'echo ERROR: disk >&2'") }
        << rule(0, QStringLiteral("\\bERROR\\b"), M::MustNotMatch) << Verdict::Failed
        << QStringLiteral("output matches \u201c\\bERROR\\b\u201d, which it must not");
    QTest::newRow("must not match, absent") << QStringList { QStringLiteral("printf 'ERRORS: 0'") }
                                            << rule(0, QStringLiteral("\\bERROR\\b"), M::MustNotMatch)
                                            << Verdict::Passed << QString();
    QTest::newRow("output of every command counts")
        << QStringList { QStringLiteral("printf needle"), QStringLiteral("printf hay") }
        << rule(0, QStringLiteral("needle")) << Verdict::Passed << QString();
}

void TestCommandRunner::passRules()
{
    QFETCH(QStringList, commands);
    QFETCH(PassRule, rule);
    QFETCH(Verdict, verdict);
    QFETCH(QString, reason);
    RunRequest r = request(commands, m_dir.path());
    r.passRule = rule;
    CommandRunner runner;
    const RunResult result = runToEnd(runner, r);
    QCOMPARE(result.verdict, verdict);
    QCOMPARE(result.reason, reason);
}

void TestCommandRunner::minimalEnvironment()
{
    qputenv("GREENLIGHT_TEST_LEAK", "the app's own value");
    RunRequest r = request({ QStringLiteral("env") }, m_dir.path());
    r.addedEnvironment.insert(QStringLiteral("STAGING_ENV"), QStringLiteral("staging"));
    CommandRunner runner;
    const RunResult result = runToEnd(runner, r);
    qunsetenv("GREENLIGHT_TEST_LEAK");
    QCOMPARE(result.verdict, Verdict::Passed);
    QStringList keys;
    for (const QByteArray &line : result.log.split('\n')) {
        if (!line.isEmpty())
            keys.append(QString::fromUtf8(line.left(line.indexOf('='))));
    }
    keys.sort();
    QCOMPARE(keys, (QStringList { QStringLiteral("HOME"), QStringLiteral("LANG"), QStringLiteral("PATH"),
                       QStringLiteral("STAGING_ENV"), QStringLiteral("TERM") }));
    QVERIFY(!result.log.contains("the app's own value"));
    QVERIFY(result.log.contains("STAGING_ENV=staging\n"));
    QVERIFY(result.log.contains(QByteArray("PATH=").append(qgetenv("PATH")).append('\n')));
}

void TestCommandRunner::programsResolveAgainstTheChildPath()
{
    // The release's PATH replaces ours, for the lookup as well as for the child.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("tools")));
    QFile tool(m_dir.filePath(QStringLiteral("tools/release-tool")));
    QVERIFY(tool.open(QIODevice::WriteOnly));
    tool.write("#!/bin/sh\necho \"release tool $1\"\n");
    tool.close();
    QVERIFY(tool.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    RunRequest r = request({ QStringLiteral("release-tool 'a; b'") }, m_dir.path());
    r.addedEnvironment.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("tools")) + QStringLiteral(":/bin"));
    CommandRunner runner;
    RunResult result = runToEnd(runner, r);
    QCOMPARE(result.verdict, Verdict::Passed);
    QCOMPARE(result.log, QByteArray("release tool a; b\n"));

    r.commands = { QStringLiteral("env") };  // /usr/bin/env, which this PATH does not name
    r.addedEnvironment.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("tools")));
    result = runToEnd(runner, r);
    QCOMPARE(result.verdict, Verdict::Failed);
    QVERIFY2(result.reason.contains(QStringLiteral("\u201cenv\u201d")), qPrintable(result.reason));
}

void TestCommandRunner::workingFolder()
{
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub")));
    CommandRunner runner;
    const RunResult r = runToEnd(runner, request({ QStringLiteral("pwd") }, m_dir.filePath(QStringLiteral("sub"))));
    QCOMPARE(r.verdict, Verdict::Passed);
    QCOMPARE(QString::fromUtf8(r.log).trimmed(), QFileInfo(m_dir.filePath(QStringLiteral("sub"))).canonicalFilePath());
}

void TestCommandRunner::standardInputIsEmpty()
{
    // A command that reads stdin must see end of file at once, not hang the run.
    CommandRunner runner;
    RunRequest r = request({ QStringLiteral("cat") }, m_dir.path());
    r.timeout = std::chrono::milliseconds(5000);
    const RunResult result = runToEnd(runner, r);
    QCOMPARE(result.verdict, Verdict::Passed);
    QCOMPARE(result.log, QByteArray());
}

void TestCommandRunner::hostileArgumentsAreNotInterpreted_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("semicolon") << QStringLiteral("printf '%s\\n' '; touch MARK'") << QByteArray("; touch MARK\n");
    QTest::newRow("substitution") << QStringLiteral("printf '%s\\n' '$(touch MARK)'") << QByteArray("$(touch MARK)\n");
    QTest::newRow("backticks") << QStringLiteral("printf '%s\\n' '`touch MARK`'") << QByteArray("`touch MARK`\n");
    QTest::newRow("and-and") << QStringLiteral("printf '%s\\n' \"&& touch MARK\"") << QByteArray("&& touch MARK\n");
    QTest::newRow("redirection") << QStringLiteral("printf '%s\\n' '>MARK' '<MARK'") << QByteArray(">MARK\n<MARK\n");
    QTest::newRow("escaped semicolon") << QStringLiteral("printf '%s\\n' \\; touch MARK")
                                       << QByteArray(";\ntouch\nMARK\n");
    QTest::newRow("quotes") << QStringLiteral("printf '%s\\n' \"it's\" 'say \"hi\"' \"a\\\"b\"")
                            << QByteArray("it's\nsay \"hi\"\na\"b\n");
    QTest::newRow("newline inside an argument") << QStringLiteral("printf '[%s]\\n' 'one\ntouch MARK'")
                                                << QByteArray("[one\ntouch MARK]\n");
    QTest::newRow("glob and variable") << QStringLiteral("printf '%s\\n' '*' '$HOME' '~'") << QByteArray("*\n$HOME\n~\n");
}

void TestCommandRunner::hostileArgumentsAreNotInterpreted()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, output);
    QVERIFY(!CommandLine::parse(command).needsShell());
    CommandRunner runner;
    const RunResult r = runToEnd(runner, request({ command }, m_dir.path()));
    QCOMPARE(r.verdict, Verdict::Passed);
    QCOMPARE(r.log, output);
    QVERIFY(!markerExists());
}

void TestCommandRunner::hostileArgumentsInsideShellCommands()
{
    // Needing the shell does not mean quoted text gets run: sh keeps single quotes literal too.
    const QString command = QStringLiteral("printf '%s\\n' '; touch MARK' '$(touch MARK)' | cat");
    QVERIFY(CommandLine::parse(command).needsShell());
    CommandRunner runner;
    RunResult r = runToEnd(runner, request({ command }, m_dir.path()));
    QCOMPARE(r.verdict, Verdict::Passed);
    QCOMPARE(r.log, QByteArray("; touch MARK\n$(touch MARK)\n"));
    QVERIFY(!markerExists());
    // The control: the same check does see a marker the shell really creates.
    r = runToEnd(runner, request({ QStringLiteral("true && touch MARK") }, m_dir.path()));
    QCOMPARE(r.verdict, Verdict::Passed);
    QVERIFY(markerExists());
}

void TestCommandRunner::outputArrivesAsChunksPerChannel()
{
    CommandRunner runner;
    Collected seen;
    fixture::collect(runner, seen);
    const RunResult r = runToEnd(runner, request({ QStringLiteral("sh -c 'printf out; printf err >&2; printf more'") },
        m_dir.path()));
    QCOMPARE(r.verdict, Verdict::Passed);
    QCOMPARE(seen.out, QByteArray("outmore"));
    QCOMPARE(seen.err, QByteArray("err"));
    QCOMPARE(r.log.size(), qsizetype(10));
    QVERIFY(seen.chunks >= 2);
}

void TestCommandRunner::floodOnBothChannelsKeepsTheCap()
{
    // 50 MB on each pipe at once: a reader that favoured one pipe, or waited for the end, would
    // leave the child blocked on the other and the run would time out.
    const qint64 each = 50'000'000;
    RunRequest r = request({ QStringLiteral("head -c %1 /dev/zero & head -c %1 /dev/zero >&2; wait").arg(each) },
        m_dir.path());
    r.timeout = std::chrono::milliseconds(60000);
    CommandRunner runner;
    qint64 outBytes = 0;
    qint64 errBytes = 0;
    connect(&runner, &CommandRunner::outputReceived, this, [&](QProcess::ProcessChannel channel, const QByteArray &chunk) {
        (channel == QProcess::StandardOutput ? outBytes : errBytes) += chunk.size();
    });
    const RunResult result = runToEnd(runner, r, 70000);
    QCOMPARE(result.verdict, Verdict::Passed);
    QCOMPARE(outBytes, each);
    QCOMPARE(errBytes, each);
    QCOMPARE(result.totalBytes, 2 * each);
    const qint64 cap = OutputCapture::defaultCap;
    QCOMPARE(result.bytesDropped, 2 * each - cap);
    const QByteArray marker = OutputCapture::marker(2 * each - cap);
    QCOMPARE(result.log.size(), cap + marker.size());
    QCOMPARE(result.log.mid(cap / 2, marker.size()), marker);
}

void TestCommandRunner::lowCapKeepsExactHeadMarkerTail()
{
    QByteArray all;
    for (int i = 1; i <= 20000; ++i)
        all += QByteArray::number(i) + '\n';
    RunRequest r = request({ QStringLiteral("seq 1 20000") }, m_dir.path());
    r.outputCap = 1000;
    CommandRunner runner;
    const RunResult result = runToEnd(runner, r);
    QCOMPARE(result.verdict, Verdict::Passed);
    QCOMPARE(result.totalBytes, qint64(all.size()));
    QCOMPARE(result.bytesDropped, qint64(all.size() - 1000));
    QCOMPARE(result.log, all.left(500) + OutputCapture::marker(all.size() - 1000) + all.right(500));
}

void TestCommandRunner::oneRunAtATimeAndReusable()
{
    CommandRunner runner;
    QSignalSpy finished(&runner, &CommandRunner::finished);
    QVERIFY(runner.start(request({ QStringLiteral("printf first") }, m_dir.path())));
    QVERIFY(runner.isRunning());
    QVERIFY(!runner.start(request({ QStringLiteral("touch MARK") }, m_dir.path())));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().constFirst().value<RunResult>().log, QByteArray("first"));
    const RunResult second = runToEnd(runner, request({ QStringLiteral("printf second") }, m_dir.path()));
    QCOMPARE(second.log, QByteArray("second"));
    QCOMPARE(finished.size(), 2);  // one per run: the refused start added nothing
    QVERIFY(!markerExists());
    runner.cancel();  // idle: nothing happens
    QTest::qWait(50);
    QCOMPARE(finished.size(), 2);
}

void TestCommandRunner::secretSplitAcrossWritesIsMasked()
{
    // The child prints the secret in two writes with a pause between, so the pipe delivers it in
    // two reads; its base64 form goes to stderr. Neither may reach the console or the log.
    const QByteArray secret = "s3cr3t-Tok3n-value";
    const QByteArray encoded = secret.toBase64();
    CommandRunner runner;
    Collected seen;
    collect(runner, seen);
    RunRequest r = request({ QStringLiteral("sh -c 'printf \"token=s3cr3t-To\"; sleep 0.2; "
                                            "printf \"k3n-value done\\n\"; printf \"%1\\n\" >&2'")
                                 .arg(QString::fromLatin1(encoded)) },
        m_dir.path());
    r.masker = SecretMasker::fromValues({ secret });
    const RunResult result = runToEnd(runner, r);
    QCOMPARE(result.verdict, Verdict::Passed);
    QVERIFY2(seen.chunks >= 2, "the secret must have arrived in more than one read");
    QCOMPARE(seen.out, QByteArray("token=*** done\n"));
    QCOMPARE(seen.err, QByteArray("***\n"));
    QVERIFY(!result.log.contains("s3cr3t"));
    QVERIFY(!result.log.contains(encoded));
    QVERIFY(result.log.contains("token=*** done"));
}

void TestCommandRunner::largeOutputIsCheckedOffThisThread_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("mustMatch");
    QTest::addColumn<bool>("passes");
    QTest::newRow("must match, matches") << QStringLiteral("^DONE$") << true << true;
    QTest::newRow("must match, does not") << QStringLiteral("^MISSING$") << true << false;
    QTest::newRow("must not match, matches") << QStringLiteral("^DONE$") << false << false;
}

void TestCommandRunner::largeOutputIsCheckedOffThisThread()
{
    // 3 MB of output before the line the rule looks for: the check runs on a pool thread and the
    // verdict still arrives once, through finished(), with the rule's reason.
    QFETCH(QString, pattern);
    QFETCH(bool, mustMatch);
    QFETCH(bool, passes);
    CommandRunner runner;
    RunRequest r = request({ QStringLiteral("sh -c 'head -c 3000000 /dev/zero | tr \"\\\\000\" a; printf \"\\\\nDONE\\\\n\"'") }, m_dir.path());
    r.passRule.outputPattern = pattern;
    r.passRule.match = mustMatch ? PassRule::Match::MustMatch : PassRule::Match::MustNotMatch;
    QSignalSpy finished(&runner, &CommandRunner::finished);
    const RunResult result = runToEnd(runner, r);
    QCOMPARE(result.totalBytes, qint64(3000006));
    QCOMPARE(result.verdict, passes ? Verdict::Passed : Verdict::Failed);
    QCOMPARE(result.reason.isEmpty(), passes);
    if (!passes)
        QVERIFY2(result.reason.contains(pattern), qPrintable(result.reason));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!runner.isRunning());
}

QTEST_GUILESS_MAIN(TestCommandRunner)
#include "tst_commandrunner.moc"
