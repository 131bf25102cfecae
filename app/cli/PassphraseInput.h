#pragma once
// Where the CLI gets a passphrase (issue 5): from the terminal with echo off, or from a file
// descriptor the caller opened (--passphrase-fd N: one line, for scripts and CI), never from the
// command line or the environment, where other users and logs could read it.

#include "domain/Result.h"
#include "signing/KeyRing.h"

#include <QString>

namespace gl::cli {

// fd < 0: ask on the terminal (/dev/tty) with `prompt`; fails when there is none.
// confirm: ask twice on the terminal and refuse when the two differ (a file descriptor gives one line).
Result<Passphrase> readPassphrase(int fd, const QString &prompt, bool confirm = false);
// "--passphrase-fd N" parsed: -1 when absent, or an error naming the option.
Result<int> passphraseFd(const QString &value, bool given);

} // namespace gl::cli
