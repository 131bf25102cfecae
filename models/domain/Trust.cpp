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
    if (item.probe) {
        const Probe &p = *item.probe;
        spec.insert(QStringLiteral("probe"), QJsonObject {
            { QStringLiteral("method"), p.method },
            { QStringLiteral("url"), p.url },
            { QStringLiteral("expected_status"), p.expectedStatus },
            { QStringLiteral("max_latency_ms"), p.maxLatencyMs },
            { QStringLiteral("body_contains"), p.bodyContains },
            { QStringLiteral("timeout_ms"), p.timeoutMs },
        });
    }
    spec.insert(QStringLiteral("working_folder"), settings.workingFolder);
    spec.insert(QStringLiteral("env_file"), settings.envFile);
    return Sha256::hex(QJsonDocument(spec).toJson(QJsonDocument::Compact));
}

bool needsApproval(const Item &item, const RunSettings &settings)
{
    return item.isRunnable() && item.commandsImported && item.approvedHash != runSpecHash(item, settings);
}

} // namespace gl
