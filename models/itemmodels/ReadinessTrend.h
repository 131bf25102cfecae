#pragma once
// Readiness over time, for the trend chart beside the matrix: the release as it is now, walked back
// through its audit log (item statuses, metric values, criteria, items added and removed), with the
// readiness and the open blockers computed at each step.

#include "domain/Readiness.h"
#include "domain/Release.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <functional>
#include <vector>

namespace gl {

struct TrendPoint {
    QDateTime at;          // UTC
    double readinessPercent = 0;
    int openBlockers = 0;
    friend bool operator==(const TrendPoint &, const TrendPoint &) = default;
};

// Oldest first, ending with `now`. newestFirst: the release's audit rows as Workspace::audit gives
// them. At most maxPoints points (steps are sampled evenly; the first and the last are kept).
// Statuses a removed item had are not in the log: before its removal it counts as not started.
// stop: asked between steps; when it says true the replay ends early (its result is then partial
// and meant to be thrown away).
std::vector<TrendPoint> readinessTrend(const Release &current, const std::vector<AuditEntry> &newestFirst,
                                       const QDateTime &now, int maxPoints = 150,
                                       const std::function<bool()> &stop = {});

} // namespace gl
