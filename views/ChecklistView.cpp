#include "ChecklistView.h"

#include "EvidencePane.h"
#include "Prompter.h"
#include "StatusDelegate.h"
#include "itemmodels/ChecklistTreeModel.h"
#include "itemmodels/ReleaseDocument.h"

#include <QDropEvent>
#include <QHeaderView>
#include <QLabel>
#include <QHelpEvent>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>
#include <QVariantMap>

namespace gl {

ChecklistView::ChecklistView(ReleaseDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ChecklistTreeModel(document, this))
    , m_title(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_statusDelegate(new StatusDelegate(this))
{
    setObjectName(QStringLiteral("checklistView"));
    m_title->setObjectName(QStringLiteral("checklistTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setBuddy(m_tree);
    m_title->setTextFormat(Qt::PlainText);

    m_tree->setObjectName(QStringLiteral("checklistTree"));
    m_tree->setAccessibleName(tr("Checklist"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegateForColumn(ChecklistTreeModel::StatusColumn, m_statusDelegate);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    // Several items can be run together; editing still follows the current item.
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->viewport()->installEventFilter(this);
    // Files dropped on an item are attached to it; the tree itself never moves rows.
    m_tree->setAcceptDrops(true);
    m_tree->viewport()->setAcceptDrops(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ChecklistTreeModel::TitleColumn, QHeaderView::Stretch);
    // Wide enough for the longest status label in this language, with the "(expired)" suffix.
    int statusWidth = 0;
    for (ItemStatus status : allItemStatuses)
        statusWidth = std::max(statusWidth, m_tree->fontMetrics().horizontalAdvance(
                                                ChecklistTreeModel::tr("%1 (expired)").arg(statusLabel(status))));
    header->resizeSection(ChecklistTreeModel::StatusColumn, statusWidth + 36);
    header->resizeSection(ChecklistTreeModel::OwnersColumn, m_tree->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 11);
    // Short columns sized from their headers, not their contents: measuring a gate of thousands of
    // items on every change would stall the window.
    for (int column : {int(ChecklistTreeModel::BlockerColumn), int(ChecklistTreeModel::CommandsColumn)}) {
        const QString title = m_tree->model()->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, m_tree->fontMetrics().horizontalAdvance(title) + 24);
    }
    m_tree->setUniformRowHeights(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);

    connect(m_statusDelegate, &StatusDelegate::reasonNeeded, this, &ChecklistView::askReason);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChecklistView::followReset);
    connect(m_document, &ReleaseDocument::readinessChanged, this, &ChecklistView::updateTitle);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const qint64 id = m_model->itemIdAt(current);
        if (id == m_current)
            return;
        m_current = id;
        Q_EMIT currentItemChanged(id);
    });
    updateTitle();
}

ChecklistView::~ChecklistView()
{
    // Same order as ReadinessMatrixView: open editors commit first, then the document goes quiet.
    if (QWidget *focus = focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus();
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_tree->selectionModel(), nullptr, this, nullptr);
    disconnect(m_statusDelegate, nullptr, this, nullptr);
}

void ChecklistView::setGate(qint64 gateId)
{
    m_model->setGate(gateId);
    updateTitle();
}

qint64 ChecklistView::currentItem() const
{
    return m_current;
}

void ChecklistView::selectItem(qint64 itemId)
{
    const QModelIndex index = m_model->indexOfItem(itemId);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
}

void ChecklistView::askReason(const QPersistentModelIndex &index, ItemStatus status)
{
    if (!index.isValid())
        return;
    const QModelIndex title = index.sibling(index.row(), ChecklistTreeModel::TitleColumn);
    const Item *item = m_document->item(m_model->itemIdAt(index));
    StatusReason current;
    if (item && item->status == status) {
        current.reason = item->statusReason;
        current.expiry = item->waiverExpiry;
    }
    const std::optional<StatusReason> answer =
        Prompter::current().statusReason(this, status, title.data().toString(), current);
    if (!answer || !index.isValid())
        return;
    QVariantMap change;
    change.insert(QStringLiteral("status"), statusKey(status));
    change.insert(QStringLiteral("reason"), answer->reason);
    change.insert(QStringLiteral("expiry"), answer->expiry);
    m_model->setData(index, change, ChecklistTreeModel::StatusChangeRole);
}

void ChecklistView::updateTitle()
{
    const Gate *gate = m_document->gate(m_model->gateId());
    const GateReadiness *figures = m_document->gateReadiness(m_model->gateId());
    if (!gate) {
        m_title->setText(tr("Chec&klist"));
        return;
    }
    // The title doubles as the tree's mnemonic label, so an "&" in a gate title must not be eaten.
    QString title = gate->title;
    title.replace(QLatin1Char('&'), QStringLiteral("&&"));
    if (figures)
        m_title->setText(tr("Chec&klist: %1 (%2 of %3 done)")
                             .arg(title)
                             .arg(figures->passed + figures->waived + figures->notApplicable)
                             .arg(figures->total));
    else
        m_title->setText(tr("Chec&klist: %1").arg(title));
}

void ChecklistView::followReset()
{
    m_tree->expandAll();
    updateTitle();
    // Stay on the same item across a reload.
    const QModelIndex again = m_model->indexOfItem(m_current);
    if (again.isValid()) {
        m_tree->setCurrentIndex(again);
        return;
    }
    // Start on the first item so the inspector has something to show.
    const QModelIndex first = m_model->index(0, 0);
    if (first.isValid()) {
        m_tree->setCurrentIndex(first);
        return;
    }
    if (m_current != 0) {
        m_current = 0;
        Q_EMIT currentItemChanged(0);
    }
}

qint64 ChecklistView::dropTarget(const QDropEvent *event) const
{
    if (EvidencePane::droppedFiles(event->mimeData()).isEmpty())
        return 0;
    const qint64 id = m_model->itemIdAt(m_tree->indexAt(event->position().toPoint()));
    const Item *item = m_document->item(id);
    return item && !item->isGroup() ? id : 0;
}

bool ChecklistView::handleDrag(QEvent *event)
{
    auto *drop = static_cast<QDropEvent *>(event);
    // Entering takes any local files, so that moving on to a leaf's row can still accept them
    // (an ignored enter ends the drag here); moves and the drop itself look at the row.
    if (event->type() == QEvent::DragEnter && !EvidencePane::droppedFiles(drop->mimeData()).isEmpty()) {
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        return true;
    }
    const qint64 target = dropTarget(drop);
    if (target == 0) {
        drop->ignore();
        return true;
    }
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    if (event->type() == QEvent::Drop)
        Q_EMIT filesDropped(target, EvidencePane::droppedFiles(drop->mimeData()));
    return true;
}

bool ChecklistView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport()
        && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove || event->type() == QEvent::Drop))
        return handleDrag(event);
    // Titles, reasons and pass criteria come from imported files, and a tooltip would render any of
    // them that looks like HTML: show them as the plain text they are.
    if (watched == m_tree->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = m_tree->indexAt(help->pos()).data(Qt::ToolTipRole).toString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(),
                QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>"),
                m_tree->viewport());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace gl
