#pragma once
// The command-line front door: `greenlight VERB ...` for CI jobs and scripts.

#include <QStringList>

class QTextStream;

namespace gl::cli {

// True when the arguments name a CLI verb (import, export, status, releases, set, metric,
// criterion, help) or ask for --help / --version; the GUI starts otherwise. The values of
// --db FILE and --lang CODE are skipped, so a workspace named "status" still opens the window.
bool isCliInvocation(const QStringList &arguments);

// Runs one verb. arguments include the program name, as QCoreApplication::arguments() gives;
// --db FILE (or --db=FILE) and --lang CODE may stand anywhere before a "--".
// Exit codes: 0 success, 1 the verb's own failure (e.g. verify found problems), 2 usage errors,
// unknown release or item, bad input.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace gl::cli
