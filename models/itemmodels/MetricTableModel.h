#pragma once
// The release's metrics: current against required, the verdict, whether a miss blocks.
// The current value is editable (it goes through ReleaseDocument, so it can be undone).

#include <QAbstractTableModel>

namespace gl {

class ReleaseDocument;
struct Metric;

class MetricTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, CurrentColumn, RequiredColumn, VerdictColumn, BlockerColumn, WeightColumn, ColumnCount };
    enum Role {
        MetricIdRole = Qt::UserRole + 1,
        MetRole,             // bool
    };

    explicit MetricTableModel(ReleaseDocument *document, QObject *parent = nullptr);

    // "> 15%", "≥ 65%", "< 10MB/hr": operator, number and unit as the release states them.
    static QString requiredText(const Metric &metric);
    bool hasWeights() const;
    QModelIndex indexOfMetric(qint64 metricId, int column = NameColumn) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Metric *metricAt(int row) const;

    ReleaseDocument *m_document;
    int m_rows = 0;
};

} // namespace gl
