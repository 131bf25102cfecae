#include "signing/WorkspaceCheck.h"

#include "signing/DecisionService.h"
#include "signing/SignOffs.h"

#include <QCoreApplication>
#include <algorithm>

namespace gl {

Result<WorkspaceCheck> checkWorkspace(Workspace &ws, std::optional<qint64> releaseId, const Workspace::Progress &progress)
{
    WorkspaceCheck check;
    const Result<std::vector<Workspace::VerifyProblem>> problems
        = ws.verify(releaseId, [&check, &progress](qint64 done, qint64 total) {
              check.evidenceBytes = done;
              return progress ? progress(done, total) : true;
          });
    if (!problems)
        return problems.error();
    for (const Workspace::VerifyProblem &p : *problems)
        check.evidenceProblems << QCoreApplication::translate("Cli",
            "DAMAGED evidence %1 \"%2\" of item %3 \"%4\" in release %5 \"%6\": %7 (sha256 recorded %8)")
                                      .arg(QString::number(p.evidenceId), p.evidenceName, QString::number(p.itemId),
                                          p.itemTitle, QString::number(p.releaseId), p.releaseName, p.problem, p.sha256);

    // The audit log: one chain for the whole workspace, so it is checked whole.
    const Result<AuditChain> chain = ws.verifyAuditChain();
    if (!chain)
        return chain.error();
    check.auditRows = chain->rows;
    check.auditHead = chain->headSha256;
    for (const AuditChain::Problem &p : chain->problems) {
        if (p.rowId == 0)
            check.auditProblems << QCoreApplication::translate("Cli", "BROKEN audit log: %1").arg(p.problem);
        else
            check.auditProblems << QCoreApplication::translate("Cli", "BROKEN audit row %1 (release %2): %3")
                                       .arg(QString::number(p.rowId),
                                           p.releaseId ? QString::number(p.releaseId) : QStringLiteral("-"), p.problem);
    }

    // Sign-offs and decisions of the release, or of every release.
    std::vector<qint64> releaseIds;
    if (releaseId) {
        releaseIds.push_back(*releaseId);
    } else {
        const Result<std::vector<ReleaseSummary>> all = ws.releases();
        if (!all)
            return all.error();
        for (const ReleaseSummary &r : *all)
            releaseIds.push_back(r.id);
    }
    const Result<std::vector<Stakeholder>> people = ws.stakeholders();
    if (!people)
        return people.error();
    for (qint64 id : releaseIds) {
        const Result<Release> release = ws.loadRelease(id);
        if (!release)
            return release.error();
        // Every sign-off and decision the audit log says was made must still be there.
        const Result<std::vector<AuditEntry>> history = ws.audit(id);
        if (!history)
            return history.error();
        for (const AuditEntry &e : *history) {
            const bool signOff = e.entity == QLatin1String("signoff") && e.action == QLatin1String("sign");
            const bool decision = e.entity == QLatin1String("decision") && e.action == QLatin1String("decide");
            if (!signOff && !decision)
                continue;
            const bool present = signOff
                ? std::any_of(release->signOffs.begin(), release->signOffs.end(), [&](const SignOff &x) { return x.id == e.entityId; })
                : std::any_of(release->decisions.begin(), release->decisions.end(), [&](const DecisionRecord &x) { return x.id == e.entityId; });
            if (present)
                continue;
            check.recordProblems << (signOff ? QCoreApplication::translate("Cli",
                                                   "MISSING sign-off %1 on release %2 \"%3\": audit row %4 records it, the file no longer has it")
                                             : QCoreApplication::translate("Cli",
                                                   "MISSING decision %1 on release %2 \"%3\": audit row %4 records it, the file no longer has it"))
                                        .arg(QString::number(e.entityId), QString::number(release->id), release->name,
                                            QString::number(e.id));
        }
        for (const SignOff &so : release->signOffs) {
            ++check.signOffs;
            const QString problem = SignOffs::checkSignature(*release, so, *people);
            if (!problem.isEmpty())
                check.recordProblems << QCoreApplication::translate("Cli", "INVALID sign-off %1 of %2 (%3) on release %4 \"%5\": %6")
                                            .arg(QString::number(so.id), so.name, so.role, QString::number(release->id),
                                                release->name, problem);
        }
        for (const DecisionRecord &d : release->decisions) {
            ++check.decisions;
            for (const QString &problem : DecisionService::check(*release, d))
                check.recordProblems << QCoreApplication::translate("Cli", "INVALID decision %1 (%2) on release %3 \"%4\": %5")
                                            .arg(QString::number(d.id), d.authorizationCode, QString::number(release->id),
                                                release->name, problem);
        }
    }
    return check;
}

} // namespace gl
