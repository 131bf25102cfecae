#include "Run.h"

namespace gl {

QJsonObject probeObject(const Probe &p)
{
    return QJsonObject {
        { QStringLiteral("method"), p.method },
        { QStringLiteral("url"), p.url },
        { QStringLiteral("expected_status"), p.expectedStatus },
        { QStringLiteral("max_latency_ms"), p.maxLatencyMs },
        { QStringLiteral("body_contains"), p.bodyContains },
        { QStringLiteral("timeout_ms"), p.timeoutMs },
    };
}

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Passed: return QStringLiteral("passed");
    case Verdict::Failed: return QStringLiteral("failed");
    case Verdict::Cancelled: return QStringLiteral("cancelled");
    }
    return QString();
}

std::optional<Verdict> verdictFromKey(const QString &key)
{
    for (Verdict v : { Verdict::Passed, Verdict::Failed, Verdict::Cancelled }) {
        if (verdictKey(v) == key)
            return v;
    }
    return std::nullopt;
}

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Passed: return QCoreApplication::translate("RunResult", "Passed");
    case Verdict::Failed: return QCoreApplication::translate("RunResult", "Failed");
    case Verdict::Cancelled: return QCoreApplication::translate("RunResult", "Cancelled");
    }
    return QString();
}

const QStringList &RunSettings::defaultSecretMarkers()
{
    static const QStringList markers { QStringLiteral("TOKEN"), QStringLiteral("SECRET"),
        QStringLiteral("PASSWORD"), QStringLiteral("PASSWD"), QStringLiteral("KEY"),
        QStringLiteral("CREDENTIAL"), QStringLiteral("PRIVATE") };
    return markers;
}

} // namespace gl
