#include "signing/ReleaseOverview.h"

#include "signing/SignOffs.h"
#include "store/Workspace.h"

#include <QCoreApplication>

namespace gl {

ReleaseOverview overviewOf(const Release &release, const std::vector<Stakeholder> &stakeholders, const QDate &today)
{
    ReleaseOverview o;
    o.releaseId = release.id;
    o.name = release.name;
    const Readiness readiness = computeReadiness(release, today);
    o.readinessPercent = readiness.readinessPercent;
    o.suggested = readiness.suggested;
    if (const DecisionRecord *decision = release.decisionInForce()) {
        o.recorded = decision->outcome;
        o.authorizationCode = decision->authorizationCode;
        for (const Mitigation &m : decision->mitigations) {
            if (m.status == MitigationStatus::Open)
                ++o.openMitigations;
            if (m.isOverdue(today))
                ++o.overdueMitigations;
        }
    }
    const SignOffEvaluation signOffs = SignOffs::evaluate(release, stakeholders);
    for (const RequirementState &r : signOffs.required) {
        o.signOffsRequired += r.requirement.count;
        o.signOffsCounting += std::min(r.signedCount, r.requirement.count);
        if (!r.satisfied)
            o.missingRoles << QCoreApplication::translate("ReleaseOverview", "%1 (%2 of %3)")
                                  .arg(r.requirement.role, QString::number(r.signedCount),
                                      QString::number(r.requirement.count));
    }
    for (const SignOffState &s : signOffs.signOffs) {
        if (s.stale && !s.superseded)
            ++o.staleSignOffs;
    }
    return o;
}

Result<std::vector<ReleaseOverview>> workspaceOverview(Workspace &workspace, const QDate &today)
{
    Result<std::vector<ReleaseSummary>> summaries = workspace.releases();
    if (!summaries)
        return summaries.error();
    Result<std::vector<Stakeholder>> stakeholders = workspace.stakeholders();
    if (!stakeholders)
        return stakeholders.error();
    std::vector<ReleaseOverview> out;
    for (const ReleaseSummary &summary : *summaries) {
        Result<Release> release = workspace.loadRelease(summary.id);
        if (!release)
            return release.error();
        ReleaseOverview o = overviewOf(*release, *stakeholders, today);
        o.updatedAt = summary.updatedAt;
        out.push_back(std::move(o));
    }
    return out;
}

} // namespace gl
