#include "domain/ItemStatus.h"

#include <QCoreApplication>

namespace gl {

QString statusKey(ItemStatus status)
{
    switch (status) {
    case ItemStatus::NotStarted: return QStringLiteral("not-started");
    case ItemStatus::InProgress: return QStringLiteral("in-progress");
    case ItemStatus::Passed: return QStringLiteral("passed");
    case ItemStatus::Failed: return QStringLiteral("failed");
    case ItemStatus::Blocked: return QStringLiteral("blocked");
    case ItemStatus::Inconclusive: return QStringLiteral("inconclusive");
    case ItemStatus::Waived: return QStringLiteral("waived");
    case ItemStatus::NotApplicable: return QStringLiteral("not-applicable");
    }
    return QString();
}

std::optional<ItemStatus> statusFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (ItemStatus s : allItemStatuses) {
        if (statusKey(s) == k)
            return s;
    }
    return std::nullopt;
}

QStringList statusKeys()
{
    QStringList keys;
    for (ItemStatus s : allItemStatuses)
        keys << statusKey(s);
    return keys;
}

QString statusLabel(ItemStatus status)
{
    switch (status) {
    case ItemStatus::NotStarted: return QCoreApplication::translate("ItemStatus", "Not started");
    case ItemStatus::InProgress: return QCoreApplication::translate("ItemStatus", "In progress");
    case ItemStatus::Passed: return QCoreApplication::translate("ItemStatus", "Passed");
    case ItemStatus::Failed: return QCoreApplication::translate("ItemStatus", "Failed");
    case ItemStatus::Blocked: return QCoreApplication::translate("ItemStatus", "Blocked");
    case ItemStatus::Inconclusive: return QCoreApplication::translate("ItemStatus", "Inconclusive");
    case ItemStatus::Waived: return QCoreApplication::translate("ItemStatus", "Waived");
    case ItemStatus::NotApplicable: return QCoreApplication::translate("ItemStatus", "Not applicable");
    }
    return QString();
}

bool statusIsDone(ItemStatus status)
{
    return status == ItemStatus::Passed || status == ItemStatus::Waived || status == ItemStatus::NotApplicable;
}

} // namespace gl
