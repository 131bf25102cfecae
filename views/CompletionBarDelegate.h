#pragma once
// Paints a gate's completion as a bar in its state's colour, with the percentage beside it in text.

#include <QStyledItemDelegate>

namespace gl {

class CompletionBarDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace gl
