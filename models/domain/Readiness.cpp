#include "domain/Readiness.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace gl {

namespace {

// Percentages in sentences: at most one decimal, no trailing ".0".
QString percentText(double value)
{
    return QString::number(std::round(value * 10.0) / 10.0);
}

// A tolerance so that 9 of 10 leaves (90 %) reaches a 90 % target despite rounding in between.
constexpr double percentEpsilon = 1e-9;

double percentOf(int part, int total)
{
    return total > 0 ? part * 100.0 / total : 0.0;
}

QString itemBlockerReason(const Item &item, ItemStatus status)
{
    const QString label = statusLabel(status);
    if (item.statusReason.trimmed().isEmpty())
        return label;
    return QCoreApplication::translate("Readiness", "%1: %2").arg(label, item.statusReason.trimmed());
}

void countLeaf(GateReadiness &gate, const Item &leaf, const QDate &today)
{
    ++gate.total;
    switch (leaf.status) {
    case ItemStatus::NotStarted:
        ++gate.notStarted;
        break;
    case ItemStatus::InProgress:
        ++gate.inProgress;
        break;
    case ItemStatus::Passed:
        ++gate.passed;
        break;
    case ItemStatus::Failed:
        ++gate.failed;
        break;
    case ItemStatus::Blocked:
        ++gate.blocked;
        break;
    case ItemStatus::Inconclusive:
        ++gate.inconclusive;
        break;
    case ItemStatus::Waived:
        if (waiverExpired(leaf, today))
            ++gate.expiredWaivers;
        else
            ++gate.waived;
        break;
    case ItemStatus::NotApplicable:
        ++gate.notApplicable;
        break;
    }
}

// Blocker items of one gate, groups included (a blocker group is open when it rolls up to
// Failed or Blocked), parents before children.
void collectItemBlockers(const std::vector<Item> &items, std::vector<Blocker> &out, bool &gateHasBlocker)
{
    forEachItem(items, [&](const Item &item) {
        if (!item.blocker)
            return;
        const ItemStatus status = rolledUpStatus(item);
        if (status != ItemStatus::Failed && status != ItemStatus::Blocked)
            return;
        gateHasBlocker = true;
        out.push_back(Blocker { Blocker::Kind::Item, item.id, item.title, itemBlockerReason(item, status) });
    });
}

QString gateReason(const GateReadiness &gate)
{
    QString text = QCoreApplication::translate("Readiness", "Gate \"%1\" is incomplete: %2 of %3 items done")
                       .arg(gate.title, QString::number(gate.done()), QString::number(gate.total));
    QStringList open;
    if (gate.failed)
        open << QCoreApplication::translate("Readiness", "%n failed", nullptr, gate.failed);
    if (gate.blocked)
        open << QCoreApplication::translate("Readiness", "%n blocked", nullptr, gate.blocked);
    if (gate.inconclusive)
        open << QCoreApplication::translate("Readiness", "%n inconclusive", nullptr, gate.inconclusive);
    if (gate.inProgress)
        open << QCoreApplication::translate("Readiness", "%n in progress", nullptr, gate.inProgress);
    if (gate.notStarted)
        open << QCoreApplication::translate("Readiness", "%n not started", nullptr, gate.notStarted);
    if (gate.expiredWaivers)
        open << QCoreApplication::translate(
            "Readiness", "%n with an expired waiver", nullptr, gate.expiredWaivers);
    if (!open.isEmpty())
        text += QStringLiteral(" (") + open.join(QStringLiteral(", ")) + QLatin1Char(')');
    return text;
}

// Counts a leaf's evidence problem in its gate and overall, and lists it.
void countEvidence(GateReadiness &gate, Readiness &r, const Item &leaf, const QDateTime &now)
{
    const EvidenceCheck check = countedEvidenceCheck(leaf, now);
    if (!check.isProblem())
        return;
    if (check.state == EvidenceState::Missing) {
        ++gate.evidenceMissing;
        ++r.evidenceMissing;
    } else {
        ++gate.evidenceStale;
        ++r.evidenceStale;
    }
    if (leaf.status == ItemStatus::Passed)
        ++r.passedWithoutFreshEvidence;
    r.evidenceProblems.push_back(
        EvidenceProblem { leaf.id, gate.gateId, leaf.title, leaf.status, check.state, check.reason });
}

// Why GO is held back by Passed leaves without fresh evidence; empty when none. The counts follow
// a colon so that no plural form is needed.
QString passedEvidenceReason(const Readiness &r)
{
    int missing = 0;
    int stale = 0;
    for (const EvidenceProblem &p : r.evidenceProblems) {
        if (p.status != ItemStatus::Passed)
            continue;
        if (p.state == EvidenceState::Missing)
            ++missing;
        else
            ++stale;
    }
    if (missing > 0 && stale > 0)
        return QCoreApplication::translate(
            "Readiness", "Passed items without fresh required evidence: %1 missing, %2 stale.")
            .arg(QString::number(missing), QString::number(stale));
    if (missing > 0)
        return QCoreApplication::translate("Readiness", "Passed items without required evidence: %1.")
            .arg(QString::number(missing));
    if (stale > 0)
        return QCoreApplication::translate("Readiness", "Passed items with stale required evidence: %1.")
            .arg(QString::number(stale));
    return QString();
}

} // namespace

QString decisionKey(Decision decision)
{
    switch (decision) {
    case Decision::Go:
        return QStringLiteral("GO");
    case Decision::ConditionalGo:
        return QStringLiteral("CONDITIONAL GO");
    case Decision::NoGo:
        return QStringLiteral("NO-GO");
    }
    return QString();
}

QString decisionLabel(Decision decision)
{
    switch (decision) {
    case Decision::Go:
        return QCoreApplication::translate("Readiness", "GO");
    case Decision::ConditionalGo:
        return QCoreApplication::translate("Readiness", "CONDITIONAL GO");
    case Decision::NoGo:
        return QCoreApplication::translate("Readiness", "NO-GO");
    }
    return QString();
}

std::optional<Decision> decisionFromKey(const QString &key)
{
    for (Decision d : { Decision::Go, Decision::ConditionalGo, Decision::NoGo }) {
        if (decisionKey(d).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return d;
    }
    return std::nullopt;
}

QString blockerKindKey(Blocker::Kind kind)
{
    switch (kind) {
    case Blocker::Kind::Item:
        return QStringLiteral("item");
    case Blocker::Kind::Metric:
        return QStringLiteral("metric");
    case Blocker::Kind::Criterion:
        return QStringLiteral("criterion");
    }
    return QString();
}

bool waiverExpired(const Item &item, const QDate &today)
{
    return item.status == ItemStatus::Waived && item.waiverExpiry.isValid() && today.isValid()
        && item.waiverExpiry < today;
}

bool leafIsDone(const Item &leaf, const QDate &today)
{
    return statusIsDone(leaf.status) && !waiverExpired(leaf, today);
}

EvidenceCheck countedEvidenceCheck(const Item &leaf, const QDateTime &now)
{
    if (leaf.status == ItemStatus::NotApplicable
        || (leaf.status == ItemStatus::Waived && !waiverExpired(leaf, now.toUTC().date())))
        return EvidenceCheck();
    return checkEvidence(leaf, now);
}

QString formatMeasure(std::optional<double> value, const QString &unit, const QString &text)
{
    if (!value)
        return text.trimmed().isEmpty() ? QCoreApplication::translate("Readiness", "none") : text.trimmed();
    const QString number = QString::number(*value);
    if (unit.isEmpty())
        return number;
    // "8.2/10" reads as one token; "3.4 %" and "465 MB" get a space.
    if (unit.startsWith(QLatin1Char('/')))
        return number + unit;
    return number + QLatin1Char(' ') + unit;
}

QString metricComparison(const Metric &metric)
{
    const QString current = formatMeasure(metric.current, metric.unit, metric.currentText);
    if (metric.required) {
        const QString required = operatorSymbol(metric.op) + QLatin1Char(' ')
            + formatMeasure(metric.required, metric.unit, metric.requiredText);
        return QCoreApplication::translate("Readiness", "current %1, required %2").arg(current, required);
    }
    if (!metric.requiredText.trimmed().isEmpty())
        return QCoreApplication::translate("Readiness", "current %1, required %2")
            .arg(current, metric.requiredText.trimmed());
    if (!metric.current)
        return QCoreApplication::translate("Readiness", "current %1 is not a number").arg(current);
    return QCoreApplication::translate("Readiness", "current %1").arg(current);
}

double metricFraction(const Metric &metric)
{
    if (metric.required)
        return metricMet(metric) ? 1.0 : 0.0;
    if (!metric.current)
        return 0.0;
    double value = *metric.current;
    const QString unit = metric.unit.trimmed();
    if (unit == QLatin1String("%")) {
        value /= 100.0;
    } else if (unit.startsWith(QLatin1Char('/'))) {
        bool ok = false;
        const double scale = unit.mid(1).trimmed().toDouble(&ok);
        value = (ok && scale > 0) ? value / scale : 0.0;
    }
    return std::clamp(value, 0.0, 1.0);
}

Readiness computeReadiness(const Release &release, const QDate &today)
{
    return computeReadiness(release, today.startOfDay(Qt::UTC));
}

Readiness computeReadiness(const Release &release, const QDateTime &now)
{
    const QDate today = now.toUTC().date();
    Readiness r;
    QStringList gateReasons;
    bool allGatesComplete = true;
    for (const Gate &gate : release.gates) {
        GateReadiness g;
        g.gateId = gate.id;
        g.title = gate.title;
        forEachLeaf(gate.items, [&](const Item &leaf) {
            countLeaf(g, leaf, today);
            countEvidence(g, r, leaf, now);
        });
        g.completionPercent = percentOf(g.done(), g.total);
        g.complete = g.done() == g.total;
        collectItemBlockers(gate.items, r.blockers, g.hasBlocker);
        r.leafTotal += g.total;
        r.leafDone += g.done();
        if (!g.complete) {
            allGatesComplete = false;
            gateReasons << gateReason(g);
        }
        r.gates.push_back(g);
    }
    r.readinessPercent = percentOf(r.leafDone, r.leafTotal);

    QStringList metricReasons;
    bool allMetricsMet = true;
    double weightSum = 0;
    double weightedSum = 0;
    for (const Metric &metric : release.metrics) {
        MetricVerdict v;
        v.metricId = metric.id;
        v.name = metric.name;
        v.met = metricMet(metric);
        v.blocker = metric.blocker;
        v.fraction = metricFraction(metric);
        if (metric.weight > 0) {
            weightSum += metric.weight;
            weightedSum += metric.weight * v.fraction;
        }
        if (!v.met) {
            allMetricsMet = false;
            const QString comparison = metricComparison(metric);
            metricReasons << (metric.blocker
                    ? QCoreApplication::translate("Readiness", "Blocker metric \"%1\" is not met: %2")
                          .arg(metric.name, comparison)
                    : QCoreApplication::translate("Readiness", "Metric \"%1\" is not met: %2")
                          .arg(metric.name, comparison));
            if (metric.blocker)
                r.blockers.push_back(Blocker { Blocker::Kind::Metric, metric.id, metric.name, comparison });
        }
        r.metrics.push_back(v);
    }
    if (weightSum > 0)
        r.weightedScore = weightedSum / weightSum * 100.0;

    QStringList goReasons;
    QStringList noGoReasons;
    for (const Criterion &c : release.criteria) {
        if (c.kind == CriterionKind::Go && !c.holds) {
            goReasons << QCoreApplication::translate("Readiness", "GO criterion not met: %1").arg(c.text);
        } else if (c.kind == CriterionKind::NoGo && c.holds) {
            noGoReasons << QCoreApplication::translate("Readiness", "NO-GO criterion holds: %1").arg(c.text);
            r.blockers.push_back(Blocker { Blocker::Kind::Criterion, c.id, c.text,
                QCoreApplication::translate("Readiness", "NO-GO criterion holds") });
        }
    }

    QStringList blockerItemReasons;
    for (const Blocker &b : r.blockers) {
        if (b.kind == Blocker::Kind::Item)
            blockerItemReasons
                << QCoreApplication::translate("Readiness", "Blocker item \"%1\": %2").arg(b.title, b.reason);
    }

    const bool hasLeaves = r.leafTotal > 0;
    const bool reachesTarget = r.readinessPercent + percentEpsilon >= release.targetReadiness;
    const QString evidenceReason = passedEvidenceReason(r);
    const bool goHolds = hasLeaves && allGatesComplete && allMetricsMet && goReasons.isEmpty()
        && noGoReasons.isEmpty() && r.passedWithoutFreshEvidence == 0;

    if (!hasLeaves)
        r.reasons << QCoreApplication::translate("Readiness", "The release has no items.");
    r.reasons << gateReasons << metricReasons << goReasons << noGoReasons << blockerItemReasons;
    if (!evidenceReason.isEmpty())
        r.reasons << evidenceReason;
    if (!reachesTarget)
        r.reasons << QCoreApplication::translate("Readiness", "Readiness %1 % is below the target of %2 %.")
                         .arg(percentText(r.readinessPercent), percentText(release.targetReadiness));

    if (goHolds) {
        r.suggested = Decision::Go;
        r.rule = QCoreApplication::translate("Readiness",
            "GO: every gate is complete, every metric is met, every GO criterion holds, no NO-GO "
            "criterion holds and every passed item has the evidence it requires.");
    } else if (r.blockers.empty() && reachesTarget) {
        r.suggested = Decision::ConditionalGo;
        r.rule = QCoreApplication::translate(
            "Readiness", "CONDITIONAL GO: no blocker is open and readiness %1 % reaches the target of %2 %.")
                     .arg(percentText(r.readinessPercent), percentText(release.targetReadiness));
    } else {
        r.suggested = Decision::NoGo;
        const int open = int(r.blockers.size());
        if (open > 0 && !reachesTarget)
            r.rule = QCoreApplication::translate("Readiness",
                "NO-GO: %n blocker(s) open and readiness %1 % is below the target of %2 %.", nullptr, open)
                         .arg(percentText(r.readinessPercent), percentText(release.targetReadiness));
        else if (open > 0)
            r.rule = QCoreApplication::translate("Readiness", "NO-GO: %n blocker(s) open.", nullptr, open);
        else
            r.rule = QCoreApplication::translate(
                "Readiness", "NO-GO: readiness %1 % is below the target of %2 %.")
                         .arg(percentText(r.readinessPercent), percentText(release.targetReadiness));
    }
    return r;
}

} // namespace gl
