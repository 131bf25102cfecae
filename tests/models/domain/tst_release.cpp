// Tests for the domain helpers in Release.cpp and ItemStatus.cpp: table cells read as measures,
// metric verdicts, group status roll-up, status keys.

#include "domain/ItemStatus.h"
#include "domain/Release.h"

#include <QTest>

using namespace gl;

Q_DECLARE_METATYPE(gl::ItemStatus)
Q_DECLARE_METATYPE(gl::Operator)
Q_DECLARE_METATYPE(std::optional<gl::Operator>)
Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(gl::Item)

namespace {

Item leaf(ItemStatus status)
{
    Item item;
    item.title = QStringLiteral("leaf");
    item.status = status;
    return item;
}

Item group(std::vector<Item> children, ItemStatus own = ItemStatus::NotStarted)
{
    Item item;
    item.title = QStringLiteral("group");
    item.status = own;
    item.children = std::move(children);
    return item;
}

} // namespace

class TestRelease final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseMeasure_data();
    void parseMeasure();
    void metricMet_data();
    void metricMet();
    void operatorSymbols_data();
    void operatorSymbols();
    void rolledUpStatus_data();
    void rolledUpStatus();
    void statusKeys();
    void statusFromKey_data();
    void statusFromKey();
    void statusIsDone();
    void findItemAndLeafCount();
};

void TestRelease::parseMeasure_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<Operator>>("op");
    QTest::addColumn<std::optional<double>>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("cleanText");

    const std::optional<Operator> none;
    const std::optional<double> noValue;
    QTest::newRow("greater percent") << QStringLiteral(">15%") << std::optional(Operator::Greater)
                                     << std::optional(15.0) << QStringLiteral("%") << QStringLiteral(">15%");
    QTest::newRow("less MB") << QStringLiteral("<10MB") << std::optional(Operator::Less)
                             << std::optional(10.0) << QStringLiteral("MB") << QStringLiteral("<10MB");
    QTest::newRow("decimal no unit") << QStringLiteral(">7.0") << std::optional(Operator::Greater)
                                     << std::optional(7.0) << QString() << QStringLiteral(">7.0");
    QTest::newRow("seconds") << QStringLiteral("<5s") << std::optional(Operator::Less) << std::optional(5.0)
                             << QStringLiteral("s") << QStringLiteral("<5s");
    QTest::newRow("unicode >= with space")
        << QStringLiteral("\u2265 65%") << std::optional(Operator::GreaterOrEqual) << std::optional(65.0)
        << QStringLiteral("%") << QStringLiteral("\u2265 65%");
    QTest::newRow("unicode <=") << QStringLiteral("\u2264 2 s") << std::optional(Operator::LessOrEqual)
                                << std::optional(2.0) << QStringLiteral("s") << QStringLiteral("\u2264 2 s");
    QTest::newRow("ascii >=") << QStringLiteral(">= 80 %") << std::optional(Operator::GreaterOrEqual)
                              << std::optional(80.0) << QStringLiteral("%") << QStringLiteral(">= 80 %");
    QTest::newRow("=>") << QStringLiteral("=>3") << std::optional(Operator::GreaterOrEqual)
                        << std::optional(3.0) << QString() << QStringLiteral("=>3");
    QTest::newRow("!=") << QStringLiteral("!=0") << std::optional(Operator::NotEqual) << std::optional(0.0)
                        << QString() << QStringLiteral("!=0");
    QTest::newRow("==") << QStringLiteral("==1") << std::optional(Operator::Equal) << std::optional(1.0)
                        << QString() << QStringLiteral("==1");
    QTest::newRow("current percent") << QStringLiteral("3.4%") << none << std::optional(3.4)
                                     << QStringLiteral("%") << QStringLiteral("3.4%");
    QTest::newRow("score out of ten") << QStringLiteral("8.2/10") << none << std::optional(8.2)
                                      << QStringLiteral("/10") << QStringLiteral("8.2/10");
    QTest::newRow("rate unit") << QStringLiteral("<10MB/hr") << std::optional(Operator::Less)
                               << std::optional(10.0) << QStringLiteral("MB/hr")
                               << QStringLiteral("<10MB/hr");
    QTest::newRow("big number") << QStringLiteral("465MB") << none << std::optional(465.0)
                                << QStringLiteral("MB") << QStringLiteral("465MB");
    QTest::newRow("thousands") << QStringLiteral("1,234.5 ms") << none << std::optional(1234.5)
                               << QStringLiteral("ms") << QStringLiteral("1,234.5 ms");
    // a comma not followed by exactly three digits is no thousands separator
    QTest::newRow("not thousands") << QStringLiteral("1,2345") << none << std::optional(1.0)
                                   << QStringLiteral(",2345") << QStringLiteral("1,2345");
    QTest::newRow("leading dot") << QStringLiteral(".5") << none << std::optional(0.5) << QString()
                                 << QStringLiteral(".5");
    QTest::newRow("negative") << QStringLiteral("-2.5 dB") << none << std::optional(-2.5)
                              << QStringLiteral("dB") << QStringLiteral("-2.5 dB");
    QTest::newRow("plus suffix kept in unit") << QStringLiteral("39+") << none << std::optional(39.0)
                                              << QStringLiteral("+") << QStringLiteral("39+");
    QTest::newRow("emphasis stripped")
        << QStringLiteral("  **>15%** ") << std::optional(Operator::Greater) << std::optional(15.0)
        << QStringLiteral("%") << QStringLiteral(">15%");
    QTest::newRow("code span stripped")
        << QStringLiteral("`42`") << none << std::optional(42.0) << QString() << QStringLiteral("42");
    QTest::newRow("text") << QStringLiteral("Leaking") << none << noValue << QString()
                          << QStringLiteral("Leaking");
    QTest::newRow("operator and text") << QStringLiteral("> TBD") << std::optional(Operator::Greater)
                                       << noValue << QString() << QStringLiteral("> TBD");
    QTest::newRow("empty") << QString() << none << noValue << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << none << noValue << QString() << QString();
}

void TestRelease::parseMeasure()
{
    QFETCH(QString, text);
    QFETCH(std::optional<Operator>, op);
    QFETCH(std::optional<double>, value);
    QFETCH(QString, unit);
    QFETCH(QString, cleanText);

    const Measure m = gl::parseMeasure(text);
    QCOMPARE(m.op.has_value(), op.has_value());
    if (op)
        QCOMPARE(operatorSymbol(*m.op), operatorSymbol(*op));
    QCOMPARE(m.value.has_value(), value.has_value());
    if (value)
        QCOMPARE(*m.value, *value);
    QCOMPARE(m.unit, unit);
    QCOMPARE(m.text, cleanText);
}

void TestRelease::metricMet_data()
{
    QTest::addColumn<std::optional<double>>("current");
    QTest::addColumn<Operator>("op");
    QTest::addColumn<std::optional<double>>("required");
    QTest::addColumn<bool>("met");

    const std::optional<double> none;
    auto row = [](const char *name, std::optional<double> c, Operator o, std::optional<double> r, bool met) {
        QTest::newRow(name) << c << o << r << met;
    };
    row("> below", 3.4, Operator::Greater, 15.0, false);
    row("> above", 16.0, Operator::Greater, 15.0, true);
    row("> equal is not met", 15.0, Operator::Greater, 15.0, false);
    row(">= equal is met", 15.0, Operator::GreaterOrEqual, 15.0, true);
    row(">= below", 14.99, Operator::GreaterOrEqual, 15.0, false);
    row("< below", 9.5, Operator::Less, 10.0, true);
    row("< equal is not met", 10.0, Operator::Less, 10.0, false);
    row("<= equal is met", 10.0, Operator::LessOrEqual, 10.0, true);
    row("<= above", 10.01, Operator::LessOrEqual, 10.0, false);
    row("= equal", 0.3, Operator::Equal, 0.1 + 0.2, true);
    row("= zero", 0.0, Operator::Equal, 0.0, true);
    row("= differs", 1.0, Operator::Equal, 2.0, false);
    row("!= differs", 1.0, Operator::NotEqual, 2.0, true);
    row("!= equal", 2.0, Operator::NotEqual, 2.0, false);
    row("no current", none, Operator::Greater, 15.0, false);
    row("no current no required", none, Operator::Greater, none, false);
    row("no required, current number", 8.2, Operator::Greater, none, true);
    row("negative values", -3.0, Operator::Greater, -5.0, true);
}

void TestRelease::metricMet()
{
    QFETCH(std::optional<double>, current);
    QFETCH(Operator, op);
    QFETCH(std::optional<double>, required);
    QFETCH(bool, met);

    Metric m;
    m.name = QStringLiteral("m");
    m.current = current;
    m.currentText = current ? QString::number(*current) : QStringLiteral("Leaking");
    m.op = op;
    m.required = required;
    QCOMPARE(gl::metricMet(m), met);
}

void TestRelease::operatorSymbols_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<std::optional<Operator>>("op");
    QTest::newRow(">") << QStringLiteral(">") << std::optional(Operator::Greater);
    QTest::newRow(">=") << QStringLiteral(">=") << std::optional(Operator::GreaterOrEqual);
    QTest::newRow("\u2265") << QStringLiteral("\u2265") << std::optional(Operator::GreaterOrEqual);
    QTest::newRow("=>") << QStringLiteral("=>") << std::optional(Operator::GreaterOrEqual);
    QTest::newRow("<") << QStringLiteral(" < ") << std::optional(Operator::Less);
    QTest::newRow("<=") << QStringLiteral("<=") << std::optional(Operator::LessOrEqual);
    QTest::newRow("\u2264") << QStringLiteral("\u2264") << std::optional(Operator::LessOrEqual);
    QTest::newRow("=") << QStringLiteral("=") << std::optional(Operator::Equal);
    QTest::newRow("==") << QStringLiteral("==") << std::optional(Operator::Equal);
    QTest::newRow("!=") << QStringLiteral("!=") << std::optional(Operator::NotEqual);
    QTest::newRow("\u2260") << QStringLiteral("\u2260") << std::optional(Operator::NotEqual);
    QTest::newRow("<>") << QStringLiteral("<>") << std::optional(Operator::NotEqual);
    QTest::newRow("word") << QStringLiteral("gt") << std::optional<Operator>();
    QTest::newRow("empty") << QString() << std::optional<Operator>();
}

void TestRelease::operatorSymbols()
{
    QFETCH(QString, symbol);
    QFETCH(std::optional<Operator>, op);
    const std::optional<Operator> parsed = operatorFromSymbol(symbol);
    QCOMPARE(parsed.has_value(), op.has_value());
    if (!op)
        return;
    QVERIFY(*parsed == *op);
    // every canonical symbol reads back as itself, so the JSON "operator" field round-trips
    QVERIFY(operatorFromSymbol(operatorSymbol(*op)) == op);
}

void TestRelease::rolledUpStatus_data()
{
    QTest::addColumn<Item>("item");
    QTest::addColumn<ItemStatus>("expected");

    using S = ItemStatus;
    QTest::newRow("leaf keeps its status") << leaf(S::Inconclusive) << S::Inconclusive;
    QTest::newRow("any failed wins over blocked")
        << group({ leaf(S::Blocked), leaf(S::Failed), leaf(S::Passed) }) << S::Failed;
    QTest::newRow("blocked") << group({ leaf(S::Blocked), leaf(S::Passed) }) << S::Blocked;
    QTest::newRow("all not applicable")
        << group({ leaf(S::NotApplicable), leaf(S::NotApplicable) }) << S::NotApplicable;
    QTest::newRow("done mix is passed")
        << group({ leaf(S::Passed), leaf(S::Waived), leaf(S::NotApplicable) }) << S::Passed;
    QTest::newRow("all not started") << group({ leaf(S::NotStarted), leaf(S::NotStarted) }) << S::NotStarted;
    QTest::newRow("some started") << group({ leaf(S::NotStarted), leaf(S::Passed) }) << S::InProgress;
    QTest::newRow("inconclusive is in progress") << group({ leaf(S::Inconclusive) }) << S::InProgress;
    QTest::newRow("own status ignored") << group({ leaf(S::NotStarted) }, S::Passed) << S::NotStarted;
    QTest::newRow("grandchildren count")
        << group({ group({ leaf(S::Failed) }), leaf(S::Passed) }) << S::Failed;
    QTest::newRow("only leaves count, not the inner group's own status")
        << group({ group({ leaf(S::Passed) }, S::Failed), leaf(S::Passed) }) << S::Passed;
}

void TestRelease::rolledUpStatus()
{
    QFETCH(Item, item);
    QFETCH(ItemStatus, expected);
    QCOMPARE(statusKey(gl::rolledUpStatus(item)), statusKey(expected));
}

void TestRelease::statusKeys()
{
    const QStringList keys = gl::statusKeys();
    QCOMPARE(keys,
        (QStringList { QStringLiteral("not-started"), QStringLiteral("in-progress"), QStringLiteral("passed"),
            QStringLiteral("failed"), QStringLiteral("blocked"), QStringLiteral("inconclusive"),
            QStringLiteral("waived"), QStringLiteral("not-applicable") }));
    for (ItemStatus s : allItemStatuses) {
        QVERIFY(gl::statusFromKey(statusKey(s)) == s);
        QVERIFY(!statusLabel(s).isEmpty());
    }
}

void TestRelease::statusFromKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<ItemStatus>("status");
    QTest::newRow("passed") << QStringLiteral("passed") << true << ItemStatus::Passed;
    QTest::newRow("case and spaces") << QStringLiteral("  Not-Applicable ") << true
                                     << ItemStatus::NotApplicable;
    QTest::newRow("in-progress") << QStringLiteral("in-progress") << true << ItemStatus::InProgress;
    QTest::newRow("label is not a key") << QStringLiteral("Not started") << false << ItemStatus::NotStarted;
    QTest::newRow("empty") << QString() << false << ItemStatus::NotStarted;
    QTest::newRow("unknown") << QStringLiteral("done") << false << ItemStatus::NotStarted;
}

void TestRelease::statusFromKey()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QFETCH(ItemStatus, status);
    const std::optional<ItemStatus> parsed = gl::statusFromKey(key);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(statusKey(*parsed), statusKey(status));
}

void TestRelease::statusIsDone()
{
    QStringList done;
    for (ItemStatus s : allItemStatuses) {
        if (gl::statusIsDone(s))
            done << statusKey(s);
    }
    QCOMPARE(done,
        (QStringList {
            QStringLiteral("passed"), QStringLiteral("waived"), QStringLiteral("not-applicable") }));
}

void TestRelease::findItemAndLeafCount()
{
    Release r;
    Gate g1;
    Item a = leaf(ItemStatus::Passed);
    a.id = 1;
    Item inner = leaf(ItemStatus::Failed);
    inner.id = 3;
    Item b = group({ inner });
    b.id = 2;
    g1.items = { a, b };
    Gate g2;
    Item c = leaf(ItemStatus::NotStarted);
    c.id = 4;
    c.title = QStringLiteral("c");
    g2.items = { c };
    r.gates = { g1, Gate {}, g2 };

    QCOMPARE(leafCount(r), 3);
    QVERIFY(findItem(r, 3));
    QCOMPARE(findItem(r, 3)->status, ItemStatus::Failed);
    QCOMPARE(findItem(r, 4)->title, QStringLiteral("c"));
    QVERIFY(!findItem(r, 99));
    findItem(r, 4)->status = ItemStatus::Passed;
    QCOMPARE(r.gates[2].items[0].status, ItemStatus::Passed);
    const Release &cr = r;
    QCOMPARE(findItem(cr, 2)->children.size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestRelease)
#include "tst_release.moc"
