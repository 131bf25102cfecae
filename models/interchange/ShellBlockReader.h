#pragma once
// Reads a fenced shell block as runnable checklist items: each "# comment" starts an item titled by the
// comment and the lines under it are its commands; a block without comments gives one item per line.

#include "domain/Release.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace gl {

class ShellBlockReader final {
public:
    // bash, sh, shell, zsh, console, or no language at all.
    static bool isShellLanguage(const QString &lang);
    // A block with a line like "Level 1 (Info): Automated logging" is a table written as text, not a script.
    static bool looksLikeProse(const QString &code);
    static std::vector<Item> items(const QString &code, const QString &lang);
    // Every command line in order, comments dropped (a block under a bullet adds to that item's commands).
    static QStringList commands(const QString &code, const QString &lang);
};

} // namespace gl
