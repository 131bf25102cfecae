#pragma once
// Readiness % and open blockers over time for the open release, beside the gates (Qt Charts). The
// history is replayed from the audit log on a worker thread, a moment after the last change, so a
// long log never holds up the window. The two lines differ in colour, dash and marker, and the
// legend names them, so the chart reads without colour and in print.

#include "itemmodels/ReadinessTrend.h"

#include <QPointer>
#include <atomic>
#include <memory>
#include <QThread>
#include <QWidget>
#include <vector>

class QLabel;
class QTimer;

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace gl {

class ReleaseDocument;

class ReadinessTrendChart final : public QWidget {
    Q_OBJECT
public:
    explicit ReadinessTrendChart(ReleaseDocument *document, QWidget *parent = nullptr);
    ~ReadinessTrendChart() override;

    // Computes again now (tests; the view itself waits for a quiet moment).
    void refreshNow();
    const std::vector<TrendPoint> &points() const { return m_points; }
    bool isComputing() const { return m_computing; }
    QChartView *chartView() const { return m_view; }

Q_SIGNALS:
    void updated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void followPalette();
    void display(std::vector<TrendPoint> points, quint64 generation);

    ReleaseDocument *m_document;
    QChartView *m_view;
    QChart *m_chart;
    QLineSeries *m_readiness;
    QLineSeries *m_blockers;
    QScatterSeries *m_blockerMarks;
    QDateTimeAxis *m_time;
    QValueAxis *m_percent;
    QValueAxis *m_count;
    QLabel *m_empty;
    QTimer *m_delay;
    std::vector<TrendPoint> m_points;
    std::vector<QPointer<QThread>> m_workers;  // waited for when the chart goes
    std::shared_ptr<std::atomic_bool> m_stop;  // the replay under way stops when this is set
    quint64 m_generation = 0;
    bool m_computing = false;
};

} // namespace gl
