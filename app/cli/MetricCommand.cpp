// greenlight metric RELEASE NAME --value VALUE: records a metric's current value ("71.3%", "Leaking").

#include "cli/CliContext.h"
#include "cli/Verb.h"
#include "domain/Readiness.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>

namespace gl::cli {

namespace {

int runMetric(CliContext &context, const QCommandLineParser &parser)
{
    const QString verb = QStringLiteral("metric");
    if (!parser.isSet(QStringLiteral("value")))
        return context.usage(verb, QCoreApplication::translate("Cli", "--value VALUE is required"));
    const QString value = parser.value(QStringLiteral("value"));
    if (value.trimmed().isEmpty())
        return context.usage(verb, QCoreApplication::translate("Cli", "--value is empty"));

    const QStringList args = parser.positionalArguments();
    int code = ExitOk;
    const auto target = context.resolveTarget(args.at(0), args.at(1), &Workspace::resolveMetric, &code);
    if (!target)
        return code;
    const auto release
        = context.readBack(target->workspace->setMetricCurrent(target->id, value), *target, &code);
    if (!release)
        return code;
    for (const Metric &m : release->metrics) {
        if (m.id != target->id)
            continue;
        context.out() << QCoreApplication::translate("Cli", "%1: %2 (%3)")
                             .arg(m.name, metricComparison(m),
                                 metricMet(m) ? QCoreApplication::translate("Cli", "met")
                                              : QCoreApplication::translate("Cli", "not met"))
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace

Verb metricVerb()
{
    Verb v;
    v.name = QStringLiteral("metric");
    v.synopsis = QStringLiteral("RELEASE NAME --value VALUE");
    v.summary = QCoreApplication::translate("Cli", "Record a metric's current value.");
    v.description = QCoreApplication::translate("Cli",
        "NAME is the metric's id or its unique name. VALUE is read "
        "like a table cell: 71.3%, 8.2/10, 465MB; a value that is "
        "not a number (Leaking) is kept as text and is not met.");
    v.options = { QCommandLineOption(QStringLiteral("value"),
        QCoreApplication::translate("Cli", "The current value."), QStringLiteral("VALUE")) };
    v.minPositional = 2;
    v.maxPositional = 2;
    v.run = runMetric;
    return v;
}

} // namespace gl::cli
