#pragma once
// The recorded decision of a release (issue 5): GO, CONDITIONAL GO with mitigations, or NO-GO, with
// its rationale, confidence, validity, the snapshot it was taken over and an authorization code.
// A release keeps every decision it had; reopening supersedes the current one, which stays in
// history. checkDecision() holds the rules a new decision must meet. Plain values and pure rules.

#include "Decision.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace gl {

// "go", "conditional", "no-go": the CLI's and JSON's keys for a recorded outcome.
QString outcomeKey(Decision decision);
std::optional<Decision> outcomeFromKey(const QString &key);

enum class MitigationStatus { Open, Done, Dropped };
QString mitigationStatusKey(MitigationStatus status); // "open", "done", "dropped"
QString mitigationStatusLabel(MitigationStatus status); // translated: "Open", "Done", "Dropped"
std::optional<MitigationStatus> mitigationStatusFromKey(const QString &key);

struct Mitigation {
    qint64 id = 0;
    QString title;
    QString owner;
    QDate deadline;
    QString acceptance; // what must be true for it to count as done
    MitigationStatus status = MitigationStatus::Open;
    qint64 evidenceId = 0; // evidence that it is done, when there is some
    // Still open after its deadline day.
    bool isOverdue(const QDate &today) const
    {
        return status == MitigationStatus::Open && deadline.isValid() && deadline < today;
    }
    friend bool operator==(const Mitigation &, const Mitigation &) = default;
};

struct DecisionRecord {
    qint64 id = 0;
    Decision outcome = Decision::NoGo;
    Decision suggested = Decision::NoGo; // what the matrix suggested when it was recorded
    QString rationale;
    std::optional<int> confidence; // percent
    QDate validUntil;
    QString deviationReason; // why the outcome differs from the suggestion
    QString overrideReason; // why it was recorded without the required sign-offs
    QString snapshotSha256;
    QByteArray snapshot;
    QString authorizationCode;
    QString decidedBy;
    QDateTime decidedAt; // UTC, whole milliseconds
    QDateTime supersededAt; // set when the release was reopened
    QString supersededBy;
    QString reopenReason;
    std::vector<Mitigation> mitigations;
    bool isSuperseded() const { return supersededAt.isValid(); }
    friend bool operator==(const DecisionRecord &, const DecisionRecord &) = default;
};

// What a release manager asks to record (the CLI's decide, the window's decision dialog); the
// rules of checkDecision() and signing/DecisionService turn it into a DecisionRecord.
struct DecisionRequest {
    Decision outcome = Decision::NoGo;
    QString rationale;
    std::optional<int> confidence;
    QDate validUntil;
    std::vector<Mitigation> mitigations;
    // Why, when the outcome is not the suggested one or the required sign-offs are not all there:
    // recorded as the deviation reason, the override reason, or both, as each is needed.
    QString overrideReason;
};

// "GL-7F3K-9QXM-2HDA": twelve Crockford base32 characters (no I, L, O or U to misread) of the
// SHA-256 of the canonical JSON of the release uid, the snapshot hash and everything the decision
// says (outcome, suggestion, rationale, confidence, valid-until, reasons, who and when, each
// mitigation's title, owner, deadline and acceptance; not a mitigation's later status), so the code
// names exactly that decision over that state and `verify` can recompute it.
QString authorizationCode(const QString &releaseUid, const DecisionRecord &decision);

// What recording a decision needs (translated problems; empty when it may be recorded):
// a rationale; a reason when the outcome is not the suggested one; for CONDITIONAL GO at least one
// mitigation, each with a title, an owner, a deadline and acceptance criteria; a confidence of 0 to
// 100; a valid-until date not in the past; the required sign-offs met by valid current sign-offs and
// no invalid sign-off present, unless an override reason is given; no decision in force already.
QStringList checkDecision(const DecisionRecord &decision, const std::optional<DecisionRecord> &inForce,
    bool signOffsSatisfied, bool anyInvalidSignOff, const QDate &today);

} // namespace gl
