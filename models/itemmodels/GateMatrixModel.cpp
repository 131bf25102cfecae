#include "itemmodels/GateMatrixModel.h"

#include "itemmodels/ChecklistTreeModel.h"
#include "itemmodels/StoreEditCommand.h"

#include "itemmodels/ReleaseDocument.h"

#include <QMimeData>
#include <QUndoStack>

#include <QLocale>

namespace gl {

namespace {
bool sameFigures(const GateReadiness &a, const GateReadiness &b)
{
    return a.gateId == b.gateId && a.title == b.title && a.total == b.total && a.passed == b.passed
        && a.failed == b.failed && a.blocked == b.blocked && a.inconclusive == b.inconclusive
        && a.waived == b.waived && a.notApplicable == b.notApplicable && a.inProgress == b.inProgress
        && a.notStarted == b.notStarted && a.completionPercent == b.completionPercent
        && a.complete == b.complete && a.hasBlocker == b.hasBlocker;
}

int countAt(const GateReadiness &gate, int column)
{
    switch (column) {
    case GateMatrixModel::PassedColumn: return gate.passed;
    case GateMatrixModel::FailedColumn: return gate.failed;
    case GateMatrixModel::BlockedColumn: return gate.blocked;
    case GateMatrixModel::InconclusiveColumn: return gate.inconclusive;
    case GateMatrixModel::WaivedColumn: return gate.waived;
    case GateMatrixModel::NotApplicableColumn: return gate.notApplicable;
    }
    return 0;
}
} // namespace

GateMatrixModel::GateMatrixModel(ReleaseDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_shown(document->readiness().gates)
{
    connect(m_document, &ReleaseDocument::releaseAboutToLoad, this, [this] {
        beginResetModel();
        m_shown.clear();
    });
    connect(m_document, &ReleaseDocument::releaseLoaded, this, [this] {
        m_shown = m_document->readiness().gates;
        endResetModel();
    });
    connect(m_document, &ReleaseDocument::readinessChanged, this, &GateMatrixModel::followReadiness);
}

GateState GateMatrixModel::stateOf(const GateReadiness &gate)
{
    if (gate.complete)
        return GateState::Complete;
    if (gate.hasBlocker || gate.failed > 0 || gate.blocked > 0)
        return GateState::Blocked;
    if (gate.notStarted == gate.total)
        return GateState::NotStarted;
    return GateState::InProgress;
}

QString GateMatrixModel::stateLabel(GateState state)
{
    switch (state) {
    case GateState::Complete: return tr("\u2714 Complete");
    case GateState::InProgress: return tr("\u25d1 In progress");
    case GateState::Blocked: return tr("\u2716 Blocked");
    case GateState::NotStarted: return tr("\u25cb Not started");
    }
    return QString();
}

qint64 GateMatrixModel::gateIdAt(int row) const
{
    return row >= 0 && row < int(m_shown.size()) ? m_shown[size_t(row)].gateId : 0;
}

QModelIndex GateMatrixModel::indexOfGate(qint64 gateId, int column) const
{
    for (size_t i = 0; i < m_shown.size(); ++i) {
        if (m_shown[i].gateId == gateId)
            return index(int(i), column);
    }
    return QModelIndex();
}

int GateMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int GateMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GateMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const GateReadiness &gate = m_shown[size_t(index.row())];
    const GateState state = stateOf(gate);
    const int column = index.column();
    switch (role) {
    case GateIdRole:
        return gate.gateId;
    case CompletionRole:
        return gate.completionPercent;
    case StateRole:
        return int(state);
    case TotalRole:
        return gate.total;
    case CountRole:
        if (column >= PassedColumn && column <= NotApplicableColumn)
            return countAt(gate, column);
        break;
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return gate.title;
        case CompletionColumn:
            return tr("%1%").arg(QLocale().toString(gate.completionPercent, 'f', 0));
        case PassedColumn:
            return tr("%1 / %2").arg(gate.passed).arg(gate.total);
        case StateColumn:
            return stateLabel(state);
        default:
            return countAt(gate, column);
        }
    case Qt::ToolTipRole: {
        QString tip = tr("%1\n%2 of %3 items done (passed, waived or not applicable); %4 in progress, %5 not started.")
                          .arg(gate.title)
                          .arg(gate.passed + gate.waived + gate.notApplicable)
                          .arg(gate.total)
                          .arg(gate.inProgress)
                          .arg(gate.notStarted);
        if (gate.hasBlocker)
            tip += QLatin1Char('\n') + tr("A blocker item is failed or blocked.");
        const Gate *g = m_document->gate(gate.gateId);
        if (g && g->requiresPrevious)
            tip += QLatin1Char('\n') + tr("Requires the previous gate to be complete.");
        return tip;
    }
    case Qt::BackgroundRole:
        if (column == StateColumn)
            return ReadinessColours::gateBackground(state);
        break;
    case Qt::ForegroundRole:
        if (column == StateColumn)
            return ReadinessColours::gateText(state);
        if ((column == FailedColumn && gate.failed > 0) || (column == BlockedColumn && gate.blocked > 0))
            return ReadinessColours::gateText(GateState::Blocked);
        break;
    case Qt::TextAlignmentRole:
        if (column != TitleColumn && column != StateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return QVariant();
}

QVariant GateMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TitleColumn: return tr("Gate");
        case CompletionColumn: return tr("Completion");
        case PassedColumn: return tr("Passed");
        case FailedColumn: return tr("Failed");
        case BlockedColumn: return tr("Blocked");
        case InconclusiveColumn: return tr("Inconclusive");
        case WaivedColumn: return tr("Waived");
        case NotApplicableColumn: return tr("N/A");
        case StateColumn: return tr("State");
        }
    }
    if (role == Qt::ToolTipRole && section == NotApplicableColumn)
        return tr("Not applicable");
    return QVariant();
}

void GateMatrixModel::followReadiness()
{
    const std::vector<GateReadiness> &now = m_document->readiness().gates;
    if (now.size() != m_shown.size()) {
        beginResetModel();
        m_shown = now;
        endResetModel();
        return;
    }
    for (size_t i = 0; i < now.size(); ++i) {
        if (sameFigures(now[i], m_shown[i]))
            continue;
        m_shown[i] = now[i];
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

Qt::ItemFlags GateMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;  // between rows
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList GateMatrixModel::mimeTypes() const
{
    return { gateMimeType(), ChecklistTreeModel::itemMimeType() };
}

QMimeData *GateMatrixModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(gateMimeType(), QByteArray::number(gateIdAt(indexes.first().row())));
    data->setData(ChecklistTreeModel::sourceMimeType(), ChecklistTreeModel::dragSource(m_document));
    return data;
}

bool GateMatrixModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                      const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data || !m_document->isLoaded()
        || data->data(ChecklistTreeModel::sourceMimeType()) != ChecklistTreeModel::dragSource(m_document))
        return false;
    if (data->hasFormat(gateMimeType()))
        return row >= 0 || parent.isValid();
    // Items go onto a gate, not between two.
    return data->hasFormat(ChecklistTreeModel::itemMimeType()) && parent.isValid()
        && !ChecklistTreeModel::itemIdsIn(data).empty();
}

bool GateMatrixModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    if (data->hasFormat(gateMimeType())) {
        const qint64 gateId = data->data(gateMimeType()).toLongLong();
        int from = -1;
        for (int i = 0; i < rowCount(); ++i) {
            if (gateIdAt(i) == gateId)
                from = i;
        }
        if (from < 0)
            return false;
        // Dropped onto a row: it takes that row's place; between rows: the place before `row`.
        int to = parent.isValid() ? parent.row() : row;
        if (!parent.isValid() && from < to)
            --to;
        static_cast<void>(m_document->moveGate(gateId, to));  // a refusal is reported by the document
        return false;
    }
    const qint64 target = gateIdAt(parent.row());
    const std::vector<qint64> ids = ChecklistTreeModel::itemIdsIn(data);
    QUndoStack *stack = m_document->undoStack();
    if (ids.size() > 1)
        stack->beginMacro(ChecklistTreeModel::tr("Move %n item(s)", nullptr, int(ids.size())));
    for (qint64 id : ids) {
        const Gate *gate = m_document->gate(target);
        if (!gate || !m_document->item(id) || !m_document->moveItem(id, target, 0, int(gate->items.size())).ok())
            break;
    }
    if (ids.size() > 1)
        endMacroDroppingEmpty(stack);
    return false;
}

} // namespace gl
