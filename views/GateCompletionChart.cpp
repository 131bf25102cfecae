#include "GateCompletionChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QPainter>
#include <QValueAxis>
#include <algorithm>

namespace gl {

QPicture GateCompletionChart::picture(const Readiness &readiness, const QSizeF &size)
{
    auto *done = new QBarSet(tr("Done"));
    auto *open = new QBarSet(tr("Open"));
    done->setColor(QColor(0x2e, 0x7d, 0x32));
    done->setBorderColor(QColor(0x2e, 0x7d, 0x32));
    done->setLabelColor(Qt::white);
    open->setColor(QColor(0xd5, 0xd9, 0xde));
    open->setBorderColor(QColor(0xd5, 0xd9, 0xde));
    open->setLabelColor(QColor(0x33, 0x3b, 0x45));
    QStringList categories;
    // The first gate at the top: a horizontal bar chart draws its first category at the bottom.
    for (auto it = readiness.gates.rbegin(); it != readiness.gates.rend(); ++it) {
        const qsizetype number = readiness.gates.rend() - it;
        QString title = QStringLiteral("%1. %2").arg(number).arg(it->title);
        if (title.size() > 34)
            title = title.left(33) + QChar(0x2026);
        // Category names must be unique; a zero-width space keeps equal titles apart invisibly.
        while (categories.contains(title))
            title += QChar(0x200b);
        categories << title;
        const double percent = std::clamp(it->completionPercent, 0.0, 100.0);
        *done << percent;
        *open << 100.0 - percent;
    }

    auto *series = new QHorizontalStackedBarSeries;
    series->append(done);
    series->append(open);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    series->setBarWidth(0.7);

    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setTruncateLabels(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setTickCount(6);
    axisX->setLabelFormat(QStringLiteral("%d %"));
    axisX->setTruncateLabels(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    // A pixel size, not a point size: the picture is replayed on a device of another resolution,
    // where a point size would be converted again, but pixels scale with the rest of the chart.
    QFont font;
    font.setPixelSize(8);
    done->setLabelFont(font);
    open->setLabelFont(font);
    axisY->setLabelsFont(font);
    axisX->setLabelsFont(font);
    chart->legend()->setFont(font);
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);

    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    chart->layout()->activate();
    QPicture picture;
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    painter.end();
    return picture;
}

} // namespace gl
