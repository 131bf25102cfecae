#pragma once
// The runs of one item, newest first: when, verdict, how long, exit code or signal, who on which
// host, and the SHA-256 of the stored log (the evidence). Read-only.

#include "domain/Run.h"

#include <QTreeWidget>
#include <vector>

namespace gl {

class RunHistoryView final : public QTreeWidget {
    Q_OBJECT
public:
    enum Column { StartedColumn, VerdictColumn, DurationColumn, ExitColumn, ByColumn, HashColumn, ColumnCount };

    explicit RunHistoryView(QWidget *parent = nullptr);

    void setRuns(const std::vector<RunRecord> &runs);

    static QString exitText(const RunRecord &run);
    static QString durationText(qint64 ms);
};

} // namespace gl
