#pragma once
// A new release with the structure of another and none of its history (issue 6, New release >
// copy): gates, items with their commands, probes, pass rules, owners and what evidence they ask,
// metrics with their requirements and weights, criteria, run settings and required sign-offs; every
// status back to Not started (reasons, notes and waivers cleared), metric current values, metric
// sources (they point at the other release's items) and criteria reset, no evidence, runs,
// approvals, sign-offs or decisions. Ids are zero.

#include "Release.h"

namespace gl {

Release releaseCopy(const Release &source, const QString &name);

} // namespace gl
