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

// The command as a person must see it before approving it: control characters (C0, DEL, C1),
// bidirectional overrides and invisible characters are written out as \x1b, \u202e ... so that
// nothing imported can hide or reorder what will run (a terminal escape that erases the line, a
// right-to-left override that shows `rm` as something else).
QString visibleCommand(const QString &command);

} // namespace gl
