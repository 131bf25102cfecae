#include "ReadinessTrendChart.h"

#include "itemmodels/ReadinessColours.h"
#include "itemmodels/ReleaseDocument.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPointer>
#include <QScatterSeries>
#include <QThread>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>
#include <cmath>

namespace gl {

ReadinessTrendChart::ReadinessTrendChart(ReleaseDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_view(new QChartView(this))
    , m_chart(new QChart)
    , m_readiness(new QLineSeries)
    , m_blockers(new QLineSeries)
    , m_blockerMarks(new QScatterSeries)
    , m_time(new QDateTimeAxis)
    , m_percent(new QValueAxis)
    , m_count(new QValueAxis)
    , m_empty(new QLabel(tr("The trend appears once the release has changed."), this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("readinessTrend"));
    m_view->setObjectName(QStringLiteral("readinessTrendChart"));
    m_view->setAccessibleName(tr("Readiness and open blockers over time"));
    m_view->setRenderHint(QPainter::Antialiasing);
    // setChart does not delete the chart the view made for itself: that is ours to delete.
    QChart *made = m_view->chart();
    m_view->setChart(m_chart);
    delete made;
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);

    m_readiness->setName(tr("Readiness %"));
    QPen readinessPen(ReadinessColours::decisionBackground(Decision::Go), 2);
    m_readiness->setPen(readinessPen);
    m_blockers->setName(tr("Open blockers"));
    QPen blockersPen(ReadinessColours::decisionBackground(Decision::NoGo), 2, Qt::DashLine);
    m_blockers->setPen(blockersPen);
    // Square marks on the blockers' line: a second cue besides colour and dash.
    m_blockerMarks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_blockerMarks->setMarkerSize(6);
    m_blockerMarks->setColor(blockersPen.color());
    m_blockerMarks->setBorderColor(blockersPen.color());
    m_chart->addSeries(m_readiness);
    m_chart->addSeries(m_blockers);
    m_chart->addSeries(m_blockerMarks);

    m_time->setFormat(QStringLiteral("dd MMM"));
    m_time->setTickCount(4);
    m_percent->setRange(0, 100);
    m_percent->setLabelFormat(QStringLiteral("%d %%"));
    m_percent->setTickCount(5);
    m_count->setLabelFormat(QStringLiteral("%d"));
    m_count->setMin(0);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_percent, Qt::AlignLeft);
    m_chart->addAxis(m_count, Qt::AlignRight);
    m_readiness->attachAxis(m_time);
    m_readiness->attachAxis(m_percent);
    for (QXYSeries *series : std::initializer_list<QXYSeries *> { m_blockers, m_blockerMarks }) {
        series->attachAxis(m_time);
        series->attachAxis(m_count);
    }
    // The marks repeat the blockers' line: one legend entry is enough.
    for (QLegendMarker *marker : m_chart->legend()->markers(m_blockerMarks))
        marker->setVisible(false);

    m_empty->setObjectName(QStringLiteral("readinessTrendEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    m_view->hide();

    followPalette();
    m_delay->setSingleShot(true);
    m_delay->setInterval(400);
    connect(m_delay, &QTimer::timeout, this, &ReadinessTrendChart::refreshNow);
    connect(m_document, &ReleaseDocument::releaseLoaded, this, &ReadinessTrendChart::scheduleRefresh);
    connect(m_document, &ReleaseDocument::readinessChanged, this, &ReadinessTrendChart::scheduleRefresh);
    setMinimumSize(260, 160);
}

ReadinessTrendChart::~ReadinessTrendChart()
{
    ++m_generation;  // a result still on its way is dropped
    if (m_stop)
        *m_stop = true;
    // A replay stops at its next step; it must not outlive what it reports to.
    for (const QPointer<QThread> &worker : m_workers) {
        if (worker)
            worker->wait();
    }
}

void ReadinessTrendChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
}

// The chart draws its own background and labels: it takes them from the window's palette (light
// or dark) whenever that changes.
void ReadinessTrendChart::followPalette()
{
    m_chart->setBackgroundBrush(palette().base());
    m_chart->legend()->setLabelColor(palette().text().color());
    for (QAbstractAxis *axis : std::initializer_list<QAbstractAxis *> { m_time, m_percent, m_count }) {
        axis->setLabelsColor(palette().text().color());
        axis->setGridLineColor(palette().mid().color());
        axis->setLinePenColor(palette().mid().color());
    }
}

void ReadinessTrendChart::scheduleRefresh()
{
    m_delay->start();
}

void ReadinessTrendChart::refreshNow()
{
    m_delay->stop();
    const quint64 generation = ++m_generation;
    Result<std::vector<AuditEntry>> rows = m_document->history();
    if (!rows.ok()) {
        display({}, generation);
        return;
    }
    // The replay works on copies, away from the window's thread; one that is still going is told
    // to stop, its result being out of date.
    m_computing = true;
    if (m_stop)
        *m_stop = true;
    m_stop = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> stop = m_stop;
    const Release release = m_document->release();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QPointer<ReadinessTrendChart> self(this);
    QThread *worker = QThread::create([self, release, rows = std::move(rows).value(), now, generation, stop] {
        std::vector<TrendPoint> points = readinessTrend(release, rows, now, 150, [stop] { return stop->load(); });
        if (stop->load())
            return;
        QMetaObject::invokeMethod(
            qApp, [self, points = std::move(points), generation]() mutable {
                if (self)
                    self->display(std::move(points), generation);
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    std::erase_if(m_workers, [](const QPointer<QThread> &w) { return w.isNull(); });
    m_workers.emplace_back(worker);
    worker->start(QThread::LowPriority);
}

void ReadinessTrendChart::display(std::vector<TrendPoint> points, quint64 generation)
{
    if (generation != m_generation)
        return;  // a newer refresh is under way
    m_computing = false;
    m_points = std::move(points);
    m_readiness->clear();
    m_blockers->clear();
    m_blockerMarks->clear();
    // The import and now alone make a flat line: wait for a change.
    const bool enough = m_points.size() >= 3;
    m_view->setVisible(enough);
    m_empty->setVisible(!enough);
    if (enough) {
        int most = 1;
        for (const TrendPoint &p : m_points) {
            const qreal x = qreal(p.at.toMSecsSinceEpoch());
            m_readiness->append(x, p.readinessPercent);
            m_blockers->append(x, p.openBlockers);
            m_blockerMarks->append(x, p.openBlockers);
            most = std::max(most, p.openBlockers);
        }
        QDateTime first = m_points.front().at.toLocalTime();
        QDateTime last = m_points.back().at.toLocalTime();
        if (first.secsTo(last) < 3600)
            first = last.addSecs(-3600);  // a short history still gets a readable span
        m_time->setFormat(first.daysTo(last) < 2 ? QStringLiteral("HH:mm") : QStringLiteral("dd MMM"));
        m_time->setRange(first, last);
        m_count->setRange(0, most + 1);
        m_count->setTickCount(std::min(most + 2, 6));
    }
    Q_EMIT updated();
}

} // namespace gl
