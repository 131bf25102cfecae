#include "itemmodels/ReleaseDocument.h"

#include "domain/Trust.h"

#include "itemmodels/StoreEditCommand.h"
#include "store/Workspace.h"

#include <QUndoStack>

namespace gl {

namespace {

// Fields updateItem() writes besides the status trio (status, reason, waiver expiry).
bool sameFields(const Item &a, const Item &b)
{
    return a.title == b.title && a.details == b.details && a.commands == b.commands
        && a.passCriteria == b.passCriteria && a.evidence == b.evidence && a.owners == b.owners
        && a.component == b.component && a.ciJob == b.ciJob && a.blocker == b.blocker && a.note == b.note
        && a.probe == b.probe && a.expectedExitCode == b.expectedExitCode && a.outputPattern == b.outputPattern
        && a.outputMustMatch == b.outputMustMatch && a.timeoutSeconds == b.timeoutSeconds
        && a.evidenceRequirement == b.evidenceRequirement;
}

// What the item asks of whoever checks it changed: the store then moves its changed_at to now
// (Workspace::updateItem makes the same comparison).
bool asksChanged(const Item &a, const Item &b)
{
    return a.title != b.title || a.details != b.details || a.commands != b.commands || a.passCriteria != b.passCriteria
        || a.evidence != b.evidence || a.probe != b.probe || a.expectedExitCode != b.expectedExitCode
        || a.outputPattern != b.outputPattern || a.outputMustMatch != b.outputMustMatch
        || a.timeoutSeconds != b.timeoutSeconds || a.evidenceRequirement != b.evidenceRequirement;
}

bool sameStatus(const Item &a, const Item &b)
{
    return a.status == b.status && a.statusReason == b.statusReason && a.waiverExpiry == b.waiverExpiry;
}

Item withoutChildren(const Item &item)
{
    Item copy = item;
    copy.children.clear();
    return copy;
}

Error notLoaded()
{
    return makeError(ErrorCode::NotFound, ReleaseDocument::tr("No release is open."));
}

} // namespace

ReleaseDocument::ReleaseDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(std::make_unique<QUndoStack>())
{
}

ReleaseDocument::~ReleaseDocument() = default;

void ReleaseDocument::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    unload();
    Q_EMIT workspaceChanged();
}

Result<void> ReleaseDocument::load(qint64 releaseId)
{
    if (!m_workspace)
        return makeError(ErrorCode::NotFound, tr("No workspace is open."));
    Result<Release> loaded = m_workspace->loadRelease(releaseId);
    if (!loaded.ok())
        return loaded.error();
    // Reloading the same release (after a failed write) keeps the history; another release starts
    // a fresh one, since the commands on the stack speak about the items of the previous release.
    if (!m_loaded || m_release.id != releaseId)
        m_undoStack->clear();
    Q_EMIT releaseAboutToLoad();
    m_release = std::move(loaded).value();
    m_loaded = true;
    recompute();
    Q_EMIT releaseLoaded();
    Q_EMIT readinessChanged();
    return {};
}

Result<void> ReleaseDocument::refreshFromStore()
{
    if (!m_loaded || !m_workspace)
        return notLoaded();
    Result<Release> loaded = m_workspace->loadRelease(m_release.id);
    if (!loaded.ok())
        return loaded.error();
    // Item models hold pointers to the items of m_release: changed items are updated in place.
    std::vector<Item *> before;
    std::vector<const Item *> after;
    bool sameTree = loaded->gates.size() == m_release.gates.size();
    for (size_t g = 0; sameTree && g < m_release.gates.size(); ++g) {
        forEachItem(m_release.gates[g].items, [&](Item &i) { before.push_back(&i); });
        forEachItem(loaded->gates[g].items, [&](const Item &i) { after.push_back(&i); });
        sameTree = before.size() == after.size();
    }
    for (size_t i = 0; sameTree && i < before.size(); ++i)
        sameTree = before[i]->id == after[i]->id && before[i]->children.size() == after[i]->children.size();
    if (!sameTree || !(loaded->metrics == m_release.metrics) || !(loaded->criteria == m_release.criteria))
        return load(m_release.id);
    std::vector<qint64> changed;
    for (size_t i = 0; i < before.size(); ++i) {
        if (withoutChildren(*before[i]) == withoutChildren(*after[i]))
            continue;
        std::vector<Item> children = std::move(before[i]->children);
        *before[i] = withoutChildren(*after[i]);
        before[i]->children = std::move(children);
        changed.push_back(before[i]->id);
    }
    const bool settingsChanged = !(m_release.run == loaded->run);
    m_release.run = loaded->run;
    // Sign-offs, requirements and decisions are written by signing/ straight to the store.
    m_release.requiredSignOffs = std::move(loaded->requiredSignOffs);
    m_release.separationOfDuties = loaded->separationOfDuties;
    m_release.signOffs = std::move(loaded->signOffs);
    m_release.lastChangedBy = loaded->lastChangedBy;
    m_release.decisions = std::move(loaded->decisions);
    recompute();
    for (qint64 id : changed)
        Q_EMIT itemChanged(id);
    if (settingsChanged)
        Q_EMIT runSettingsChanged();
    Q_EMIT readinessChanged();
    return {};
}

void ReleaseDocument::unload()
{
    m_undoStack->clear();
    Q_EMIT releaseAboutToLoad();
    m_release = Release();
    m_loaded = false;
    recompute();
    Q_EMIT releaseLoaded();
    Q_EMIT readinessChanged();
}

void ReleaseDocument::setToday(const QDate &today)
{
    m_today = today;
    recompute();
    Q_EMIT readinessChanged();
}

QDate ReleaseDocument::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

const Item *ReleaseDocument::item(qint64 itemId) const
{
    return m_loaded ? findItem(m_release, itemId) : nullptr;
}

const Gate *ReleaseDocument::gate(qint64 gateId) const
{
    for (const Gate &g : m_release.gates) {
        if (g.id == gateId)
            return &g;
    }
    return nullptr;
}

const Gate *ReleaseDocument::gateOfItem(qint64 itemId) const
{
    for (const Gate &g : m_release.gates) {
        bool found = false;
        forEachItem(g.items, [&](const Item &i) { found = found || i.id == itemId; });
        if (found)
            return &g;
    }
    return nullptr;
}

const GateReadiness *ReleaseDocument::gateReadiness(qint64 gateId) const
{
    for (const GateReadiness &g : m_readiness.gates) {
        if (g.gateId == gateId)
            return &g;
    }
    return nullptr;
}

const Metric *ReleaseDocument::metric(qint64 metricId) const
{
    for (const Metric &m : m_release.metrics) {
        if (m.id == metricId)
            return &m;
    }
    return nullptr;
}

const MetricVerdict *ReleaseDocument::metricVerdict(qint64 metricId) const
{
    for (const MetricVerdict &m : m_readiness.metrics) {
        if (m.metricId == metricId)
            return &m;
    }
    return nullptr;
}

const Criterion *ReleaseDocument::criterion(qint64 criterionId) const
{
    for (const Criterion &c : m_release.criteria) {
        if (c.id == criterionId)
            return &c;
    }
    return nullptr;
}

Result<void> ReleaseDocument::setItemStatus(qint64 itemId, ItemStatus status, const QString &reason,
                                            const QDate &waiverExpiry)
{
    const Item *current = item(itemId);
    if (!current)
        return m_loaded ? makeError(ErrorCode::NotFound, tr("Item %1 is not in this release.").arg(itemId))
                        : notLoaded();
    if (current->status == status && current->statusReason == reason && current->waiverExpiry == waiverExpiry)
        return {};
    const Item before = withoutChildren(*current);
    const QString text = tr("Set \u201c%1\u201d to %2").arg(current->title, statusLabel(status));
    return pushEdit(
        text,
        [this, itemId, status, reason, waiverExpiry] { return applyItemStatus(itemId, status, reason, waiverExpiry); },
        [this, before] { return applyItemStatus(before.id, before.status, before.statusReason, before.waiverExpiry); });
}

Result<void> ReleaseDocument::updateItem(const Item &edited)
{
    const Item *current = item(edited.id);
    if (!current)
        return m_loaded ? makeError(ErrorCode::NotFound, tr("Item %1 is not in this release.").arg(edited.id))
                        : notLoaded();
    if (sameFields(*current, edited) && sameStatus(*current, edited))
        return {};
    const Item before = withoutChildren(*current);
    const Item after = withoutChildren(edited);
    return pushEdit(tr("Edit \u201c%1\u201d").arg(before.title),
                    [this, after] { return applyItem(after, true); },
                    [this, before] { return applyItem(before, false); });
}

Result<void> ReleaseDocument::setMetricCurrent(qint64 metricId, const QString &valueText)
{
    const Metric *current = metric(metricId);
    if (!current)
        return m_loaded ? makeError(ErrorCode::NotFound, tr("Metric %1 is not in this release.").arg(metricId))
                        : notLoaded();
    // Like `greenlight metric --value ""`: an empty value is refused rather than clearing the metric.
    if (valueText.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Metric \u201c%1\u201d needs a value.").arg(current->name));
    // Undo restores the value as it was shown, even when only a number was stored.
    QString before = current->currentText;
    if (before.isEmpty() && current->current)
        before = formatMeasure(current->current, current->unit);
    if (before == valueText.trimmed())
        return {};
    return pushEdit(tr("Set %1 to %2").arg(current->name, valueText.trimmed()),
                    [this, metricId, valueText] { return applyMetricCurrent(metricId, valueText); },
                    [this, metricId, before] { return applyMetricCurrent(metricId, before); });
}

Result<void> ReleaseDocument::setCriterionHolds(qint64 criterionId, bool holds)
{
    const Criterion *current = criterion(criterionId);
    if (!current)
        return m_loaded ? makeError(ErrorCode::NotFound, tr("Criterion %1 is not in this release.").arg(criterionId))
                        : notLoaded();
    if (current->holds == holds)
        return {};
    const QString text = holds ? tr("Mark \u201c%1\u201d as holding").arg(current->text)
                               : tr("Mark \u201c%1\u201d as not holding").arg(current->text);
    return pushEdit(text,
                    [this, criterionId, holds] { return applyCriterionHolds(criterionId, holds); },
                    [this, criterionId, holds] { return applyCriterionHolds(criterionId, !holds); });
}

Result<qint64> ReleaseDocument::createRelease(const Release &release)
{
    if (!m_workspace)
        return makeError(ErrorCode::NotFound, tr("No workspace is open."));
    Result<qint64> created = m_workspace->createRelease(release);
    if (!created.ok()) {
        Q_EMIT errorOccurred(created.message());
        return created;
    }
    Q_EMIT releaseCreated(created.value());
    return created;
}

Result<void> ReleaseDocument::pushEdit(const QString &text, Apply redo, Apply undo)
{
    const Result<void> first = redo();
    if (!first.ok()) {
        // Refused before anything changed, in the file or here: only say why.
        Q_EMIT errorOccurred(first.message());
        return first;
    }
    m_undoStack->push(new StoreEditCommand(text, std::move(redo), std::move(undo),
                                           [this](const Error &error) { reportFailure(error); }));
    return {};
}

void ReleaseDocument::reportFailure(const Error &error)
{
    Q_EMIT errorOccurred(error.message);
    // An undo or redo the file refused: it changed behind our back, so show what it holds now.
    if (m_loaded && m_workspace) {
        const Result<void> reloaded = load(m_release.id);
        if (!reloaded.ok())
            Q_EMIT errorOccurred(reloaded.message());
    }
}

Result<void> ReleaseDocument::applyItemStatus(qint64 itemId, ItemStatus status, const QString &reason,
                                              const QDate &waiverExpiry)
{
    Item *target = m_loaded ? findItem(m_release, itemId) : nullptr;
    if (!target || !m_workspace)
        return m_loaded ? makeError(ErrorCode::NotFound, tr("Item %1 is not in this release.").arg(itemId))
                        : notLoaded();
    const QDate expiry = status == ItemStatus::Waived ? waiverExpiry : QDate();
    Result<void> written = m_workspace->setItemStatus(itemId, status, reason, std::nullopt, expiry);
    if (!written.ok())
        return written;
    target->status = status;
    target->statusReason = reason;
    target->waiverExpiry = expiry;
    touch(*target);
    recompute();
    Q_EMIT itemChanged(itemId);
    Q_EMIT readinessChanged();
    Q_EMIT releaseEdited(m_release.id);
    return {};
}

Result<void> ReleaseDocument::applyItem(const Item &wanted, bool typedByUser)
{
    Item *target = m_loaded ? findItem(m_release, wanted.id) : nullptr;
    if (!target || !m_workspace)
        return m_loaded ? makeError(ErrorCode::NotFound, tr("Item %1 is not in this release.").arg(wanted.id))
                        : notLoaded();
    // One updateItem call writes the fields and the status in one transaction, so a refused
    // status (a waiver without a reason) leaves everything as it was.
    Item fields = withoutChildren(wanted);
    if (target->isGroup()) {
        fields.status = target->status;  // a group's status is not its own to set
        fields.statusReason = target->statusReason;
        fields.waiverExpiry = target->waiverExpiry;
    }
    if (fields.status != ItemStatus::Waived)
        fields.waiverExpiry = QDate();
    Result<void> written = m_workspace->updateItem(fields, typedByUser);
    if (!written.ok())
        return written;
    // The trust fields as the store keeps them (see Workspace::updateItem).
    fields.commandsImported = target->commandsImported;
    fields.approvedHash = target->approvedHash;
    fields.runs = target->runs;
    // Evidence is attached and removed elsewhere: an undo snapshot's list is not the current one.
    fields.evidenceList = target->evidenceList;
    fields.changedAt = asksChanged(fields, *target) ? QDateTime::currentDateTimeUtc() : target->changedAt;
    if (typedByUser && target->commandsImported && (fields.commands != target->commands || fields.probe != target->probe))
        fields.approvedHash = runSpecHash(fields, m_release.run);
    std::vector<Item> children = std::move(target->children);
    fields.updatedAt = target->updatedAt;
    fields.updatedBy = target->updatedBy;
    *target = std::move(fields);
    target->children = std::move(children);
    touch(*target);
    recompute();
    Q_EMIT itemChanged(wanted.id);
    Q_EMIT readinessChanged();
    Q_EMIT releaseEdited(m_release.id);
    return {};
}

Result<void> ReleaseDocument::applyMetricCurrent(qint64 metricId, const QString &valueText)
{
    Metric *target = nullptr;
    for (Metric &m : m_release.metrics) {
        if (m.id == metricId)
            target = &m;
    }
    if (!target || !m_workspace)
        return m_loaded ? makeError(ErrorCode::NotFound, tr("Metric %1 is not in this release.").arg(metricId))
                        : notLoaded();
    Result<void> written = m_workspace->setMetricCurrent(metricId, valueText);
    if (!written.ok())
        return written;
    const Measure measure = parseMeasure(valueText);
    target->current = measure.value;
    target->currentText = measure.text;
    recompute();
    Q_EMIT metricChanged(metricId);
    Q_EMIT readinessChanged();
    Q_EMIT releaseEdited(m_release.id);
    return {};
}

Result<void> ReleaseDocument::applyCriterionHolds(qint64 criterionId, bool holds)
{
    Criterion *target = nullptr;
    for (Criterion &c : m_release.criteria) {
        if (c.id == criterionId)
            target = &c;
    }
    if (!target || !m_workspace)
        return m_loaded ? makeError(ErrorCode::NotFound, tr("Criterion %1 is not in this release.").arg(criterionId))
                        : notLoaded();
    Result<void> written = m_workspace->setCriterionHolds(criterionId, holds);
    if (!written.ok())
        return written;
    target->holds = holds;
    recompute();
    Q_EMIT criterionChanged(criterionId);
    Q_EMIT readinessChanged();
    Q_EMIT releaseEdited(m_release.id);
    return {};
}

void ReleaseDocument::touch(Item &item) const
{
    item.updatedAt = QDateTime::currentDateTimeUtc();
    item.updatedBy = m_workspace ? m_workspace->actor() : QString();
}

void ReleaseDocument::recompute()
{
    m_readiness = m_loaded
        ? computeReadiness(m_release, m_today.isValid() ? m_today.startOfDay(Qt::UTC) : QDateTime::currentDateTimeUtc())
        : Readiness();
}

} // namespace gl

namespace gl {

// ---- structure ---------------------------------------------------------------------------------

namespace {

bool placeIn(const std::vector<Item> &items, qint64 gateId, qint64 parentId, qint64 itemId,
             ReleaseDocument::Place &place)
{
    for (size_t row = 0; row < items.size(); ++row) {
        if (items[row].id == itemId) {
            place = { gateId, parentId, int(row) };
            return true;
        }
        if (placeIn(items[row].children, gateId, items[row].id, itemId, place))
            return true;
    }
    return false;
}

Workspace::ItemPlace storePlace(const ReleaseDocument::Place &place)
{
    return { place.gateId, place.parentId, place.position };
}

} // namespace

Result<std::vector<AuditEntry>> ReleaseDocument::history() const
{
    if (!m_loaded || !m_workspace)
        return notLoaded();
    return m_workspace->audit(m_release.id);
}

Result<std::vector<TrendPoint>> ReleaseDocument::trend(int maxPoints) const
{
    Result<std::vector<AuditEntry>> rows = history();
    if (!rows.ok())
        return rows.error();
    const QDateTime now = m_today.isValid() ? m_today.startOfDay(Qt::UTC) : QDateTime::currentDateTimeUtc();
    return readinessTrend(m_release, *rows, now, maxPoints);
}

std::optional<ReleaseDocument::Place> ReleaseDocument::placeOf(qint64 itemId) const
{
    if (!m_loaded)
        return std::nullopt;
    Place place;
    for (const Gate &gate : m_release.gates) {
        if (placeIn(gate.items, gate.id, 0, itemId, place))
            return place;
    }
    return std::nullopt;
}

Error ReleaseDocument::refuse(const Error &error)
{
    Q_EMIT errorOccurred(error.message);
    return error;
}

Result<void> ReleaseDocument::reshaped(const Result<void> &written)
{
    if (!written.ok())
        return written;
    // The write is in the file: it stays an undo step even if reading the release back fails.
    if (Result<void> r = load(m_release.id); !r.ok())
        Q_EMIT errorOccurred(r.message());
    Q_EMIT releaseEdited(m_release.id);
    return {};
}

Result<qint64> ReleaseDocument::addItem(qint64 gateId, qint64 parentId, int position, const QString &title)
{
    if (!m_loaded || !m_workspace)
        return notLoaded();
    const Workspace::ItemPlace place { gateId, parentId, position };
    auto created = std::make_shared<Item>();
    created->title = title.trimmed();
    const Result<void> pushed = pushEdit(tr("Add \u201c%1\u201d").arg(created->title),
        [this, place, created]() -> Result<void> {
            // The first time the store gives the id; a redo brings the item back under it.
            Result<qint64> id = m_workspace->insertItem(place, *created);
            if (!id.ok())
                return id.error();
            created->id = *id;
            return reshaped({});
        },
        [this, created] { return reshaped(m_workspace->removeItem(created->id)); });
    if (!pushed.ok())
        return pushed.error();
    return created->id;
}

Result<void> ReleaseDocument::removeItem(qint64 itemId)
{
    const Item *current = item(itemId);
    const std::optional<Place> place = placeOf(itemId);
    if (!current || !place || !m_workspace)
        return m_loaded ? makeError(ErrorCode::NotFound, tr("Item %1 is not in this release.").arg(itemId)) : notLoaded();
    const Item removed = *current; // with its sub-items, under their ids, for the undo
    const Workspace::ItemPlace where = storePlace(*place);
    return pushEdit(tr("Remove \u201c%1\u201d").arg(removed.title),
        [this, itemId] { return reshaped(m_workspace->removeItem(itemId)); },
        [this, where, removed] {
            Result<qint64> back = m_workspace->insertItem(where, removed);
            return reshaped(back.ok() ? Result<void>() : Result<void>(back.error()));
        });
}

Result<void> ReleaseDocument::moveItem(qint64 itemId, qint64 gateId, qint64 parentId, int position)
{
    const Item *current = item(itemId);
    const std::optional<Place> from = placeOf(itemId);
    if (!current || !from || !m_workspace)
        return m_loaded ? makeError(ErrorCode::NotFound, tr("Item %1 is not in this release.").arg(itemId)) : notLoaded();
    const Workspace::ItemPlace to { gateId, parentId, position };
    const Workspace::ItemPlace back = storePlace(*from);
    if (from->gateId == gateId && from->parentId == parentId && from->position == position)
        return {};
    return pushEdit(tr("Move \u201c%1\u201d").arg(current->title),
        [this, itemId, to] { return reshaped(m_workspace->moveItem(itemId, to)); },
        [this, itemId, back] { return reshaped(m_workspace->moveItem(itemId, back)); });
}

Result<void> ReleaseDocument::moveItemBy(qint64 itemId, int delta)
{
    const std::optional<Place> from = placeOf(itemId);
    if (!from)
        return m_loaded ? makeError(ErrorCode::NotFound, tr("Item %1 is not in this release.").arg(itemId)) : notLoaded();
    const int position = from->position + delta;
    if (position < 0)
        return {};
    return moveItem(itemId, from->gateId, from->parentId, position);
}

Result<void> ReleaseDocument::indentItem(qint64 itemId)
{
    const std::optional<Place> from = placeOf(itemId);
    if (!from)
        return m_loaded ? makeError(ErrorCode::NotFound, tr("Item %1 is not in this release.").arg(itemId)) : notLoaded();
    if (from->position == 0)
        return refuse(makeError(ErrorCode::Invalid,
            tr("\u201c%1\u201d is the first of its list: there is no item above it to go under.").arg(item(itemId)->title)));
    const Gate *g = gate(from->gateId);
    const std::vector<Item> &siblings = from->parentId ? item(from->parentId)->children : g->items;
    const Item &above = siblings.at(size_t(from->position - 1));
    return moveItem(itemId, from->gateId, above.id, int(above.children.size()));
}

Result<void> ReleaseDocument::outdentItem(qint64 itemId)
{
    const std::optional<Place> from = placeOf(itemId);
    if (!from)
        return m_loaded ? makeError(ErrorCode::NotFound, tr("Item %1 is not in this release.").arg(itemId)) : notLoaded();
    if (!from->parentId)
        return refuse(makeError(ErrorCode::Invalid,
            tr("\u201c%1\u201d is at the top level of its gate already.").arg(item(itemId)->title)));
    const std::optional<Place> parent = placeOf(from->parentId);
    return moveItem(itemId, parent->gateId, parent->parentId, parent->position + 1);
}

Result<qint64> ReleaseDocument::addGate(int position, const QString &title)
{
    if (!m_loaded || !m_workspace)
        return notLoaded();
    auto created = std::make_shared<Gate>();
    created->title = title.trimmed();
    const qint64 releaseId = m_release.id;
    const Result<void> pushed = pushEdit(tr("Add gate \u201c%1\u201d").arg(created->title),
        [this, releaseId, position, created]() -> Result<void> {
            Result<qint64> id = m_workspace->insertGate(releaseId, position, *created);
            if (!id.ok())
                return id.error();
            created->id = *id;
            return reshaped({});
        },
        [this, created] { return reshaped(m_workspace->removeGate(created->id)); });
    if (!pushed.ok())
        return pushed.error();
    return created->id;
}

Result<void> ReleaseDocument::removeGate(qint64 gateId)
{
    const Gate *current = gate(gateId);
    if (!current || !m_workspace)
        return m_loaded ? makeError(ErrorCode::NotFound, tr("Gate %1 is not in this release.").arg(gateId)) : notLoaded();
    int position = 0;
    while (m_release.gates[size_t(position)].id != gateId)
        ++position;
    const Gate removed = *current;
    const qint64 releaseId = m_release.id;
    return pushEdit(tr("Remove gate \u201c%1\u201d").arg(removed.title),
        [this, gateId] { return reshaped(m_workspace->removeGate(gateId)); },
        [this, releaseId, position, removed] {
            Result<qint64> back = m_workspace->insertGate(releaseId, position, removed);
            return reshaped(back.ok() ? Result<void>() : Result<void>(back.error()));
        });
}

Result<void> ReleaseDocument::moveGate(qint64 gateId, int position)
{
    const Gate *current = gate(gateId);
    if (!current || !m_workspace)
        return m_loaded ? makeError(ErrorCode::NotFound, tr("Gate %1 is not in this release.").arg(gateId)) : notLoaded();
    int from = 0;
    while (m_release.gates[size_t(from)].id != gateId)
        ++from;
    position = std::clamp(position, 0, int(m_release.gates.size()) - 1);
    if (position == from)
        return {};
    return pushEdit(tr("Move gate \u201c%1\u201d").arg(current->title),
        [this, gateId, position] { return reshaped(m_workspace->moveGate(gateId, position)); },
        [this, gateId, from] { return reshaped(m_workspace->moveGate(gateId, from)); });
}

Result<void> ReleaseDocument::updateGate(qint64 gateId, const QString &title, const QString &notes, bool requiresPrevious)
{
    const Gate *current = gate(gateId);
    if (!current || !m_workspace)
        return m_loaded ? makeError(ErrorCode::NotFound, tr("Gate %1 is not in this release.").arg(gateId)) : notLoaded();
    if (current->title == title && current->notes == notes && current->requiresPrevious == requiresPrevious)
        return {};
    const Gate before = *current;
    return pushEdit(tr("Edit gate \u201c%1\u201d").arg(before.title),
        [this, gateId, title, notes, requiresPrevious] {
            return reshaped(m_workspace->updateGate(gateId, title, notes, requiresPrevious));
        },
        [this, before] {
            return reshaped(m_workspace->updateGate(before.id, before.title, before.notes, before.requiresPrevious));
        });
}

Result<void> ReleaseDocument::setItemsStatus(const std::vector<qint64> &itemIds, ItemStatus status,
                                             const QString &reason, const QDate &waiverExpiry)
{
    if (!m_loaded || !m_workspace)
        return notLoaded();
    std::vector<Workspace::StatusChange> to, back;
    for (qint64 id : itemIds) {
        const Item *current = item(id);
        if (!current)
            return makeError(ErrorCode::NotFound, tr("Item %1 is not in this release.").arg(id));
        const QDate expiry = status == ItemStatus::Waived ? waiverExpiry : QDate();
        if (current->isGroup()
            || (current->status == status && current->statusReason == reason && current->waiverExpiry == expiry))
            continue;
        to.push_back({ id, status, reason, expiry });
        back.push_back({ id, current->status, current->statusReason, current->waiverExpiry });
    }
    if (to.empty())
        return {};
    return pushEdit(tr("Set %n item(s) to %1", nullptr, int(to.size())).arg(statusLabel(status)),
        [this, to] { return reshaped(m_workspace->setItemStatuses(to)); },
        [this, back] { return reshaped(m_workspace->setItemStatuses(back)); });
}

} // namespace gl
