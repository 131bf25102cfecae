#pragma once
// The readiness matrix: the decision banner, a row per gate with its completion bar, the metrics
// and the decision criteria of the open release.

#include <QWidget>

class QTableView;

namespace gl {

class CriteriaModel;
class DecisionBanner;
class GateMatrixModel;
class MetricTableModel;
class ReadinessTrendChart;
class ReleaseDocument;

class ReadinessMatrixView final : public QWidget {
    Q_OBJECT
public:
    explicit ReadinessMatrixView(ReleaseDocument *document, QWidget *parent = nullptr);
    ~ReadinessMatrixView() override;

    GateMatrixModel *gateModel() const { return m_gates; }
    MetricTableModel *metricModel() const { return m_metrics; }
    CriteriaModel *criteriaModel() const { return m_criteria; }
    QTableView *gateTable() const { return m_gateTable; }
    QTableView *metricTable() const { return m_metricTable; }
    QTableView *criteriaTable() const { return m_criteriaTable; }
    DecisionBanner *banner() const { return m_banner; }
    ReadinessTrendChart *trendChart() const { return m_trend; }

    qint64 selectedGate() const { return m_selectedGate; }
    void selectGate(qint64 gateId);

Q_SIGNALS:
    void gateSelected(qint64 gateId);

private:
    void followReset();
    void followCurrentRow();

    ReleaseDocument *m_document;
    GateMatrixModel *m_gates;
    MetricTableModel *m_metrics;
    CriteriaModel *m_criteria;
    DecisionBanner *m_banner;
    QTableView *m_gateTable;
    QTableView *m_metricTable;
    QTableView *m_criteriaTable;
    ReadinessTrendChart *m_trend;
    qint64 m_selectedGate = 0;
};

} // namespace gl
