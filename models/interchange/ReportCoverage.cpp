#include "interchange/ReportCoverage.h"

#include "interchange/ReportChecks.h"
#include "interchange/ReportJson.h"
#include "interchange/ReportLcov.h"
#include "interchange/ReportXml.h"

namespace gl {

Result<ReportFigures> ReportCoverage::read(QByteArrayView content, const QString &fileName)
{
    const qsizetype first = ReportChecks::firstSignificantByte(content);
    const char c = first < content.size() ? content[first] : '\0';
    if (c == '{' || c == '[')
        return readIstanbul(content, fileName);
    if (c == '<')
        return readCobertura(content, fileName);
    return ReportLcov::read(content, fileName);
}

Result<ReportFigures> ReportCoverage::readIstanbul(QByteArrayView content, const QString &fileName)
{
    Result<ReportJson> json = ReportJson::parse(content, fileName);
    if (!json)
        return json.error();
    const ReportJson::Path totalPath = ReportJson::Path().key(QStringLiteral("total"));
    if (!json->root().contains(QStringLiteral("total")))
        return json->errorAt(totalPath, tr("no \"total\" object: not an Istanbul or Vitest coverage summary"));
    Result<QJsonObject> total = json->object(json->root().value(QStringLiteral("total")), totalPath);
    if (!total)
        return total.error();

    ReportFigures figures;
    figures.parser = QStringLiteral("coverage");
    figures.format = QStringLiteral("istanbul-json");
    for (const QString &kind : {QStringLiteral("lines"), QStringLiteral("statements"), QStringLiteral("branches"),
             QStringLiteral("functions")}) {
        const bool required = kind == QLatin1String("lines");
        const ReportJson::Path kindPath = totalPath.key(kind);
        if (!total->contains(kind)) {
            if (required)
                return json->errorAt(totalPath, tr("total has no \"lines\": not an Istanbul or Vitest coverage summary"));
            continue;
        }
        Result<QJsonObject> summary = json->object(total->value(kind), kindPath);
        if (!summary)
            return summary.error();
        // The counts beside pct are not used, but a summary whose counts are nonsense is not trusted.
        for (const QString &countKey : {QStringLiteral("total"), QStringLiteral("covered"), QStringLiteral("skipped")}) {
            if (summary->contains(countKey)) {
                Result<double> n = json->count(summary->value(countKey), kindPath.key(countKey));
                if (!n)
                    return n.error();
            }
        }
        const ReportJson::Path pctPath = kindPath.key(QStringLiteral("pct"));
        const QJsonValue pct = summary->value(QStringLiteral("pct"));
        if (pct.isString() && pct.toString() == QLatin1String("Unknown")) {
            if (required)
                return json->errorAt(pctPath, tr("total.lines.pct is \"Unknown\": the report measured no lines"));
            continue;
        }
        if (pct.isUndefined())
            return json->errorAt(kindPath, tr("%1 has no pct").arg(kindPath.text()));
        Result<double> value = json->number(pct, pctPath, 100.0);
        if (!value)
            return value.error();
        figures.fields.insert(kind, *value);
    }
    return figures;
}

Result<ReportFigures> ReportCoverage::readCobertura(QByteArrayView content, const QString &fileName)
{
    ReportXml xml(content, fileName);
    ReportFigures figures;
    figures.parser = QStringLiteral("coverage");
    figures.format = QStringLiteral("cobertura-xml");
    if (!xml.next())
        return xml.failed() ? xml.error() : ReportChecks::errorAt(fileName, 0, tr("the file holds no XML element"));
    if (xml.name() != u"coverage")
        return xml.errorHere(tr("the root element is <%1>, not Cobertura's <coverage>").arg(xml.name()));
    if (!xml.attributes().hasAttribute(QStringLiteral("line-rate")))
        return xml.errorHere(tr("<coverage> has no line-rate attribute: not a Cobertura report"));

    Result<std::optional<double>> lineRate = xml.rangeAttribute(u"line-rate", 1.0);
    if (!lineRate)
        return lineRate.error();
    Result<std::optional<double>> branchRate = xml.rangeAttribute(u"branch-rate", 1.0);
    if (!branchRate)
        return branchRate.error();
    Result<std::optional<double>> linesValid = xml.countAttribute(u"lines-valid");
    if (!linesValid)
        return linesValid.error();
    Result<std::optional<double>> branchesValid = xml.countAttribute(u"branches-valid");
    if (!branchesValid)
        return branchesValid.error();
    if (*linesValid && **linesValid == 0)
        return xml.errorHere(tr("lines-valid is 0: the report measured no lines"));

    figures.fields.insert(QStringLiteral("lines"), **lineRate * 100.0);
    if (*branchRate && !(*branchesValid && **branchesValid == 0))
        figures.fields.insert(QStringLiteral("branches"), **branchRate * 100.0);

    // The figures are on the root, but a truncated or tampered file must not pass for a report.
    Result<void> rest = xml.finish();
    if (!rest)
        return rest.error();
    return figures;
}

} // namespace gl
