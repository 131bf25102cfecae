#include "interchange/MetricTableReader.h"

#include "interchange/ChecklistText.h"
#include "interchange/Mojibake.h"

#include <QRegularExpression>

namespace gl {

namespace {

QString cellText(const MdBlock &row, int column)
{
    if (column < 0 || size_t(column) >= row.children.size())
        return QString();
    return ChecklistText::renderJoined(row.children[size_t(column)].inlines, false);
}

// parseMeasure drops emphasis and backticks; drop them first so no double blank stays behind.
Measure measure(const QString &cell)
{
    QString s = cell;
    s.remove(QLatin1Char('*'));
    s.remove(QLatin1Char('`'));
    return parseMeasure(Mojibake::repair(s.simplified()));
}

struct Columns {
    int current = -1;
    int required = -1;
    int weight = -1;
    int score = -1;
    int blocker = -1;
    int status = -1;
};

Columns findColumns(const MdBlock &header)
{
    Columns c;
    for (size_t i = 0; i < header.children.size(); ++i) {
        const QString h = ChecklistText::stripDecorations(cellText(header, int(i))).toLower();
        const int col = int(i);
        if (col == 0)
            continue;   // the first column names the metric
        if (c.current < 0 && (h.contains(QLatin1String("current")) || h.contains(QLatin1String("actual"))))
            c.current = col;
        else if (c.required < 0 && (h.contains(QLatin1String("required")) || h.contains(QLatin1String("target"))))
            c.required = col;
        else if (c.weight < 0 && h.contains(QLatin1String("weight")))
            c.weight = col;
        else if (c.score < 0 && h.contains(QLatin1String("score")))
            c.score = col;
        else if (c.blocker < 0 && h.startsWith(QLatin1String("blocker")))
            c.blocker = col;
        else if (c.status < 0 && h.contains(QLatin1String("status")))
            c.status = col;
    }
    return c;
}

// What a Status cell claims, if it claims anything: true met, false not met.
std::optional<bool> statusClaim(const QString &cell)
{
    static const QRegularExpression notMet(QStringLiteral("[\u274C\u2717\u2718]|\\bfail|\\bnot met\\b|\\bmissed\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression met(QStringLiteral("[\u2705\u2713\u2714]|\\bpass|\\bmet\\b|\\bok\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (notMet.match(cell).hasMatch())
        return false;
    if (met.match(cell).hasMatch())
        return true;
    return std::nullopt;
}

} // namespace

std::optional<std::vector<Metric>> MetricTableReader::read(const MdBlock &table, std::vector<ImportWarning> &warnings)
{
    if (table.children.empty())
        return std::nullopt;
    const MdBlock &header = table.children.front();
    const Columns c = findColumns(header);
    const bool measured = c.current >= 0 && c.required >= 0;
    if (!measured && c.weight < 0)
        return std::nullopt;
    const int currentColumn = c.current >= 0 ? c.current : c.score;

    std::vector<Metric> metrics;
    for (size_t r = 1; r < table.children.size(); ++r) {
        const MdBlock &row = table.children[r];
        Metric metric;
        metric.name = ChecklistText::stripDecorations(cellText(row, 0));
        if (metric.name.isEmpty())
            continue;
        const Measure current = measure(cellText(row, currentColumn));
        const Measure required = measure(cellText(row, c.required));
        metric.current = current.value;
        metric.currentText = current.text;
        metric.required = required.value;
        metric.requiredText = required.text;
        metric.op = required.op.value_or(Operator::GreaterOrEqual);
        metric.unit = !required.unit.isEmpty() ? required.unit : current.unit;
        if (c.weight >= 0)
            metric.weight = measure(cellText(row, c.weight)).value.value_or(0.0);
        if (c.blocker >= 0) {
            const QString b = ChecklistText::stripDecorations(cellText(row, c.blocker)).toUpper();
            metric.blocker = b == QLatin1String("YES") || b == QLatin1String("Y") || b == QLatin1String("TRUE");
        }
        if (c.status >= 0) {
            const std::optional<bool> claim = statusClaim(cellText(row, c.status));
            if (claim && *claim != metricMet(metric)) {
                warnings.push_back({row.firstLine, *claim ? tr("“%1” is marked as met but %2 does not satisfy %3")
                                                                .arg(metric.name, metric.currentText, metric.requiredText)
                                                          : tr("“%1” is marked as not met but %2 satisfies %3")
                                                                .arg(metric.name, metric.currentText, metric.requiredText)});
            }
        }
        metrics.push_back(metric);
    }
    return metrics;
}

} // namespace gl
