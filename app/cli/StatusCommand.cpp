// greenlight status RELEASE [--json]: the readiness matrix as aligned text or as JSON.

#include "cli/CliContext.h"
#include "cli/TextTable.h"
#include "cli/Verb.h"
#include "domain/Readiness.h"
#include "interchange/ReleaseJson.h"
#include "signing/SignOffs.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <cmath>

namespace gl::cli {

namespace {

QString percent(double value)
{
    return QString::number(std::round(value * 10.0) / 10.0, 'f', 1);
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("Cli", "yes") : QCoreApplication::translate("Cli", "no");
}

void printSummary(QTextStream &out, const Release &release, const Readiness &r)
{
    const QString weighted = r.weightedScore
        ? percent(*r.weightedScore) + QStringLiteral(" %")
        : QCoreApplication::translate("Cli", "none (no weighted metrics)");
    TextTable summary({ {}, {} });
    summary.addRow({ QCoreApplication::translate("Cli", "Release"),
        QCoreApplication::translate("Cli", "%1 (id %2)").arg(release.name, QString::number(release.id)) });
    summary.addRow({ QCoreApplication::translate("Cli", "Readiness"),
        QCoreApplication::translate("Cli", "%1 % (%2 of %3 items done; target %4 %)")
            .arg(percent(r.readinessPercent), QString::number(r.leafDone), QString::number(r.leafTotal),
                QString::number(release.targetReadiness)) });
    summary.addRow({ QCoreApplication::translate("Cli", "Weighted score"), weighted });
    summary.addRow({ QCoreApplication::translate("Cli", "Decision"), decisionLabel(r.suggested) });
    summary.addRow({ QCoreApplication::translate("Cli", "Rule"), r.rule });
    if (!r.evidenceProblems.empty())
        summary.addRow({ QCoreApplication::translate("Cli", "Evidence"),
            QCoreApplication::translate("Cli", "required evidence missing: %1, stale: %2 (items listed below)")
                .arg(QString::number(r.evidenceMissing), QString::number(r.evidenceStale)) });
    summary.print(out);
}

void printGates(QTextStream &out, const Readiness &r)
{
    using A = TextTable::Align;
    TextTable gates({ { QCoreApplication::translate("Cli", "GATE"), A::Left, 56 },
        { QCoreApplication::translate("Cli", "ITEMS"), A::Right },
        { QCoreApplication::translate("Cli", "PASSED"), A::Right },
        { QCoreApplication::translate("Cli", "FAILED"), A::Right },
        { QCoreApplication::translate("Cli", "BLOCKED"), A::Right },
        { QCoreApplication::translate("Cli", "INCONCL"), A::Right },
        { QCoreApplication::translate("Cli", "WAIVED"), A::Right },
        { QCoreApplication::translate("Cli", "N/A"), A::Right },
        { QCoreApplication::translate("Cli", "OPEN"), A::Right },
        { QCoreApplication::translate("Cli", "DONE %"), A::Right },
        { QCoreApplication::translate("Cli", "BLOCKER"), A::Left } });
    for (const GateReadiness &g : r.gates) {
        const int open = g.inProgress + g.notStarted + g.expiredWaivers;
        gates.addRow(
            { g.title, QString::number(g.total), QString::number(g.passed), QString::number(g.failed),
                QString::number(g.blocked), QString::number(g.inconclusive), QString::number(g.waived),
                QString::number(g.notApplicable), QString::number(open), percent(g.completionPercent),
                g.hasBlocker ? QCoreApplication::translate("Cli", "yes") : QString() });
    }
    gates.print(out);
}

void printMetrics(QTextStream &out, const Release &release, const Readiness &r)
{
    if (release.metrics.empty())
        return;
    bool weighted = false;
    for (const Metric &m : release.metrics)
        weighted = weighted || m.weight > 0;
    using A = TextTable::Align;
    std::vector<TextTable::Column> columns = { { QCoreApplication::translate("Cli", "METRIC"), A::Left, 40 },
        { QCoreApplication::translate("Cli", "CURRENT"), A::Right, 24 },
        { QCoreApplication::translate("Cli", "REQUIRED"), A::Right, 24 },
        { QCoreApplication::translate("Cli", "MET"), A::Left },
        { QCoreApplication::translate("Cli", "BLOCKER"), A::Left } };
    if (weighted)
        columns.push_back({ QCoreApplication::translate("Cli", "WEIGHT"), A::Right });
    TextTable metrics(columns);
    for (std::size_t i = 0; i < release.metrics.size(); ++i) {
        const Metric &m = release.metrics[i];
        // The verdict readiness computed, matched by id like the JSON does.
        const auto verdict = std::find_if(r.metrics.begin(), r.metrics.end(),
                                          [&](const MetricVerdict &v) { return v.metricId == m.id; });
        const bool met = verdict != r.metrics.end() ? verdict->met : metricMet(m);
        const QString required = m.required
            ? operatorSymbol(m.op) + QLatin1Char(' ') + formatMeasure(m.required, m.unit)
            : m.requiredText;
        metrics.addRow({ m.name, formatMeasure(m.current, m.unit, m.currentText), required, yesNo(met),
            yesNo(m.blocker), m.weight > 0 ? QString::number(m.weight) : QString() });
    }
    out << '\n';
    metrics.print(out);
}

// The evidence figures readiness computed, added to readinessToJson's object without touching any of
// its fields: top-level "evidence" and, per gate (same order as readiness.gates), "evidence_missing" and
// "evidence_stale".
void addEvidenceJson(QJsonObject &root, const Readiness &r)
{
    QJsonArray items;
    for (const EvidenceProblem &p : r.evidenceProblems) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), p.itemId);
        o.insert(QStringLiteral("title"), p.title);
        o.insert(QStringLiteral("state"), evidenceStateKey(p.state));
        o.insert(QStringLiteral("reason"), p.reason);
        items.append(o);
    }
    QJsonObject evidence;
    evidence.insert(QStringLiteral("missing"), r.evidenceMissing);
    evidence.insert(QStringLiteral("stale"), r.evidenceStale);
    evidence.insert(QStringLiteral("items"), items);
    root.insert(QStringLiteral("evidence"), evidence);

    QJsonArray gates = root.value(QStringLiteral("gates")).toArray();
    for (qsizetype i = 0; i < gates.size() && i < qsizetype(r.gates.size()); ++i) {
        QJsonObject g = gates.at(i).toObject();
        g.insert(QStringLiteral("evidence_missing"), r.gates[std::size_t(i)].evidenceMissing);
        g.insert(QStringLiteral("evidence_stale"), r.gates[std::size_t(i)].evidenceStale);
        gates.replace(i, g);
    }
    root.insert(QStringLiteral("gates"), gates);
}

// Sign-offs (issue 5): "signoffs" (each with valid and stale, and what changed since when stale)
// and "required" (each role with its count and whether it is satisfied).
void addSignOffJson(QJsonObject &root, const Release &release, const SignOffEvaluation &e)
{
    QJsonArray signOffs;
    for (const SignOffState &st : e.signOffs) {
        QJsonObject o {
            { QStringLiteral("name"), st.signOff.name },
            { QStringLiteral("role"), st.signOff.role },
            { QStringLiteral("meaning"), meaningKey(st.signOff.meaning) },
            { QStringLiteral("comment"), st.signOff.comment },
            { QStringLiteral("signed_at"), st.signOff.signedAt.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("fingerprint"), st.signOff.fingerprint },
            { QStringLiteral("snapshot_sha256"), st.signOff.snapshotSha256 },
            { QStringLiteral("valid"), st.valid },
            { QStringLiteral("stale"), st.stale },
            { QStringLiteral("counts"), st.counts },
        };
        if (!st.problem.isEmpty())
            o.insert(QStringLiteral("problem"), st.problem);
        if (st.stale && st.valid)
            o.insert(QStringLiteral("changes"), QJsonArray::fromStringList(SignOffs::changesSince(st.signOff, release)));
        signOffs.append(o);
    }
    QJsonArray required;
    for (const RequirementState &r : e.required) {
        required.append(QJsonObject {
            { QStringLiteral("role"), r.requirement.role },
            { QStringLiteral("count"), r.requirement.count },
            { QStringLiteral("signed"), r.signedCount },
            { QStringLiteral("satisfied"), r.satisfied },
        });
    }
    root.insert(QStringLiteral("signoffs"), signOffs);
    root.insert(QStringLiteral("required"), required);
}

// The newest recorded decision, in force or superseded (issue 5), as "decision"; absent before one.
void addDecisionJson(QJsonObject &root, const Release &release, const QDate &today)
{
    if (release.decisions.empty())
        return;
    const DecisionRecord &d = release.decisions.back();
    QJsonArray mitigations;
    for (const Mitigation &m : d.mitigations) {
        mitigations.append(QJsonObject {
            { QStringLiteral("title"), m.title },
            { QStringLiteral("owner"), m.owner },
            { QStringLiteral("deadline"), m.deadline.toString(Qt::ISODate) },
            { QStringLiteral("acceptance"), m.acceptance },
            { QStringLiteral("status"), mitigationStatusKey(m.status) },
            { QStringLiteral("overdue"), m.isOverdue(today) },
        });
    }
    root.insert(QStringLiteral("decision"),
        QJsonObject {
            { QStringLiteral("outcome"), outcomeKey(d.outcome) },
            { QStringLiteral("suggested"), outcomeKey(d.suggested) },
            { QStringLiteral("rationale"), d.rationale },
            { QStringLiteral("confidence"), d.confidence ? QJsonValue(*d.confidence) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("authorization_code"), d.authorizationCode },
            { QStringLiteral("decided_by"), d.decidedBy },
            { QStringLiteral("decided_at"), d.decidedAt.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("valid_until"),
                d.validUntil.isValid() ? QJsonValue(d.validUntil.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("superseded"), d.isSuperseded() },
            { QStringLiteral("override_reason"), d.overrideReason },
            { QStringLiteral("deviation_reason"), d.deviationReason },
            { QStringLiteral("snapshot_sha256"), d.snapshotSha256 },
            { QStringLiteral("mitigations"), mitigations },
        });
}

void printDecision(QTextStream &out, const Release &release, const QDate &today)
{
    if (release.decisions.empty())
        return;
    const DecisionRecord &d = release.decisions.back();
    out << '\n'
        << (d.isSuperseded() ? QCoreApplication::translate("Cli", "Recorded decision (superseded %1 by %2: %3):")
                                   .arg(d.supersededAt.toString(Qt::ISODate), d.supersededBy, d.reopenReason)
                             : QCoreApplication::translate("Cli", "Recorded decision (the release is frozen):"))
        << '\n';
    TextTable t({ {}, {} });
    t.addRow({ QCoreApplication::translate("Cli", "Outcome"), decisionKey(d.outcome) });
    t.addRow({ QCoreApplication::translate("Cli", "Authorization code"), d.authorizationCode });
    t.addRow({ QCoreApplication::translate("Cli", "Decided"),
        QCoreApplication::translate("Cli", "%1 UTC by %2").arg(d.decidedAt.toString(Qt::ISODate), d.decidedBy) });
    t.addRow({ QCoreApplication::translate("Cli", "Rationale"), d.rationale });
    if (d.confidence)
        t.addRow({ QCoreApplication::translate("Cli", "Confidence"), QStringLiteral("%1 %").arg(*d.confidence) });
    if (d.validUntil.isValid())
        t.addRow({ QCoreApplication::translate("Cli", "Valid until"), d.validUntil.toString(Qt::ISODate) });
    if (!d.overrideReason.isEmpty())
        t.addRow({ QCoreApplication::translate("Cli", "Override"), d.overrideReason });
    if (!d.deviationReason.isEmpty())
        t.addRow({ QCoreApplication::translate("Cli", "Differs from %1 because").arg(decisionKey(d.suggested)), d.deviationReason });
    t.print(out, QStringLiteral("  "));
    if (d.mitigations.empty())
        return;
    out << '\n';
    TextTable m({ { QCoreApplication::translate("Cli", "MITIGATION") }, { QCoreApplication::translate("Cli", "OWNER") },
        { QCoreApplication::translate("Cli", "DEADLINE") }, { QCoreApplication::translate("Cli", "STATUS") } });
    for (const Mitigation &x : d.mitigations)
        m.addRow({ x.title, x.owner, x.deadline.toString(Qt::ISODate),
            x.isOverdue(today) ? QCoreApplication::translate("Cli", "OVERDUE") : mitigationStatusKey(x.status) });
    m.print(out, QStringLiteral("  "));
}

void printSignOffs(QTextStream &out, const Release &release, const SignOffEvaluation &e)
{
    if (e.signOffs.empty() && e.required.empty())
        return;
    out << '\n' << QCoreApplication::translate("Cli", "Sign-offs:") << '\n';
    if (!e.required.empty()) {
        TextTable required({ { QCoreApplication::translate("Cli", "REQUIRED ROLE") },
            { QCoreApplication::translate("Cli", "COUNT"), TextTable::Align::Right },
            { QCoreApplication::translate("Cli", "SIGNED"), TextTable::Align::Right },
            { QCoreApplication::translate("Cli", "SATISFIED") }, { QCoreApplication::translate("Cli", "BY") } });
        for (const RequirementState &r : e.required)
            required.addRow({ r.requirement.role, QString::number(r.requirement.count), QString::number(r.signedCount),
                yesNo(r.satisfied), r.signers.join(QStringLiteral(", ")) });
        required.print(out, QStringLiteral("  "));
    }
    if (e.signOffs.empty())
        return;
    out << '\n';
    TextTable table({ { QCoreApplication::translate("Cli", "NAME") }, { QCoreApplication::translate("Cli", "ROLE") },
        { QCoreApplication::translate("Cli", "MEANING") }, { QCoreApplication::translate("Cli", "SIGNED (UTC)") },
        { QCoreApplication::translate("Cli", "KEY") }, { QCoreApplication::translate("Cli", "STATE") } });
    for (const SignOffState &st : e.signOffs) {
        const QString state = !st.valid ? QCoreApplication::translate("Cli", "INVALID: %1").arg(st.problem)
            : st.counts                 ? QCoreApplication::translate("Cli", "valid")
                                        : st.problem;
        table.addRow({ st.signOff.name, st.signOff.role, meaningLabel(st.signOff.meaning),
            st.signOff.signedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), st.signOff.fingerprint, state });
    }
    table.print(out, QStringLiteral("  "));
    for (const SignOffState &st : e.signOffs) {
        if (!st.valid || !st.stale || st.superseded)
            continue;
        out << '\n' << QCoreApplication::translate("Cli", "Changed since %1 signed:").arg(st.signOff.name) << '\n';
        for (const QString &line : SignOffs::changesSince(st.signOff, release))
            out << "  - " << line << '\n';
    }
    if (!e.separationNote.isEmpty())
        out << '\n' << e.separationNote << '\n';
}

void printBlockersAndReasons(QTextStream &out, const Readiness &r)
{
    if (!r.blockers.empty()) {
        out << '\n' << QCoreApplication::translate("Cli", "Open blockers:") << '\n';
        TextTable blockers({ { QCoreApplication::translate("Cli", "KIND") },
            { QCoreApplication::translate("Cli", "ID"), TextTable::Align::Right },
            { QCoreApplication::translate("Cli", "TITLE"), TextTable::Align::Left, 56 },
            { QCoreApplication::translate("Cli", "REASON") } });
        for (const Blocker &b : r.blockers)
            blockers.addRow({ blockerKindKey(b.kind), QString::number(b.id), b.title, b.reason });
        blockers.print(out, QStringLiteral("  "));
    }
    if (!r.evidenceProblems.empty()) {
        out << '\n' << QCoreApplication::translate("Cli", "Required evidence missing or stale:") << '\n';
        TextTable problems({ { QCoreApplication::translate("Cli", "ID"), TextTable::Align::Right },
            { QCoreApplication::translate("Cli", "TITLE"), TextTable::Align::Left, 56 },
            { QCoreApplication::translate("Cli", "STATUS") }, { QCoreApplication::translate("Cli", "EVIDENCE") },
            { QCoreApplication::translate("Cli", "REASON") } });
        for (const EvidenceProblem &p : r.evidenceProblems)
            problems.addRow({ QString::number(p.itemId), p.title, statusKey(p.status), evidenceStateKey(p.state),
                p.reason });
        problems.print(out, QStringLiteral("  "));
    }
    if (!r.reasons.isEmpty()) {
        out << '\n' << QCoreApplication::translate("Cli", "What keeps it from a better decision:") << '\n';
        for (const QString &reason : r.reasons)
            out << "  - " << reason << '\n';
    }
}

int runStatus(CliContext &context, const QCommandLineParser &parser)
{
    int code = ExitOk;
    const std::optional<Release> release = context.loadRelease(parser.positionalArguments().at(0), &code);
    if (!release)
        return code;
    const Readiness readiness = computeReadiness(*release, QDateTime::currentDateTimeUtc());
    Result<std::vector<Stakeholder>> stakeholders = context.workspace()->stakeholders();
    if (!stakeholders)
        return context.fail(stakeholders.error());
    const SignOffEvaluation signOffs = SignOffs::evaluate(*release, *stakeholders);

    QTextStream &out = context.out();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = readinessToJson(*release, readiness);
        addEvidenceJson(json, readiness);
        addSignOffJson(json, *release, signOffs);
        addDecisionJson(json, *release, QDate::currentDate());
        out << QString::fromUtf8(QJsonDocument(json).toJson());
    } else {
        printSummary(out, *release, readiness);
        out << '\n';
        printGates(out, readiness);
        printMetrics(out, *release, readiness);
        printBlockersAndReasons(out, readiness);
        printSignOffs(out, *release, signOffs);
        printDecision(out, *release, QDate::currentDate());
    }
    out.flush();
    return ExitOk;
}

} // namespace

Verb statusVerb()
{
    Verb v;
    v.name = QStringLiteral("status");
    v.synopsis = QStringLiteral("RELEASE [--json]");
    v.summary = QCoreApplication::translate("Cli",
        "Show the readiness matrix, metrics, blockers and the "
        "suggested decision.");
    v.options = { QCommandLineOption(
        QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON instead of a table.")) };
    v.minPositional = 1;
    v.maxPositional = 1;
    v.run = runStatus;
    return v;
}

} // namespace gl::cli
