// greenlight import FILE.md [--name NAME]: one checklist becomes one release; prints its id.

#include "cli/CliContext.h"
#include "cli/Verb.h"
#include "interchange/MarkdownImporter.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>

namespace gl::cli {

namespace {

int runImport(CliContext &context, const QCommandLineParser &parser)
{
    const QString file = parser.positionalArguments().at(0);
    const QString name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("name")) && name.trimmed().isEmpty())
        return context.usage(
            QStringLiteral("import"), QCoreApplication::translate("Cli", "--name needs a name"));

    // Parse before opening the workspace: a refused file leaves no trace, not even a new empty workspace.
    Result<ImportResult> imported = MarkdownImporter::importFile(file, name.trimmed());
    if (!imported)
        return context.fail(imported.error());
    for (const ImportWarning &w : imported->warnings) {
        const QString where = w.line > 0 ? file + QLatin1Char(':') + QString::number(w.line) : file;
        context.warning(where + QStringLiteral(": warning: ") + w.message);
    }

    Workspace *workspace = context.workspace(/*mayCreate=*/true);
    if (!workspace)
        return context.workspaceFailure();
    const Result<qint64> id = workspace->createRelease(imported->release);
    if (!id)
        return context.fail(id.error());
    context.err().flush();
    context.out() << *id << Qt::endl;
    return ExitOk;
}

} // namespace

Verb importVerb()
{
    Verb v;
    v.name = QStringLiteral("import");
    v.synopsis = QStringLiteral("FILE.md [--name NAME]");
    v.summary
        = QCoreApplication::translate("Cli", "Import a Markdown checklist as a new release; prints its id.");
    v.description = QCoreApplication::translate("Cli",
        "Warnings go to stderr as 'FILE:LINE: warning: ...'. A file with no checklist, an empty, binary "
        "or oversized file is refused and the workspace is left unchanged.");
    v.options = { QCommandLineOption(QStringLiteral("name"),
        QCoreApplication::translate("Cli",
            "Name of the release (default: the "
            "checklist's first heading)."),
        QStringLiteral("NAME")) };
    v.minPositional = 1;
    v.maxPositional = 1;
    v.run = runImport;
    return v;
}

} // namespace gl::cli
