#include "evidence/MetricFeed.h"

#include "store/Workspace.h"

#include <QSet>
#include <algorithm>

namespace gl {

namespace {

const QSet<QString> &percentFields()
{
    static const QSet<QString> fields { QStringLiteral("pass_rate"), QStringLiteral("lines"),
        QStringLiteral("branches"), QStringLiteral("functions"), QStringLiteral("statements") };
    return fields;
}

// Newest first: by time added, then by id (two files attached in the same second).
std::vector<const Evidence *> filesNewestFirst(const Item &item)
{
    std::vector<const Evidence *> files;
    for (const Evidence &e : item.evidenceList) {
        if (e.kind == EvidenceKind::File)
            files.push_back(&e);
    }
    std::stable_sort(files.begin(), files.end(), [](const Evidence *a, const Evidence *b) {
        if (a->addedAt != b->addedAt)
            return a->addedAt > b->addedAt;
        return a->id > b->id;
    });
    return files;
}

} // namespace

bool MetricFeed::isPercentField(const QString &field)
{
    return percentFields().contains(field);
}

QString MetricFeed::valueText(const QString &field, double value)
{
    if (isPercentField(field)) {
        // Two decimals at most, without trailing zeros: 71.3%, 100%, 66.67%.
        QString text = QString::number(value, 'f', 2);
        while (text.contains(u'.') && (text.endsWith(u'0') || text.endsWith(u'.')))
            text.chop(1);
        return text + u'%';
    }
    return QString::number(qint64(value));
}

Result<std::optional<ReportFigures>> MetricFeed::newestFigures(Workspace &workspace, const Item &item,
                                                              const QString &parser, QString *evidenceName)
{
    for (const Evidence *e : filesNewestFirst(item)) {
        Result<QByteArray> head = workspace.evidenceRange(e->id, 0, ReportParser::recogniseBytes);
        if (!head)
            return head.error();
        if (ReportParser::recognise(*head, e->name) != parser)
            continue;
        if (evidenceName)
            *evidenceName = e->name;
        if (e->size > ReportParser::maxInputBytes)
            return makeError(ErrorCode::Invalid,
                tr("%1 is %2 bytes, more than a report may hold (%3 bytes).")
                    .arg(e->name, QString::number(e->size), QString::number(ReportParser::maxInputBytes)));
        // Read through the hash check: a damaged report never feeds a metric.
        QByteArray content;
        content.reserve(qsizetype(e->size));
        const Result<void> read = workspace.readEvidence(e->id, [&content](QByteArrayView chunk) -> Result<void> {
            content.append(chunk.data(), chunk.size());
            return {};
        });
        if (!read)
            return read.error();
        Result<ReportFigures> figures = ReportParser::read(parser, content, e->name);
        if (!figures)
            return figures.error();
        return std::optional<ReportFigures>(std::move(*figures));
    }
    return std::optional<ReportFigures>();
}

Result<MetricFeed::Outcome> MetricFeed::refreshMetric(Workspace &workspace, const Release &release, const Metric &m)
{
    Outcome outcome;
    outcome.metricId = m.id;
    outcome.metricName = m.name;
    outcome.value = m.currentText;
    if (!m.source)
        return outcome;
    const Item *item = findItem(release, m.source->itemId);
    if (!item)
        return outcome;
    QString evidenceName;
    Result<std::optional<ReportFigures>> figures = newestFigures(workspace, *item, m.source->parser, &evidenceName);
    if (!figures) {
        // A report that cannot be read is the report's problem, not the store's.
        if (figures.error().code != ErrorCode::Invalid && figures.error().code != ErrorCode::Corrupt)
            return figures.error();
        outcome.problem = figures.message();
        return outcome;
    }
    if (!*figures)
        return outcome;
    const auto field = (*figures)->fields.constFind(m.source->field);
    if (field == (*figures)->fields.constEnd()) {
        outcome.problem = tr("%1 gives no %2 (%3).")
                              .arg(evidenceName, ReportParser::fieldLabel(m.source->parser, m.source->field),
                                  m.source->field);
        return outcome;
    }
    const QString text = valueText(m.source->field, field.value());
    outcome.value = text;
    if (m.currentText == text)
        return outcome;
    if (Result<void> r = workspace.setMetricCurrent(m.id, text); !r)
        return r.error();
    outcome.changed = true;
    return outcome;
}

Result<std::vector<MetricFeed::Outcome>> MetricFeed::refresh(Workspace &workspace, qint64 itemId)
{
    Result<qint64> releaseId = workspace.releaseOfItem(itemId);
    if (!releaseId)
        return releaseId.error();
    Result<Release> release = workspace.loadRelease(*releaseId);
    if (!release)
        return release.error();
    std::vector<Outcome> outcomes;
    for (const Metric &m : release->metrics) {
        if (!m.source || m.source->itemId != itemId)
            continue;
        Result<Outcome> outcome = refreshMetric(workspace, *release, m);
        if (!outcome)
            return outcome.error();
        outcomes.push_back(std::move(*outcome));
    }
    return outcomes;
}

} // namespace gl
