#pragma once
// Readiness figures and the suggested decision, computed from a release value alone (pure).
//
// Choices the rules leave open, fixed here so the GUI, the CLI and the tests agree:
// - `now` is a UTC time. Waivers are checked against its date (the UTC date), evidence freshness
//   against the time itself (see Freshness.h).
// - Only leaves count. A Waived leaf whose waiverExpiry is before now's date is open (not done) and is
//   counted in expiredWaivers, not in waived; on the expiry day itself the waiver is still in force.
//   A waiver without an expiry date (the store refuses one, an old file might hold one) is in force.
// - An empty gate is complete (it holds nothing left to do) with completionPercent 0, and a release
//   with no leaves has readinessPercent 0 and is never GO.
// - A blocker item is open when its effective status (rolled up for a group) is Failed or Blocked.
// - Evidence: a leaf whose required evidence is missing or stale is counted (per gate and overall) and
//   listed in evidenceProblems, whatever its status, except a leaf that is not applicable or whose
//   waiver is in force (nothing is asked of it any more; an expired waiver is open, so it counts).
//   A Passed leaf among them keeps GO from being suggested (CONDITIONAL GO at best, with one reason
//   giving how many); it is still done for the figures and is no blocker.
// - reasons lists every condition of GO that fails, plus every condition of CONDITIONAL GO that
//   fails; a GO decision therefore has none, and a CONDITIONAL GO only gate, metric, GO criterion
//   and evidence reasons. Order: gates, metrics, GO criteria, NO-GO criteria, blocker items,
//   evidence, the readiness target.

#include "Decision.h"
#include "Freshness.h"
#include "Release.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace gl {

std::optional<Decision> decisionFromKey(const QString &key);

struct GateReadiness {
    qint64 gateId = 0;
    QString title;
    int total = 0;            // leaves only; the sum of every count below
    int passed = 0;
    int failed = 0;
    int blocked = 0;
    int inconclusive = 0;
    int waived = 0;           // waivers in force (an expired waiver counts as open, not here)
    int notApplicable = 0;
    int inProgress = 0;
    int notStarted = 0;
    int expiredWaivers = 0;   // Waived leaves whose expiry date has passed: open
    double completionPercent = 0;  // (passed + waived + not applicable) / total; 0 for an empty gate
    bool complete = false;         // every leaf done (an empty gate is complete)
    bool hasBlocker = false;       // a blocker item is failed or blocked
    int evidenceMissing = 0;       // leaves whose required evidence is missing (see the choices above)
    int evidenceStale = 0;         // leaves whose required evidence is stale

    int done() const { return passed + waived + notApplicable; }
};

struct MetricVerdict {
    qint64 metricId = 0;
    QString name;
    bool met = false;
    bool blocker = false;
    double fraction = 0;      // its share of the weighted score, 0..1
};

struct Blocker {
    enum class Kind { Item, Metric, Criterion };
    Kind kind = Kind::Item;
    qint64 id = 0;
    QString title;
    QString reason;           // translated, names the status or the values
};
QString blockerKindKey(Blocker::Kind kind);  // "item", "metric", "criterion" (stable, for JSON)

// A leaf whose required evidence is missing or stale.
struct EvidenceProblem {
    qint64 itemId = 0;
    qint64 gateId = 0;
    QString title;
    ItemStatus status = ItemStatus::NotStarted;
    EvidenceState state = EvidenceState::Missing;  // Missing or Stale
    QString reason;           // translated, from checkEvidence
};

struct Readiness {
    std::vector<GateReadiness> gates;
    std::vector<MetricVerdict> metrics;
    int leafTotal = 0;
    int leafDone = 0;
    double readinessPercent = 0;          // over all leaves; 0 when there are none
    std::optional<double> weightedScore;  // percent, only when some metric carries a weight
    std::vector<Blocker> blockers;        // open blockers: items, metrics, NO-GO criteria holding
    Decision suggested = Decision::NoGo;
    QString rule;                         // which rule decided, one sentence (translated)
    QStringList reasons;                  // why not better: unmet gates, metrics, criteria (translated)
    int evidenceMissing = 0;              // leaves with missing required evidence, all gates
    int evidenceStale = 0;                // leaves with stale required evidence, all gates
    int passedWithoutFreshEvidence = 0;   // of those, the Passed ones: they keep GO from being suggested
    std::vector<EvidenceProblem> evidenceProblems;  // gate order, parents before children
};

// now (UTC) decides whether a waiver has expired (by its date) and whether evidence is fresh.
Readiness computeReadiness(const Release &release, const QDateTime &now);
// Transitional, for callers not yet moved to a time (models/execution/RunSession.cpp's gate check):
// `today` at 00:00 UTC. Remove once no caller uses it.
Readiness computeReadiness(const Release &release, const QDate &today);

// The evidence check readiness counts for a leaf: checkEvidence, except NotRequired for a leaf that is
// not applicable or whose waiver is in force on now's date.
EvidenceCheck countedEvidenceCheck(const Item &leaf, const QDateTime &now);

// True for a Waived item whose expiry date lies before today.
bool waiverExpired(const Item &item, const QDate &today);
// Done for the figures: passed, not applicable, or waived with the waiver in force.
bool leafIsDone(const Item &leaf, const QDate &today);
// A number with its unit as people read it: "3.4 %", "465 MB", "8.2/10"; the text when not a number.
QString formatMeasure(std::optional<double> value, const QString &unit, const QString &text = QString());
// "current 3.4 %, required > 15 %" (translated): why a metric is or is not met.
QString metricComparison(const Metric &metric);
// The metric's share of the weighted score, 0..1: met/unmet when it has a required value,
// otherwise its current value scaled by its unit ("%" -> /100, "/N" -> /N, else as is), clamped.
double metricFraction(const Metric &metric);

} // namespace gl
