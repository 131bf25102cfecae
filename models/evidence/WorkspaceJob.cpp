#include "evidence/WorkspaceJob.h"

#include <QElapsedTimer>
#include <QThread>

namespace gl {

namespace {
// Progress is worth a signal about as often as the screen repaints.
constexpr qint64 progressEveryMs = 40;
} // namespace

WorkspaceJob::WorkspaceJob(const QString &workspacePath, const QString &actor, Work work, QObject *parent)
    : QObject(parent)
    , m_path(workspacePath)
    , m_actor(actor)
    , m_work(std::move(work))
{
}

WorkspaceJob::~WorkspaceJob()
{
    cancel();
    wait();
}

void WorkspaceJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("WorkspaceJob"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished(m_ok, m_cancelled, m_message);
    });
    m_thread->start();
}

void WorkspaceJob::cancel()
{
    m_cancel = true;
}

bool WorkspaceJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void WorkspaceJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

void WorkspaceJob::run()
{
    Result<std::unique_ptr<Workspace>> workspace = Workspace::open(m_path);
    if (!workspace) {
        m_message = workspace.message();
        return;
    }
    if (!m_actor.isEmpty())
        (*workspace)->setActor(m_actor);
    QElapsedTimer sinceSignal;
    sinceSignal.start();
    const Workspace::Progress progress = [this, &sinceSignal](qint64 done, qint64 total) {
        if (m_cancel)
            return false;
        if (done == total || sinceSignal.elapsed() >= progressEveryMs) {
            sinceSignal.restart();
            Q_EMIT this->progress(done, total);
        }
        return true;
    };
    Result<QString> result = m_cancel ? Result<QString>(makeError(ErrorCode::Cancelled, QString()))
                                      : m_work(**workspace, progress);
    m_ok = result.ok();
    m_cancelled = !m_ok && (m_cancel || result.error().code == ErrorCode::Cancelled);
    m_message = m_ok ? *result : result.message();
}

} // namespace gl
