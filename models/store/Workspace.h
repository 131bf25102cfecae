#pragma once
// One SQLite file holding many releases: open (with refusal checks), migrate (backup first),
// read releases, and write them. Every write is one BEGIN IMMEDIATE transaction that also appends
// its audit rows. The store's only public face; SQLite-specific SQL stays in SqliteDialect.
// A Workspace owns one named connection: use it from the thread that opened it (a worker thread
// opens its own Workspace on the same file).

#include "domain/Release.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace gl {

struct Migration;

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
    QString entity;           // "release", "gate", "item", "metric", "criterion", "run", "evidence"
    qint64 entityId = 0;
    QString action;           // "create", "import", "update", "status", "delete", "run", "approve",
                              // "attach", "remove", "requirement", "source", ...
    QString before;           // compact JSON of the changed fields before, or empty
    QString after;            // compact JSON after, or empty
};

struct AuditChain {
    qint64 rows = 0;
    QString headSha256;       // the newest row's hash: print it, and a later deleted tail shows
    struct Problem {
        qint64 rowId = 0;
        qint64 releaseId = 0;
        QString problem;      // translated: "its content was changed after it was written", ...
    };
    std::vector<Problem> problems;
};

class Workspace final {
    Q_DECLARE_TR_FUNCTIONS(Workspace)
public:
    static constexpr quint32 applicationId = 0x474C4E54;  // "GLNT"
    static int schemaVersion();                           // the newest migration this build knows

    // Opens an existing workspace or creates a new one (parent folder created as needed).
    // Refuses, without modifying the file: a non-SQLite file, another application_id,
    // a newer user_version, a corrupt database. Migrates older files after a checked backup.
    static Result<std::unique_ptr<Workspace>> open(const QString &path);
    // open() with another migration ladder (store/Migrations.h), so tests can migrate through
    // steps this build does not ship. The ladder's newest version counts as the newest known.
    static Result<std::unique_ptr<Workspace>> openWithMigrations(const QString &path,
                                                                 const std::vector<Migration> &ladder);
    // <AppDataLocation>/workspace.greenlight
    static QString defaultPath();

    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    QString path() const;
    bool wasCreated() const;          // true when open() made a new file
    QString lastBackupPath() const;   // the backup written before the last migration, if any
    int version() const;              // the file's schema version (user_version) after open()

    // Who is recorded in updated_by and the audit log (defaults to the OS user name).
    void setActor(const QString &actor);
    QString actor() const;

    Result<std::vector<ReleaseSummary>> releases() const;
    Result<Release> loadRelease(qint64 releaseId) const;

    // Inserts the whole release (ids in the value are ignored) in one transaction; returns its id.
    // Items' run histories are not copied: runs are only ever written by recordRun.
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
    // Every scalar and list field of the item (not its children, id, position or runs). The trust
    // fields are not taken from the value. typedByUser: the commands or probe were just typed by a
    // person, so when they change on an imported item they count as approved (approvedHash becomes
    // the new runSpecHash). Otherwise (an undo restoring older commands) a change leaves them
    // needing approval again.
    Result<void> updateItem(const Item &item, bool typedByUser = false);
    // Parses the text like a table cell ("71.3%", "Leaking") into current / currentText.
    Result<void> setMetricCurrent(qint64 metricId, const QString &valueText);
    Result<void> setCriterionHolds(qint64 criterionId, bool holds);

    // ---- Running items (issue 3) ----
    // The release's run settings (working folder, timeout, output cap, secret markers, env file).
    Result<void> setRunSettings(qint64 releaseId, const RunSettings &settings);
    // Records one finished run of a leaf item in one transaction: `log` (already masked) goes into
    // the blob store as evidence of the item (kind "run-log" for commands, "probe" for probes, named
    // "run-<id>.log"), then the run row (run.ranBy defaults to actor(), run.host to the host name),
    // then, for a passed or failed verdict, the item's status (Passed, or Failed with run.reason) and
    // an audit row. A cancelled run changes no status. Returns the stored record (ids, logSha256, logSize).
    Result<RunRecord> recordRun(qint64 itemId, const RunRecord &run, const QByteArray &log);
    // Several leaf items' statuses in one transaction (a bulk change): all are written, or none.
    struct StatusChange {
        qint64 itemId = 0;
        ItemStatus status = ItemStatus::NotStarted;
        QString reason;
        QDate waiverExpiry;
    };
    Result<void> setItemStatuses(const std::vector<StatusChange> &changes);

    // ---- structure (WorkspaceStructure.cpp): each call one transaction with its audit row ----
    // Where an item sits: its gate, its parent item (0: the gate's top level) and its row there.
    struct ItemPlace {
        qint64 gateId = 0;
        qint64 parentId = 0;
        int position = 0;
        friend bool operator==(const ItemPlace &, const ItemPlace &) = default;
    };
    Result<ItemPlace> itemPlace(qint64 itemId) const;
    // Inserts `item` with its sub-items at `place` (a position past the end appends). Ids of 0 are
    // given new ids; others are kept, so an undone removal comes back as it was. Returns its id.
    // Refused under a parent that has evidence or runs of its own (it would become a group).
    Result<qint64> insertItem(const ItemPlace &place, const Item &item);
    // Removes an item with its sub-items; refused when any of them has evidence or runs (the record
    // would lose them: mark it not applicable instead) or is the source of a metric.
    Result<void> removeItem(qint64 itemId);
    // Moves an item with its sub-items to another row, parent or gate of the same release; the
    // position counts the new siblings without the item. Refused into its own sub-tree.
    Result<void> moveItem(qint64 itemId, const ItemPlace &place);
    // A gate with its items (ids kept as for insertItem); position past the end appends.
    Result<qint64> insertGate(qint64 releaseId, int position, const Gate &gate);
    // Refused as removeItem is for any of its items.
    Result<void> removeGate(qint64 gateId);
    Result<void> moveGate(qint64 gateId, int position);
    Result<void> updateGate(qint64 gateId, const QString &title, const QString &notes, bool requiresPrevious);

    // Sets every listed leaf item to Blocked with one reason, in one transaction (gate ordering).
    Result<void> blockItems(const std::vector<qint64> &itemIds, const QString &reason);
    // Records that a person approved exactly these run specs (item id, runSpecHash), one transaction.
    Result<void> approveItems(const std::vector<std::pair<qint64, QString>> &approvals);

    // For a connection that writes large content (the run recorder): false makes its commits skip
    // SQLite's automatic checkpoint, which would otherwise copy the content into the file and fsync
    // it before the commit returns. The caller then calls checkpoint() once it has reported the
    // write, on the same thread. Other connections keep checkpointing as usual.
    void setCheckpointOnCommit(bool on);
    // Copies what the write-ahead log holds into the file, as far as no reader still needs it.
    Result<void> checkpoint();

    // ---- Evidence blob store (shared with issue 4) ----
    // The whole content of one piece of evidence, re-read from its chunks.
    Result<QByteArray> evidenceContent(qint64 evidenceId) const;

    // ---- Evidence (issue 4) ----
    // Called as content goes in or is checked; returning false cancels: the transaction rolls back,
    // nothing is left behind, and the call returns ErrorCode::Cancelled.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Copies a regular file into the blob store as evidence of a leaf item: constant memory, hashed
    // in the same pass, deduplicated by SHA-256, one transaction with its audit row. Refuses, with a
    // message naming the path: a symbolic link, a directory, a device, a FIFO or socket, a missing or
    // unreadable file. The evidence name is the file's name (never used as a path again); its media
    // type comes from the content (QMimeDatabase, the name only as a hint).
    // The content is the file as long as it was when opened (a log still growing is cut there); a
    // file that becomes shorter while it is read is refused. The write lock is held for the whole
    // copy, so another writer waits (up to the busy timeout) while a large file goes in.
    Result<Evidence> attachFile(qint64 itemId, const QString &path, const QString &note = QString(),
                                const Progress &progress = {});
    Result<Evidence> attachUrl(qint64 itemId, const QString &url, const QString &title);  // http and https only
    Result<Evidence> attachNote(qint64 itemId, const QString &text);
    // Files, URLs and notes; a run's log or probe result stays with its run and is refused.
    Result<void> removeEvidence(qint64 evidenceId);
    Result<Evidence> evidence(qint64 evidenceId) const;
    // Up to length bytes from offset, read from the chunks that hold them only (the preview pages
    // through a large file without loading it).
    Result<QByteArray> evidenceRange(qint64 evidenceId, qint64 offset, qint64 length) const;
    // Streams the content chunk by chunk (Save as, Open, the bundle); an error (Corrupt) at the end
    // when its SHA-256 differs from the stored one.
    Result<void> readEvidence(qint64 evidenceId, const std::function<Result<void>(QByteArrayView)> &sink) const;
    struct VerifyProblem {
        qint64 releaseId = 0; QString releaseName;
        qint64 itemId = 0; QString itemTitle;
        qint64 evidenceId = 0; QString evidenceName;
        QString sha256;       // as stored
        QString problem;      // translated: "SHA-256 is X, Y was stored", "chunk 3 is missing", ...
        friend bool operator==(const VerifyProblem &, const VerifyProblem &) = default;
    };
    // Re-hashes every stored content (of one release, or of the whole file) and reports each
    // mismatch, missing or cut chunk with every evidence and item that refers to it.
    // With a release, content it shares with another release is checked too, but only the
    // release's own evidence is listed.
    Result<std::vector<VerifyProblem>> verify(std::optional<qint64> releaseId = std::nullopt,
                                              const Progress &progress = {}) const;
    // Leaf items only (a group's leaves carry the evidence). A change of what is asked counts as a
    // change of the item (changed_at), as it does through updateItem.
    Result<void> setEvidenceRequirement(qint64 itemId, const EvidenceRequirement &requirement);
    // The item must be a leaf of the metric's release; parser and field must be named. nullopt unbinds.
    Result<void> setMetricSource(qint64 metricId, const std::optional<MetricSource> &source);

    // ---- Stakeholders and sign-offs (issue 5) ----
    Result<std::vector<Stakeholder>> stakeholders() const;  // by name, each with its keys
    Result<Stakeholder> stakeholder(const QString &name) const;  // exact name, case-insensitive
    // Adds a person, or to the person of that name a role (and the email and account when given).
    Result<Stakeholder> addStakeholder(const QString &name, const QString &role, const QString &email = QString(),
                                       const QString &account = QString());
    // Makes a public key the person's active key; the previous active key is retired, keeps
    // verifying what it signed, and signs nothing new. A key already in the workspace is refused.
    Result<StakeholderKey> addStakeholderKey(qint64 stakeholderId, const QByteArray &publicKey);
    // count 0 removes the requirement for that role.
    Result<void> setSignOffRequirement(qint64 releaseId, const QString &role, int count);
    Result<void> setSeparationOfDuties(qint64 releaseId, bool on);
    // Stores a sign-off signed elsewhere (signing/Signer): its stakeholder, role and active key must
    // match, and it must be over the release's snapshot as it is now; otherwise nothing is stored
    // (the release changed while the person read it: they review again). Returns it with its id.
    Result<SignOff> recordSignOff(qint64 releaseId, const SignOff &signOff);

    // ---- Decisions (issue 5) ----
    // Stores a decision checked elsewhere (signing/DecisionService): it must be over the release's
    // snapshot as it is now and no decision may be in force. From then on the release is frozen:
    // every write that would change it is refused until reopenRelease(). Returns it with its ids.
    // lastSignOffId: the newest sign-off the decision was checked against (0: none); a sign-off
    // given since makes the call fail, since the rules were checked without it.
    Result<DecisionRecord> recordDecision(qint64 releaseId, const DecisionRecord &decision, qint64 lastSignOffId);
    // Supersedes the decision in force (it stays in history, marked superseded with who, when and
    // why) and unfreezes the release. A reason is required.
    Result<void> reopenRelease(qint64 releaseId, const QString &reason);
    // A mitigation's progress, while its decision is in force or after. evidenceId, when not 0,
    // names the evidence that shows it done: it must belong to an item of the same release.
    Result<void> setMitigationStatus(qint64 mitigationId, MitigationStatus status, qint64 evidenceId = 0);

    // Newest first; limit < 0 for all.
    Result<std::vector<AuditEntry>> audit(qint64 releaseId, int limit = -1) const;
    // The whole hash chain, checked row by row (AuditLog.h).
    Result<AuditChain> verifyAuditChain() const;

private:
    struct Private;
    explicit Workspace(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace gl
