// `greenlight run` and `greenlight settings` end to end: the real binary on a release imported from
// a Markdown checklist whose commands are safe local ones, in a temporary working folder.

#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QSet>
#include <QtTest>

#include <csignal>

namespace {

const QByteArray runChecklist = R"(# CLI Run

## Gate 1: Checks

- [ ] Lint
  - Command: `sh -c 'echo lint ok'`
- [ ] Unit tests
  - Command: `printf 'tests ok\n'`
- [ ] Broken
  - Command: `sh -c 'echo boom >&2; exit 4'`
- [ ] Read the release notes

## Gate 2: Release

Requires previous gate: yes

- [ ] Tag
  - Command: `touch tagged`
)";

// A marker no other process on the machine has in its command line.
const QString sleeper = QStringLiteral("37.25");

const QByteArray slowChecklist = R"(# Slow

## Gate 1: Long

- [ ] Wait
  - Command: `sh -c 'sleep 37.25 & sleep 37.25; wait'`
)";

// Processes (not zombies) whose command line contains the marker.
QList<qint64> processesWith(const QString &marker)
{
    QList<qint64> found;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool isPid = false;
        const qint64 n = pid.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = cmdline.readAll().replace('\0', ' ');
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        stat.open(QIODevice::ReadOnly);
        const QByteArray st = stat.readAll();
        const qsizetype close = st.lastIndexOf(')');
        const bool zombie = close > 0 && st.size() > close + 2 && st.at(close + 2) == 'Z';
        if (text.contains(marker.toUtf8()) && !zombie && !text.contains("tst_clirun"))
            found.append(n);
    }
    return found;
}

} // namespace

class TestCliRun final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void refusesImportedCommandsNobodyApproved();
    void runsGateByGateAndRecordsEvidence();
    void exitZeroWhenEverythingThatRanPassed();
    void usageErrors_data();
    void usageErrors();
    void settingsShowAndChange();
    void sigtermCancelsCleanly();

private:
    qint64 importInto(const QString &folderName, const QByteArray &markdown);
    QJsonObject item(qint64 releaseId, const QString &title);

    std::unique_ptr<CliRunner> m_cli;
    QString m_work;
};

void TestCliRun::init()
{
    m_cli = std::make_unique<CliRunner>();
    QVERIFY(m_cli->isValid());
}

qint64 TestCliRun::importInto(const QString &folderName, const QByteArray &markdown)
{
    // The importer makes the checklist's folder the working folder.
    m_work = m_cli->filePath(folderName);
    QDir().mkpath(m_work);
    QFile file(QDir(m_work).filePath(QStringLiteral("checklist.md")));
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    file.write(markdown);
    file.close();
    return m_cli->importFile(file.fileName());
}

QJsonObject TestCliRun::item(qint64 releaseId, const QString &title)
{
    const QJsonObject json = m_cli->exportJson(releaseId);
    for (const QJsonValue &gate : json.value(QStringLiteral("gates")).toArray()) {
        for (const QJsonObject &i : CliRunner::flattenItems(gate.toObject().value(QStringLiteral("items")).toArray())) {
            if (i.value(QStringLiteral("title")).toString() == title)
                return i;
        }
    }
    return {};
}

void TestCliRun::refusesImportedCommandsNobodyApproved()
{
    const qint64 id = importInto(QStringLiteral("work"), runChecklist);
    QVERIFY(id);
    const CliRun run = m_cli->greenlight({ QStringLiteral("run"), QString::number(id) });
    QCOMPARE(run.code, 2);
    QVERIFY2(run.errText().contains(QStringLiteral("$ sh -c 'echo boom >&2; exit 4'")), run.err.constData());
    QVERIFY(run.errText().contains(QStringLiteral("--trust")));
    QVERIFY(run.errText().contains(m_work));
    QVERIFY(item(id, QStringLiteral("Lint")).value(QStringLiteral("runs")).toArray().isEmpty());
    QVERIFY(!QFile::exists(QDir(m_work).filePath(QStringLiteral("tagged"))));
}

void TestCliRun::runsGateByGateAndRecordsEvidence()
{
    const qint64 id = importInto(QStringLiteral("work"), runChecklist);
    const CliRun run = m_cli->greenlight({ QStringLiteral("run"), QString::number(id), QStringLiteral("--trust"),
        QStringLiteral("--jobs"), QStringLiteral("2") });
    QCOMPARE(run.code, 1);
    const QStringList lines = run.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);  // three items ran, one was blocked, one summary
    const qint64 lintId = item(id, QStringLiteral("Lint")).value(QStringLiteral("id")).toInteger();
    QVERIFY2(lines.filter(QRegularExpression(QStringLiteral("^passed +%1  Lint  \\(").arg(lintId))).size() == 1,
        run.out.constData());
    QVERIFY(lines.filter(QRegularExpression(QStringLiteral("^failed .*Broken .*: exited with code 4$"))).size() == 1);
    QVERIFY(lines.filter(QRegularExpression(QStringLiteral("^blocked .*Tag: .*Checks"))).size() == 1);
    QVERIFY2(lines.last().startsWith(QStringLiteral("2 passed, 1 failed, 0 cancelled, 1 blocked in ")), qPrintable(lines.last()));
    QVERIFY(!QFile::exists(QDir(m_work).filePath(QStringLiteral("tagged"))));

    // The contract: runs:[{started_at, finished_at, exit_code, verdict, log_sha256}].
    const QJsonObject lint = item(id, QStringLiteral("Lint"));
    QCOMPARE(lint.value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
    const QJsonArray runs = lint.value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonObject r = runs.at(0).toObject();
    QStringList keys = r.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList { QStringLiteral("exit_code"), QStringLiteral("finished_at"), QStringLiteral("log_sha256"),
                       QStringLiteral("started_at"), QStringLiteral("verdict") }));
    QCOMPARE(r.value(QStringLiteral("verdict")).toString(), QStringLiteral("passed"));
    QCOMPARE(r.value(QStringLiteral("exit_code")).toInt(-1), 0);
    QCOMPARE(r.value(QStringLiteral("log_sha256")).toString(),
        QString::fromLatin1(QCryptographicHash::hash("lint ok\n", QCryptographicHash::Sha256).toHex()));
    const QDateTime started = QDateTime::fromString(r.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
    QVERIFY(started.isValid());
    QCOMPARE(started.timeSpec(), Qt::UTC);

    const QJsonObject broken = item(id, QStringLiteral("Broken"));
    QCOMPARE(broken.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(broken.value(QStringLiteral("status_reason")).toString(), QStringLiteral("exited with code 4"));
    QCOMPARE(broken.value(QStringLiteral("runs")).toArray().at(0).toObject().value(QStringLiteral("exit_code")).toInt(), 4);
    QCOMPARE(item(id, QStringLiteral("Tag")).value(QStringLiteral("status")).toString(), QStringLiteral("blocked"));
}

void TestCliRun::exitZeroWhenEverythingThatRanPassed()
{
    const qint64 id = importInto(QStringLiteral("work"), runChecklist);
    const CliRun run = m_cli->greenlight({ QStringLiteral("run"), QString::number(id), QStringLiteral("--trust"),
        QStringLiteral("--item"), QStringLiteral("Lint"), QStringLiteral("--item"), QStringLiteral("Unit tests") });
    QCOMPARE(run.code, 0);
    QVERIFY(run.outText().contains(QStringLiteral("2 passed, 0 failed, 0 cancelled, 0 blocked")));
}

void TestCliRun::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("jobs zero") << QStringList { QStringLiteral("--jobs"), QStringLiteral("0") } << "--jobs";
    QTest::newRow("unknown gate") << QStringList { QStringLiteral("--gate"), QStringLiteral("Nope") } << "Nope";
    QTest::newRow("unknown item") << QStringList { QStringLiteral("--item"), QStringLiteral("Nope") } << "Nope";
    QTest::newRow("item without commands") << QStringList { QStringLiteral("--item"), QStringLiteral("Read the release notes") }
                                           << "has no commands";
    QTest::newRow("missing env file") << QStringList { QStringLiteral("--env-file"), QStringLiteral("/nonexistent/.env") }
                                      << "/nonexistent/.env";
}

void TestCliRun::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const qint64 id = importInto(QStringLiteral("work"), runChecklist);
    const CliRun run = m_cli->greenlight(QStringList { QStringLiteral("run"), QString::number(id), QStringLiteral("--trust") } + arguments);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.errText().contains(message), run.err.constData());
    QVERIFY(item(id, QStringLiteral("Lint")).value(QStringLiteral("runs")).toArray().isEmpty());
}

void TestCliRun::settingsShowAndChange()
{
    const qint64 id = importInto(QStringLiteral("work"), runChecklist);
    const CliRun shown = m_cli->greenlight({ QStringLiteral("settings"), QString::number(id) });
    QCOMPARE(shown.code, 0);
    QVERIFY2(shown.outText().contains(QStringLiteral("working folder: ") + m_work), shown.out.constData());
    QDir().mkpath(m_cli->filePath(QStringLiteral("other")));
    const CliRun changed = m_cli->greenlight({ QStringLiteral("settings"), QString::number(id), QStringLiteral("--working-folder"),
        m_cli->filePath(QStringLiteral("other")), QStringLiteral("--timeout"), QStringLiteral("7"), QStringLiteral("--secret-markers"),
        QStringLiteral("token,pin") });
    QCOMPARE(changed.code, 0);
    QVERIFY(changed.outText().contains(QStringLiteral("working folder: ") + m_cli->filePath(QStringLiteral("other"))));
    QVERIFY(changed.outText().contains(QStringLiteral("secret markers: TOKEN,PIN")));
    const QJsonObject settings = m_cli->exportJson(id).value(QStringLiteral("run_settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("timeout_seconds")).toInt(), 7);
    const CliRun bad = m_cli->greenlight({ QStringLiteral("settings"), QString::number(id), QStringLiteral("--working-folder"),
        m_cli->filePath(QStringLiteral("missing")) });
    QCOMPARE(bad.code, 2);
}

void TestCliRun::sigtermCancelsCleanly()
{
    QVERIFY2(processesWith(sleeper).isEmpty(), "a sleeper from an earlier run is still there");
    const qint64 id = importInto(QStringLiteral("slow"), slowChecklist);
    QVERIFY(id);
    QProcess greenlight;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_cli->filePath(QStringLiteral("home")));
    greenlight.setProcessEnvironment(env);
    greenlight.start(QStringLiteral(GREENLIGHT_BINARY),
        { QStringLiteral("--db"), m_cli->db(), QStringLiteral("run"), QString::number(id), QStringLiteral("--trust") });
    QVERIFY(greenlight.waitForStarted());
    QDeadlineTimer deadline(10000);
    while (processesWith(sleeper).size() < 3 && !deadline.hasExpired())
        QTest::qWait(50);
    QVERIFY(processesWith(sleeper).size() >= 3);  // the shell, its child and its grandchild

    ::kill(pid_t(greenlight.processId()), SIGTERM);
    QVERIFY(greenlight.waitForFinished(15000));
    QCOMPARE(greenlight.exitStatus(), QProcess::NormalExit);
    QCOMPARE(greenlight.exitCode(), 1);
    const QString out = QString::fromUtf8(greenlight.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("0 passed, 0 failed, 1 cancelled")), qPrintable(out));
    QVERIFY(out.startsWith(QStringLiteral("cancelled")));
    QVERIFY2(processesWith(sleeper).isEmpty(), "a command outlived the cancel");

    const QJsonObject wait = item(id, QStringLiteral("Wait"));
    QCOMPARE(wait.value(QStringLiteral("status")).toString(), QStringLiteral("not-started"));
    const QJsonArray runs = wait.value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.at(0).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("cancelled"));
}

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_clirun.moc"
