#include "DemoRelease.h"

#include "interchange/MarkdownImporter.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace gl {

QString DemoRelease::templatePath()
{
    return QStringLiteral(":/templates/demo-release.md");
}

Result<qint64> DemoRelease::addTo(Workspace &workspace)
{
    QFile file(templatePath());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("DemoRelease", "The bundled demo template %1 is missing.")
                             .arg(templatePath()));
    Result<ImportResult> imported = MarkdownImporter::importBytes(file.readAll(), QStringLiteral("demo-release.md"));
    if (!imported.ok())
        return imported.error();
    Release release = imported.value().release;
    // The demo's commands (npm, docker ...) need a project to make sense; the home folder is a
    // harmless place to try them. Being imported, they still ask for approval before they run.
    release.run.workingFolder = QDir::homePath();
    return workspace.createRelease(release);
}

} // namespace gl
