#pragma once
// The decision criteria: GO criteria that must all hold and NO-GO criteria of which any one blocks.
// Whether a criterion holds is a check box that goes through ReleaseDocument (undoable).

#include <QAbstractTableModel>

namespace gl {

class ReleaseDocument;
struct Criterion;

class CriteriaModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TextColumn, KindColumn, EffectColumn, ColumnCount };
    enum Role {
        CriterionIdRole = Qt::UserRole + 1,
        KindRole,            // "GO" or "NO-GO"
        HoldsRole,           // bool
    };

    explicit CriteriaModel(ReleaseDocument *document, QObject *parent = nullptr);

    QModelIndex indexOfCriterion(qint64 criterionId, int column = TextColumn) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Criterion *criterionAt(int row) const;

    ReleaseDocument *m_document;
    int m_rows = 0;
};

} // namespace gl
