#pragma once
// The JSON shapes other tools rely on: `export --json` and `status --json`. Keep field names stable.

#include "domain/Readiness.h"
#include "domain/Release.h"

#include <QDate>
#include <QJsonObject>

namespace gl {

// {id, name, gates:[{id, title, requires_previous, items:[{id, title, status, commands:[],
//  pass_criteria, evidence, owners:[], ci_job, note, blocker, children:[...]}]}],
//  metrics:[{id, name, current, current_text, required, operator, unit, met, blocker, weight}],
//  criteria:{go:[...], no_go:[...]}, notes}
QJsonObject releaseToJson(const Release &release);

// {release, readiness_percent, weighted_score, suggested_decision, gates:[{title, total, passed,
//  failed, blocked, inconclusive, waived, not_applicable, completion_percent, has_blocker}],
//  metrics:[{name, current, required, operator, unit, met, blocker}], blockers:[]}
QJsonObject readinessToJson(const Release &release, const Readiness &readiness);

} // namespace gl
