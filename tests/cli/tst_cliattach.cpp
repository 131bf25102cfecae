// `greenlight attach`, `evidence`, `verify`, `metric --from-item` and `export --bundle` end to end:
// the real binary on a workspace in a temporary folder, real files, the stored chunks damaged with
// the sqlite3 shell, the bundle read back with libarchive.

#include "CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QtTest>

#include <archive.h>
#include <archive_entry.h>

namespace {

QByteArray coverageSummary(double linesPct)
{
    return QStringLiteral(R"({"total": {"lines": {"total": 1000, "covered": %1, "skipped": 0, "pct": %2},
 "statements": {"total": 1200, "covered": 840, "skipped": 0, "pct": 70},
 "functions": {"total": 100, "covered": 80, "skipped": 0, "pct": 80},
 "branches": {"total": 400, "covered": 260, "skipped": 0, "pct": 65}},
 "/src/app.ts": {"lines": {"total": 10, "covered": 7, "skipped": 0, "pct": 70}}}
)")
        .arg(qRound(linesPct * 10))
        .arg(linesPct)
        .toUtf8();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// name -> content of every entry of a zip
QMap<QString, QByteArray> readZip(const QString &path, QString *error)
{
    QMap<QString, QByteArray> entries;
    archive *a = archive_read_new();
    archive_read_support_format_zip(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 65536) != ARCHIVE_OK) {
        *error = QString::fromLocal8Bit(archive_error_string(a));
        archive_read_free(a);
        return entries;
    }
    archive_entry *entry = nullptr;
    while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
        const QString name = QString::fromUtf8(archive_entry_pathname_utf8(entry));
        QByteArray content;
        char buffer[65536];
        la_ssize_t n = 0;
        while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0)
            content.append(buffer, qsizetype(n));
        entries.insert(name, content);
    }
    archive_read_free(a);
    return entries;
}

QJsonObject metricNamed(const QJsonObject &status, const QString &name)
{
    return CliRunner::findByKey(status.value(QStringLiteral("metrics")).toArray(), QStringLiteral("name"), name);
}

} // namespace

class TestCliAttach : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void attachListsAndExports();
    void sameContentTwice();
    void survivesTheOriginal();
    void refusals_data();
    void refusals();
    void linksAndNotes();
    void verifyNamesDamage();
    void requirementHoldsBackPassing();
    void metricFollowsNewestReport();
    void bindingUsageErrors();
    void bundle();

private:
    qint64 importTiny();
    qint64 itemId(qint64 release, const QString &title);
    QJsonObject itemJson(qint64 release, const QString &title);

    CliRunner m_cli;
};

void TestCliAttach::init()
{
    QVERIFY(m_cli.isValid());
    m_cli.nextDb();
}

qint64 TestCliAttach::importTiny()
{
    return m_cli.importFile(m_cli.writeFile(QStringLiteral("tiny-%1.md").arg(m_cli.counter()), CliRunner::tinyChecklist));
}

QJsonObject TestCliAttach::itemJson(qint64 release, const QString &title)
{
    const QJsonObject exported = m_cli.exportJson(release);
    for (const QJsonValue &gate : exported.value(QStringLiteral("gates")).toArray()) {
        for (const QJsonObject &item : CliRunner::flattenItems(gate.toObject().value(QStringLiteral("items")).toArray())) {
            if (item.value(QStringLiteral("title")).toString() == title)
                return item;
        }
    }
    return {};
}

qint64 TestCliAttach::itemId(qint64 release, const QString &title)
{
    return itemJson(release, title).value(QStringLiteral("id")).toInteger();
}

void TestCliAttach::attachListsAndExports()
{
    const qint64 r = importTiny();
    QVERIFY(r > 0);
    const QByteArray log = "make: all targets built\n";
    const QString path = m_cli.writeFile(QStringLiteral("build.log"), log);
    const CliRun run = m_cli.greenlight({ QStringLiteral("attach"), QString::number(r), QStringLiteral("Build passes"), path,
        QStringLiteral("--note"), QStringLiteral("from CI job 77") });
    QVERIFY2(run.code == 0, run.err.constData());
    QVERIFY2(run.outText().contains(sha256Hex(log)), run.out.constData());

    const QJsonArray evidence = itemJson(r, QStringLiteral("Build passes")).value(QStringLiteral("evidence")).toArray();
    QCOMPARE(evidence.size(), 1);
    const QJsonObject e = evidence[0].toObject();
    for (const char *key : { "id", "kind", "name", "size", "sha256", "added_at", "added_by" })
        QVERIFY2(e.contains(QLatin1String(key)), key);
    QCOMPARE(e.value(QStringLiteral("kind")).toString(), QStringLiteral("file"));
    QCOMPARE(e.value(QStringLiteral("name")).toString(), QStringLiteral("build.log"));
    QCOMPARE(e.value(QStringLiteral("size")).toInteger(), log.size());
    QCOMPARE(e.value(QStringLiteral("sha256")).toString(), sha256Hex(log));
    QCOMPARE(e.value(QStringLiteral("note")).toString(), QStringLiteral("from CI job 77"));
    const QDateTime added = QDateTime::fromString(e.value(QStringLiteral("added_at")).toString(), Qt::ISODate);
    QVERIFY(qAbs(added.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    // the evidence verb lists it with its short hash
    const CliRun listed = m_cli.greenlight({ QStringLiteral("evidence"), QString::number(r), QStringLiteral("Build passes") });
    QCOMPARE(listed.code, 0);
    QVERIFY2(listed.outText().contains(sha256Hex(log).left(12)), listed.out.constData());
    QVERIFY(listed.outText().contains(QStringLiteral("build.log")));
}

void TestCliAttach::sameContentTwice()
{
    const qint64 r = importTiny();
    const QByteArray bytes = QByteArray(300000, 'x') + "end";
    const QString a = m_cli.writeFile(QStringLiteral("a.txt"), bytes);
    const QString b = m_cli.writeFile(QStringLiteral("b.txt"), bytes);
    QCOMPARE(m_cli.greenlight({ QStringLiteral("attach"), QString::number(r), QStringLiteral("Build passes"), a, b }).code, 0);
    QCOMPARE(m_cli.greenlight({ QStringLiteral("attach"), QString::number(r), QStringLiteral("Unit tests pass"), a }).code, 0);
    QCOMPARE(itemJson(r, QStringLiteral("Build passes")).value(QStringLiteral("evidence")).toArray().size(), 2);
    // three pieces of evidence, one stored content
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), { m_cli.db(), QStringLiteral("SELECT count(*) FROM blobs WHERE size = 300003;") });
    QVERIFY(sqlite.waitForFinished());
    QCOMPARE(sqlite.readAllStandardOutput().trimmed(), QByteArray("1"));
}

void TestCliAttach::survivesTheOriginal()
{
    const qint64 r = importTiny();
    QByteArray bytes;
    for (int i = 0; i < 200000; ++i)
        bytes += QByteArray::number(i) + '\n';
    const QString path = m_cli.writeFile(QStringLiteral("gone.log"), bytes);
    QCOMPARE(m_cli.greenlight({ QStringLiteral("attach"), QString::number(r), QStringLiteral("Build passes"), path }).code, 0);
    QVERIFY(QFile::remove(path));
    const qint64 id = itemJson(r, QStringLiteral("Build passes"))[QStringLiteral("evidence")][0][QStringLiteral("id")].toInteger();
    const QString out = m_cli.filePath(QStringLiteral("back.log"));
    const CliRun saved = m_cli.greenlight({ QStringLiteral("evidence"), QString::number(r), QStringLiteral("Build passes"),
        out, QStringLiteral("--save"), QString::number(id) });
    QVERIFY2(saved.code == 0, saved.err.constData());
    QFile back(out);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), bytes);
}

void TestCliAttach::refusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("symlink") << QStringLiteral("symlink") << QStringLiteral("symbolic link");
    QTest::newRow("directory") << QStringLiteral("directory") << QStringLiteral("folder");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("device") << QStringLiteral("device") << QStringLiteral("/dev/null");
    QTest::newRow("group item") << QStringLiteral("group") << QStringLiteral("group");
}

void TestCliAttach::refusals()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const qint64 r = importTiny();
    const QString good = m_cli.writeFile(QStringLiteral("good.txt"), "fine\n");
    QString path = good;
    QString item = QStringLiteral("Build passes");
    if (kind == QLatin1String("symlink")) {
        path = m_cli.filePath(QStringLiteral("link.txt"));
        QFile::remove(path);
        QVERIFY(QFile::link(good, path));
    } else if (kind == QLatin1String("directory")) {
        path = m_cli.path();
    } else if (kind == QLatin1String("missing")) {
        path = m_cli.filePath(QStringLiteral("no-such-file.txt"));
    } else if (kind == QLatin1String("device")) {
        path = QStringLiteral("/dev/null");
    } else if (kind == QLatin1String("group")) {
        item = QStringLiteral("Deploy to staging");
    }
    // the good file first: a refused second file leaves neither attached
    const CliRun run = m_cli.greenlight({ QStringLiteral("attach"), QString::number(r), item, good, path });
    QCOMPARE(run.code, 2);
    QVERIFY2(run.errText().contains(message), run.err.constData());
    if (kind != QLatin1String("group"))
        QVERIFY2(run.errText().contains(path), run.err.constData());
    for (const QString &title : { QStringLiteral("Build passes"), QStringLiteral("Push image") })
        QCOMPARE(itemJson(r, title).value(QStringLiteral("evidence")).toArray().size(), 0);
}

void TestCliAttach::linksAndNotes()
{
    const qint64 r = importTiny();
    const QString R = QString::number(r);
    QCOMPARE(m_cli.greenlight({ QStringLiteral("attach"), R, QStringLiteral("Roll out"), QStringLiteral("--url"),
                 QStringLiteral("https://ci.example.org/pipelines/77"), QStringLiteral("--title"), QStringLiteral("Pipeline 77") })
                 .code,
        0);
    QCOMPARE(m_cli.greenlight({ QStringLiteral("attach"), R, QStringLiteral("Roll out"), QStringLiteral("--note"),
                 QStringLiteral("Rolled out by hand, watched the dashboards") })
                 .code,
        0);
    const CliRun js = m_cli.greenlight({ QStringLiteral("attach"), R, QStringLiteral("Roll out"), QStringLiteral("--url"),
        QStringLiteral("javascript:alert(1)") });
    QCOMPARE(js.code, 2);
    const QJsonArray evidence = itemJson(r, QStringLiteral("Roll out")).value(QStringLiteral("evidence")).toArray();
    QCOMPARE(evidence.size(), 2);
    QCOMPARE(evidence[0][QStringLiteral("kind")].toString(), QStringLiteral("url"));
    QCOMPARE(evidence[0][QStringLiteral("url")].toString(), QStringLiteral("https://ci.example.org/pipelines/77"));
    QCOMPARE(evidence[0][QStringLiteral("name")].toString(), QStringLiteral("Pipeline 77"));
    QVERIFY(evidence[0][QStringLiteral("sha256")].isNull());
    QCOMPARE(evidence[1][QStringLiteral("kind")].toString(), QStringLiteral("note"));
    QCOMPARE(evidence[1][QStringLiteral("note")].toString(), QStringLiteral("Rolled out by hand, watched the dashboards"));
}

void TestCliAttach::verifyNamesDamage()
{
    const qint64 r = importTiny();
    const QString R = QString::number(r);
    const QString path = m_cli.writeFile(QStringLiteral("junit.xml"), QByteArray(5000, 'a'));
    QCOMPARE(m_cli.greenlight({ QStringLiteral("attach"), R, QStringLiteral("Unit tests pass"), path }).code, 0);
    const CliRun clean = m_cli.greenlight({ QStringLiteral("verify"), R });
    QVERIFY2(clean.code == 0, clean.out.constData());
    QVERIFY2(clean.outText().contains(QStringLiteral("of stored content, 0 problems")), clean.out.constData());
    QVERIFY(clean.outText().contains(QStringLiteral("all is sound")));

    // flip one byte of the stored chunk
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
        { m_cli.db(), QStringLiteral("UPDATE blob_chunks SET data = CAST('b' || substr(data, 2) AS BLOB);") });
    QVERIFY(sqlite.waitForFinished());
    QCOMPARE(sqlite.exitCode(), 0);

    const CliRun damaged = m_cli.greenlight({ QStringLiteral("verify"), R });
    QCOMPARE(damaged.code, 1);
    const qint64 evidenceId
        = itemJson(r, QStringLiteral("Unit tests pass"))[QStringLiteral("evidence")][0][QStringLiteral("id")].toInteger();
    QVERIFY2(damaged.outText().contains(QStringLiteral("evidence %1 \"junit.xml\"").arg(evidenceId)), damaged.out.constData());
    QVERIFY2(damaged.outText().contains(QStringLiteral("\"Unit tests pass\"")), damaged.out.constData());
    // the whole workspace too
    QCOMPARE(m_cli.greenlight({ QStringLiteral("verify") }).code, 1);
}

void TestCliAttach::requirementHoldsBackPassing()
{
    const qint64 r = importTiny();
    const QString R = QString::number(r);
    const QString item = QStringLiteral("Unit tests pass");
    QCOMPARE(m_cli.greenlight({ QStringLiteral("evidence"), R, item, QStringLiteral("--require"), QStringLiteral("--max-age"),
                 QStringLiteral("24") })
                 .code,
        0);
    QJsonObject status = m_cli.statusJson(r);
    QCOMPARE(status[QStringLiteral("evidence")][QStringLiteral("missing")].toInt(), 1);
    QCOMPARE(status[QStringLiteral("gates")][0][QStringLiteral("evidence_missing")].toInt(), 1);
    QCOMPARE(status[QStringLiteral("evidence")][QStringLiteral("items")][0][QStringLiteral("title")].toString(), item);

    const CliRun refused = m_cli.greenlight({ QStringLiteral("set"), R, item, QStringLiteral("--status"), QStringLiteral("passed") });
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.errText().contains(QStringLiteral("missing")), refused.err.constData());
    // a note is not evidence
    QCOMPARE(m_cli.greenlight({ QStringLiteral("attach"), R, item, QStringLiteral("--note"), QStringLiteral("trust me") }).code, 0);
    QCOMPARE(m_cli.greenlight({ QStringLiteral("set"), R, item, QStringLiteral("--status"), QStringLiteral("passed") }).code, 2);

    const QString path = m_cli.writeFile(QStringLiteral("tests.log"), "42 passed\n");
    QCOMPARE(m_cli.greenlight({ QStringLiteral("attach"), R, item, path }).code, 0);
    const CliRun passed = m_cli.greenlight({ QStringLiteral("set"), R, item, QStringLiteral("--status"), QStringLiteral("passed") });
    QVERIFY2(passed.code == 0, passed.err.constData());
    status = m_cli.statusJson(r);
    QCOMPARE(status[QStringLiteral("evidence")][QStringLiteral("missing")].toInt(), 0);
    QCOMPARE(status[QStringLiteral("evidence")][QStringLiteral("stale")].toInt(), 0);
    QCOMPARE(itemJson(r, item).value(QStringLiteral("evidence_max_age_hours")).toInt(), 24);
}

void TestCliAttach::metricFollowsNewestReport()
{
    const qint64 r = importTiny();
    const QString R = QString::number(r);
    const QString item = QStringLiteral("Unit tests pass");
    // every other condition of GO holds: gates done, Docs met, the GO criterion holds
    for (const QString &leaf : { QStringLiteral("Build passes"), item, QStringLiteral("Push image"), QStringLiteral("Roll out") })
        QCOMPARE(m_cli.greenlight({ QStringLiteral("set"), R, leaf, QStringLiteral("--status"), QStringLiteral("passed") }).code, 0);
    QCOMPARE(m_cli.greenlight({ QStringLiteral("metric"), R, QStringLiteral("Docs"), QStringLiteral("--value"), QStringLiteral("9") }).code, 0);
    const QJsonObject before = m_cli.exportJson(r);
    for (const QJsonValue &c : before[QStringLiteral("criteria")][QStringLiteral("go")].toArray())
        QCOMPARE(m_cli.greenlight({ QStringLiteral("criterion"), R, QString::number(c[QStringLiteral("id")].toInteger()),
                     QStringLiteral("--holds"), QStringLiteral("yes") })
                     .code,
            0);
    QCOMPARE(m_cli.statusJson(r).value(QStringLiteral("suggested_decision")).toString(), QStringLiteral("NO-GO"));

    const CliRun bound = m_cli.greenlight({ QStringLiteral("metric"), R, QStringLiteral("Coverage"), QStringLiteral("--from-item"),
        item, QStringLiteral("--parser"), QStringLiteral("coverage"), QStringLiteral("--field"), QStringLiteral("lines") });
    QVERIFY2(bound.code == 0, bound.err.constData());
    // nothing attached yet: the value stands
    QCOMPARE(metricNamed(m_cli.statusJson(r), QStringLiteral("Coverage"))[QStringLiteral("current")].toDouble(), 10.0);

    const QString good = m_cli.writeFile(QStringLiteral("coverage-summary.json"), coverageSummary(71.3));
    const CliRun attached = m_cli.greenlight({ QStringLiteral("attach"), R, item, good });
    QVERIFY2(attached.code == 0, attached.err.constData());
    QVERIFY2(attached.outText().contains(QStringLiteral("71.3%")), attached.out.constData());
    QJsonObject status = m_cli.statusJson(r);
    QJsonObject coverage = metricNamed(status, QStringLiteral("Coverage"));
    QCOMPARE(coverage[QStringLiteral("current")].toDouble(), 71.3);
    QCOMPARE(coverage[QStringLiteral("met")].toBool(), true);
    QCOMPARE(coverage[QStringLiteral("source")][QStringLiteral("parser")].toString(), QStringLiteral("coverage"));
    QVERIFY2(status.value(QStringLiteral("suggested_decision")).toString() == QStringLiteral("GO"),
        QJsonDocument(status.value(QStringLiteral("reasons")).toArray()).toJson().constData());

    // a screenshot attached later does not unset it; a newer, lower report does
    QCOMPARE(m_cli.greenlight({ QStringLiteral("attach"), R, item,
                 m_cli.writeFile(QStringLiteral("shot.png"), QByteArray::fromHex("89504e470d0a1a0a0000000d49484452")) })
                 .code,
        0);
    QCOMPARE(metricNamed(m_cli.statusJson(r), QStringLiteral("Coverage"))[QStringLiteral("current")].toDouble(), 71.3);
    QTest::qWait(1100); // a newer time than the first report
    const QString low = m_cli.writeFile(QStringLiteral("coverage-low.json"), coverageSummary(42.5));
    QCOMPARE(m_cli.greenlight({ QStringLiteral("attach"), R, item, low }).code, 0);
    status = m_cli.statusJson(r);
    coverage = metricNamed(status, QStringLiteral("Coverage"));
    QCOMPARE(coverage[QStringLiteral("current")].toDouble(), 42.5);
    QCOMPARE(coverage[QStringLiteral("met")].toBool(), false);
    QCOMPARE(status.value(QStringLiteral("suggested_decision")).toString(), QStringLiteral("NO-GO"));

    // a malformed report keeps the value and says why
    const CliRun broken = m_cli.greenlight({ QStringLiteral("attach"), R, item,
        m_cli.writeFile(QStringLiteral("coverage-broken.json"), R"({"total": {"lines": {"pct": 150}}})") });
    QCOMPARE(broken.code, 0);
    QVERIFY2(broken.errText().contains(QStringLiteral("Coverage")), broken.err.constData());
    QCOMPARE(metricNamed(m_cli.statusJson(r), QStringLiteral("Coverage"))[QStringLiteral("current")].toDouble(), 42.5);

    // a bound metric is not typed over; --unbind first
    QCOMPARE(m_cli.greenlight({ QStringLiteral("metric"), R, QStringLiteral("Coverage"), QStringLiteral("--value"), QStringLiteral("99%") }).code, 2);
    QCOMPARE(m_cli.greenlight({ QStringLiteral("metric"), R, QStringLiteral("Coverage"), QStringLiteral("--unbind") }).code, 0);
    QCOMPARE(m_cli.greenlight({ QStringLiteral("metric"), R, QStringLiteral("Coverage"), QStringLiteral("--value"), QStringLiteral("99%") }).code, 0);
    QVERIFY(metricNamed(m_cli.statusJson(r), QStringLiteral("Coverage"))[QStringLiteral("source")].isNull());
}

void TestCliAttach::bindingUsageErrors()
{
    const qint64 r = importTiny();
    const QString R = QString::number(r);
    const auto code = [&](const QStringList &args, const QString &message) {
        const CliRun run = m_cli.greenlight(args);
        if (!run.errText().contains(message))
            qWarning("%s", run.err.constData());
        return run.code == 2 && run.errText().contains(message);
    };
    const QString metric = QStringLiteral("metric");
    QVERIFY(code({ metric, R, QStringLiteral("Coverage"), QStringLiteral("--from-item"), QStringLiteral("Build passes"),
                     QStringLiteral("--parser"), QStringLiteral("cobol"), QStringLiteral("--field"), QStringLiteral("lines") },
        QStringLiteral("junit, coverage, npm-audit, sarif")));
    QVERIFY(code({ metric, R, QStringLiteral("Coverage"), QStringLiteral("--from-item"), QStringLiteral("Build passes"),
                     QStringLiteral("--parser"), QStringLiteral("coverage"), QStringLiteral("--field"), QStringLiteral("speed") },
        QStringLiteral("lines, branches")));
    QVERIFY(code({ metric, R, QStringLiteral("Coverage"), QStringLiteral("--from-item"), QStringLiteral("Build passes") },
        QStringLiteral("--parser")));
    QVERIFY(code({ metric, R, QStringLiteral("Coverage"), QStringLiteral("--from-item"), QStringLiteral("Deploy to staging"),
                     QStringLiteral("--parser"), QStringLiteral("coverage"), QStringLiteral("--field"), QStringLiteral("lines") },
        QStringLiteral("group")));
    QVERIFY(code({ QStringLiteral("attach"), R, QStringLiteral("Build passes") }, QStringLiteral("--url")));
    QVERIFY(code({ QStringLiteral("evidence"), R, QStringLiteral("Build passes"), QStringLiteral("--require"),
                     QStringLiteral("--max-age"), QStringLiteral("soon") },
        QStringLiteral("soon")));
    QVERIFY(code({ QStringLiteral("export"), R, QStringLiteral("--bundle"), QStringLiteral("-") }, QStringLiteral("zip")));
    QVERIFY(itemJson(r, QStringLiteral("Build passes"))[QStringLiteral("evidence")].toArray().isEmpty());
    QVERIFY(metricNamed(m_cli.statusJson(r), QStringLiteral("Coverage"))[QStringLiteral("source")].isNull());
}

void TestCliAttach::bundle()
{
    // an item title that tries to climb out of its folder
    QByteArray checklist = CliRunner::tinyChecklist;
    checklist.replace("- [ ] Roll out", "- [ ] ../../etc/Roll: out");
    const qint64 r = m_cli.importFile(m_cli.writeFile(QStringLiteral("bundle.md"), checklist));
    QVERIFY(r > 0);
    const QString R = QString::number(r);
    const QByteArray one = "first\n";
    const QByteArray two = QByteArray(200000, 'z');
    const QString dir = m_cli.filePath(QStringLiteral("b"));
    QDir().mkpath(dir);
    QFile f1(dir + QStringLiteral("/report.txt"));
    QVERIFY(f1.open(QIODevice::WriteOnly));
    f1.write(one);
    f1.close();
    QCOMPARE(m_cli.greenlight({ QStringLiteral("attach"), R, QStringLiteral("Build passes"), f1.fileName() }).code, 0);
    const QString f2 = m_cli.writeFile(QStringLiteral("report.txt"), two);
    QCOMPARE(m_cli.greenlight({ QStringLiteral("attach"), R, QStringLiteral("Build passes"), f2 }).code, 0);
    QCOMPARE(m_cli.greenlight({ QStringLiteral("attach"), R, QStringLiteral("../../etc/Roll: out"), f2 }).code, 0);
    QCOMPARE(m_cli.greenlight({ QStringLiteral("attach"), R, QStringLiteral("Push image"), QStringLiteral("--url"),
                 QStringLiteral("https://registry.example.org/app:1.2") })
                 .code,
        0);

    const QString zip = m_cli.filePath(QStringLiteral("bundle.zip"));
    const CliRun run = m_cli.greenlight({ QStringLiteral("export"), R, QStringLiteral("--bundle"), zip });
    QVERIFY2(run.code == 0, run.err.constData());
    QString error;
    const QMap<QString, QByteArray> entries = readZip(zip, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(entries.contains(QStringLiteral("manifest.json")));
    QVERIFY(entries.contains(QStringLiteral("release.json")));
    QCOMPARE(CliRunner::parseObject(entries.value(QStringLiteral("release.json"))).value(QStringLiteral("name")),
        m_cli.exportJson(r).value(QStringLiteral("name")));
    // two files of one name in one folder both survive
    QCOMPARE(entries.value(QStringLiteral("01 Gate A_ Build/01 Build passes/report.txt")), one);
    QCOMPARE(entries.value(QStringLiteral("01 Gate A_ Build/01 Build passes/report (2).txt")), two);
    for (const QString &name : entries.keys()) {
        QVERIFY2(!name.startsWith(u'/'), qPrintable(name));
        QVERIFY2(!name.split(u'/').contains(QStringLiteral("..")), qPrintable(name));
    }

    const QJsonObject manifest = CliRunner::parseObject(entries.value(QStringLiteral("manifest.json")));
    const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 3);
    for (const QJsonValue &v : files) {
        const QJsonObject f = v.toObject();
        const QByteArray content = entries.value(f.value(QStringLiteral("path")).toString());
        QCOMPARE(f.value(QStringLiteral("sha256")).toString(), sha256Hex(content));
        QCOMPARE(f.value(QStringLiteral("size")).toInteger(), content.size());
        for (const char *key : { "item_id", "item", "name", "added_at", "added_by" })
            QVERIFY2(f.contains(QLatin1String(key)), key);
    }
    const QJsonArray links = manifest.value(QStringLiteral("links_and_notes")).toArray();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links[0][QStringLiteral("url")].toString(), QStringLiteral("https://registry.example.org/app:1.2"));
}

QTEST_GUILESS_MAIN(TestCliAttach)
#include "tst_cliattach.moc"
