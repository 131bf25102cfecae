#pragma once
// The release being worked on in the window: its value, its readiness, and the undo stack every edit
// goes through. Views bind to the item models built on top of it; nothing here touches widgets.

#include "domain/Readiness.h"
#include "domain/Release.h"
#include "domain/Result.h"
#include "itemmodels/ReadinessTrend.h"

#include <QDate>
#include <QObject>
#include <functional>
#include <optional>
#include <memory>

class QUndoStack;

namespace gl {

class Workspace;

class ReleaseDocument final : public QObject {
    Q_OBJECT
public:
    explicit ReleaseDocument(QObject *parent = nullptr);
    ~ReleaseDocument() override;

    // Not owned. Unloads the current release and clears the undo stack.
    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }

    // Loads a release of the workspace (clears the undo stack when it is another release).
    Result<void> load(qint64 releaseId);
    void unload();
    bool isLoaded() const { return m_loaded; }
    qint64 releaseId() const { return m_loaded ? m_release.id : 0; }
    const Release &release() const { return m_release; }
    const Readiness &readiness() const { return m_readiness; }
    QUndoStack *undoStack() const { return m_undoStack.get(); }

    // The day waivers are checked against: today unless pinned (tests pin it).
    void setToday(const QDate &today);
    QDate today() const;

    const Item *item(qint64 itemId) const;
    const Gate *gate(qint64 gateId) const;
    const Gate *gateOfItem(qint64 itemId) const;
    const GateReadiness *gateReadiness(qint64 gateId) const;
    const Metric *metric(qint64 metricId) const;
    const MetricVerdict *metricVerdict(qint64 metricId) const;
    const Criterion *criterion(qint64 criterionId) const;

    // Each edit writes to the workspace first; only a write that succeeded is pushed on the undo
    // stack. A refusal is returned and also reported through errorOccurred(), and changes nothing.
    // An undo or redo the workspace refuses is reported, dropped from the stack, and the release
    // is read again.
    Result<void> setItemStatus(qint64 itemId, ItemStatus status, const QString &reason,
                               const QDate &waiverExpiry = QDate());
    // Every field of the item except its children; status, reason and expiry included.
    Result<void> updateItem(const Item &item);
    Result<void> setMetricCurrent(qint64 metricId, const QString &valueText);
    Result<void> setCriterionHolds(qint64 criterionId, bool holds);
    // The shape of the release, each undoable, each followed by a reload (models reset).
    // parentId 0: the gate's top level; a position past the end appends.
    Result<qint64> addItem(qint64 gateId, qint64 parentId, int position, const QString &title);
    Result<void> removeItem(qint64 itemId);
    Result<void> moveItem(qint64 itemId, qint64 gateId, qint64 parentId, int position);
    // Up (-1) or down (+1) among its siblings.
    Result<void> moveItemBy(qint64 itemId, int delta);
    // Under the sibling above it, as that one's last sub-item; back out to after its parent.
    Result<void> indentItem(qint64 itemId);
    Result<void> outdentItem(qint64 itemId);
    Result<qint64> addGate(int position, const QString &title);
    Result<void> removeGate(qint64 gateId);
    Result<void> moveGate(qint64 gateId, int position);
    Result<void> updateGate(qint64 gateId, const QString &title, const QString &notes, bool requiresPrevious);
    // One status for several leaves (groups in the list are skipped): one transaction, one undo step.
    Result<void> setItemsStatus(const std::vector<qint64> &itemIds, ItemStatus status, const QString &reason,
                                const QDate &waiverExpiry = QDate());
    // The open release's audit rows, newest first (what the trend replays).
    Result<std::vector<AuditEntry>> history() const;
    // Readiness and open blockers over the release's history, read from the audit log (oldest first).
    Result<std::vector<TrendPoint>> trend(int maxPoints = 150) const;

    // Where an item sits now: its gate, parent (0: top level) and row.
    struct Place {
        qint64 gateId = 0;
        qint64 parentId = 0;
        int position = 0;
    };
    std::optional<Place> placeOf(qint64 itemId) const;

    // Writes a new release (an import); not undoable. Emits releaseCreated().
    Result<qint64> createRelease(const Release &release);

    // Something other than this document wrote to the release (a run recorded its result, items
    // were blocked, commands approved, settings changed): read it again without touching the undo
    // history, and report what changed. Items are matched by id; the tree itself must not have changed.
    Result<void> refreshFromStore();

Q_SIGNALS:
    void workspaceChanged();
    // Sent just before the release value is replaced (load, unload, reload after a refused undo):
    // models begin their reset here, while what they point into is still alive...
    void releaseAboutToLoad();
    // ...and end it here. Anything may have changed.
    void releaseLoaded();
    void itemChanged(qint64 itemId);
    void metricChanged(qint64 metricId);
    void criterionChanged(qint64 criterionId);
    void readinessChanged();
    void runSettingsChanged();
    void releaseCreated(qint64 releaseId);
    // A write changed the loaded release (its figures and "updated at" moved).
    void releaseEdited(qint64 releaseId);
    void errorOccurred(const QString &message);

private:
    using Apply = std::function<Result<void>()>;
    Result<void> pushEdit(const QString &text, Apply redo, Apply undo);
    void reportFailure(const Error &error);

    Result<void> applyItemStatus(qint64 itemId, ItemStatus status, const QString &reason,
                                 const QDate &waiverExpiry);
    // typedByUser: a new edit or its redo (typed commands count as approved), not an undo.
    Result<void> applyItem(const Item &target, bool typedByUser);
    Result<void> applyMetricCurrent(qint64 metricId, const QString &valueText);
    Result<void> applyCriterionHolds(qint64 criterionId, bool holds);
    // A structure write, then the release read again (models reset, undo history kept).
    Result<void> reshaped(const Result<void> &written);
    // Reports a refusal made before any write (errorOccurred) and returns it.
    Error refuse(const Error &error);
    void touch(Item &item) const;
    void recompute();

    Workspace *m_workspace = nullptr;
    Release m_release;
    Readiness m_readiness;
    bool m_loaded = false;
    QDate m_today;
    std::unique_ptr<QUndoStack> m_undoStack;
};

} // namespace gl
