#pragma once
// What a process start needs, decided once before anything runs: an absolute program and its arguments.

#include <QString>
#include <QStringList>

namespace gl {

struct Invocation {
    QString program;        // always an absolute path
    QStringList arguments;  // passed to execve as they are: nothing re-interprets them
    bool viaShell = false;  // program is /bin/sh and arguments are {"-c", the command as written}
    friend bool operator==(const Invocation &, const Invocation &) = default;
};

} // namespace gl
