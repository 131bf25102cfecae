#pragma once
// Writes a release as a Markdown checklist that MarkdownImporter reads back to an equal release.

#include "domain/Release.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace gl {

class MarkdownExporter final {
    Q_DECLARE_TR_FUNCTIONS(MarkdownExporter)
public:
    static QByteArray toMarkdown(const Release &release);
    // Writes atomically (QSaveFile); the error names the file.
    static Result<void> writeFile(const Release &release, const QString &path);
};

} // namespace gl
