#pragma once
// The readiness matrix: a row per gate with its completion, counts and state.

#include "itemmodels/ReadinessColours.h"

#include "domain/Readiness.h"

#include <QAbstractTableModel>
#include <vector>

namespace gl {

class ReleaseDocument;

class GateMatrixModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        CompletionColumn,
        PassedColumn,        // "passed / total"
        FailedColumn,
        BlockedColumn,
        InconclusiveColumn,
        WaivedColumn,
        NotApplicableColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        GateIdRole = Qt::UserRole + 1,
        CompletionRole,      // double, 0..100
        StateRole,           // int(GateState)
        CountRole,           // int: the number a count column shows (passed for PassedColumn)
        TotalRole,           // int: leaves in the gate
    };

    explicit GateMatrixModel(ReleaseDocument *document, QObject *parent = nullptr);

    static GateState stateOf(const GateReadiness &gate);
    static QString stateLabel(GateState state);   // translated, with a symbol: "✔ Complete"

    qint64 gateIdAt(int row) const;
    QModelIndex indexOfGate(qint64 gateId, int column = TitleColumn) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A gate row dragged to another place moves the gate; checklist items dropped onto a gate row
    // move there (to the end of its top level). Both through the document, each one undo step; the
    // view never moves rows itself (dropMimeData answers false once the move is done).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    static QString gateMimeType() { return QStringLiteral("application/x-greenlight-gate"); }

private:
    void followReadiness();

    ReleaseDocument *m_document;
    // What the view was last told, so a change emits dataChanged for the rows that moved only.
    std::vector<GateReadiness> m_shown;
};

} // namespace gl
