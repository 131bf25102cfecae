#include "itemmodels/ImportJob.h"

#include <QThread>
#include <memory>

namespace gl {

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
}

ImportJob::~ImportJob()
{
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void ImportJob::start(const QString &path, const QString &name)
{
    const quint64 generation = ++m_generation;
    m_path = path;
    m_running = true;
    m_result.reset();
    // The worker writes only into this shared slot; the GUI thread reads it after finished().
    auto slot = std::make_shared<std::optional<Result<ImportResult>>>();
    QThread *thread = QThread::create([slot, path, name] { *slot = MarkdownImporter::importFile(path, name); });
    m_threads << thread;
    connect(thread, &QThread::finished, this, [this, thread, slot, generation] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        if (generation != m_generation)
            return;
        m_running = false;
        m_result = std::move(*slot);
        Q_EMIT finished();
    });
    Q_EMIT started();
    thread->start();
}

} // namespace gl
