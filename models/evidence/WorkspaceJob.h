#pragma once
// Long work on the workspace off the GUI thread (issue 4: attaching large files, writing the
// evidence bundle): the work runs on a thread of its own with its own connection to the file (a
// QSqlDatabase belongs to the thread that opened it), reports progress through a signal no more
// often than a repaint would show it, and can be cancelled at any time. The window's own connection
// sees the result once the work has committed.

#include "domain/Result.h"
#include "store/Workspace.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace gl {

class WorkspaceJob final : public QObject {
    Q_OBJECT
public:
    // The work gets the job's own workspace and a progress callback that returns false once the
    // job is cancelled. It returns a translated summary for the status bar, or an error.
    using Work = std::function<Result<QString>(Workspace &, const Workspace::Progress &)>;

    WorkspaceJob(const QString &workspacePath, const QString &actor, Work work, QObject *parent = nullptr);
    // Cancels and waits for the thread: the work rolls back and nothing is left behind.
    ~WorkspaceJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    // Blocks until the work has ended (tests and the CLI).
    void wait();

Q_SIGNALS:
    // done and total in the work's units (bytes); delivered on the thread that owns the job.
    void progress(qint64 done, qint64 total);
    // Exactly once. cancelled is true when the work stopped because cancel() was called.
    void finished(bool ok, bool cancelled, const QString &message);

private:
    void run();

    QString m_path;
    QString m_actor;
    Work m_work;
    std::atomic_bool m_cancel { false };
    QThread *m_thread = nullptr;
    // Written by the worker before its thread ends, read once it has.
    bool m_ok = false;
    bool m_cancelled = false;
    QString m_message;
};

} // namespace gl
