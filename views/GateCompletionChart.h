#pragma once
// Completion per gate as a horizontal stacked bar chart (Qt Charts): done in green, open in grey,
// the percentage on each bar, gates in checklist order from the top. Used by the PDF decision
// record, which takes it as a QPicture so the PDF can be painted on another thread, with every
// label still real text.

#include "domain/Readiness.h"

#include <QCoreApplication>
#include <QPicture>
#include <QSizeF>

namespace gl {

class GateCompletionChart final {
    Q_DECLARE_TR_FUNCTIONS(GateCompletionChart)
public:
    // Draws the chart at `size` (in points); needs a QApplication, on the GUI thread.
    static QPicture picture(const Readiness &readiness, const QSizeF &size);
};

} // namespace gl
