// greenlight settings RELEASE [--working-folder DIR] [--timeout SECONDS] [--output-cap MIB]
//                             [--env-file FILE] [--secret-markers LIST]:
// shows or changes how a release runs its commands.

#include "cli/CliContext.h"
#include "cli/Verb.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace gl::cli {

namespace {

void printSettings(QTextStream &out, const RunSettings &s)
{
    const QString none = QCoreApplication::translate("Cli", "(none)");
    out << QCoreApplication::translate("Cli", "working folder: %1").arg(s.workingFolder.isEmpty() ? none : s.workingFolder)
        << '\n'
        << QCoreApplication::translate("Cli", "timeout: %1").arg(s.timeoutSeconds > 0
                   ? QCoreApplication::translate("Cli", "%n s", nullptr, s.timeoutSeconds)
                   : none)
        << '\n'
        << QCoreApplication::translate("Cli", "output cap: %1 MiB").arg(double(s.outputCap) / (1024.0 * 1024.0)) << '\n'
        << QCoreApplication::translate("Cli", "env file: %1").arg(s.envFile.isEmpty() ? none : s.envFile) << '\n'
        << QCoreApplication::translate("Cli", "secret markers: %1").arg(s.secretMarkers.join(QStringLiteral(","))) << '\n';
    out.flush();
}

int runSettings(CliContext &context, const QCommandLineParser &parser)
{
    const QString verb = QStringLiteral("settings");
    int code = ExitOk;
    const std::optional<Release> release = context.loadRelease(parser.positionalArguments().at(0), &code);
    if (!release)
        return code;
    RunSettings s = release->run;
    bool changed = false;
    if (parser.isSet(QStringLiteral("working-folder"))) {
        const QFileInfo folder(parser.value(QStringLiteral("working-folder")));
        if (!folder.isDir())
            return context.usage(verb, QCoreApplication::translate("Cli", "--working-folder: \u201c%1\u201d is not a folder")
                                           .arg(folder.filePath()));
        s.workingFolder = QDir::cleanPath(folder.absoluteFilePath());
        changed = true;
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        s.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || s.timeoutSeconds < 0)
            return context.usage(verb, QCoreApplication::translate("Cli", "--timeout needs whole seconds (0: none)"));
        changed = true;
    }
    if (parser.isSet(QStringLiteral("output-cap"))) {
        bool ok = false;
        const int mib = parser.value(QStringLiteral("output-cap")).toInt(&ok);
        if (!ok || mib < 1 || mib > 4096)
            return context.usage(verb, QCoreApplication::translate("Cli", "--output-cap needs MiB between 1 and 4096"));
        s.outputCap = qint64(mib) * 1024 * 1024;
        changed = true;
    }
    if (parser.isSet(QStringLiteral("env-file"))) {
        s.envFile = parser.value(QStringLiteral("env-file")).trimmed();
        changed = true;
    }
    if (parser.isSet(QStringLiteral("secret-markers"))) {
        QStringList markers;
        for (const QString &m : parser.value(QStringLiteral("secret-markers")).split(u',', Qt::SkipEmptyParts))
            markers.append(m.trimmed().toUpper());
        markers.removeAll(QString());
        if (markers.isEmpty())
            return context.usage(verb, QCoreApplication::translate("Cli", "--secret-markers needs at least one marker"));
        s.secretMarkers = markers;
        changed = true;
    }
    if (!changed) {
        printSettings(context.out(), s);
        return ExitOk;
    }
    Workspace *workspace = context.workspace();
    if (const Result<void> written = workspace->setRunSettings(release->id, s); !written)
        return context.fail(written.error());
    const Result<Release> after = workspace->loadRelease(release->id);
    if (!after)
        return context.fail(after.error());
    printSettings(context.out(), after->run);
    return ExitOk;
}

} // namespace

Verb settingsVerb()
{
    Verb v;
    v.name = QStringLiteral("settings");
    v.synopsis = QStringLiteral(
        "RELEASE [--working-folder DIR] [--timeout SECONDS] [--output-cap MIB] [--env-file FILE] [--secret-markers LIST]");
    v.summary = QCoreApplication::translate("Cli", "Show or change how a release runs its commands.");
    v.description = QCoreApplication::translate("Cli",
        "Without options, prints the settings. Commands run in the working folder; the timeout applies to "
        "each item unless it sets its own; output past the cap keeps its head and tail. The env file "
        "(KEY=VALUE lines, relative to the working folder) is read at each run and never stored; values of "
        "keys containing a secret marker are masked as *** in logs, the console and exports.");
    v.options = {
        QCommandLineOption(QStringLiteral("working-folder"),
            QCoreApplication::translate("Cli", "Folder the commands run in."), QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("timeout"),
            QCoreApplication::translate("Cli", "Seconds an item may run (0: no limit)."), QStringLiteral("SECONDS")),
        QCommandLineOption(QStringLiteral("output-cap"),
            QCoreApplication::translate("Cli", "Output kept per run, in MiB."), QStringLiteral("MIB")),
        QCommandLineOption(QStringLiteral("env-file"),
            QCoreApplication::translate("Cli", "KEY=VALUE file passed to commands (empty: none)."), QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("secret-markers"),
            QCoreApplication::translate("Cli", "Comma-separated parts of key names whose values are masked."),
            QStringLiteral("LIST")),
    };
    v.minPositional = 1;
    v.maxPositional = 1;
    v.run = runSettings;
    return v;
}

} // namespace gl::cli
