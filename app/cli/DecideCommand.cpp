// greenlight decide RELEASE --outcome go|conditional|no-go --rationale TEXT [--confidence N]
//     [--valid-until DATE] [--mitigation "TITLE;OWNER;DEADLINE;ACCEPTANCE"]... [--override-reason TEXT]
// greenlight reopen RELEASE --reason TEXT
// Recording the decision freezes the release; reopening supersedes it (kept in history).

#include "cli/CliContext.h"
#include "cli/Verb.h"
#include "signing/DecisionService.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>

namespace gl::cli {

namespace {

int runDecide(CliContext &context, const QCommandLineParser &parser)
{
    const QString verb = QStringLiteral("decide");
    if (!parser.isSet(QStringLiteral("outcome")))
        return context.usage(
            verb, QCoreApplication::translate("Cli", "--outcome go|conditional|no-go is required"));
    const std::optional<Decision> outcome = outcomeFromKey(parser.value(QStringLiteral("outcome")).toLower());
    if (!outcome)
        return context.usage(verb,
            QCoreApplication::translate("Cli", "--outcome takes go, conditional or no-go, not '%1'")
                .arg(parser.value(QStringLiteral("outcome"))));
    if (!parser.isSet(QStringLiteral("rationale")))
        return context.usage(verb, QCoreApplication::translate("Cli", "--rationale TEXT is required"));
    DecisionRequest request;
    request.outcome = *outcome;
    request.rationale = parser.value(QStringLiteral("rationale"));
    request.overrideReason = parser.value(QStringLiteral("override-reason"));
    if (parser.isSet(QStringLiteral("confidence"))) {
        bool ok = false;
        const int confidence = parser.value(QStringLiteral("confidence")).remove(u'%').toInt(&ok);
        if (!ok)
            return context.usage(verb,
                QCoreApplication::translate("Cli", "--confidence takes a percentage from 0 to 100, not '%1'")
                    .arg(parser.value(QStringLiteral("confidence"))));
        request.confidence = confidence;
    }
    if (parser.isSet(QStringLiteral("valid-until"))) {
        request.validUntil = QDate::fromString(parser.value(QStringLiteral("valid-until")), Qt::ISODate);
        if (!request.validUntil.isValid())
            return context.usage(verb,
                QCoreApplication::translate("Cli", "--valid-until takes a date as YYYY-MM-DD, not '%1'")
                    .arg(parser.value(QStringLiteral("valid-until"))));
    }
    const QStringList mitigations = parser.values(QStringLiteral("mitigation"));
    for (qsizetype i = 0; i < mitigations.size(); ++i) {
        const QStringList parts = mitigations.at(i).split(u';');
        if (parts.size() < 4)
            return context.usage(verb,
                QCoreApplication::translate(
                    "Cli", "--mitigation %1 must be \"TITLE;OWNER;DEADLINE;ACCEPTANCE\", not '%2'")
                    .arg(QString::number(i + 1), mitigations.at(i)));
        Mitigation m;
        m.title = parts.at(0).trimmed();
        m.owner = parts.at(1).trimmed();
        m.deadline = QDate::fromString(parts.at(2).trimmed(), Qt::ISODate);
        m.acceptance = parts.mid(3).join(u';').trimmed();
        if (!m.deadline.isValid())
            return context.usage(verb,
                QCoreApplication::translate(
                    "Cli", "--mitigation %1: the deadline must be a date as YYYY-MM-DD, not '%2'")
                    .arg(QString::number(i + 1), parts.at(2).trimmed()));
        request.mitigations.push_back(m);
    }
    int code = ExitOk;
    const std::optional<Release> release = context.loadRelease(parser.positionalArguments().at(0), &code);
    if (!release)
        return code;
    Result<DecisionRecord> recorded = DecisionService::decide(*context.workspace(), release->id, request);
    if (!recorded)
        return context.fail(recorded.error());
    context.out()
        << QCoreApplication::translate("Cli", "%1: %2 recorded by %3 at %4 UTC")
               .arg(release->name, decisionKey(recorded->outcome), recorded->decidedBy,
                   recorded->decidedAt.toString(Qt::ISODate))
        << '\n'
        << QCoreApplication::translate("Cli", "Authorization code: %1").arg(recorded->authorizationCode)
        << '\n'
        << QCoreApplication::translate("Cli", "Snapshot: %1").arg(recorded->snapshotSha256) << '\n'
        << QCoreApplication::translate("Cli", "The release is frozen until it is reopened.") << '\n';
    context.out().flush();
    return ExitOk;
}

int runReopen(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("reason")))
        return context.usage(
            QStringLiteral("reopen"), QCoreApplication::translate("Cli", "--reason TEXT is required"));
    int code = ExitOk;
    const std::optional<Release> release = context.loadRelease(parser.positionalArguments().at(0), &code);
    if (!release)
        return code;
    if (Result<void> r
        = context.workspace()->reopenRelease(release->id, parser.value(QStringLiteral("reason")));
        !r)
        return context.fail(r.error());
    context.out() << QCoreApplication::translate(
        "Cli", "%1: reopened; its decision is superseded and stays in history.")
                         .arg(release->name)
                  << Qt::endl;
    return ExitOk;
}

} // namespace

Verb decideVerb()
{
    Verb v;
    v.name = QStringLiteral("decide");
    v.synopsis = QStringLiteral(
        "RELEASE --outcome go|conditional|no-go --rationale TEXT [--confidence N] [--valid-until DATE] "
        "[--mitigation \"TITLE;OWNER;DEADLINE;ACCEPTANCE\"]... [--override-reason TEXT]");
    v.summary = QCoreApplication::translate(
        "Cli", "Record the GO, CONDITIONAL GO or NO-GO decision and freeze the release.");
    v.description = QCoreApplication::translate("Cli",
        "A decision needs the required sign-offs, valid and current, and the outcome the matrix suggests; "
        "--override-reason records why it is taken anyway. A CONDITIONAL GO needs at least one mitigation "
        "(deadline as YYYY-MM-DD). The decision gets an authorization code derived from the release's "
        "snapshot; nothing in the release can change until 'greenlight reopen'.");
    v.options = {
        QCommandLineOption(QStringLiteral("outcome"), QCoreApplication::translate("Cli", "The decision."),
            QStringLiteral("go|conditional|no-go")),
        QCommandLineOption(
            QStringLiteral("rationale"), QCoreApplication::translate("Cli", "Why."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("confidence"),
            QCoreApplication::translate("Cli", "Confidence in percent."), QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("valid-until"),
            QCoreApplication::translate("Cli", "Last day the decision holds."), QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("mitigation"),
            QCoreApplication::translate("Cli", "A mitigation (repeat for more)."),
            QStringLiteral("TITLE;OWNER;DEADLINE;ACCEPTANCE")),
        QCommandLineOption(QStringLiteral("override-reason"),
            QCoreApplication::translate(
                "Cli", "Why the decision differs from the suggestion or lacks sign-offs."),
            QStringLiteral("TEXT")),
    };
    v.minPositional = 1;
    v.maxPositional = 1;
    v.run = runDecide;
    return v;
}

Verb reopenVerb()
{
    Verb v;
    v.name = QStringLiteral("reopen");
    v.synopsis = QStringLiteral("RELEASE --reason TEXT");
    v.summary = QCoreApplication::translate(
        "Cli", "Reopen a decided release: its decision is superseded and kept.");
    v.options = { QCommandLineOption(QStringLiteral("reason"),
        QCoreApplication::translate("Cli", "Why it is reopened."), QStringLiteral("TEXT")) };
    v.minPositional = 1;
    v.maxPositional = 1;
    v.run = runReopen;
    return v;
}

} // namespace gl::cli
