#include "itemmodels/CriteriaModel.h"

#include "itemmodels/ReadinessColours.h"
#include "itemmodels/ReleaseDocument.h"

namespace gl {

CriteriaModel::CriteriaModel(ReleaseDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(int(document->release().criteria.size()))
{
    connect(m_document, &ReleaseDocument::releaseAboutToLoad, this, [this] {
        beginResetModel();
        m_rows = 0;
    });
    connect(m_document, &ReleaseDocument::releaseLoaded, this, [this] {
        m_rows = int(m_document->release().criteria.size());
        endResetModel();
    });
    connect(m_document, &ReleaseDocument::criterionChanged, this, [this](qint64 criterionId) {
        const QModelIndex first = indexOfCriterion(criterionId);
        if (first.isValid())
            Q_EMIT dataChanged(first, index(first.row(), ColumnCount - 1));
    });
}

QModelIndex CriteriaModel::indexOfCriterion(qint64 criterionId, int column) const
{
    for (int row = 0; row < m_rows; ++row) {
        const Criterion *c = criterionAt(row);
        if (c && c->id == criterionId)
            return index(row, column);
    }
    return QModelIndex();
}

const Criterion *CriteriaModel::criterionAt(int row) const
{
    const auto &criteria = m_document->release().criteria;
    return row >= 0 && row < int(criteria.size()) && row < m_rows ? &criteria[size_t(row)] : nullptr;
}

int CriteriaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CriteriaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CriteriaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Criterion *c = criterionAt(index.row());
    if (!c)
        return QVariant();
    const bool go = c->kind == CriterionKind::Go;
    // "good" is what lets the release go ahead: a GO criterion holding, a NO-GO criterion not holding.
    const bool good = go == c->holds;
    const int column = index.column();
    switch (role) {
    case CriterionIdRole:
        return c->id;
    case KindRole:
        return go ? QStringLiteral("GO") : QStringLiteral("NO-GO");
    case HoldsRole:
        return c->holds;
    case Qt::CheckStateRole:
        if (column == TextColumn)
            return c->holds ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::DisplayRole:
        switch (column) {
        case TextColumn: return c->text;
        case KindColumn: return go ? tr("GO") : tr("NO-GO");
        case EffectColumn:
            if (go)
                return c->holds ? tr("\u2714 Met") : tr("\u2716 Not met");
            return c->holds ? tr("\u2716 Blocks") : tr("\u2714 Clear");
        }
        break;
    case Qt::ToolTipRole:
        if (go)
            return tr("GO criterion: every one must hold for a GO. Check it when it holds.");
        return tr("NO-GO criterion: any one that holds blocks the release. Check it when it holds.");
    case Qt::BackgroundRole:
        if (column == EffectColumn)
            return ReadinessColours::verdictBackground(good);
        break;
    case Qt::ForegroundRole:
        if (column == EffectColumn)
            return ReadinessColours::verdictText(good);
        break;
    }
    return QVariant();
}

bool CriteriaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != TextColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Criterion *c = criterionAt(index.row());
    if (!c)
        return false;
    const bool holds = value.toInt() == Qt::Checked;
    return m_document->setCriterionHolds(c->id, holds).ok();
}

Qt::ItemFlags CriteriaModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TextColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant CriteriaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TextColumn: return tr("Criterion (holds)");
    case KindColumn: return tr("Kind");
    case EffectColumn: return tr("Effect");
    }
    return QVariant();
}

} // namespace gl
