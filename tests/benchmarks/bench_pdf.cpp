// The PDF decision record of a 1,000-item release against its baseline measured in the same run: a
// bare QPainter on QPdfWriter drawing a 1,000-row table (title, status, owner, evidence SHA-256) with
// page breaks. Target: the record takes no more than 3x the bare table (issue 5). The record's time
// includes drawing the chart (Qt Charts) and the two passes (layout, then paint with "page N of M").

#include "BenchReport.h"
#include "GateCompletionChart.h"
#include "interchange/DecisionRecordPdf.h"

#include <QApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <algorithm>
#include <vector>

using namespace gl;

namespace {

constexpr int gateCount = 10;
constexpr int itemsPerGate = 100;

QString fakeSha(int n)
{
    return QString::number(quint64(n) * 0x9e3779b97f4a7c15ull, 16)
        .rightJustified(16, QLatin1Char('0'))
        .repeated(4);
}

Release makeRelease()
{
    Release r;
    r.uid = QStringLiteral("bench-release");
    r.name = QStringLiteral("Bench release 1000");
    int n = 0;
    for (int g = 0; g < gateCount; ++g) {
        Gate gate;
        gate.id = g + 1;
        gate.title = QStringLiteral("Gate %1: area %1 checks").arg(g + 1);
        for (int i = 0; i < itemsPerGate; ++i) {
            Item item;
            item.id = ++n;
            item.title = QStringLiteral("Verify component %1.%2 behaves under load and reports its health")
                             .arg(g + 1)
                             .arg(i + 1);
            item.owners = { QStringLiteral("QA"), QStringLiteral("Backend") };
            item.status = i % 3 == 0 ? ItemStatus::Passed
                                     : (i % 7 == 0 ? ItemStatus::Failed : ItemStatus::NotStarted);
            Evidence e;
            e.id = n;
            e.itemId = n;
            e.name = QStringLiteral("check-%1.log").arg(n);
            e.size = 2048;
            e.sha256 = fakeSha(n);
            e.addedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
            e.addedBy = QStringLiteral("ci");
            item.evidenceList.push_back(e);
            gate.items.push_back(std::move(item));
        }
        r.gates.push_back(std::move(gate));
    }
    return r;
}

void bareTable(const Release &r, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter p(&writer);
    QFont font;
    font.setPointSizeF(8.5);
    p.setFont(font);
    const QFontMetricsF fm(font, &writer);
    const double line = fm.lineSpacing() * 1.3;
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    double y = line;
    for (const Gate &g : r.gates) {
        for (const Item &item : g.items) {
            if (y + line > page.height()) {
                writer.newPage();
                y = line;
            }
            p.drawText(QPointF(0, y), item.title);
            p.drawText(QPointF(page.width() * 0.45, y), statusLabel(item.status));
            p.drawText(QPointF(page.width() * 0.55, y), item.owners.join(QStringLiteral(", ")));
            y += line;
            p.drawText(QPointF(page.width() * 0.05, y), item.evidenceList.front().sha256);
            y += line;
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const Release release = makeRelease();
    const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);

    // Warm the font caches for both, then alternate them so that a busy machine slows both alike;
    // the ratio reported is the median of the pairs' ratios.
    bareTable(release, dir.filePath(QStringLiteral("warm.pdf")));
    int pages = 0;
    const auto record = [&] {
        DecisionRecordInput input;
        input.release = release;
        input.readiness = computeReadiness(input.release, now);
        input.generatedAt = now;
        input.generatedBy = QStringLiteral("bench");
        input.currentSnapshotSha256 = fakeSha(0);
        input.auditHeadSha256 = fakeSha(1);
        input.chart = GateCompletionChart::picture(input.readiness, DecisionRecordPdf::chartSize(gateCount));
        DecisionRecordPdf::Options options;
        const Result<int> written = DecisionRecordPdf::write(input, dir.filePath(QStringLiteral("record.pdf")), options);
        pages = written ? *written : -1;
    };
    std::vector<double> baselines, records, ratios;
    for (int pair = 0; pair < 7; ++pair) {
        baselines.push_back(bench::medianMs(1, [&] { bareTable(release, dir.filePath(QStringLiteral("bare.pdf"))); }));
        records.push_back(bench::medianMs(1, record));
        ratios.push_back(records.back() / baselines.back());
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const double baseline = median(baselines);
    const double ratio = median(ratios);
    if (pages <= 0) {
        std::fprintf(stderr, "bench_pdf: the record was not written\n");
        return 1;
    }
    const bool met = ratio <= 3.0;
    bench::printLine(QStringLiteral("pdf_record_1000_items"), median(records), QStringLiteral("ms"), baseline, ratio,
        QStringLiteral("<= 3x a bare QPainter-on-QPdfWriter table of 1,000 rows (median of 7 alternating pairs)"), met);
    std::fprintf(stderr, "bench_pdf: %d pages\n", pages);
    return met ? 0 : 1;
}
