#include "cli/CliContext.h"

#include "store/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace gl::cli {

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Database:
    case ErrorCode::Cancelled:
        return ExitFailure;
    case ErrorCode::Invalid:
    case ErrorCode::NotFound:
    case ErrorCode::Ambiguous:
    case ErrorCode::Io:
    case ErrorCode::NotSqlite:
    case ErrorCode::ForeignFile:
    case ErrorCode::TooNew:
    case ErrorCode::Corrupt:
        return ExitUsage;
    }
    return ExitUsage;
}

CliContext::CliContext(QTextStream &out, QTextStream &err, const QString &dbPath)
    : m_out(out)
    , m_err(err)
    , m_dbPath(dbPath)
{
}

CliContext::~CliContext() = default;

bool CliContext::workspaceExists() const
{
    return QFileInfo::exists(m_dbPath);
}

Workspace *CliContext::workspace(bool mayCreate)
{
    if (m_workspace)
        return m_workspace.get();
    if (!mayCreate && !workspaceExists()) {
        m_workspaceFailure = fail(QCoreApplication::translate(
            "Cli", "no workspace at %1 (import a checklist first, or pass --db FILE)")
                                      .arg(m_dbPath));
        return nullptr;
    }
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(m_dbPath);
    if (!opened) {
        m_workspaceFailure = fail(opened.error());
        return nullptr;
    }
    m_workspace = std::move(opened.value());
    return m_workspace.get();
}

int CliContext::fail(const QString &message, int code)
{
    m_err << "greenlight: " << message << Qt::endl;
    return code;
}

int CliContext::fail(const Error &error)
{
    return fail(error.message, exitCodeFor(error));
}

int CliContext::usage(const QString &verb, const QString &message)
{
    m_err << "greenlight " << verb << ": " << message << '\n'
          << QCoreApplication::translate("Cli", "Try 'greenlight help %1'.").arg(verb) << Qt::endl;
    return ExitUsage;
}

void CliContext::warning(const QString &message)
{
    m_err << message << '\n';
}

std::optional<Release> CliContext::loadRelease(const QString &idOrName, int *exitCode)
{
    Workspace *ws = workspace();
    if (!ws) {
        *exitCode = m_workspaceFailure;
        return std::nullopt;
    }
    const Result<qint64> id = ws->resolveRelease(idOrName);
    if (!id) {
        *exitCode = fail(id.error());
        return std::nullopt;
    }
    Result<Release> release = ws->loadRelease(*id);
    if (!release) {
        *exitCode = fail(release.error());
        return std::nullopt;
    }
    *exitCode = ExitOk;
    return std::move(release.value());
}

std::optional<CliContext::Target> CliContext::resolveTarget(const QString &release, const QString &name,
                                                            Resolver resolver, int *exitCode)
{
    Workspace *ws = workspace();
    if (!ws) {
        *exitCode = m_workspaceFailure;
        return std::nullopt;
    }
    const Result<qint64> releaseId = ws->resolveRelease(release);
    if (!releaseId) {
        *exitCode = fail(releaseId.error());
        return std::nullopt;
    }
    const Result<qint64> id = (ws->*resolver)(*releaseId, name);
    if (!id) {
        *exitCode = fail(id.error());
        return std::nullopt;
    }
    *exitCode = ExitOk;
    return Target{ws, *releaseId, *id};
}

std::optional<Release> CliContext::readBack(const Result<void> &written, const Target &target, int *exitCode)
{
    if (!written) {
        *exitCode = fail(written.error());
        return std::nullopt;
    }
    Result<Release> release = target.workspace->loadRelease(target.releaseId);
    if (!release) {
        *exitCode = fail(release.error());
        return std::nullopt;
    }
    *exitCode = ExitOk;
    return std::move(release.value());
}

Result<void> CliContext::writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path == QLatin1String("-")) {
        m_out << QString::fromUtf8(bytes);
        m_out.flush();
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("Cli", "cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("Cli", "cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace gl::cli
