// greenlight stakeholder add NAME --role ROLE [--email E] [--account LOGIN]
// greenlight stakeholder list
// The people who sign off releases. Adding a known name again adds the role to that person.

#include "cli/CliContext.h"
#include "cli/TextTable.h"
#include "cli/Verb.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>

namespace gl::cli {

namespace {

int runStakeholder(CliContext &context, const QCommandLineParser &parser)
{
    const QString verb = QStringLiteral("stakeholder");
    const QStringList args = parser.positionalArguments();
    Workspace *ws = context.workspace();
    if (!ws)
        return context.workspaceFailure();
    if (args.at(0) == QLatin1String("list")) {
        if (args.size() > 1)
            return context.usage(
                verb, QCoreApplication::translate("Cli", "unexpected argument '%1'").arg(args.at(1)));
        Result<std::vector<Stakeholder>> people = ws->stakeholders();
        if (!people)
            return context.fail(people.error());
        TextTable table({ { QCoreApplication::translate("Cli", "NAME") },
            { QCoreApplication::translate("Cli", "ROLES") }, { QCoreApplication::translate("Cli", "EMAIL") },
            { QCoreApplication::translate("Cli", "KEY") } });
        for (const Stakeholder &p : *people) {
            const StakeholderKey *key = p.activeKey();
            table.addRow({ p.name, p.roles.join(QStringLiteral(", ")), p.email,
                key ? key->fingerprint : QCoreApplication::translate("Cli", "(none)") });
        }
        table.print(context.out());
        context.out().flush();
        return ExitOk;
    }
    if (args.at(0) != QLatin1String("add"))
        return context.usage(
            verb, QCoreApplication::translate("Cli", "expected 'add' or 'list', not '%1'").arg(args.at(0)));
    if (args.size() != 2)
        return context.usage(
            verb, QCoreApplication::translate("Cli", "expected: stakeholder add NAME --role ROLE"));
    if (!parser.isSet(QStringLiteral("role")))
        return context.usage(verb, QCoreApplication::translate("Cli", "--role ROLE is required"));
    Result<Stakeholder> added = ws->addStakeholder(args.at(1), parser.value(QStringLiteral("role")),
        parser.value(QStringLiteral("email")), parser.value(QStringLiteral("account")));
    if (!added)
        return context.fail(added.error());
    context.out() << QCoreApplication::translate("Cli", "%1: %2")
                         .arg(added->name, added->roles.join(QStringLiteral(", ")))
                  << Qt::endl;
    return ExitOk;
}

} // namespace

Verb stakeholderVerb()
{
    Verb v;
    v.name = QStringLiteral("stakeholder");
    v.synopsis = QStringLiteral("add NAME --role ROLE [--email E] [--account LOGIN] | list");
    v.summary = QCoreApplication::translate("Cli", "Add a person who signs off releases, or list them.");
    v.description = QCoreApplication::translate("Cli",
        "NAME is the printed name that appears on the decision record. Adding a name that exists adds "
        "the role to that person: one person counts once even with two roles. --account is the login "
        "their edits are recorded under, when it is not their name (for separation of duties).");
    v.options = {
        QCommandLineOption(QStringLiteral("role"),
            QCoreApplication::translate("Cli", "The role, e.g. \"Release manager\"."),
            QStringLiteral("ROLE")),
        QCommandLineOption(QStringLiteral("email"), QCoreApplication::translate("Cli", "Email address."),
            QStringLiteral("E")),
        QCommandLineOption(QStringLiteral("account"),
            QCoreApplication::translate("Cli", "Login name their edits are recorded under."),
            QStringLiteral("LOGIN")),
    };
    v.minPositional = 1;
    v.maxPositional = 2;
    v.run = runStakeholder;
    return v;
}

} // namespace gl::cli
