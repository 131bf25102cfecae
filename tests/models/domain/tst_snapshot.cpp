// The canonical snapshot a sign-off covers (issue 5): the same bytes for the same state whatever
// the order evidence was added in, the ids the database gave, the edit times and the locale; a
// different hash for any single change of what a reviewer sees; and a diff a person can read.

#include "domain/CanonicalJson.h"
#include "domain/Snapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QtTest>
#include <clocale>
#include <functional>

using namespace gl;

namespace {

Evidence evidence(const QString &name, const QString &sha, qint64 size)
{
    Evidence e;
    e.kind = EvidenceKind::File;
    e.name = name;
    e.sha256 = sha;
    e.size = size;
    e.mediaType = QStringLiteral("text/plain");
    return e;
}

Release sample()
{
    Release r;
    r.id = 7;
    r.uid = QStringLiteral("not part of the snapshot");
    r.name = QStringLiteral("Staging 2.4 \u2014 Gr\u00fc\u00dfe");
    r.targetReadiness = 92.5;
    Gate build;
    build.id = 11;
    build.title = QStringLiteral("Build");
    Item unit;
    unit.id = 101;
    unit.title = QStringLiteral("Unit tests");
    unit.commands = { QStringLiteral("npm test -- --coverage") };
    unit.owners = { QStringLiteral("QA") };
    unit.status = ItemStatus::Passed;
    unit.evidenceRequirement.required = true;
    unit.evidenceList = { evidence(QStringLiteral("junit.xml"), QString(64, u'a'), 1200),
        evidence(QStringLiteral("coverage-summary.json"), QString(64, u'b'), 800) };
    unit.updatedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    unit.updatedBy = QStringLiteral("alice");
    Item lint;
    lint.id = 102;
    lint.title = QStringLiteral("Lint");
    lint.status = ItemStatus::Waived;
    lint.statusReason = QStringLiteral("legacy code");
    lint.waiverExpiry = QDate(2026, 12, 31);
    build.items = { unit, lint };
    r.gates = { build };
    Metric coverage;
    coverage.id = 5;
    coverage.name = QStringLiteral("Coverage");
    coverage.unit = QStringLiteral("%");
    coverage.required = 65;
    coverage.current = 71.3;
    coverage.weight = 0.25;
    r.metrics = { coverage };
    Criterion c;
    c.kind = CriterionKind::NoGo;
    c.text = QStringLiteral("Critical vulnerability open");
    r.criteria = { c };
    return r;
}

// Computed once by this build and written down: a change here means every existing signature
// would turn stale, so it must be deliberate (a new snapshot format, not an accident).
const char goldenSha256[] = "216cba8e8014af129d3a9a1f2f4a82d6791863c9e790a208396b93c99b6a7580";

} // namespace

class TestSnapshot final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void canonicalJsonIsCanonical();
    void sameStateSameBytes();
    void sameInEveryLocale();
    void goldenHash();
    void everySingleChangeChangesIt_data();
    void everySingleChangeChangesIt();
    void diffReadsAsChanges();
};

void TestSnapshot::canonicalJsonIsCanonical()
{
    const QJsonObject o {
        { QStringLiteral("b"), 1 },
        { QStringLiteral("a"), QJsonArray { 0.1, 2.5e-7, 1e21, -0.0, 3 } },
        { QStringLiteral("\u00e9"), QStringLiteral("tab\there \"q\" \\ \u0001 \u00fc") },
        { QStringLiteral("n"), QJsonValue::Null },
        { QStringLiteral("t"), true },
    };
    QCOMPARE(canonicalJson(o),
        QByteArray("{\"a\":[0.1,2.5e-07,1e+21,0,3],\"b\":1,\"n\":null,\"t\":true,"
                   "\"\xc3\xa9\":\"tab\\there \\\"q\\\" \\\\ \\u0001 \xc3\xbc\"}"));
}

void TestSnapshot::sameStateSameBytes()
{
    const Release a = sample();
    Release b = sample();
    // Other ids, times, authors, uid, run history and approvals: the same state.
    b.id = 99;
    b.uid = QStringLiteral("another");
    b.gates[0].id = 1;
    b.gates[0].items[0].id = 5;
    b.gates[0].items[0].updatedAt = QDateTime::currentDateTimeUtc();
    b.gates[0].items[0].updatedBy = QStringLiteral("bob");
    b.gates[0].items[0].changedAt = QDateTime::currentDateTimeUtc();
    b.gates[0].items[0].approvedHash = QStringLiteral("x");
    b.gates[0].items[0].runs.push_back(RunRecord());
    b.metrics[0].id = 1;
    // Evidence added in the other order, with other ids and times.
    std::reverse(b.gates[0].items[0].evidenceList.begin(), b.gates[0].items[0].evidenceList.end());
    b.gates[0].items[0].evidenceList[0].id = 42;
    b.gates[0].items[0].evidenceList[0].addedAt = QDateTime::currentDateTimeUtc();
    b.gates[0].items[0].evidenceList[0].addedBy = QStringLiteral("ci");
    QCOMPARE(snapshotBytes(b), snapshotBytes(a));
    QCOMPARE(snapshotSha256(b), snapshotSha256(a));
    QVERIFY(QJsonDocument::fromJson(snapshotBytes(a)).isObject());
}

void TestSnapshot::sameInEveryLocale()
{
    const QByteArray reference = snapshotBytes(sample());
    const QLocale saved;
    for (const QLocale &locale :
        { QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::Turkish, QLocale::Turkey),
            QLocale(QLocale::Arabic, QLocale::Egypt), QLocale::c() }) {
        QLocale::setDefault(locale);
        for (const char *name : { "de_DE.UTF-8", "tr_TR.UTF-8", "C" }) {
            std::setlocale(LC_ALL, name); // where the machine has it; C otherwise
            QCOMPARE(snapshotBytes(sample()), reference);
        }
    }
    std::setlocale(LC_ALL, "C.UTF-8");
    QLocale::setDefault(saved);
    // Decimal numbers are written with a point whatever the locale's separator.
    QVERIFY(reference.contains("\"current\":71.3"));
    QVERIFY(reference.contains("\"target_readiness\":92.5"));
}

void TestSnapshot::goldenHash()
{
    QCOMPARE(snapshotSha256(sample()), QString::fromLatin1(goldenSha256));
}

void TestSnapshot::everySingleChangeChangesIt_data()
{
    QTest::addColumn<int>("change");
    const char *names[] = { "release name", "target", "gate title", "item title", "status", "status reason",
        "command", "pass criteria", "owner", "blocker", "waiver expiry", "evidence byte (its hash)",
        "evidence added", "evidence requirement", "metric current", "metric required", "criterion holds",
        "item order", "probe" };
    for (int i = 0; i < int(std::size(names)); ++i)
        QTest::newRow(names[i]) << i;
}

void TestSnapshot::everySingleChangeChangesIt()
{
    QFETCH(int, change);
    const QString before = snapshotSha256(sample());
    Release r = sample();
    Item &unit = r.gates[0].items[0];
    switch (change) {
    case 0:
        r.name += u'!';
        break;
    case 1:
        r.targetReadiness = 90;
        break;
    case 2:
        r.gates[0].title = QStringLiteral("Build & package");
        break;
    case 3:
        unit.title = QStringLiteral("Unit tests (all)");
        break;
    case 4:
        unit.status = ItemStatus::Failed;
        break;
    case 5:
        unit.statusReason = QStringLiteral("flaky");
        break;
    case 6:
        unit.commands = { QStringLiteral("npm test") };
        break;
    case 7:
        unit.passCriteria = QStringLiteral("0 failures");
        break;
    case 8:
        unit.owners = { QStringLiteral("Dev") };
        break;
    case 9:
        unit.blocker = true;
        break;
    case 10:
        r.gates[0].items[1].waiverExpiry = QDate(2027, 1, 1);
        break;
    case 11:
        unit.evidenceList[0].sha256[63] = u'b';
        break;
    case 12:
        unit.evidenceList.push_back(evidence(QStringLiteral("log.txt"), QString(64, u'c'), 3));
        break;
    case 13:
        unit.evidenceRequirement.maxAgeHours = 24;
        break;
    case 14:
        r.metrics[0].current = 71.4;
        break;
    case 15:
        r.metrics[0].required = 70;
        break;
    case 16:
        r.criteria[0].holds = true;
        break;
    case 17:
        std::swap(r.gates[0].items[0], r.gates[0].items[1]);
        break;
    case 18:
        unit.probe = Probe();
        break;
    }
    QVERIFY2(snapshotSha256(r) != before, "the change left the snapshot as it was");
    QVERIFY(!snapshotDiff(releaseSnapshot(sample()), releaseSnapshot(r)).isEmpty());
}

void TestSnapshot::diffReadsAsChanges()
{
    const QJsonObject before = releaseSnapshot(sample());
    Release r = sample();
    r.gates[0].items[0].status = ItemStatus::Failed;
    r.gates[0].items[0].evidenceList.push_back(
        evidence(QStringLiteral("rerun.log"), QStringLiteral("c0ffee") + QString(58, u'0'), 10));
    r.metrics[0].current = 64;
    Item added;
    added.title = QStringLiteral("Smoke test");
    r.gates[0].items.insert(r.gates[0].items.begin(), added);
    const QStringList lines = snapshotDiff(before, releaseSnapshot(r));
    QCOMPARE(lines,
        QStringList({
            QStringLiteral("Gate \u201cBuild\u201d: item added: \u201cSmoke test\u201d"),
            QStringLiteral("Gate \u201cBuild\u201d \u203a \u201cUnit tests\u201d: status: \u201cpassed\u201d "
                           "\u2192 \u201cfailed\u201d"),
            QStringLiteral("Gate \u201cBuild\u201d \u203a \u201cUnit tests\u201d: evidence added: rerun.log "
                           "(SHA-256 c0ffee000000\u2026)"),
            QStringLiteral("Metric \u201cCoverage\u201d: current: 71.3 \u2192 64"),
        }));
    QVERIFY(snapshotDiff(before, before).isEmpty());
}

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
