#pragma once
// Stakeholders, the sign-offs a release requires, and the sign-offs given (issue 5). Plain values
// and pure rules: the store fills them, signing/ checks the signatures, and evaluateSignOffs()
// decides which sign-offs count and whether each requirement is met.

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace gl {

enum class SignOffMeaning { Go, Conditional, NoGo, Reviewed };
inline constexpr SignOffMeaning allSignOffMeanings[] = {
    SignOffMeaning::Go,
    SignOffMeaning::Conditional,
    SignOffMeaning::NoGo,
    SignOffMeaning::Reviewed,
};
// "go", "conditional", "no-go", "reviewed": stable keys for the CLI, JSON and the signed message.
QString meaningKey(SignOffMeaning meaning);
std::optional<SignOffMeaning> meaningFromKey(const QString &key);
// Translated: "Approve GO", "Approve with conditions", "Reject NO-GO", "Reviewed".
QString meaningLabel(SignOffMeaning meaning);
// Approve GO and Approve with conditions approve; the others do not.
bool meaningApproves(SignOffMeaning meaning);

// "3f2a 91c0 7b4e d812 0a6f 55c3 e901 2b7d": the first 16 bytes of a public key's SHA-256 in hex
// groups of four, short enough to read out over the phone and print on the record.
QString keyFingerprint(QByteArrayView publicKey);

struct StakeholderKey {
    qint64 id = 0;
    QByteArray publicKey; // 32 bytes, Ed25519
    QString fingerprint;
    QDateTime createdAt; // UTC
    QDateTime retiredAt; // UTC; set once rotated: verifies old sign-offs, signs nothing new
    bool isActive() const { return !retiredAt.isValid(); }
    friend bool operator==(const StakeholderKey &, const StakeholderKey &) = default;
};

struct Stakeholder {
    qint64 id = 0;
    QString name; // printed name, unique in the workspace
    QStringList roles; // "Release manager", "QA", ... one person may hold several
    QString email;
    QString account; // the login their edits are recorded under, if not their name
    std::vector<StakeholderKey> keys; // oldest first; at most one active
    const StakeholderKey *activeKey() const;
    const StakeholderKey *key(qint64 keyId) const;
    bool holdsRole(const QString &role) const; // case-insensitive
    // Whether an edit recorded under `actor` was this person's: their account, name or email.
    bool isActor(const QString &actor) const;
    friend bool operator==(const Stakeholder &, const Stakeholder &) = default;
};

struct SignOffRequirement {
    QString role;
    int count = 1;
    friend bool operator==(const SignOffRequirement &, const SignOffRequirement &) = default;
};

// One sign-off as stored. The signature covers signOffMessage() of these fields and the release's
// uid: nothing in the row can change, nor the row move to another release, without it failing.
struct SignOff {
    qint64 id = 0;
    qint64 stakeholderId = 0;
    qint64 keyId = 0;
    QString name; // printed name and role as they were when signing
    QString role;
    SignOffMeaning meaning = SignOffMeaning::Reviewed;
    QString comment;
    QDateTime signedAt; // UTC, whole milliseconds
    QString snapshotSha256; // of the canonical snapshot that was reviewed
    QByteArray snapshot; // those bytes, kept to show what changed since
    QString fingerprint; // of the key that signed
    QByteArray signature; // 64 bytes, Ed25519, detached
    friend bool operator==(const SignOff &, const SignOff &) = default;
};

// The canonical JSON bytes a stakeholder signs:
// {"comment","fingerprint","format":"greenlight-signoff/1","meaning","name","release_uid","role",
//  "signed_at","snapshot_sha256"}; signed_at as ISO 8601 UTC with milliseconds.
QByteArray signOffMessage(const QString &releaseUid, const SignOff &signOff);

// A sign-off as it stands now.
struct SignOffState {
    SignOff signOff;
    bool valid = false; // signature, key and kept snapshot all check out
    bool stale = false; // the release changed since (its snapshot hash is another now)
    bool superseded = false; // the same person signed again later: only their newest counts
    bool counts = false; // valid, not stale, not superseded, not set aside by separation of duties
    QString problem; // translated: why it is not valid, or why it does not count
};

struct RequirementState {
    SignOffRequirement requirement;
    int signedCount = 0; // distinct people whose counting sign-off is for this role
    bool satisfied = false;
    QStringList signers; // their names
};

struct SignOffEvaluation {
    std::vector<SignOffState> signOffs; // as given, oldest first
    std::vector<RequirementState> required;
    bool allSatisfied = true; // every requirement met (true when none are set)
    QString separationNote; // translated, set when separation of duties set a sign-off aside
};

// valid: for each sign-off, whether its signature checked out (signing/ decides, by index).
// lastChangedBy: the actor of the release's last change; with separationOfDuties, when that
// person is the only one approving (Go or Conditional) among the counting sign-offs, their
// approval does not count. Each person counts once: their newest sign-off (by signed time), for the
// role it names.
SignOffEvaluation evaluateSignOffs(const std::vector<SignOff> &signOffs, const std::vector<bool> &valid,
    const std::vector<QString> &validityProblems, const QString &currentSnapshotSha256,
    const std::vector<SignOffRequirement> &requirements, const std::vector<Stakeholder> &stakeholders,
    const QString &lastChangedBy, bool separationOfDuties);

} // namespace gl
