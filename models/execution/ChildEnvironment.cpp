#include "ChildEnvironment.h"

#include <QDir>

namespace gl {

const QStringList &inheritedVariableNames()
{
    static const QStringList names { QStringLiteral("PATH"), QStringLiteral("HOME"), QStringLiteral("LANG"),
        QStringLiteral("TERM") };
    return names;
}

QProcessEnvironment childEnvironment(const QProcessEnvironment &added, const QProcessEnvironment &from)
{
    // A desktop session may start us without a terminal or a PATH; the defaults are what Debian's
    // login shells would give, so commands behave as they do when typed.
    const QString defaults[] = { QStringLiteral("/usr/local/bin:/usr/bin:/bin"), QDir::homePath(),
        QStringLiteral("C.UTF-8"), QStringLiteral("dumb") };
    QProcessEnvironment env;  // never empty below, so QProcess cannot fall back to inheriting ours
    const QStringList &names = inheritedVariableNames();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString value = from.value(names[i]);
        env.insert(names[i], value.isEmpty() ? defaults[i] : value);
    }
    env.insert(added);
    return env;
}

} // namespace gl
