#pragma once
// The evidence bundle (issue 4): one zip that holds every stored piece of a release's evidence, in a
// folder per gate and item ("01 Build/02 Unit tests/junit.xml"), with manifest.json (for each file:
// item, name, SHA-256, size, when and who, and every link and note) and release.json (the release's
// `export --json`). Written with libarchive through a QSaveFile: a failed or cancelled export leaves
// no file behind, and an existing file is replaced only when the new one is complete.
//
// Names come from people and imports, so every path component is sanitised (safeComponent): no
// separators, no "." or "..", no control characters, no absolute paths, bounded length, and two
// pieces with one name in one folder get "name (2).ext". Content is streamed through the store's
// hash check: a damaged piece stops the export with an error naming it rather than ship it.

#include "domain/Result.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QString>

namespace gl {

class BundleWriter final {
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)
public:
    struct Summary {
        int files = 0;          // evidence files written (manifest and release.json not counted)
        qint64 bytes = 0;       // their content
        int links = 0;          // links and notes listed in the manifest
    };
    // progress gets the content bytes written so far and their total; returning false cancels.
    static Result<Summary> write(Workspace &workspace, qint64 releaseId, const QString &outPath,
                                 const Workspace::Progress &progress = {});

    // One path component that is safe inside an archive on every system; never empty.
    static QString safeComponent(const QString &name);
};

} // namespace gl
