#include "itemmodels/ChecklistTreeModel.h"

#include "itemmodels/ReadinessColours.h"
#include "itemmodels/ReleaseDocument.h"
#include "itemmodels/StoreEditCommand.h"
#include "store/Workspace.h"

#include <QCoreApplication>

#include <QDate>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QMimeData>
#include <QSet>
#include <QUndoStack>
#include <QVariantMap>
#include <algorithm>

namespace gl {

namespace {
QStringList splitOwners(const QString &text)
{
    QStringList owners;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString owner = part.trimmed();
        if (!owner.isEmpty() && !owners.contains(owner))
            owners << owner;
    }
    return owners;
}
// The theme's warning sign, or a drawn one (amber triangle, dark "!") where there is no icon theme:
// the shape, not only its colour, tells it apart, and the tooltip says why in words.
QIcon warningIcon()
{
    static const QIcon icon = [] {
        QIcon drawn;
        for (int side : {16, 24, 32, 48}) {
            QPixmap pixmap(side, side);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            const qreal m = side / 16.0;
            QPainterPath triangle;
            triangle.moveTo(side / 2.0, 1 * m);
            triangle.lineTo(side - 0.5 * m, side - 1.5 * m);
            triangle.lineTo(0.5 * m, side - 1.5 * m);
            triangle.closeSubpath();
            p.setPen(QPen(QColor(0x5c, 0x3d, 0x00), m));
            p.setBrush(QColor(0xf5, 0xb7, 0x00));
            p.drawPath(triangle);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x20, 0x18, 0x00));
            p.drawRect(QRectF(side / 2.0 - m, 5 * m, 2 * m, 5.5 * m));
            p.drawEllipse(QPointF(side / 2.0, 12.5 * m), 1.1 * m, 1.1 * m);
            p.end();
            drawn.addPixmap(pixmap);
        }
        return QIcon::fromTheme(QStringLiteral("dialog-warning"), drawn);
    }();
    return icon;
}
} // namespace

ChecklistTreeModel::ChecklistTreeModel(ReleaseDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    // The nodes point into the document's release: drop them before it is replaced.
    connect(m_document, &ReleaseDocument::releaseAboutToLoad, this, [this] {
        beginResetModel();
        m_resetting = true;
        m_nodes.clear();
        m_roots.clear();
        m_nodeOfItem.clear();
    });
    connect(m_document, &ReleaseDocument::releaseLoaded, this, [this] {
        rebuild();
        m_resetting = false;
        endResetModel();
    });
    connect(m_document, &ReleaseDocument::itemChanged, this, &ChecklistTreeModel::itemChanged);
    connect(m_document, &ReleaseDocument::readinessChanged, this, &ChecklistTreeModel::readinessChanged);
    m_evidenceProblems = evidenceProblems();
}

void ChecklistTreeModel::setGate(qint64 gateId)
{
    if (gateId == m_gateId)
        return;
    if (m_resetting) {
        // Asked while the document is replacing the release: the reset under way builds this gate.
        m_gateId = gateId;
        return;
    }
    beginResetModel();
    m_gateId = gateId;
    rebuild();
    endResetModel();
}

void ChecklistTreeModel::setFilter(const ItemFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuildNodes();
    endResetModel();
}

void ChecklistTreeModel::rebuild()
{
    m_evidenceProblems = evidenceProblems();
    rebuildNodes();
}

void ChecklistTreeModel::rebuildNodes()
{
    m_nodes.clear();
    m_roots.clear();
    m_nodeOfItem.clear();
    m_matches = 0;
    const Gate *gate = m_gateId ? m_document->gate(m_gateId) : nullptr;
    if (!gate)
        return;
    int row = 0;
    for (const Item &item : gate->items) {
        const int node = addNode(item, -1, row);
        if (node >= 0) {
            m_roots.push_back(node);
            ++row;
        }
    }
}

int ChecklistTreeModel::addNode(const Item &item, int parent, int row)
{
    const int self = int(m_nodes.size());
    m_nodes.push_back(Node{&item, parent, row, {}});
    int childRow = 0;
    for (const Item &child : item.children) {
        const int childNode = addNode(child, self, childRow);
        if (childNode >= 0) {
            m_nodes[size_t(self)].children.push_back(childNode);
            ++childRow;
        }
    }
    const bool matches = m_filter.isEmpty() || m_filter.matches(item);
    if (!matches && childRow == 0) {
        m_nodes.pop_back();  // nothing below was kept either, so this is the last node
        return -1;
    }
    if (matches && item.children.empty())
        ++m_matches;
    m_nodeOfItem.insert(item.id, self);
    return self;
}

const ChecklistTreeModel::Node *ChecklistTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[size_t(index.internalId())];
}

QModelIndex ChecklistTreeModel::indexOfItem(qint64 itemId, int column) const
{
    const auto found = m_nodeOfItem.constFind(itemId);
    if (found == m_nodeOfItem.constEnd())
        return QModelIndex();
    return createIndex(m_nodes[size_t(*found)].row, column, quintptr(*found));
}

const Item *ChecklistTreeModel::itemAt(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->item : nullptr;
}

qint64 ChecklistTreeModel::itemIdAt(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->item->id : 0;
}

QModelIndex ChecklistTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return QModelIndex();
    const std::vector<int> *siblings = &m_roots;
    if (parent.isValid()) {
        const Node *p = nodeOf(parent);
        if (!p || parent.column() != 0)
            return QModelIndex();
        siblings = &p->children;
    }
    if (row >= int(siblings->size()))
        return QModelIndex();
    return createIndex(row, column, quintptr((*siblings)[size_t(row)]));
}

QModelIndex ChecklistTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return QModelIndex();
    return createIndex(m_nodes[size_t(node->parent)].row, 0, quintptr(node->parent));
}

int ChecklistTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int ChecklistTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ChecklistTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return QVariant();
    const Item &item = *node->item;
    const bool group = item.isGroup();
    const ItemStatus status = group ? rolledUpStatus(item) : item.status;
    const bool expired = !group && status == ItemStatus::Waived && item.waiverExpiry.isValid()
        && item.waiverExpiry < m_document->today();
    const int column = index.column();
    switch (role) {
    case ItemIdRole:
        return item.id;
    case StatusKeyRole:
        return statusKey(status);
    case IsGroupRole:
        return group;
    case EvidenceStateRole: {
        if (group)
            return evidenceStateKey(EvidenceState::NotRequired);
        const auto problem = m_evidenceProblems.constFind(item.id);
        if (problem != m_evidenceProblems.constEnd())
            return evidenceStateKey(problem->state);
        // Not among the problems: fresh if asked, unless nothing is asked any more (as readiness counts it).
        const bool exempt = item.status == ItemStatus::NotApplicable
            || (item.status == ItemStatus::Waived && !waiverExpired(item, m_document->today()));
        return item.evidenceRequirement.required && !exempt ? evidenceStateKey(EvidenceState::Fresh)
                                                            : evidenceStateKey(EvidenceState::NotRequired);
    }
    case Qt::DecorationRole:
        if (column == TitleColumn && m_evidenceProblems.contains(item.id))
            return warningIcon();
        break;
    case Qt::AccessibleDescriptionRole:
        if (column == TitleColumn) {
            const auto problem = m_evidenceProblems.constFind(item.id);
            if (problem != m_evidenceProblems.constEnd())
                return problem->reason;
        }
        break;
    case Qt::EditRole:
        if (column == StatusColumn)
            return statusKey(status);
        if (column == OwnersColumn)
            return item.owners.join(QStringLiteral(", "));
        if (column == TitleColumn)
            return item.title;
        break;
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return item.title;
        case StatusColumn:
            if (expired)
                return tr("%1 (expired)").arg(statusLabel(status));
            return statusLabel(status);
        case OwnersColumn:
            return item.owners.join(QStringLiteral(", "));
        case BlockerColumn:
            return item.blocker ? tr("Yes") : QString();
        case CommandsColumn:
            return item.commands.isEmpty() ? QVariant() : QVariant(int(item.commands.size()));
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case TitleColumn: {
            QString tip = item.passCriteria.isEmpty() ? item.title : tr("%1\nPass: %2").arg(item.title, item.passCriteria);
            const auto problem = m_evidenceProblems.constFind(item.id);
            if (problem != m_evidenceProblems.constEnd())
                tip += u'\n' + problem->reason;
            return tip;
        }
        case StatusColumn:
            if (group)
                return tr("Rolled up from the %n items inside; change those.", nullptr, int(item.children.size()));
            if (expired)
                return tr("The waiver expired on %1.").arg(QLocale().toString(item.waiverExpiry, QLocale::ShortFormat));
            if (status == ItemStatus::Waived && item.waiverExpiry.isValid()) {
                const QString until = tr("Waived until %1.").arg(QLocale().toString(item.waiverExpiry, QLocale::ShortFormat));
                return item.statusReason.isEmpty() ? until : item.statusReason + QLatin1Char('\n') + until;
            }
            return item.statusReason.isEmpty() ? QVariant() : QVariant(item.statusReason);
        case CommandsColumn:
            return item.commands.isEmpty() ? QVariant() : QVariant(item.commands.join(QLatin1Char('\n')));
        }
        break;
    case Qt::BackgroundRole:
        if (column == StatusColumn) {
            const QColor c = ReadinessColours::statusBackground(expired ? ItemStatus::Blocked : status);
            return c.isValid() ? QVariant(c) : QVariant();
        }
        break;
    case Qt::ForegroundRole:
        if (column == StatusColumn) {
            const QColor c = ReadinessColours::statusText(expired ? ItemStatus::Blocked : status);
            return c.isValid() ? QVariant(c) : QVariant();
        }
        if (column == BlockerColumn && item.blocker)
            return ReadinessColours::verdictText(false);
        break;
    case Qt::FontRole:
        if (group && column == TitleColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == CommandsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return QVariant();
}

bool ChecklistTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *node = nodeOf(index);
    if (!node || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Item &item = *node->item;
    const qint64 itemId = item.id;
    if (index.column() == StatusColumn && (role == Qt::EditRole || role == StatusChangeRole)) {
        QString key;
        QString reason;
        QDate expiry;
        if (role == StatusChangeRole) {
            const QVariantMap change = value.toMap();
            key = change.value(QStringLiteral("status")).toString();
            reason = change.value(QStringLiteral("reason")).toString().trimmed();
            expiry = change.value(QStringLiteral("expiry")).toDate();
        } else {
            key = value.toString();
        }
        const std::optional<ItemStatus> status = statusFromKey(key);
        if (!status)
            return false;
        if (role == Qt::EditRole && *status == item.status) {
            // same status through the plain editor: keep its reason and expiry
            reason = item.statusReason;
            expiry = item.waiverExpiry;
        }
        return m_document->setItemStatus(itemId, *status, reason, expiry).ok();
    }
    if (index.column() == OwnersColumn && role == Qt::EditRole) {
        Item edited = item;
        edited.children.clear();
        edited.owners = splitOwners(value.toString());
        return m_document->updateItem(edited).ok();
    }
    return false;
}

Qt::ItemFlags ChecklistTreeModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return index.isValid() ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;  // the gate's top level takes drops
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (!node->item->isGroup() && index.column() == StatusColumn)
        f |= Qt::ItemIsEditable;
    if (index.column() == OwnersColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QStringList ChecklistTreeModel::mimeTypes() const
{
    return { itemMimeType() };
}

QMimeData *ChecklistTreeModel::mimeData(const QModelIndexList &indexes) const
{
    // One id per row, in the order the rows are shown, each once (a row has several columns).
    std::vector<std::pair<std::vector<int>, qint64>> rows;
    QSet<qint64> seen;
    for (const QModelIndex &index : indexes) {
        const Node *node = nodeOf(index);
        if (!node || seen.contains(node->item->id))
            continue;
        seen.insert(node->item->id);
        std::vector<int> path;
        for (QModelIndex at = index.siblingAtColumn(0); at.isValid(); at = at.parent())
            path.insert(path.begin(), at.row());
        rows.emplace_back(std::move(path), node->item->id);
    }
    std::sort(rows.begin(), rows.end());
    QByteArray ids;
    for (const auto &row : rows)
        ids += QByteArray::number(row.second) + '\n';
    auto *data = new QMimeData;
    data->setData(itemMimeType(), ids);
    data->setData(sourceMimeType(), dragSource(m_document));
    return data;
}

QByteArray ChecklistTreeModel::dragSource(const ReleaseDocument *document)
{
    // Ids mean something in one release of one workspace, in this process: another window's drag
    // (another workspace, where the same ids are other items) is refused.
    const QString path = document->workspace() ? document->workspace()->path() : QString();
    return QByteArray::number(QCoreApplication::applicationPid()) + ':' + QByteArray::number(document->releaseId())
        + ':' + path.toUtf8();
}

std::vector<qint64> ChecklistTreeModel::itemIdsIn(const QMimeData *data)
{
    std::vector<qint64> ids;
    if (!data)
        return ids;
    const QList<QByteArray> lines = data->data(itemMimeType()).split('\n');
    for (const QByteArray &line : lines) {
        bool ok = false;
        const qint64 id = line.toLongLong(&ok);
        if (ok && id > 0)
            ids.push_back(id);
    }
    return ids;
}

bool ChecklistTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                         const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(itemMimeType()) || !m_gateId
        || data->data(sourceMimeType()) != dragSource(m_document))
        return false;
    // Not into itself or below itself.
    const std::vector<qint64> ids = itemIdsIn(data);
    for (QModelIndex at = parent; at.isValid(); at = at.parent()) {
        if (std::find(ids.begin(), ids.end(), itemIdAt(at)) != ids.end())
            return false;
    }
    return !ids.empty();
}

bool ChecklistTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parentIndex)
{
    if (!canDropMimeData(data, action, row, column, parentIndex))
        return false;
    const qint64 gateId = m_gateId;
    const QModelIndex parentTitle = parentIndex.siblingAtColumn(0);
    const qint64 parentId = itemIdAt(parentTitle);
    // Items whose group is dragged with them go along inside it, not on their own.
    std::vector<qint64> ids;
    const std::vector<qint64> dragged = itemIdsIn(data);
    for (qint64 id : dragged) {
        bool insideDragged = false;
        for (std::optional<ReleaseDocument::Place> at = m_document->placeOf(id); at && at->parentId;
             at = m_document->placeOf(at->parentId)) {
            if (std::find(dragged.begin(), dragged.end(), at->parentId) != dragged.end())
                insideDragged = true;
        }
        if (!insideDragged && m_document->item(id))
            ids.push_back(id);
    }
    if (ids.empty())
        return false;
    // Where they go is "before the anchor": the first row at or after the drop point that is not
    // dragged (the row shown may not be the stored one when a filter hides rows), or the end of the
    // list. Each move reloads the document, so the anchor's place is looked up again every time.
    qint64 anchor = 0;
    const int shownRows = rowCount(parentTitle);
    for (int r = row < 0 ? shownRows : row; r < shownRows && !anchor; ++r) {
        const qint64 id = itemIdAt(index(r, 0, parentTitle));
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            anchor = id;
    }
    QUndoStack *stack = m_document->undoStack();
    if (ids.size() > 1)
        stack->beginMacro(tr("Move %n item(s)", nullptr, int(ids.size())));
    for (qint64 id : ids) {
        int position = 0;
        const std::optional<ReleaseDocument::Place> at = anchor ? m_document->placeOf(anchor) : std::nullopt;
        if (at) {
            position = at->position;
            const std::optional<ReleaseDocument::Place> from = m_document->placeOf(id);
            if (from && from->gateId == at->gateId && from->parentId == at->parentId && from->position < at->position)
                --position;  // the store counts the new siblings without the item moved
        } else if (parentId) {
            position = int(m_document->item(parentId)->children.size());
        } else {
            position = int(m_document->gate(gateId)->items.size());
        }
        if (!m_document->moveItem(id, gateId, parentId, position).ok())
            break;
    }
    if (ids.size() > 1)
        endMacroDroppingEmpty(stack);
    return false;
}

QVariant ChecklistTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Item");
    case StatusColumn: return tr("Status");
    case OwnersColumn: return tr("Owners");
    case BlockerColumn: return tr("Blocker");
    case CommandsColumn: return tr("Commands");
    }
    return QVariant();
}

void ChecklistTreeModel::itemChanged(qint64 itemId)
{
    auto found = m_nodeOfItem.constFind(itemId);
    if (found == m_nodeOfItem.constEnd())
        return;
    // The item's row and every ancestor's (a group's status rolls up from it).
    for (int n = *found; n >= 0; n = m_nodes[size_t(n)].parent) {
        const Node &node = m_nodes[size_t(n)];
        Q_EMIT dataChanged(createIndex(node.row, 0, quintptr(n)), createIndex(node.row, ColumnCount - 1, quintptr(n)));
    }
}

QHash<qint64, EvidenceCheck> ChecklistTreeModel::evidenceProblems() const
{
    // Readiness already ran countedEvidenceCheck on every leaf at the document's time: the warning
    // and the figures can never disagree.
    QHash<qint64, EvidenceCheck> problems;
    for (const EvidenceProblem &p : m_document->readiness().evidenceProblems) {
        EvidenceCheck check;
        check.state = p.state;
        check.reason = p.reason;
        problems.insert(p.itemId, check);
    }
    return problems;
}

void ChecklistTreeModel::readinessChanged()
{
    if (m_resetting)
        return;
    QHash<qint64, EvidenceCheck> now = evidenceProblems();
    QList<qint64> changed;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto was = m_evidenceProblems.constFind(it.key());
        if (was == m_evidenceProblems.constEnd() || was->state != it->state || was->reason != it->reason)
            changed << it.key();
    }
    for (auto it = m_evidenceProblems.cbegin(); it != m_evidenceProblems.cend(); ++it) {
        if (!now.contains(it.key()))
            changed << it.key();
    }
    m_evidenceProblems = std::move(now);
    for (qint64 id : std::as_const(changed)) {
        const QModelIndex title = indexOfItem(id, TitleColumn);
        if (title.isValid())
            Q_EMIT dataChanged(title, title, {Qt::DecorationRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole, EvidenceStateRole});
    }
}

} // namespace gl
