// greenlight metric RELEASE NAME --value VALUE: records a metric's current value ("71.3%", "Leaking").
// greenlight metric RELEASE NAME --from-item ITEM --parser P --field F: the value comes from the
// newest report attached to ITEM from now on. --unbind ends that.

#include "cli/CliContext.h"
#include "cli/Verb.h"
#include "domain/Readiness.h"
#include "evidence/MetricFeed.h"
#include "interchange/ReportParser.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>

namespace gl::cli {

namespace {

const Metric *findMetric(const Release &release, qint64 id)
{
    for (const Metric &m : release.metrics) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

void printMetric(QTextStream &out, const Metric &m)
{
    out << QCoreApplication::translate("Cli", "%1: %2 (%3)")
               .arg(m.name, metricComparison(m),
                   metricMet(m) ? QCoreApplication::translate("Cli", "met") : QCoreApplication::translate("Cli", "not met"))
        << Qt::endl;
    if (m.source)
        out << QCoreApplication::translate("Cli", "  from the newest %1 report of item %2, field %3")
                   .arg(m.source->parser, QString::number(m.source->itemId), m.source->field)
            << Qt::endl;
}

int bind(CliContext &context, const QCommandLineParser &parser, const CliContext::Target &target)
{
    const QString verb = QStringLiteral("metric");
    const QString parserId = parser.value(QStringLiteral("parser"));
    const QString field = parser.value(QStringLiteral("field"));
    if (!ReportParser::parsers().contains(parserId))
        return context.usage(verb,
            QCoreApplication::translate("Cli", "unknown parser '%1'; valid: %2")
                .arg(parserId, ReportParser::parsers().join(QStringLiteral(", "))));
    if (!ReportParser::fields(parserId).contains(field))
        return context.usage(verb,
            QCoreApplication::translate("Cli", "parser %1 has no field '%2'; valid: %3")
                .arg(parserId, field, ReportParser::fields(parserId).join(QStringLiteral(", "))));
    Workspace &ws = *target.workspace;
    const Result<qint64> item = ws.resolveItem(target.releaseId, parser.value(QStringLiteral("from-item")));
    if (!item)
        return context.fail(item.error());
    if (Result<void> r = ws.setMetricSource(target.id, MetricSource { *item, parserId, field }); !r)
        return context.fail(r.error());
    Result<Release> release = ws.loadRelease(target.releaseId);
    if (!release)
        return context.fail(release.error());
    if (const Metric *m = findMetric(*release, target.id)) {
        Result<MetricFeed::Outcome> outcome = MetricFeed::refreshMetric(ws, *release, *m);
        if (!outcome)
            return context.fail(outcome.error());
        if (!outcome->problem.isEmpty())
            context.warning(QCoreApplication::translate("Cli", "metric \"%1\" keeps its value: %2").arg(m->name, outcome->problem));
    }
    return ExitOk;
}

int runMetric(CliContext &context, const QCommandLineParser &parser)
{
    const QString verb = QStringLiteral("metric");
    const bool value = parser.isSet(QStringLiteral("value"));
    const bool fromItem = parser.isSet(QStringLiteral("from-item"));
    const bool unbind = parser.isSet(QStringLiteral("unbind"));
    if (int(value) + int(fromItem) + int(unbind) != 1)
        return context.usage(verb,
            QCoreApplication::translate("Cli", "give exactly one of --value VALUE, --from-item ITEM and --unbind"));
    if (fromItem != (parser.isSet(QStringLiteral("parser")) && parser.isSet(QStringLiteral("field"))))
        return context.usage(verb,
            QCoreApplication::translate("Cli", "--from-item ITEM needs --parser PARSER and --field FIELD, and they need it"));
    if (value && parser.value(QStringLiteral("value")).trimmed().isEmpty())
        return context.usage(verb, QCoreApplication::translate("Cli", "--value is empty"));

    const QStringList args = parser.positionalArguments();
    int code = ExitOk;
    const auto target = context.resolveTarget(args.at(0), args.at(1), &Workspace::resolveMetric, &code);
    if (!target)
        return code;
    Workspace &ws = *target->workspace;

    if (fromItem) {
        if (int r = bind(context, parser, *target); r != ExitOk)
            return r;
    } else if (unbind) {
        if (Result<void> r = ws.setMetricSource(target->id, std::nullopt); !r)
            return context.fail(r.error());
    } else {
        Result<Release> before = ws.loadRelease(target->releaseId);
        if (!before)
            return context.fail(before.error());
        const Metric *m = findMetric(*before, target->id);
        if (m && m->source)
            return context.fail(QCoreApplication::translate("Cli",
                "metric \"%1\" takes its value from the evidence of item %2; give --unbind first to set it by hand")
                                    .arg(m->name, QString::number(m->source->itemId)));
        if (Result<void> r = ws.setMetricCurrent(target->id, parser.value(QStringLiteral("value"))); !r)
            return context.fail(r.error());
    }
    Result<Release> release = ws.loadRelease(target->releaseId);
    if (!release)
        return context.fail(release.error());
    if (const Metric *m = findMetric(*release, target->id))
        printMetric(context.out(), *m);
    return ExitOk;
}

} // namespace

Verb metricVerb()
{
    Verb v;
    v.name = QStringLiteral("metric");
    v.synopsis = QStringLiteral("RELEASE NAME --value VALUE | --from-item ITEM --parser PARSER --field FIELD | --unbind");
    v.summary = QCoreApplication::translate("Cli", "Record a metric's current value, or take it from evidence.");
    v.description = QCoreApplication::translate("Cli",
        "NAME is the metric's id or its unique name. VALUE is read "
        "like a table cell: 71.3%, 8.2/10, 465MB; a value that is "
        "not a number (Leaking) is kept as text and is not met. "
        "With --from-item the value comes from the newest file attached to ITEM that PARSER reads "
        "(junit: tests, failures, errors, skipped, passed, pass_rate; coverage: lines, branches, "
        "functions, statements; sarif: critical, high, medium, low, total, critical_high; npm-audit: the same "
        "and info), "
        "now and whenever a newer report is attached. --unbind keeps the value and ends the binding.");
    v.options = { QCommandLineOption(QStringLiteral("value"),
                      QCoreApplication::translate("Cli", "The current value."), QStringLiteral("VALUE")),
        QCommandLineOption(QStringLiteral("from-item"),
            QCoreApplication::translate("Cli", "Take the value from this item's newest report."), QStringLiteral("ITEM")),
        QCommandLineOption(QStringLiteral("parser"),
            QCoreApplication::translate("Cli", "junit, coverage, npm-audit or sarif."), QStringLiteral("PARSER")),
        QCommandLineOption(QStringLiteral("field"), QCoreApplication::translate("Cli", "The parser's field."),
            QStringLiteral("FIELD")),
        QCommandLineOption(QStringLiteral("unbind"),
            QCoreApplication::translate("Cli", "Stop taking the value from evidence.")) };
    v.minPositional = 2;
    v.maxPositional = 2;
    v.run = runMetric;
    return v;
}

} // namespace gl::cli
