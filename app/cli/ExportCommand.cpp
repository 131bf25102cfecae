// greenlight export RELEASE --markdown OUT.md | --json OUT.json | --bundle OUT.zip | --pdf OUT.pdf:
// the whole release ("-" for stdout), every piece of its evidence in one zip with a manifest, or the
// PDF decision record.

#include "cli/CliContext.h"
#include "cli/Verb.h"
#include "evidence/BundleWriter.h"
#include "interchange/MarkdownExporter.h"
#include "GateCompletionChart.h"
#include "interchange/DecisionRecordPdf.h"
#include "interchange/ReleaseJson.h"
#include "signing/DecisionRecordSource.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>
#include <optional>
#include <utility>

namespace gl::cli {

namespace {

// The workspace and the release's id, or the exit code of why not (the message already printed).
std::optional<std::pair<Workspace *, qint64>> openRelease(CliContext &context, const QString &releaseName, int *code)
{
    Workspace *ws = context.workspace();
    if (!ws) {
        *code = context.workspaceFailure();
        return std::nullopt;
    }
    const Result<qint64> releaseId = ws->resolveRelease(releaseName);
    if (!releaseId) {
        *code = context.fail(releaseId.error());
        return std::nullopt;
    }
    return std::pair { ws, *releaseId };
}

int exportBundle(CliContext &context, const QString &releaseName, const QString &target)
{
    if (target == QLatin1String("-"))
        return context.usage(QStringLiteral("export"),
            QCoreApplication::translate("Cli", "a bundle is a zip file: give a file name, not -"));
    int code = ExitOk;
    const auto opened = openRelease(context, releaseName, &code);
    if (!opened)
        return code;
    const Result<BundleWriter::Summary> written = BundleWriter::write(*opened->first, opened->second, target);
    if (!written)
        return context.fail(written.error());
    context.out() << QCoreApplication::translate("Cli", "%1: %n evidence file(s), %2, with manifest.json and release.json",
                         nullptr, written->files)
                         .arg(target, QLocale::c().formattedDataSize(written->bytes, 1, QLocale::DataSizeIecFormat))
                  << Qt::endl;
    return ExitOk;
}

int exportPdf(CliContext &context, const QString &releaseName, const QString &target, const QString &paper)
{
    const QString verb = QStringLiteral("export");
    if (target == QLatin1String("-"))
        return context.usage(verb, QCoreApplication::translate("Cli", "a decision record is a PDF file: give a file name, not -"));
    QPageSize::PageSizeId pageSize = DecisionRecordPdf::pageSizeFor(QLocale::system());
    if (paper.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        pageSize = QPageSize::A4;
    else if (paper.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        pageSize = QPageSize::Letter;
    else if (!paper.isEmpty())
        return context.usage(verb, QCoreApplication::translate("Cli", "--paper is a4 or letter, not %1").arg(paper));
    int code = ExitOk;
    const auto opened = openRelease(context, releaseName, &code);
    if (!opened)
        return code;
    Result<DecisionRecordInput> input = gatherDecisionRecord(*opened->first, opened->second);
    if (!input)
        return context.fail(input.error());
    const SecretMask mask(input->secretValues, input->release.run.secretMarkers);
    input->chart = GateCompletionChart::picture(DecisionRecordPdf::chartReadiness(input->readiness, mask),
        DecisionRecordPdf::chartSize(int(input->readiness.gates.size())));
    DecisionRecordPdf::Options options;
    options.pageSize = pageSize;
    const Result<int> pages = DecisionRecordPdf::write(*input, target, options);
    if (!pages)
        return context.fail(pages.error());
    const DecisionRecord *decision = input->release.decisions.empty() ? nullptr : &input->release.decisions.back();
    context.out() << (decision ? QCoreApplication::translate("Cli", "%1: decision record, %n page(s), %2, authorization code %3", nullptr, *pages)
                                     .arg(target, decisionKey(decision->outcome), decision->authorizationCode)
                               : QCoreApplication::translate("Cli", "%1: draft record (no decision recorded yet), %n page(s)", nullptr, *pages)
                                     .arg(target))
                  << Qt::endl;
    return ExitOk;
}

int runExport(CliContext &context, const QCommandLineParser &parser)
{
    const QString verb = QStringLiteral("export");
    const bool markdown = parser.isSet(QStringLiteral("markdown"));
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool bundle = parser.isSet(QStringLiteral("bundle"));
    const bool pdf = parser.isSet(QStringLiteral("pdf"));
    if (int(markdown) + int(json) + int(bundle) + int(pdf) != 1)
        return context.usage(verb,
            QCoreApplication::translate("Cli",
                "give exactly one of --markdown OUT.md, "
                "--json OUT.json, --bundle OUT.zip and --pdf OUT.pdf"));
    if (parser.isSet(QStringLiteral("paper")) && !pdf)
        return context.usage(verb, QCoreApplication::translate("Cli", "--paper goes with --pdf"));
    const QString target = parser.value(markdown ? QStringLiteral("markdown")
            : json   ? QStringLiteral("json")
            : bundle ? QStringLiteral("bundle")
                     : QStringLiteral("pdf"));
    if (target.isEmpty())
        return context.usage(verb, QCoreApplication::translate("Cli", "the output file name is empty"));
    if (pdf)
        return exportPdf(context, parser.positionalArguments().at(0), target, parser.value(QStringLiteral("paper")));
    if (bundle)
        return exportBundle(context, parser.positionalArguments().at(0), target);

    int code = ExitOk;
    const std::optional<Release> release = context.loadRelease(parser.positionalArguments().at(0), &code);
    if (!release)
        return code;

    Result<void> written = markdown && target != QLatin1String("-")
        ? MarkdownExporter::writeFile(*release, target)
        : context.writeOutput(target,
            markdown ? MarkdownExporter::toMarkdown(*release)
                     : QJsonDocument(releaseToJson(*release)).toJson());
    if (!written)
        return context.fail(written.error());
    return ExitOk;
}

} // namespace

Verb exportVerb()
{
    Verb v;
    v.name = QStringLiteral("export");
    v.synopsis = QStringLiteral("RELEASE --markdown OUT.md | --json OUT.json | --bundle OUT.zip | --pdf OUT.pdf [--paper a4|letter]");
    v.summary = QCoreApplication::translate("Cli",
        "Write a release as a Markdown checklist, as JSON, its evidence as a zip, or its decision record as a PDF.");
    v.description = QCoreApplication::translate("Cli",
        "Use - as the file name to write to stdout. The Markdown imports back to an equal release; "
        "the JSON holds every gate, item (with its id and evidence), metric and criterion. The bundle "
        "holds every stored piece of evidence in a folder per gate and item, manifest.json (item, name, "
        "SHA-256, size, time and who for each file, and every link and note) and release.json. The PDF "
        "decision record holds the decision, readiness, metrics, every gate and item with its evidence "
        "hashes, the mitigations, the signatures, and the hashes `verify` checks; its paper is A4 or "
        "Letter by locale unless --paper says which.");
    v.options
        = { QCommandLineOption(QStringLiteral("markdown"),
                QCoreApplication::translate("Cli", "Write a Markdown checklist."), QStringLiteral("OUT.md")),
              QCommandLineOption(QStringLiteral("json"), QCoreApplication::translate("Cli", "Write JSON."),
                  QStringLiteral("OUT.json")),
              QCommandLineOption(QStringLiteral("bundle"),
                  QCoreApplication::translate("Cli", "Write the evidence bundle (zip)."), QStringLiteral("OUT.zip")),
              QCommandLineOption(QStringLiteral("pdf"),
                  QCoreApplication::translate("Cli", "Write the PDF decision record."), QStringLiteral("OUT.pdf")),
              QCommandLineOption(QStringLiteral("paper"),
                  QCoreApplication::translate("Cli", "Paper size of the PDF: a4 or letter (default: by locale)."),
                  QStringLiteral("SIZE")) };
    v.minPositional = 1;
    v.maxPositional = 1;
    v.run = runExport;
    return v;
}

} // namespace gl::cli
