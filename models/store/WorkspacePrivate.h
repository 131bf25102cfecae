#pragma once
// Internal to models/store: the state behind a Workspace, shared by its implementation files
// (Workspace.cpp opens and reads, WorkspaceWrites.cpp writes, WorkspaceLookup.cpp resolves names,
// WorkspaceRuns.cpp records runs, approvals and run settings).

#include "store/SqliteDialect.h"
#include "store/Workspace.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <optional>
#include <vector>

namespace gl {

struct Workspace::Private {
    QString path; // absolute
    QString connectionName; // unique per instance; removed in ~Workspace
    QSqlDatabase db;
    std::optional<SqliteDialect> dialect;
    bool created = false;
    QString backupPath;
    QString actor;
    int version = 0;

    // One read transaction, so the SELECTs of one read see one state of the file even while another
    // process (a CLI `set` from CI) commits between them.
    class ReadSnapshot final {
    public:
        explicit ReadSnapshot(const QSqlDatabase &db)
            : m_db(db)
            , m_active(QSqlQuery(m_db).exec(QStringLiteral("BEGIN")))
        {
        }
        ~ReadSnapshot()
        {
            if (m_active)
                QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
        }
        ReadSnapshot(const ReadSnapshot &) = delete;
        ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    private:
        QSqlDatabase m_db;
        bool m_active;
    };

    // Runs a prepared query; the error says what was being done and names the file.
    Result<void> exec(QSqlQuery &query, const QString &doing) const;
    QSqlQuery query(const QString &sql) const; // prepared, forward-only
    // One column of a release's row (a name from this store's own code, never from input), or
    // NotFound naming the release and the file.
    Result<QVariant> releaseColumn(qint64 releaseId, const QString &column) const;
    // Every write bumps the release's updated_at.
    Result<void> touchRelease(qint64 releaseId, const QString &now) const;
    Result<void> audit(qint64 releaseId, const QString &entity, qint64 entityId, const QString &action,
        const QString &before, const QString &after, const QDateTime &at) const;
    QString shownPath() const;
    // An item's status, reason, note and waiver expiry, as the audit log records them.
    static QJsonObject statusJson(const Item &item);

    // An item row as stored, with what the status rules need to know about it.
    struct StoredItem {
        qint64 releaseId = 0;
        int children = 0;
        Item item; // without children
    };
    Result<StoredItem> readItem(qint64 itemId) const;
    // One status change inside the caller's transaction, with its audit row (setItemStatus(es)).
    Result<void> writeStatus(qint64 itemId, ItemStatus status, const QString &reason,
        const std::optional<QString> &note, const QDate &waiverExpiry) const;
    // The rules every status change obeys, whichever call makes it. settingStatus: the call sets
    // the status itself (a group is refused even when the value would not change).
    // The run fields an edit changes: a timeout that is not negative, a pattern that compiles, a
    // probe with a URL. Fields left as stored are not judged again (an import may have brought them).
    static Result<void> checkRunFields(const Item &item, const Item &stored);
    static Result<void> checkStatus(const StoredItem &current, ItemStatus status, const QString &reason,
        const QDate &expiry, bool settingStatus);

    // ---- structure (WorkspaceStructure.cpp) ----
    // Moves the rows of one sibling list from `from` on by `delta` (parentId 0: the gate's top level).
    Result<void> shiftItems(qint64 gateId, qint64 parentId, int from, int delta) const;
    Result<int> itemCount(qint64 gateId, qint64 parentId) const;
    // Why the item or one below it cannot leave the release (evidence, runs, a metric's source), or empty.
    Result<QString> keptRecords(qint64 itemId) const;
    // Why the item cannot take sub-items (it has evidence or runs of its own), or empty.
    Result<QString> cannotHoldItems(qint64 itemId) const;
    // Writes one item row and those of its children; ids kept when not 0. Returns the item's id.
    Result<qint64> insertItemRows(qint64 releaseId, qint64 gateId, qint64 parentId, int position,
        const Item &item) const;
    static QJsonObject placeJson(const ItemPlace &place, const QString &title);
    // Removed rows' ids are never given out again (see raiseIdFloor in WorkspaceStructure.cpp).
    Result<void> raiseIdFloor(const QString &key, qint64 removedMax) const;
    Result<qint64> nextId(const QString &table, const QString &key) const;
    // After an item left it: a parent with no items left is a leaf again, and starts Not started.
    Result<void> settleFormerGroup(qint64 parentId) const;

    // ---- evidence (WorkspaceEvidence.cpp) ----
    // The item's evidence as stored, oldest first.
    Result<std::vector<Evidence>> itemEvidence(qint64 itemId) const;
    // Passing without a reason needs the evidence the item requires, fresh: `item` carries the
    // requirement and change time the item has once the write is done; its evidence is read here.
    Result<void> checkPassEvidence(const Item &item, ItemStatus status, const QString &reason) const;
    // A requirement a group cannot have, or a negative age.
    static Result<void> checkRequirement(const StoredItem &current, const EvidenceRequirement &requirement);
    // The item evidence is attached to: it exists and is a leaf.
    Result<StoredItem> attachableItem(qint64 itemId) const;
    // Inserts the evidence row (blobId 0: no content) and its audit row, bumps the release; returns the id.
    // A link or a note: no content, one transaction with its audit row; times and author set here.
    Result<Evidence> attachWithoutContent(Evidence e) const;
    Result<qint64> insertEvidence(qint64 releaseId, const Evidence &evidence, qint64 blobId) const;
    static QJsonObject evidenceJson(const Evidence &evidence);
    // The blob behind a piece of evidence that has content, checked to be the one it recorded.
    struct Content {
        qint64 blobId = 0;
        QString name; // the evidence's, for messages
    };
    Result<Content> contentOf(qint64 evidenceId) const;
    static QJsonObject requirementJson(const EvidenceRequirement &requirement);

    // ---- sign-offs (WorkspaceSignOffs.cpp) ----
    // The release's uid, sign-off requirements and setting, sign-offs and last changer, into `release`.
    Result<void> readSignOffs(Release &release) const;
    Result<std::vector<Stakeholder>> readStakeholders(const QString &name = QString()) const;

    // ---- decisions (WorkspaceDecisions.cpp) ----
    Result<void> readDecisions(Release &release) const;
    // Refused (Invalid, naming the decision and how to reopen) while a decision is in force.
    Result<void> checkNotFrozen(qint64 releaseId) const;
};

} // namespace gl
