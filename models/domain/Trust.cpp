#include "Trust.h"

#include "Sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gl {

QString runSpecHash(const Item &item, const RunSettings &settings)
{
    // Keys sorted by QJsonObject; compact output: the same spec always gives the same bytes.
    QJsonObject spec;
    spec.insert(QStringLiteral("commands"), QJsonArray::fromStringList(item.commands));
    if (item.probe)
        spec.insert(QStringLiteral("probe"), probeObject(*item.probe));
    spec.insert(QStringLiteral("working_folder"), settings.workingFolder);
    spec.insert(QStringLiteral("env_file"), settings.envFile);
    return Sha256::hex(QJsonDocument(spec).toJson(QJsonDocument::Compact));
}

bool needsApproval(const Item &item, const RunSettings &settings)
{
    return item.isRunnable() && item.commandsImported && item.approvedHash != runSpecHash(item, settings);
}

QString visibleCommand(const QString &command)
{
    QString shown;
    shown.reserve(command.size());
    for (const QChar c : command) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u < 0xa0);
        const bool invisible = (u >= 0x200b && u <= 0x200f) || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069) || u == 0xfeff || u == 0x061c;
        if (u == '\n')
            shown += QStringLiteral("\\n");
        else if (u == '\t')
            shown += QStringLiteral("\\t");
        else if (control)
            shown += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else if (invisible)
            shown += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

} // namespace gl
