// Tests for checkEvidence: whether an item's evidence satisfies what it asks (required, at most N
// hours old, newer than its last change), which piece decides, and the sentence a QA person reads.

#include "domain/Freshness.h"

#include <QTest>

using namespace gl;

Q_DECLARE_METATYPE(gl::Item)

namespace {

// Every check runs at this moment.
const QDateTime now(QDate(2025, 9, 8), QTime(12, 0), Qt::UTC);

Evidence piece(qint64 id, EvidenceKind kind, const QDateTime &addedAt)
{
    Evidence e;
    e.id = id;
    e.itemId = 1;
    e.kind = kind;
    e.name = QStringLiteral("piece-%1").arg(id);
    e.addedAt = addedAt;
    e.addedBy = QStringLiteral("qa");
    if (kind == EvidenceKind::Url)
        e.url = QStringLiteral("https://ci.example.org/job/%1").arg(id);
    else if (kind == EvidenceKind::Note)
        e.note = QStringLiteral("looked fine to me");
    else {
        e.size = 10;
        e.sha256 = QString(64, QLatin1Char('a'));
    }
    return e;
}

Evidence file(qint64 id, const QDateTime &addedAt)
{
    return piece(id, EvidenceKind::File, addedAt);
}

QDateTime hoursAgo(double hours)
{
    return now.addSecs(-qint64(hours * 3600));
}

// A leaf asking for evidence, with the given pieces (in list order, which the store keeps oldest first).
Item item(std::vector<Evidence> pieces, bool required = true, int maxAgeHours = 0, bool newerThanChange = false,
    const QDateTime &changedAt = QDateTime())
{
    Item i;
    i.id = 1;
    i.title = QStringLiteral("Smoke test on staging");
    i.status = ItemStatus::Passed;
    i.evidenceRequirement = EvidenceRequirement { required, maxAgeHours, newerThanChange };
    i.changedAt = changedAt;
    i.evidenceList = std::move(pieces);
    return i;
}

} // namespace

class TestFreshness final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check();
    void invalidNowSkipsTheAgeRule();
    void groupHasNoRequirementOfItsOwn();
    void newestCountingPiece();
    void keysAndLabels();
};

void TestFreshness::check_data()
{
    QTest::addColumn<Item>("input");
    QTest::addColumn<QString>("state");
    QTest::addColumn<qint64>("decidingId");
    QTest::addColumn<QString>("reason");

    const QString notRequired = QStringLiteral("not-required");
    const QString fresh = QStringLiteral("fresh");
    const QString missing = QStringLiteral("missing");
    const QString stale = QStringLiteral("stale");
    const QString missingText = QStringLiteral("Required evidence is missing.");
    const QDateTime change(QDate(2025, 9, 8), QTime(10, 0), Qt::UTC);
    const QString changeText
        = QStringLiteral("The newest evidence was added before the item last changed (2025-09-08 10:00 UTC).");

    // not required
    QTest::newRow("not required, nothing attached") << item({}, false) << notRequired << qint64(0) << QString();
    QTest::newRow("not required: age and change rules alone ask nothing")
        << item({ file(1, hoursAgo(100)) }, false, 24, true, change) << notRequired << qint64(0) << QString();

    // missing
    QTest::newRow("missing: nothing attached") << item({}) << missing << qint64(0) << missingText;
    QTest::newRow("missing: only a note, which does not count")
        << item({ piece(1, EvidenceKind::Note, hoursAgo(1)) }) << missing << qint64(0)
        << QStringLiteral("Required evidence is missing; a note does not count as evidence.");

    // fresh
    QTest::newRow("fresh: a file of any age when no age is asked")
        << item({ file(1, hoursAgo(5000)) }) << fresh << qint64(1) << QString();
    QTest::newRow("fresh: 23 hours old, 24 allowed")
        << item({ file(1, hoursAgo(23)) }, true, 24) << fresh << qint64(1) << QString();
    QTest::newRow("fresh: exactly 24 hours old, 24 allowed (the boundary is still fresh)")
        << item({ file(1, hoursAgo(24)) }, true, 24) << fresh << qint64(1) << QString();
    QTest::newRow("fresh: dated in the future (a clock ahead)")
        << item({ file(1, hoursAgo(-2)) }, true, 24) << fresh << qint64(1) << QString();
    QTest::newRow("fresh: a run log counts")
        << item({ piece(4, EvidenceKind::RunLog, hoursAgo(2)) }, true, 24) << fresh << qint64(4) << QString();
    QTest::newRow("fresh: a probe result counts")
        << item({ piece(5, EvidenceKind::Probe, hoursAgo(2)) }, true, 24) << fresh << qint64(5) << QString();
    QTest::newRow("fresh: a URL counts")
        << item({ piece(6, EvidenceKind::Url, hoursAgo(2)) }, true, 24) << fresh << qint64(6) << QString();
    QTest::newRow("fresh: added after the change")
        << item({ file(1, change.addSecs(60)) }, true, 0, true, change) << fresh << qint64(1) << QString();
    QTest::newRow("fresh: added at the very moment of the change")
        << item({ file(1, change) }, true, 0, true, change) << fresh << qint64(1) << QString();
    QTest::newRow("fresh: newer than the change, no change recorded")
        << item({ file(1, hoursAgo(900)) }, true, 0, true) << fresh << qint64(1) << QString();
    QTest::newRow("fresh: the newest decides, older pieces are stale")
        << item({ file(1, hoursAgo(90)), piece(2, EvidenceKind::RunLog, hoursAgo(50)), file(3, hoursAgo(3)) },
               true, 24)
        << fresh << qint64(3) << QString();
    QTest::newRow("fresh: the newest by time decides, not the last in the list")
        << item({ file(1, hoursAgo(90)), file(2, hoursAgo(1)), file(3, hoursAgo(30)) }, true, 24) << fresh
        << qint64(2) << QString();
    QTest::newRow("fresh: a fresh file before an older note")
        << item({ file(1, hoursAgo(2)), piece(2, EvidenceKind::Note, hoursAgo(40)) }, true, 24) << fresh
        << qint64(1) << QString();

    // stale by age
    QTest::newRow("stale: 30 hours old, 24 allowed")
        << item({ file(1, hoursAgo(30)) }, true, 24) << stale << qint64(1)
        << QStringLiteral("The newest evidence is 30 hours old; at most 24 are allowed.");
    QTest::newRow("stale: one second past the boundary reads as more than the limit")
        << item({ file(1, hoursAgo(24).addSecs(-1)) }, true, 24) << stale << qint64(1)
        << QStringLiteral("The newest evidence is 24.1 hours old; at most 24 are allowed.");
    QTest::newRow("stale: 2 hours allowed, 150 minutes old")
        << item({ file(1, hoursAgo(2.5)) }, true, 2) << stale << qint64(1)
        << QStringLiteral("The newest evidence is 2.5 hours old; at most 2 are allowed.");
    QTest::newRow("stale: the newest decides, a newer note does not rescue it")
        << item({ file(1, hoursAgo(80)), file(2, hoursAgo(48)), piece(3, EvidenceKind::Note, hoursAgo(1)) }, true,
               24)
        << stale << qint64(2) << QStringLiteral("The newest evidence is 48 hours old; at most 24 are allowed.");

    // stale by change
    QTest::newRow("stale: added before the item last changed")
        << item({ file(1, change.addSecs(-60)) }, true, 0, true, change) << stale << qint64(1) << changeText;
    QTest::newRow("stale: the change is named in UTC whatever zone it was stored in")
        << item({ file(1, hoursAgo(3)) }, true, 0, true, QDateTime(QDate(2025, 9, 8), QTime(12, 0), Qt::OffsetFromUTC, 7200))
        << stale << qint64(1) << changeText;
    QTest::newRow("stale: too old and before the change, both said")
        << item({ file(1, hoursAgo(30)) }, true, 24, true, change) << stale << qint64(1)
        << QStringLiteral("The newest evidence is 30 hours old (at most 24 are allowed) and was added before "
                          "the item last changed (2025-09-08 10:00 UTC).");
    QTest::newRow("stale: an age rule on a piece without a time")
        << item({ file(1, QDateTime()) }, true, 24) << stale << qint64(1)
        << QStringLiteral("The newest evidence has no time it was added, so its age cannot be checked.");
    QTest::newRow("fresh: a piece without a time, when no age is asked")
        << item({ file(1, QDateTime()) }) << fresh << qint64(1) << QString();
    QTest::newRow("fresh: a piece with a time beats one without")
        << item({ file(1, hoursAgo(2)), file(2, QDateTime()) }, true, 24) << fresh << qint64(1) << QString();
}

void TestFreshness::check()
{
    QFETCH(Item, input);
    QFETCH(QString, state);
    QFETCH(qint64, decidingId);
    QFETCH(QString, reason);

    const EvidenceCheck c = checkEvidence(input, now);
    QCOMPARE(evidenceStateKey(c.state), state);
    QCOMPARE(c.newestEvidenceId, decidingId);
    QCOMPARE(c.reason, reason);
    QCOMPARE(c.isProblem(), state == QLatin1String("missing") || state == QLatin1String("stale"));
}

void TestFreshness::invalidNowSkipsTheAgeRule()
{
    const Item old = item({ file(1, hoursAgo(1000)) }, true, 24);
    QCOMPARE(checkEvidence(old, now).state, EvidenceState::Stale);
    QCOMPARE(checkEvidence(old, QDateTime()).state, EvidenceState::Fresh);
    // the change rule needs no clock
    const QDateTime change = hoursAgo(1);
    const Item beforeChange = item({ file(1, hoursAgo(2)) }, true, 24, true, change);
    QCOMPARE(checkEvidence(beforeChange, QDateTime()).state, EvidenceState::Stale);
}

void TestFreshness::groupHasNoRequirementOfItsOwn()
{
    // A group asking for evidence with none attached: its own fields are ignored, its leaves are checked.
    Item group = item({});
    group.children.push_back(item({ file(2, hoursAgo(30)) }, true, 24));
    group.children.push_back(item({}));
    group.children.push_back(item({}, false));
    const EvidenceCheck own = checkEvidence(group, now);
    QCOMPARE(own.state, EvidenceState::NotRequired);
    QVERIFY(own.reason.isEmpty());
    QCOMPARE(checkEvidence(group.children[0], now).state, EvidenceState::Stale);
    QCOMPARE(checkEvidence(group.children[1], now).state, EvidenceState::Missing);
    QCOMPARE(checkEvidence(group.children[2], now).state, EvidenceState::NotRequired);
}

void TestFreshness::newestCountingPiece()
{
    QVERIFY(!newestCountingEvidence(item({})));
    QVERIFY(!newestCountingEvidence(item({ piece(1, EvidenceKind::Note, hoursAgo(1)) })));
    // equal times: the later entry of the list wins
    const Item tie = item({ file(1, hoursAgo(5)), piece(2, EvidenceKind::Url, hoursAgo(5)) });
    QCOMPARE(newestCountingEvidence(tie)->id, qint64(2));
    QCOMPARE(checkEvidence(tie, now).newestEvidenceId, qint64(2));
    QVERIFY(!countsAsEvidence(EvidenceKind::Note));
    for (EvidenceKind k : { EvidenceKind::File, EvidenceKind::RunLog, EvidenceKind::Probe, EvidenceKind::Url })
        QVERIFY(countsAsEvidence(k));
}

void TestFreshness::keysAndLabels()
{
    QCOMPARE(evidenceStateKey(EvidenceState::NotRequired), QStringLiteral("not-required"));
    QCOMPARE(evidenceStateKey(EvidenceState::Fresh), QStringLiteral("fresh"));
    QCOMPARE(evidenceStateKey(EvidenceState::Missing), QStringLiteral("missing"));
    QCOMPARE(evidenceStateKey(EvidenceState::Stale), QStringLiteral("stale"));
    QCOMPARE(evidenceStateLabel(EvidenceState::Stale), QStringLiteral("Stale"));
    QCOMPARE(evidenceStateLabel(EvidenceState::NotRequired), QStringLiteral("Not required"));
}

QTEST_GUILESS_MAIN(TestFreshness)
#include "tst_freshness.moc"
