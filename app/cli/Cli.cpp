#include "cli/Cli.h"

#include "cli/CliContext.h"
#include "cli/Verb.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>
#include <vector>

namespace gl::cli {

namespace {

// Built on each use, not cached: the texts must be translated after main() installed the translator,
// and isCliInvocation() runs before there is an application object at all.
std::vector<Verb> verbs()
{
    return { importVerb(), exportVerb(), statusVerb(), releasesVerb(), setVerb(), metricVerb(),
        criterionVerb(), runVerb(), settingsVerb(), attachVerb(), evidenceVerb(), verifyVerb(), stakeholderVerb(),
        keyVerb(), requireVerb(), signVerb(), decideVerb(), reopenVerb(), mitigationVerb() };
}

bool isVerbName(const QString &name)
{
    static const QStringList names = { QStringLiteral("import"), QStringLiteral("export"),
        QStringLiteral("status"), QStringLiteral("releases"), QStringLiteral("set"), QStringLiteral("metric"),
        QStringLiteral("criterion"), QStringLiteral("run"), QStringLiteral("settings") };
    return names.contains(name);
}

std::optional<Verb> findVerb(const QString &name)
{
    for (Verb &v : verbs()) {
        if (v.name == name)
            return std::move(v);
    }
    return std::nullopt;
}

bool isHelpFlag(const QString &a)
{
    return a == QLatin1String("--help") || a == QLatin1String("-h");
}

bool isVersionFlag(const QString &a)
{
    return a == QLatin1String("--version") || a == QLatin1String("-v");
}

// "--db FILE", "--db=FILE", and the same for --lang (main.cpp reads that one).
struct GlobalOptions {
    QString db;
    bool dbGiven = false;
    QStringList rest; // everything else, in order
    QString error;
};

GlobalOptions splitGlobalOptions(const QStringList &arguments)
{
    GlobalOptions g;
    bool optionsEnded = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (optionsEnded || a == QLatin1String("--")) {
            optionsEnded = true;
            g.rest << a;
        } else if (a == QLatin1String("--db") || a == QLatin1String("--lang")) {
            if (i + 1 >= arguments.size()) {
                g.error = QCoreApplication::translate("Cli", "missing value after '%1'").arg(a);
                return g;
            }
            ++i;
            if (a == QLatin1String("--db")) {
                g.db = arguments.at(i);
                g.dbGiven = true;
            }
        } else if (a.startsWith(QLatin1String("--db="))) {
            g.db = a.mid(5);
            g.dbGiven = true;
        } else if (!a.startsWith(QLatin1String("--lang="))) {
            g.rest << a;
        }
    }
    if (g.error.isEmpty() && g.dbGiven && g.db.trimmed().isEmpty())
        g.error = QCoreApplication::translate("Cli", "--db needs a file name");
    return g;
}

QString optionNames(const QCommandLineOption &o)
{
    QStringList names;
    for (const QString &n : o.names())
        names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
    QString text = names.join(QStringLiteral(", "));
    if (!o.valueName().isEmpty())
        text += QLatin1Char(' ') + o.valueName();
    return text;
}

QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(QStringLiteral("db"),
            QCoreApplication::translate("Cli", "The workspace file (default: %1).")
                .arg(Workspace::defaultPath()),
            QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("lang"),
            QCoreApplication::translate("Cli", "Language of messages, e.g. de."), QStringLiteral("CODE")),
    };
}

void printOptions(QTextStream &out, const QList<QCommandLineOption> &options)
{
    qsizetype width = 0;
    for (const QCommandLineOption &o : options)
        width = std::max(width, optionNames(o).size());
    for (const QCommandLineOption &o : options)
        out << "  " << optionNames(o).leftJustified(width) << "  " << o.description() << '\n';
}

void printGeneralHelp(QTextStream &out)
{
    out << QCoreApplication::translate("Cli", "Usage: greenlight [--db FILE] VERB [ARGUMENTS]") << '\n'
        << QCoreApplication::translate("Cli", "Without a verb, greenlight opens its window.") << "\n\n"
        << QCoreApplication::translate("Cli", "Verbs:") << '\n';
    for (const Verb &v : verbs()) {
        out << "  " << v.name << ' ' << v.synopsis << '\n';
        out << "      " << v.summary << '\n';
    }
    out << "  help VERB\n      " << QCoreApplication::translate("Cli", "Show the arguments of one verb.")
        << "\n\n"
        << QCoreApplication::translate("Cli", "Options:") << '\n';
    QList<QCommandLineOption> options = globalOptions();
    options << QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") },
        QCoreApplication::translate("Cli", "Show this help."))
            << QCommandLineOption({ QStringLiteral("v"), QStringLiteral("version") },
                   QCoreApplication::translate("Cli", "Show the version."));
    printOptions(out, options);
    out << '\n'
        << QCoreApplication::translate("Cli",
               "RELEASE is a release id or its unique name; ITEM an item id (see "
               "'greenlight export RELEASE --json -') or its unique title.")
        << '\n'
        << QCoreApplication::translate("Cli",
               "Exit codes: 0 success, 1 the verb failed, 2 bad arguments, unknown "
               "release, item or metric, or refused input.")
        << '\n';
    out.flush();
}

void printVerbHelp(QTextStream &out, const Verb &verb)
{
    out << QCoreApplication::translate("Cli", "Usage: greenlight [--db FILE] %1 %2")
               .arg(verb.name, verb.synopsis)
        << "\n\n"
        << verb.summary << '\n';
    if (!verb.description.isEmpty())
        out << '\n' << verb.description << '\n';
    out << '\n' << QCoreApplication::translate("Cli", "Options:") << '\n';
    printOptions(out, verb.options + globalOptions());
    out.flush();
}

int dispatchVerb(const Verb &verb, CliContext &context, const QStringList &arguments)
{
    for (const QString &a : arguments) {
        if (a == QLatin1String("--"))
            break;
        if (isHelpFlag(a)) {
            printVerbHelp(context.out(), verb);
            return ExitOk;
        }
    }
    QCommandLineParser parser;
    parser.addOptions(verb.options);
    if (!parser.parse(QStringList { QStringLiteral("greenlight") } + arguments))
        return context.usage(verb.name, parser.errorText());
    const qsizetype positional = parser.positionalArguments().size();
    if (positional < verb.minPositional)
        return context.usage(verb.name,
            QCoreApplication::translate("Cli", "missing arguments; expected: %1 %2")
                .arg(verb.name, verb.synopsis));
    if (positional > verb.maxPositional)
        return context.usage(verb.name,
            QCoreApplication::translate("Cli", "unexpected argument '%1'")
                .arg(parser.positionalArguments().at(verb.maxPositional)));
    return verb.run(context, parser);
}

} // namespace

bool isCliInvocation(const QStringList &arguments)
{
    static const QStringList flags = { QStringLiteral("--help"), QStringLiteral("-h"),
        QStringLiteral("--version"), QStringLiteral("-v"), QStringLiteral("help") };
    const GlobalOptions g = splitGlobalOptions(arguments);
    // A first word that is not an option is meant as a verb: a mistyped one gets the CLI's
    // "unknown verb" and exit code 2, not a window (which has no display on a CI machine).
    if (!g.rest.isEmpty() && !g.rest.first().startsWith(QLatin1Char('-')))
        return true;
    for (const QString &a : g.rest) {
        if (a == QLatin1String("--"))
            break;
        if (flags.contains(a) || isVerbName(a))
            return true;
    }
    return false;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    GlobalOptions g = splitGlobalOptions(arguments);
    CliContext context(out, err, g.dbGiven ? g.db : Workspace::defaultPath());
    if (!g.error.isEmpty())
        return context.fail(g.error);

    if (g.rest.isEmpty()) {
        printGeneralHelp(err);
        return ExitUsage;
    }
    const QString first = g.rest.takeFirst();
    if (isHelpFlag(first)) {
        printGeneralHelp(out);
        return ExitOk;
    }
    if (isVersionFlag(first)) {
        out << "greenlight " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (first == QLatin1String("help")) {
        if (g.rest.isEmpty()) {
            printGeneralHelp(out);
            return ExitOk;
        }
        if (const std::optional<Verb> verb = findVerb(g.rest.first())) {
            printVerbHelp(out, *verb);
            return ExitOk;
        }
        return context.fail(QCoreApplication::translate("Cli", "unknown verb '%1'; see 'greenlight --help'")
                                .arg(g.rest.first()));
    }
    if (const std::optional<Verb> verb = findVerb(first))
        return dispatchVerb(*verb, context, g.rest);
    if (first.startsWith(QLatin1Char('-')))
        return context.fail(QCoreApplication::translate("Cli",
            "unknown option '%1' before the verb; see "
            "'greenlight --help'")
                                .arg(first));
    return context.fail(
        QCoreApplication::translate("Cli", "unknown verb '%1'; see 'greenlight --help'").arg(first));
}

} // namespace gl::cli
