#include "EditController.h"

#include "ChecklistView.h"
#include "Prompter.h"
#include "ReadinessMatrixView.h"
#include "itemmodels/ChecklistTreeModel.h"
#include "itemmodels/ReleaseDocument.h"
#include "itemmodels/StoreEditCommand.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

namespace gl {

namespace {

// Leaves in the order a person reads the release: gate by gate, depth first.
void leavesOf(const std::vector<Item> &items, qint64 gateId, std::vector<std::pair<qint64, const Item *>> &out)
{
    for (const Item &item : items) {
        if (item.isGroup())
            leavesOf(item.children, gateId, out);
        else
            out.emplace_back(gateId, &item);
    }
}

} // namespace

EditController::EditController(QMainWindow *window, ReleaseDocument *document, ReadinessMatrixView *matrix,
                               ChecklistView *checklist)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_matrix(matrix)
    , m_checklist(checklist)
{
    QTreeView *tree = m_checklist->tree();
    // Item actions live on the checklist: their keys work while it has the focus, and the same
    // actions appear in its context menu and in the Edit menu. The document reports a refusal
    // (errorOccurred), so the results below are not looked at again.
    m_addItem = makeAction(tr("&Add Item\u2026"), QStringLiteral("actionAddItem"), QKeySequence(Qt::Key_Insert));
    m_addSubItem = makeAction(tr("Add &Sub-item\u2026"), QStringLiteral("actionAddSubItem"),
                              QKeySequence(Qt::ALT | Qt::Key_Insert));
    m_removeItem = makeAction(tr("Re&move Item"), QStringLiteral("actionRemoveItem"), QKeySequence(Qt::Key_Delete));
    m_moveUp = makeAction(tr("Move Item U&p"), QStringLiteral("actionMoveItemUp"), QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown = makeAction(tr("Move Item &Down"), QStringLiteral("actionMoveItemDown"),
                            QKeySequence(Qt::ALT | Qt::Key_Down));
    m_indent = makeAction(tr("&Indent Item"), QStringLiteral("actionIndentItem"), QKeySequence(Qt::ALT | Qt::Key_Right));
    m_outdent = makeAction(tr("&Outdent Item"), QStringLiteral("actionOutdentItem"), QKeySequence(Qt::ALT | Qt::Key_Left));
    for (QAction *action : { m_addItem, m_addSubItem, m_removeItem, m_moveUp, m_moveDown, m_indent, m_outdent }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        tree->addAction(action);
    }
    connect(m_addItem, &QAction::triggered, this, [this] { addItem(false); });
    connect(m_addSubItem, &QAction::triggered, this, [this] { addItem(true); });
    connect(m_removeItem, &QAction::triggered, this, [this] {
        // Removing several is one undo step.
        const std::vector<qint64> ids = m_checklist->selectedItems();
        if (ids.size() > 1)
            m_document->undoStack()->beginMacro(tr("Remove %n item(s)", nullptr, int(ids.size())));
        for (qint64 id : ids) {
            if (m_document->item(id) && !m_document->removeItem(id).ok())
                break;
        }
        if (ids.size() > 1)
            endMacroDroppingEmpty(m_document->undoStack());
    });
    connect(m_moveUp, &QAction::triggered, this, [this] { static_cast<void>(m_document->moveItemBy(m_checklist->currentItem(), -1)); });
    connect(m_moveDown, &QAction::triggered, this, [this] { static_cast<void>(m_document->moveItemBy(m_checklist->currentItem(), +1)); });
    connect(m_indent, &QAction::triggered, this, [this] { static_cast<void>(m_document->indentItem(m_checklist->currentItem())); });
    connect(m_outdent, &QAction::triggered, this, [this] { static_cast<void>(m_document->outdentItem(m_checklist->currentItem())); });

    m_statusMenu = new QMenu(tr("Set S&tatus of Selected Items"), window);
    m_statusMenu->setObjectName(QStringLiteral("menuBulkStatus"));
    for (ItemStatus status : allItemStatuses) {
        QAction *action = m_statusMenu->addAction(statusLabel(status));
        action->setObjectName(QStringLiteral("actionBulkStatus-") + statusKey(status));
        connect(action, &QAction::triggered, this, [this, status] { setSelectedStatus(status); });
    }

    // Gate actions live on the gate table.
    QTableView *gates = m_matrix->gateTable();
    m_addGate = makeAction(tr("Add &Gate\u2026"), QStringLiteral("actionAddGate"), QKeySequence());
    m_renameGate = makeAction(tr("Re&name Gate\u2026"), QStringLiteral("actionRenameGate"), QKeySequence(Qt::Key_F2));
    m_gateNotes = makeAction(tr("Gate Not&es\u2026"), QStringLiteral("actionGateNotes"), QKeySequence());
    m_removeGate = makeAction(tr("Remo&ve Gate"), QStringLiteral("actionRemoveGate"), QKeySequence(Qt::Key_Delete));
    m_moveGateUp = makeAction(tr("Move Gate Up"), QStringLiteral("actionMoveGateUp"), QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveGateDown = makeAction(tr("Move Gate Down"), QStringLiteral("actionMoveGateDown"),
                                QKeySequence(Qt::ALT | Qt::Key_Down));
    m_requiresPrevious = makeAction(tr("Gate Requires the Previous One"), QStringLiteral("actionGateRequiresPrevious"),
                                    QKeySequence());
    m_requiresPrevious->setCheckable(true);
    gates->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action : { m_addGate, m_renameGate, m_gateNotes, m_removeGate, m_moveGateUp, m_moveGateDown, m_requiresPrevious }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        gates->addAction(action);
    }
    connect(m_addGate, &QAction::triggered, this, [this] {
        const std::optional<QString> title = Prompter::current().text(m_window, tr("Add Gate"), tr("Title of the new gate:"));
        if (!title || title->trimmed().isEmpty())
            return;
        int position = int(m_document->release().gates.size());
        for (size_t i = 0; i < m_document->release().gates.size(); ++i) {
            if (m_document->release().gates[i].id == gateId())
                position = int(i) + 1;
        }
        const Result<qint64> added = m_document->addGate(position, *title);
        if (added.ok())
            m_matrix->selectGate(*added);
    });
    connect(m_renameGate, &QAction::triggered, this, [this] {
        const qint64 id = gateId();
        const Gate *gate = m_document->gate(id);
        if (!gate)
            return;
        const std::optional<QString> title
            = Prompter::current().text(m_window, tr("Rename Gate"), tr("New title of \u201c%1\u201d:").arg(gate->title));
        // The dialog's event loop may have reloaded the release: look the gate up again.
        gate = m_document->gate(id);
        if (gate && title && !title->trimmed().isEmpty())
            static_cast<void>(m_document->updateGate(id, title->trimmed(), gate->notes, gate->requiresPrevious));
    });
    connect(m_gateNotes, &QAction::triggered, this, [this] {
        const qint64 id = gateId();
        const Gate *gate = m_document->gate(id);
        if (!gate)
            return;
        const std::optional<QString> notes = Prompter::current().text(m_window, tr("Gate Notes"),
            tr("Notes of \u201c%1\u201d: what its section says besides its items.").arg(gate->title), gate->notes);
        gate = m_document->gate(id);
        if (gate && notes)
            static_cast<void>(m_document->updateGate(id, gate->title, *notes, gate->requiresPrevious));
    });
    connect(m_removeGate, &QAction::triggered, this, [this] {
        const qint64 id = gateId();
        if (id)
            static_cast<void>(m_document->removeGate(id));
    });
    const auto moveGate = [this](int delta) {
        const qint64 id = gateId();
        for (size_t i = 0; i < m_document->release().gates.size(); ++i) {
            if (m_document->release().gates[i].id == id) {
                if (m_document->moveGate(id, int(i) + delta).ok())
                    m_matrix->selectGate(id);
                return;
            }
        }
    };
    connect(m_moveGateUp, &QAction::triggered, this, [moveGate] { moveGate(-1); });
    connect(m_moveGateDown, &QAction::triggered, this, [moveGate] { moveGate(+1); });
    connect(m_requiresPrevious, &QAction::triggered, this, [this](bool on) {
        const Gate *gate = m_document->gate(gateId());
        if (gate)
            static_cast<void>(m_document->updateGate(gate->id, gate->title, gate->notes, on));
    });

    m_find = makeAction(tr("&Find Items\u2026"), QStringLiteral("actionFind"), QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_checklist->findField()->setFocus(Qt::ShortcutFocusReason);
        m_checklist->findField()->selectAll();
    });
    m_findNext = makeAction(tr("Find Ne&xt"), QStringLiteral("actionFindNext"), QKeySequence::FindNext);
    connect(m_findNext, &QAction::triggered, this, &EditController::findNext);
    for (QAction *action : { m_find, m_findNext })
        m_window->addAction(action);

    connect(m_document, &ReleaseDocument::releaseLoaded, this, &EditController::updateActions);
    connect(m_document, &ReleaseDocument::readinessChanged, this, &EditController::updateActions);
    connect(m_checklist, &ChecklistView::currentItemChanged, this, &EditController::updateActions);
    connect(m_matrix, &ReadinessMatrixView::gateSelected, this, &EditController::updateActions);
    updateActions();
}

QAction *EditController::makeAction(const QString &text, const QString &name, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

qint64 EditController::gateId() const
{
    return m_checklist->model()->gateId();
}

void EditController::addItem(bool asSubItem)
{
    const qint64 gate = gateId();
    if (!gate)
        return;
    const qint64 current = m_checklist->currentItem();
    const std::optional<QString> title = Prompter::current().text(m_window,
        asSubItem ? tr("Add Sub-item") : tr("Add Item"),
        asSubItem ? tr("Title of the new sub-item:") : tr("Title of the new item:"));
    if (!title || title->trimmed().isEmpty())
        return;
    // Read after the dialog: its event loop may have reloaded the release.
    const std::optional<ReleaseDocument::Place> place = m_document->placeOf(current);
    if (!m_document->gate(gate))
        return;
    Result<qint64> added = makeError(ErrorCode::Invalid, QString());
    if (asSubItem && m_document->item(current)) {
        added = m_document->addItem(gate, current, int(m_document->item(current)->children.size()), *title);
    } else if (place) {
        added = m_document->addItem(gate, place->parentId, place->position + 1, *title);
    } else {
        added = m_document->addItem(gate, 0, int(m_document->gate(gate)->items.size()), *title);
    }
    if (added.ok()) {
        // A filter that hides the new item would make it look lost.
        if (!m_checklist->model()->indexOfItem(*added).isValid())
            m_checklist->clearFilter();
        m_checklist->selectItem(*added);
    }
}

void EditController::setSelectedStatus(ItemStatus status)
{
    std::vector<qint64> leaves;
    for (qint64 id : m_checklist->selectedItems()) {
        const Item *item = m_document->item(id);
        if (item && !item->isGroup())
            leaves.push_back(id);
    }
    if (leaves.empty()) {
        report(tr("Select the items to change first; groups take the status of their items."));
        return;
    }
    StatusReason answer;
    if (Prompter::needsReason(status)) {
        const QString what = leaves.size() == 1 ? m_document->item(leaves.front())->title
                                                : tr("%n item(s)", nullptr, int(leaves.size()));
        const std::optional<StatusReason> given = Prompter::current().statusReason(m_window, status, what, StatusReason());
        if (!given)
            return;
        answer = *given;
    }
    static_cast<void>(m_document->setItemsStatus(leaves, status, answer.reason.trimmed(), answer.expiry));
}

void EditController::findNext()
{
    const ItemFilter &filter = m_checklist->model()->filter();
    if (filter.isEmpty()) {
        m_find->trigger();
        return;
    }
    std::vector<std::pair<qint64, const Item *>> leaves;
    for (const Gate &gate : m_document->release().gates)
        leavesOf(gate.items, gate.id, leaves);
    if (leaves.empty())
        return;
    size_t start = 0;
    for (size_t i = 0; i < leaves.size(); ++i) {
        if (leaves[i].second->id == m_checklist->currentItem())
            start = i + 1;
    }
    for (size_t n = 0; n < leaves.size(); ++n) {
        const auto &[gate, item] = leaves[(start + n) % leaves.size()];
        if (!filter.matches(*item))
            continue;
        if (gate != gateId())
            m_matrix->selectGate(gate);
        m_checklist->selectItem(item->id);
        m_checklist->tree()->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    report(tr("No item in this release matches."));
}

void EditController::updateActions()
{
    const bool loaded = m_document->isLoaded();
    const qint64 gate = gateId();
    const qint64 current = m_checklist->currentItem();
    const std::optional<ReleaseDocument::Place> place = m_document->placeOf(current);
    const Item *item = m_document->item(current);
    m_addItem->setEnabled(loaded && gate);
    m_addSubItem->setEnabled(loaded && item && item->evidenceList.empty() && item->runs.empty());
    m_removeItem->setEnabled(loaded && item);
    m_moveUp->setEnabled(place && place->position > 0);
    int siblings = 0;
    if (place)
        siblings = place->parentId ? int(m_document->item(place->parentId)->children.size())
                                   : int(m_document->gate(place->gateId)->items.size());
    m_moveDown->setEnabled(place && place->position + 1 < siblings);
    m_indent->setEnabled(place && place->position > 0);
    m_outdent->setEnabled(place && place->parentId != 0);
    m_statusMenu->setEnabled(loaded && gate);

    const Gate *g = m_document->gate(gate);
    int gateRow = -1;
    const int gateCount = loaded ? int(m_document->release().gates.size()) : 0;
    for (int i = 0; i < gateCount; ++i) {
        if (m_document->release().gates[size_t(i)].id == gate)
            gateRow = i;
    }
    m_addGate->setEnabled(loaded);
    m_renameGate->setEnabled(g);
    m_gateNotes->setEnabled(g);
    m_removeGate->setEnabled(g);
    m_moveGateUp->setEnabled(gateRow > 0);
    m_moveGateDown->setEnabled(gateRow >= 0 && gateRow + 1 < gateCount);
    m_requiresPrevious->setEnabled(g && gateRow > 0);
    m_requiresPrevious->setChecked(g && g->requiresPrevious);
    m_find->setEnabled(loaded);
    m_findNext->setEnabled(loaded);
}

void EditController::report(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

} // namespace gl
