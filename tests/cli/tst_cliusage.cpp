// Tests for the command line's edges: every usage error exits with 2 and a clear message and changes
// nothing, refused imports and foreign files leave no trace, --db works anywhere, the default
// workspace never gets a demo release, and help and version answer.

#include "CliRunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

class TestCliUsage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void usageErrors_data();
    void usageErrors();
    void refusedImportLeavesWorkspaceUnchanged();
    void missingOrForeignWorkspace();
    void dbOptionAnywhere();
    void defaultWorkspaceNeverSeedsDemo();
    void helpAndVersion();

private:
    CliRunner m_cli;
    // the tiny checklist, imported once for the usage error rows
    QString m_usageDb;
    qint64 m_usageRelease = 0;
    QJsonObject m_usageExport;
    QJsonObject m_usageStatus;
};

void TestCliUsage::initTestCase()
{
    QVERIFY(m_cli.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(GREENLIGHT_BINARY)), GREENLIGHT_BINARY);
    m_usageDb = m_cli.filePath(QStringLiteral("usage.greenlight"));
    m_cli.setDb(m_usageDb);
    m_usageRelease
        = m_cli.importFile(m_cli.writeFile(QStringLiteral("tiny-usage.md"), CliRunner::tinyChecklist));
    QVERIFY(m_usageRelease > 0);
    m_usageExport = m_cli.exportJson(m_usageRelease);
    m_usageStatus = m_cli.statusJson(m_usageRelease);
    QCOMPARE(m_usageStatus.value(QStringLiteral("leaf_total")).toInt(), 4);
}

void TestCliUsage::init()
{
    m_cli.nextDb();
}

void TestCliUsage::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // a part of stderr; placeholders {R} {ITEM} {GROUP} {GO}

    auto row = [](const char *name, const QStringList &args, const QString &message) {
        QTest::newRow(name) << args << message;
    };
    const QString R = QStringLiteral("{R}");
    const QString set = QStringLiteral("set");
    const QString status = QStringLiteral("--status");
    row("status without release", { QStringLiteral("status") }, QStringLiteral("missing"));
    // a mistyped verb must not open the window (CI has no display)
    row("mistyped verb", { QStringLiteral("stauts"), R }, QStringLiteral("unknown verb 'stauts'"));
    row("unknown release name", { QStringLiteral("status"), QStringLiteral("No Such Release") },
        QStringLiteral("No Such Release"));
    row("unknown release id", { QStringLiteral("status"), QStringLiteral("987654") },
        QStringLiteral("987654"));
    row("extra argument", { QStringLiteral("status"), R, QStringLiteral("extra") }, QStringLiteral("extra"));
    row("unknown option", { QStringLiteral("status"), R, QStringLiteral("--bogus") },
        QStringLiteral("bogus"));
    row("export without format", { QStringLiteral("export"), R }, QStringLiteral("--markdown"));
    row("export with both formats",
        { QStringLiteral("export"), R, QStringLiteral("--json"), QStringLiteral("-"),
            QStringLiteral("--markdown"), QStringLiteral("-") },
        QStringLiteral("exactly one"));
    row("export of unknown release",
        { QStringLiteral("export"), QStringLiteral("nope"), QStringLiteral("--json"), QStringLiteral("-") },
        QStringLiteral("nope"));
    row("export to a missing folder",
        { QStringLiteral("export"), R, QStringLiteral("--json"),
            QStringLiteral("/nonexistent-dir/x/out.json") },
        QStringLiteral("out.json"));
    row("set without item", { set, R }, QStringLiteral("missing"));
    row("set without status", { set, R, QStringLiteral("{ITEM}") }, QStringLiteral("--status"));
    row("set with a bad status", { set, R, QStringLiteral("{ITEM}"), status, QStringLiteral("done") },
        QStringLiteral(
            "not-started, in-progress, passed, failed, blocked, inconclusive, waived, not-applicable"));
    row("set of unknown item", { set, R, QStringLiteral("No such item"), status, QStringLiteral("passed") },
        QStringLiteral("No such item"));
    row("set of unknown item id", { set, R, QStringLiteral("987654"), status, QStringLiteral("passed") },
        QStringLiteral("987654"));
    row("waiver without reason and expiry",
        { set, R, QStringLiteral("{ITEM}"), status, QStringLiteral("waived") }, QStringLiteral("--expires"));
    row("bad expiry date",
        { set, R, QStringLiteral("{ITEM}"), status, QStringLiteral("waived"), QStringLiteral("--reason"),
            QStringLiteral("r"), QStringLiteral("--expires"), QStringLiteral("2025-13-01") },
        QStringLiteral("2025-13-01"));
    row("status on a group", { set, R, QStringLiteral("{GROUP}"), status, QStringLiteral("passed") },
        QString());
    row("metric without value", { QStringLiteral("metric"), R, QStringLiteral("Coverage") },
        QStringLiteral("--value"));
    row("unknown metric",
        { QStringLiteral("metric"), R, QStringLiteral("Speed"), QStringLiteral("--value"),
            QStringLiteral("3") },
        QStringLiteral("Speed"));
    row("unknown criterion",
        { QStringLiteral("criterion"), R, QStringLiteral("987654"), QStringLiteral("--holds"),
            QStringLiteral("yes") },
        QStringLiteral("987654"));
    row("criterion holds maybe",
        { QStringLiteral("criterion"), R, QStringLiteral("{GO}"), QStringLiteral("--holds"),
            QStringLiteral("maybe") },
        QStringLiteral("maybe"));
    row("criterion without holds", { QStringLiteral("criterion"), R, QStringLiteral("{GO}") },
        QStringLiteral("--holds"));
    row("import of a missing file", { QStringLiteral("import"), QStringLiteral("/nonexistent/list.md") },
        QStringLiteral("list.md"));
    row("import without file", { QStringLiteral("import") }, QStringLiteral("missing"));
    row("help for unknown verb", { QStringLiteral("help"), QStringLiteral("frobnicate") },
        QStringLiteral("frobnicate"));
    row("--db without value", { QStringLiteral("releases"), QStringLiteral("--db") }, QStringLiteral("--db"));
}

void TestCliUsage::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    // one workspace for every row: each row checks that it changed nothing
    m_cli.setDb(m_usageDb);
    const qint64 id = m_usageRelease;
    QVERIFY(id > 0);
    const QJsonObject &exported = m_usageExport;
    const QJsonObject group = exported[QStringLiteral("gates")][1][QStringLiteral("items")][0].toObject();
    QVERIFY(!group.value(QStringLiteral("children")).toArray().isEmpty());
    const QJsonObject &before = m_usageStatus;
    for (QString &a : arguments) {
        a.replace(QStringLiteral("{R}"), QString::number(id));
        a.replace(QStringLiteral("{ITEM}"), QStringLiteral("Build passes"));
        a.replace(QStringLiteral("{GROUP}"), QString::number(group.value(QStringLiteral("id")).toInteger()));
        a.replace(QStringLiteral("{GO}"),
            QString::number(
                exported[QStringLiteral("criteria")][QStringLiteral("go")][0][QStringLiteral("id")]
                    .toInteger()));
    }

    const CliRun run = m_cli.greenlight(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.out.isEmpty(), run.out);
    QVERIFY(!run.err.trimmed().isEmpty());
    QVERIFY2(run.errText().contains(message), run.err);
    QVERIFY2(run.errText().count(QLatin1Char('\n')) <= 3, run.err); // a clear message, not a help page
    QCOMPARE(m_cli.statusJson(id), before); // nothing changed
}

void TestCliUsage::refusedImportLeavesWorkspaceUnchanged()
{
    const qint64 id = m_cli.importFile(CliRunner::seedPath(CliRunner::readinessSeed));
    QVERIFY(id > 0);
    QFile db(m_cli.db());
    QVERIFY(db.open(QIODevice::ReadOnly));
    const QByteArray before = db.readAll();
    db.close();

    const QString empty = m_cli.writeFile(QStringLiteral("empty.md"), QByteArray());
    const QString binary = m_cli.writeFile(QStringLiteral("binary.md"),
        QByteArray("\x7f"
                   "ELF\0\0\x01\x02 binary",
            15));
    const QString prose
        = m_cli.writeFile(QStringLiteral("prose.md"), QByteArray("# Notes\n\nJust a paragraph.\n"));
    for (const QString &file : { empty, binary, prose }) {
        const CliRun run = m_cli.greenlight({ QStringLiteral("import"), file });
        QCOMPARE(run.code, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.errText().contains(QFileInfo(file).fileName()), run.err);
    }
    QVERIFY(db.open(QIODevice::ReadOnly));
    QCOMPARE(db.readAll(), before);
    const CliRun list = m_cli.greenlight({ QStringLiteral("releases"), QStringLiteral("--json") });
    QCOMPARE(CliRunner::parseObject(list.out).value(QStringLiteral("releases")).toArray().size(), 1);

    // a refused import into a new path does not create a workspace either
    const QString fresh = m_cli.filePath(QStringLiteral("never-created.greenlight"));
    QCOMPARE(m_cli.greenlight({ QStringLiteral("import"), empty }, fresh).code, 2);
    QVERIFY(!QFileInfo::exists(fresh));
}

void TestCliUsage::missingOrForeignWorkspace()
{
    const QString missing = m_cli.filePath(QStringLiteral("missing.greenlight"));
    const CliRun status = m_cli.greenlight({ QStringLiteral("status"), QStringLiteral("1") }, missing);
    QCOMPARE(status.code, 2);
    QVERIFY2(status.errText().contains(missing), status.err);
    QVERIFY(!QFileInfo::exists(missing));

    const QByteArray text("this is not a database, just text\n");
    const QString foreign = m_cli.writeFile(QStringLiteral("notes.txt"), text);
    const CliRun refused = m_cli.greenlight({ QStringLiteral("releases") }, foreign);
    QCOMPARE(refused.code, 2);
    QVERIFY(!refused.err.isEmpty());
    QFile file(foreign);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), text);
}

void TestCliUsage::dbOptionAnywhere()
{
    const qint64 id = m_cli.importFile(CliRunner::seedPath(CliRunner::readinessSeed));
    QVERIFY(id > 0);
    const QJsonObject expected = m_cli.statusJson(id);
    const QString rel = QString::number(id);
    const QList<QStringList> forms = {
        { QStringLiteral("status"), rel, QStringLiteral("--json"), QStringLiteral("--db"), m_cli.db() },
        { QStringLiteral("status"), QStringLiteral("--db"), m_cli.db(), rel, QStringLiteral("--json") },
        { QStringLiteral("--db=") + m_cli.db(), QStringLiteral("status"), rel, QStringLiteral("--json") },
    };
    for (const QStringList &args : forms) {
        const CliRun run = m_cli.greenlight(args, QStringLiteral("none"));
        QVERIFY2(run.code == 0, run.err);
        QCOMPARE(CliRunner::parseObject(run.out), expected);
    }
    // by unique name too
    const CliRun byName = m_cli.greenlight({ QStringLiteral("status"),
        expected.value(QStringLiteral("release")).toString(), QStringLiteral("--json") });
    QCOMPARE(byName.code, 0);
    QCOMPARE(CliRunner::parseObject(byName.out), expected);
}

void TestCliUsage::defaultWorkspaceNeverSeedsDemo()
{
    // no --db: the default path under the (redirected) data folder
    const CliRun none
        = m_cli.greenlight({ QStringLiteral("releases"), QStringLiteral("--json") }, QStringLiteral("none"));
    QCOMPARE(none.code, 0);
    const QJsonObject listed = CliRunner::parseObject(none.out);
    const QString defaultPath = listed.value(QStringLiteral("workspace")).toString();
    QVERIFY2(defaultPath.startsWith(m_cli.path()), qPrintable(defaultPath));
    QCOMPARE(listed.value(QStringLiteral("releases")).toArray().size(), 0);
    QVERIFY(!QFileInfo::exists(defaultPath));

    const CliRun imported = m_cli.greenlight(
        { QStringLiteral("import"), CliRunner::seedPath(CliRunner::readinessSeed) }, QStringLiteral("none"));
    QCOMPARE(imported.code, 0);
    QVERIFY(QFileInfo::exists(defaultPath));
    const CliRun after
        = m_cli.greenlight({ QStringLiteral("releases"), QStringLiteral("--json") }, QStringLiteral("none"));
    const QJsonArray releases = CliRunner::parseObject(after.out).value(QStringLiteral("releases")).toArray();
    QCOMPARE(releases.size(), 1); // the import, and no demo release beside it
    QCOMPARE(releases[0][QStringLiteral("id")].toInteger(), imported.outText().trimmed().toLongLong());
}

void TestCliUsage::helpAndVersion()
{
    const CliRun version = m_cli.greenlight({ QStringLiteral("--version") }, QStringLiteral("none"));
    QCOMPARE(version.code, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^greenlight \\d+\\.\\d+\\.\\d+\\n$"))
                 .match(version.outText())
                 .hasMatch(),
        version.out);

    const CliRun help = m_cli.greenlight({ QStringLiteral("--help") }, QStringLiteral("none"));
    QCOMPARE(help.code, 0);
    for (const char *verb : { "import", "export", "status", "releases", "set", "metric", "criterion" })
        QVERIFY2(
            help.outText().contains(QStringLiteral("\n  ") + QLatin1String(verb) + QLatin1Char(' ')), verb);
    QVERIFY(help.outText().contains(QStringLiteral("--db FILE")));

    const CliRun setHelp
        = m_cli.greenlight({ QStringLiteral("help"), QStringLiteral("set") }, QStringLiteral("none"));
    QCOMPARE(setHelp.code, 0);
    QVERIFY(setHelp.outText().contains(QStringLiteral("--expires YYYY-MM-DD")));
    QVERIFY(setHelp.outText().contains(QStringLiteral("not-applicable")));
    const CliRun statusHelp
        = m_cli.greenlight({ QStringLiteral("status"), QStringLiteral("--help") }, QStringLiteral("none"));
    QCOMPARE(statusHelp.code, 0);
    QVERIFY(statusHelp.outText().startsWith(
        QStringLiteral("Usage: greenlight [--db FILE] status RELEASE [--json]")));
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cliusage.moc"
