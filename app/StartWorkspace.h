#pragma once
// Which workspace the window starts on, and what happens when that file is refused at start-up.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace gl {

class MainWindow;

class StartWorkspace final {
    Q_DECLARE_TR_FUNCTIONS(StartWorkspace)
public:
    // --db FILE (or --db=FILE); else the last workspace opened, if it still exists; else
    // Workspace::defaultPath().
    static QString path(const QStringList &arguments);
    // Opens path in the window, giving a new file the demo release. A refused file is named in a
    // question (through the Prompter) offering another file or quitting; false when the user quits.
    static bool open(MainWindow &window, QString path);
};

} // namespace gl
