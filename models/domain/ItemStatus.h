#pragma once
// The status of a checklist item, with its stable key for the CLI and JSON and its translated label.

#include <QString>
#include <QStringList>
#include <optional>

namespace gl {

enum class ItemStatus {
    NotStarted,
    InProgress,
    Passed,
    Failed,
    Blocked,
    Inconclusive,
    Waived,        // needs a reason and an expiry date
    NotApplicable,
};

inline constexpr ItemStatus allItemStatuses[] = {
    ItemStatus::NotStarted, ItemStatus::InProgress, ItemStatus::Passed,       ItemStatus::Failed,
    ItemStatus::Blocked,    ItemStatus::Inconclusive, ItemStatus::Waived,     ItemStatus::NotApplicable,
};

// "not-started", "in-progress", "passed", "failed", "blocked", "inconclusive", "waived", "not-applicable"
QString statusKey(ItemStatus status);
std::optional<ItemStatus> statusFromKey(const QString &key);
QStringList statusKeys();
// Translated label for people ("Not started", ...), context "ItemStatus".
QString statusLabel(ItemStatus status);
// Passed, Waived and Not applicable count as done for completion figures.
bool statusIsDone(ItemStatus status);

} // namespace gl
