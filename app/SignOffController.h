#pragma once
// The window's side of sign-offs and the decision (issue 5): the sign-off pane in a dock, the
// Decision menu (sign, record the decision, reopen, mark a mitigation done, the history of the
// release or of the selected item), the questions asked through Prompter, and the calls into
// signing/ and the store. After each write the release is read again, so the matrix, the
// checklist and the pane show the same state; refusals go to the window's error banner.

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

namespace gl {

class ChecklistView;
class HistoryDialog;
class ReleaseDocument;
class SignOffPane;

class SignOffController final : public QObject {
    Q_OBJECT
public:
    SignOffController(QMainWindow *window, ReleaseDocument *document, ChecklistView *checklist);

    SignOffPane *pane() const { return m_pane; }
    QDockWidget *dock() const { return m_dock; }
    QAction *signAction() const { return m_sign; }
    QAction *decideAction() const { return m_decide; }
    QAction *reopenAction() const { return m_reopen; }
    QAction *releaseHistoryAction() const { return m_releaseHistory; }
    QAction *itemHistoryAction() const { return m_itemHistory; }
    QAction *addStakeholderAction() const { return m_addStakeholder; }
    QAction *requireAction() const { return m_require; }
    // The history dialog last opened (tests).
    HistoryDialog *historyDialog() const { return m_history; }

    void sign();
    // A person who signs off, with a new signing key sealed under their passphrase.
    void addStakeholder();
    // A role whose sign-off the open release requires.
    void requireSignOff();
    void decide();
    void reopen();
    void showHistory(qint64 itemId);
    void refresh();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void showStatus(const QString &message);
    void afterWrite(const QString &message);

    QMainWindow *m_window;
    ReleaseDocument *m_document;
    ChecklistView *m_checklist;
    SignOffPane *m_pane;
    QDockWidget *m_dock;
    QAction *m_sign;
    QAction *m_decide;
    QAction *m_reopen;
    QAction *m_releaseHistory;
    QAction *m_itemHistory;
    QAction *m_addStakeholder;
    QAction *m_require;
    HistoryDialog *m_history = nullptr;
};

} // namespace gl
