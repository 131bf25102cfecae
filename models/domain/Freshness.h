#pragma once
// Whether an item's evidence satisfies its requirement (issue 4), from the item value alone (pure).
//
// Choices the issue leaves open, fixed here so the store, the GUI, the CLI and the tests agree:
// - Files, run logs, probe results and URLs count as evidence; a plain note does not (it states,
//   it does not prove).
// - The newest counting piece decides. It is stale when it is older than maxAgeHours at `now`, or,
//   with newerThanChange, when it was added before the item's last change (Item::changedAt: a
//   change of what the item asks, not of its status).
// - A group item has no requirement of its own; its leaves are checked.
//
// Further choices made when building it:
// - Exactly maxAgeHours old is still fresh; one second more is stale. A piece dated after `now` (a
//   clock running ahead) is fresh. An invalid `now` skips the age rule.
// - Added at the same moment as the change counts as newer than the change. Without a valid changedAt
//   the change rule has nothing to compare with and is satisfied.
// - "Newest" is by addedAt; on equal times the later entry of evidenceList wins. A piece without a
//   time is older than any piece with one, and when it decides under an age or change rule it is
//   stale (its age cannot be checked).
// - checkEvidence on a group answers NotRequired whatever its own fields hold.
// - newestEvidenceId is set for Fresh and Stale (the piece that decided), 0 for NotRequired and Missing.

#include "Evidence.h"
#include "Release.h"

#include <QDateTime>
#include <QString>

namespace gl {

enum class EvidenceState {
    NotRequired,   // the item asks for no evidence
    Fresh,         // required, and the newest counting piece satisfies the requirement
    Missing,       // required, and there is no counting piece
    Stale,         // required, and the newest counting piece is too old or older than the change
};
// "not-required", "fresh", "missing", "stale": stable keys, for JSON.
QString evidenceStateKey(EvidenceState state);
// Translated, for the evidence pane and the CLI: "Fresh", "Missing", "Stale", "Not required".
QString evidenceStateLabel(EvidenceState state);

struct EvidenceCheck {
    EvidenceState state = EvidenceState::NotRequired;
    qint64 newestEvidenceId = 0;  // the piece that decided, 0 when none
    QString reason;               // translated, one sentence; empty for NotRequired and Fresh

    bool isProblem() const { return state == EvidenceState::Missing || state == EvidenceState::Stale; }
};

EvidenceCheck checkEvidence(const Item &item, const QDateTime &now);

// False for a plain note, true for every kind that proves something.
bool countsAsEvidence(EvidenceKind kind);
// The piece of item.evidenceList that decides freshness (see above); nullptr when none counts.
const Evidence *newestCountingEvidence(const Item &item);

} // namespace gl
