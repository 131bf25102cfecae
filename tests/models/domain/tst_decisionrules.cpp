// The rules a recorded decision must meet, its authorization code and overdue mitigations (issue 5).

#include "domain/DecisionRecord.h"

#include <QRegularExpression>
#include <QtTest>

using namespace gl;

namespace {

const QDate today(2026, 6, 1);

DecisionRecord sound(Decision outcome = Decision::Go)
{
    DecisionRecord d;
    d.outcome = outcome;
    d.suggested = outcome;
    d.rationale = QStringLiteral("All gates passed.");
    d.confidence = 90;
    d.validUntil = today.addDays(7);
    if (outcome == Decision::ConditionalGo)
        d.mitigations.push_back(Mitigation { 0, QStringLiteral("Fix perf"), QStringLiteral("Dana"),
            today.addDays(3), QStringLiteral("p95 < 300 ms"), MitigationStatus::Open, 0 });
    return d;
}

bool mentions(const QStringList &problems, const QString &text)
{
    return problems.join(u'\n').contains(text);
}

} // namespace

class TestDecisionRules final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void soundDecisionsPass();
    void eachRuleIsEnforced();
    void signOffsOrOverride();
    void authorizationCode();
    void overdueMitigations();
};

void TestDecisionRules::soundDecisionsPass()
{
    for (Decision o : { Decision::Go, Decision::ConditionalGo, Decision::NoGo })
        QVERIFY(checkDecision(sound(o), std::nullopt, true, false, today).isEmpty());
    QCOMPARE(outcomeFromKey(QStringLiteral("conditional")), std::optional<Decision>(Decision::ConditionalGo));
    QCOMPARE(outcomeKey(Decision::NoGo), QStringLiteral("no-go"));
    QVERIFY(!outcomeFromKey(QStringLiteral("GO")));
}

void TestDecisionRules::eachRuleIsEnforced()
{
    DecisionRecord d = sound();
    d.rationale = QStringLiteral("  ");
    QVERIFY(mentions(checkDecision(d, std::nullopt, true, false, today), QStringLiteral("rationale")));
    d = sound();
    d.suggested = Decision::NoGo; // the matrix says NO-GO, the manager says GO
    QVERIFY(mentions(
        checkDecision(d, std::nullopt, true, false, today), QStringLiteral("needs a written reason")));
    d.deviationReason = QStringLiteral("the failing gate is a known false alarm");
    QVERIFY(checkDecision(d, std::nullopt, true, false, today).isEmpty());
    d = sound();
    d.confidence = 101;
    QVERIFY(mentions(checkDecision(d, std::nullopt, true, false, today), QStringLiteral("101")));
    d = sound();
    d.validUntil = today.addDays(-1);
    QVERIFY(mentions(checkDecision(d, std::nullopt, true, false, today), QStringLiteral("in the past")));
    d = sound(Decision::ConditionalGo);
    d.mitigations.clear();
    QVERIFY(mentions(
        checkDecision(d, std::nullopt, true, false, today), QStringLiteral("at least one mitigation")));
    d = sound(Decision::ConditionalGo);
    d.mitigations[0].owner.clear();
    d.mitigations[0].deadline = QDate();
    QVERIFY(mentions(checkDecision(d, std::nullopt, true, false, today),
        QStringLiteral("mitigation 1 needs an owner, a deadline")));
    d = sound(Decision::Go);
    d.mitigations = sound(Decision::ConditionalGo).mitigations;
    QVERIFY(mentions(
        checkDecision(d, std::nullopt, true, false, today), QStringLiteral("only a CONDITIONAL GO")));
    DecisionRecord inForce = sound();
    inForce.authorizationCode = QStringLiteral("GL-AAAA-BBBB-CCCC");
    QVERIFY(
        mentions(checkDecision(sound(), inForce, true, false, today), QStringLiteral("GL-AAAA-BBBB-CCCC")));
}

void TestDecisionRules::signOffsOrOverride()
{
    DecisionRecord d = sound();
    QVERIFY(mentions(
        checkDecision(d, std::nullopt, false, false, today), QStringLiteral("sign-offs are not all given")));
    QVERIFY(mentions(checkDecision(d, std::nullopt, true, true, today), QStringLiteral("does not verify")));
    d.overrideReason = QStringLiteral("Security lead is on leave; CTO approved by phone");
    QVERIFY(checkDecision(d, std::nullopt, false, false, today).isEmpty());
    QVERIFY(checkDecision(d, std::nullopt, true, true, today).isEmpty());
}

void TestDecisionRules::authorizationCode()
{
    DecisionRecord d = sound(Decision::ConditionalGo);
    d.snapshotSha256 = QString(64, u'a');
    d.decidedBy = QStringLiteral("alice");
    d.decidedAt = QDateTime(QDate(2026, 6, 1), QTime(12, 0, 0, 5), Qt::UTC);
    const QString code = gl::authorizationCode(QStringLiteral("uid"), d);
    QVERIFY2(QRegularExpression(QStringLiteral("^GL-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"))
                 .match(code)
                 .hasMatch(),
        qPrintable(code));
    QCOMPARE(gl::authorizationCode(QStringLiteral("uid"), d), code);
    QVERIFY(gl::authorizationCode(QStringLiteral("uid2"), d) != code);
    // Every field the record shows changes it, but not a mitigation's later progress.
    for (int field = 0; field < 9; ++field) {
        DecisionRecord e = d;
        switch (field) {
        case 0: e.snapshotSha256 = QString(64, u'b'); break;
        case 1: e.outcome = Decision::NoGo; break;
        case 2: e.rationale += u'.'; break;
        case 3: e.confidence = 91; break;
        case 4: e.validUntil = e.validUntil.addDays(1); break;
        case 5: e.overrideReason = QStringLiteral("x"); break;
        case 6: e.decidedBy = QStringLiteral("mallory"); break;
        case 7: e.decidedAt = e.decidedAt.addMSecs(1); break;
        case 8: e.mitigations[0].deadline = e.mitigations[0].deadline.addDays(30); break;
        }
        QVERIFY2(gl::authorizationCode(QStringLiteral("uid"), e) != code, qPrintable(QString::number(field)));
    }
    DecisionRecord progressed = d;
    progressed.mitigations[0].status = MitigationStatus::Done;
    progressed.id = 99;
    QCOMPARE(gl::authorizationCode(QStringLiteral("uid"), progressed), code);
}

void TestDecisionRules::overdueMitigations()
{
    Mitigation m { 0, QStringLiteral("t"), QStringLiteral("o"), today, QStringLiteral("a"),
        MitigationStatus::Open, 0 };
    QVERIFY(!m.isOverdue(today)); // due today is not overdue yet
    QVERIFY(m.isOverdue(today.addDays(1)));
    m.status = MitigationStatus::Done;
    QVERIFY(!m.isOverdue(today.addDays(1)));
}

QTEST_GUILESS_MAIN(TestDecisionRules)
#include "tst_decisionrules.moc"
