#include "StatusDelegate.h"

#include "Prompter.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QKeyEvent>
#include <QTimer>

namespace gl {

QWidget *StatusDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("statusEditor"));
    combo->setAccessibleName(tr("Status"));
    combo->setFrame(false);
    for (ItemStatus status : allItemStatuses)
        combo->addItem(statusLabel(status), statusKey(status));
    // Choosing an entry from the list is the decision; no need to also press Enter.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<StatusDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo, QAbstractItemDelegate::SubmitModelCache);
    });
    return combo;
}

bool StatusDelegate::eventFilter(QObject *object, QEvent *event)
{
    // A closed QComboBox emits activated() for every arrow key, which would commit a status at each
    // step; open the list instead and let the choice made there commit.
    auto *combo = qobject_cast<QComboBox *>(object);
    if (combo && event->type() == QEvent::KeyPress && !combo->view()->isVisible()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown
            || key == Qt::Key_Home || key == Qt::Key_End || key == Qt::Key_Space || key == Qt::Key_F4) {
            combo->showPopup();
            return true;
        }
    }
    if (combo && event->type() == QEvent::Wheel)
        return true;
    return QStyledItemDelegate::eventFilter(object, event);
}

void StatusDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    const int row = combo->findData(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(qMax(0, row));
}

void StatusDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    const QString key = combo->currentData().toString();
    const std::optional<ItemStatus> status = statusFromKey(key);
    if (!status || key == index.data(Qt::EditRole).toString())
        return;
    if (Prompter::needsReason(*status)) {
        const QPersistentModelIndex target(index);
        const ItemStatus chosen = *status;
        QTimer::singleShot(0, this, [this, target, chosen] { Q_EMIT reasonNeeded(target, chosen); });
        return;
    }
    model->setData(index, key, Qt::EditRole);
}

} // namespace gl
