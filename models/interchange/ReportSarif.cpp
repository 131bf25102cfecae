#include "interchange/ReportSarif.h"

#include "interchange/ReportChecks.h"
#include "interchange/ReportJson.h"

#include <QHash>
#include <array>
#include <cmath>
#include <vector>

namespace gl {

namespace {

enum Severity { Critical, High, Medium, Low, SeverityKinds };

// The rules of one tool component (the driver or an extension), by index and by id.
struct RuleSet {
    QJsonArray rules;
    ReportJson::Path path;
    QHash<QString, qsizetype> byId;
};

Result<RuleSet> ruleSet(const ReportJson &json, const QJsonObject &component, const ReportJson::Path &componentPath)
{
    RuleSet set;
    set.path = componentPath.key(QStringLiteral("rules"));
    if (!component.contains(QStringLiteral("rules")))
        return set;
    Result<QJsonArray> rules = json.array(component.value(QStringLiteral("rules")), set.path);
    if (!rules)
        return rules.error();
    set.rules = *rules;
    for (qsizetype i = 0; i < set.rules.size(); ++i) {
        Result<QJsonObject> rule = json.object(set.rules.at(i), set.path.index(i));
        if (!rule)
            return rule.error();
        set.byId.insert(rule->value(QStringLiteral("id")).toString(), i);
    }
    return set;
}

// A security-severity property: a number or numeric string in 0..10; nullopt when absent.
Result<std::optional<double>> securitySeverity(const ReportJson &json, const QJsonObject &owner, const ReportJson::Path &ownerPath)
{
    const QJsonValue value = owner.value(QStringLiteral("properties")).toObject().value(QStringLiteral("security-severity"));
    const ReportJson::Path path = ownerPath.key(QStringLiteral("properties")).key(QStringLiteral("security-severity"));
    if (value.isUndefined() || value.isNull())
        return std::optional<double>();
    std::optional<double> number;
    if (value.isDouble())
        number = value.toDouble();
    else if (value.isString())
        number = ReportChecks::numberFromText(value.toString());
    if (!number)
        return json.errorAt(path, QCoreApplication::translate("ReportSarif", "%1 is not a number").arg(path.text()));
    const QString problem = ReportChecks::rangeProblem(path.text(), *number, 10.0);
    if (!problem.isEmpty())
        return json.errorAt(path, problem);
    return number;
}

} // namespace

Result<ReportFigures> ReportSarif::read(QByteArrayView content, const QString &fileName)
{
    Result<ReportJson> json = ReportJson::parse(content, fileName);
    if (!json)
        return json.error();
    const QJsonObject &root = json->root();
    const ReportJson::Path top;
    if (!root.contains(QStringLiteral("runs")))
        return json->errorAt(top, tr("no \"runs\": not a SARIF log"));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.toString() != QLatin1String("2.1.0"))
        return json->errorAt(top.key(QStringLiteral("version")),
            tr("SARIF version \"%1\" is not supported; Greenlight reads 2.1.0").arg(version.toString().left(20)));
    Result<QJsonArray> runs = json->array(root.value(QStringLiteral("runs")), top.key(QStringLiteral("runs")));
    if (!runs)
        return runs.error();

    std::array<double, SeverityKinds> counts{};
    for (qsizetype r = 0; r < runs->size(); ++r) {
        const ReportJson::Path runPath = top.key(QStringLiteral("runs")).index(r);
        Result<QJsonObject> run = json->object(runs->at(r), runPath);
        if (!run)
            return run.error();
        const QJsonValue resultsValue = run->value(QStringLiteral("results"));
        if (resultsValue.isUndefined() || resultsValue.isNull())
            continue;   // SARIF: the tool did not produce results for this run
        const ReportJson::Path resultsPath = runPath.key(QStringLiteral("results"));
        Result<QJsonArray> results = json->array(resultsValue, resultsPath);
        if (!results)
            return results.error();
        if (results->isEmpty())
            continue;

        const ReportJson::Path toolPath = runPath.key(QStringLiteral("tool"));
        const QJsonObject tool = run->value(QStringLiteral("tool")).toObject();
        Result<RuleSet> driver = ruleSet(*json, tool.value(QStringLiteral("driver")).toObject(), toolPath.key(QStringLiteral("driver")));
        if (!driver)
            return driver.error();
        std::vector<RuleSet> extensions;
        const QJsonArray extensionArray = tool.value(QStringLiteral("extensions")).toArray();
        for (qsizetype e = 0; e < extensionArray.size(); ++e) {
            Result<RuleSet> set = ruleSet(*json, extensionArray.at(e).toObject(), toolPath.key(QStringLiteral("extensions")).index(e));
            if (!set)
                return set.error();
            extensions.push_back(std::move(*set));
        }

        for (qsizetype i = 0; i < results->size(); ++i) {
            const ReportJson::Path resultPath = resultsPath.index(i);
            Result<QJsonObject> result = json->object(results->at(i), resultPath);
            if (!result)
                return result.error();
            const QJsonObject ruleRef = result->value(QStringLiteral("rule")).toObject();

            // The rule: in the component rule.toolComponent.index names (the driver by default),
            // by ruleIndex / rule.index, else by ruleId / rule.id (a hierarchical id "a/b" by "a").
            const RuleSet *set = &*driver;
            const QJsonValue componentIndex = ruleRef.value(QStringLiteral("toolComponent")).toObject().value(QStringLiteral("index"));
            // -1 is SARIF's "not known" here too: the driver then.
            if (componentIndex.isDouble() && componentIndex.toDouble() != -1) {
                const double c = componentIndex.toDouble();
                if (!(c >= 0 && c < double(extensions.size())) || c != std::floor(c))
                    return json->errorAt(resultPath.key(QStringLiteral("rule")),
                        tr("%1.rule.toolComponent.index %2 names no extension of the run's tool")
                            .arg(resultPath.text(), QString::number(c)));
                set = &extensions[size_t(c)];
            }
            qsizetype ruleAt = -1;
            const bool hasIndex = result->contains(QStringLiteral("ruleIndex"));
            const QJsonValue indexValue = hasIndex ? result->value(QStringLiteral("ruleIndex")) : ruleRef.value(QStringLiteral("index"));
            const ReportJson::Path indexPath = hasIndex ? resultPath.key(QStringLiteral("ruleIndex"))
                                                        : resultPath.key(QStringLiteral("rule")).key(QStringLiteral("index"));
            if (!indexValue.isUndefined() && !indexValue.isDouble())
                return json->errorAt(indexPath, tr("%1 is not a number").arg(indexPath.text()));
            const double index = indexValue.toDouble(-1);
            if (index != -1) {   // -1 is SARIF's "not known"
                if (!(index >= 0 && index < double(set->rules.size())) || index != std::floor(index))
                    return json->errorAt(indexPath, tr("%1 is %2, outside %3 (%n rule(s))", nullptr, int(set->rules.size()))
                                                        .arg(indexPath.text(), QString::number(index), set->path.text()));
                ruleAt = qsizetype(index);
            } else {
                QString id = result->value(QStringLiteral("ruleId")).toString();
                if (id.isEmpty())
                    id = ruleRef.value(QStringLiteral("id")).toString();
                auto found = set->byId.constFind(id);
                if (found == set->byId.constEnd() && id.contains(QLatin1Char('/')))
                    found = set->byId.constFind(id.section(QLatin1Char('/'), 0, 0));
                if (!id.isEmpty() && found != set->byId.constEnd())
                    ruleAt = *found;
            }
            const QJsonObject rule = ruleAt >= 0 ? set->rules.at(ruleAt).toObject() : QJsonObject();
            const ReportJson::Path rulePath = set->path.index(qMax(ruleAt, qsizetype(0)));

            // Level: the result's, else by kind ("fail" or absent: the rule's default, else warning).
            // Given but not a string (7, null) is as wrong as an unknown word; toString() would turn
            // it into the default (a finding of kind "fail") or into "" and a misleading message.
            QString level;
            const QJsonValue levelValue = result->value(QStringLiteral("level"));
            const QJsonValue kindValue = result->value(QStringLiteral("kind"));
            if (!kindValue.isUndefined() && !kindValue.isString())
                return json->errorAt(resultPath.key(QStringLiteral("kind")), tr("%1.kind is not a string").arg(resultPath.text()));
            if (!levelValue.isUndefined() && !levelValue.isString())
                return json->errorAt(resultPath.key(QStringLiteral("level")), tr("%1.level is not a string").arg(resultPath.text()));
            const QString kind = kindValue.toString(QStringLiteral("fail"));
            static const QStringList kinds = {QStringLiteral("fail"), QStringLiteral("pass"), QStringLiteral("open"),
                QStringLiteral("review"), QStringLiteral("informational"), QStringLiteral("notApplicable")};
            if (!kinds.contains(kind))
                return json->errorAt(resultPath.key(QStringLiteral("kind")),
                    tr("%1.kind is \"%2\", not a SARIF result kind").arg(resultPath.text(), kind.left(40)));
            if (!levelValue.isUndefined())
                level = levelValue.toString();
            else if (kind != QLatin1String("fail"))
                level = QStringLiteral("none");
            else
                level = rule.value(QStringLiteral("defaultConfiguration")).toObject().value(QStringLiteral("level")).toString(QStringLiteral("warning"));
            static const QStringList levels = {QStringLiteral("none"), QStringLiteral("note"), QStringLiteral("warning"), QStringLiteral("error")};
            if (!levels.contains(level))
                return json->errorAt(resultPath.key(QStringLiteral("level")),
                    tr("%1: level \"%2\" is not one of none, note, warning, error").arg(resultPath.text(), level.left(40)));
            if (level == QLatin1String("none"))
                continue;

            Result<std::optional<double>> severity = securitySeverity(*json, *result, resultPath);
            if (!severity)
                return severity.error();
            if (!*severity || **severity <= 0) {
                Result<std::optional<double>> ruleSeverity = securitySeverity(*json, rule, rulePath);
                if (!ruleSeverity)
                    return ruleSeverity.error();
                severity = *ruleSeverity;
            }
            if (*severity && **severity > 0) {
                const double s = **severity;
                counts[s >= 9.0 ? Critical : s >= 7.0 ? High : s >= 4.0 ? Medium : Low] += 1;
            } else {
                counts[level == QLatin1String("error") ? High : level == QLatin1String("warning") ? Medium : Low] += 1;
            }
        }
    }

    ReportFigures figures;
    figures.parser = QStringLiteral("sarif");
    figures.format = QStringLiteral("sarif-json");
    figures.fields.insert(QStringLiteral("critical"), counts[Critical]);
    figures.fields.insert(QStringLiteral("high"), counts[High]);
    figures.fields.insert(QStringLiteral("medium"), counts[Medium]);
    figures.fields.insert(QStringLiteral("low"), counts[Low]);
    figures.fields.insert(QStringLiteral("total"), counts[Critical] + counts[High] + counts[Medium] + counts[Low]);
    figures.fields.insert(QStringLiteral("critical_high"), counts[Critical] + counts[High]);
    return figures;
}

} // namespace gl
