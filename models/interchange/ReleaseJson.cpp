#include "interchange/ReleaseJson.h"

#include <QJsonArray>
#include <QJsonValue>
#include <cmath>

namespace gl {

namespace {

QJsonValue numberOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// Two decimals keep 100/3 readable for people and stable for scripts that compare figures.
double roundedPercent(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateTimeOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Runs are timed to the millisecond: several can start within one second.
QJsonValue dateTimeWithMsOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue probeOrNull(const std::optional<Probe> &probe)
{
    if (!probe)
        return QJsonValue(QJsonValue::Null);
    QJsonObject o;
    o.insert(QStringLiteral("method"), probe->method);
    o.insert(QStringLiteral("url"), probe->url);
    o.insert(QStringLiteral("expected_status"), probe->expectedStatus);
    o.insert(QStringLiteral("max_latency_ms"), probe->maxLatencyMs);
    o.insert(QStringLiteral("body_contains"), probe->bodyContains);
    o.insert(QStringLiteral("timeout_ms"), probe->timeoutMs);
    return o;
}

// Exactly these five keys: other tools read run histories from here.
QJsonArray runsToJson(const Item &item)
{
    QJsonArray array;
    if (item.isGroup())
        return array;
    for (const RunRecord &run : item.runs) {
        QJsonObject o;
        o.insert(QStringLiteral("started_at"), dateTimeWithMsOrNull(run.startedAt));
        o.insert(QStringLiteral("finished_at"), dateTimeWithMsOrNull(run.finishedAt));
        o.insert(QStringLiteral("exit_code"), run.exitCode ? QJsonValue(*run.exitCode) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("verdict"), verdictKey(run.verdict));
        o.insert(QStringLiteral("log_sha256"),
            run.logSha256.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(run.logSha256));
        array.append(o);
    }
    return array;
}

// id, kind, name, size, sha256, added_at, added_by for every piece (other tools read these), plus
// url for a link and note when one was given. A link or note has no content: size 0, sha256 null.
QJsonArray evidenceToJson(const Item &item)
{
    QJsonArray array;
    for (const Evidence &e : item.evidenceList) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), e.id);
        o.insert(QStringLiteral("kind"), evidenceKindKey(e.kind));
        o.insert(QStringLiteral("name"), e.name);
        o.insert(QStringLiteral("size"), e.size);
        o.insert(QStringLiteral("sha256"), e.sha256.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.sha256));
        o.insert(QStringLiteral("added_at"), dateTimeOrNull(e.addedAt));
        o.insert(QStringLiteral("added_by"), e.addedBy);
        if (e.kind == EvidenceKind::Url)
            o.insert(QStringLiteral("url"), e.url);
        if (!e.note.isEmpty())
            o.insert(QStringLiteral("note"), e.note);
        array.append(o);
    }
    return array;
}

QJsonObject runSettingsToJson(const RunSettings &settings)
{
    QJsonObject o;
    o.insert(QStringLiteral("working_folder"), settings.workingFolder);
    o.insert(QStringLiteral("timeout_seconds"), settings.timeoutSeconds);
    o.insert(QStringLiteral("output_cap"), settings.outputCap);
    o.insert(QStringLiteral("secret_markers"), QJsonArray::fromStringList(settings.secretMarkers));
    o.insert(QStringLiteral("env_file"), settings.envFile);
    return o;
}

QJsonArray itemsToJson(const std::vector<Item> &items)
{
    QJsonArray array;
    for (const Item &item : items) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), item.id);
        o.insert(QStringLiteral("title"), item.title);
        o.insert(QStringLiteral("status"), statusKey(rolledUpStatus(item)));
        o.insert(QStringLiteral("details"), item.details);
        o.insert(QStringLiteral("commands"), QJsonArray::fromStringList(item.commands));
        o.insert(QStringLiteral("pass_criteria"), item.passCriteria);
        o.insert(QStringLiteral("evidence_expected"), item.evidence);
        o.insert(QStringLiteral("owners"), QJsonArray::fromStringList(item.owners));
        o.insert(QStringLiteral("component"), item.component);
        o.insert(QStringLiteral("ci_job"), item.ciJob);
        o.insert(QStringLiteral("note"), item.note);
        o.insert(QStringLiteral("blocker"), item.blocker);
        o.insert(QStringLiteral("status_reason"), item.statusReason);
        o.insert(QStringLiteral("waiver_expiry"), dateOrNull(item.waiverExpiry));
        o.insert(QStringLiteral("updated_at"), dateTimeOrNull(item.updatedAt));
        o.insert(QStringLiteral("updated_by"), item.updatedBy);
        o.insert(QStringLiteral("probe"), probeOrNull(item.probe));
        o.insert(QStringLiteral("expected_exit_code"), item.expectedExitCode);
        o.insert(QStringLiteral("output_pattern"), item.outputPattern);
        o.insert(QStringLiteral("output_must_match"), item.outputMustMatch);
        o.insert(QStringLiteral("timeout_seconds"), item.timeoutSeconds);
        o.insert(QStringLiteral("runs"), runsToJson(item));
        o.insert(QStringLiteral("evidence"), evidenceToJson(item));
        o.insert(QStringLiteral("evidence_required"), item.evidenceRequirement.required);
        o.insert(QStringLiteral("evidence_max_age_hours"), item.evidenceRequirement.maxAgeHours);
        o.insert(QStringLiteral("evidence_newer_than_change"), item.evidenceRequirement.newerThanChange);
        o.insert(QStringLiteral("children"), itemsToJson(item.children));
        array.append(o);
    }
    return array;
}

QJsonObject metricToJson(const Metric &metric, bool met)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), metric.id);
    o.insert(QStringLiteral("name"), metric.name);
    o.insert(QStringLiteral("current"), numberOrNull(metric.current));
    o.insert(QStringLiteral("current_text"), metric.currentText);
    o.insert(QStringLiteral("required"), numberOrNull(metric.required));
    o.insert(QStringLiteral("operator"), operatorSymbol(metric.op));
    o.insert(QStringLiteral("unit"), metric.unit);
    o.insert(QStringLiteral("met"), met);
    o.insert(QStringLiteral("blocker"), metric.blocker);
    o.insert(QStringLiteral("weight"), metric.weight);
    if (metric.source)
        o.insert(QStringLiteral("source"),
            QJsonObject { { QStringLiteral("item_id"), metric.source->itemId },
                { QStringLiteral("parser"), metric.source->parser }, { QStringLiteral("field"), metric.source->field } });
    else
        o.insert(QStringLiteral("source"), QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject criteriaToJson(const std::vector<Criterion> &criteria)
{
    QJsonArray go;
    QJsonArray noGo;
    for (const Criterion &c : criteria) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), c.id);
        o.insert(QStringLiteral("text"), c.text);
        o.insert(QStringLiteral("holds"), c.holds);
        (c.kind == CriterionKind::Go ? go : noGo).append(o);
    }
    QJsonObject o;
    o.insert(QStringLiteral("go"), go);
    o.insert(QStringLiteral("no_go"), noGo);
    return o;
}

} // namespace

QJsonObject releaseToJson(const Release &release)
{
    QJsonObject root;
    root.insert(QStringLiteral("id"), release.id);
    root.insert(QStringLiteral("name"), release.name);
    root.insert(QStringLiteral("source"), release.source);
    root.insert(QStringLiteral("target_readiness"), release.targetReadiness);
    root.insert(QStringLiteral("created_at"), dateTimeOrNull(release.createdAt));
    root.insert(QStringLiteral("notes"), release.notes);
    root.insert(QStringLiteral("run_settings"), runSettingsToJson(release.run));

    QJsonArray gates;
    for (const Gate &gate : release.gates) {
        QJsonObject g;
        g.insert(QStringLiteral("id"), gate.id);
        g.insert(QStringLiteral("title"), gate.title);
        g.insert(QStringLiteral("notes"), gate.notes);
        g.insert(QStringLiteral("requires_previous"), gate.requiresPrevious);
        g.insert(QStringLiteral("items"), itemsToJson(gate.items));
        gates.append(g);
    }
    root.insert(QStringLiteral("gates"), gates);

    QJsonArray metrics;
    for (const Metric &metric : release.metrics) {
        QJsonObject m = metricToJson(metric, metricMet(metric));
        m.insert(QStringLiteral("required_text"), metric.requiredText);
        metrics.append(m);
    }
    root.insert(QStringLiteral("metrics"), metrics);
    root.insert(QStringLiteral("criteria"), criteriaToJson(release.criteria));
    return root;
}

QJsonObject readinessToJson(const Release &release, const Readiness &readiness)
{
    QJsonObject root;
    root.insert(QStringLiteral("release"), release.name);
    root.insert(QStringLiteral("release_id"), release.id);
    root.insert(QStringLiteral("target_readiness"), release.targetReadiness);
    root.insert(QStringLiteral("readiness_percent"), roundedPercent(readiness.readinessPercent));
    root.insert(QStringLiteral("weighted_score"),
        readiness.weightedScore ? QJsonValue(roundedPercent(*readiness.weightedScore))
                                : QJsonValue(QJsonValue::Null));
    root.insert(QStringLiteral("suggested_decision"), decisionKey(readiness.suggested));
    root.insert(QStringLiteral("rule"), readiness.rule);
    root.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(readiness.reasons));
    root.insert(QStringLiteral("leaf_total"), readiness.leafTotal);
    root.insert(QStringLiteral("leaf_done"), readiness.leafDone);

    QJsonArray gates;
    for (const GateReadiness &g : readiness.gates) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), g.gateId);
        o.insert(QStringLiteral("title"), g.title);
        o.insert(QStringLiteral("total"), g.total);
        o.insert(QStringLiteral("passed"), g.passed);
        o.insert(QStringLiteral("failed"), g.failed);
        o.insert(QStringLiteral("blocked"), g.blocked);
        o.insert(QStringLiteral("inconclusive"), g.inconclusive);
        o.insert(QStringLiteral("waived"), g.waived);
        o.insert(QStringLiteral("not_applicable"), g.notApplicable);
        o.insert(QStringLiteral("in_progress"), g.inProgress);
        o.insert(QStringLiteral("not_started"), g.notStarted);
        o.insert(QStringLiteral("expired_waivers"), g.expiredWaivers);
        o.insert(QStringLiteral("completion_percent"), roundedPercent(g.completionPercent));
        o.insert(QStringLiteral("complete"), g.complete);
        o.insert(QStringLiteral("has_blocker"), g.hasBlocker);
        gates.append(o);
    }
    root.insert(QStringLiteral("gates"), gates);

    // The verdicts come from readiness when it was computed from this release (same order);
    // otherwise they are recomputed so the JSON never contradicts the values beside them.
    const bool verdictsMatch = readiness.metrics.size() == release.metrics.size();
    QJsonArray metrics;
    for (std::size_t i = 0; i < release.metrics.size(); ++i) {
        const Metric &metric = release.metrics[i];
        const bool met = verdictsMatch && readiness.metrics[i].metricId == metric.id
            ? readiness.metrics[i].met
            : metricMet(metric);
        metrics.append(metricToJson(metric, met));
    }
    root.insert(QStringLiteral("metrics"), metrics);

    QJsonArray blockers;
    for (const Blocker &b : readiness.blockers) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), blockerKindKey(b.kind));
        o.insert(QStringLiteral("id"), b.id);
        o.insert(QStringLiteral("title"), b.title);
        o.insert(QStringLiteral("reason"), b.reason);
        blockers.append(o);
    }
    root.insert(QStringLiteral("blockers"), blockers);
    return root;
}

} // namespace gl
