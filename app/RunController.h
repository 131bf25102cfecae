#pragma once
// The window's side of running items: the Run actions (item, selection, gate, release, cancel,
// settings), the approval of imported commands, one console tab per item run, and refreshing the
// document as each run is recorded. The work itself is a RunSession (models/execution).

#include <QObject>
#include <QPointer>
#include <QHash>
#include <memory>
#include <vector>

class QAction;
class QLabel;
class QProgressBar;
class QWidget;
class QDockWidget;
class QMainWindow;

namespace gl {

class ChecklistView;
class ReleaseDocument;
class RunConsolePane;
class RunSession;
struct RunOptions;
struct RunRecord;
struct RunSummary;

class RunController final : public QObject {
    Q_OBJECT
public:
    RunController(QMainWindow *window, ReleaseDocument *document, ChecklistView *checklist);
    ~RunController() override;

    QAction *runItemAction() const { return m_runItem; }
    QAction *runGateAction() const { return m_runGate; }
    QAction *runReleaseAction() const { return m_runRelease; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *settingsAction() const { return m_settings; }
    QDockWidget *consoleDock();     // built on first use
    QAction *showConsoleAction() const { return m_showConsole; }
    RunConsolePane *consolePane();  // built on first use
    bool isRunning() const;
    QWidget *runStatus() const { return m_runStatus; }

    // The selected items (or the current one), the current gate, or every gate.
    void runSelection();
    void runCurrentGate();
    void runRelease();
    void cancel();
    void editSettings();

    // Cancels what runs; true once nothing runs (the window closes after finished()).
    bool stopForQuit();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void finished();

private:
    void start(RunOptions options);
    void updateActions();
    void onItemStarted(qint64 itemId, const QString &title);
    void onItemFinished(const RunRecord &record, const QString &title);
    void onFinished(const RunSummary &summary);
    void refresh();

    QMainWindow *m_window;
    ReleaseDocument *m_document;
    ChecklistView *m_checklist;
    RunConsolePane *m_pane = nullptr;
    QDockWidget *m_dock = nullptr;
    QAction *m_showConsole = nullptr;
    QAction *m_runItem;
    QAction *m_runGate;
    QAction *m_runRelease;
    QAction *m_cancel;
    QAction *m_settings;
    std::unique_ptr<RunSession> m_session;
    QHash<qint64, int> m_tabs;          // item id -> console run id, for the run in progress
    // The status bar while a run goes on: how many items are done, and a way to stop.
    QWidget *m_runStatus = nullptr;
    QLabel *m_runLabel = nullptr;
    QProgressBar *m_runProgress = nullptr;
    int m_runsDone = 0;
    int m_runsPlanned = 0;
    void showRunStatus();
};

} // namespace gl
