// Which sign-offs count and when a release's required sign-offs are met (issue 5): pure rules,
// the signatures' validity given.

#include "domain/SignOff.h"

#include <QtTest>

using namespace gl;

namespace {

Stakeholder person(
    qint64 id, const QString &name, const QStringList &roles, const QString &account = QString())
{
    Stakeholder p;
    p.id = id;
    p.name = name;
    p.roles = roles;
    p.account = account;
    return p;
}

SignOff signOff(qint64 stakeholderId, const QString &name, const QString &role, SignOffMeaning meaning,
    const QString &sha = QStringLiteral("now"))
{
    SignOff s;
    s.stakeholderId = stakeholderId;
    s.name = name;
    s.role = role;
    s.meaning = meaning;
    s.snapshotSha256 = sha;
    return s;
}

const std::vector<Stakeholder> people = {
    person(1, QStringLiteral("Alice"), { QStringLiteral("Release manager"), QStringLiteral("Security") },
        QStringLiteral("alice")),
    person(2, QStringLiteral("Bob"), { QStringLiteral("QA") }),
    person(3, QStringLiteral("Carol"), { QStringLiteral("Security") }),
};

SignOffEvaluation evaluate(const std::vector<SignOff> &s, const std::vector<SignOffRequirement> &required,
    const QString &lastChangedBy = QString(), bool separation = true, std::vector<bool> valid = {})
{
    if (valid.empty())
        valid.assign(s.size(), true);
    return evaluateSignOffs(s, valid, std::vector<QString>(s.size()), QStringLiteral("now"), required, people,
        lastChangedBy, separation);
}

} // namespace

class TestSignOffRules final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void meaningsRoundTrip();
    void requirementsCountPeopleOfTheRole();
    void onePersonCountsOnce();
    void staleAndInvalidDoNotCount();
    void separationOfDuties();
    void messageCoversEveryField();
};

void TestSignOffRules::meaningsRoundTrip()
{
    for (SignOffMeaning m : allSignOffMeanings)
        QCOMPARE(meaningFromKey(meaningKey(m)), std::optional<SignOffMeaning>(m));
    QCOMPARE(meaningKey(SignOffMeaning::NoGo), QStringLiteral("no-go"));
    QVERIFY(!meaningFromKey(QStringLiteral("maybe")));
    QVERIFY(meaningApproves(SignOffMeaning::Conditional));
    QVERIFY(!meaningApproves(SignOffMeaning::Reviewed));
}

void TestSignOffRules::requirementsCountPeopleOfTheRole()
{
    const std::vector<SignOffRequirement> required = { { QStringLiteral("Release manager"), 1 },
        { QStringLiteral("QA"), 1 }, { QStringLiteral("Security"), 2 } };
    SignOffEvaluation e = evaluate(
        { signOff(1, QStringLiteral("Alice"), QStringLiteral("Release manager"), SignOffMeaning::Go),
            signOff(2, QStringLiteral("Bob"), QStringLiteral("qa"), SignOffMeaning::Reviewed),
            signOff(3, QStringLiteral("Carol"), QStringLiteral("Security"), SignOffMeaning::NoGo) },
        required);
    QCOMPARE(int(e.required.size()), 3);
    QVERIFY(e.required[0].satisfied);
    QVERIFY(e.required[1].satisfied); // roles compare without case; any meaning is a sign-off
    QVERIFY(!e.required[2].satisfied);
    QCOMPARE(e.required[2].signedCount, 1);
    QCOMPARE(e.required[2].signers, QStringList { QStringLiteral("Carol") });
    QVERIFY(!e.allSatisfied);
    QVERIFY(evaluate({}, {}).allSatisfied);
}

void TestSignOffRules::onePersonCountsOnce()
{
    // Alice holds two roles; her later sign-off replaces the first, so she fills one of them only.
    const std::vector<SignOffRequirement> required
        = { { QStringLiteral("Release manager"), 1 }, { QStringLiteral("Security"), 1 } };
    SignOffEvaluation e = evaluate(
        { signOff(1, QStringLiteral("Alice"), QStringLiteral("Release manager"), SignOffMeaning::Go),
            signOff(1, QStringLiteral("Alice"), QStringLiteral("Security"), SignOffMeaning::Go) },
        required);
    QVERIFY(e.signOffs[0].superseded);
    QVERIFY(!e.signOffs[0].counts);
    QVERIFY(e.signOffs[1].counts);
    QVERIFY(!e.required[0].satisfied);
    QVERIFY(e.required[1].satisfied);

    // Newest by the signed time, not by row order: an old GO copied in after a later NO-GO stays old.
    SignOff noGo = signOff(2, QStringLiteral("Bob"), QStringLiteral("QA"), SignOffMeaning::NoGo);
    noGo.signedAt = QDateTime(QDate(2026, 5, 2), QTime(9, 0), Qt::UTC);
    SignOff oldGo = signOff(2, QStringLiteral("Bob"), QStringLiteral("QA"), SignOffMeaning::Go);
    oldGo.signedAt = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
    const SignOffEvaluation replayed = evaluate({ noGo, oldGo }, { { QStringLiteral("QA"), 1 } });
    QVERIFY(replayed.signOffs[0].counts);
    QVERIFY(replayed.signOffs[1].superseded);
}

void TestSignOffRules::staleAndInvalidDoNotCount()
{
    const std::vector<SignOffRequirement> required = { { QStringLiteral("QA"), 1 } };
    SignOffEvaluation stale = evaluate({ signOff(2, QStringLiteral("Bob"), QStringLiteral("QA"),
                                           SignOffMeaning::Go, QStringLiteral("before")) },
        required);
    QVERIFY(stale.signOffs[0].valid);
    QVERIFY(stale.signOffs[0].stale);
    QVERIFY(!stale.signOffs[0].counts);
    QVERIFY(!stale.required[0].satisfied);
    QVERIFY(!stale.signOffs[0].problem.isEmpty());
    SignOffEvaluation invalid
        = evaluate({ signOff(2, QStringLiteral("Bob"), QStringLiteral("QA"), SignOffMeaning::Go) }, required,
            QString(), true, { false });
    QVERIFY(!invalid.signOffs[0].valid);
    QVERIFY(!invalid.signOffs[0].counts);
    QVERIFY(!invalid.required[0].satisfied);
}

void TestSignOffRules::separationOfDuties()
{
    const std::vector<SignOffRequirement> required = { { QStringLiteral("Release manager"), 1 } };
    const std::vector<SignOff> aliceAlone
        = { signOff(1, QStringLiteral("Alice"), QStringLiteral("Release manager"), SignOffMeaning::Go) };
    // Alice (login alice) made the last change and is the only approver: it does not count.
    SignOffEvaluation e = evaluate(aliceAlone, required, QStringLiteral("alice"));
    QVERIFY(!e.signOffs[0].counts);
    QVERIFY(!e.required[0].satisfied);
    QVERIFY(e.signOffs[0].problem.contains(QStringLiteral("separation of duties")));
    QVERIFY(!e.separationNote.isEmpty());
    // Someone else changed it last, or the setting is off: it counts.
    QVERIFY(evaluate(aliceAlone, required, QStringLiteral("bob")).required[0].satisfied);
    QVERIFY(evaluate(aliceAlone, required, QStringLiteral("alice"), false).required[0].satisfied);
    // A second approver: Alice is no longer the only one.
    std::vector<SignOff> two = aliceAlone;
    two.push_back(signOff(2, QStringLiteral("Bob"), QStringLiteral("QA"), SignOffMeaning::Conditional));
    QVERIFY(evaluate(two, required, QStringLiteral("alice")).required[0].satisfied);
    // A second person who only reviewed does not approve: Alice is still the only approver.
    std::vector<SignOff> reviewed = aliceAlone;
    reviewed.push_back(signOff(2, QStringLiteral("Bob"), QStringLiteral("QA"), SignOffMeaning::Reviewed));
    QVERIFY(!evaluate(reviewed, required, QStringLiteral("Alice")).required[0].satisfied);
}

void TestSignOffRules::messageCoversEveryField()
{
    SignOff s = signOff(1, QStringLiteral("Alice"), QStringLiteral("Release manager"), SignOffMeaning::Go);
    s.comment = QStringLiteral("ok");
    s.signedAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 890), Qt::UTC);
    s.fingerprint = QStringLiteral("abcd");
    const QByteArray base = signOffMessage(QStringLiteral("uid-1"), s);
    QCOMPARE(base,
        QByteArray("{\"comment\":\"ok\",\"fingerprint\":\"abcd\",\"format\":\"greenlight-signoff/"
                   "1\",\"meaning\":\"go\","
                   "\"name\":\"Alice\",\"release_uid\":\"uid-1\",\"role\":\"Release manager\","
                   "\"signed_at\":\"2026-03-04T05:06:07.890Z\",\"snapshot_sha256\":\"now\"}"));
    QVERIFY(signOffMessage(QStringLiteral("uid-2"), s) != base);
    for (int field = 0; field < 6; ++field) {
        SignOff t = s;
        switch (field) {
        case 0:
            t.name = QStringLiteral("Mallory");
            break;
        case 1:
            t.role = QStringLiteral("QA");
            break;
        case 2:
            t.meaning = SignOffMeaning::NoGo;
            break;
        case 3:
            t.comment = QStringLiteral("ok!");
            break;
        case 4:
            t.signedAt = t.signedAt.addMSecs(1);
            break;
        case 5:
            t.snapshotSha256 = QStringLiteral("later");
            break;
        }
        QVERIFY(signOffMessage(QStringLiteral("uid-1"), t) != base);
    }
}

QTEST_GUILESS_MAIN(TestSignOffRules)
#include "tst_signoffrules.moc"
