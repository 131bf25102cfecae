#pragma once
// The items of one gate as a tree. Status and owners are editable in place; every edit becomes an
// undo command through ReleaseDocument. Groups show the status rolled up from their leaves. A leaf
// whose required evidence is missing or stale carries a warning icon and says why in its tooltip.

#include "domain/Freshness.h"
#include "itemmodels/ItemFilter.h"

#include <QAbstractItemModel>
#include <QHash>
#include <vector>

namespace gl {

class ReleaseDocument;
struct Item;

class ChecklistTreeModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, StatusColumn, OwnersColumn, BlockerColumn, CommandsColumn, ColumnCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        StatusKeyRole,       // "passed" ... (the rolled-up one for groups)
        IsGroupRole,         // bool
        // setData only, on the status column: a QVariantMap {"status": key, "reason": text,
        // "expiry": QDate} for statuses that carry a reason.
        StatusChangeRole,
        // "missing" or "stale" for a leaf readiness counts as lacking evidence, else "not-required"
        // or "fresh" (a waived or not applicable leaf asks nothing any more).
        EvidenceStateRole,
    };

    explicit ChecklistTreeModel(ReleaseDocument *document, QObject *parent = nullptr);

    // 0 shows nothing.
    void setGate(qint64 gateId);
    qint64 gateId() const { return m_gateId; }

    // Shows only the items that match and the groups above them (a reset). The tree is rebuilt from
    // the items directly: filtering 100,000 items costs about a plain scan of them.
    void setFilter(const ItemFilter &filter);
    const ItemFilter &filter() const { return m_filter; }
    // Leaves shown that match the filter themselves (all leaves shown when there is no filter).
    int matchCount() const { return m_matches; }

    QModelIndex indexOfItem(qint64 itemId, int column = TitleColumn) const;
    qint64 itemIdAt(const QModelIndex &index) const;
    // The item behind a row, or nullptr (valid until the next reset).
    const Item *itemAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Rows are dragged by id; a drop moves them through the document (one undo step), so the view
    // never removes rows itself (dropMimeData answers false once the move is done).
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    static QString itemMimeType() { return QStringLiteral("application/x-greenlight-items"); }
    // Which process, workspace and release a drag comes from; only our own is taken.
    static QString sourceMimeType() { return QStringLiteral("application/x-greenlight-source"); }
    static QByteArray dragSource(const ReleaseDocument *document);
    static std::vector<qint64> itemIdsIn(const QMimeData *data);
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        const Item *item = nullptr;   // points into the document's release; rebuilt on every reset
        int parent = -1;              // node index, -1 for a top-level item
        int row = 0;
        std::vector<int> children;
    };
    void rebuild();
    void rebuildNodes();
    // The node's index, or -1 when a filter hides the item and everything below it.
    int addNode(const Item &item, int parent, int row);
    const Node *nodeOf(const QModelIndex &index) const;
    void itemChanged(qint64 itemId);
    // The leaves readiness counts as lacking evidence (countedEvidenceCheck at the document's time).
    QHash<qint64, EvidenceCheck> evidenceProblems() const;
    void readinessChanged();

    ReleaseDocument *m_document;
    qint64 m_gateId = 0;
    bool m_resetting = false;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
    QHash<qint64, int> m_nodeOfItem;
    QHash<qint64, EvidenceCheck> m_evidenceProblems;
    ItemFilter m_filter;
    int m_matches = 0;
};

} // namespace gl
