#include "itemmodels/ItemFilter.h"

#include <algorithm>

namespace gl {

namespace {

bool contains(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

bool isOpen(ItemStatus status)
{
    return status != ItemStatus::Passed && status != ItemStatus::Waived && status != ItemStatus::NotApplicable;
}

} // namespace

bool ItemFilter::isEmpty() const
{
    return text.isEmpty() && owner.isEmpty() && component.isEmpty() && statusFilter == StatusFilter::Any
        && !blockersOnly;
}

bool ItemFilter::matches(const Item &item) const
{
    // The cheap tests first; the text last, since it may look at five fields.
    if (blockersOnly && !item.blocker)
        return false;
    const ItemStatus shown = item.isGroup() ? rolledUpStatus(item) : item.status;
    if (statusFilter == StatusFilter::Open && !isOpen(shown))
        return false;
    if (statusFilter == StatusFilter::Exact && shown != status)
        return false;
    if (!component.isEmpty() && !contains(item.component, component))
        return false;
    if (!owner.isEmpty()
        && std::none_of(item.owners.cbegin(), item.owners.cend(), [this](const QString &o) { return contains(o, owner); }))
        return false;
    if (text.isEmpty())
        return true;
    if (contains(item.title, text) || contains(item.details, text) || contains(item.passCriteria, text)
        || contains(item.note, text) || contains(item.statusReason, text))
        return true;
    return std::any_of(item.commands.cbegin(), item.commands.cend(), [this](const QString &c) { return contains(c, text); });
}

} // namespace gl
