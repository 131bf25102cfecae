#include "signing/DecisionService.h"

#include "domain/Readiness.h"
#include "domain/Snapshot.h"
#include "signing/SignOffs.h"
#include "store/Workspace.h"

namespace gl {

Result<DecisionRecord> DecisionService::decide(
    Workspace &workspace, qint64 releaseId, const DecisionRequest &request, const QDateTime &now)
{
    Result<Release> release = workspace.loadRelease(releaseId);
    if (!release)
        return release.error();
    Result<std::vector<Stakeholder>> people = workspace.stakeholders();
    if (!people)
        return people.error();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    const Readiness readiness = computeReadiness(*release, at);
    const SignOffEvaluation signOffs = SignOffs::evaluate(*release, *people);
    bool anyInvalid = false;
    for (const SignOffState &s : signOffs.signOffs)
        anyInvalid = anyInvalid || !s.valid;

    DecisionRecord d;
    d.outcome = request.outcome;
    d.suggested = readiness.suggested;
    d.rationale = request.rationale.trimmed();
    d.confidence = request.confidence;
    d.validUntil = request.validUntil;
    d.mitigations = request.mitigations;
    const QString reason = request.overrideReason.trimmed();
    if (d.outcome != d.suggested)
        d.deviationReason = reason;
    if (!signOffs.allSatisfied || anyInvalid)
        d.overrideReason = reason;
    const QStringList problems = checkDecision(d,
        release->decisionInForce() ? std::optional<DecisionRecord>(*release->decisionInForce())
                                   : std::nullopt,
        signOffs.allSatisfied, anyInvalid, at.date());
    if (!problems.isEmpty())
        return makeError(ErrorCode::Invalid,
            tr("The decision on \u201c%1\u201d was not recorded: %2.")
                .arg(release->name, problems.join(QStringLiteral("; "))));
    d.snapshot = snapshotBytes(*release);
    d.snapshotSha256 = snapshotSha256(d.snapshot);
    d.decidedBy = workspace.actor();
    d.decidedAt = at;
    d.authorizationCode = authorizationCode(release->uid, d);
    // Sign-offs are not part of the snapshot: the store checks that none came in meanwhile.
    const qint64 lastSignOff = release->signOffs.empty() ? 0 : release->signOffs.back().id;
    return workspace.recordDecision(releaseId, d, lastSignOff);
}

QStringList DecisionService::check(const Release &release, const DecisionRecord &d)
{
    QStringList problems;
    if (snapshotSha256(d.snapshot) != d.snapshotSha256)
        problems << tr("the snapshot it kept does not hash to %1").arg(d.snapshotSha256.left(12));
    if (authorizationCode(release.uid, d) != d.authorizationCode)
        problems << tr("its authorization code %1 does not match its release, snapshot and content: the "
                       "record was changed after it was made")
                        .arg(d.authorizationCode);
    if (!d.isSuperseded() && snapshotSha256(release) != d.snapshotSha256)
        problems << tr(
            "the release is no longer in the state it was decided in, though the decision is in force");
    return problems;
}

} // namespace gl
