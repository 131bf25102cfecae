// greenlight verify [RELEASE]: re-hashes every stored piece of evidence (of one release, or of the
// whole workspace) and names each one whose content no longer matches what was recorded; walks the
// audit log's hash chain; checks every sign-off's signature and every decision's snapshot and
// authorization code. Each problem is printed with where it is; exit code 1 when there is any.

#include "cli/CliContext.h"
#include "cli/Verb.h"
#include "signing/WorkspaceCheck.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>

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
    const Result<WorkspaceCheck> check = checkWorkspace(*ws, releaseId);
    if (!check)
        return context.fail(check.error());
    for (const QString &line : check->evidenceProblems)
        context.out() << line << Qt::endl;
    const QString size = QLocale::c().formattedDataSize(check->evidenceBytes, 1, QLocale::DataSizeIecFormat);
    context.out() << QCoreApplication::translate("Cli", "evidence: verified %1 of stored content, %n problem(s)", nullptr,
                         int(check->evidenceProblems.size()))
                         .arg(size)
                  << Qt::endl;
    for (const QString &line : check->auditProblems)
        context.out() << line << Qt::endl;
    context.out() << QCoreApplication::translate("Cli", "audit log: %1 rows, chain head %2, %n problem(s)", nullptr,
                         int(check->auditProblems.size()))
                         .arg(QString::number(check->auditRows), check->auditHead.isEmpty() ? QStringLiteral("-") : check->auditHead)
                  << Qt::endl;
    for (const QString &line : check->recordProblems)
        context.out() << line << Qt::endl;
    context.out() << QCoreApplication::translate("Cli", "sign-offs: %n checked", nullptr, check->signOffs) << "; "
                  << QCoreApplication::translate("Cli", "decisions: %n checked", nullptr, check->decisions) << "; "
                  << QCoreApplication::translate("Cli", "%n problem(s)", nullptr, int(check->recordProblems.size())) << Qt::endl;
    const int failures = check->problemCount();
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
