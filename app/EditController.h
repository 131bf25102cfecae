#pragma once
// The window's side of shaping a release: add, remove, move and indent items, add, rename, move and
// remove gates, set the status of every selected item at once, and find items across the gates.
// Every change goes through ReleaseDocument, so each is one step on the Edit menu's undo stack.

#include <QObject>
#include <vector>

class QAction;
class QMainWindow;
class QMenu;

namespace gl {

class ChecklistView;
class ReadinessMatrixView;
class ReleaseDocument;
enum class ItemStatus;

class EditController final : public QObject {
    Q_OBJECT
public:
    EditController(QMainWindow *window, ReleaseDocument *document, ReadinessMatrixView *matrix,
                   ChecklistView *checklist);

    QAction *addItemAction() const { return m_addItem; }
    QAction *addSubItemAction() const { return m_addSubItem; }
    QAction *removeItemAction() const { return m_removeItem; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *indentAction() const { return m_indent; }
    QAction *outdentAction() const { return m_outdent; }
    QMenu *statusMenu() const { return m_statusMenu; }
    QAction *addGateAction() const { return m_addGate; }
    QAction *renameGateAction() const { return m_renameGate; }
    QAction *gateNotesAction() const { return m_gateNotes; }
    QAction *removeGateAction() const { return m_removeGate; }
    QAction *moveGateUpAction() const { return m_moveGateUp; }
    QAction *moveGateDownAction() const { return m_moveGateDown; }
    QAction *requiresPreviousAction() const { return m_requiresPrevious; }
    QAction *findAction() const { return m_find; }
    QAction *findNextAction() const { return m_findNext; }

    // Sets every selected leaf to the status (asking for a reason when it needs one).
    void setSelectedStatus(ItemStatus status);
    // The next item after the current one, across the gates in order, that matches the find bar.
    void findNext();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    QAction *makeAction(const QString &text, const QString &name, const QKeySequence &shortcut);
    void addItem(bool asSubItem);
    void updateActions();
    qint64 gateId() const;
    void report(const QString &message);

    QMainWindow *m_window;
    ReleaseDocument *m_document;
    ReadinessMatrixView *m_matrix;
    ChecklistView *m_checklist;
    QAction *m_addItem;
    QAction *m_addSubItem;
    QAction *m_removeItem;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_indent;
    QAction *m_outdent;
    QMenu *m_statusMenu;
    QAction *m_addGate;
    QAction *m_renameGate;
    QAction *m_gateNotes;
    QAction *m_removeGate;
    QAction *m_moveGateUp;
    QAction *m_moveGateDown;
    QAction *m_requiresPrevious;
    QAction *m_find;
    QAction *m_findNext;
};

} // namespace gl
