// greenlight criterion RELEASE ID --holds yes|no: marks a GO criterion met, or a NO-GO criterion holding.

#include "cli/CliContext.h"
#include "cli/Verb.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>

namespace gl::cli {

namespace {

std::optional<bool> parseYesNo(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("true"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("false"))
        return false;
    return std::nullopt;
}

int runCriterion(CliContext &context, const QCommandLineParser &parser)
{
    const QString verb = QStringLiteral("criterion");
    if (!parser.isSet(QStringLiteral("holds")))
        return context.usage(verb, QCoreApplication::translate("Cli", "--holds yes|no is required"));
    const std::optional<bool> holds = parseYesNo(parser.value(QStringLiteral("holds")));
    if (!holds)
        return context.usage(verb,
            QCoreApplication::translate("Cli", "--holds takes yes or no, not '%1'")
                .arg(parser.value(QStringLiteral("holds"))));

    const QStringList args = parser.positionalArguments();
    int code = ExitOk;
    const auto target = context.resolveTarget(args.at(0), args.at(1), &Workspace::resolveCriterion, &code);
    if (!target)
        return code;
    const auto release
        = context.readBack(target->workspace->setCriterionHolds(target->id, *holds), *target, &code);
    if (!release)
        return code;
    for (const Criterion &c : release->criteria) {
        if (c.id != target->id)
            continue;
        const QString kind = c.kind == CriterionKind::Go ? QStringLiteral("GO") : QStringLiteral("NO-GO");
        context.out() << (c.holds
                ? QCoreApplication::translate("Cli", "%1 criterion %2 \"%3\" holds")
                : QCoreApplication::translate("Cli", "%1 criterion %2 \"%3\" does not hold"))
                             .arg(kind, QString::number(c.id), c.text)
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace

Verb criterionVerb()
{
    Verb v;
    v.name = QStringLiteral("criterion");
    v.synopsis = QStringLiteral("RELEASE ID --holds yes|no");
    v.summary = QCoreApplication::translate("Cli", "Mark a GO or NO-GO criterion as holding or not.");
    v.description = QCoreApplication::translate("Cli",
        "ID is the criterion's id (see 'export --json'). A GO "
        "criterion that holds is met; a NO-GO criterion that holds "
        "blocks the release.");
    v.options = { QCommandLineOption(QStringLiteral("holds"),
        QCoreApplication::translate("Cli", "yes or no."), QStringLiteral("yes|no")) };
    v.minPositional = 2;
    v.maxPositional = 2;
    v.run = runCriterion;
    return v;
}

} // namespace gl::cli
