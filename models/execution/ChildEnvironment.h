#pragma once
// The environment a command gets: PATH, HOME, LANG and TERM taken from ours (with sane defaults when
// we have none), plus what the release adds. Nothing else of the app's own environment reaches a
// child, so a token in the shell that started Greenlight cannot leak into an imported command.

#include <QProcessEnvironment>
#include <QStringList>

namespace gl {

// The variables passed through from the parent, in a stable order.
const QStringList &inheritedVariableNames();

// Built from scratch, never by copying `from`; `added` wins over inherited values (a release may set PATH).
QProcessEnvironment childEnvironment(const QProcessEnvironment &added,
    const QProcessEnvironment &from = QProcessEnvironment::systemEnvironment());

} // namespace gl
