// Tests for the command line verbs at work: the real greenlight binary imports both seeds, and what
// status, export, releases, set, metric and criterion print is parsed back and checked.

#include "CliRunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <cmath>

class TestCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void importPrintsOnlyTheId();
    void statusJsonDeploymentSeed();
    void statusJsonReadinessSeed();
    void statusTextIsAligned();
    void releasesListsEveryRelease();
    void exportJsonGivesUsableIds();
    void setMetricCriterionDriveTheDecision();
    void markdownRoundTripKeepsStatus_data();
    void markdownRoundTripKeepsStatus();

private:
    CliRunner m_cli;
};

void TestCli::initTestCase()
{
    QVERIFY(m_cli.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(GREENLIGHT_BINARY)), GREENLIGHT_BINARY);
    QVERIFY2(QFileInfo::exists(CliRunner::seedPath(CliRunner::deploymentSeed)),
        qPrintable(CliRunner::seedPath(CliRunner::deploymentSeed)));
    QVERIFY2(QFileInfo::exists(CliRunner::seedPath(CliRunner::readinessSeed)),
        qPrintable(CliRunner::seedPath(CliRunner::readinessSeed)));
}

void TestCli::init()
{
    m_cli.nextDb();
}

void TestCli::importPrintsOnlyTheId()
{
    const CliRun first
        = m_cli.greenlight({ QStringLiteral("import"), CliRunner::seedPath(CliRunner::readinessSeed) });
    QCOMPARE(first.code, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\n$")).match(first.outText()).hasMatch(), first.out);

    const CliRun second
        = m_cli.greenlight({ QStringLiteral("import"), CliRunner::seedPath(CliRunner::deploymentSeed),
            QStringLiteral("--name"), QStringLiteral("Deployment (CLI)") });
    QCOMPARE(second.code, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\n$")).match(second.outText()).hasMatch(), second.out);
    QVERIFY(first.out != second.out);

    // GATE 2 of the deployment seed checks a parent whose child is open: a warning with file and line
    const QStringList warnings = second.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(!warnings.isEmpty(), "expected a warning for the checked parent with an open child");
    // (a warning about the whole file, such as repaired mojibake, has no line number)
    const QRegularExpression shape(QStringLiteral("^")
        + QRegularExpression::escape(CliRunner::seedPath(CliRunner::deploymentSeed))
        + QStringLiteral("(:\\d+)?: warning: .+$"));
    for (const QString &line : warnings)
        QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
    const QRegularExpression checkedParent(
        QRegularExpression::escape(CliRunner::seedPath(CliRunner::deploymentSeed))
        + QStringLiteral(":37: warning: .*Authentication System Secure"));
    QVERIFY2(checkedParent.match(second.errText()).hasMatch(), second.err);

    const QJsonObject status = m_cli.statusJson(second.outText().trimmed().toLongLong());
    QCOMPARE(status.value(QStringLiteral("release")).toString(), QStringLiteral("Deployment (CLI)"));
}

void TestCli::statusJsonDeploymentSeed()
{
    const qint64 id = m_cli.importFile(CliRunner::seedPath(CliRunner::deploymentSeed));
    QVERIFY(id > 0);
    const QJsonObject s = m_cli.statusJson(id);
    QCOMPARE(s.value(QStringLiteral("release_id")).toInteger(), id);
    QCOMPARE(s.value(QStringLiteral("suggested_decision")).toString(), QStringLiteral("NO-GO"));
    QVERIFY(s.value(QStringLiteral("weighted_score")).isNull());
    QCOMPARE(s.value(QStringLiteral("target_readiness")).toDouble(), 90.0);

    const QJsonArray gates = s.value(QStringLiteral("gates")).toArray();
    QVERIFY(gates.size() >= 6);
    const QJsonObject gate1 = gates[0].toObject();
    QCOMPARE(gate1.value(QStringLiteral("title")).toString(),
        QStringLiteral("GATE 1: CRITICAL FUNCTIONALITY (CURRENTLY FAILING)"));
    QCOMPARE(gate1.value(QStringLiteral("total")).toInt(), 12);
    QCOMPARE(gate1.value(QStringLiteral("passed")).toInt(), 0);
    QCOMPARE(gate1.value(QStringLiteral("completion_percent")).toDouble(), 0.0);
    for (int i : { 1, 2 }) {
        const QJsonObject g = gates[i].toObject();
        QVERIFY2(g.value(QStringLiteral("title")).toString().startsWith(QStringLiteral("GATE %1").arg(i + 1)),
            qPrintable(g.value(QStringLiteral("title")).toString()));
        QCOMPARE(g.value(QStringLiteral("total")).toInt(), 12);
        QCOMPARE(g.value(QStringLiteral("passed")).toInt(), 11);
        QCOMPARE(g.value(QStringLiteral("completion_percent")).toDouble(), 91.67);
        QCOMPARE(g.value(QStringLiteral("complete")).toBool(), false);
    }
    // overall readiness is over all leaves, as the gates report them
    int total = 0;
    int done = 0;
    for (const QJsonValue &g : gates) {
        const QJsonObject o = g.toObject();
        total += o.value(QStringLiteral("total")).toInt();
        done += o.value(QStringLiteral("passed")).toInt() + o.value(QStringLiteral("waived")).toInt()
            + o.value(QStringLiteral("not_applicable")).toInt();
    }
    QCOMPARE(s.value(QStringLiteral("leaf_total")).toInt(), total);
    QCOMPARE(
        s.value(QStringLiteral("readiness_percent")).toDouble(), std::round(done * 10000.0 / total) / 100.0);

    const QJsonArray metrics = s.value(QStringLiteral("metrics")).toArray();
    QCOMPARE(metrics.size(), 7);
    const QJsonObject coverage
        = CliRunner::findByKey(metrics, QStringLiteral("name"), QStringLiteral("Test Coverage"));
    QCOMPARE(coverage.value(QStringLiteral("current")).toDouble(), 3.4);
    QCOMPARE(coverage.value(QStringLiteral("required")).toDouble(), 15.0);
    QCOMPARE(coverage.value(QStringLiteral("operator")).toString(), QStringLiteral(">"));
    QCOMPARE(coverage.value(QStringLiteral("unit")).toString(), QStringLiteral("%"));
    QCOMPARE(coverage.value(QStringLiteral("met")).toBool(), false);
    QCOMPARE(coverage.value(QStringLiteral("blocker")).toBool(), true);
    const QJsonObject memory
        = CliRunner::findByKey(metrics, QStringLiteral("name"), QStringLiteral("Memory Stability"));
    QVERIFY(memory.value(QStringLiteral("current")).isNull());
    QCOMPARE(memory.value(QStringLiteral("current_text")).toString(), QStringLiteral("Leaking"));
    QCOMPARE(memory.value(QStringLiteral("met")).toBool(), false);
    const QJsonObject security
        = CliRunner::findByKey(metrics, QStringLiteral("name"), QStringLiteral("Security Score"));
    QCOMPARE(security.value(QStringLiteral("met")).toBool(), true);
    QCOMPARE(security.value(QStringLiteral("blocker")).toBool(), false);

    const QJsonArray blockers = s.value(QStringLiteral("blockers")).toArray();
    const QJsonObject coverageBlocker
        = CliRunner::findByKey(blockers, QStringLiteral("title"), QStringLiteral("Test Coverage"));
    QCOMPARE(coverageBlocker.value(QStringLiteral("kind")).toString(), QStringLiteral("metric"));
    QCOMPARE(coverageBlocker.value(QStringLiteral("id")).toInteger(),
        coverage.value(QStringLiteral("id")).toInteger());
    QCOMPARE(coverageBlocker.value(QStringLiteral("reason")).toString(),
        QStringLiteral("current 3.4 %, required > 15 %"));
    int metricBlockers = 0;
    for (const QJsonValue &b : blockers)
        metricBlockers += b[QStringLiteral("kind")].toString() == QLatin1String("metric");
    QCOMPARE(metricBlockers, 4); // coverage, API completeness, bundle size, memory: the four "YES" rows
    QVERIFY(!s.value(QStringLiteral("rule")).toString().isEmpty());
    QVERIFY(!s.value(QStringLiteral("reasons")).toArray().isEmpty());
}

void TestCli::statusJsonReadinessSeed()
{
    const qint64 id = m_cli.importFile(CliRunner::seedPath(CliRunner::readinessSeed));
    QVERIFY(id > 0);
    const QJsonObject s = m_cli.statusJson(id);
    const QJsonArray gates = s.value(QStringLiteral("gates")).toArray();
    const QList<int> totals { 3, 4, 5, 2, 4, 4, 2, 2 };
    QCOMPARE(gates.size(), totals.size());
    QCOMPARE(gates.first()[QStringLiteral("title")].toString(), QStringLiteral("Phase 0: Preconditions"));
    QCOMPARE(gates.last()[QStringLiteral("title")].toString(),
        QStringLiteral("Phase 7: Rollback Readiness (Exercise Once)"));
    for (qsizetype i = 0; i < gates.size(); ++i)
        QCOMPARE(gates[i][QStringLiteral("total")].toInt(), totals[i]);
    QCOMPARE(s.value(QStringLiteral("leaf_total")).toInt(), 26);
    QCOMPARE(s.value(QStringLiteral("readiness_percent")).toDouble(), 0.0);
    QCOMPARE(s.value(QStringLiteral("suggested_decision")).toString(), QStringLiteral("NO-GO"));
    QCOMPARE(s.value(QStringLiteral("metrics")).toArray().size(), 0);
    QCOMPARE(s.value(QStringLiteral("blockers")).toArray().size(), 0);
}

void TestCli::statusTextIsAligned()
{
    const qint64 id = m_cli.importFile(CliRunner::seedPath(CliRunner::deploymentSeed));
    QVERIFY(id > 0);
    const CliRun run = m_cli.greenlight({ QStringLiteral("status"), QString::number(id) });
    QCOMPARE(run.code, 0);
    QVERIFY(run.err.isEmpty());
    const QStringList lines = run.outText().split(QLatin1Char('\n'));
    QVERIFY(run.outText().contains(QStringLiteral("NO-GO")));
    QVERIFY(run.outText().contains(QStringLiteral("Test Coverage")));

    // the gate table: every number in the ITEMS column ends where its header ends
    const qsizetype header = lines.indexOf(QRegularExpression(QStringLiteral("^GATE\\s+ITEMS\\s+PASSED.*")));
    QVERIFY2(header >= 0, run.out);
    const qsizetype itemsEnd = lines[header].indexOf(QStringLiteral("ITEMS")) + 5;
    const qsizetype doneEnd = lines[header].indexOf(QStringLiteral("DONE %")) + 6;
    const QJsonArray gates = m_cli.statusJson(id).value(QStringLiteral("gates")).toArray();
    for (qsizetype i = 0; i < gates.size(); ++i) {
        const QString row = lines.value(header + 1 + i);
        const QString total = QString::number(gates[i][QStringLiteral("total")].toInt());
        QVERIFY2(row.mid(itemsEnd - total.size(), total.size()) == total, qPrintable(row));
        QVERIFY2(row.size() > itemsEnd && row.at(itemsEnd) == QLatin1Char(' '), qPrintable(row));
        const QString done
            = QString::number(gates[i][QStringLiteral("completion_percent")].toDouble(), 'f', 1);
        QVERIFY2(row.mid(doneEnd - done.size(), done.size()) == done,
            qPrintable(row + QStringLiteral(" / ") + done));
    }
    // the metric table lines up its CURRENT column the same way
    const qsizetype metricHeader = lines.indexOf(QRegularExpression(QStringLiteral("^METRIC\\s+CURRENT.*")));
    QVERIFY(metricHeader > header);
    const qsizetype currentEnd = lines[metricHeader].indexOf(QStringLiteral("CURRENT")) + 7;
    const QString coverageRow = lines.value(metricHeader + 1);
    QVERIFY2(coverageRow.startsWith(QStringLiteral("Test Coverage")), qPrintable(coverageRow));
    QCOMPARE(coverageRow.mid(currentEnd - 5, 5), QStringLiteral("3.4 %"));
}

void TestCli::releasesListsEveryRelease()
{
    const CliRun empty = m_cli.greenlight({ QStringLiteral("releases"), QStringLiteral("--json") });
    QCOMPARE(empty.code, 0);
    QCOMPARE(CliRunner::parseObject(empty.out).value(QStringLiteral("releases")).toArray().size(), 0);
    QVERIFY2(!QFileInfo::exists(m_cli.db()), "listing must not create a workspace");

    const qint64 a = m_cli.importFile(CliRunner::seedPath(CliRunner::readinessSeed));
    const qint64 b = m_cli.importFile(CliRunner::seedPath(CliRunner::deploymentSeed));
    QVERIFY(a > 0 && b > 0);
    const CliRun json = m_cli.greenlight({ QStringLiteral("releases"), QStringLiteral("--json") });
    QCOMPARE(json.code, 0);
    const QJsonArray list = CliRunner::parseObject(json.out).value(QStringLiteral("releases")).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0][QStringLiteral("id")].toInteger(), a);
    QCOMPARE(list[0][QStringLiteral("leaves")].toInt(), 26);
    QCOMPARE(list[1][QStringLiteral("id")].toInteger(), b);
    QCOMPARE(list[1][QStringLiteral("suggested_decision")].toString(), QStringLiteral("NO-GO"));
    QCOMPARE(list[1][QStringLiteral("readiness_percent")].toDouble(),
        m_cli.statusJson(b).value(QStringLiteral("readiness_percent")).toDouble());

    const CliRun text = m_cli.greenlight({ QStringLiteral("releases") });
    QCOMPARE(text.code, 0);
    const QStringList lines = text.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].contains(QStringLiteral("NAME")));
    const qsizetype decisionColumn = lines[0].indexOf(QStringLiteral("DECISION"));
    QVERIFY(decisionColumn > 0);
    for (const QString &line : lines.mid(1)) {
        QCOMPARE(line.mid(decisionColumn, 5), QStringLiteral("NO-GO"));
        QVERIFY(line.contains(QStringLiteral(" %")));
    }
    QVERIFY(lines[1].trimmed().startsWith(QString::number(a) + QLatin1Char(' ')));
}

void TestCli::exportJsonGivesUsableIds()
{
    const qint64 id = m_cli.importFile(CliRunner::seedPath(CliRunner::deploymentSeed));
    QVERIFY(id > 0);
    const QJsonObject exported = m_cli.exportJson(id);
    QCOMPARE(exported.value(QStringLiteral("id")).toInteger(), id);
    const QJsonArray gates = exported.value(QStringLiteral("gates")).toArray();
    const QJsonArray statusGates = m_cli.statusJson(id).value(QStringLiteral("gates")).toArray();
    QCOMPARE(gates.size(), statusGates.size());
    for (qsizetype i = 0; i < gates.size(); ++i)
        QCOMPARE(
            gates[i][QStringLiteral("title")].toString(), statusGates[i][QStringLiteral("title")].toString());
    QCOMPARE(exported.value(QStringLiteral("metrics")).toArray().size(), 7);
    const QJsonObject criteria = exported.value(QStringLiteral("criteria")).toObject();
    QCOMPARE(criteria.value(QStringLiteral("go")).toArray().size(), 6);
    QCOMPARE(criteria.value(QStringLiteral("no_go")).toArray().size(), 6);

    // the first leaf of GATE 1, found in the export, is set by its id
    QList<QJsonObject> items = CliRunner::flattenItems(gates[0][QStringLiteral("items")].toArray());
    QCOMPARE(items.first()[QStringLiteral("status")].toString(), QStringLiteral("not-started"));
    const QJsonObject firstLeaf = items.at(1);
    QVERIFY(firstLeaf.value(QStringLiteral("children")).toArray().isEmpty());
    const QString itemId = QString::number(firstLeaf.value(QStringLiteral("id")).toInteger());
    const CliRun set = m_cli.greenlight({ QStringLiteral("set"), QString::number(id), itemId,
        QStringLiteral("--status"), QStringLiteral("passed") });
    QCOMPARE(set.code, 0);
    QCOMPARE(m_cli.statusJson(id)[QStringLiteral("gates")][0][QStringLiteral("passed")].toInt(), 1);
    // the group above it now shows work in progress
    QCOMPARE(
        m_cli.exportJson(id)[QStringLiteral("gates")][0][QStringLiteral("items")][0][QStringLiteral("status")]
            .toString(),
        QStringLiteral("in-progress"));

    // the same JSON to a file
    const QString out = m_cli.filePath(QStringLiteral("export-%1.json").arg(m_cli.counter()));
    const CliRun toFile
        = m_cli.greenlight({ QStringLiteral("export"), QString::number(id), QStringLiteral("--json"), out });
    QCOMPARE(toFile.code, 0);
    QVERIFY(toFile.out.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(CliRunner::parseObject(file.readAll()), m_cli.exportJson(id));
}

void TestCli::setMetricCriterionDriveTheDecision()
{
    const QString path = m_cli.writeFile(QStringLiteral("tiny.md"), CliRunner::tinyChecklist);
    const qint64 id = m_cli.importFile(path);
    QVERIFY(id > 0);
    const QString rel = QString::number(id);
    auto decision
        = [&] { return m_cli.statusJson(id).value(QStringLiteral("suggested_decision")).toString(); };

    QJsonObject s = m_cli.statusJson(id);
    QCOMPARE(s.value(QStringLiteral("suggested_decision")).toString(), QStringLiteral("NO-GO"));
    QCOMPARE(s.value(QStringLiteral("leaf_total")).toInt(), 4);

    const QJsonObject exported = m_cli.exportJson(id);
    QList<QJsonObject> items;
    for (const QJsonValue &g : exported.value(QStringLiteral("gates")).toArray())
        items << CliRunner::flattenItems(g[QStringLiteral("items")].toArray());
    QCOMPARE(items.size(), 5);
    // by title, by id, and by title again
    QCOMPARE(m_cli
                 .greenlight({ QStringLiteral("set"), rel, QStringLiteral("Build passes"),
                     QStringLiteral("--status"), QStringLiteral("passed") })
                 .code,
        0);
    QCOMPARE(m_cli
                 .greenlight({ QStringLiteral("set"), rel,
                     QString::number(items[1][QStringLiteral("id")].toInteger()), QStringLiteral("--status"),
                     QStringLiteral("passed"), QStringLiteral("--note"), QStringLiteral("green on main") })
                 .code,
        0);
    QCOMPARE(m_cli
                 .greenlight({ QStringLiteral("set"), rel, QStringLiteral("Push image"),
                     QStringLiteral("--status"), QStringLiteral("passed") })
                 .code,
        0);
    QCOMPARE(
        m_cli
            .greenlight({ QStringLiteral("set"), rel, QStringLiteral("Roll out"), QStringLiteral("--status"),
                QStringLiteral("waived"), QStringLiteral("--reason"), QStringLiteral("manual rollout"),
                QStringLiteral("--expires"), QDate::currentDate().addDays(30).toString(Qt::ISODate) })
            .code,
        0);
    s = m_cli.statusJson(id);
    QCOMPARE(s.value(QStringLiteral("readiness_percent")).toDouble(), 100.0);
    QCOMPARE(s[QStringLiteral("gates")][1][QStringLiteral("waived")].toInt(), 1);
    // complete, but the blocker metric is unmet
    QCOMPARE(s.value(QStringLiteral("suggested_decision")).toString(), QStringLiteral("NO-GO"));
    QCOMPARE(
        s[QStringLiteral("blockers")][0][QStringLiteral("title")].toString(), QStringLiteral("Coverage"));
    const QJsonObject note
        = m_cli.exportJson(id)[QStringLiteral("gates")][0][QStringLiteral("items")][1].toObject();
    QCOMPARE(note.value(QStringLiteral("note")).toString(), QStringLiteral("green on main"));

    const CliRun metric = m_cli.greenlight({ QStringLiteral("metric"), rel, QStringLiteral("Coverage"),
        QStringLiteral("--value"), QStringLiteral("75%") });
    QCOMPARE(metric.code, 0);
    QVERIFY2(metric.outText().contains(QStringLiteral("75 %")), metric.out);
    // no blocker left; Docs unmet and the GO criterion open keep it from GO
    QCOMPARE(decision(), QStringLiteral("CONDITIONAL GO"));
    QCOMPARE(m_cli
                 .greenlight({ QStringLiteral("metric"), rel, QStringLiteral("Docs"),
                     QStringLiteral("--value"), QStringLiteral("8") })
                 .code,
        0);
    QCOMPARE(decision(), QStringLiteral("CONDITIONAL GO"));

    const QJsonObject criteria = m_cli.exportJson(id).value(QStringLiteral("criteria")).toObject();
    const QString go = QString::number(criteria[QStringLiteral("go")][0][QStringLiteral("id")].toInteger());
    const QString noGo
        = QString::number(criteria[QStringLiteral("no_go")][0][QStringLiteral("id")].toInteger());
    QCOMPARE(m_cli
                 .greenlight({ QStringLiteral("criterion"), rel, go, QStringLiteral("--holds"),
                     QStringLiteral("yes") })
                 .code,
        0);
    s = m_cli.statusJson(id);
    QCOMPARE(s.value(QStringLiteral("suggested_decision")).toString(), QStringLiteral("GO"));
    QCOMPARE(s.value(QStringLiteral("reasons")).toArray().size(), 0);

    QCOMPARE(m_cli
                 .greenlight({ QStringLiteral("criterion"), rel, noGo, QStringLiteral("--holds"),
                     QStringLiteral("yes") })
                 .code,
        0);
    s = m_cli.statusJson(id);
    QCOMPARE(s.value(QStringLiteral("suggested_decision")).toString(), QStringLiteral("NO-GO"));
    QCOMPARE(
        s[QStringLiteral("blockers")][0][QStringLiteral("kind")].toString(), QStringLiteral("criterion"));
    QCOMPARE(m_cli
                 .greenlight({ QStringLiteral("criterion"), rel, noGo, QStringLiteral("--holds"),
                     QStringLiteral("no") })
                 .code,
        0);
    QCOMPARE(decision(), QStringLiteral("GO"));

    // a failed blocker-free leaf drops readiness to 75 %: below the 90 % target
    QCOMPARE(m_cli
                 .greenlight({ QStringLiteral("set"), rel, QStringLiteral("Push image"),
                     QStringLiteral("--status"), QStringLiteral("failed"), QStringLiteral("--reason"),
                     QStringLiteral("registry down") })
                 .code,
        0);
    s = m_cli.statusJson(id);
    QCOMPARE(s.value(QStringLiteral("suggested_decision")).toString(), QStringLiteral("NO-GO"));
    QCOMPARE(s[QStringLiteral("gates")][1][QStringLiteral("failed")].toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("readiness_percent")).toDouble(), 75.0);
    QList<QJsonObject> after;
    for (const QJsonValue &g : m_cli.exportJson(id).value(QStringLiteral("gates")).toArray())
        after << CliRunner::flattenItems(g[QStringLiteral("items")].toArray());
    QCOMPARE(after[2][QStringLiteral("status")].toString(), QStringLiteral("failed")); // the group rolls up
    QCOMPARE(after[3][QStringLiteral("status_reason")].toString(), QStringLiteral("registry down"));
}

void TestCli::markdownRoundTripKeepsStatus_data()
{
    QTest::addColumn<QString>("seed");
    QTest::newRow("deployment") << CliRunner::deploymentSeed;
    QTest::newRow("readiness") << CliRunner::readinessSeed;
}

void TestCli::markdownRoundTripKeepsStatus()
{
    QFETCH(QString, seed);
    const qint64 original = m_cli.importFile(CliRunner::seedPath(seed));
    QVERIFY(original > 0);
    const QString markdown = m_cli.filePath(QStringLiteral("roundtrip-%1.md").arg(m_cli.counter()));
    const CliRun exported = m_cli.greenlight(
        { QStringLiteral("export"), QString::number(original), QStringLiteral("--markdown"), markdown });
    QCOMPARE(exported.code, 0);
    QVERIFY(QFileInfo(markdown).size() > 0);

    const CliRun again = m_cli.greenlight({ QStringLiteral("import"), markdown });
    QCOMPARE(again.code, 0);
    const qint64 copy = again.outText().trimmed().toLongLong();
    QVERIFY(copy > 0 && copy != original);

    // the store keeps release names unique ("NAME (2)"); everything else must be equal
    QJsonObject copyStatus = m_cli.statusJson(copy);
    const QJsonObject originalStatus = m_cli.statusJson(original);
    const QString name = originalStatus.value(QStringLiteral("release")).toString();
    QVERIFY(!name.isEmpty());
    QVERIFY2(copyStatus.value(QStringLiteral("release")).toString().startsWith(name),
        qPrintable(copyStatus.value(QStringLiteral("release")).toString()));
    copyStatus.insert(QStringLiteral("release"), name);
    QCOMPARE(CliRunner::withoutVolatile(copyStatus), CliRunner::withoutVolatile(originalStatus));
    QJsonObject copyExport = m_cli.exportJson(copy);
    copyExport.insert(QStringLiteral("name"), name);
    QCOMPARE(CliRunner::withoutVolatile(copyExport), CliRunner::withoutVolatile(m_cli.exportJson(original)));

    // stdout gives the same Markdown as the file
    const CliRun toStdout = m_cli.greenlight({ QStringLiteral("export"), QString::number(original),
        QStringLiteral("--markdown"), QStringLiteral("-") });
    QCOMPARE(toStdout.code, 0);
    QFile file(markdown);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(toStdout.out, file.readAll());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
