#pragma once
// Parses a Markdown checklist on a worker thread so the window keeps painting; reports back on the
// thread that started it. Only parsing: nothing is written.

#include "interchange/MarkdownImporter.h"

#include <QObject>
#include <QString>
#include <optional>

class QThread;

namespace gl {

class ImportJob final : public QObject {
    Q_OBJECT
public:
    explicit ImportJob(QObject *parent = nullptr);
    // Waits for a parse still running (a 16 MiB file at most, so briefly).
    ~ImportJob() override;

    // Starting again while a parse runs supersedes it: only the newest one reports.
    void start(const QString &path, const QString &name = QString());
    bool isRunning() const { return m_running; }
    QString path() const { return m_path; }
    // The last finished parse; empty before the first one finishes.
    const std::optional<Result<ImportResult>> &result() const { return m_result; }

Q_SIGNALS:
    void started();
    void finished();

private:
    std::optional<Result<ImportResult>> m_result;
    QString m_path;
    quint64 m_generation = 0;
    bool m_running = false;
    QList<QThread *> m_threads;
};

} // namespace gl
