#pragma once
// Reads a fenced shell block as runnable checklist items: each "# comment" starts an item titled by the
// comment and the lines under it are its commands; a block without comments gives one item per line.

#include "domain/Release.h"

#include <QString>
#include <QStringList>
#include <optional>
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

    // The probe a plain health check stands for: `curl` with only -f/--fail (required), -s/--silent,
    // -S/--show-error or -I/--head (HEAD) in any grouping, and one http(s) URL that the shell would pass
    // as written. Anything more (pipes, -d, -H, -o, -L, -k, variables, globs) is a command, not a probe.
    static std::optional<Probe> curlProbe(const QString &command);
    // The line the exporter writes for a probe, which curlProbe() reads back: `curl -fsS URL`.
    static QString curlLine(const Probe &probe);
    // An item whose only command is a plain curl check becomes that probe. With more commands they all
    // stay commands: they run in order in one run, and a probe cannot stand in the middle of that.
    static void promoteCurlToProbe(Item &item);
};

} // namespace gl
