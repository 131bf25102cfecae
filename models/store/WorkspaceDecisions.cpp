// Decisions and their mitigations (issue 5): recorded once, frozen while in force, superseded by
// reopening. The rules a decision must meet are checked in signing/DecisionService, which can
// verify sign-offs; this file stores the result, each write one transaction with its audit row.

#include "domain/Snapshot.h"
#include "store/AuditLog.h"
#include "store/ColumnFormat.h"
#include "store/WorkspacePrivate.h"
#include "store/WriteTransaction.h"

#include <QJsonArray>

namespace gl {

namespace {

QJsonObject decisionJson(const DecisionRecord &d)
{
    QJsonArray mitigations;
    for (const Mitigation &m : d.mitigations)
        mitigations.append(
            QJsonObject { { QStringLiteral("title"), m.title }, { QStringLiteral("owner"), m.owner },
                { QStringLiteral("deadline"), column::dateText(m.deadline) },
                { QStringLiteral("acceptance"), m.acceptance } });
    return {
        { QStringLiteral("outcome"), outcomeKey(d.outcome) },
        { QStringLiteral("suggested"), outcomeKey(d.suggested) },
        { QStringLiteral("rationale"), d.rationale },
        { QStringLiteral("confidence"),
            d.confidence ? QJsonValue(*d.confidence) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("valid_until"), column::dateText(d.validUntil) },
        { QStringLiteral("deviation_reason"), d.deviationReason },
        { QStringLiteral("override_reason"), d.overrideReason },
        { QStringLiteral("snapshot_sha256"), d.snapshotSha256 },
        { QStringLiteral("authorization_code"), d.authorizationCode },
        { QStringLiteral("mitigations"), mitigations },
    };
}

} // namespace

Result<void> Workspace::Private::readDecisions(Release &release) const
{
    QSqlQuery q = query(QStringLiteral("SELECT id, outcome, suggested, rationale, confidence, valid_until, "
                                       "deviation_reason, override_reason, "
                                       "snapshot_sha256, snapshot, authorization_code, decided_by, "
                                       "decided_at, superseded_at, superseded_by, "
                                       "reopen_reason FROM decisions WHERE release_id = ? ORDER BY id"));
    q.addBindValue(release.id);
    if (Result<void> r = exec(q, Workspace::tr("reading the decisions of release %1").arg(release.id)); !r)
        return r;
    while (q.next()) {
        DecisionRecord d;
        d.id = q.value(0).toLongLong();
        d.outcome = outcomeFromKey(q.value(1).toString()).value_or(Decision::NoGo);
        d.suggested = outcomeFromKey(q.value(2).toString()).value_or(Decision::NoGo);
        d.rationale = q.value(3).toString();
        if (!q.isNull(4))
            d.confidence = q.value(4).toInt();
        d.validUntil = column::dateFromText(q.value(5).toString());
        d.deviationReason = q.value(6).toString();
        d.overrideReason = q.value(7).toString();
        d.snapshotSha256 = q.value(8).toString();
        d.snapshot = q.value(9).toString().toUtf8();
        d.authorizationCode = q.value(10).toString();
        d.decidedBy = q.value(11).toString();
        d.decidedAt = column::dateTimeFromText(q.value(12).toString());
        d.supersededAt = column::dateTimeFromText(q.value(13).toString());
        d.supersededBy = q.value(14).toString();
        d.reopenReason = q.value(15).toString();
        release.decisions.push_back(std::move(d));
    }
    q.finish();
    QSqlQuery m
        = query(QStringLiteral("SELECT id, title, owner, deadline, acceptance, status, evidence_id FROM "
                               "mitigations WHERE decision_id = ? ORDER BY position, id"));
    for (DecisionRecord &d : release.decisions) {
        m.addBindValue(d.id);
        if (Result<void> r = exec(m, Workspace::tr("reading the mitigations of release %1").arg(release.id));
            !r)
            return r;
        while (m.next()) {
            Mitigation x;
            x.id = m.value(0).toLongLong();
            x.title = m.value(1).toString();
            x.owner = m.value(2).toString();
            x.deadline = column::dateFromText(m.value(3).toString());
            x.acceptance = m.value(4).toString();
            x.status = mitigationStatusFromKey(m.value(5).toString()).value_or(MitigationStatus::Open);
            x.evidenceId = m.value(6).toLongLong();
            d.mitigations.push_back(std::move(x));
        }
        m.finish();
    }
    return {};
}

Result<void> Workspace::Private::checkNotFrozen(qint64 releaseId) const
{
    QSqlQuery q = query(
        QStringLiteral("SELECT d.outcome, d.authorization_code, d.decided_at, r.name FROM decisions d "
                       "JOIN releases r ON r.id = d.release_id WHERE d.release_id = ? AND "
                       "d.superseded_at IS NULL"));
    q.addBindValue(releaseId);
    if (Result<void> r = exec(q, Workspace::tr("reading the decision of release %1").arg(releaseId)); !r)
        return r;
    if (!q.next())
        return {};
    const QString outcome = decisionKey(outcomeFromKey(q.value(0).toString()).value_or(Decision::NoGo));
    return makeError(ErrorCode::Invalid,
        Workspace::tr(
            "Release \u201c%1\u201d is frozen by its decision %2 (%3, %4): nothing in it can change until it "
            "is reopened (greenlight reopen RELEASE --reason TEXT).")
            .arg(q.value(3).toString(), outcome, q.value(1).toString(), q.value(2).toString()));
}

Result<DecisionRecord> Workspace::recordDecision(
    qint64 releaseId, const DecisionRecord &decisionIn, qint64 lastSignOffId)
{
    DecisionRecord d = decisionIn;
    WriteTransaction tx(this->d->db, *this->d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r.error();
    if (Result<void> r = this->d->checkNotFrozen(releaseId); !r)
        return r.error();
    Result<Release> release = loadRelease(releaseId);
    if (!release)
        return release.error();
    const QByteArray current = snapshotBytes(*release);
    if (snapshotSha256(current) != d.snapshotSha256 || current != d.snapshot)
        return makeError(ErrorCode::Invalid,
            tr("Release \u201c%1\u201d changed while the decision was being recorded; nothing was recorded.")
                .arg(release->name));
    if ((release->signOffs.empty() ? 0 : release->signOffs.back().id) != lastSignOffId)
        return makeError(ErrorCode::Invalid,
            tr("Someone signed off release \u201c%1\u201d while the decision was being recorded; nothing was "
               "recorded. Look at the sign-offs and decide again.")
                .arg(release->name));
    QSqlQuery q = this->d->query(QStringLiteral(
        "INSERT INTO decisions (release_id, outcome, suggested, rationale, confidence, valid_until, "
        "deviation_reason, "
        "override_reason, snapshot_sha256, snapshot, authorization_code, decided_by, decided_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(releaseId);
    q.addBindValue(outcomeKey(d.outcome));
    q.addBindValue(outcomeKey(d.suggested));
    q.addBindValue(d.rationale);
    q.addBindValue(d.confidence ? QVariant(*d.confidence) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(column::textOrNull(column::dateText(d.validUntil)));
    q.addBindValue(column::text(d.deviationReason));
    q.addBindValue(column::text(d.overrideReason));
    q.addBindValue(d.snapshotSha256);
    q.addBindValue(QString::fromUtf8(d.snapshot));
    q.addBindValue(d.authorizationCode);
    q.addBindValue(column::text(d.decidedBy));
    q.addBindValue(column::dateTimeText(d.decidedAt));
    if (Result<void> r = this->d->exec(q, tr("recording the decision of release %1").arg(releaseId)); !r)
        return r.error();
    d.id = q.lastInsertId().toLongLong();
    QSqlQuery m
        = this->d->query(QStringLiteral("INSERT INTO mitigations (decision_id, position, title, owner, "
                                        "deadline, acceptance, status) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (size_t i = 0; i < d.mitigations.size(); ++i) {
        Mitigation &x = d.mitigations[i];
        m.addBindValue(d.id);
        m.addBindValue(int(i));
        m.addBindValue(x.title);
        m.addBindValue(x.owner);
        m.addBindValue(column::dateText(x.deadline));
        m.addBindValue(column::text(x.acceptance));
        m.addBindValue(mitigationStatusKey(x.status));
        if (Result<void> r = this->d->exec(m, tr("recording mitigation %1").arg(i + 1)); !r)
            return r.error();
        x.id = m.lastInsertId().toLongLong();
    }
    if (Result<void> r = this->d->audit(releaseId, QStringLiteral("decision"), d.id, QStringLiteral("decide"),
            QString(), AuditLog::json(decisionJson(d)), d.decidedAt);
        !r)
        return r.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return d;
}

Result<void> Workspace::reopenRelease(qint64 releaseId, const QString &reasonIn)
{
    const QString reason = reasonIn.trimmed();
    if (reason.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Reopening a release needs a reason."));
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    QSqlQuery q = d->query(
        QStringLiteral("SELECT id, outcome, authorization_code FROM decisions WHERE release_id = ? "
                       "AND superseded_at IS NULL"));
    q.addBindValue(releaseId);
    if (Result<void> r = d->exec(q, tr("reading the decision of release %1").arg(releaseId)); !r)
        return r;
    if (!q.next())
        return makeError(ErrorCode::Invalid,
            tr("Release %1 has no decision in force: there is nothing to reopen.").arg(releaseId));
    const qint64 decisionId = q.value(0).toLongLong();
    const QJsonObject before { { QStringLiteral("outcome"), q.value(1).toString() },
        { QStringLiteral("authorization_code"), q.value(2).toString() } };
    q.finish();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery u = d->query(QStringLiteral(
        "UPDATE decisions SET superseded_at = ?, superseded_by = ?, reopen_reason = ? WHERE id = ?"));
    u.addBindValue(column::dateTimeText(now));
    u.addBindValue(d->actor);
    u.addBindValue(reason);
    u.addBindValue(decisionId);
    if (Result<void> r = d->exec(u, tr("reopening release %1").arg(releaseId)); !r)
        return r;
    if (Result<void> r = d->touchRelease(releaseId, column::dateTimeText(now)); !r)
        return r;
    if (Result<void> r = d->audit(releaseId, QStringLiteral("decision"), decisionId, QStringLiteral("reopen"),
            AuditLog::json(before),
            AuditLog::json({ { QStringLiteral("superseded"), true }, { QStringLiteral("reason"), reason } }),
            now);
        !r)
        return r;
    return tx.commit();
}

Result<void> Workspace::setMitigationStatus(qint64 mitigationId, MitigationStatus status, qint64 evidenceId)
{
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    QSqlQuery q = d->query(QStringLiteral("SELECT m.status, d.release_id, m.evidence_id FROM mitigations m JOIN decisions d "
                                          "ON d.id = m.decision_id WHERE m.id = ?"));
    q.addBindValue(mitigationId);
    if (Result<void> r = d->exec(q, tr("reading mitigation %1").arg(mitigationId)); !r)
        return r;
    if (!q.next())
        return makeError(ErrorCode::NotFound,
            tr("There is no mitigation with id %1 in %2.")
                .arg(QString::number(mitigationId), d->shownPath()));
    const QString old = q.value(0).toString();
    const qint64 releaseId = q.value(1).toLongLong();
    const qint64 oldEvidence = q.value(2).toLongLong();
    q.finish();
    if (evidenceId != 0) {
        QSqlQuery e = d->query(QStringLiteral("SELECT g.release_id FROM evidence e JOIN items i ON i.id = e.item_id "
                                              "JOIN gates g ON g.id = i.gate_id WHERE e.id = ?"));
        e.addBindValue(evidenceId);
        if (Result<void> r = d->exec(e, tr("reading evidence %1").arg(evidenceId)); !r)
            return r;
        if (!e.next() || e.value(0).toLongLong() != releaseId)
            return makeError(ErrorCode::NotFound,
                tr("There is no evidence with id %1 in the release of mitigation %2.").arg(evidenceId).arg(mitigationId));
    }
    const qint64 newEvidence = evidenceId != 0 ? evidenceId : oldEvidence;
    if (old == mitigationStatusKey(status) && newEvidence == oldEvidence)
        return {};
    QSqlQuery u = d->query(QStringLiteral("UPDATE mitigations SET status = ?, evidence_id = ? WHERE id = ?"));
    u.addBindValue(mitigationStatusKey(status));
    u.addBindValue(newEvidence != 0 ? QVariant(newEvidence) : QVariant(QMetaType(QMetaType::LongLong)));
    u.addBindValue(mitigationId);
    if (Result<void> r = d->exec(u, tr("updating mitigation %1").arg(mitigationId)); !r)
        return r;
    if (Result<void> r = d->audit(releaseId, QStringLiteral("mitigation"), mitigationId, QStringLiteral("status"),
            AuditLog::json({ { QStringLiteral("status"), old }, { QStringLiteral("evidence_id"), oldEvidence } }),
            AuditLog::json({ { QStringLiteral("status"), mitigationStatusKey(status) },
                { QStringLiteral("evidence_id"), newEvidence } }),
            QDateTime::currentDateTimeUtc());
        !r)
        return r;
    return tx.commit();
}

} // namespace gl
