#pragma once
// The checklist of one gate as a tree: status and owners edited in place, the current item
// reported to the inspector, local files dropped on an item handed on to be attached.

#include <QStringList>
#include <vector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDropEvent;
class QLabel;
class QLineEdit;
class QPersistentModelIndex;
class QTimer;
class QToolButton;
class QTreeView;

namespace gl {

class ChecklistTreeModel;
class ReleaseDocument;
class StatusDelegate;
enum class ItemStatus;

class ChecklistView final : public QWidget {
    Q_OBJECT
public:
    explicit ChecklistView(ReleaseDocument *document, QWidget *parent = nullptr);
    ~ChecklistView() override;

    ChecklistTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }

    void setGate(qint64 gateId);
    qint64 currentItem() const;
    void selectItem(qint64 itemId);
    // The selected items, in the order shown (leaves and groups).
    std::vector<qint64> selectedItems() const;

    // The find bar: text, owner, status, component, blockers only. Applied after a short pause in
    // typing; applyFilterNow() skips the pause (tests, Enter).
    QLineEdit *findField() const { return m_find; }
    QLineEdit *ownerField() const { return m_owner; }
    QComboBox *statusFilterBox() const { return m_statusFilter; }
    QLineEdit *componentField() const { return m_component; }
    QCheckBox *blockersOnlyBox() const { return m_blockersOnly; }
    QLabel *matchLabel() const { return m_matches; }
    void applyFilterNow();
    // The header's column menu follows the columns shown (after a saved layout is restored).
    void syncColumnChoices();
    void clearFilter();

Q_SIGNALS:
    void currentItemChanged(qint64 itemId);
    // Local files were dropped onto a leaf item's row (a group refuses the drop).
    void filesDropped(qint64 itemId, const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void askReason(const QPersistentModelIndex &index, ItemStatus status);
    QWidget *createFindBar();
    void updateMatches();
    void updateTitle();
    void followReset();
    // The leaf a drag is over when it carries only local files; 0 refuses it.
    qint64 dropTarget(const QDropEvent *event) const;
    bool handleDrag(QEvent *event);

    ReleaseDocument *m_document;
    ChecklistTreeModel *m_model;
    QLabel *m_title;
    QTreeView *m_tree;
    StatusDelegate *m_statusDelegate;
    QLineEdit *m_find;
    QLineEdit *m_owner;
    QComboBox *m_statusFilter;
    QLineEdit *m_component;
    QCheckBox *m_blockersOnly;
    QLabel *m_matches;
    QToolButton *m_clearFilter;
    QTimer *m_filterDelay;
    qint64 m_current = 0;
};

} // namespace gl
