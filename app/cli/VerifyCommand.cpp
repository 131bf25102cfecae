// greenlight verify [RELEASE]: re-hashes every stored piece of evidence (of one release, or of the
// whole workspace) and names each one whose content no longer matches what was recorded.

#include "cli/CliContext.h"
#include "cli/Verb.h"
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
    qint64 checked = 0;
    const Result<std::vector<Workspace::VerifyProblem>> problems
        = ws->verify(releaseId, [&checked](qint64 done, qint64) {
              checked = done;
              return true;
          });
    if (!problems)
        return context.fail(problems.error());
    for (const Workspace::VerifyProblem &p : *problems) {
        context.out() << QCoreApplication::translate("Cli",
                             "DAMAGED evidence %1 \"%2\" of item %3 \"%4\" in release %5 \"%6\": %7 (sha256 recorded %8)")
                             .arg(QString::number(p.evidenceId), p.evidenceName, QString::number(p.itemId), p.itemTitle,
                                 QString::number(p.releaseId), p.releaseName, p.problem, p.sha256)
                      << Qt::endl;
    }
    const QString size = QLocale::c().formattedDataSize(checked, 1, QLocale::DataSizeIecFormat);
    if (problems->empty()) {
        context.out() << QCoreApplication::translate("Cli", "verified %1 of stored evidence: every SHA-256 matches")
                             .arg(size)
                      << Qt::endl;
        return ExitOk;
    }
    context.out() << QCoreApplication::translate("Cli", "verified %1 of stored evidence: %n problem(s)", nullptr,
                         int(problems->size()))
                         .arg(size)
                  << Qt::endl;
    return ExitFailure;
}

} // namespace

Verb verifyVerb()
{
    Verb v;
    v.name = QStringLiteral("verify");
    v.synopsis = QStringLiteral("[RELEASE]");
    v.summary = QCoreApplication::translate("Cli", "Re-hash stored evidence and report anything damaged.");
    v.description = QCoreApplication::translate("Cli",
        "Reads every stored piece of evidence (of RELEASE, or of the whole workspace) back from the file, "
        "hashes it again and compares it with the SHA-256 recorded when it was attached. Each mismatch, "
        "missing or cut chunk is printed with the evidence and item it belongs to. Exit code 0 when all "
        "is sound, 1 when anything is damaged.");
    v.minPositional = 0;
    v.maxPositional = 1;
    v.run = runVerify;
    return v;
}

} // namespace gl::cli
