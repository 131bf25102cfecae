#include "itemmodels/ReadinessTrend.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gl {

namespace {

QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

bool removeItem(std::vector<Item> &items, qint64 id)
{
    for (auto it = items.begin(); it != items.end(); ++it) {
        if (it->id == id) {
            items.erase(it);
            return true;
        }
        if (removeItem(it->children, id))
            return true;
    }
    return false;
}

TrendPoint pointOf(const Release &release, const QDateTime &at)
{
    const Readiness readiness = computeReadiness(release, at);
    return { at, readiness.readinessPercent, int(readiness.blockers.size()) };
}

// Undoes one audit row on the release value; false when the row is where the release began.
bool undo(Release &release, const AuditEntry &entry)
{
    if (entry.entity == QLatin1String("release")
        && (entry.action == QLatin1String("create") || entry.action == QLatin1String("import")))
        return false;
    const QJsonObject before = objectOf(entry.before);
    if (entry.entity == QLatin1String("item")) {
        if (entry.action == QLatin1String("insert")) {
            for (Gate &gate : release.gates)
                removeItem(gate.items, entry.entityId);
            return true;
        }
        if (entry.action == QLatin1String("remove")) {
            const qint64 gateId = qint64(before.value(QStringLiteral("gate_id")).toDouble());
            for (Gate &gate : release.gates) {
                if (gate.id != gateId)
                    continue;
                Item back;
                back.id = entry.entityId;
                back.title = before.value(QStringLiteral("title")).toString();
                gate.items.push_back(back);
            }
            return true;
        }
        if (before.contains(QStringLiteral("status"))) {
            if (Item *item = findItem(release, entry.entityId)) {
                item->status = statusFromKey(before.value(QStringLiteral("status")).toString()).value_or(ItemStatus::NotStarted);
                item->statusReason = before.value(QStringLiteral("reason")).toString();
                item->waiverExpiry = QDate::fromString(before.value(QStringLiteral("waiver_expiry")).toString(), Qt::ISODate);
            }
        }
        if (before.contains(QStringLiteral("blocker"))) {
            if (Item *item = findItem(release, entry.entityId))
                item->blocker = before.value(QStringLiteral("blocker")).toBool();
        }
        return true;
    }
    if (entry.entity == QLatin1String("metric") && before.contains(QStringLiteral("current"))) {
        for (Metric &metric : release.metrics) {
            if (metric.id != entry.entityId)
                continue;
            const QJsonValue current = before.value(QStringLiteral("current"));
            metric.current = current.isDouble() ? std::optional<double>(current.toDouble()) : std::nullopt;
            metric.currentText = before.value(QStringLiteral("current_text")).toString();
        }
        return true;
    }
    if (entry.entity == QLatin1String("criterion") && before.contains(QStringLiteral("holds"))) {
        for (Criterion &criterion : release.criteria) {
            if (criterion.id == entry.entityId)
                criterion.holds = before.value(QStringLiteral("holds")).toBool();
        }
    }
    return true;
}

} // namespace

std::vector<TrendPoint> readinessTrend(const Release &current, const std::vector<AuditEntry> &newestFirst,
                                       const QDateTime &now, int maxPoints, const std::function<bool()> &stop)
{
    std::vector<TrendPoint> backwards { pointOf(current, now) };
    Release release = current;
    const size_t steps = newestFirst.size();
    const size_t stride = maxPoints > 2 && steps > size_t(maxPoints - 2) ? (steps + maxPoints - 3) / size_t(maxPoints - 2) : 1;
    for (size_t i = 0; i < steps; ++i) {
        if (stop && stop())
            break;
        const AuditEntry &entry = newestFirst[i];
        // The state just before this row: the readiness up to its time.
        const bool more = undo(release, entry);
        const bool last = !more || i + 1 == steps;
        if (last || (i + 1) % stride == 0)
            backwards.push_back(pointOf(release, entry.at));
        if (!more)
            break;
    }
    return { backwards.rbegin(), backwards.rend() };
}

} // namespace gl
