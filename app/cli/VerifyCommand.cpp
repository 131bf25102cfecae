// greenlight verify [RELEASE]: re-hashes every stored piece of evidence (of one release, or of the
// whole workspace) and names each one whose content no longer matches what was recorded; walks the
// audit log's hash chain; checks every sign-off's signature and every decision's snapshot and
// authorization code. Each problem is printed with where it is; exit code 1 when there is any.

#include "cli/CliContext.h"
#include "cli/Verb.h"
#include "signing/DecisionService.h"
#include "signing/SignOffs.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>
#include <algorithm>

namespace gl::cli {

namespace {

int runVerify(CliContext &context, const QCommandLineParser &parser)
{
    Workspace *ws = context.workspace();
    if (!ws)
        return context.workspaceFailure();
    std::optional<qint64> releaseId;
    if (!parser.positionalArguments().isEmpty()) {
        const Result<qint64> id = ws->resolveRelease(parser.positionalArguments().at(0));
        if (!id)
            return context.fail(id.error());
        releaseId = *id;
    }
    qint64 checked = 0;
    const Result<std::vector<Workspace::VerifyProblem>> problems
        = ws->verify(releaseId, [&checked](qint64 done, qint64) {
              checked = done;
              return true;
          });
    if (!problems)
        return context.fail(problems.error());
    int failures = 0;
    for (const Workspace::VerifyProblem &p : *problems) {
        context.out() << QCoreApplication::translate("Cli",
                             "DAMAGED evidence %1 \"%2\" of item %3 \"%4\" in release %5 \"%6\": %7 (sha256 recorded %8)")
                             .arg(QString::number(p.evidenceId), p.evidenceName, QString::number(p.itemId), p.itemTitle,
                                 QString::number(p.releaseId), p.releaseName, p.problem, p.sha256)
                      << Qt::endl;
        ++failures;
    }
    const QString size = QLocale::c().formattedDataSize(checked, 1, QLocale::DataSizeIecFormat);
    context.out() << QCoreApplication::translate("Cli", "evidence: verified %1 of stored content, %n problem(s)", nullptr,
                         int(problems->size()))
                         .arg(size)
                  << Qt::endl;

    // The audit log: one chain for the whole workspace, so it is checked whole.
    const Result<AuditChain> chain = ws->verifyAuditChain();
    if (!chain)
        return context.fail(chain.error());
    for (const AuditChain::Problem &p : chain->problems) {
        if (p.rowId == 0)
            context.out() << QCoreApplication::translate("Cli", "BROKEN audit log: %1").arg(p.problem) << Qt::endl;
        else
            context.out() << QCoreApplication::translate("Cli", "BROKEN audit row %1 (release %2): %3")
                                 .arg(QString::number(p.rowId),
                                     p.releaseId ? QString::number(p.releaseId) : QStringLiteral("-"), p.problem)
                          << Qt::endl;
        ++failures;
    }
    context.out() << QCoreApplication::translate("Cli", "audit log: %1 rows, chain head %2, %n problem(s)", nullptr,
                         int(chain->problems.size()))
                         .arg(QString::number(chain->rows), chain->headSha256.isEmpty() ? QStringLiteral("-") : chain->headSha256)
                  << Qt::endl;

    // Sign-offs and decisions of the release, or of every release.
    std::vector<qint64> releaseIds;
    if (releaseId) {
        releaseIds.push_back(*releaseId);
    } else {
        const Result<std::vector<ReleaseSummary>> all = ws->releases();
        if (!all)
            return context.fail(all.error());
        for (const ReleaseSummary &r : *all)
            releaseIds.push_back(r.id);
    }
    const Result<std::vector<Stakeholder>> people = ws->stakeholders();
    if (!people)
        return context.fail(people.error());
    int signOffs = 0;
    int decisions = 0;
    int recordProblems = 0;
    for (qint64 id : releaseIds) {
        const Result<Release> release = ws->loadRelease(id);
        if (!release)
            return context.fail(release.error());
        // Every sign-off and decision the audit log says was made must still be there.
        const Result<std::vector<AuditEntry>> history = ws->audit(id);
        if (!history)
            return context.fail(history.error());
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
            context.out() << (signOff ? QCoreApplication::translate("Cli",
                                            "MISSING sign-off %1 on release %2 \"%3\": audit row %4 records it, the file no longer has it")
                                      : QCoreApplication::translate("Cli",
                                            "MISSING decision %1 on release %2 \"%3\": audit row %4 records it, the file no longer has it"))
                                 .arg(QString::number(e.entityId), QString::number(release->id), release->name, QString::number(e.id))
                          << Qt::endl;
            ++recordProblems;
        }
        for (const SignOff &so : release->signOffs) {
            ++signOffs;
            const QString problem = SignOffs::checkSignature(*release, so, *people);
            if (problem.isEmpty())
                continue;
            context.out() << QCoreApplication::translate("Cli", "INVALID sign-off %1 of %2 (%3) on release %4 \"%5\": %6")
                                 .arg(QString::number(so.id), so.name, so.role, QString::number(release->id), release->name, problem)
                          << Qt::endl;
            ++recordProblems;
        }
        for (const DecisionRecord &d : release->decisions) {
            ++decisions;
            for (const QString &problem : DecisionService::check(*release, d)) {
                context.out() << QCoreApplication::translate("Cli", "INVALID decision %1 (%2) on release %3 \"%4\": %5")
                                     .arg(QString::number(d.id), d.authorizationCode, QString::number(release->id), release->name,
                                         problem)
                              << Qt::endl;
                ++recordProblems;
            }
        }
    }
    context.out() << QCoreApplication::translate("Cli", "sign-offs: %n checked", nullptr, signOffs) << "; "
                  << QCoreApplication::translate("Cli", "decisions: %n checked", nullptr, decisions) << "; "
                  << QCoreApplication::translate("Cli", "%n problem(s)", nullptr, recordProblems) << Qt::endl;
    failures += recordProblems;
    if (failures == 0) {
        context.out() << QCoreApplication::translate("Cli", "all is sound") << Qt::endl;
        return ExitOk;
    }
    return ExitFailure;
}

} // namespace

Verb verifyVerb()
{
    Verb v;
    v.name = QStringLiteral("verify");
    v.synopsis = QStringLiteral("[RELEASE]");
    v.summary = QCoreApplication::translate("Cli", "Check evidence hashes, the audit chain, sign-offs and decisions.");
    v.description = QCoreApplication::translate("Cli",
        "Reads every stored piece of evidence (of RELEASE, or of the whole workspace) back from the file, "
        "hashes it again and compares it with the SHA-256 recorded when it was attached; walks the audit "
        "log's hash chain row by row; checks every sign-off's signature against its stakeholder's key and "
        "every decision's snapshot and authorization code. Each problem is printed with where it is "
        "(evidence and item, audit row, sign-off, decision). Exit code 0 when all is sound, 1 when "
        "anything fails.");
    v.minPositional = 0;
    v.maxPositional = 1;
    v.run = runVerify;
    return v;
}

} // namespace gl::cli
