// greenlight export RELEASE --markdown OUT.md | --json OUT.json: the whole release, "-" for stdout.

#include "cli/CliContext.h"
#include "cli/Verb.h"
#include "interchange/MarkdownExporter.h"
#include "interchange/ReleaseJson.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace gl::cli {

namespace {

int runExport(CliContext &context, const QCommandLineParser &parser)
{
    const QString verb = QStringLiteral("export");
    const bool markdown = parser.isSet(QStringLiteral("markdown"));
    const bool json = parser.isSet(QStringLiteral("json"));
    if (markdown == json)
        return context.usage(verb,
            QCoreApplication::translate("Cli",
                "give exactly one of --markdown OUT.md "
                "and --json OUT.json"));
    const QString target = parser.value(markdown ? QStringLiteral("markdown") : QStringLiteral("json"));
    if (target.isEmpty())
        return context.usage(verb, QCoreApplication::translate("Cli", "the output file name is empty"));

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
    v.synopsis = QStringLiteral("RELEASE --markdown OUT.md | --json OUT.json");
    v.summary = QCoreApplication::translate("Cli", "Write a release as a Markdown checklist or as JSON.");
    v.description = QCoreApplication::translate("Cli",
        "Use - as the file name to write to stdout. The Markdown imports back to an equal release; "
        "the JSON holds every gate, item (with its id), metric and criterion.");
    v.options
        = { QCommandLineOption(QStringLiteral("markdown"),
                QCoreApplication::translate("Cli", "Write a Markdown checklist."), QStringLiteral("OUT.md")),
              QCommandLineOption(QStringLiteral("json"), QCoreApplication::translate("Cli", "Write JSON."),
                  QStringLiteral("OUT.json")) };
    v.minPositional = 1;
    v.maxPositional = 1;
    v.run = runExport;
    return v;
}

} // namespace gl::cli
