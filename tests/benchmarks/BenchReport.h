#pragma once
// Shared by the benchmarks: timing, peak memory, and the one-JSON-line-per-measure report.

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace bench {

// Peak resident set size of this process so far, in MB (VmHWM).
inline double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Median wall time in milliseconds of `runs` calls.
inline double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// One line: {"bench": NAME, "value": V, "unit": U, "baseline": B, "ratio": R, "target": T, "met": M}.
inline void printLine(const QString &name, double value, const QString &unit, double baseline, double ratio,
                      const QString &targetText, bool met)
{
    QJsonObject o{{QStringLiteral("bench"), name},
                  {QStringLiteral("value"), qRound(value * 100) / 100.0},
                  {QStringLiteral("unit"), unit},
                  {QStringLiteral("baseline"), qRound(baseline * 100) / 100.0},
                  {QStringLiteral("ratio"), qRound(ratio * 100) / 100.0},
                  {QStringLiteral("target"), targetText},
                  {QStringLiteral("met"), met}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// For a cost (lower is better): ratio = our cost / the baseline's cost; met = ratio <= targetRatio
// (and, when maxValue > 0, value <= maxValue instead).
inline bool report(const QString &name, double value, const QString &unit, double baseline,
                   double targetRatio, const QString &targetText, double maxValue = 0)
{
    const double ratio = baseline > 0 ? value / baseline : 0;
    bool met = ratio <= targetRatio;
    if (maxValue > 0)
        met = value <= maxValue;
    printLine(name, value, unit, baseline, ratio, targetText, met);
    return met;
}

// For a throughput (higher is better): ratio = ours / the baseline's; met = ratio >= minRatio.
inline bool reportAtLeast(const QString &name, double value, const QString &unit, double baseline,
                          double minRatio, const QString &targetText)
{
    const double ratio = baseline > 0 ? value / baseline : 0;
    const bool met = ratio >= minRatio;
    printLine(name, value, unit, baseline, ratio, targetText, met);
    return met;
}

} // namespace bench
