#pragma once
// The runs of this session side by side: one tab per run with its live console, its state as an
// icon and tooltip, its elapsed time, and one row of controls (follow, strip colours, find, copy,
// clear finished, cancel) acting on the tab in front. It starts nothing: the app feeds it.

#include <QElapsedTimer>
#include <QHash>
#include <QIcon>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTabWidget;
class QToolButton;

namespace gl {

class RunConsole;

class RunConsolePane final : public QWidget {
    Q_OBJECT
public:
    enum class State { Running, Passed, Failed, Cancelled };

    explicit RunConsolePane(QWidget *parent = nullptr);
    ~RunConsolePane() override;

    // A new tab in front, Running, its clock started. Returns the run's id (never reused).
    int addRun(const QString &title);
    // Nullptr once the tab is closed or for an unknown id.
    RunConsole *console(int id) const;
    void setRunState(int id, State state);
    State runState(int id) const;
    bool hasRun(int id) const { return m_runs.contains(id); }
    // In tab order.
    QList<int> runIds() const;
    int currentRun() const;
    void setCurrentRun(int id);
    // Refused (false) while the run is going on: its output would be lost mid-run.
    bool closeRun(int id);
    void clearFinished();

    // Translated, for the tooltip and the accessible name: "Running", "Passed" ...
    static QString stateLabel(State state);

Q_SIGNALS:
    void cancelRequested(int id);
    void runClosed(int id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Run {
        QString title;
        RunConsole *console = nullptr;
        State state = State::Running;
        QElapsedTimer clock;
        qint64 elapsedMs = 0;          // frozen when the run ends
        bool cancelRequested = false;
    };

    int idAt(int index) const;
    int indexOf(int id) const;
    void updateTab(int id);
    void updateControls();
    void currentChanged();
    void tick();
    void search(bool backwards);
    void showSearchResult(bool found);
    void requestCancel();
    QIcon stateIcon(State state) const;
    static QString elapsedText(qint64 ms);

    QHash<int, Run> m_runs;
    int m_nextId = 1;
    QTimer m_clockTimer;
    mutable QHash<int, QIcon> m_icons;

    QTabWidget *m_tabs;
    QLabel *m_placeholder;
    QToolButton *m_follow;
    QToolButton *m_stripColours;
    QLineEdit *m_searchField;
    QLabel *m_searchStatus;
    QToolButton *m_copyAll;
    QToolButton *m_clearFinished;
    QToolButton *m_cancel;
};

} // namespace gl
