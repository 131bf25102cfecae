#pragma once
// Records finished runs into the workspace from a worker thread, with its own connection to the
// same file: storing a 64 MiB log (hashing it, writing its chunks) takes 60 to 80 ms, and the
// checkpoint that then copies it into the file and syncs it about as long again; the window must
// spend neither frozen. A run counts as recorded at its commit: recorded() is emitted before the
// checkpoint. Lives in the thread it is moved to; talk to it through queued calls.

#include "domain/Run.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <memory>

namespace gl {

class Workspace;

class RunRecorder final : public QObject {
    Q_OBJECT
public:
    RunRecorder(const QString &workspacePath, const QString &actor);
    ~RunRecorder() override;

public Q_SLOTS:
    // Opens the connection on first use, in the recorder's thread.
    void record(qint64 itemId, const QString &title, const gl::RunRecord &run, const QByteArray &log);

Q_SIGNALS:
    // error is empty when the run was stored; stored is then the record as written.
    void recorded(const gl::RunRecord &stored, const QString &title, const QString &error);

private:
    QString m_path;
    QString m_actor;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace gl
