// Tests for computeReadiness: gate figures, waivers and their expiry, metric verdicts, the weighted
// score, the blocker list, evidence that is missing or stale, and every rule of the suggested decision
// with its edges.

#include "domain/Readiness.h"

#include <QTest>

using namespace gl;

Q_DECLARE_METATYPE(gl::Gate)
Q_DECLARE_METATYPE(gl::Item)
Q_DECLARE_METATYPE(gl::Metric)
Q_DECLARE_METATYPE(gl::Release)
Q_DECLARE_METATYPE(std::vector<gl::Metric>)

namespace {

using S = ItemStatus;
const QDate today(2025, 9, 8);
const QDateTime now(today, QTime(12, 0), Qt::UTC); // readiness is computed at this time

Item leaf(qint64 id, ItemStatus status, bool blocker = false, const QString &reason = QString())
{
    Item item;
    item.id = id;
    item.title = QStringLiteral("item %1").arg(id);
    item.status = status;
    item.blocker = blocker;
    item.statusReason = reason;
    return item;
}

Item waived(qint64 id, const QDate &expiry)
{
    Item item = leaf(id, S::Waived, false, QStringLiteral("accepted risk"));
    item.waiverExpiry = expiry;
    return item;
}

Item group(qint64 id, std::vector<Item> children, bool blocker = false)
{
    Item item = leaf(id, S::NotStarted, blocker);
    item.title = QStringLiteral("group %1").arg(id);
    item.children = std::move(children);
    return item;
}

Gate gate(qint64 id, const QString &title, std::vector<Item> items)
{
    Gate g;
    g.id = id;
    g.title = title;
    g.items = std::move(items);
    return g;
}

// n leaves with the given status, ids from firstId
std::vector<Item> leaves(int n, ItemStatus status, qint64 firstId = 1)
{
    std::vector<Item> items;
    for (int i = 0; i < n; ++i)
        items.push_back(leaf(firstId + i, status));
    return items;
}

Metric metric(qint64 id, const QString &name, std::optional<double> current, Operator op,
    std::optional<double> required, const QString &unit, bool blocker = false, double weight = 0)
{
    Metric m;
    m.id = id;
    m.name = name;
    m.current = current;
    m.currentText = current ? QString::number(*current) + unit : QStringLiteral("Leaking");
    m.op = op;
    m.required = required;
    m.requiredText = required ? operatorSymbol(op) + QString::number(*required) + unit : QString();
    m.unit = unit;
    m.blocker = blocker;
    m.weight = weight;
    return m;
}

Metric coverage(double current) // the seed's Test Coverage: > 15 %, blocker
{
    return metric(
        1, QStringLiteral("Test Coverage"), current, Operator::Greater, 15.0, QStringLiteral("%"), true);
}

Criterion criterion(qint64 id, CriterionKind kind, const QString &text, bool holds)
{
    return Criterion { id, kind, text, holds };
}

Release release(std::vector<Gate> gates, std::vector<Metric> metrics = {},
    std::vector<Criterion> criteria = {}, double target = 90.0)
{
    Release r;
    r.id = 7;
    r.name = QStringLiteral("R");
    r.gates = std::move(gates);
    r.metrics = std::move(metrics);
    r.criteria = std::move(criteria);
    r.targetReadiness = target;
    return r;
}

// one gate "G" of `passed` passed leaves followed by `open` not-started ones
Release simple(int passed, int open, double target = 90.0)
{
    std::vector<Item> items = leaves(passed, S::Passed);
    for (const Item &i : leaves(open, S::NotStarted, passed + 1))
        items.push_back(i);
    return release({ gate(1, QStringLiteral("G"), items) }, {}, {}, target);
}

Release withMetric(Release r, Metric m)
{
    r.metrics.push_back(std::move(m));
    return r;
}

Release withCriterion(Release r, Criterion c)
{
    r.criteria.push_back(std::move(c));
    return r;
}

Release withLeaf(Release r, Item item)
{
    r.gates.front().items.push_back(std::move(item));
    return r;
}

// A file attached `hoursOld` hours before `now`.
Evidence attached(qint64 id, double hoursOld)
{
    Evidence e;
    e.id = id;
    e.kind = EvidenceKind::File;
    e.name = QStringLiteral("report-%1.xml").arg(id);
    e.addedAt = now.addSecs(-qint64(hoursOld * 3600));
    return e;
}

// The item, asking for evidence at most 24 hours old, with the given pieces attached.
Item asking(Item item, std::vector<Evidence> pieces = {})
{
    item.evidenceRequirement = EvidenceRequirement { true, 24, false };
    item.evidenceList = std::move(pieces);
    return item;
}

QString problemText(const EvidenceProblem &p)
{
    return QString::number(p.itemId) + QLatin1Char('|') + QString::number(p.gateId) + QLatin1Char('|')
        + statusKey(p.status) + QLatin1Char('|') + evidenceStateKey(p.state);
}

QString blockerText(const Blocker &b)
{
    return blockerKindKey(b.kind) + QLatin1Char('|') + QString::number(b.id) + QLatin1Char('|') + b.title
        + QLatin1Char('|') + b.reason;
}

} // namespace

class TestReadiness final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void gateCounts_data();
    void gateCounts();
    void hasBlocker_data();
    void hasBlocker();
    void overallReadiness();
    void metricVerdicts();
    void weightedScore_data();
    void weightedScore();
    void metricComparison_data();
    void metricComparison();
    void blockers_data();
    void blockers();
    void decision_data();
    void decision();
    void reasonsName_data();
    void reasonsName();
    void decisionKeys();
    void waiverHelpers();
    void evidenceCounts_data();
    void evidenceCounts();
    void evidenceTimeMatters();
};

void TestReadiness::gateCounts_data()
{
    QTest::addColumn<Gate>("input");
    // total, passed, failed, blocked, inconclusive, waived, not applicable, in progress, not started, expired
    QTest::addColumn<QList<int>>("counts");
    QTest::addColumn<double>("completion");
    QTest::addColumn<bool>("complete");

    const QString t = QStringLiteral("G");
    QTest::newRow("empty gate is complete at 0 %")
        << gate(1, t, {}) << QList<int> { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 } << 0.0 << true;
    QTest::newRow("all passed") << gate(1, t, leaves(3, S::Passed))
                                << QList<int> { 3, 3, 0, 0, 0, 0, 0, 0, 0, 0 } << 100.0 << true;
    QTest::newRow("one of each status") << gate(1, t,
        { leaf(1, S::Passed), leaf(2, S::Failed), leaf(3, S::Blocked), leaf(4, S::Inconclusive),
            waived(5, today.addDays(30)), leaf(6, S::NotApplicable), leaf(7, S::InProgress),
            leaf(8, S::NotStarted) }) << QList<int> { 8, 1, 1, 1, 1, 1, 1, 1, 1, 0 }
                                        << 37.5 << false;
    QTest::newRow("all not applicable is complete")
        << gate(1, t, leaves(2, S::NotApplicable)) << QList<int> { 2, 0, 0, 0, 0, 0, 2, 0, 0, 0 } << 100.0
        << true;
    QTest::newRow("waiver expiring today is in force")
        << gate(1, t, { waived(1, today) }) << QList<int> { 1, 0, 0, 0, 0, 1, 0, 0, 0, 0 } << 100.0 << true;
    QTest::newRow("waiver expired yesterday is open")
        << gate(1, t, { waived(1, today.addDays(-1)), leaf(2, S::Passed) })
        << QList<int> { 2, 1, 0, 0, 0, 0, 0, 0, 0, 1 } << 50.0 << false;
    QTest::newRow("waiver without expiry is in force")
        << gate(1, t, { waived(1, QDate()) }) << QList<int> { 1, 0, 0, 0, 0, 1, 0, 0, 0, 0 } << 100.0 << true;
    QTest::newRow("inconclusive is not done") << gate(1, t, { leaf(1, S::Inconclusive), leaf(2, S::Passed) })
                                              << QList<int> { 2, 1, 0, 0, 1, 0, 0, 0, 0, 0 } << 50.0 << false;
    QTest::newRow("groups: only leaves count, their own status ignored") << gate(1, t,
        { group(1, { leaf(2, S::Passed), group(3, { leaf(4, S::NotStarted), leaf(5, S::Passed) }) }),
            leaf(6, S::Failed) }) << QList<int> { 4, 2, 1, 0, 0, 0, 0, 0, 1, 0 }
                                                                         << 50.0 << false;
    QTest::newRow("one third") << gate(
        1, t, { leaf(1, S::Passed), leaf(2, S::NotStarted), leaf(3, S::NotStarted) })
                               << QList<int> { 3, 1, 0, 0, 0, 0, 0, 0, 2, 0 } << 100.0 / 3 << false;
}

void TestReadiness::gateCounts()
{
    QFETCH(Gate, input);
    QFETCH(QList<int>, counts);
    QFETCH(double, completion);
    QFETCH(bool, complete);

    const Readiness r = computeReadiness(release({ input }), now);
    QCOMPARE(r.gates.size(), std::size_t(1));
    const GateReadiness &g = r.gates.front();
    QCOMPARE(g.gateId, input.id);
    QCOMPARE(g.title, input.title);
    const QList<int> actual { g.total, g.passed, g.failed, g.blocked, g.inconclusive, g.waived,
        g.notApplicable, g.inProgress, g.notStarted, g.expiredWaivers };
    QCOMPARE(actual, counts);
    QCOMPARE(g.completionPercent, completion);
    QCOMPARE(g.complete, complete);
    QCOMPARE(r.leafTotal, g.total);
    QCOMPARE(r.leafDone, g.done());
}

void TestReadiness::hasBlocker_data()
{
    QTest::addColumn<Item>("item");
    QTest::addColumn<bool>("hasBlocker");

    for (ItemStatus s : allItemStatuses) {
        const bool open = s == S::Failed || s == S::Blocked;
        QTest::addRow("blocker leaf %s", qPrintable(statusKey(s))) << leaf(1, s, true) << open;
        QTest::addRow("plain leaf %s", qPrintable(statusKey(s))) << leaf(1, s, false) << false;
    }
    QTest::newRow("blocker leaf under a plain group")
        << group(1, { leaf(2, S::Passed), leaf(3, S::Blocked, true) }) << true;
    QTest::newRow("blocker group rolling up to failed")
        << group(1, { leaf(2, S::Passed), leaf(3, S::Failed) }, true) << true;
    QTest::newRow("blocker group whose own status says failed but leaves pass") << [] {
        Item g = group(1, { leaf(2, S::Passed) }, true);
        g.status = S::Failed;
        return g;
    }() << false;
    QTest::newRow("expired waiver on a blocker is open but not a blocker") << [] {
        Item i = waived(1, today.addDays(-3));
        i.blocker = true;
        return i;
    }() << false;
}

void TestReadiness::hasBlocker()
{
    QFETCH(Item, item);
    QFETCH(bool, hasBlocker);
    const Readiness r = computeReadiness(release({ gate(1, QStringLiteral("G"), { item }) }), now);
    QCOMPARE(r.gates.front().hasBlocker, hasBlocker);
    QCOMPARE(!r.blockers.empty(), hasBlocker);
    if (hasBlocker)
        QCOMPARE(r.suggested, Decision::NoGo);
}

void TestReadiness::overallReadiness()
{
    // 3 of 4 done in one gate, 1 of 4 in the next, an empty gate between: 4 of 8 overall, not the
    // mean of the gates' percentages
    const Release rel = release(
        { gate(1, QStringLiteral("A"),
              { leaf(1, S::Passed), leaf(2, S::Waived), leaf(3, S::NotApplicable), leaf(4, S::Failed) }),
            gate(2, QStringLiteral("Empty"), {}),
            gate(3, QStringLiteral("B"), { group(5, leaves(3, S::NotStarted, 6)), leaf(9, S::Passed) }) });
    const Readiness r = computeReadiness(rel, now);
    QCOMPARE(r.gates.size(), std::size_t(3));
    QCOMPARE(r.gates[0].title, QStringLiteral("A"));
    QCOMPARE(r.gates[1].title, QStringLiteral("Empty"));
    QCOMPARE(r.gates[2].gateId, qint64(3));
    QCOMPARE(r.gates[0].completionPercent, 75.0);
    QCOMPARE(r.gates[2].completionPercent, 25.0);
    QCOMPARE(r.leafTotal, 8);
    QCOMPARE(r.leafDone, 4);
    QCOMPARE(r.readinessPercent, 50.0);

    const Readiness none = computeReadiness(release({}), now);
    QCOMPARE(none.leafTotal, 0);
    QCOMPARE(none.readinessPercent, 0.0);
    QVERIFY(none.gates.empty());
}

void TestReadiness::metricVerdicts()
{
    const Release rel = release({},
        { coverage(3.4),
            metric(2, QStringLiteral("Security Score"), 8.2, Operator::Greater, 7.0, QStringLiteral("/10")),
            metric(3, QStringLiteral("Memory Stability"), std::nullopt, Operator::Less, 10.0,
                QStringLiteral("MB/hr"), true) });
    const Readiness r = computeReadiness(rel, now);
    QCOMPARE(r.metrics.size(), std::size_t(3));
    QCOMPARE(r.metrics[0].metricId, qint64(1));
    QCOMPARE(r.metrics[0].name, QStringLiteral("Test Coverage"));
    QVERIFY(!r.metrics[0].met);
    QVERIFY(r.metrics[0].blocker);
    QVERIFY(r.metrics[1].met);
    QVERIFY(!r.metrics[1].blocker);
    QVERIFY(!r.metrics[2].met);
    QVERIFY(r.metrics[2].blocker);
    QVERIFY(!r.weightedScore);
}

void TestReadiness::weightedScore_data()
{
    QTest::addColumn<std::vector<Metric>>("metrics");
    QTest::addColumn<double>("score"); // -1: no weighted score
    const QString pct = QStringLiteral("%");
    const std::optional<double> none;

    QTest::newRow("no metrics") << std::vector<Metric> {} << -1.0;
    QTest::newRow("no weights") << std::vector<Metric> { coverage(3.4) } << -1.0;
    QTest::newRow("zero and negative weights")
        << std::vector<Metric> { metric(1, QStringLiteral("a"), 50.0, Operator::Greater, 10.0, pct, false, 0),
               metric(2, QStringLiteral("b"), 50.0, Operator::Greater, 10.0, pct, false, -2) }
        << -1.0;
    QTest::newRow("one met with required") << std::vector<Metric> {
        metric(1, QStringLiteral("a"), 50.0, Operator::Greater, 10.0, pct, false, 2)
    } << 100.0;
    QTest::newRow("met 3, unmet 1") << std::vector<Metric> {
        metric(1, QStringLiteral("a"), 50.0, Operator::Greater, 10.0, pct, false, 3),
        metric(2, QStringLiteral("b"), 5.0, Operator::Greater, 10.0, pct, false, 1)
    } << 75.0;
    QTest::newRow("unweighted metrics do not count")
        << std::vector<Metric> { metric(1, QStringLiteral("a"), 50.0, Operator::Greater, 10.0, pct, false, 1),
               metric(2, QStringLiteral("b"), 5.0, Operator::Greater, 10.0, pct) }
        << 100.0;
    QTest::newRow("score as percent") << std::vector<Metric> {
        metric(1, QStringLiteral("a"), 71.5, Operator::Greater, none, pct, false, 1)
    } << 71.5;
    QTest::newRow("score out of ten") << std::vector<Metric> {
        metric(1, QStringLiteral("a"), 8.2, Operator::Greater, none, QStringLiteral("/10"), false, 1)
    } << 82.0;
    QTest::newRow("mixed scales and weights") << std::vector<Metric> {
        metric(1, QStringLiteral("a"), 4.5, Operator::Greater, none, QStringLiteral("/5"), false, 1),
        metric(2, QStringLiteral("b"), 50.0, Operator::Greater, none, pct, false, 3)
    } << 60.0;
    QTest::newRow("clamped above") << std::vector<Metric> {
        metric(1, QStringLiteral("a"), 150.0, Operator::Greater, none, pct, false, 1)
    } << 100.0;
    QTest::newRow("clamped below") << std::vector<Metric> {
        metric(1, QStringLiteral("a"), -3.0, Operator::Greater, none, QStringLiteral("/10"), false, 1)
    } << 0.0;
    QTest::newRow("text current counts zero")
        << std::vector<Metric> { metric(1, QStringLiteral("a"), none, Operator::Greater, none, pct, false, 1),
               metric(2, QStringLiteral("b"), 100.0, Operator::Greater, none, pct, false, 1) }
        << 50.0;
    QTest::newRow("no unit is a fraction") << std::vector<Metric> {
        metric(1, QStringLiteral("a"), 0.4, Operator::Greater, none, QString(), false, 1)
    } << 40.0;
    QTest::newRow("bad scale counts zero") << std::vector<Metric> {
        metric(1, QStringLiteral("a"), 4.0, Operator::Greater, none, QStringLiteral("/0"), false, 1)
    } << 0.0;
    QTest::newRow("required wins over scale") << std::vector<Metric> {
        metric(1, QStringLiteral("a"), 6.0, Operator::Greater, 7.0, QStringLiteral("/10"), false, 1)
    } << 0.0;
}

void TestReadiness::weightedScore()
{
    QFETCH(std::vector<Metric>, metrics);
    QFETCH(double, score);
    const Readiness r = computeReadiness(release({}, metrics), now);
    QCOMPARE(r.weightedScore.has_value(), score >= 0);
    if (score >= 0)
        QCOMPARE(*r.weightedScore, score);
}

void TestReadiness::metricComparison_data()
{
    QTest::addColumn<Metric>("input");
    QTest::addColumn<QString>("text");
    QTest::newRow("percent") << coverage(3.4) << QStringLiteral("current 3.4 %, required > 15 %");
    QTest::newRow("MB") << metric(
        1, QStringLiteral("Bundle Size"), 465.0, Operator::Less, 10.0, QStringLiteral("MB"))
                        << QStringLiteral("current 465 MB, required < 10 MB");
    QTest::newRow("slash unit") << metric(1, QStringLiteral("S"), 8.2, Operator::GreaterOrEqual, 7.0,
        QStringLiteral("/10")) << QStringLiteral("current 8.2/10, required >= 7/10");
    QTest::newRow("text current") << metric(1, QStringLiteral("Memory"), std::nullopt, Operator::Less, 10.0,
        QStringLiteral("MB/hr")) << QStringLiteral("current Leaking, required < 10 MB/hr");
    Metric textOnly = metric(1, QStringLiteral("T"), std::nullopt, Operator::Less, std::nullopt, QString());
    QTest::newRow("nothing numeric") << textOnly << QStringLiteral("current Leaking is not a number");
    textOnly.requiredText = QStringLiteral("stable");
    QTest::newRow("text required") << textOnly << QStringLiteral("current Leaking, required stable");
    Metric empty = textOnly;
    empty.currentText.clear();
    empty.requiredText.clear();
    QTest::newRow("no current at all") << empty << QStringLiteral("current none is not a number");
}

void TestReadiness::metricComparison()
{
    QFETCH(Metric, input);
    QFETCH(QString, text);
    QCOMPARE(gl::metricComparison(input), text);
}

void TestReadiness::blockers_data()
{
    QTest::addColumn<Release>("input");
    QTest::addColumn<QStringList>("expected"); // kind|id|title|reason

    const Release base = simple(3, 0);
    QTest::newRow("none") << base << QStringList();
    QTest::newRow("failed blocker item with reason")
        << withLeaf(base, leaf(10, S::Failed, true, QStringLiteral("6/7 tests failing")))
        << QStringList { QStringLiteral("item|10|item 10|Failed: 6/7 tests failing") };
    QTest::newRow("blocked blocker item without reason") << withLeaf(
        base, leaf(11, S::Blocked, true)) << QStringList { QStringLiteral("item|11|item 11|Blocked") };
    QTest::newRow("failed item that is no blocker") << withLeaf(base, leaf(12, S::Failed)) << QStringList();
    QTest::newRow("inconclusive blocker item")
        << withLeaf(base, leaf(13, S::Inconclusive, true)) << QStringList();
    QTest::newRow("blocker group and its blocker leaf")
        << withLeaf(base,
               group(20, { leaf(21, S::Failed, true, QStringLiteral("crash")), leaf(22, S::Passed) }, true))
        << QStringList { QStringLiteral("item|20|group 20|Failed"),
               QStringLiteral("item|21|item 21|Failed: crash") };
    QTest::newRow("unmet blocker metric")
        << withMetric(base, coverage(3.4))
        << QStringList { QStringLiteral("metric|1|Test Coverage|current 3.4 %, required > 15 %") };
    QTest::newRow("met blocker metric") << withMetric(base, coverage(15.1)) << QStringList();
    QTest::newRow("unmet metric that is no blocker") << withMetric(
        base, metric(2, QStringLiteral("Docs"), 6.0, Operator::Greater, 7.0, QStringLiteral("/10")))
                                                     << QStringList();
    QTest::newRow("text metric blocker")
        << withMetric(base,
               metric(3, QStringLiteral("Memory Stability"), std::nullopt, Operator::Less, 10.0,
                   QStringLiteral("MB/hr"), true))
        << QStringList { QStringLiteral("metric|3|Memory Stability|current Leaking, required < 10 MB/hr") };
    QTest::newRow("NO-GO criterion holding")
        << withCriterion(base, criterion(5, CriterionKind::NoGo, QStringLiteral("Rollback untested"), true))
        << QStringList { QStringLiteral("criterion|5|Rollback untested|NO-GO criterion holds") };
    QTest::newRow("NO-GO criterion not holding")
        << withCriterion(base, criterion(5, CriterionKind::NoGo, QStringLiteral("Rollback untested"), false))
        << QStringList();
    QTest::newRow("GO criterion not met is no blocker")
        << withCriterion(base, criterion(6, CriterionKind::Go, QStringLiteral("Coverage > 15 %"), false))
        << QStringList();
    QTest::newRow("order: items, metrics, criteria")
        << withCriterion(withMetric(withLeaf(base, leaf(10, S::Blocked, true)), coverage(1)),
               criterion(5, CriterionKind::NoGo, QStringLiteral("X"), true))
        << QStringList { QStringLiteral("item|10|item 10|Blocked"),
               QStringLiteral("metric|1|Test Coverage|current 1 %, required > 15 %"),
               QStringLiteral("criterion|5|X|NO-GO criterion holds") };
}

void TestReadiness::blockers()
{
    QFETCH(Release, input);
    QFETCH(QStringList, expected);
    const Readiness r = computeReadiness(input, now);
    QStringList actual;
    for (const Blocker &b : r.blockers)
        actual << blockerText(b);
    QCOMPARE(actual, expected);
}

void TestReadiness::decision_data()
{
    QTest::addColumn<Release>("input");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<int>("reasonCount");

    const QString go = QStringLiteral("GO");
    const QString cond = QStringLiteral("CONDITIONAL GO");
    const QString nogo = QStringLiteral("NO-GO");
    const Metric met
        = metric(2, QStringLiteral("Security"), 8.2, Operator::Greater, 7.0, QStringLiteral("/10"));
    const Metric unmet
        = metric(3, QStringLiteral("Docs"), 6.0, Operator::Greater, 7.0, QStringLiteral("/10"));
    const Criterion goHolds = criterion(1, CriterionKind::Go, QStringLiteral("Rollback validated"), true);
    const Criterion goOpen = criterion(2, CriterionKind::Go, QStringLiteral("Coverage > 15 %"), false);
    const Criterion noGoQuiet
        = criterion(3, CriterionKind::NoGo, QStringLiteral("Security unresolved"), false);
    const Criterion noGoHolds = criterion(4, CriterionKind::NoGo, QStringLiteral("Ops not prepared"), true);

    // GO
    QTest::newRow("GO: everything done, met and held")
        << withCriterion(withCriterion(withMetric(simple(4, 0), met), goHolds), noGoQuiet) << go << 0;
    QTest::newRow("GO: waived in force and not applicable count as done")
        << withLeaf(withLeaf(simple(1, 0), waived(10, today)), leaf(11, S::NotApplicable)) << go << 0;
    QTest::newRow("GO: an empty gate does not hold it back") << [] {
        Release r = simple(2, 0);
        r.gates.push_back(gate(9, QStringLiteral("Empty"), {}));
        return r;
    }() << go << 0;
    QTest::newRow("GO: target does not matter once complete") << simple(1, 0, 100.0) << go << 0;

    // no leaves
    QTest::newRow("no gates at all: NO-GO") << release({}) << nogo << 2;
    QTest::newRow("only empty gates: NO-GO")
        << release({ gate(1, QStringLiteral("E"), {}) }, { met }) << nogo << 2;
    QTest::newRow("no leaves, target 0: CONDITIONAL GO") << release({}, {}, {}, 0.0) << cond << 1;

    // CONDITIONAL GO and the target edge
    QTest::newRow("90 % reaches a 90 % target") << simple(9, 1) << cond << 1;
    QTest::newRow("88.9 % misses a 90 % target") << simple(8, 1) << nogo << 2;
    QTest::newRow("80 %, target 80") << simple(8, 2, 80.0) << cond << 1;
    QTest::newRow("99 %, target 100") << simple(99, 1, 100.0) << nogo << 2;
    QTest::newRow("complete but a metric unmet") << withMetric(simple(5, 0), unmet) << cond << 1;
    QTest::newRow("complete but a metric with a text value") << withMetric(simple(5, 0),
        metric(5, QStringLiteral("Memory"), std::nullopt, Operator::Less, 10.0, QStringLiteral("MB/hr")))
                                                             << cond << 1;
    QTest::newRow("complete but a GO criterion not met") << withCriterion(simple(5, 0), goOpen) << cond << 1;
    QTest::newRow("failed item that is no blocker, 90 %")
        << withLeaf(simple(9, 0), leaf(10, S::Failed)) << cond << 1;
    QTest::newRow("expired waiver keeps it from GO")
        << withLeaf(simple(9, 0), waived(10, today.addDays(-1))) << cond << 1;
    QTest::newRow("expired waiver below target")
        << withLeaf(simple(3, 0), waived(10, today.addDays(-1))) << nogo << 2;

    // NO-GO from blockers
    QTest::newRow("NO-GO criterion holds") << withCriterion(simple(5, 0), noGoHolds) << nogo << 1;
    QTest::newRow("blocker metric unmet") << withMetric(simple(5, 0), coverage(3.4)) << nogo << 1;
    QTest::newRow("blocker item failed at 99 %")
        << withLeaf(simple(99, 0), leaf(100, S::Failed, true)) << nogo << 2;
    QTest::newRow("blocker item blocked")
        << withLeaf(simple(99, 0), leaf(100, S::Blocked, true)) << nogo << 2;
    QTest::newRow("blocker item in progress is no blocker")
        << withLeaf(simple(99, 0), leaf(100, S::InProgress, true)) << cond << 1;
    // evidence: a Passed leaf without fresh required evidence keeps GO away, nothing else does
    QTest::newRow("GO: passed with fresh evidence")
        << withLeaf(simple(3, 0), asking(leaf(10, S::Passed), { attached(1, 2) })) << go << 0;
    QTest::newRow("passed with missing evidence: CONDITIONAL GO at 100 %")
        << withLeaf(simple(3, 0), asking(leaf(10, S::Passed))) << cond << 1;
    QTest::newRow("passed with stale evidence: CONDITIONAL GO")
        << withLeaf(simple(3, 0), asking(leaf(10, S::Passed), { attached(1, 30) })) << cond << 1;
    QTest::newRow("GO: waived in force and not applicable ask nothing")
        << withLeaf(withLeaf(simple(3, 0), asking(waived(10, today))), asking(leaf(11, S::NotApplicable))) << go
        << 0;
    QTest::newRow("passed without evidence below target: NO-GO")
        << withLeaf(simple(3, 2), asking(leaf(10, S::Passed))) << nogo << 3;
    QTest::newRow("passed without evidence and a blocker open: NO-GO")
        << withLeaf(withLeaf(simple(9, 0), asking(leaf(10, S::Passed))), leaf(11, S::Blocked, true)) << nogo << 3;
    QTest::newRow("everything wrong at once") << withCriterion(
        withCriterion(
            withMetric(withMetric(withLeaf(simple(1, 2), leaf(10, S::Failed, true)), coverage(2)), unmet),
            goOpen),
        noGoHolds) << nogo << 7;
}

void TestReadiness::decision()
{
    QFETCH(Release, input);
    QFETCH(QString, decision);
    QFETCH(int, reasonCount);

    const Readiness r = computeReadiness(input, now);
    QCOMPARE(decisionKey(r.suggested), decision);
    // the rule names the decision it led to
    QVERIFY2(r.rule.startsWith(decision + QLatin1Char(':')), qPrintable(r.rule));
    QVERIFY2(int(r.reasons.size()) == reasonCount, qPrintable(r.reasons.join(QLatin1Char('\n'))));
    if (r.suggested == Decision::Go)
        QVERIFY(r.blockers.empty());
    if (r.suggested == Decision::ConditionalGo) {
        QVERIFY(r.blockers.empty());
        QVERIFY(r.readinessPercent >= input.targetReadiness);
    }
}

void TestReadiness::reasonsName_data()
{
    QTest::addColumn<Release>("input");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("reasons");

    Release all = withCriterion(
        withCriterion(
            withMetric(withMetric(withLeaf(simple(1, 2), leaf(10, S::Failed, true, QStringLiteral("crash"))),
                           coverage(2)),
                metric(3, QStringLiteral("Docs"), 6.0, Operator::Greater, 7.0, QStringLiteral("/10"))),
            criterion(1, CriterionKind::Go, QStringLiteral("Rollback validated"), false)),
        criterion(2, CriterionKind::NoGo, QStringLiteral("Ops not prepared"), true));
    all.gates.front().title = QStringLiteral("Phase 1");
    QTest::newRow("NO-GO names everything")
        << all << QStringLiteral("NO-GO: 3 blockers open and readiness 25 % is below the target of 90 %.")
        << QStringList { QStringLiteral(
                             "Gate \"Phase 1\" is incomplete: 1 of 4 items done (1 failed, 2 not started)"),
               QStringLiteral("Blocker metric \"Test Coverage\" is not met: current 2 %, required > 15 %"),
               QStringLiteral("Metric \"Docs\" is not met: current 6/10, required > 7/10"),
               QStringLiteral("GO criterion not met: Rollback validated"),
               QStringLiteral("NO-GO criterion holds: Ops not prepared"),
               QStringLiteral("Blocker item \"item 10\": Failed: crash"),
               QStringLiteral("Readiness 25 % is below the target of 90 %.") };
    QTest::newRow("NO-GO from readiness alone")
        << withLeaf(simple(2, 0), waived(5, today.addDays(-2)))
        << QStringLiteral("NO-GO: readiness 66.7 % is below the target of 90 %.")
        << QStringList { QStringLiteral(
                             "Gate \"G\" is incomplete: 2 of 3 items done (1 with an expired waiver)"),
               QStringLiteral("Readiness 66.7 % is below the target of 90 %.") };
    QTest::newRow("NO-GO from a blocker alone")
        << withMetric(simple(2, 0), coverage(3.4)) << QStringLiteral("NO-GO: 1 blocker open.")
        << QStringList { QStringLiteral("Blocker metric \"Test Coverage\" is not met: current 3.4 %, "
                                        "required > 15 %") };
    QTest::newRow("CONDITIONAL GO names what keeps it from GO")
        << simple(19, 1)
        << QStringLiteral("CONDITIONAL GO: no blocker is open and readiness 95 % reaches the target of 90 %.")
        << QStringList { QStringLiteral("Gate \"G\" is incomplete: 19 of 20 items done (1 not started)") };
    QTest::newRow("CONDITIONAL GO names the passed items without fresh evidence")
        << withLeaf(withLeaf(withLeaf(simple(17, 0), asking(leaf(20, S::Passed))),
                        asking(leaf(21, S::Passed), { attached(1, 25) })),
               asking(leaf(22, S::Passed), { attached(2, 26) }))
        << QStringLiteral("CONDITIONAL GO: no blocker is open and readiness 100 % reaches the target of 90 %.")
        << QStringList { QStringLiteral("Passed items without fresh required evidence: 1 missing, 2 stale.") };
    QTest::newRow("missing only")
        << withLeaf(simple(17, 0), asking(leaf(20, S::Passed)))
        << QStringLiteral("CONDITIONAL GO: no blocker is open and readiness 100 % reaches the target of 90 %.")
        << QStringList { QStringLiteral("Passed items without required evidence: 1.") };
    QTest::newRow("stale only, after the gate and before the target")
        << withLeaf(withLeaf(simple(2, 1), asking(leaf(20, S::Passed), { attached(1, 48) })),
               asking(leaf(21, S::NotStarted)))
        << QStringLiteral("NO-GO: readiness 60 % is below the target of 90 %.")
        << QStringList { QStringLiteral("Gate \"G\" is incomplete: 3 of 5 items done (2 not started)"),
               QStringLiteral("Passed items with stale required evidence: 1."),
               QStringLiteral("Readiness 60 % is below the target of 90 %.") };
    QTest::newRow("GO has no reasons")
        << simple(1, 0)
        << QStringLiteral(
               "GO: every gate is complete, every metric is met, every GO criterion holds, no NO-GO "
               "criterion holds and every passed item has the evidence it requires.")
        << QStringList();
    QTest::newRow("no items") << release({})
                              << QStringLiteral("NO-GO: readiness 0 % is below the target of 90 %.")
                              << QStringList { QStringLiteral("The release has no items."),
                                     QStringLiteral("Readiness 0 % is below the target of 90 %.") };
}

void TestReadiness::reasonsName()
{
    QFETCH(Release, input);
    QFETCH(QString, rule);
    QFETCH(QStringList, reasons);
    const Readiness r = computeReadiness(input, now);
    QCOMPARE(r.rule, rule);
    QCOMPARE(r.reasons, reasons);
}

void TestReadiness::decisionKeys()
{
    for (Decision d : { Decision::Go, Decision::ConditionalGo, Decision::NoGo }) {
        QVERIFY(decisionFromKey(decisionKey(d)) == d);
        QVERIFY(!decisionLabel(d).isEmpty());
    }
    QCOMPARE(decisionKey(Decision::ConditionalGo), QStringLiteral("CONDITIONAL GO"));
    QCOMPARE(decisionKey(Decision::NoGo), QStringLiteral("NO-GO"));
    QVERIFY(decisionFromKey(QStringLiteral("no-go")) == Decision::NoGo);
    QVERIFY(!decisionFromKey(QStringLiteral("maybe")));
    QCOMPARE(blockerKindKey(Blocker::Kind::Criterion), QStringLiteral("criterion"));
}

void TestReadiness::waiverHelpers()
{
    const Item inForce = waived(1, today);
    const Item expired = waived(2, today.addDays(-1));
    QVERIFY(!waiverExpired(inForce, today));
    QVERIFY(waiverExpired(expired, today));
    QVERIFY(!waiverExpired(expired, today.addDays(-1))); // the same waiver, a day earlier
    Item passedWithDate = expired;
    passedWithDate.status = S::Passed; // a stale date on a non-waived item means nothing
    QVERIFY(!waiverExpired(passedWithDate, today));
    QVERIFY(leafIsDone(inForce, today));
    QVERIFY(!leafIsDone(expired, today));
    QVERIFY(leafIsDone(passedWithDate, today));
    QVERIFY(!leafIsDone(leaf(3, S::Inconclusive), today));
}

void TestReadiness::evidenceCounts_data()
{
    QTest::addColumn<Release>("input");
    QTest::addColumn<QList<int>>("gateCounts");   // missing, stale of each gate in turn
    QTest::addColumn<QList<int>>("totals");       // missing, stale, passed among them
    QTest::addColumn<QStringList>("problems");    // item|gate|status|state

    QTest::newRow("nothing asked") << simple(3, 1) << QList<int> { 0, 0 } << QList<int> { 0, 0, 0 }
                                   << QStringList();
    QTest::newRow("every status: waived in force and not applicable are skipped")
        << release({ gate(1, QStringLiteral("G"),
               { asking(leaf(1, S::NotStarted)), asking(leaf(2, S::Passed), { attached(1, 30) }),
                   asking(leaf(3, S::Failed)), asking(leaf(4, S::InProgress), { attached(2, 1) }),
                   asking(waived(5, today)), asking(leaf(6, S::NotApplicable), { attached(3, 99) }),
                   asking(waived(7, today.addDays(-1))), asking(leaf(8, S::Passed), { attached(4, 24) }),
                   asking(leaf(9, S::Blocked), { attached(5, 25) }) }) })
        << QList<int> { 3, 2 } << QList<int> { 3, 2, 1 }
        << QStringList { QStringLiteral("1|1|not-started|missing"), QStringLiteral("2|1|passed|stale"),
               QStringLiteral("3|1|failed|missing"), QStringLiteral("7|1|waived|missing"),
               QStringLiteral("9|1|blocked|stale") };
    QTest::newRow("per gate, in gate order")
        << release({ gate(1, QStringLiteral("A"), { asking(leaf(1, S::Passed)), asking(leaf(2, S::Passed)) }),
               gate(2, QStringLiteral("Empty"), {}),
               gate(3, QStringLiteral("B"),
                   { asking(leaf(3, S::Passed), { attached(1, 40) }), asking(leaf(4, S::NotStarted)) }) })
        << QList<int> { 2, 0, 0, 0, 1, 1 } << QList<int> { 3, 1, 3 }
        << QStringList { QStringLiteral("1|1|passed|missing"), QStringLiteral("2|1|passed|missing"),
               QStringLiteral("3|3|passed|stale"), QStringLiteral("4|3|not-started|missing") };
    QTest::newRow("a group: its own requirement is ignored, its leaves are counted")
        << release({ gate(1, QStringLiteral("G"),
               { asking(group(1, { asking(leaf(2, S::Passed), { attached(1, 30) }), leaf(3, S::Passed),
                   group(4, { asking(leaf(5, S::Passed)) }) })) }) })
        << QList<int> { 1, 1 } << QList<int> { 1, 1, 2 }
        << QStringList { QStringLiteral("2|1|passed|stale"), QStringLiteral("5|1|passed|missing") };
}

void TestReadiness::evidenceCounts()
{
    QFETCH(Release, input);
    QFETCH(QList<int>, gateCounts);
    QFETCH(QList<int>, totals);
    QFETCH(QStringList, problems);

    const Readiness r = computeReadiness(input, now);
    QList<int> actualGates;
    for (const GateReadiness &g : r.gates)
        actualGates << g.evidenceMissing << g.evidenceStale;
    QCOMPARE(actualGates, gateCounts);
    QCOMPARE((QList<int> { r.evidenceMissing, r.evidenceStale, r.passedWithoutFreshEvidence }), totals);
    QStringList actual;
    for (const EvidenceProblem &p : r.evidenceProblems) {
        actual << problemText(p);
        // the reason is checkEvidence's sentence for that leaf
        const Item *item = findItem(input, p.itemId);
        QVERIFY(item);
        QCOMPARE(p.title, item->title);
        QCOMPARE(p.reason, checkEvidence(*item, now).reason);
        QVERIFY(!p.reason.isEmpty());
    }
    QCOMPARE(actual, problems);
    // evidence never changes what counts as done
    Release without = input;
    for (Gate &g : without.gates)
        forEachItem(g.items, [](Item &i) { i.evidenceRequirement = EvidenceRequirement(); });
    const Readiness plain = computeReadiness(without, now);
    QCOMPARE(r.leafDone, plain.leafDone);
    QCOMPARE(r.readinessPercent, plain.readinessPercent);
    QCOMPARE(plain.evidenceMissing + plain.evidenceStale, 0);
}

void TestReadiness::evidenceTimeMatters()
{
    // Fresh when computed, stale a day later: the same release, a different answer.
    const Release rel = withLeaf(simple(2, 0), asking(leaf(10, S::Passed), { attached(1, 20) }));
    const Readiness atNow = computeReadiness(rel, now);
    QCOMPARE(atNow.suggested, Decision::Go);
    QCOMPARE(atNow.evidenceStale, 0);
    const Readiness later = computeReadiness(rel, now.addSecs(4 * 3600 + 1));
    QCOMPARE(later.suggested, Decision::ConditionalGo);
    QCOMPARE(later.evidenceStale, 1);
    QCOMPARE(later.evidenceProblems.front().reason,
        QStringLiteral("The newest evidence is 24.1 hours old; at most 24 are allowed."));

    // Waivers are judged by now's UTC date: 00:30 at +02:00 on the 9th is still the 8th in UTC.
    const Release waiver = withLeaf(simple(2, 0), waived(10, today));
    const QDateTime earlyNextDayInBerlin(today.addDays(1), QTime(0, 30), Qt::OffsetFromUTC, 7200);
    QCOMPARE(computeReadiness(waiver, earlyNextDayInBerlin).gates.front().expiredWaivers, 0);
    const QDateTime nextDayUtc(today.addDays(1), QTime(0, 30), Qt::UTC);
    QCOMPARE(computeReadiness(waiver, nextDayUtc).gates.front().expiredWaivers, 1);
    // the transitional date form reads the day at 00:00 UTC
    QCOMPARE(computeReadiness(rel, today).suggested, Decision::Go);
    QCOMPARE(computeReadiness(rel, today.addDays(1)).suggested, Decision::ConditionalGo);
}

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
