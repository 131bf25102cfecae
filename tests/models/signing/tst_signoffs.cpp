// Signing a release in a real workspace (issue 5): a sign-off verifies and counts; any change
// makes it stale with a readable diff and undoing the change makes it count again; a wrong
// passphrase stores nothing; a row copied onto another release, or edited to name another state,
// fails verification; rotating a key keeps old sign-offs valid; separation of duties.

#include "../store/StoreFixture.h"
#include "domain/Snapshot.h"
#include "signing/SignOffs.h"

#include <QtTest>

using namespace gl;

namespace {
Passphrase pass(const char *text)
{
    return Passphrase(QByteArray(text));
}
} // namespace

class TestSignOffs final : public QObject, fixture::SampleWorkspace {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void signVerifyAndCount();
    void staleAfterChangeValidAfterUndo();
    void wrongPassphraseStoresNothing();
    void transplantedOrEditedRowsFail();
    void rotatedKeyKeepsOldSignOffs();
    void separationOfDutiesInTheStore();
    void changedWhileSigningIsRefused();
    void stakeholdersAndRequirements();

private:
    SignOffEvaluation evaluate(qint64 releaseId = 0) const;
    std::unique_ptr<KeyRing> m_keys;
    qint64 m_leaf = 0;
};

void TestSignOffs::init()
{
    const QString problem = setUpSample();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_keys = std::make_unique<KeyRing>(m_dir->filePath(QStringLiteral("keys")));
    QVERIFY(m_ws->addStakeholder(QStringLiteral("Alice Example"), QStringLiteral("Release manager"),
        QStringLiteral("alice@example.com"), QStringLiteral("alice")));
    QVERIFY(m_ws->addStakeholder(QStringLiteral("Bob"), QStringLiteral("QA")));
    for (const QString &name : { QStringLiteral("Alice Example"), QStringLiteral("Bob") }) {
        Result<PublicKey> key = m_keys->create(name, pass("correct horse"));
        QVERIFY(key);
        QVERIFY(m_ws->addStakeholderKey(m_ws->stakeholder(name)->id, key->bytes));
    }
    QVERIFY(m_ws->setSignOffRequirement(m_releaseId, QStringLiteral("Release manager"), 1));
    QVERIFY(m_ws->setSignOffRequirement(m_releaseId, QStringLiteral("QA"), 1));
    m_leaf = id(QStringLiteral("Up migration"));
    QVERIFY(m_leaf > 0);
}

void TestSignOffs::cleanup()
{
    tearDownSample();
}

SignOffEvaluation TestSignOffs::evaluate(qint64 releaseId) const
{
    const Result<Release> release = m_ws->loadRelease(releaseId ? releaseId : m_releaseId);
    const Result<std::vector<Stakeholder>> people = m_ws->stakeholders();
    if (!release || !people)
        return {};
    return SignOffs::evaluate(*release, *people);
}

void TestSignOffs::signVerifyAndCount()
{
    QVERIFY(!evaluate().allSatisfied);
    Result<SignOff> a = SignOffs::sign(*m_ws, *m_keys, m_releaseId, QStringLiteral("alice example"),
        QString(), SignOffMeaning::Go, QStringLiteral("Looks good"), pass("correct horse"));
    QVERIFY2(a, qPrintable(a.message()));
    QCOMPARE(a->name, QStringLiteral("Alice Example"));
    QCOMPARE(a->role, QStringLiteral("Release manager"));
    QCOMPARE(a->snapshotSha256, snapshotSha256(*m_ws->loadRelease(m_releaseId)));
    Result<SignOff> b = SignOffs::sign(*m_ws, *m_keys, m_releaseId, QStringLiteral("Bob"),
        QStringLiteral("qa"), SignOffMeaning::Conditional, QString(), pass("correct horse"));
    QVERIFY2(b, qPrintable(b.message()));
    const SignOffEvaluation e = evaluate();
    QCOMPARE(int(e.signOffs.size()), 2);
    for (const SignOffState &st : e.signOffs) {
        QVERIFY2(st.valid, qPrintable(st.problem));
        QVERIFY(!st.stale);
        QVERIFY(st.counts);
    }
    QVERIFY(e.allSatisfied);
    QCOMPARE(e.signOffs[0].signOff.comment, QStringLiteral("Looks good"));
    // The audit log names the signer.
    const Result<std::vector<AuditEntry>> audit = m_ws->audit(m_releaseId, 1);
    QVERIFY(audit && !audit->empty());
    QCOMPARE(audit->front().entity, QStringLiteral("signoff"));
    QCOMPARE(audit->front().actor, QStringLiteral("Bob"));
}

void TestSignOffs::staleAfterChangeValidAfterUndo()
{
    QVERIFY(SignOffs::sign(*m_ws, *m_keys, m_releaseId, QStringLiteral("Bob"), QString(), SignOffMeaning::Go,
        QString(), pass("correct horse")));
    QVERIFY(evaluate().signOffs.front().counts);
    QVERIFY(m_ws->setItemStatus(m_leaf, ItemStatus::Failed, QStringLiteral("regression")));
    SignOffEvaluation e = evaluate();
    QVERIFY(e.signOffs.front().valid);
    QVERIFY(e.signOffs.front().stale);
    QVERIFY(!e.signOffs.front().counts);
    QVERIFY(!e.required[1].satisfied);
    const Release now = *m_ws->loadRelease(m_releaseId);
    const QStringList changes = SignOffs::changesSince(e.signOffs.front().signOff, now);
    QVERIFY2(changes.contains(QStringLiteral(
                 "Gate \u201cPhase 0: Preconditions\u201d \u203a \u201cDatabase\u201d \u203a "
                 "\u201cMigrations\u201d \u203a \u201cUp migration\u201d: status: \u201cpassed\u201d "
                 "\u2192 \u201cfailed\u201d")),
        qPrintable(changes.join(u'\n')));
    // Undo: the same state as signed, so the signature counts again.
    QVERIFY(m_ws->setItemStatus(m_leaf, ItemStatus::Passed, QString()));
    e = evaluate();
    QVERIFY2(e.signOffs.front().counts,
        qPrintable(
            SignOffs::changesSince(e.signOffs.front().signOff, *m_ws->loadRelease(m_releaseId)).join(u'\n')));
    QVERIFY(SignOffs::changesSince(e.signOffs.front().signOff, *m_ws->loadRelease(m_releaseId)).isEmpty());
    // Attaching evidence is a change too.
    QVERIFY(m_ws->attachNote(m_leaf, QStringLiteral("checked by hand")));
    QVERIFY(evaluate().signOffs.front().stale);
}

void TestSignOffs::wrongPassphraseStoresNothing()
{
    Result<SignOff> wrong = SignOffs::sign(*m_ws, *m_keys, m_releaseId, QStringLiteral("Bob"), QString(),
        SignOffMeaning::Go, QString(), pass("wrong horse"));
    QVERIFY(!wrong);
    QVERIFY(wrong.message().contains(QStringLiteral("Wrong passphrase")));
    QVERIFY(m_ws->loadRelease(m_releaseId)->signOffs.empty());
    // Someone without a key, or a role they do not hold.
    QVERIFY(m_ws->addStakeholder(QStringLiteral("Carol"), QStringLiteral("Security")));
    Result<SignOff> keyless = SignOffs::sign(*m_ws, *m_keys, m_releaseId, QStringLiteral("Carol"), QString(),
        SignOffMeaning::Go, QString(), pass("correct horse"));
    QVERIFY(!keyless);
    QVERIFY(keyless.message().contains(QStringLiteral("key create")));
    QVERIFY(!SignOffs::sign(*m_ws, *m_keys, m_releaseId, QStringLiteral("Bob"), QStringLiteral("Security"),
        SignOffMeaning::Go, QString(), pass("correct horse")));
    QVERIFY(m_ws->loadRelease(m_releaseId)->signOffs.empty());
}

void TestSignOffs::transplantedOrEditedRowsFail()
{
    QVERIFY(SignOffs::sign(*m_ws, *m_keys, m_releaseId, QStringLiteral("Bob"), QString(), SignOffMeaning::Go,
        QString(), pass("correct horse")));
    // A second release in the same state (same content, same snapshot): only its uid differs.
    Result<qint64> twin = m_ws->createRelease(*m_ws->loadRelease(m_releaseId));
    QVERIFY(twin);
    QCOMPARE(snapshotSha256(*m_ws->loadRelease(*twin)).size(), 64);
    {
        fixture::RawDb raw(m_path);
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO signoffs (release_id, stakeholder_id, key_id, name, role, meaning, comment, "
            "signed_at, "
            "snapshot_sha256, snapshot, fingerprint, signature) SELECT %1, stakeholder_id, key_id, name, "
            "role, meaning, "
            "comment, signed_at, snapshot_sha256, snapshot, fingerprint, signature FROM signoffs")
                             .arg(*twin)));
    }
    SignOffEvaluation copied = evaluate(*twin);
    QCOMPARE(int(copied.signOffs.size()), 1);
    QVERIFY(!copied.signOffs.front().valid);
    QVERIFY(!copied.signOffs.front().counts);
    QVERIFY(copied.signOffs.front().problem.contains(QStringLiteral("signature")));
    QVERIFY(evaluate().signOffs.front().valid); // the original still verifies

    // Edited to claim another meaning, or another state (hash and snapshot both replaced).
    QVERIFY(m_ws->setItemStatus(m_leaf, ItemStatus::Failed, QStringLiteral("x")));
    const Release changed = *m_ws->loadRelease(m_releaseId);
    const QByteArray otherState = snapshotBytes(changed);
    {
        fixture::RawDb raw(m_path);
        // SQLite refuses; someone holding the file drops the guard first.
        QVERIFY(!raw.exec(QStringLiteral("UPDATE signoffs SET meaning = 'no-go'")));
        QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER signoffs_fixed")));
        QVERIFY(raw.exec(QStringLiteral(
            "UPDATE signoffs SET snapshot_sha256 = '%1', snapshot = '%2' WHERE release_id = %3")
                             .arg(snapshotSha256(otherState),
                                 QString::fromUtf8(otherState).replace(u'\'', QStringLiteral("''")))
                             .arg(m_releaseId)));
    }
    SignOffEvaluation moved = evaluate();
    QVERIFY(!moved.signOffs.front().stale); // it names the current state ...
    QVERIFY(!moved.signOffs.front().valid); // ... but was not signed over it
    {
        fixture::RawDb raw(m_path);
        QVERIFY(raw.exec(
            QStringLiteral("UPDATE signoffs SET meaning = 'no-go' WHERE release_id = %1").arg(*twin)));
    }
    QVERIFY(!evaluate(*twin).signOffs.front().valid);
}

void TestSignOffs::rotatedKeyKeepsOldSignOffs()
{
    QVERIFY(SignOffs::sign(*m_ws, *m_keys, m_releaseId, QStringLiteral("Bob"), QString(),
        SignOffMeaning::Reviewed, QString(), pass("correct horse")));
    const QString oldFingerprint = m_ws->stakeholder(QStringLiteral("Bob"))->activeKey()->fingerprint;
    Result<PublicKey> fresh = m_keys->create(QStringLiteral("Bob"), pass("new passphrase"));
    QVERIFY(fresh);
    QVERIFY(m_ws->addStakeholderKey(m_ws->stakeholder(QStringLiteral("Bob"))->id, fresh->bytes));
    const Stakeholder bob = *m_ws->stakeholder(QStringLiteral("Bob"));
    QCOMPARE(int(bob.keys.size()), 2);
    QVERIFY(!bob.keys[0].isActive());
    QCOMPARE(bob.activeKey()->fingerprint, fresh->fingerprint());
    QVERIFY(evaluate().signOffs.front().valid); // signed with the retired key, still verifies
    // The old passphrase opens the old key only, and the old key signs nothing new.
    QVERIFY(!SignOffs::sign(*m_ws, *m_keys, m_releaseId, QStringLiteral("Bob"), QString(), SignOffMeaning::Go,
        QString(), pass("correct horse")));
    Result<SignOff> again = SignOffs::sign(*m_ws, *m_keys, m_releaseId, QStringLiteral("Bob"), QString(),
        SignOffMeaning::Go, QString(), pass("new passphrase"));
    QVERIFY2(again, qPrintable(again.message()));
    QVERIFY(again->fingerprint != oldFingerprint);
    const SignOffEvaluation e = evaluate();
    QVERIFY(e.signOffs[0].valid && e.signOffs[0].superseded);
    QVERIFY(e.signOffs[1].counts);
    // The same public key twice is refused.
    QVERIFY(!m_ws->addStakeholderKey(bob.id, fresh->bytes));
}

void TestSignOffs::separationOfDutiesInTheStore()
{
    // Alice (login alice) makes the last change, then is the only approver.
    m_ws->setActor(QStringLiteral("alice"));
    QVERIFY(m_ws->setItemStatus(m_leaf, ItemStatus::Passed, QStringLiteral("re-checked")));
    QVERIFY(m_ws->setSignOffRequirement(m_releaseId, QStringLiteral("QA"), 0));
    QVERIFY(SignOffs::sign(*m_ws, *m_keys, m_releaseId, QStringLiteral("Alice Example"), QString(),
        SignOffMeaning::Go, QString(), pass("correct horse")));
    QCOMPARE(m_ws->loadRelease(m_releaseId)->lastChangedBy, QStringLiteral("alice"));
    SignOffEvaluation e = evaluate();
    QVERIFY(e.signOffs.front().valid);
    QVERIFY(!e.signOffs.front().counts);
    QVERIFY(!e.allSatisfied);
    QVERIFY(!e.separationNote.isEmpty());
    // The release setting turns it off (a change by someone else, which does not stale the snapshot).
    m_ws->setActor(QStringLiteral("tester"));
    QVERIFY(m_ws->setSeparationOfDuties(m_releaseId, false));
    QVERIFY(evaluate().allSatisfied);
}

void TestSignOffs::changedWhileSigningIsRefused()
{
    const Release before = *m_ws->loadRelease(m_releaseId);
    const Stakeholder bob = *m_ws->stakeholder(QStringLiteral("Bob"));
    SignOff s;
    s.stakeholderId = bob.id;
    s.keyId = bob.activeKey()->id;
    s.name = bob.name;
    s.role = QStringLiteral("QA");
    s.meaning = SignOffMeaning::Go;
    s.signedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    s.snapshot = snapshotBytes(before);
    s.snapshotSha256 = snapshotSha256(s.snapshot);
    s.fingerprint = bob.activeKey()->fingerprint;
    s.signature = *m_keys->sign(s.fingerprint, pass("correct horse"), signOffMessage(before.uid, s));
    QVERIFY(m_ws->setItemStatus(m_leaf, ItemStatus::Failed, QStringLiteral("meanwhile")));
    Result<SignOff> refused = m_ws->recordSignOff(m_releaseId, s);
    QVERIFY(!refused);
    QVERIFY(refused.message().contains(QStringLiteral("changed while")));
    QVERIFY(m_ws->loadRelease(m_releaseId)->signOffs.empty());
}

void TestSignOffs::stakeholdersAndRequirements()
{
    // Adding a known name adds the role; email is checked.
    Result<Stakeholder> alice
        = m_ws->addStakeholder(QStringLiteral("ALICE EXAMPLE"), QStringLiteral("Security"));
    QVERIFY(alice);
    QCOMPARE(alice->roles, QStringList({ QStringLiteral("Release manager"), QStringLiteral("Security") }));
    QCOMPARE(alice->email, QStringLiteral("alice@example.com"));
    QVERIFY(
        !m_ws->addStakeholder(QStringLiteral("Dan"), QStringLiteral("QA"), QStringLiteral("not an address")));
    QVERIFY(!m_ws->addStakeholder(QStringLiteral("Dan"), QString()));
    QCOMPARE(int(m_ws->stakeholders()->size()), 2);
    QVERIFY(m_ws->setSignOffRequirement(m_releaseId, QStringLiteral("qa"), 2)); // same role, new count
    QVERIFY(m_ws->setSignOffRequirement(m_releaseId, QStringLiteral("Release manager"), 0)); // removed
    const Release r = *m_ws->loadRelease(m_releaseId);
    QCOMPARE(int(r.requiredSignOffs.size()), 1);
    QCOMPARE(r.requiredSignOffs.front().role, QStringLiteral("QA"));
    QCOMPARE(r.requiredSignOffs.front().count, 2);
    QVERIFY(!m_ws->setSignOffRequirement(m_releaseId, QStringLiteral("QA"), -1));
    QVERIFY(!m_ws->setSignOffRequirement(9999, QStringLiteral("QA"), 1));
    QCOMPARE(r.uid.size(), 36);
}

QTEST_GUILESS_MAIN(TestSignOffs)
#include "tst_signoffs.moc"
