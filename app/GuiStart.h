#pragma once
// The window front door: opens the workspace (seeding the demo release on first start) and the main window.

#include <QStringList>

namespace gl {

// Needs a QApplication. arguments as QCoreApplication::arguments() gives (--db FILE honoured).
int runGui(const QStringList &arguments);

} // namespace gl
