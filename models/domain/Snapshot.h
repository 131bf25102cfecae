#pragma once
// The canonical snapshot of a release (issue 5): what a stakeholder reviews and signs. A
// deterministic JSON of the release's name and target, its gates in order with their items
// (title, details, commands, probe, pass rules, criteria text, owners, component, blocker, status
// with reason, note and waiver expiry, what evidence is asked, and every piece of evidence by kind,
// name and SHA-256), its metrics (required and current values) and its decision criteria. Left
// out: database ids, edit and run times, who last edited, run history rows (their logs are in as
// evidence) and approvals: nothing that differs between two copies of the same state. The bytes
// are canonicalJson() of it, so the hash is the same on every machine and in every locale.

#include "Release.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace gl {

QJsonObject releaseSnapshot(const Release &release);
QByteArray snapshotBytes(const Release &release);
QString snapshotSha256(const Release &release); // lowercase hex
QString snapshotSha256(const QByteArray &bytes);

// What changed from one snapshot to another, one translated line per change, for people:
//   Gate “Build” › “Unit tests”: status: passed → failed
//   Gate “Build” › “Unit tests”: evidence added: junit.xml (sha256 3f2a…)
//   Metric “Coverage”: current: 71.3 → 64
// Gates, items and metrics are matched by title or name (by position where a title repeats), so
// one inserted item reads as one line, not as every item after it changing.
QStringList snapshotDiff(const QJsonObject &before, const QJsonObject &after);

} // namespace gl
