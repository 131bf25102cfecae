#include "StartWorkspace.h"

#include "MainWindow.h"
#include "Prompter.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace gl {

QString StartWorkspace::path(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--db") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--db=")))
            return a.mid(5);
    }
    const QString last = QSettings().value(MainWindow::lastWorkspaceKey()).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    return Workspace::defaultPath();
}

bool StartWorkspace::open(MainWindow &window, QString path)
{
    for (;;) {
        const Result<void> opened = window.openWorkspace(path, true);
        if (opened.ok())
            return true;
        // A refused file is never touched; the user picks another one or leaves.
        const int choice = Prompter::current().choose(
            &window, Prompter::Severity::Error, tr("Cannot Open Workspace"),
            tr("Greenlight cannot open %1:\n%2").arg(QDir::toNativeSeparators(path), opened.message()),
            {tr("Open Another\u2026"), tr("Quit")});
        if (choice != 0)
            return false;
        path = Prompter::current().fileName(&window, tr("Open Workspace"), QFileInfo(path).absolutePath(),
                                             tr("Greenlight workspaces (*.greenlight);;All files (*)"), true);
        if (path.isEmpty())
            return false;
    }
}

} // namespace gl
