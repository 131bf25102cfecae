#include "cli/Cli.h"

#include <QTextStream>

namespace gl::cli {

bool isCliInvocation(const QStringList &arguments)
{
    static const QStringList verbs = {QStringLiteral("import"), QStringLiteral("export"),
                                      QStringLiteral("status"), QStringLiteral("releases"),
                                      QStringLiteral("set"),    QStringLiteral("metric"),
                                      QStringLiteral("criterion"), QStringLiteral("--help"),
                                      QStringLiteral("-h"),     QStringLiteral("--version"),
                                      QStringLiteral("-v"),     QStringLiteral("help")};
    for (const QString &a : arguments.mid(1)) {
        if (a == QLatin1String("--db") || a == QLatin1String("--lang"))
            continue;
        if (verbs.contains(a))
            return true;
    }
    return false;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(arguments);
    Q_UNUSED(out);
    err << "not implemented yet\n";
    return 2;
}

} // namespace gl::cli
