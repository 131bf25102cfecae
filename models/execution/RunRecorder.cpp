#include "RunRecorder.h"

#include "store/Workspace.h"

namespace gl {

RunRecorder::RunRecorder(const QString &workspacePath, const QString &actor)
    : m_path(workspacePath)
    , m_actor(actor)
{
}

RunRecorder::~RunRecorder() = default;

void RunRecorder::record(qint64 itemId, const QString &title, const RunRecord &run, const QByteArray &log)
{
    if (!m_workspace) {
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(m_path);
        if (!opened.ok()) {
            Q_EMIT recorded(run, title, opened.message());
            return;
        }
        m_workspace = std::move(opened).value();
        m_workspace->setActor(m_actor);
        // The run counts as recorded at its commit; copying the log into the file (and the fsync)
        // follows below, after the window has been told.
        m_workspace->setCheckpointOnCommit(false);
    }
    const Result<RunRecord> stored = m_workspace->recordRun(itemId, run, log);
    if (!stored.ok()) {
        Q_EMIT recorded(run, title, stored.message());
        return;
    }
    Q_EMIT recorded(*stored, title, QString());
    // A checkpoint that cannot finish now loses nothing: the log stays in the write-ahead log, and
    // the next checkpoint (any connection's next commit) copies it.
    (void)m_workspace->checkpoint();
}

} // namespace gl
