#pragma once
// What the checklist's find bar asks for: text (title, details, pass criteria, commands, note,
// status reason), owner, status, component, blockers only. Case-insensitive; read straight from the
// items, never through data() and QVariant (tests/benchmarks/bench_filter: 100,000 items).

#include "domain/Release.h"

namespace gl {

struct ItemFilter {
    enum class StatusFilter { Any, Open, Exact };
    QString text;
    QString owner;
    QString component;
    StatusFilter statusFilter = StatusFilter::Any;
    ItemStatus status = ItemStatus::NotStarted;  // for Exact
    bool blockersOnly = false;

    bool isEmpty() const;
    // On the item itself, not its sub-items (a group's status is the rolled-up one).
    bool matches(const Item &item) const;
    friend bool operator==(const ItemFilter &, const ItemFilter &) = default;
};

} // namespace gl
