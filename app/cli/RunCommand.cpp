// greenlight run RELEASE [--gate G] [--item ID] [--jobs N] [--env-file FILE] [--trust]: runs the
// items' commands and probes, one line per item as it finishes, then a summary. Exit 0 only when
// every item that ran passed; SIGINT or SIGTERM cancels cleanly.

#include "cli/CliContext.h"
#include "cli/TerminationSignals.h"
#include "cli/Verb.h"
#include "domain/Trust.h"
#include "execution/CommandLine.h"
#include "execution/RunSession.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

namespace gl::cli {

namespace {

QString seconds(qint64 ms)
{
    return QCoreApplication::translate("Cli", "%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

int runRun(CliContext &context, const QCommandLineParser &parser)
{
    const QString verb = QStringLiteral("run");
    RunOptions options;
    if (parser.isSet(QStringLiteral("jobs"))) {
        bool ok = false;
        options.jobs = parser.value(QStringLiteral("jobs")).toInt(&ok);
        if (!ok || options.jobs < 1)
            return context.usage(verb, QCoreApplication::translate("Cli", "--jobs needs a whole number of at least 1"));
    }
    options.envFileOverride = parser.value(QStringLiteral("env-file"));
    if (parser.isSet(QStringLiteral("env-file")) && options.envFileOverride.trimmed().isEmpty())
        return context.usage(verb, QCoreApplication::translate("Cli", "--env-file needs a file name"));
    options.trust = parser.isSet(QStringLiteral("trust"));

    int code = ExitOk;
    const std::optional<Release> release = context.loadRelease(parser.positionalArguments().at(0), &code);
    if (!release)
        return code;
    Workspace *workspace = context.workspace();
    if (parser.isSet(QStringLiteral("gate"))) {
        const Result<qint64> gate = RunSession::findGate(*release, parser.value(QStringLiteral("gate")));
        if (!gate)
            return context.fail(gate.error());
        options.gateId = *gate;
    }
    for (const QString &name : parser.values(QStringLiteral("item"))) {
        const Result<qint64> item = workspace->resolveItem(release->id, name);
        if (!item)
            return context.fail(item.error());
        options.itemIds.push_back(*item);
    }

    RunSession session(*workspace, release->id);
    if (const Result<void> prepared = session.prepare(options); !prepared)
        return context.fail(prepared.error());
    if (!session.pendingApprovals().empty()) {
        const auto &pending = session.pendingApprovals();
        context.err() << QCoreApplication::translate("Cli",
                             "greenlight: %n item(s) would run imported commands nobody has approved. "
                             "Approve them in the window, or pass --trust to run them anyway:",
                             nullptr, int(pending.size()))
                      << '\n';
        for (const PendingApproval &p : pending) {
            context.err() << "  " << p.itemId << "  " << visibleCommand(p.title) << '\n';
            const Item *item = findItem(session.release(), p.itemId);
            for (const QString &command : p.commands) {
                context.err() << "      $ " << visibleCommand(command) << '\n';
                const CommandLine line = CommandLine::parse(command);
                if (item && !item->probe && line.needsShell())
                    context.err() << "        " << QCoreApplication::translate("Cli", "(runs through /bin/sh -c: %1)")
                                                       .arg(line.shellReason())
                                  << '\n';
            }
        }
        context.err() << QCoreApplication::translate("Cli", "working folder: %1").arg(session.workingFolder()) << '\n';
        if (!session.envFilePath().isEmpty())
            context.err() << QCoreApplication::translate("Cli", "env file: %1").arg(session.envFilePath()) << '\n';
        context.err().flush();
        return ExitUsage;
    }
    if (session.plannedCount() == 0) {
        context.out() << QCoreApplication::translate("Cli", "nothing to run: no selected item has commands or a probe")
                      << Qt::endl;
        return ExitOk;
    }

    QTextStream &out = context.out();
    QTextStream &err = context.err();
    QObject::connect(&session, &RunSession::itemFinished, &session,
        [&out](const RunRecord &record, const QString &title) {
            out << verdictKey(record.verdict).leftJustified(10) << ' '
                << QString::number(record.itemId).rightJustified(5) << "  " << title << "  ("
                << seconds(record.durationMs) << ')';
            if (!record.reason.isEmpty() && record.verdict != Verdict::Passed)
                out << ": " << record.reason;
            out << Qt::endl;
        });
    QObject::connect(&session, &RunSession::itemsBlocked, &session,
        [&out](const QStringList &titles, const QString &reason) {
            for (const QString &title : titles)
                out << QStringLiteral("blocked").leftJustified(10) << ' ' << QString().rightJustified(5) << "  "
                    << title << ": " << reason << Qt::endl;
        });
    QObject::connect(&session, &RunSession::recordFailed, &session,
        [&context](const QString &title, const QString &message) {
            context.warning(QCoreApplication::translate("Cli", "the run of \u201c%1\u201d was not recorded: %2")
                                .arg(title, message));
        });

    RunSummary summary;
    QEventLoop loop;
    QObject::connect(&session, &RunSession::finished, &loop, [&](const RunSummary &s) {
        summary = s;
        loop.quit();
    });
    TerminationSignals termination;
    bool signalled = false;
    QObject::connect(&termination, &TerminationSignals::received, &session, [&session, &err, &signalled](int) {
        if (signalled)
            return;
        signalled = true;
        err << QCoreApplication::translate("Cli", "greenlight: cancelling; ending every running command")
            << Qt::endl;
        if (session.isRunning())
            session.cancel();
    });
    if (!session.start())
        return context.fail(QCoreApplication::translate("Cli", "the run could not start"), ExitFailure);
    if (signalled)  // arrived while the run was being set up
        session.cancel();
    loop.exec();

    out << QCoreApplication::translate("Cli", "%1 passed, %2 failed, %3 cancelled, %4 blocked in %5")
               .arg(summary.passed)
               .arg(summary.failed)
               .arg(summary.cancelled)
               .arg(summary.blocked)
               .arg(seconds(summary.durationMs));
    if (summary.wasCancelled)
        out << ' ' << QCoreApplication::translate("Cli", "(cancelled)");
    out << Qt::endl;
    return summary.allPassed() ? ExitOk : ExitFailure;
}

} // namespace

Verb runVerb()
{
    Verb v;
    v.name = QStringLiteral("run");
    v.synopsis = QStringLiteral("RELEASE [--gate G] [--item ID] [--jobs N] [--env-file FILE] [--trust]");
    v.summary = QCoreApplication::translate("Cli", "Run the commands and probes of a release, a gate or items.");
    v.description = QCoreApplication::translate("Cli",
        "Gates run in order; a gate that requires the previous one waits until that one is complete, "
        "else its items become blocked. Inside a gate, items run in parallel up to --jobs. Each run is "
        "recorded with its log as evidence, and the item becomes passed or failed. Prints one line per "
        "item as it finishes and a summary. Exit codes: 0 when every item that ran passed, 1 when any "
        "failed, was blocked or was cancelled, 2 for bad arguments or refused input (such as imported "
        "commands nobody approved). SIGINT or SIGTERM cancels: every command's process tree ends and "
        "the runs are recorded as cancelled.");
    v.options = {
        QCommandLineOption(QStringLiteral("gate"), QCoreApplication::translate("Cli", "Only this gate (id or title)."),
            QStringLiteral("G")),
        QCommandLineOption(QStringLiteral("item"),
            QCoreApplication::translate("Cli", "Only this item (id or unique title); may be repeated."),
            QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("jobs"),
            QCoreApplication::translate("Cli", "Items run at once inside a gate (default: number of cores)."),
            QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("env-file"),
            QCoreApplication::translate("Cli", "KEY=VALUE file for this run instead of the release's."),
            QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("trust"),
            QCoreApplication::translate("Cli", "Run imported commands even though nobody approved them.")),
    };
    v.minPositional = 1;
    v.maxPositional = 1;
    v.run = runRun;
    return v;
}

} // namespace gl::cli
