#pragma once
// The three decisions a release can get, suggested by readiness or recorded by a person.

#include <QString>

namespace gl {

enum class Decision { Go, ConditionalGo, NoGo };
QString decisionKey(Decision decision); // "GO", "CONDITIONAL GO", "NO-GO" (stable, for JSON)
QString decisionLabel(Decision decision); // translated

} // namespace gl
