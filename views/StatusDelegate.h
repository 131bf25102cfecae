#pragma once
// Edits an item's status in the checklist tree with a combo box of the eight statuses: picking an
// entry from its list commits, arrow keys open the list rather than commit as they move. A status that
// needs a reason is not written here: it is handed on through reasonNeeded() once the editor has
// closed, so asking for the reason never happens inside the editor's focus handling.

#include "domain/ItemStatus.h"

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace gl {

class StatusDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

Q_SIGNALS:
    void reasonNeeded(const QPersistentModelIndex &index, gl::ItemStatus status) const;
};

} // namespace gl
