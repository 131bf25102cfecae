#pragma once
// What every verb shares: the output streams, the --db choice, opening the workspace, resolving
// names, writing output files and reporting errors with the right exit code.

#include "domain/Release.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>

class QTextStream;

namespace gl {
class Workspace;
}

namespace gl::cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // the verb's own failure (a database write that did not go through)
    ExitUsage = 2, // bad arguments, unknown release / item / metric, refused input
};

class CliContext final {
public:
    CliContext(QTextStream &out, QTextStream &err, const QString &dbPath);
    ~CliContext();
    CliContext(const CliContext &) = delete;
    CliContext &operator=(const CliContext &) = delete;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    QString dbPath() const { return m_dbPath; }
    bool workspaceExists() const;

    // Opens the workspace, printing why not and returning null when it cannot. Only `import`
    // may create a new file; the other verbs refuse a path where no workspace exists, so a
    // mistyped --db never leaves an empty workspace behind. Never seeds a demo release.
    Workspace *workspace(bool mayCreate = false);
    // The exit code for the last failure of workspace().
    int workspaceFailure() const { return m_workspaceFailure; }

    // "greenlight: MESSAGE" on stderr; returns the exit code for the error.
    int fail(const QString &message, int code = ExitUsage);
    int fail(const Error &error);
    // A usage error: the message and a pointer to `greenlight help VERB`.
    int usage(const QString &verb, const QString &message);
    void warning(const QString &message);

    // RELEASE as an id or unique name, loaded. Prints the error and returns nullopt.
    std::optional<Release> loadRelease(const QString &idOrName, int *exitCode);

    // What a recording verb (set, metric, criterion) names: RELEASE and, inside it, the item,
    // metric or criterion found by `resolver`. Prints the error and returns nullopt when not found.
    struct Target {
        Workspace *workspace = nullptr;
        qint64 releaseId = 0;
        qint64 id = 0;
    };
    using Resolver = Result<qint64> (Workspace::*)(qint64, const QString &) const;
    std::optional<Target> resolveTarget(const QString &release, const QString &name, Resolver resolver,
                                        int *exitCode);
    // The release as the store holds it after `written`, so the verb echoes what was recorded
    // rather than what it asked for. Prints the error and returns nullopt when either failed.
    std::optional<Release> readBack(const Result<void> &written, const Target &target, int *exitCode);

    // Writes bytes to a file atomically, or to stdout for "-".
    Result<void> writeOutput(const QString &path, const QByteArray &bytes);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dbPath;
    std::unique_ptr<Workspace> m_workspace;
    int m_workspaceFailure = ExitUsage;
};

// Exit code for an error from models/: refusals and lookups are the caller's to fix (2),
// database failures are ours (1).
int exitCodeFor(const Error &error);

} // namespace gl::cli
