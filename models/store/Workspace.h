#pragma once
// One SQLite file holding many releases: open (with refusal checks), migrate (backup first),
// read releases, and write them. Every write is one BEGIN IMMEDIATE transaction that also appends
// its audit rows. The only class that speaks SQL; SQLite-specific SQL stays in SqliteDialect.

#include "domain/Release.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace gl {

struct ReleaseSummary {
    qint64 id = 0;
    QString name;
    QString source;
    QDateTime createdAt;      // UTC
    QDateTime updatedAt;      // UTC, last write of anything in the release
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;             // UTC
    QString actor;
    qint64 releaseId = 0;
    QString entity;           // "release", "gate", "item", "metric", "criterion"
    qint64 entityId = 0;
    QString action;           // "create", "import", "update", "status", "delete", ...
    QString before;           // compact JSON of the changed fields before, or empty
    QString after;            // compact JSON after, or empty
};

class Workspace final {
public:
    static constexpr quint32 applicationId = 0x474C4E54;  // "GLNT"
    static int schemaVersion();                           // the newest migration this build knows

    // Opens an existing workspace or creates a new one (parent folder created as needed).
    // Refuses, without modifying the file: a non-SQLite file, another application_id,
    // a newer user_version, a corrupt database. Migrates older files after a checked backup.
    static Result<std::unique_ptr<Workspace>> open(const QString &path);
    // <AppDataLocation>/workspace.greenlight
    static QString defaultPath();

    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    QString path() const;
    bool wasCreated() const;          // true when open() made a new file
    QString lastBackupPath() const;   // the backup written before the last migration, if any

    // Who is recorded in updated_by and the audit log (defaults to the OS user name).
    void setActor(const QString &actor);
    QString actor() const;

    Result<std::vector<ReleaseSummary>> releases() const;
    Result<Release> loadRelease(qint64 releaseId) const;

    // Inserts the whole release (ids in the value are ignored) in one transaction; returns its id.
    Result<qint64> createRelease(const Release &release);
    Result<void> deleteRelease(qint64 releaseId);
    Result<void> renameRelease(qint64 releaseId, const QString &name);

    // "12" or a unique name; errors name what was looked for.
    Result<qint64> resolveRelease(const QString &idOrName) const;
    Result<qint64> resolveItem(qint64 releaseId, const QString &idOrTitle) const;
    Result<qint64> resolveMetric(qint64 releaseId, const QString &idOrName) const;
    Result<qint64> resolveCriterion(qint64 releaseId, const QString &id) const;
    // The release an item, gate, metric or criterion belongs to.
    Result<qint64> releaseOfItem(qint64 itemId) const;

    // Leaf items only (a group's status rolls up). Waived needs a reason and an expiry date.
    // note: when set, replaces the item's note.
    Result<void> setItemStatus(qint64 itemId, ItemStatus status, const QString &reason,
                               const std::optional<QString> &note = std::nullopt,
                               const QDate &waiverExpiry = QDate());
    // Every scalar and list field of the item (not its children, id or position).
    Result<void> updateItem(const Item &item);
    // Parses the text like a table cell ("71.3%", "Leaking") into current / currentText.
    Result<void> setMetricCurrent(qint64 metricId, const QString &valueText);
    Result<void> setCriterionHolds(qint64 criterionId, bool holds);

    // Newest first; limit < 0 for all.
    Result<std::vector<AuditEntry>> audit(qint64 releaseId, int limit = -1) const;

private:
    struct Private;
    explicit Workspace(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace gl
