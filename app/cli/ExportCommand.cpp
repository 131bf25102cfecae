// greenlight export RELEASE --markdown OUT.md | --json OUT.json | --bundle OUT.zip: the whole
// release ("-" for stdout), or every piece of its evidence in one zip with a manifest.

#include "cli/CliContext.h"
#include "cli/Verb.h"
#include "evidence/BundleWriter.h"
#include "interchange/MarkdownExporter.h"
#include "interchange/ReleaseJson.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace gl::cli {

namespace {

int exportBundle(CliContext &context, const QString &releaseName, const QString &target)
{
    if (target == QLatin1String("-"))
        return context.usage(QStringLiteral("export"),
            QCoreApplication::translate("Cli", "a bundle is a zip file: give a file name, not -"));
    Workspace *ws = context.workspace();
    if (!ws)
        return context.workspaceFailure();
    const Result<qint64> releaseId = ws->resolveRelease(releaseName);
    if (!releaseId)
        return context.fail(releaseId.error());
    const Result<BundleWriter::Summary> written = BundleWriter::write(*ws, *releaseId, target);
    if (!written)
        return context.fail(written.error());
    context.out() << QCoreApplication::translate("Cli", "%1: %n evidence file(s), %2, with manifest.json and release.json",
                         nullptr, written->files)
                         .arg(target, QLocale::c().formattedDataSize(written->bytes, 1, QLocale::DataSizeIecFormat))
                  << Qt::endl;
    return ExitOk;
}

int runExport(CliContext &context, const QCommandLineParser &parser)
{
    const QString verb = QStringLiteral("export");
    const bool markdown = parser.isSet(QStringLiteral("markdown"));
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool bundle = parser.isSet(QStringLiteral("bundle"));
    if (int(markdown) + int(json) + int(bundle) != 1)
        return context.usage(verb,
            QCoreApplication::translate("Cli",
                "give exactly one of --markdown OUT.md, "
                "--json OUT.json and --bundle OUT.zip"));
    const QString target = parser.value(markdown ? QStringLiteral("markdown")
                                                 : (json ? QStringLiteral("json") : QStringLiteral("bundle")));
    if (target.isEmpty())
        return context.usage(verb, QCoreApplication::translate("Cli", "the output file name is empty"));
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
    v.synopsis = QStringLiteral("RELEASE --markdown OUT.md | --json OUT.json | --bundle OUT.zip");
    v.summary = QCoreApplication::translate("Cli", "Write a release as a Markdown checklist, as JSON, or its evidence as a zip.");
    v.description = QCoreApplication::translate("Cli",
        "Use - as the file name to write to stdout. The Markdown imports back to an equal release; "
        "the JSON holds every gate, item (with its id and evidence), metric and criterion. The bundle "
        "holds every stored piece of evidence in a folder per gate and item, manifest.json (item, name, "
        "SHA-256, size, time and who for each file, and every link and note) and release.json.");
    v.options
        = { QCommandLineOption(QStringLiteral("markdown"),
                QCoreApplication::translate("Cli", "Write a Markdown checklist."), QStringLiteral("OUT.md")),
              QCommandLineOption(QStringLiteral("json"), QCoreApplication::translate("Cli", "Write JSON."),
                  QStringLiteral("OUT.json")),
              QCommandLineOption(QStringLiteral("bundle"),
                  QCoreApplication::translate("Cli", "Write the evidence bundle (zip)."), QStringLiteral("OUT.zip")) };
    v.minPositional = 1;
    v.maxPositional = 1;
    v.run = runExport;
    return v;
}

} // namespace gl::cli
