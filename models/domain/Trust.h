#pragma once
// Which commands may run without a person approving them. Commands and probes imported from a file
// never run until approved; the approval covers exactly what was shown (the commands or probe, the
// working folder and the env file), as a hash, so any later change to one of them asks again.
// Commands typed by the user in the GUI count as approved.

#include "Release.h"

#include <QString>

namespace gl {

// SHA-256 (hex) of the canonical JSON of what running the item would do: its commands in order,
// its probe, the release's working folder and env file.
QString runSpecHash(const Item &item, const RunSettings &settings);

// True when the item runs something that came from a file and its current spec is not approved.
bool needsApproval(const Item &item, const RunSettings &settings);

} // namespace gl
