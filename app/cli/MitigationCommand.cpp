// greenlight mitigation RELEASE                 lists the mitigations of the newest decision
// greenlight mitigation RELEASE N --status open|done|dropped [--evidence EVIDENCE_ID]
// A mitigation's progress after a CONDITIONAL GO, with the evidence that shows it done.

#include "cli/CliContext.h"
#include "cli/Verb.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>

namespace gl::cli {

namespace {

QString evidenceName(const Release &release, qint64 evidenceId)
{
    for (const Gate &g : release.gates) {
        QString found;
        forEachItem(g.items, [&](const Item &item) {
            for (const Evidence &e : item.evidenceList) {
                if (e.id == evidenceId)
                    found = e.name;
            }
        });
        if (!found.isEmpty())
            return found;
    }
    return QString();
}

int runMitigation(CliContext &context, const QCommandLineParser &parser)
{
    const QString verb = QStringLiteral("mitigation");
    int code = ExitOk;
    const std::optional<Release> release = context.loadRelease(parser.positionalArguments().at(0), &code);
    if (!release)
        return code;
    if (release->decisions.empty() || release->decisions.back().mitigations.empty())
        return context.fail(
            QCoreApplication::translate("Cli", "%1 has no decision with mitigations.").arg(release->name),
            ExitUsage);
    const DecisionRecord &decision = release->decisions.back();
    const QDate today = QDate::currentDate();

    if (parser.positionalArguments().size() == 1) {
        if (parser.isSet(QStringLiteral("status")) || parser.isSet(QStringLiteral("evidence")))
            return context.usage(verb,
                QCoreApplication::translate(
                    "Cli", "name the mitigation by its number: RELEASE N --status ..."));
        int n = 0;
        for (const Mitigation &m : decision.mitigations) {
            QString line
                = QStringLiteral("%1. %2 \u2014 %3, %4: %5")
                      .arg(++n)
                      .arg(m.title, m.owner, m.deadline.toString(Qt::ISODate), mitigationStatusKey(m.status));
            if (!decision.isSuperseded() && m.isOverdue(today))
                line += QLatin1Char(' ') + QCoreApplication::translate("Cli", "(overdue)");
            if (m.evidenceId != 0)
                line += QLatin1Char(' ')
                    + QCoreApplication::translate("Cli", "evidence %1 \"%2\"")
                          .arg(m.evidenceId)
                          .arg(evidenceName(*release, m.evidenceId));
            context.out() << line << '\n';
        }
        context.out().flush();
        return ExitOk;
    }

    bool ok = false;
    const int index = parser.positionalArguments().at(1).toInt(&ok);
    if (!ok || index < 1 || index > int(decision.mitigations.size()))
        return context.usage(verb,
            QCoreApplication::translate("Cli", "N is a mitigation's number, 1 to %1, not '%2'")
                .arg(decision.mitigations.size())
                .arg(parser.positionalArguments().at(1)));
    if (!parser.isSet(QStringLiteral("status")))
        return context.usage(verb, QCoreApplication::translate("Cli", "give --status open|done|dropped"));
    const std::optional<MitigationStatus> status
        = mitigationStatusFromKey(parser.value(QStringLiteral("status")));
    if (!status)
        return context.usage(verb,
            QCoreApplication::translate("Cli", "--status is open, done or dropped, not '%1'")
                .arg(parser.value(QStringLiteral("status"))));
    qint64 evidenceId = 0;
    if (parser.isSet(QStringLiteral("evidence"))) {
        evidenceId = parser.value(QStringLiteral("evidence")).toLongLong(&ok);
        if (!ok || evidenceId <= 0)
            return context.usage(verb,
                QCoreApplication::translate(
                    "Cli", "--evidence takes an evidence id (see greenlight evidence), not '%1'")
                    .arg(parser.value(QStringLiteral("evidence"))));
    }
    const Mitigation &m = decision.mitigations[size_t(index - 1)];
    if (Result<void> r = context.workspace()->setMitigationStatus(m.id, *status, evidenceId); !r)
        return context.fail(r.error());
    context.out() << QCoreApplication::translate("Cli", "%1: mitigation %2 \"%3\" is %4")
                         .arg(release->name)
                         .arg(index)
                         .arg(m.title, mitigationStatusKey(*status))
                  << Qt::endl;
    return ExitOk;
}

} // namespace

Verb mitigationVerb()
{
    Verb v;
    v.name = QStringLiteral("mitigation");
    v.synopsis = QStringLiteral("RELEASE [N --status open|done|dropped [--evidence EVIDENCE_ID]]");
    v.summary = QCoreApplication::translate("Cli", "List or update the mitigations of a CONDITIONAL GO.");
    v.description = QCoreApplication::translate("Cli",
        "Without N, lists the mitigations of the newest decision, numbered, with their status and "
        "whether they are overdue. With N, sets that mitigation's status; --evidence names a piece of "
        "the release's evidence that shows it done. Mitigations can be updated while the release is frozen.");
    v.options
        = { QCommandLineOption(QStringLiteral("status"),
                QCoreApplication::translate("Cli", "The mitigation's new status."), QStringLiteral("STATUS")),
              QCommandLineOption(QStringLiteral("evidence"),
                  QCoreApplication::translate("Cli", "Evidence that shows the mitigation done."),
                  QStringLiteral("EVIDENCE_ID")) };
    v.minPositional = 1;
    v.maxPositional = 2;
    v.run = runMitigation;
    return v;
}

} // namespace gl::cli
