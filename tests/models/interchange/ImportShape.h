#pragma once
// A compact text picture of an imported release for data-driven test rows:
// "Gate A{[ ]one,[x]two([ ]child)} | Gate B{...}".

#include "domain/Release.h"

#include <QStringList>

namespace gl::test {

inline QString itemShape(const Item &item)
{
    QString s = (item.status == ItemStatus::Passed ? QStringLiteral("[x]") : QStringLiteral("[ ]")) + item.title;
    if (!item.children.empty()) {
        QStringList children;
        for (const Item &child : item.children)
            children << itemShape(child);
        s += QLatin1Char('(') + children.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    return s;
}

inline QString releaseShape(const Release &release)
{
    QStringList gates;
    for (const Gate &gate : release.gates) {
        QStringList items;
        for (const Item &item : gate.items)
            items << itemShape(item);
        gates << gate.title + QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    return gates.join(QStringLiteral(" | "));
}

inline std::vector<const Item *> leaves(const Gate &gate)
{
    std::vector<const Item *> out;
    forEachLeaf(gate.items, [&](const Item &item) { out.push_back(&item); });
    return out;
}

} // namespace gl::test
