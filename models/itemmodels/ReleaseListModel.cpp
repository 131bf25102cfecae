#include "itemmodels/ReleaseListModel.h"

#include "itemmodels/ReadinessColours.h"
#include "itemmodels/ReleaseDocument.h"

#include <QDate>
#include <QLocale>

namespace gl {

ReleaseListModel::ReleaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

Result<void> ReleaseListModel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    return reload();
}

void ReleaseListModel::setDocument(ReleaseDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &ReleaseDocument::readinessChanged, this, &ReleaseListModel::followDocument);
        connect(m_document, &ReleaseDocument::releaseEdited, this, [this](qint64 releaseId) {
            const QModelIndex index = indexOfRelease(releaseId, UpdatedColumn);
            if (!index.isValid())
                return;
            m_rows[size_t(index.row())].summary.updatedAt = QDateTime::currentDateTimeUtc();
            Q_EMIT dataChanged(index, index);
        });
    }
}

Result<void> ReleaseListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    Result<void> outcome;
    if (m_workspace) {
        Result<std::vector<ReleaseSummary>> summaries = m_workspace->releases();
        if (summaries.ok()) {
            for (ReleaseSummary &summary : summaries.value()) {
                Row row;
                row.summary = std::move(summary);
                m_rows.push_back(std::move(row));
            }
        } else {
            outcome = summaries.error();
        }
    }
    endResetModel();
    followDocument();
    return outcome;
}

qint64 ReleaseListModel::releaseIdAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].summary.id : 0;
}

QModelIndex ReleaseListModel::indexOfRelease(qint64 releaseId, int column) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].summary.id == releaseId)
            return index(int(i), column);
    }
    return QModelIndex();
}

qint64 ReleaseListModel::mostRecentlyUpdated() const
{
    const Row *best = nullptr;
    for (const Row &row : m_rows) {
        const QDateTime when = row.summary.updatedAt.isValid() ? row.summary.updatedAt : row.summary.createdAt;
        const QDateTime bestWhen = best ? (best->summary.updatedAt.isValid() ? best->summary.updatedAt
                                                                               : best->summary.createdAt)
                                        : QDateTime();
        // ties go to the newer release (higher id)
        if (!best || when > bestWhen || (when == bestWhen && row.summary.id > best->summary.id))
            best = &row;
    }
    return best ? best->summary.id : 0;
}

int ReleaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReleaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReleaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const bool figures = role == ReadinessPercentRole || role == DecisionKeyRole
        || (role == Qt::DisplayRole && (index.column() == ReadinessColumn || index.column() == DecisionColumn))
        || (role == Qt::ForegroundRole && index.column() == DecisionColumn);
    const Row &row = figures ? withFigures(index.row()) : m_rows[size_t(index.row())];
    switch (role) {
    case ReleaseIdRole:
        return row.summary.id;
    case ReadinessPercentRole:
        return row.figuresKnown ? QVariant(row.readinessPercent) : QVariant();
    case DecisionKeyRole:
        return row.figuresKnown ? QVariant(decisionKey(row.decision)) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.summary.name;
        case ReadinessColumn:
            return row.figuresKnown ? tr("%1%").arg(QLocale().toString(row.readinessPercent, 'f', 0)) : QString();
        case DecisionColumn:
            return row.figuresKnown ? decisionLabel(row.decision) : QString();
        case UpdatedColumn: {
            const QDateTime when = row.summary.updatedAt.isValid() ? row.summary.updatedAt : row.summary.createdAt;
            return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
        }
        }
        break;
    case Qt::ToolTipRole:
        if (!row.summary.source.isEmpty())
            return tr("%1\nImported from %2").arg(row.summary.name, row.summary.source);
        return row.summary.name;
    case Qt::ForegroundRole:
        if (index.column() == DecisionColumn && row.figuresKnown)
            return ReadinessColours::decisionText(row.decision);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ReadinessColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return QVariant();
}

QVariant ReleaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Release");
    case ReadinessColumn: return tr("Ready");
    case DecisionColumn: return tr("Suggested");
    case UpdatedColumn: return tr("Updated");
    }
    return QVariant();
}

const ReleaseListModel::Row &ReleaseListModel::withFigures(int index) const
{
    Row &row = m_rows[size_t(index)];
    if (row.figuresKnown || row.figuresTried || !m_workspace)
        return row;
    row.figuresTried = true;  // a release that cannot be read keeps its row, without figures
    // The release open in the window has its figures already: reading it again would double the
    // cost of the first paint for a large release.
    if (m_document && m_document->isLoaded() && m_document->releaseId() == row.summary.id) {
        row.readinessPercent = m_document->readiness().readinessPercent;
        row.decision = m_document->readiness().suggested;
        row.figuresKnown = true;
        return row;
    }
    const Result<Release> release = m_workspace->loadRelease(row.summary.id);
    if (release.ok()) {
        const Readiness readiness = computeReadiness(release.value(), QDateTime::currentDateTimeUtc());
        row.readinessPercent = readiness.readinessPercent;
        row.decision = readiness.suggested;
        row.figuresKnown = true;
    }
    return row;
}

void ReleaseListModel::followDocument()
{
    if (!m_document || !m_document->isLoaded())
        return;
    const QModelIndex first = indexOfRelease(m_document->releaseId(), ReadinessColumn);
    if (!first.isValid())
        return;
    Row &row = m_rows[size_t(first.row())];
    const Readiness &readiness = m_document->readiness();
    if (row.figuresKnown && row.readinessPercent == readiness.readinessPercent && row.decision == readiness.suggested)
        return;
    row.readinessPercent = readiness.readinessPercent;
    row.decision = readiness.suggested;
    row.figuresKnown = true;
    Q_EMIT dataChanged(first, index(first.row(), DecisionColumn));
}

} // namespace gl
