// greenlight require RELEASE --role ROLE [--count N]
// greenlight require RELEASE --separation-of-duties on|off
// The sign-offs a release needs before it can be decided.

#include "cli/CliContext.h"
#include "cli/Verb.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>

namespace gl::cli {

namespace {

int runRequire(CliContext &context, const QCommandLineParser &parser)
{
    const QString verb = QStringLiteral("require");
    const bool role = parser.isSet(QStringLiteral("role"));
    const bool separation = parser.isSet(QStringLiteral("separation-of-duties"));
    if (role == separation)
        return context.usage(
            verb, QCoreApplication::translate("Cli", "give --role ROLE or --separation-of-duties on|off"));
    int code = ExitOk;
    const std::optional<Release> release = context.loadRelease(parser.positionalArguments().at(0), &code);
    if (!release)
        return code;
    Workspace *ws = context.workspace();
    if (separation) {
        const QString value = parser.value(QStringLiteral("separation-of-duties")).toLower();
        if (value != QLatin1String("on") && value != QLatin1String("off"))
            return context.usage(verb,
                QCoreApplication::translate("Cli", "--separation-of-duties takes on or off, not '%1'")
                    .arg(value));
        if (Result<void> r = ws->setSeparationOfDuties(release->id, value == QLatin1String("on")); !r)
            return context.fail(r.error());
        context.out() << (value == QLatin1String("on")
                ? QCoreApplication::translate(
                    "Cli", "%1: the last person to change it cannot be its only approver")
                : QCoreApplication::translate("Cli", "%1: separation of duties is off"))
                             .arg(release->name)
                      << Qt::endl;
        return ExitOk;
    }
    int count = 1;
    if (parser.isSet(QStringLiteral("count"))) {
        bool ok = false;
        count = parser.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || count < 0)
            return context.usage(verb,
                QCoreApplication::translate("Cli", "--count takes a number of 0 or more, not '%1'")
                    .arg(parser.value(QStringLiteral("count"))));
    }
    const QString roleName = parser.value(QStringLiteral("role"));
    if (Result<void> r = ws->setSignOffRequirement(release->id, roleName, count); !r)
        return context.fail(r.error());
    if (count == 0)
        context.out() << QCoreApplication::translate("Cli", "%1: no sign-off of %2 required")
                             .arg(release->name, roleName.simplified())
                      << Qt::endl;
    else
        context.out() << QCoreApplication::translate(
            "Cli", "%1: requires %n sign-off(s) of %2", nullptr, count)
                             .arg(release->name, roleName.simplified())
                      << Qt::endl;
    return ExitOk;
}

} // namespace

Verb requireVerb()
{
    Verb v;
    v.name = QStringLiteral("require");
    v.synopsis = QStringLiteral("RELEASE --role ROLE [--count N] | --separation-of-duties on|off");
    v.summary = QCoreApplication::translate("Cli", "Set the sign-offs a release requires.");
    v.description = QCoreApplication::translate("Cli",
        "--count 0 removes the requirement for that role (default count: 1). Separation of duties "
        "(on by default) keeps the person who last changed the release from being its only approver.");
    v.options = {
        QCommandLineOption(QStringLiteral("role"),
            QCoreApplication::translate("Cli", "The role that must sign."), QStringLiteral("ROLE")),
        QCommandLineOption(QStringLiteral("count"),
            QCoreApplication::translate("Cli", "How many people of that role."), QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("separation-of-duties"),
            QCoreApplication::translate("Cli", "on or off."), QStringLiteral("on|off")),
    };
    v.minPositional = 1;
    v.maxPositional = 1;
    v.run = runRequire;
    return v;
}

} // namespace gl::cli
