#pragma once
// Readiness figures and the suggested decision, computed from a release value alone (pure).

#include "Release.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace gl {

enum class Decision { Go, ConditionalGo, NoGo };
QString decisionKey(Decision decision);     // "GO", "CONDITIONAL GO", "NO-GO" (stable, for JSON)
QString decisionLabel(Decision decision);   // translated

struct GateReadiness {
    qint64 gateId = 0;
    QString title;
    int total = 0;            // leaves only
    int passed = 0;
    int failed = 0;
    int blocked = 0;
    int inconclusive = 0;
    int waived = 0;           // waivers in force (an expired waiver counts as open, not here)
    int notApplicable = 0;
    int inProgress = 0;
    int notStarted = 0;
    double completionPercent = 0;  // (passed + waived + not applicable) / total; 0 for an empty gate
    bool complete = false;         // every leaf done (an empty gate is complete)
    bool hasBlocker = false;       // a blocker leaf is failed or blocked
};

struct MetricVerdict {
    qint64 metricId = 0;
    QString name;
    bool met = false;
    bool blocker = false;
};

struct Blocker {
    enum class Kind { Item, Metric, Criterion };
    Kind kind = Kind::Item;
    qint64 id = 0;
    QString title;
    QString reason;           // translated, names the status or the values
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
};

// today decides whether a waiver has expired.
Readiness computeReadiness(const Release &release, const QDate &today);

} // namespace gl
