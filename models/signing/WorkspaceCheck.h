#pragma once
// Everything `greenlight verify` checks, for the CLI and the window alike: every stored piece of
// evidence hashed again, the audit log's hash chain, each sign-off's signature and each decision's
// snapshot and code, and that every sign-off and decision the log records is still in the file.
// Problems come as translated lines, in three groups, in the order the CLI prints them.

#include "domain/Result.h"
#include "store/Workspace.h"

#include <QStringList>
#include <optional>

namespace gl {

struct WorkspaceCheck {
    QStringList evidenceProblems;
    qint64 evidenceBytes = 0;      // stored content read back and hashed
    QStringList auditProblems;
    qint64 auditRows = 0;
    QString auditHead;             // newest row's hash, empty when the log is empty
    QStringList recordProblems;    // sign-offs and decisions
    int signOffs = 0;
    int decisions = 0;
    int problemCount() const { return int(evidenceProblems.size() + auditProblems.size() + recordProblems.size()); }
};

// releaseId: one release's evidence, sign-offs and decisions (the audit chain is always checked
// whole). progress (bytes done, bytes in all) may cancel: the result is then a Cancelled error.
Result<WorkspaceCheck> checkWorkspace(Workspace &workspace, std::optional<qint64> releaseId,
                                      const Workspace::Progress &progress = {});

} // namespace gl
