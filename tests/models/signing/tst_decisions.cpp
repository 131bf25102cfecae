// Recording a decision in a real workspace (issue 5): the required sign-offs or an override,
// the freeze on every write, reopening with history, mitigations worked while frozen, and a
// decision row edited afterwards found by its snapshot and authorization code.

#include "../store/StoreFixture.h"
#include "domain/Readiness.h"
#include "domain/Snapshot.h"
#include "signing/DecisionService.h"
#include "signing/SignOffs.h"

#include <QtTest>

using namespace gl;

class TestDecisions final : public QObject, fixture::SampleWorkspace {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void needsSignOffsOrOverride();
    void freezesEveryWrite();
    void reopenKeepsHistory();
    void mitigationsWhileFrozen();
    void editedDecisionIsFound();

private:
    DecisionRequest request(Decision outcome) const;
    std::unique_ptr<KeyRing> m_keys;
    qint64 m_leaf = 0;
};

void TestDecisions::init()
{
    const QString problem = setUpSample();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_keys = std::make_unique<KeyRing>(m_dir->filePath(QStringLiteral("keys")));
    QVERIFY(m_ws->addStakeholder(QStringLiteral("Bob"), QStringLiteral("QA")));
    Result<PublicKey> key = m_keys->create(QStringLiteral("Bob"), Passphrase(QByteArray("correct horse")));
    QVERIFY(key);
    QVERIFY(m_ws->addStakeholderKey(m_ws->stakeholder(QStringLiteral("Bob"))->id, key->bytes));
    QVERIFY(m_ws->setSignOffRequirement(m_releaseId, QStringLiteral("QA"), 1));
    m_leaf = id(QStringLiteral("Up migration"));
}

void TestDecisions::cleanup()
{
    tearDownSample();
}

DecisionRequest TestDecisions::request(Decision outcome) const
{
    DecisionRequest r;
    r.outcome = outcome;
    r.rationale = QStringLiteral("Reviewed in the go/no-go meeting");
    r.confidence = 75;
    if (outcome == Decision::ConditionalGo)
        r.mitigations.push_back(Mitigation { 0, QStringLiteral("Load test"), QStringLiteral("Dana"),
            QDate::currentDate().addDays(-1), QStringLiteral("p95 < 300 ms"), MitigationStatus::Open, 0 });
    return r;
}

void TestDecisions::needsSignOffsOrOverride()
{
    const Decision suggested = computeReadiness(m_release, QDateTime::currentDateTimeUtc()).suggested;
    Result<DecisionRecord> refused = DecisionService::decide(*m_ws, m_releaseId, request(suggested));
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(QStringLiteral("sign-offs")), qPrintable(refused.message()));
    QVERIFY(m_ws->loadRelease(m_releaseId)->decisions.empty());
    QVERIFY(SignOffs::sign(*m_ws, *m_keys, m_releaseId, QStringLiteral("Bob"), QString(), SignOffMeaning::Go,
        QString(), Passphrase(QByteArray("correct horse"))));
    Result<DecisionRecord> d = DecisionService::decide(*m_ws, m_releaseId, request(suggested));
    QVERIFY2(d, qPrintable(d.message()));
    QVERIFY(d->overrideReason.isEmpty());
    QCOMPARE(d->snapshotSha256, snapshotSha256(*m_ws->loadRelease(m_releaseId)));
    QVERIFY(d->authorizationCode.startsWith(QStringLiteral("GL-")));
    QCOMPARE(d->decidedBy, QStringLiteral("tester"));
    const Release after = *m_ws->loadRelease(m_releaseId);
    QVERIFY(after.decisionInForce());
    QCOMPARE(after.decisionInForce()->authorizationCode, d->authorizationCode);
    QVERIFY(DecisionService::check(after, *after.decisionInForce()).isEmpty());
    QCOMPARE(m_ws->audit(m_releaseId, 1)->front().entity, QStringLiteral("decision"));
}

void TestDecisions::freezesEveryWrite()
{
    {
        // A sign-off given after the decision's rules were checked makes recording it fail.
        const Release now = *m_ws->loadRelease(m_releaseId);
        DecisionRecord stale;
        stale.outcome = Decision::NoGo;
        stale.rationale = QStringLiteral("x");
        stale.snapshot = snapshotBytes(now);
        stale.snapshotSha256 = snapshotSha256(stale.snapshot);
        stale.decidedAt = QDateTime::currentDateTimeUtc();
        Result<DecisionRecord> raced = m_ws->recordDecision(m_releaseId, stale, 12345);
        QVERIFY(!raced);
        QVERIFY(raced.message().contains(QStringLiteral("signed off")));
    }
    DecisionRequest r = request(Decision::NoGo);
    r.overrideReason = QStringLiteral("no sign-off needed to stop");
    Result<DecisionRecord> d = DecisionService::decide(*m_ws, m_releaseId, r);
    QVERIFY2(d, qPrintable(d.message()));
    QCOMPARE(d->overrideReason, r.overrideReason);
    const QString before = snapshotSha256(*m_ws->loadRelease(m_releaseId));
    const auto frozen
        = [&](const Result<void> &w) { return !w && w.message().contains(QStringLiteral("frozen")); };
    QVERIFY(frozen(m_ws->setItemStatus(m_leaf, ItemStatus::Failed, QStringLiteral("x"))));
    const Result<Evidence> late = m_ws->attachNote(m_leaf, QStringLiteral("late"));
    QVERIFY(!late && late.message().contains(QStringLiteral("frozen")));
    QVERIFY(frozen(m_ws->renameRelease(m_releaseId, QStringLiteral("other"))));
    QVERIFY(frozen(m_ws->setCriterionHolds(m_release.criteria.front().id, true)));
    QVERIFY(frozen(m_ws->setSignOffRequirement(m_releaseId, QStringLiteral("Security"), 1)));
    QVERIFY(frozen(m_ws->deleteRelease(m_releaseId)));
    Result<SignOff> sign = SignOffs::sign(*m_ws, *m_keys, m_releaseId, QStringLiteral("Bob"), QString(),
        SignOffMeaning::Go, QString(), Passphrase(QByteArray("correct horse")));
    QVERIFY(!sign);
    QVERIFY(sign.message().contains(QStringLiteral("frozen")));
    QVERIFY(!DecisionService::decide(*m_ws, m_releaseId, r)); // a second decision needs a reopen
    QCOMPARE(snapshotSha256(*m_ws->loadRelease(m_releaseId)), before);
}

void TestDecisions::reopenKeepsHistory()
{
    DecisionRequest r = request(Decision::NoGo);
    r.overrideReason = QStringLiteral("stop");
    const Result<DecisionRecord> first = DecisionService::decide(*m_ws, m_releaseId, r);
    QVERIFY(first);
    QVERIFY(!m_ws->reopenRelease(m_releaseId, QStringLiteral("  ")));
    QVERIFY(m_ws->reopenRelease(m_releaseId, QStringLiteral("new build 2.4.1")));
    QVERIFY(!m_ws->reopenRelease(m_releaseId, QStringLiteral("again"))); // nothing in force
    Release r1 = *m_ws->loadRelease(m_releaseId);
    QVERIFY(!r1.decisionInForce());
    QCOMPARE(int(r1.decisions.size()), 1);
    QVERIFY(r1.decisions.front().isSuperseded());
    QCOMPARE(r1.decisions.front().reopenReason, QStringLiteral("new build 2.4.1"));
    QCOMPARE(r1.decisions.front().supersededBy, QStringLiteral("tester"));
    QVERIFY(m_ws->setItemStatus(m_leaf, ItemStatus::Failed, QStringLiteral("unfrozen")));
    QVERIFY(DecisionService::decide(*m_ws, m_releaseId, r));
    Release r2 = *m_ws->loadRelease(m_releaseId);
    QCOMPARE(int(r2.decisions.size()), 2);
    QVERIFY(r2.decisions[1].authorizationCode != r2.decisions[0].authorizationCode);
    QVERIFY(DecisionService::check(r2, r2.decisions[0]).isEmpty()); // superseded: its old state is fine
    const Result<std::vector<AuditEntry>> audit = m_ws->audit(m_releaseId, 4);
    QStringList actions;
    for (const AuditEntry &e : *audit)
        actions << e.entity + u'/' + e.action;
    QVERIFY2(actions.contains(QStringLiteral("decision/reopen")), qPrintable(actions.join(u' ')));
}

void TestDecisions::mitigationsWhileFrozen()
{
    DecisionRequest r = request(Decision::ConditionalGo);
    r.overrideReason = QStringLiteral("accepted risk");
    const Result<DecisionRecord> d = DecisionService::decide(*m_ws, m_releaseId, r);
    QVERIFY2(d, qPrintable(d.message()));
    QCOMPARE(int(d->mitigations.size()), 1);
    const Mitigation m = m_ws->loadRelease(m_releaseId)->decisionInForce()->mitigations.front();
    QVERIFY(m.isOverdue(QDate::currentDate())); // its deadline was yesterday
    QVERIFY(m_ws->setMitigationStatus(m.id, MitigationStatus::Done));
    const Mitigation done = m_ws->loadRelease(m_releaseId)->decisionInForce()->mitigations.front();
    QCOMPARE(done.status, MitigationStatus::Done);
    QVERIFY(!done.isOverdue(QDate::currentDate()));
    QVERIFY(!m_ws->setMitigationStatus(9999, MitigationStatus::Done));
}

void TestDecisions::editedDecisionIsFound()
{
    DecisionRequest r = request(Decision::NoGo);
    r.overrideReason = QStringLiteral("stop");
    QVERIFY(DecisionService::decide(*m_ws, m_releaseId, r));
    {
        fixture::RawDb raw(m_path);
        // SQLite refuses; someone holding the file drops the guard first.
        QVERIFY(!raw.exec(QStringLiteral("UPDATE decisions SET outcome = 'go'")));
        QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER decisions_fixed")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE decisions SET outcome = 'go'")));
    }
    Release edited = *m_ws->loadRelease(m_releaseId);
    QStringList problems = DecisionService::check(edited, *edited.decisionInForce());
    QVERIFY2(problems.join(u'\n').contains(QStringLiteral("authorization code")),
        qPrintable(problems.join(u'\n')));
    {
        fixture::RawDb raw(m_path);
        QVERIFY(
            raw.exec(QStringLiteral("UPDATE decisions SET outcome = 'no-go', snapshot = snapshot || ' '")));
    }
    edited = *m_ws->loadRelease(m_releaseId);
    problems = DecisionService::check(edited, *edited.decisionInForce());
    QVERIFY2(
        problems.join(u'\n').contains(QStringLiteral("does not hash")), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestDecisions)
#include "tst_decisions.moc"
