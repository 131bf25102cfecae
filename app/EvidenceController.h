#pragma once
// The window's side of evidence (issue 4): the evidence pane in a dock beside the inspector, files
// attached from the pane's button, a drop on the pane or on a checklist item, links and notes,
// Open and Save as, removing, File > Export Evidence Bundle and File > Export Decision Record (the
// PDF of issue 5), and the offer to feed a metric from a
// report that was just attached. Large work (attaching, saving, the bundle) runs as a WorkspaceJob
// with progress and Cancel in the status bar; the window stays responsive.

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;
class QProgressBar;
class QToolButton;

namespace gl {

class ChecklistView;
class EvidencePane;
class ReleaseDocument;
class WorkspaceJob;

class EvidenceController final : public QObject {
    Q_OBJECT
public:
    EvidenceController(QMainWindow *window, ReleaseDocument *document, ChecklistView *checklist);
    ~EvidenceController() override;

    EvidencePane *pane() const { return m_pane; }
    QDockWidget *dock() const { return m_dock; }
    QAction *exportBundleAction() const { return m_exportBundle; }
    QAction *exportRecordAction() const { return m_exportRecord; }
    QAction *verifyAction() const { return m_verify; }
    QAction *attachAction() const { return m_attach; }
    QAction *cancelAction() const { return m_cancel; }
    bool isBusy() const;

    void attachFiles(qint64 itemId, const QStringList &paths);
    void exportBundle();
    // Asks where, then writes the PDF decision record off the GUI thread.
    void exportDecisionRecord();
    // Checks the whole workspace as `greenlight verify` does, off the GUI thread.
    void verifyWorkspace();
    void cancel();
    // Blocks until the running job has ended (tests).
    void waitForJob();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // A job ended; message is its summary or its error.
    void jobFinished(bool ok, const QString &message);

private:
    struct Attached;
    using Work = std::function<QString()>;
    void startJob(const QString &what, std::function<void(bool ok, bool cancelled, const QString &message)> done,
                  std::unique_ptr<WorkspaceJob> job);
    // Where to write an export of the open release; empty when there is none, a job runs, or
    // the person cancelled (an error is reported for the job).
    QString chooseExportFile(const QString &caption, const QString &suffix, const QString &filter);
    void addLink(qint64 itemId, const QString &url, const QString &title);
    void addNote(qint64 itemId, const QString &text);
    void open(qint64 evidenceId);
    void save(qint64 evidenceId, const QString &path);
    void remove(qint64 evidenceId);
    void offerBinding(qint64 itemId, const QStringList &recognised);
    void refresh();
    void showStatus(const QString &message);
    void updateActions();

    QMainWindow *m_window;
    ReleaseDocument *m_document;
    ChecklistView *m_checklist;
    EvidencePane *m_pane;
    QDockWidget *m_dock;
    QAction *m_exportBundle;
    QAction *m_exportRecord;
    QAction *m_verify;
    QAction *m_attach;
    QAction *m_cancel;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancelButton;
    std::unique_ptr<WorkspaceJob> m_job;
    std::unique_ptr<QTemporaryDir> m_openDir;   // copies written for Open, removed on quit
};

} // namespace gl
