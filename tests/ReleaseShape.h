#pragma once
// A release's shape as one line, for tests that add, remove and move items and gates:
// "Build: Compile, Tests(Unit, Integration), Lint | Deploy: Smoke" (a group lists its items in
// parentheses, gates are separated by " | ").

#include "domain/Release.h"

#include <QStringList>

namespace shape {

inline QString of(const std::vector<gl::Item> &items)
{
    QStringList parts;
    for (const gl::Item &item : items)
        parts << (item.children.empty() ? item.title : item.title + QLatin1Char('(') + of(item.children) + QLatin1Char(')'));
    return parts.join(QStringLiteral(", "));
}

inline QString of(const gl::Release &release)
{
    QStringList gates;
    for (const gl::Gate &gate : release.gates)
        gates << gate.title + QStringLiteral(": ") + of(gate.items);
    return gates.join(QStringLiteral(" | "));
}

} // namespace shape
