#pragma once
// Turns a Markdown checklist (as people really write them: mojibake, CRLF, BOM, emoji, nesting)
// into one Release value, with warnings. Parsing only: nothing is written anywhere.

#include "domain/Release.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace gl {

struct ImportWarning {
    int line = 0;             // 1-based line in the source file, 0 when not tied to a line
    QString message;          // translated
};

struct ImportResult {
    Release release;          // ids are 0; name from --name, the first heading, or the file name
    std::vector<ImportWarning> warnings;
};

class MarkdownImporter final {
    Q_DECLARE_TR_FUNCTIONS(MarkdownImporter)
public:
    static constexpr qint64 maxFileSize = 16 * 1024 * 1024;

    // Refuses with a message naming the file: missing, unreadable, empty, over 16 MiB,
    // binary (NUL bytes or not text), or no checklist in it. The release's working folder is the
    // file's folder (importBytes leaves it empty). Every item with commands or a probe is marked
    // commandsImported: nothing from a file runs before a person approves it.
    static Result<ImportResult> importFile(const QString &path, const QString &name = QString());
    // sourceName is used in messages and as Release::source.
    static Result<ImportResult> importBytes(const QByteArray &bytes, const QString &sourceName,
                                            const QString &name = QString());
};

} // namespace gl
