#include "GuiStart.h"

#include "MainWindow.h"
#include "StartWorkspace.h"
#include "Theme.h"

#include <QApplication>
#include <QIcon>

namespace gl {

int runGui(const QStringList &arguments)
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/greenlight.svg")));
    QApplication::setApplicationDisplayName(QStringLiteral("Greenlight"));

    applyTheme(savedTheme());
    MainWindow window;
    if (!StartWorkspace::open(window, StartWorkspace::path(arguments)))
        return 1;
    // A workspace opens on its start page: every release at a glance, and where to begin.
    window.showStartPage();
    window.show();
    return QApplication::exec();
}

} // namespace gl
