#pragma once
// Metrics that take their current value from evidence (issue 4): "the newest evidence of item X,
// read by parser P, field F". After anything is attached to an item, refresh() re-reads the metrics
// bound to it, so the matrix follows the newest report at once.
//
// Choices made here:
// - The newest *file* of the item whose content the parser recognises is read (by added time, then
//   id). Run logs, links, notes and files of another format are passed over: the console output of
//   `npm test` is not the coverage summary it wrote, and a screenshot attached later does not unset
//   the coverage figure.
// - A report that the parser refuses (malformed, too large) or that lacks the field leaves the
//   metric as it was and is reported as a problem; a bound metric with no readable report yet is
//   left alone too.
// - The value is written through Workspace::setMetricCurrent as text ("71.3%", "0"), so it is audited
//   like a value typed by a person, and only when it differs from the current one.

#include "domain/Release.h"
#include "domain/Result.h"
#include "interchange/ReportParser.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <vector>

namespace gl {

class Workspace;

class MetricFeed final {
    Q_DECLARE_TR_FUNCTIONS(MetricFeed)
public:
    struct Outcome {
        qint64 metricId = 0;
        QString metricName;
        bool changed = false;     // the current value was written
        QString value;            // the text written or that already stood ("71.3%"); empty when none
        QString problem;          // translated; empty when the report was read
    };

    // Re-reads every metric of the item's release bound to the item. An error only when the store
    // fails; a report that cannot be read is an Outcome with a problem.
    static Result<std::vector<Outcome>> refresh(Workspace &workspace, qint64 itemId);
    // The same for one metric of the release, whatever item it is bound to (after binding it).
    static Result<Outcome> refreshMetric(Workspace &workspace, const Release &release, const Metric &metric);

    // The figures of the newest evidence of the item the parser recognises; nullopt when there is
    // none. An error when that report cannot be read.
    static Result<std::optional<ReportFigures>> newestFigures(Workspace &workspace, const Item &item,
                                                              const QString &parser, QString *evidenceName = nullptr);
    // How a figure is written as a metric value: percentages with a % sign, counts as whole numbers.
    static QString valueText(const QString &field, double value);
    static bool isPercentField(const QString &field);
};

} // namespace gl
