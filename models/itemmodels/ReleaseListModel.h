#pragma once
// The releases of a workspace with their readiness and suggested decision, for the list on the left.

#include "domain/Readiness.h"
#include "domain/Result.h"
#include "store/Workspace.h"

#include <QAbstractTableModel>
#include <vector>

namespace gl {

class ReleaseDocument;

class ReleaseListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ReadinessColumn, DecisionColumn, UpdatedColumn, ColumnCount };
    enum Role {
        ReleaseIdRole = Qt::UserRole + 1,
        ReadinessPercentRole,   // double
        DecisionKeyRole,        // "GO", "CONDITIONAL GO", "NO-GO"
    };

    explicit ReleaseListModel(QObject *parent = nullptr);

    // Not owned. Reloads.
    Result<void> setWorkspace(Workspace *workspace);
    // The loaded release's row follows the document's figures without reading the workspace again.
    void setDocument(ReleaseDocument *document);

    // Reads every release of the workspace again (after an import, or another workspace).
    Result<void> reload();

    qint64 releaseIdAt(int row) const;
    QModelIndex indexOfRelease(qint64 releaseId, int column = NameColumn) const;
    // 0 when there are none.
    qint64 mostRecentlyUpdated() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        ReleaseSummary summary;
        double readinessPercent = 0;
        Decision decision = Decision::NoGo;
        bool figuresKnown = false;
        bool figuresTried = false;
    };
    void followDocument();
    // Figures need the whole release: read when first shown (the open release's come from the
    // document instead, so a large release is not read twice at start-up).
    const Row &withFigures(int row) const;

    Workspace *m_workspace = nullptr;
    ReleaseDocument *m_document = nullptr;
    mutable std::vector<Row> m_rows;
};

} // namespace gl
