#pragma once
// The release a brand-new workspace starts with, built from the template bundled in resources/,
// so the first start opens on real content.

#include "domain/Result.h"

namespace gl {

class Workspace;

class DemoRelease final {
public:
    static QString templatePath();   // ":/templates/demo-release.md"
    // Imports the template into the workspace; returns the new release's id.
    static Result<qint64> addTo(Workspace &workspace);
};

} // namespace gl
