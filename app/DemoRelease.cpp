#include "DemoRelease.h"

#include "interchange/MarkdownImporter.h"
#include "store/Workspace.h"

#include <QCoreApplication>
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
    return workspace.createRelease(imported.value().release);
}

} // namespace gl
