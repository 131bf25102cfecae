// Workspace: turning what people type (an id or a name) into ids. Names compare case-sensitively
// first and case-insensitively only when that is unique; errors name what was looked for.

#include "store/Workspace.h"
#include "store/WorkspacePrivate.h"

namespace gl {

namespace {

struct Candidate {
    qint64 id = 0;
    QString text;
};

QString idList(const std::vector<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1String(", "));
}

std::optional<qint64> positiveId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (ok && id > 0)
        return id;
    return std::nullopt;
}

// Exact matches win; a case-insensitive match counts only when no exact one exists.
// Returns the matching ids (one: found; several: ambiguous; none: not found).
std::vector<qint64> matchName(const std::vector<Candidate> &candidates, const QString &wanted)
{
    std::vector<qint64> exact, loose;
    for (const Candidate &c : candidates) {
        if (c.text == wanted)
            exact.push_back(c.id);
        else if (c.text.compare(wanted, Qt::CaseInsensitive) == 0)
            loose.push_back(c.id);
    }
    return exact.empty() ? loose : exact;
}

// The candidate whose id is `wanted`, else those whose name matches it.
std::vector<qint64> matchIdOrName(const std::vector<Candidate> &candidates, const QString &wanted)
{
    if (const std::optional<qint64> id = positiveId(wanted)) {
        for (const Candidate &c : candidates) {
            if (c.id == *id)
                return {c.id};
        }
    }
    return matchName(candidates, wanted);
}

} // namespace

Result<qint64> Workspace::resolveRelease(const QString &idOrName) const
{
    const QString wanted = idOrName.trimmed();
    if (wanted.isEmpty())
        return makeError(ErrorCode::Invalid, tr("No release was given (an id or a name)."));
    std::vector<Candidate> candidates;
    QSqlQuery q = d->query(QStringLiteral("SELECT id, name FROM releases ORDER BY id"));
    if (Result<void> r = d->exec(q, tr("listing the releases")); !r)
        return r.error();
    while (q.next())
        candidates.push_back({ q.value(0).toLongLong(), q.value(1).toString() });
    const std::vector<qint64> ids = matchIdOrName(candidates, wanted);
    if (ids.size() == 1)
        return ids.front();
    if (ids.size() > 1) {
        return makeError(ErrorCode::Ambiguous,
            tr("The release name \"%1\" is ambiguous in %2: it matches releases %3. "
               "Give the id or the exact name.")
                .arg(wanted, d->shownPath(), idList(ids)));
    }
    return makeError(ErrorCode::NotFound,
        tr("There is no release with the id or name \"%1\" in %2.").arg(wanted, d->shownPath()));
}

Result<qint64> Workspace::resolveItem(qint64 releaseId, const QString &idOrTitle) const
{
    const QString wanted = idOrTitle.trimmed();
    if (wanted.isEmpty())
        return makeError(ErrorCode::Invalid, tr("No item was given (an id or a title)."));
    if (const std::optional<qint64> id = positiveId(wanted)) {
        QSqlQuery q = d->query(QStringLiteral("SELECT id FROM items WHERE id = ? AND release_id = ?"));
        q.addBindValue(*id);
        q.addBindValue(releaseId);
        if (Result<void> r = d->exec(q, tr("looking up item %1").arg(*id)); !r)
            return r.error();
        if (q.next())
            return *id;
    }
    std::vector<Candidate> candidates;
    QSqlQuery q = d->query(QStringLiteral("SELECT id, title FROM items WHERE gate_id IN "
                                          "(SELECT id FROM gates WHERE release_id = ?) ORDER BY id"));
    q.addBindValue(releaseId);
    if (Result<void> r = d->exec(q, tr("looking up item \"%1\"").arg(wanted)); !r)
        return r.error();
    while (q.next())
        candidates.push_back({ q.value(0).toLongLong(), q.value(1).toString() });
    const std::vector<qint64> ids = matchName(candidates, wanted);
    if (ids.size() == 1)
        return ids.front();
    if (ids.size() > 1) {
        return makeError(ErrorCode::Ambiguous,
            tr("The item title \"%1\" is ambiguous in release %2: it matches items %3. "
               "Give the item's id instead.")
                .arg(wanted, QString::number(releaseId), idList(ids)));
    }
    return makeError(ErrorCode::NotFound,
        tr("Release %1 has no item with the id or title \"%2\".").arg(QString::number(releaseId), wanted));
}

Result<qint64> Workspace::resolveMetric(qint64 releaseId, const QString &idOrName) const
{
    const QString wanted = idOrName.trimmed();
    if (wanted.isEmpty())
        return makeError(ErrorCode::Invalid, tr("No metric was given (an id or a name)."));
    std::vector<Candidate> candidates;
    QSqlQuery q = d->query(QStringLiteral("SELECT id, name FROM metrics WHERE release_id = ? ORDER BY id"));
    q.addBindValue(releaseId);
    if (Result<void> r = d->exec(q, tr("looking up metric \"%1\"").arg(wanted)); !r)
        return r.error();
    while (q.next())
        candidates.push_back({ q.value(0).toLongLong(), q.value(1).toString() });
    const std::vector<qint64> ids = matchIdOrName(candidates, wanted);
    if (ids.size() == 1)
        return ids.front();
    if (ids.size() > 1) {
        return makeError(ErrorCode::Ambiguous,
            tr("The metric name \"%1\" is ambiguous in release %2: it matches metrics "
               "%3. Give the metric's id instead.")
                .arg(wanted, QString::number(releaseId), idList(ids)));
    }
    return makeError(ErrorCode::NotFound,
        tr("Release %1 has no metric with the id or name \"%2\".").arg(QString::number(releaseId), wanted));
}

Result<qint64> Workspace::resolveCriterion(qint64 releaseId, const QString &id) const
{
    const QString wanted = id.trimmed();
    const std::optional<qint64> number = positiveId(wanted);
    if (!number) {
        return makeError(
            ErrorCode::Invalid, tr("A criterion is given by its id (a number), not \"%1\".").arg(wanted));
    }
    QSqlQuery q = d->query(QStringLiteral("SELECT id FROM criteria WHERE id = ? AND release_id = ?"));
    q.addBindValue(*number);
    q.addBindValue(releaseId);
    if (Result<void> r = d->exec(q, tr("looking up criterion %1").arg(*number)); !r)
        return r.error();
    if (q.next())
        return *number;
    return makeError(ErrorCode::NotFound,
        tr("Release %1 has no criterion with the id %2.").arg(QString::number(releaseId), wanted));
}

Result<qint64> Workspace::releaseOfItem(qint64 itemId) const
{
    QSqlQuery q = d->query(QStringLiteral("SELECT release_id FROM items WHERE id = ?"));
    q.addBindValue(itemId);
    if (Result<void> r = d->exec(q, tr("looking up item %1").arg(itemId)); !r)
        return r.error();
    if (q.next())
        return q.value(0).toLongLong();
    return makeError(ErrorCode::NotFound,
        tr("There is no item with id %1 in %2.").arg(QString::number(itemId), d->shownPath()));
}

} // namespace gl
