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

    // Runs a prepared query; the error says what was being done and names the file.
    Result<void> exec(QSqlQuery &query, const QString &doing) const;
    QSqlQuery query(const QString &sql) const; // prepared, forward-only
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
    // The rules every status change obeys, whichever call makes it. settingStatus: the call sets
    // the status itself (a group is refused even when the value would not change).
    // The run fields an edit changes: a timeout that is not negative, a pattern that compiles, a
    // probe with a URL. Fields left as stored are not judged again (an import may have brought them).
    static Result<void> checkRunFields(const Item &item, const Item &stored);
    static Result<void> checkStatus(const StoredItem &current, ItemStatus status, const QString &reason,
        const QDate &expiry, bool settingStatus);
};

} // namespace gl
