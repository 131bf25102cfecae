// Workspace: evidence people attach (files, links, notes), what an item asks of its evidence, and
// where a metric takes its value from. Each write is one transaction with its audit rows; the
// reads of stored content and verify are in WorkspaceEvidenceReads.cpp.

#include "domain/Freshness.h"
#include "store/AuditLog.h"
#include "store/BlobStore.h"
#include "store/ChunkReader.h"
#include "store/ColumnFormat.h"
#include "store/EvidenceFile.h"
#include "store/Workspace.h"
#include "store/WorkspacePrivate.h"
#include "store/WriteTransaction.h"

#include <QDir>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QUrl>

namespace gl {

namespace {

QString itemName(const Item &item)
{
    return QStringLiteral("%1 \u201c%2\u201d").arg(QString::number(item.id), item.title);
}

// QMimeDatabase's magic rules look at the first few KiB; this is plenty.
constexpr qsizetype mimeSniffBytes = 64 * 1024;

// The content decides. Only when all it shows is plain text may the name say which kind of text
// (JSON, XML without a declaration, CSV, a log): a name never turns unknown bytes into an image or
// a PDF, which a preview would then try to decode.
QString mediaTypeOf(const QString &name, const QByteArray &head)
{
    const QMimeDatabase db;
    const QMimeType byContent = db.mimeTypeForData(head);
    if (byContent.name() == QLatin1String("text/plain")) {
        const QMimeType byName = db.mimeTypeForFile(name, QMimeDatabase::MatchExtension);
        if (byName.isValid() && byName.inherits(byContent.name()))
            return byName.name();
    }
    return byContent.name();
}

// A note is listed by its first line.
QString noteName(const QString &text)
{
    constexpr qsizetype longest = 80;
    QString first = text.section(u'\n', 0, 0).trimmed();
    if (first.size() > longest)
        first = first.left(longest - 1) + u'\u2026';
    return first;
}

QJsonValue sourceJson(const std::optional<MetricSource> &source)
{
    if (!source)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject { { QStringLiteral("item_id"), source->itemId }, { QStringLiteral("parser"), source->parser },
        { QStringLiteral("field"), source->field } };
}

} // namespace

// ---- Private ----------------------------------------------------------------------------------

QJsonObject Workspace::Private::evidenceJson(const Evidence &e)
{
    QJsonObject o { { QStringLiteral("item_id"), e.itemId }, { QStringLiteral("kind"), evidenceKindKey(e.kind) },
        { QStringLiteral("name"), e.name } };
    if (e.hasContent()) {
        o.insert(QStringLiteral("media_type"), e.mediaType);
        o.insert(QStringLiteral("size"), e.size);
        o.insert(QStringLiteral("sha256"), e.sha256);
    }
    if (e.kind == EvidenceKind::Url)
        o.insert(QStringLiteral("url"), e.url);
    if (!e.note.isEmpty())
        o.insert(QStringLiteral("note"), e.note);
    return o;
}

QJsonObject Workspace::Private::requirementJson(const EvidenceRequirement &r)
{
    return { { QStringLiteral("required"), r.required }, { QStringLiteral("max_age_hours"), r.maxAgeHours },
        { QStringLiteral("newer_than_change"), r.newerThanChange } };
}

namespace {

const QString evidenceColumns = QStringLiteral(
    "id, item_id, kind, name, media_type, size, sha256, url, note, added_at, added_by");

Evidence evidenceFrom(const QSqlQuery &q)
{
    Evidence e;
    e.id = q.value(0).toLongLong();
    e.itemId = q.value(1).toLongLong();
    e.kind = evidenceKindFromKey(q.value(2).toString()).value_or(EvidenceKind::File);
    e.name = q.value(3).toString();
    e.mediaType = q.value(4).toString();
    e.size = q.value(5).toLongLong();
    e.sha256 = q.value(6).toString();
    e.url = q.value(7).toString();
    e.note = q.value(8).toString();
    e.addedAt = column::dateTimeFromText(q.value(9).toString());
    e.addedBy = q.value(10).toString();
    return e;
}

} // namespace

Result<std::vector<Evidence>> Workspace::Private::itemEvidence(qint64 itemId) const
{
    QSqlQuery q = query(QStringLiteral("SELECT ") + evidenceColumns
        + QStringLiteral(" FROM evidence WHERE item_id = ? ORDER BY added_at, id"));
    q.addBindValue(itemId);
    if (Result<void> r = exec(q, tr("reading the evidence of item %1").arg(itemId)); !r)
        return r.error();
    std::vector<Evidence> out;
    while (q.next())
        out.push_back(evidenceFrom(q));
    return out;
}

Result<void> Workspace::Private::checkPassEvidence(const Item &item, ItemStatus status, const QString &reason) const
{
    // A reason is the way past missing proof; an item that asks for none needs no look at it.
    if (status != ItemStatus::Passed || !reason.trimmed().isEmpty() || !item.evidenceRequirement.required)
        return {};
    Item judged = item;
    Result<std::vector<Evidence>> evidence = itemEvidence(item.id);
    if (!evidence)
        return evidence.error();
    judged.evidenceList = std::move(*evidence);
    const EvidenceCheck check = checkEvidence(judged, QDateTime::currentDateTimeUtc());
    if (!check.isProblem())
        return {};
    QString why = check.reason;
    if (why.isEmpty())
        why = check.state == EvidenceState::Missing ? tr("The evidence it requires is missing.")
                                                    : tr("Its newest evidence is too old for what it requires.");
    return makeError(ErrorCode::Invalid,
        tr("Item %1 cannot be passed without a reason: %2 Give a reason to pass it anyway.")
            .arg(itemName(item), why));
}

Result<void> Workspace::Private::checkRequirement(const StoredItem &current, const EvidenceRequirement &requirement)
{
    if (requirement.maxAgeHours < 0) {
        return makeError(ErrorCode::Invalid,
            tr("Item %1: the evidence's maximum age must be 0 (any age) or a number of hours, not %2.")
                .arg(itemName(current.item), QString::number(requirement.maxAgeHours)));
    }
    if (current.children > 0 && requirement != current.item.evidenceRequirement
        && requirement != EvidenceRequirement()) {
        return makeError(ErrorCode::Invalid,
            tr("Item %1 is a group: its items carry the evidence, so require it of them instead.")
                .arg(itemName(current.item)));
    }
    return {};
}

Result<Workspace::Private::StoredItem> Workspace::Private::attachableItem(qint64 itemId) const
{
    Result<StoredItem> current = readItem(itemId);
    if (!current)
        return current.error();
    if (current->children > 0) {
        return makeError(ErrorCode::Invalid,
            tr("Item %1 is a group: attach evidence to the items in it.").arg(itemName(current->item)));
    }
    return current;
}

Result<qint64> Workspace::Private::insertEvidence(qint64 releaseId, const Evidence &e, qint64 blobId) const
{
    QSqlQuery insert = query(QStringLiteral(
        "INSERT INTO evidence (release_id, item_id, kind, name, media_type, blob_id, size, sha256, url, note, "
        "added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(releaseId);
    insert.addBindValue(e.itemId);
    insert.addBindValue(evidenceKindKey(e.kind));
    insert.addBindValue(column::text(e.name));
    insert.addBindValue(column::text(e.mediaType));
    insert.addBindValue(blobId ? QVariant(blobId) : QVariant(QMetaType::fromType<qint64>()));
    insert.addBindValue(e.size);
    insert.addBindValue(column::textOrNull(e.sha256));
    insert.addBindValue(column::textOrNull(e.url));
    insert.addBindValue(column::text(e.note));
    insert.addBindValue(column::dateTimeText(e.addedAt));
    insert.addBindValue(column::text(e.addedBy));
    if (Result<void> r = exec(insert, tr("attaching evidence to item %1").arg(e.itemId)); !r)
        return r.error();
    const qint64 id = insert.lastInsertId().toLongLong();
    if (Result<void> r = audit(releaseId, QStringLiteral("evidence"), id, QStringLiteral("attach"), QString(),
            AuditLog::json(evidenceJson(e)), e.addedAt);
        !r)
        return r.error();
    if (Result<void> r = touchRelease(releaseId, column::dateTimeText(e.addedAt)); !r)
        return r.error();
    return id;
}

Result<Evidence> Workspace::Private::attachWithoutContent(Evidence e) const
{
    WriteTransaction tx(db, *dialect);
    if (Result<void> r = tx.begin(); !r)
        return r.error();
    Result<StoredItem> current = attachableItem(e.itemId);
    if (!current)
        return current.error();
    e.addedAt = QDateTime::currentDateTimeUtc();
    e.addedBy = actor;
    Result<qint64> id = insertEvidence(current->releaseId, e, 0);
    if (!id)
        return id.error();
    e.id = *id;
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return e;
}

// ---- attaching --------------------------------------------------------------------------------

Result<Evidence> Workspace::attachFile(qint64 itemId, const QString &path, const QString &note, const Progress &progress)
{
    // Opened and judged before the write lock is taken: a refused file costs no transaction.
    Result<EvidenceFile> file = EvidenceFile::open(path);
    if (!file)
        return file.error();
    const QString name = file->name();
    const QString shown = QDir::toNativeSeparators(path);

    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r.error();
    Result<Private::StoredItem> current = d->attachableItem(itemId);
    if (!current)
        return current.error();

    const auto cancelled = [&] {
        return makeError(ErrorCode::Cancelled, tr("Attaching %1 was cancelled: nothing was stored.").arg(shown));
    };
    // A second thread reads and hashes the file a few chunks ahead while this one stores them.
    ChunkReader reader(std::move(*file));
    const qint64 total = reader.size();
    if (progress && !progress(0, total))
        return cancelled();
    BlobStore::Writer writer = BlobStore(d->db, *d->dialect).writerHashedByCaller();
    QByteArray head;
    qint64 done = 0;
    for (;;) {
        Result<QByteArray> chunk = reader.next();
        if (!chunk)
            return chunk.error();
        if (chunk->isEmpty())
            break;
        if (done == 0)
            head = chunk->left(mimeSniffBytes);
        if (Result<void> r = writer.add(*chunk); !r)
            return makeError(r.error().code, tr("Attaching %1: %2").arg(shown, r.message()));
        done += chunk->size();
        // add() stores a whole chunk straight from this buffer, so it goes back to be read into
        // only now.
        reader.recycle(std::move(*chunk));
        if (progress && !progress(done, total))
            return cancelled();
    }
    Result<BlobStore::Stored> stored = writer.finish(reader.sha256());
    if (!stored)
        return makeError(stored.error().code, tr("Attaching %1: %2").arg(shown, stored.message()));

    Evidence e;
    e.itemId = itemId;
    e.kind = EvidenceKind::File;
    e.name = name;
    e.mediaType = mediaTypeOf(name, head);
    e.size = stored->size;
    e.sha256 = stored->sha256;
    e.note = note.trimmed();
    e.addedAt = QDateTime::currentDateTimeUtc();
    e.addedBy = d->actor;
    // Every failure names the file being attached, not only the workspace that refused it.
    Result<qint64> id = d->insertEvidence(current->releaseId, e, stored->blobId);
    if (!id)
        return makeError(id.error().code, tr("Attaching %1: %2").arg(shown, id.message()));
    e.id = *id;
    if (Result<void> r = tx.commit(); !r)
        return makeError(r.error().code, tr("Attaching %1: %2").arg(shown, r.message()));
    return e;
}

Result<Evidence> Workspace::attachUrl(qint64 itemId, const QString &url, const QString &title)
{
    const QString text = url.trimmed();
    const QUrl parsed(text, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || parsed.host().isEmpty()) {
        return makeError(ErrorCode::Invalid,
            tr("\u201c%1\u201d cannot be attached to item %2: only web addresses (http or https) can be.")
                .arg(text, QString::number(itemId)));
    }
    // Anyone with the workspace file can read its evidence: a password in a link would be theirs.
    if (!parsed.userInfo().isEmpty()) {
        return makeError(ErrorCode::Invalid,
            tr("The link for item %1 contains a user name or password: attach it without them.").arg(itemId));
    }
    Evidence e;
    e.itemId = itemId;
    e.kind = EvidenceKind::Url;
    e.url = parsed.toString(QUrl::FullyEncoded);
    e.name = title.trimmed().isEmpty() ? parsed.toDisplayString() : title.trimmed();
    return d->attachWithoutContent(std::move(e));
}

Result<Evidence> Workspace::attachNote(qint64 itemId, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::Invalid, tr("A note for item %1 needs some text: it is empty.").arg(itemId));
    Evidence e;
    e.itemId = itemId;
    e.kind = EvidenceKind::Note;
    e.name = noteName(trimmed);
    e.note = trimmed;
    return d->attachWithoutContent(std::move(e));
}

Result<Evidence> Workspace::evidence(qint64 evidenceId) const
{
    QSqlQuery q = d->query(QStringLiteral("SELECT ") + evidenceColumns + QStringLiteral(" FROM evidence WHERE id = ?"));
    q.addBindValue(evidenceId);
    if (Result<void> r = d->exec(q, tr("reading evidence %1").arg(evidenceId)); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound,
            tr("There is no evidence with id %1 in %2.").arg(QString::number(evidenceId), d->shownPath()));
    return evidenceFrom(q);
}

Result<void> Workspace::removeEvidence(qint64 evidenceId)
{
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    QSqlQuery q = d->query(QStringLiteral("SELECT ") + evidenceColumns
        + QStringLiteral(", release_id, blob_id FROM evidence WHERE id = ?"));
    q.addBindValue(evidenceId);
    if (Result<void> r = d->exec(q, tr("reading evidence %1").arg(evidenceId)); !r)
        return r;
    if (!q.next())
        return makeError(ErrorCode::NotFound,
            tr("There is no evidence with id %1 in %2.").arg(QString::number(evidenceId), d->shownPath()));
    const Evidence e = evidenceFrom(q);
    const qint64 releaseId = q.value(11).toLongLong();
    const qint64 blobId = q.value(12).toLongLong();
    q.finish();
    if (e.kind == EvidenceKind::RunLog || e.kind == EvidenceKind::Probe) {
        return makeError(ErrorCode::Invalid,
            tr("Evidence %1 \u201c%2\u201d is what a run recorded: it stays with its run in the item's history.")
                .arg(QString::number(evidenceId), e.name));
    }
    QSqlQuery del = d->query(QStringLiteral("DELETE FROM evidence WHERE id = ?"));
    del.addBindValue(evidenceId);
    if (Result<void> r = d->exec(del, tr("removing evidence %1").arg(evidenceId)); !r)
        return r;
    // The content goes with its last piece of evidence; another item's copy keeps it.
    if (blobId != 0) {
        if (Result<void> r = BlobStore(d->db, *d->dialect).removeIfUnused(blobId); !r)
            return r;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (Result<void> r = d->audit(releaseId, QStringLiteral("evidence"), evidenceId, QStringLiteral("remove"),
            AuditLog::json(Private::evidenceJson(e)), QString(), now);
        !r)
        return r;
    if (Result<void> r = d->touchRelease(releaseId, column::dateTimeText(now)); !r)
        return r;
    return tx.commit();
}

// ---- what is asked, where values come from -------------------------------------------------------

Result<void> Workspace::setEvidenceRequirement(qint64 itemId, const EvidenceRequirement &requirement)
{
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    Result<Private::StoredItem> current = d->readItem(itemId);
    if (!current)
        return current.error();
    if (Result<void> r = Private::checkRequirement(*current, requirement); !r)
        return r;
    const EvidenceRequirement old = current->item.evidenceRequirement;
    if (old == requirement)
        return {}; // nothing changed: no write, no audit row
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = column::dateTimeText(now);
    // What the item asks changed, as an edit through updateItem would count it.
    QSqlQuery update = d->query(QStringLiteral(
        "UPDATE items SET evidence_required = ?, evidence_max_age_hours = ?, evidence_newer_than_change = ?, "
        "changed_at = ?, updated_at = ?, updated_by = ? WHERE id = ?"));
    update.addBindValue(requirement.required ? 1 : 0);
    update.addBindValue(requirement.maxAgeHours);
    update.addBindValue(requirement.newerThanChange ? 1 : 0);
    update.addBindValue(nowText);
    update.addBindValue(nowText);
    update.addBindValue(column::text(d->actor));
    update.addBindValue(itemId);
    if (Result<void> r = d->exec(update, tr("saving what item %1 requires of its evidence").arg(itemId)); !r)
        return r;
    if (Result<void> r = d->audit(current->releaseId, QStringLiteral("item"), itemId, QStringLiteral("requirement"),
            AuditLog::json(Private::requirementJson(old)), AuditLog::json(Private::requirementJson(requirement)), now);
        !r)
        return r;
    if (Result<void> r = d->touchRelease(current->releaseId, nowText); !r)
        return r;
    return tx.commit();
}

Result<void> Workspace::setMetricSource(qint64 metricId, const std::optional<MetricSource> &source)
{
    if (source && (source->parser.trimmed().isEmpty() || source->field.trimmed().isEmpty())) {
        return makeError(ErrorCode::Invalid,
            tr("Metric %1: a source needs a parser and a field (\u201c%2\u201d, \u201c%3\u201d given).")
                .arg(QString::number(metricId), source->parser, source->field));
    }
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    QSqlQuery q = d->query(QStringLiteral(
        "SELECT release_id, source_item_id, source_parser, source_field, name FROM metrics WHERE id = ?"));
    q.addBindValue(metricId);
    if (Result<void> r = d->exec(q, tr("reading metric %1").arg(metricId)); !r)
        return r;
    if (!q.next())
        return makeError(ErrorCode::NotFound,
            tr("There is no metric with id %1 in %2.").arg(QString::number(metricId), d->shownPath()));
    const qint64 releaseId = q.value(0).toLongLong();
    std::optional<MetricSource> old;
    if (!q.isNull(1))
        old = MetricSource { q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString() };
    const QString metricName = q.value(4).toString();
    q.finish();

    std::optional<MetricSource> wanted = source;
    if (wanted) {
        wanted->parser = wanted->parser.trimmed();
        wanted->field = wanted->field.trimmed();
        Result<Private::StoredItem> item = d->readItem(wanted->itemId);
        if (!item)
            return item.error();
        if (item->releaseId != releaseId) {
            return makeError(ErrorCode::Invalid,
                tr("Metric %1 \u201c%2\u201d cannot take its value from item %3: that item belongs to another "
                   "release.")
                    .arg(QString::number(metricId), metricName, itemName(item->item)));
        }
        if (item->children > 0) {
            return makeError(ErrorCode::Invalid,
                tr("Metric %1 \u201c%2\u201d cannot take its value from item %3: it is a group, and only the "
                   "items in it carry evidence.")
                    .arg(QString::number(metricId), metricName, itemName(item->item)));
        }
    }
    if (old == wanted)
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery update = d->query(
        QStringLiteral("UPDATE metrics SET source_item_id = ?, source_parser = ?, source_field = ? WHERE id = ?"));
    update.addBindValue(wanted ? QVariant(wanted->itemId) : QVariant(QMetaType::fromType<qint64>()));
    update.addBindValue(wanted ? wanted->parser : QStringLiteral(""));
    update.addBindValue(wanted ? wanted->field : QStringLiteral(""));
    update.addBindValue(metricId);
    if (Result<void> r = d->exec(update, tr("setting the source of metric %1").arg(metricId)); !r)
        return r;
    if (Result<void> r = d->audit(releaseId, QStringLiteral("metric"), metricId, QStringLiteral("source"),
            AuditLog::json({ { QStringLiteral("source"), sourceJson(old) } }),
            AuditLog::json({ { QStringLiteral("source"), sourceJson(wanted) } }), now);
        !r)
        return r;
    if (Result<void> r = d->touchRelease(releaseId, column::dateTimeText(now)); !r)
        return r;
    return tx.commit();
}

} // namespace gl
