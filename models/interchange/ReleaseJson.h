#pragma once
// The JSON shapes other tools rely on: `export --json` and `status --json`. Keep field names stable:
// add fields, never rename or remove one. Absent numbers and dates are null, never 0 or "".

#include "domain/Readiness.h"
#include "domain/Release.h"

#include <QDate>
#include <QJsonObject>

namespace gl {

// {id, name, source, target_readiness, created_at, notes,
//  run_settings:{working_folder, timeout_seconds (0: none), output_cap (bytes), secret_markers:[],
//                env_file},
//  gates:[{id, title, notes, requires_previous, items:[item]}],
//  item = {id, title, status (effective: rolled up for groups), details, commands:[], pass_criteria,
//          evidence, owners:[], component, ci_job, note, blocker, status_reason, waiver_expiry
//          (YYYY-MM-DD or null), updated_at (ISO 8601 UTC or null), updated_by,
//          probe ({method, url, expected_status, max_latency_ms, body_contains, timeout_ms} or null),
//          expected_exit_code, output_pattern ("" for none), output_must_match,
//          timeout_seconds (0: the release's),
//          runs:[{started_at, finished_at (ISO 8601 UTC with milliseconds), exit_code (null when a
//                 signal ended it or nothing started), verdict ("passed", "failed", "cancelled"),
//                 log_sha256 (lowercase hex of the stored log)}] oldest first, exactly these keys;
//                 always empty for a group,
//          children:[item]},
//  metrics:[{id, name, current (null when not a number), current_text, required, required_text,
//            operator (">", ">=", "<", "<=", "=", "!="), unit, met, blocker, weight}],
//  criteria:{go:[{id, text, holds}], no_go:[{id, text, holds}]}}
QJsonObject releaseToJson(const Release &release);

// {release (name), release_id, target_readiness, readiness_percent, weighted_score (null when no
//  metric carries a weight), suggested_decision ("GO", "CONDITIONAL GO", "NO-GO"), rule, reasons:[],
//  leaf_total, leaf_done,
//  gates:[{id, title, total, passed, failed, blocked, inconclusive, waived, not_applicable,
//          in_progress, not_started, expired_waivers, completion_percent, complete, has_blocker}],
//  metrics:[{id, name, current, current_text, required, operator, unit, met, blocker, weight}],
//  blockers:[{kind ("item", "metric", "criterion"), id, title, reason}]}
// Percentages are rounded to two decimals.
QJsonObject readinessToJson(const Release &release, const Readiness &readiness);

} // namespace gl
