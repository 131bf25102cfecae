#include "RunHistoryView.h"

#include <QHeaderView>
#include <QLocale>

namespace gl {

RunHistoryView::RunHistoryView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("runHistory"));
    setAccessibleName(tr("Run history"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setColumnCount(ColumnCount);
    setHeaderLabels({ tr("Started"), tr("Result"), tr("Duration"), tr("Exit"), tr("By"), tr("Log SHA-256") });
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

QString RunHistoryView::exitText(const RunRecord &run)
{
    if (run.exitCode)
        return QString::number(*run.exitCode);
    if (run.signalNumber)
        return tr("signal %1").arg(*run.signalNumber);
    return QStringLiteral("\u2013");
}

QString RunHistoryView::durationText(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

void RunHistoryView::setRuns(const std::vector<RunRecord> &runs)
{
    clear();
    const QLocale locale;
    for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
        const RunRecord &run = *it;
        auto *row = new QTreeWidgetItem(this);
        row->setText(StartedColumn, locale.toString(run.startedAt.toLocalTime(), QLocale::ShortFormat));
        row->setText(VerdictColumn, verdictLabel(run.verdict));
        row->setText(DurationColumn, durationText(run.durationMs));
        row->setText(ExitColumn, exitText(run));
        row->setText(ByColumn, run.host.isEmpty() ? run.ranBy : tr("%1 on %2").arg(run.ranBy, run.host));
        row->setText(HashColumn, run.logSha256.left(12));
        row->setData(HashColumn, Qt::UserRole, run.logSha256);
        QString tip = run.commands.join(u'\n');
        if (!run.reason.isEmpty())
            tip += u'\n' + run.reason;
        tip += u'\n' + tr("Log: %1 bytes, SHA-256 %2").arg(run.logSize).arg(run.logSha256);
        if (run.bytesDropped > 0)
            tip += u'\n' + tr("%1 bytes of output over the cap were not kept").arg(run.bytesDropped);
        // Tooltips guess at rich text; commands and reasons are untrusted, so they are escaped.
        const QString escaped = QStringLiteral("<pre>") + tip.toHtmlEscaped() + QStringLiteral("</pre>");
        for (int c = 0; c < ColumnCount; ++c)
            row->setToolTip(c, escaped);
        const QColor colour = run.verdict == Verdict::Passed ? QColor(0x1b, 0x7f, 0x3b)
            : run.verdict == Verdict::Failed                  ? QColor(0xb3, 0x26, 0x1e)
                                                              : palette().color(QPalette::PlaceholderText);
        row->setForeground(VerdictColumn, colour);
    }
}

} // namespace gl
