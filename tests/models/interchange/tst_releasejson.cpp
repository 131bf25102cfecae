// Tests for the JSON shapes of `export --json` and `status --json`: every field name scripts rely
// on, nulls for absent values, effective statuses, and the figures readiness computed.

#include "interchange/ReleaseJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gl;

namespace {

const QDate today(2025, 9, 8);

Item leaf(qint64 id, const QString &title, ItemStatus status)
{
    Item item;
    item.id = id;
    item.title = title;
    item.status = status;
    return item;
}

Metric metric(qint64 id, const QString &name, std::optional<double> current, const QString &currentText,
    Operator op, std::optional<double> required, const QString &unit, bool blocker, double weight = 0)
{
    Metric m;
    m.id = id;
    m.name = name;
    m.current = current;
    m.currentText = currentText;
    m.op = op;
    m.required = required;
    m.requiredText = required ? operatorSymbol(op) + QString::number(*required) + unit : QString();
    m.unit = unit;
    m.blocker = blocker;
    m.weight = weight;
    return m;
}

// A release shaped like the deployment seed, small enough to check field by field.
Release sample()
{
    Release r;
    r.id = 42;
    r.name = QStringLiteral("Staging 2025-09");
    r.notes = QStringLiteral("## Notes\nKept as written.");
    r.source = QStringLiteral("staging-deployment-checklist.md");
    r.createdAt = QDateTime(QDate(2025, 9, 1), QTime(8, 30), Qt::UTC);

    Item api = leaf(10, QStringLiteral("Core API Endpoints Functional"), ItemStatus::NotStarted);
    api.blocker = true;
    api.note = QStringLiteral("39+ TODO markers, core routes stubbed");
    Item search = leaf(11, QStringLiteral("Media search"), ItemStatus::Failed);
    search.statusReason = QStringLiteral("404 on /search");
    search.updatedAt = QDateTime(QDate(2025, 9, 7), QTime(12, 0, 5), Qt::UTC);
    search.updatedBy = QStringLiteral("ci");
    Item users = leaf(12, QStringLiteral("User management"), ItemStatus::Passed);
    api.children = { search, users };

    Item lint = leaf(13, QStringLiteral("Formatting & linting"), ItemStatus::Waived);
    lint.commands = { QStringLiteral("npm run format"), QStringLiteral("cd backend && npm run lint") };
    lint.passCriteria = QStringLiteral("0 errors");
    lint.evidence = QStringLiteral("Lint output snippet in PR.");
    lint.owners = { QStringLiteral("Backend"), QStringLiteral("Frontend") };
    lint.component = QStringLiteral("web");
    lint.ciJob = QStringLiteral("build-all");
    lint.details = QStringLiteral("Cache: node_modules");
    lint.statusReason = QStringLiteral("accepted for staging");
    lint.waiverExpiry = QDate(2025, 9, 30);
    lint.evidenceRequirement = EvidenceRequirement { true, 24, true };
    Evidence log;
    log.id = 40;
    log.itemId = 13;
    log.kind = EvidenceKind::File;
    log.name = QStringLiteral("lint.log");
    log.mediaType = QStringLiteral("text/plain");
    log.size = 1234;
    log.sha256 = QString(64, u'a');
    log.note = QStringLiteral("from the CI job");
    log.addedAt = QDateTime(QDate(2025, 9, 8), QTime(9, 30, 0), Qt::UTC);
    log.addedBy = QStringLiteral("qa");
    Evidence link;
    link.id = 41;
    link.itemId = 13;
    link.kind = EvidenceKind::Url;
    link.name = QStringLiteral("Pipeline");
    link.url = QStringLiteral("https://ci.example.org/pipelines/77");
    link.addedAt = QDateTime(QDate(2025, 9, 8), QTime(9, 31, 0), Qt::UTC);
    link.addedBy = QStringLiteral("qa");
    lint.evidenceList = { log, link };

    Gate g1;
    g1.id = 1;
    g1.title = QStringLiteral("GATE 1: CRITICAL FUNCTIONALITY");
    g1.items = { api, lint };
    Gate g2;
    g2.id = 2;
    g2.title = QStringLiteral("Empty gate");
    g2.notes = QStringLiteral("yaml kept as a note");
    g2.requiresPrevious = true;
    r.gates = { g1, g2 };

    r.metrics = { metric(5, QStringLiteral("Test Coverage"), 3.4, QStringLiteral("3.4%"), Operator::Greater,
                      15.0, QStringLiteral("%"), true),
        metric(6, QStringLiteral("Memory Stability"), std::nullopt, QStringLiteral("Leaking"), Operator::Less,
            10.0, QStringLiteral("MB/hr"), true),
        metric(7, QStringLiteral("Security Score"), 8.2, QStringLiteral("8.2/10"), Operator::GreaterOrEqual,
            7.0, QStringLiteral("/10"), false) };
    r.criteria = { Criterion { 20, CriterionKind::Go, QStringLiteral("Rollback procedures validated"), true },
        Criterion { 21, CriterionKind::NoGo, QStringLiteral("Operations team not prepared"), true },
        Criterion { 22, CriterionKind::Go, QStringLiteral("Security vulnerabilities remediated"), false } };
    return r;
}

// What a script sees: the text it would read, parsed again.
QJsonObject reparsed(const QJsonObject &o)
{
    QJsonParseError error;
    const QJsonDocument doc
        = QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Indented), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("JSON did not parse back: %s", qPrintable(error.errorString()));
    return doc.object();
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestReleaseJson final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void releaseTopLevel();
    void itemFields();
    void groupStatusRollsUp();
    void runsProbeAndRunSettings();
    void metricFields_data();
    void metricFields();
    void metricSource();
    void criteria();
    void statusTopLevel();
    void statusGates();
    void statusMetricsAndBlockers();
    void weightedScoreAndRounding();
};

void TestReleaseJson::releaseTopLevel()
{
    const QJsonObject o = reparsed(releaseToJson(sample()));
    QCOMPARE(sortedKeys(o),
        (QStringList { QStringLiteral("created_at"), QStringLiteral("criteria"), QStringLiteral("gates"),
            QStringLiteral("id"), QStringLiteral("metrics"), QStringLiteral("name"), QStringLiteral("notes"),
            QStringLiteral("run_settings"), QStringLiteral("source"), QStringLiteral("target_readiness") }));
    QCOMPARE(o.value(QStringLiteral("id")).toInteger(), 42);
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Staging 2025-09"));
    QCOMPARE(o.value(QStringLiteral("notes")).toString(), QStringLiteral("## Notes\nKept as written."));
    QCOMPARE(o.value(QStringLiteral("created_at")).toString(), QStringLiteral("2025-09-01T08:30:00Z"));
    QCOMPARE(o.value(QStringLiteral("target_readiness")).toDouble(), 90.0);

    const QJsonArray gates = o.value(QStringLiteral("gates")).toArray();
    QCOMPARE(gates.size(), 2);
    QCOMPARE(gates[0].toObject().value(QStringLiteral("title")).toString(),
        QStringLiteral("GATE 1: CRITICAL FUNCTIONALITY"));
    QCOMPARE(gates[0].toObject().value(QStringLiteral("requires_previous")).toBool(), false);
    const QJsonObject g2 = gates[1].toObject();
    QCOMPARE(g2.value(QStringLiteral("id")).toInteger(), 2);
    QCOMPARE(g2.value(QStringLiteral("requires_previous")).toBool(), true);
    QCOMPARE(g2.value(QStringLiteral("notes")).toString(), QStringLiteral("yaml kept as a note"));
    QVERIFY(g2.value(QStringLiteral("items")).isArray());
    QCOMPARE(g2.value(QStringLiteral("items")).toArray().size(), 0);

    Release unsaved; // a value that never went through the store: no dates at all
    const QJsonObject u = releaseToJson(unsaved);
    QVERIFY(u.value(QStringLiteral("created_at")).isNull());
    QCOMPARE(u.value(QStringLiteral("gates")).toArray().size(), 0);
}

void TestReleaseJson::itemFields()
{
    const QJsonObject o = reparsed(releaseToJson(sample()));
    const QJsonArray items = o[QStringLiteral("gates")][0][QStringLiteral("items")].toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject lint = items[1].toObject();
    QCOMPARE(sortedKeys(lint),
        (QStringList { QStringLiteral("blocker"), QStringLiteral("children"), QStringLiteral("ci_job"),
            QStringLiteral("commands"), QStringLiteral("component"), QStringLiteral("details"),
            QStringLiteral("evidence"), QStringLiteral("evidence_expected"),
            QStringLiteral("evidence_max_age_hours"), QStringLiteral("evidence_newer_than_change"),
            QStringLiteral("evidence_required"), QStringLiteral("expected_exit_code"), QStringLiteral("id"),
            QStringLiteral("note"), QStringLiteral("output_must_match"), QStringLiteral("output_pattern"),
            QStringLiteral("owners"), QStringLiteral("pass_criteria"), QStringLiteral("probe"),
            QStringLiteral("runs"), QStringLiteral("status"), QStringLiteral("status_reason"),
            QStringLiteral("timeout_seconds"), QStringLiteral("title"), QStringLiteral("updated_at"),
            QStringLiteral("updated_by"), QStringLiteral("waiver_expiry") }));
    QCOMPARE(lint.value(QStringLiteral("id")).toInteger(), 13);
    QCOMPARE(lint.value(QStringLiteral("title")).toString(), QStringLiteral("Formatting & linting"));
    QCOMPARE(lint.value(QStringLiteral("status")).toString(), QStringLiteral("waived"));
    QCOMPARE(lint.value(QStringLiteral("commands")).toArray(),
        QJsonArray({ QStringLiteral("npm run format"), QStringLiteral("cd backend && npm run lint") }));
    QCOMPARE(lint.value(QStringLiteral("pass_criteria")).toString(), QStringLiteral("0 errors"));
    QCOMPARE(lint.value(QStringLiteral("evidence_expected")).toString(), QStringLiteral("Lint output snippet in PR."));
    QCOMPARE(lint.value(QStringLiteral("evidence_required")).toBool(), true);
    QCOMPARE(lint.value(QStringLiteral("evidence_max_age_hours")).toInt(), 24);
    QCOMPARE(lint.value(QStringLiteral("evidence_newer_than_change")).toBool(), true);
    // The evidence list: the contract's seven keys for every piece, url and note where they apply.
    const QJsonArray evidence = lint.value(QStringLiteral("evidence")).toArray();
    QCOMPARE(evidence.size(), 2);
    QCOMPARE(evidence[0].toObject(),
        (QJsonObject { { QStringLiteral("id"), 40 }, { QStringLiteral("kind"), QStringLiteral("file") },
            { QStringLiteral("name"), QStringLiteral("lint.log") }, { QStringLiteral("size"), 1234 },
            { QStringLiteral("sha256"), QString(64, u'a') }, { QStringLiteral("added_at"), QStringLiteral("2025-09-08T09:30:00Z") },
            { QStringLiteral("added_by"), QStringLiteral("qa") }, { QStringLiteral("note"), QStringLiteral("from the CI job") } }));
    QCOMPARE(evidence[1].toObject(),
        (QJsonObject { { QStringLiteral("id"), 41 }, { QStringLiteral("kind"), QStringLiteral("url") },
            { QStringLiteral("name"), QStringLiteral("Pipeline") }, { QStringLiteral("size"), 0 },
            { QStringLiteral("sha256"), QJsonValue(QJsonValue::Null) },
            { QStringLiteral("added_at"), QStringLiteral("2025-09-08T09:31:00Z") },
            { QStringLiteral("added_by"), QStringLiteral("qa") },
            { QStringLiteral("url"), QStringLiteral("https://ci.example.org/pipelines/77") } }));
    QCOMPARE(lint.value(QStringLiteral("owners")).toArray(),
        QJsonArray({ QStringLiteral("Backend"), QStringLiteral("Frontend") }));
    QCOMPARE(lint.value(QStringLiteral("component")).toString(), QStringLiteral("web"));
    QCOMPARE(lint.value(QStringLiteral("ci_job")).toString(), QStringLiteral("build-all"));
    QCOMPARE(lint.value(QStringLiteral("details")).toString(), QStringLiteral("Cache: node_modules"));
    QCOMPARE(lint.value(QStringLiteral("status_reason")).toString(), QStringLiteral("accepted for staging"));
    QCOMPARE(lint.value(QStringLiteral("waiver_expiry")).toString(), QStringLiteral("2025-09-30"));
    QVERIFY(lint.value(QStringLiteral("updated_at")).isNull());
    QCOMPARE(lint.value(QStringLiteral("blocker")).toBool(), false);
    QCOMPARE(lint.value(QStringLiteral("children")).toArray().size(), 0);
    QVERIFY(lint.value(QStringLiteral("probe")).isNull());
    QCOMPARE(lint.value(QStringLiteral("expected_exit_code")).toInt(), 0);
    QCOMPARE(lint.value(QStringLiteral("output_pattern")).toString(), QString());
    QCOMPARE(lint.value(QStringLiteral("output_must_match")).toBool(), true);
    QCOMPARE(lint.value(QStringLiteral("timeout_seconds")).toInt(), 0);
    QCOMPARE(lint.value(QStringLiteral("runs")).toArray().size(), 0);

    const QJsonObject search = items[0][QStringLiteral("children")][0].toObject();
    QCOMPARE(search.value(QStringLiteral("title")).toString(), QStringLiteral("Media search"));
    QCOMPARE(search.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(search.value(QStringLiteral("updated_at")).toString(), QStringLiteral("2025-09-07T12:00:05Z"));
    QCOMPARE(search.value(QStringLiteral("updated_by")).toString(), QStringLiteral("ci"));
    QVERIFY(search.value(QStringLiteral("waiver_expiry")).isNull());
    QVERIFY(search.value(QStringLiteral("commands")).isArray());
}

void TestReleaseJson::groupStatusRollsUp()
{
    Release r = sample();
    const QJsonObject before = releaseToJson(r);
    const QJsonObject api = before[QStringLiteral("gates")][0][QStringLiteral("items")][0].toObject();
    // recorded as not started, shown as its leaves say
    QCOMPARE(api.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(api.value(QStringLiteral("note")).toString(),
        QStringLiteral("39+ TODO markers, core routes stubbed"));
    QCOMPARE(api.value(QStringLiteral("blocker")).toBool(), true);
    QCOMPARE(api.value(QStringLiteral("children")).toArray().size(), 2);

    r.gates[0].items[0].children[0].status = ItemStatus::Passed;
    const QJsonObject after = releaseToJson(r);
    QCOMPARE(
        after[QStringLiteral("gates")][0][QStringLiteral("items")][0][QStringLiteral("status")].toString(),
        QStringLiteral("passed"));
}

void TestReleaseJson::runsProbeAndRunSettings()
{
    Release r = sample();
    r.run.workingFolder = QStringLiteral("/srv/app");
    r.run.timeoutSeconds = 300;
    r.run.outputCap = 1048576;
    r.run.secretMarkers = { QStringLiteral("TOKEN"), QStringLiteral("DSN") };
    r.run.envFile = QStringLiteral(".env.staging");
    Item &search = r.gates[0].items[0].children[0];
    search.expectedExitCode = 2;
    search.outputPattern = QStringLiteral("^ok$");
    search.outputMustMatch = false;
    search.timeoutSeconds = 45;
    RunRecord passed;
    passed.startedAt = QDateTime(QDate(2025, 9, 7), QTime(11, 59, 58, 5), Qt::UTC);
    passed.finishedAt = QDateTime(QDate(2025, 9, 7), QTime(12, 0, 1, 120), Qt::UTC);
    passed.exitCode = 0;
    passed.verdict = Verdict::Passed;
    passed.logSha256 = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    passed.reason = QStringLiteral("not exported");
    passed.host = QStringLiteral("not exported either");
    RunRecord killed = passed;
    killed.exitCode.reset();
    killed.signalNumber = 9;
    killed.verdict = Verdict::Cancelled;
    search.runs = { passed, killed };
    Item &users = r.gates[0].items[0].children[1];
    users.probe = Probe { QStringLiteral("GET"), QStringLiteral("https://staging.example.com/api/users"), 200, 800,
        QStringLiteral("\"users\""), 5000 };
    // A group never shows runs, even when the value carries some.
    r.gates[0].items[0].runs = { passed };

    const QJsonObject o = reparsed(releaseToJson(r));
    QCOMPARE(o.value(QStringLiteral("run_settings")).toObject(),
        (QJsonObject { { QStringLiteral("working_folder"), QStringLiteral("/srv/app") },
            { QStringLiteral("timeout_seconds"), 300 }, { QStringLiteral("output_cap"), 1048576 },
            { QStringLiteral("secret_markers"), QJsonArray { QStringLiteral("TOKEN"), QStringLiteral("DSN") } },
            { QStringLiteral("env_file"), QStringLiteral(".env.staging") } }));

    const QJsonObject api = o[QStringLiteral("gates")][0][QStringLiteral("items")][0].toObject();
    QVERIFY(api.value(QStringLiteral("runs")).isArray());
    QCOMPARE(api.value(QStringLiteral("runs")).toArray().size(), 0);
    const QJsonObject s = api[QStringLiteral("children")][0].toObject();
    QCOMPARE(s.value(QStringLiteral("expected_exit_code")).toInt(), 2);
    QCOMPARE(s.value(QStringLiteral("output_pattern")).toString(), QStringLiteral("^ok$"));
    QCOMPARE(s.value(QStringLiteral("output_must_match")).toBool(), false);
    QCOMPARE(s.value(QStringLiteral("timeout_seconds")).toInt(), 45);
    const QJsonArray runs = s.value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 2);
    // Exactly these five keys: the contract other tools read.
    QCOMPARE(runs[0].toObject(),
        (QJsonObject { { QStringLiteral("started_at"), QStringLiteral("2025-09-07T11:59:58.005Z") },
            { QStringLiteral("finished_at"), QStringLiteral("2025-09-07T12:00:01.120Z") },
            { QStringLiteral("exit_code"), 0 }, { QStringLiteral("verdict"), QStringLiteral("passed") },
            { QStringLiteral("log_sha256"), passed.logSha256 } }));
    QCOMPARE(sortedKeys(runs[1].toObject()),
        (QStringList { QStringLiteral("exit_code"), QStringLiteral("finished_at"), QStringLiteral("log_sha256"),
            QStringLiteral("started_at"), QStringLiteral("verdict") }));
    QVERIFY(runs[1][QStringLiteral("exit_code")].isNull());
    QCOMPARE(runs[1][QStringLiteral("verdict")].toString(), QStringLiteral("cancelled"));

    const QJsonObject u = api[QStringLiteral("children")][1].toObject();
    QCOMPARE(u.value(QStringLiteral("probe")).toObject(),
        (QJsonObject { { QStringLiteral("method"), QStringLiteral("GET") },
            { QStringLiteral("url"), QStringLiteral("https://staging.example.com/api/users") },
            { QStringLiteral("expected_status"), 200 }, { QStringLiteral("max_latency_ms"), 800 },
            { QStringLiteral("body_contains"), QStringLiteral("\"users\"") }, { QStringLiteral("timeout_ms"), 5000 } }));
    QCOMPARE(u.value(QStringLiteral("runs")).toArray().size(), 0);

    // Defaults are spelled out, never left to the reader.
    const QJsonObject defaults = releaseToJson(Release()).value(QStringLiteral("run_settings")).toObject();
    QCOMPARE(defaults.value(QStringLiteral("timeout_seconds")).toInt(), RunSettings::defaultTimeoutSeconds);
    QCOMPARE(defaults.value(QStringLiteral("output_cap")).toInteger(), RunSettings::defaultOutputCap);
    QCOMPARE(defaults.value(QStringLiteral("secret_markers")).toArray().size(),
        RunSettings::defaultSecretMarkers().size());
    QCOMPARE(defaults.value(QStringLiteral("working_folder")).toString(), QString());
}

void TestReleaseJson::metricFields_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QJsonValue>("current");
    QTest::addColumn<QString>("currentText");
    QTest::addColumn<QString>("op");
    QTest::addColumn<bool>("met");
    QTest::addColumn<bool>("blocker");
    QTest::newRow("Test Coverage") << 0 << QJsonValue(3.4) << QStringLiteral("3.4%") << QStringLiteral(">")
                                   << false << true;
    QTest::newRow("Memory Stability leaks") << 1 << QJsonValue(QJsonValue::Null) << QStringLiteral("Leaking")
                                            << QStringLiteral("<") << false << true;
    QTest::newRow("Security Score") << 2 << QJsonValue(8.2) << QStringLiteral("8.2/10")
                                    << QStringLiteral(">=") << true << false;
}

void TestReleaseJson::metricFields()
{
    QFETCH(int, index);
    QFETCH(QJsonValue, current);
    QFETCH(QString, currentText);
    QFETCH(QString, op);
    QFETCH(bool, met);
    QFETCH(bool, blocker);

    const Release r = sample();
    const QJsonObject exported = reparsed(releaseToJson(r))[QStringLiteral("metrics")][index].toObject();
    const QJsonObject status
        = reparsed(readinessToJson(r, computeReadiness(r, today.startOfDay(Qt::UTC))))
              [QStringLiteral("metrics")][index].toObject();
    for (const QJsonObject &m : { exported, status }) {
        QCOMPARE(m.value(QStringLiteral("id")).toInteger(), r.metrics[index].id);
        QCOMPARE(m.value(QStringLiteral("name")).toString(), r.metrics[index].name);
        QCOMPARE(m.value(QStringLiteral("current")), current);
        QCOMPARE(m.value(QStringLiteral("current_text")).toString(), currentText);
        QCOMPARE(m.value(QStringLiteral("required")).toDouble(), *r.metrics[index].required);
        QCOMPARE(m.value(QStringLiteral("operator")).toString(), op);
        QCOMPARE(m.value(QStringLiteral("unit")).toString(), r.metrics[index].unit);
        QCOMPARE(m.value(QStringLiteral("met")).toBool(), met);
        QCOMPARE(m.value(QStringLiteral("blocker")).toBool(), blocker);
        QCOMPARE(m.value(QStringLiteral("weight")).toDouble(), 0.0);
        QVERIFY(m.value(QStringLiteral("source")).isNull());
    }
    QCOMPARE(exported.value(QStringLiteral("required_text")).toString(), r.metrics[index].requiredText);
}

void TestReleaseJson::metricSource()
{
    Release r = sample();
    r.metrics[0].source = MetricSource { 13, QStringLiteral("coverage"), QStringLiteral("lines") };
    const QJsonObject exported = reparsed(releaseToJson(r))[QStringLiteral("metrics")][0].toObject();
    QCOMPARE(exported.value(QStringLiteral("source")).toObject(),
        (QJsonObject { { QStringLiteral("item_id"), 13 }, { QStringLiteral("parser"), QStringLiteral("coverage") },
            { QStringLiteral("field"), QStringLiteral("lines") } }));
}

void TestReleaseJson::criteria()
{
    const QJsonObject c = reparsed(releaseToJson(sample())).value(QStringLiteral("criteria")).toObject();
    QCOMPARE(sortedKeys(c), (QStringList { QStringLiteral("go"), QStringLiteral("no_go") }));
    const QJsonArray go = c.value(QStringLiteral("go")).toArray();
    const QJsonArray noGo = c.value(QStringLiteral("no_go")).toArray();
    QCOMPARE(go.size(), 2);
    QCOMPARE(noGo.size(), 1);
    QCOMPARE(go[0].toObject(),
        (QJsonObject { { QStringLiteral("id"), 20 },
            { QStringLiteral("text"), QStringLiteral("Rollback procedures validated") },
            { QStringLiteral("holds"), true } }));
    QCOMPARE(go[1][QStringLiteral("holds")].toBool(), false);
    QCOMPARE(noGo[0][QStringLiteral("id")].toInteger(), 21);
    QCOMPARE(noGo[0][QStringLiteral("text")].toString(), QStringLiteral("Operations team not prepared"));
}

void TestReleaseJson::statusTopLevel()
{
    const Release r = sample();
    const Readiness readiness = computeReadiness(r, today.startOfDay(Qt::UTC));
    const QJsonObject o = reparsed(readinessToJson(r, readiness));
    QCOMPARE(sortedKeys(o),
        (QStringList { QStringLiteral("blockers"), QStringLiteral("gates"), QStringLiteral("leaf_done"),
            QStringLiteral("leaf_total"), QStringLiteral("metrics"), QStringLiteral("readiness_percent"),
            QStringLiteral("reasons"), QStringLiteral("release"), QStringLiteral("release_id"),
            QStringLiteral("rule"), QStringLiteral("suggested_decision"), QStringLiteral("target_readiness"),
            QStringLiteral("weighted_score") }));
    QCOMPARE(o.value(QStringLiteral("release")).toString(), QStringLiteral("Staging 2025-09"));
    QCOMPARE(o.value(QStringLiteral("release_id")).toInteger(), 42);
    QCOMPARE(o.value(QStringLiteral("suggested_decision")).toString(), QStringLiteral("NO-GO"));
    QVERIFY(o.value(QStringLiteral("weighted_score")).isNull());
    // leaves: search (failed), users (passed), lint (waived in force) -> 2 of 3
    QCOMPARE(o.value(QStringLiteral("leaf_total")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("leaf_done")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("readiness_percent")).toDouble(), 66.67);
    QCOMPARE(o.value(QStringLiteral("rule")).toString(), readiness.rule);
    QCOMPARE(o.value(QStringLiteral("reasons")).toArray().size(), readiness.reasons.size());
    QVERIFY(!readiness.reasons.isEmpty());
    QCOMPARE(o.value(QStringLiteral("reasons")).toArray().first().toString(), readiness.reasons.first());

    Release go;
    go.name = QStringLiteral("tiny");
    Gate g;
    g.title = QStringLiteral("only");
    g.items = { leaf(1, QStringLiteral("a"), ItemStatus::Passed) };
    go.gates = { g };
    const QJsonObject goJson = readinessToJson(go, computeReadiness(go, today.startOfDay(Qt::UTC)));
    QCOMPARE(goJson.value(QStringLiteral("suggested_decision")).toString(), QStringLiteral("GO"));
    QCOMPARE(goJson.value(QStringLiteral("readiness_percent")).toDouble(), 100.0);
    QCOMPARE(goJson.value(QStringLiteral("reasons")).toArray().size(), 0);
    QCOMPARE(goJson.value(QStringLiteral("blockers")).toArray().size(), 0);

    go.gates[0].items.push_back(leaf(2, QStringLiteral("b"), ItemStatus::NotStarted));
    go.targetReadiness = 50;
    const QJsonObject cond = readinessToJson(go, computeReadiness(go, today.startOfDay(Qt::UTC)));
    QCOMPARE(cond.value(QStringLiteral("suggested_decision")).toString(), QStringLiteral("CONDITIONAL GO"));
    QCOMPARE(cond.value(QStringLiteral("target_readiness")).toDouble(), 50.0);
}

void TestReleaseJson::statusGates()
{
    const Release r = sample();
    const QJsonArray gates
        = reparsed(readinessToJson(r, computeReadiness(r, today.startOfDay(Qt::UTC))))
              [QStringLiteral("gates")].toArray();
    QCOMPARE(gates.size(), 2);
    const QJsonObject g1 = gates[0].toObject();
    QCOMPARE(g1,
        (QJsonObject { { QStringLiteral("id"), 1 },
            { QStringLiteral("title"), QStringLiteral("GATE 1: CRITICAL FUNCTIONALITY") },
            { QStringLiteral("total"), 3 }, { QStringLiteral("passed"), 1 }, { QStringLiteral("failed"), 1 },
            { QStringLiteral("blocked"), 0 }, { QStringLiteral("inconclusive"), 0 },
            { QStringLiteral("waived"), 1 }, { QStringLiteral("not_applicable"), 0 },
            { QStringLiteral("in_progress"), 0 }, { QStringLiteral("not_started"), 0 },
            { QStringLiteral("expired_waivers"), 0 }, { QStringLiteral("completion_percent"), 66.67 },
            { QStringLiteral("complete"), false }, { QStringLiteral("has_blocker"), true } }));
    const QJsonObject g2 = gates[1].toObject();
    QCOMPARE(g2.value(QStringLiteral("total")).toInt(), 0);
    QCOMPARE(g2.value(QStringLiteral("completion_percent")).toDouble(), 0.0);
    QCOMPARE(g2.value(QStringLiteral("complete")).toBool(), true);
    QCOMPARE(g2.value(QStringLiteral("has_blocker")).toBool(), false);

    // the same release a month later: the waiver has expired and counts as open
    const QJsonObject later
        = readinessToJson(r, computeReadiness(r, QDate(2025, 10, 8).startOfDay(Qt::UTC)))
              [QStringLiteral("gates")][0].toObject();
    QCOMPARE(later.value(QStringLiteral("waived")).toInt(), 0);
    QCOMPARE(later.value(QStringLiteral("expired_waivers")).toInt(), 1);
    QCOMPARE(later.value(QStringLiteral("completion_percent")).toDouble(), 33.33);
}

void TestReleaseJson::statusMetricsAndBlockers()
{
    const Release r = sample();
    const QJsonObject o = reparsed(readinessToJson(r, computeReadiness(r, today.startOfDay(Qt::UTC))));
    const QJsonArray blockers = o.value(QStringLiteral("blockers")).toArray();
    // the blocker group (its leaf failed), the two blocker metrics, the NO-GO criterion that holds
    QCOMPARE(blockers.size(), 4);
    QCOMPARE(blockers[0].toObject(),
        (QJsonObject { { QStringLiteral("kind"), QStringLiteral("item") }, { QStringLiteral("id"), 10 },
            { QStringLiteral("title"), QStringLiteral("Core API Endpoints Functional") },
            { QStringLiteral("reason"), QStringLiteral("Failed") } }));
    QCOMPARE(blockers[1].toObject(),
        (QJsonObject { { QStringLiteral("kind"), QStringLiteral("metric") }, { QStringLiteral("id"), 5 },
            { QStringLiteral("title"), QStringLiteral("Test Coverage") },
            { QStringLiteral("reason"), QStringLiteral("current 3.4 %, required > 15 %") } }));
    QCOMPARE(blockers[2][QStringLiteral("reason")].toString(),
        QStringLiteral("current Leaking, required < 10 MB/hr"));
    QCOMPARE(blockers[3][QStringLiteral("kind")].toString(), QStringLiteral("criterion"));
    QCOMPARE(blockers[3][QStringLiteral("id")].toInteger(), 21);

    const QJsonArray metrics = o.value(QStringLiteral("metrics")).toArray();
    QCOMPARE(metrics.size(), 3);
    QVERIFY(!metrics[0].toObject().contains(QStringLiteral("required_text")));
}

void TestReleaseJson::weightedScoreAndRounding()
{
    Release r = sample();
    r.metrics[0].weight = 2; // unmet: 0
    r.metrics[2].weight = 1; // met: 1
    const QJsonObject o = readinessToJson(r, computeReadiness(r, today.startOfDay(Qt::UTC)));
    QCOMPARE(o.value(QStringLiteral("weighted_score")).toDouble(), 33.33);
    QCOMPARE(o[QStringLiteral("metrics")][0][QStringLiteral("weight")].toDouble(), 2.0);
    // a large id survives as an exact integer
    r.id = qint64(1) << 40;
    QCOMPARE(reparsed(releaseToJson(r)).value(QStringLiteral("id")).toInteger(), qint64(1) << 40);
}

QTEST_GUILESS_MAIN(TestReleaseJson)
#include "tst_releasejson.moc"
