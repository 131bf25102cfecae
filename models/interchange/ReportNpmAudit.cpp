#include "interchange/ReportNpmAudit.h"

#include "interchange/ReportJson.h"

#include <algorithm>
#include <array>

namespace gl {

namespace {

// npm's severity words, in the order of our fields.
constexpr std::array<QLatin1String, 5> npmSeverities = {
    QLatin1String("critical"), QLatin1String("high"), QLatin1String("moderate"),
    QLatin1String("low"), QLatin1String("info")};
constexpr std::array<QLatin1String, 5> ourFields = {
    QLatin1String("critical"), QLatin1String("high"), QLatin1String("medium"),
    QLatin1String("low"), QLatin1String("info")};

} // namespace

Result<ReportFigures> ReportNpmAudit::read(QByteArrayView content, const QString &fileName)
{
    Result<ReportJson> json = ReportJson::parse(content, fileName);
    if (!json)
        return json.error();
    const QJsonObject &root = json->root();
    const ReportJson::Path top;

    QString entriesKey;
    if (root.contains(QStringLiteral("vulnerabilities")) || root.contains(QStringLiteral("auditReportVersion")))
        entriesKey = QStringLiteral("vulnerabilities");
    else if (root.contains(QStringLiteral("advisories")))
        entriesKey = QStringLiteral("advisories");
    if (entriesKey.isEmpty()) {
        const QJsonObject npmError = root.value(QStringLiteral("error")).toObject();
        if (!npmError.isEmpty())
            return json->errorAt(top.key(QStringLiteral("error")),
                tr("npm audit itself failed: %1: %2")
                    .arg(npmError.value(QStringLiteral("code")).toString(),
                        npmError.value(QStringLiteral("summary")).toString().left(200)));
        return json->errorAt(top, tr("neither \"advisories\" (npm 6) nor \"vulnerabilities\" (npm 7 and later): "
                                     "not an npm audit report"));
    }
    const ReportJson::Path entriesPath = top.key(entriesKey);
    Result<QJsonObject> entries = json->object(root.value(entriesKey), entriesPath);
    if (!entries)
        return entries.error();

    std::array<double, 5> counts{};
    const ReportJson::Path metadataPath = top.key(QStringLiteral("metadata")).key(QStringLiteral("vulnerabilities"));
    const QJsonValue metadata = root.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("vulnerabilities"));
    if (!metadata.isUndefined()) {
        Result<QJsonObject> summary = json->object(metadata, metadataPath);
        if (!summary)
            return summary.error();
        for (size_t s = 0; s < npmSeverities.size(); ++s) {
            const QString key = npmSeverities[s];
            if (!summary->contains(key))
                continue;
            Result<double> n = json->count(summary->value(key), metadataPath.key(key));
            if (!n)
                return n.error();
            counts[s] = *n;
        }
        if (summary->contains(QStringLiteral("total"))) {
            Result<double> n = json->count(summary->value(QStringLiteral("total")), metadataPath.key(QStringLiteral("total")));
            if (!n)
                return n.error();
        }
    } else {
        for (auto it = entries->constBegin(); it != entries->constEnd(); ++it) {
            const ReportJson::Path entryPath = entriesPath.key(it.key());
            Result<QJsonObject> entry = json->object(it.value(), entryPath);
            if (!entry)
                return entry.error();
            const QString severity = entry->value(QStringLiteral("severity")).toString();
            const auto found = std::find(npmSeverities.begin(), npmSeverities.end(), severity);
            if (found == npmSeverities.end())
                return json->errorAt(entryPath.key(QStringLiteral("severity")),
                    tr("%1.severity is \"%2\", not one of critical, high, moderate, low, info")
                        .arg(entryPath.text(), severity.left(40)));
            counts[size_t(found - npmSeverities.begin())] += 1;
        }
    }

    ReportFigures figures;
    figures.parser = QStringLiteral("npm-audit");
    figures.format = QStringLiteral("npm-audit-json");
    double total = 0;
    for (size_t s = 0; s < counts.size(); ++s) {
        figures.fields.insert(QString(ourFields[s]), counts[s]);
        total += counts[s];
    }
    figures.fields.insert(QStringLiteral("total"), total);
    figures.fields.insert(QStringLiteral("critical_high"), counts[0] + counts[1]);
    return figures;
}

} // namespace gl
