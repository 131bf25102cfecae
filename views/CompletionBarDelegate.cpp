#include "CompletionBarDelegate.h"

#include "itemmodels/GateMatrixModel.h"

#include <QApplication>
#include <QPainter>

namespace gl {

namespace {
QColor barColour(GateState state)
{
    switch (state) {
    case GateState::Complete: return QColor(0x2e, 0x9e, 0x4f);
    case GateState::InProgress: return QColor(0xe0, 0xa0, 0x00);
    case GateState::Blocked: return QColor(0xc9, 0x30, 0x2c);
    case GateState::NotStarted: return QColor(0x9a, 0xa0, 0xa6);
    }
    return QColor(0x9a, 0xa0, 0xa6);
}
} // namespace

void CompletionBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const double percent = qBound(0.0, index.data(GateMatrixModel::CompletionRole).toDouble(), 100.0);
    const auto state = GateState(index.data(GateMatrixModel::StateRole).toInt());
    const QFontMetrics fm(opt.font);
    const int textWidth = fm.horizontalAdvance(QStringLiteral("100%")) + 6;
    const QRect cell = opt.rect.adjusted(4, 0, -4, 0);
    QRect bar(cell.left(), cell.center().y() - fm.height() / 3, qMax(10, cell.width() - textWidth), fm.height() * 2 / 3);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(opt.palette.color(QPalette::Mid));
    painter->setBrush(opt.palette.color(QPalette::Base));
    painter->drawRoundedRect(QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    if (percent > 0) {
        QRectF filled = QRectF(bar).adjusted(1, 1, -1, -1);
        filled.setWidth(filled.width() * percent / 100.0);
        painter->setPen(Qt::NoPen);
        painter->setBrush(barColour(state));
        painter->drawRoundedRect(filled, 2, 2);
    }
    const QRect textRect(bar.right() + 4, opt.rect.top(), cell.right() - bar.right() - 4, opt.rect.height());
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize CompletionBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("100%")) * 3));
    return size;
}

} // namespace gl
