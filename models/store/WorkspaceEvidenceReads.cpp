// Workspace: reading stored evidence back (whole, streamed, or a part for the preview) and verify,
// which re-hashes every stored content and names the evidence, item and release of each problem.

#include "store/BlobStore.h"
#include "store/Workspace.h"
#include "store/WorkspacePrivate.h"

#include <QSqlError>
#include <algorithm>
#include <map>

namespace gl {

Result<Workspace::Private::Content> Workspace::Private::contentOf(qint64 evidenceId) const
{
    QSqlQuery q = query(QStringLiteral(
        "SELECT e.blob_id, e.sha256, e.name, b.sha256 FROM evidence e LEFT JOIN blobs b ON b.id = e.blob_id "
        "WHERE e.id = ?"));
    q.addBindValue(evidenceId);
    if (Result<void> r = exec(q, tr("reading evidence %1").arg(evidenceId)); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound,
            tr("There is no evidence with id %1 in %2.").arg(QString::number(evidenceId), shownPath()));
    Content content;
    content.name = q.value(2).toString();
    if (q.isNull(0))
        return makeError(ErrorCode::Invalid,
            tr("Evidence %1 \u201c%2\u201d is a link or a note: it has no stored content.")
                .arg(QString::number(evidenceId), content.name));
    content.blobId = q.value(0).toLongLong();
    // The blob store checks the content against the blob's hash; this checks that the blob is still
    // the one the evidence recorded.
    if (q.value(1).toString() != q.value(3).toString())
        return makeError(ErrorCode::Corrupt,
            tr("Evidence %1 \u201c%2\u201d in %3 is damaged: its stored content has another SHA-256 than "
               "the one recorded for it.")
                .arg(QString::number(evidenceId), content.name, shownPath()));
    return content;
}

Result<QByteArray> Workspace::evidenceContent(qint64 evidenceId) const
{
    Result<Private::Content> content = d->contentOf(evidenceId);
    if (!content)
        return content.error();
    Result<QByteArray> bytes = BlobStore(d->db, *d->dialect).readAll(content->blobId);
    if (!bytes)
        return makeError(bytes.error().code,
            tr("Evidence %1 \u201c%2\u201d: %3").arg(QString::number(evidenceId), content->name, bytes.message()));
    return bytes;
}

Result<QByteArray> Workspace::evidenceRange(qint64 evidenceId, qint64 offset, qint64 length) const
{
    Result<Private::Content> content = d->contentOf(evidenceId);
    if (!content)
        return content.error();
    Result<QByteArray> bytes = BlobStore(d->db, *d->dialect).readRange(content->blobId, offset, length);
    if (!bytes)
        return makeError(bytes.error().code,
            tr("Evidence %1 \u201c%2\u201d: %3").arg(QString::number(evidenceId), content->name, bytes.message()));
    return bytes;
}

Result<void> Workspace::readEvidence(
    qint64 evidenceId, const std::function<Result<void>(QByteArrayView)> &sink) const
{
    Result<Private::Content> content = d->contentOf(evidenceId);
    if (!content)
        return content.error();
    const BlobStore blobs(d->db, *d->dialect);
    Result<BlobStore::Info> info = blobs.info(content->blobId);
    if (!info)
        return info.error();
    Result<QString> sha256 = blobs.read(content->blobId, sink);
    if (!sha256)
        return makeError(sha256.error().code,
            tr("Evidence %1 \u201c%2\u201d: %3").arg(QString::number(evidenceId), content->name, sha256.message()));
    if (*sha256 != info->sha256)
        return makeError(ErrorCode::Corrupt,
            tr("Evidence %1 \u201c%2\u201d in %3 is damaged: its SHA-256 is %4, %5 was stored.")
                .arg(QString::number(evidenceId), content->name, d->shownPath(), *sha256, info->sha256));
    return {};
}

namespace {

struct Referrer {
    Workspace::VerifyProblem where; // everything but the problem
    qint64 size = 0;                // recorded on the evidence
    bool blobExists = false;
    QString blobSha256;
    qint64 blobSize = 0;
};

} // namespace

Result<std::vector<Workspace::VerifyProblem>> Workspace::verify(std::optional<qint64> releaseId,
    const Progress &progress) const
{
    const Private::ReadSnapshot snapshot(d->db);
    if (releaseId) {
        QSqlQuery q = d->query(QStringLiteral("SELECT 1 FROM releases WHERE id = ?"));
        q.addBindValue(*releaseId);
        if (Result<void> r = d->exec(q, tr("reading release %1").arg(*releaseId)); !r)
            return r.error();
        if (!q.next())
            return makeError(ErrorCode::NotFound,
                tr("There is no release with id %1 in %2.").arg(QString::number(*releaseId), d->shownPath()));
    }
    // Every piece of evidence that has (or should have) stored content, with its item and release.
    // Content no evidence refers to any more is nobody's proof and is not checked.
    QString sql = QStringLiteral(
        "SELECT e.blob_id, e.id, e.name, e.sha256, e.size, i.id, i.title, r.id, r.name, b.id, b.sha256, b.size "
        "FROM evidence e JOIN items i ON i.id = e.item_id JOIN releases r ON r.id = e.release_id "
        "LEFT JOIN blobs b ON b.id = e.blob_id "
        "WHERE (e.blob_id IS NOT NULL OR e.kind = 'file' OR e.kind = 'run-log' OR e.kind = 'probe')");
    if (releaseId)
        sql += QStringLiteral(" AND e.release_id = ?");
    QSqlQuery q = d->query(sql);
    if (releaseId)
        q.addBindValue(*releaseId);
    if (Result<void> r = d->exec(q, tr("reading the evidence to verify")); !r)
        return r.error();
    std::map<qint64, std::vector<Referrer>> byBlob; // blob id (0: none) -> its evidence
    while (q.next()) {
        Referrer ref;
        ref.where.evidenceId = q.value(1).toLongLong();
        ref.where.evidenceName = q.value(2).toString();
        ref.where.sha256 = q.value(3).toString();
        ref.size = q.value(4).toLongLong();
        ref.where.itemId = q.value(5).toLongLong();
        ref.where.itemTitle = q.value(6).toString();
        ref.where.releaseId = q.value(7).toLongLong();
        ref.where.releaseName = q.value(8).toString();
        ref.blobExists = !q.isNull(9);
        ref.blobSha256 = q.value(10).toString();
        ref.blobSize = q.value(11).toLongLong();
        byBlob[q.value(0).toLongLong()].push_back(std::move(ref));
    }
    if (q.lastError().isValid())
        return d->dialect->queryError(q.lastError(), tr("reading the evidence to verify"));
    q.finish();

    qint64 total = 0;
    for (const auto &[blobId, refs] : byBlob)
        total += blobId != 0 && refs.front().blobExists ? refs.front().blobSize : 0;
    qint64 done = 0;
    const auto cancelled = [] { return makeError(ErrorCode::Cancelled, tr("Verifying was cancelled.")); };
    if (progress && !progress(done, total))
        return cancelled();

    const BlobStore blobs(d->db, *d->dialect);
    std::vector<VerifyProblem> problems;
    for (const auto &[blobId, refs] : byBlob) {
        QString blobProblem;
        if (blobId == 0 || !refs.front().blobExists) {
            blobProblem = tr("its stored content is missing");
        } else {
            Result<QString> checked = blobs.check(blobId, [&](qint64 bytes) {
                done += bytes;
                return !progress || progress(std::min(done, total), total);
            });
            if (!checked)
                return checked.error();
            blobProblem = *checked;
        }
        for (const Referrer &ref : refs) {
            QString problem = blobProblem;
            if (problem.isEmpty() && ref.where.sha256 != ref.blobSha256)
                problem = tr("the evidence records SHA-256 %1, its stored content has %2")
                              .arg(ref.where.sha256, ref.blobSha256);
            else if (problem.isEmpty() && ref.size != ref.blobSize)
                problem = tr("the evidence records %1 bytes, its stored content has %2")
                              .arg(QString::number(ref.size), QString::number(ref.blobSize));
            if (problem.isEmpty())
                continue;
            VerifyProblem p = ref.where;
            p.problem = problem;
            problems.push_back(std::move(p));
        }
    }
    std::sort(problems.begin(), problems.end(), [](const VerifyProblem &a, const VerifyProblem &b) {
        return std::tie(a.releaseId, a.itemId, a.evidenceId) < std::tie(b.releaseId, b.itemId, b.evidenceId);
    });
    if (progress && !progress(total, total))
        return cancelled();
    return problems;
}

} // namespace gl
