#include "ChecklistView.h"

#include "EvidencePane.h"
#include "Prompter.h"
#include "StatusDelegate.h"
#include "itemmodels/ChecklistTreeModel.h"
#include "itemmodels/ReleaseDocument.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QHeaderView>
#include <QLabel>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMimeData>
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
    , m_find(new QLineEdit(this))
    , m_owner(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_component(new QLineEdit(this))
    , m_blockersOnly(new QCheckBox(tr("Blockers"), this))
    , m_matches(new QLabel(this))
    , m_clearFilter(new QToolButton(this))
    , m_filterDelay(new QTimer(this))
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
    // Rows dragged within the tree move (through the document, undoable); files dropped on an item
    // are attached to it.
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->viewport()->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
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
    // Which columns show: the header's context menu (the title column always stays).
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = ChecklistTreeModel::StatusColumn; column < ChecklistTreeModel::ColumnCount; ++column) {
        auto *toggle = new QAction(m_model->headerData(column, Qt::Horizontal).toString(), header);
        toggle->setObjectName(QStringLiteral("actionShowColumn%1").arg(column));
        toggle->setCheckable(true);
        toggle->setChecked(true);
        connect(toggle, &QAction::toggled, this, [this, column](bool on) { m_tree->setColumnHidden(column, !on); });
        header->addAction(toggle);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QWidget *findBar = createFindBar();
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_matches);
    layout->addLayout(heading);
    layout->addWidget(findBar);
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

void ChecklistView::syncColumnChoices()
{
    for (QAction *toggle : m_tree->header()->actions()) {
        const int column = toggle->objectName().mid(int(qstrlen("actionShowColumn"))).toInt();
        const QSignalBlocker quiet(toggle);
        toggle->setChecked(!m_tree->isColumnHidden(column));
    }
}

QWidget *ChecklistView::createFindBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("checklistFindBar"));
    m_find->setObjectName(QStringLiteral("checklistFind"));
    m_find->setPlaceholderText(tr("Find items\u2026"));
    m_find->setAccessibleName(tr("Find items by text"));
    m_find->setClearButtonEnabled(true);
    m_owner->setObjectName(QStringLiteral("checklistOwnerFilter"));
    m_owner->setPlaceholderText(tr("Owner"));
    m_owner->setAccessibleName(tr("Filter by owner"));
    m_component->setObjectName(QStringLiteral("checklistComponentFilter"));
    m_component->setPlaceholderText(tr("Component"));
    m_component->setAccessibleName(tr("Filter by component"));
    m_statusFilter->setObjectName(QStringLiteral("checklistStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    m_statusFilter->addItem(tr("Any status"), QString());
    m_statusFilter->addItem(tr("Open (not done)"), QStringLiteral("open"));
    for (ItemStatus status : allItemStatuses)
        m_statusFilter->addItem(statusLabel(status), statusKey(status));
    m_blockersOnly->setObjectName(QStringLiteral("checklistBlockersOnly"));
    m_blockersOnly->setAccessibleName(tr("Show blockers only"));
    m_matches->setObjectName(QStringLiteral("checklistMatches"));
    m_clearFilter->setObjectName(QStringLiteral("checklistClearFilter"));
    m_clearFilter->setText(tr("Clear"));
    m_clearFilter->setToolTip(tr("Show every item again (Esc in the find field)"));
    m_clearFilter->setAccessibleName(tr("Clear the filter"));

    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_find, 3);
    row->addWidget(m_owner, 1);
    row->addWidget(m_component, 1);
    row->addWidget(m_statusFilter);
    row->addWidget(m_blockersOnly);
    row->addWidget(m_clearFilter);
    const int chars = m_owner->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_owner->setMinimumWidth(chars * 7);
    m_component->setMinimumWidth(chars * 8);

    // Typing waits a moment before filtering, so a word is not filtered letter by letter.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150);
    connect(m_filterDelay, &QTimer::timeout, this, &ChecklistView::applyFilterNow);
    for (QLineEdit *field : {m_find, m_owner, m_component}) {
        connect(field, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
        connect(field, &QLineEdit::returnPressed, this, [this] {
            applyFilterNow();
            m_tree->setFocus(Qt::ShortcutFocusReason);
        });
        field->installEventFilter(this);
    }
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ChecklistView::applyFilterNow);
    connect(m_blockersOnly, &QCheckBox::toggled, this, &ChecklistView::applyFilterNow);
    connect(m_clearFilter, &QToolButton::clicked, this, &ChecklistView::clearFilter);
    updateMatches();
    return bar;
}

void ChecklistView::applyFilterNow()
{
    m_filterDelay->stop();
    ItemFilter filter;
    filter.text = m_find->text().trimmed();
    filter.owner = m_owner->text().trimmed();
    filter.component = m_component->text().trimmed();
    filter.blockersOnly = m_blockersOnly->isChecked();
    const QString status = m_statusFilter->currentData().toString();
    if (status == QLatin1String("open")) {
        filter.statusFilter = ItemFilter::StatusFilter::Open;
    } else if (const std::optional<ItemStatus> exact = statusFromKey(status)) {
        filter.statusFilter = ItemFilter::StatusFilter::Exact;
        filter.status = *exact;
    }
    m_model->setFilter(filter);
    updateMatches();
}

void ChecklistView::clearFilter()
{
    const QSignalBlocker a(m_find), b(m_owner), c(m_component), d(m_statusFilter), e(m_blockersOnly);
    m_find->clear();
    m_owner->clear();
    m_component->clear();
    m_statusFilter->setCurrentIndex(0);
    m_blockersOnly->setChecked(false);
    applyFilterNow();
}

void ChecklistView::updateMatches()
{
    const bool filtering = !m_model->filter().isEmpty();
    m_clearFilter->setEnabled(filtering);
    if (!filtering) {
        m_matches->clear();
        return;
    }
    const int count = m_model->matchCount();
    m_matches->setText(count == 0 ? tr("No item matches") : tr("%n item(s) match", nullptr, count));
}

std::vector<qint64> ChecklistView::selectedItems() const
{
    std::vector<std::pair<std::vector<int>, qint64>> rows;
    const QModelIndexList selected = m_tree->selectionModel()->selectedRows(ChecklistTreeModel::TitleColumn);
    for (const QModelIndex &index : selected) {
        std::vector<int> path;
        for (QModelIndex at = index; at.isValid(); at = at.parent())
            path.insert(path.begin(), at.row());
        rows.emplace_back(std::move(path), m_model->itemIdAt(index));
    }
    std::sort(rows.begin(), rows.end());
    std::vector<qint64> ids;
    for (const auto &row : rows)
        ids.push_back(row.second);
    return ids;
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
    updateMatches();
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
    // Rows of this checklist being moved: the view draws where they go, the model moves them.
    if (drop->mimeData()->hasFormat(ChecklistTreeModel::itemMimeType()))
        return false;
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
    // Esc in a find field clears the filter (a second Esc leaves the field).
    if ((watched == m_find || watched == m_owner || watched == m_component) && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_model->filter().isEmpty()) {
        clearFilter();
        return true;
    }
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
