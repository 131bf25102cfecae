#include "itemmodels/MetricTableModel.h"

#include "itemmodels/ReadinessColours.h"
#include "itemmodels/ReleaseDocument.h"

#include <QLocale>

namespace gl {

namespace {
QString displaySymbol(Operator op)
{
    switch (op) {
    case Operator::GreaterOrEqual: return QStringLiteral("\u2265");
    case Operator::LessOrEqual: return QStringLiteral("\u2264");
    case Operator::NotEqual: return QStringLiteral("\u2260");
    case Operator::Greater:
    case Operator::Less:
    case Operator::Equal: return operatorSymbol(op);
    }
    return operatorSymbol(op);
}
} // namespace

MetricTableModel::MetricTableModel(ReleaseDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(int(document->release().metrics.size()))
{
    connect(m_document, &ReleaseDocument::releaseAboutToLoad, this, [this] {
        beginResetModel();
        m_rows = 0;
    });
    connect(m_document, &ReleaseDocument::releaseLoaded, this, [this] {
        m_rows = int(m_document->release().metrics.size());
        endResetModel();
    });
    connect(m_document, &ReleaseDocument::metricChanged, this, [this](qint64 metricId) {
        const QModelIndex first = indexOfMetric(metricId);
        if (first.isValid())
            Q_EMIT dataChanged(first, index(first.row(), ColumnCount - 1));
    });
}

QString MetricTableModel::requiredText(const Metric &metric)
{
    if (!metric.required)
        return metric.requiredText;
    return displaySymbol(metric.op) + QLatin1Char(' ') + QLocale().toString(*metric.required, 'g', 12) + metric.unit;
}

bool MetricTableModel::hasWeights() const
{
    for (const Metric &m : m_document->release().metrics) {
        if (m.weight != 0)
            return true;
    }
    return false;
}

QModelIndex MetricTableModel::indexOfMetric(qint64 metricId, int column) const
{
    for (int row = 0; row < m_rows; ++row) {
        const Metric *m = metricAt(row);
        if (m && m->id == metricId)
            return index(row, column);
    }
    return QModelIndex();
}

const Metric *MetricTableModel::metricAt(int row) const
{
    const auto &metrics = m_document->release().metrics;
    return row >= 0 && row < int(metrics.size()) && row < m_rows ? &metrics[size_t(row)] : nullptr;
}

int MetricTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int MetricTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Metric *metric = metricAt(index.row());
    if (!metric)
        return QVariant();
    const bool met = metricMet(*metric);
    const int column = index.column();
    switch (role) {
    case MetricIdRole:
        return metric->id;
    case MetRole:
        return met;
    case Qt::EditRole:
        if (column == CurrentColumn)
            return metric->currentText;
        break;
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return metric->name;
        case CurrentColumn: return metric->currentText.isEmpty() ? tr("\u2014") : metric->currentText;
        case RequiredColumn: return requiredText(*metric);
        case VerdictColumn: return met ? tr("\u2714 Met") : tr("\u2716 Not met");
        case BlockerColumn: return metric->blocker ? tr("Yes") : tr("No");
        case WeightColumn: return metric->weight != 0 ? QLocale().toString(metric->weight, 'g', 6) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (column == CurrentColumn)
            return tr("Double-click or press F2 to record the current value (for example 71.3% or Leaking).");
        if (column == VerdictColumn && !metric->current && !metric->currentText.isEmpty())
            return tr("\u201c%1\u201d is not a number, so it cannot meet the requirement.").arg(metric->currentText);
        if (column == BlockerColumn && metric->blocker)
            return tr("While this metric is not met the release cannot go ahead.");
        return metric->name;
    case Qt::BackgroundRole:
        if (column == VerdictColumn)
            return ReadinessColours::verdictBackground(met);
        break;
    case Qt::ForegroundRole:
        if (column == VerdictColumn)
            return ReadinessColours::verdictText(met);
        if (column == BlockerColumn && metric->blocker && !met)
            return ReadinessColours::verdictText(false);
        break;
    case Qt::TextAlignmentRole:
        if (column == CurrentColumn || column == RequiredColumn || column == WeightColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return QVariant();
}

bool MetricTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != CurrentColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Metric *metric = metricAt(index.row());
    if (!metric)
        return false;
    // A refusal reaches the user through the document's errorOccurred; dataChanged comes from its
    // metricChanged.
    return m_document->setMetricCurrent(metric->id, value.toString()).ok();
}

Qt::ItemFlags MetricTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == CurrentColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MetricTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Metric");
    case CurrentColumn: return tr("Current");
    case RequiredColumn: return tr("Required");
    case VerdictColumn: return tr("Verdict");
    case BlockerColumn: return tr("Blocker");
    case WeightColumn: return tr("Weight");
    }
    return QVariant();
}

} // namespace gl
