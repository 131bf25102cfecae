// Stakeholders, their public keys, the sign-offs a release requires and the sign-offs given
// (issue 5). Signing itself happens in signing/, which knows the keys; this file stores what it
// made, each write one transaction with its audit row.

#include "domain/Snapshot.h"
#include "store/AuditLog.h"
#include "store/ColumnFormat.h"
#include "store/WorkspacePrivate.h"
#include "store/WriteTransaction.h"

#include <QJsonArray>

namespace gl {

namespace {

QJsonObject signOffJson(const SignOff &s)
{
    return {
        { QStringLiteral("name"), s.name },
        { QStringLiteral("role"), s.role },
        { QStringLiteral("meaning"), meaningKey(s.meaning) },
        { QStringLiteral("comment"), s.comment },
        { QStringLiteral("signed_at"), column::dateTimeText(s.signedAt) },
        { QStringLiteral("snapshot_sha256"), s.snapshotSha256 },
        { QStringLiteral("fingerprint"), s.fingerprint },
    };
}

} // namespace

Result<std::vector<Stakeholder>> Workspace::Private::readStakeholders(const QString &name) const
{
    QSqlQuery q = query(name.isEmpty()
            ? QStringLiteral("SELECT id, name, roles, email, account FROM stakeholders ORDER BY name, id")
            : QStringLiteral(
                "SELECT id, name, roles, email, account FROM stakeholders WHERE lower(name) = lower(?)"));
    if (!name.isEmpty())
        q.addBindValue(name);
    if (Result<void> r = exec(q, Workspace::tr("reading the stakeholders")); !r)
        return r.error();
    std::vector<Stakeholder> out;
    while (q.next()) {
        Stakeholder p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.roles = column::listFromText(q.value(2).toString());
        p.email = q.value(3).toString();
        p.account = q.value(4).toString();
        out.push_back(std::move(p));
    }
    q.finish();
    QSqlQuery keys = query(QStringLiteral("SELECT id, public_key, fingerprint, created_at, retired_at FROM "
                                          "stakeholder_keys WHERE stakeholder_id = ? ORDER BY id"));
    for (Stakeholder &p : out) {
        keys.addBindValue(p.id);
        if (Result<void> r = exec(keys, Workspace::tr("reading the keys of %1").arg(p.name)); !r)
            return r.error();
        while (keys.next()) {
            StakeholderKey k;
            k.id = keys.value(0).toLongLong();
            k.publicKey = QByteArray::fromBase64(keys.value(1).toString().toLatin1());
            k.fingerprint = keys.value(2).toString();
            k.createdAt = column::dateTimeFromText(keys.value(3).toString());
            k.retiredAt = column::dateTimeFromText(keys.value(4).toString());
            p.keys.push_back(std::move(k));
        }
        keys.finish();
    }
    return out;
}

Result<void> Workspace::Private::readSignOffs(Release &release) const
{
    {
        QSqlQuery q = query(QStringLiteral("SELECT uid, separation_of_duties FROM releases WHERE id = ?"));
        q.addBindValue(release.id);
        if (Result<void> r = exec(q, Workspace::tr("reading release %1").arg(release.id)); !r)
            return r;
        if (q.next()) {
            release.uid = q.value(0).toString();
            release.separationOfDuties = q.value(1).toInt() != 0;
        }
    }
    {
        QSqlQuery q = query(
            QStringLiteral("SELECT role, count FROM signoff_requirements WHERE release_id = ? ORDER BY id"));
        q.addBindValue(release.id);
        if (Result<void> r
            = exec(q, Workspace::tr("reading the sign-offs release %1 requires").arg(release.id));
            !r)
            return r;
        while (q.next())
            release.requiredSignOffs.push_back(
                SignOffRequirement { q.value(0).toString(), q.value(1).toInt() });
    }
    {
        QSqlQuery q
            = query(QStringLiteral("SELECT id, stakeholder_id, key_id, name, role, meaning, comment, "
                                   "signed_at, snapshot_sha256, snapshot, "
                                   "fingerprint, signature FROM signoffs WHERE release_id = ? ORDER BY id"));
        q.addBindValue(release.id);
        if (Result<void> r = exec(q, Workspace::tr("reading the sign-offs of release %1").arg(release.id));
            !r)
            return r;
        while (q.next()) {
            SignOff s;
            s.id = q.value(0).toLongLong();
            s.stakeholderId = q.value(1).toLongLong();
            s.keyId = q.value(2).toLongLong();
            s.name = q.value(3).toString();
            s.role = q.value(4).toString();
            // An unknown meaning cannot pass the CHECK; Reviewed is never an approval, if it did.
            s.meaning = meaningFromKey(q.value(5).toString()).value_or(SignOffMeaning::Reviewed);
            s.comment = q.value(6).toString();
            s.signedAt = column::dateTimeFromText(q.value(7).toString());
            s.snapshotSha256 = q.value(8).toString();
            s.snapshot = q.value(9).toString().toUtf8();
            s.fingerprint = q.value(10).toString();
            s.signature = QByteArray::fromBase64(q.value(11).toString().toLatin1());
            release.signOffs.push_back(std::move(s));
        }
    }
    {
        QSqlQuery q
            = query(QStringLiteral("SELECT actor FROM audit_log WHERE release_id = ? AND entity <> 'signoff' "
                                   "ORDER BY id DESC LIMIT 1"));
        q.addBindValue(release.id);
        if (Result<void> r = exec(q, Workspace::tr("reading who last changed release %1").arg(release.id));
            !r)
            return r;
        if (q.next())
            release.lastChangedBy = q.value(0).toString();
    }
    return {};
}

Result<std::vector<Stakeholder>> Workspace::stakeholders() const
{
    return d->readStakeholders();
}

Result<Stakeholder> Workspace::stakeholder(const QString &name) const
{
    Result<std::vector<Stakeholder>> found = d->readStakeholders(name.trimmed());
    if (!found)
        return found.error();
    if (found->empty())
        return makeError(ErrorCode::NotFound,
            tr("There is no stakeholder \u201c%1\u201d in %2; add one with \u201cgreenlight stakeholder "
               "add\u201d.")
                .arg(name, d->shownPath()));
    return found->front();
}

Result<Stakeholder> Workspace::addStakeholder(
    const QString &nameIn, const QString &roleIn, const QString &email, const QString &account)
{
    const QString name = nameIn.simplified();
    const QString role = roleIn.simplified();
    if (name.isEmpty())
        return makeError(ErrorCode::Invalid, tr("A stakeholder needs a name."));
    if (role.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Stakeholder \u201c%1\u201d needs a role.").arg(name));
    if (!email.isEmpty() && (!email.contains(u'@') || email.contains(u' ')))
        return makeError(ErrorCode::Invalid, tr("\u201c%1\u201d is not an email address.").arg(email));
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r.error();
    Result<std::vector<Stakeholder>> existing = d->readStakeholders(name);
    if (!existing)
        return existing.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 id = 0;
    if (existing->empty()) {
        QSqlQuery q = d->query(QStringLiteral(
            "INSERT INTO stakeholders (name, roles, email, account, created_at) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(name);
        q.addBindValue(column::listText({ role }));
        q.addBindValue(column::text(email.trimmed()));
        q.addBindValue(column::text(account.trimmed()));
        q.addBindValue(column::dateTimeText(now));
        if (Result<void> r = d->exec(q, tr("adding stakeholder %1").arg(name)); !r)
            return r.error();
        id = q.lastInsertId().toLongLong();
        if (Result<void> r
            = d->audit(0, QStringLiteral("stakeholder"), id, QStringLiteral("create"), QString(),
                AuditLog::json(
                    { { QStringLiteral("name"), name }, { QStringLiteral("roles"), QJsonArray { role } },
                        { QStringLiteral("email"), email.trimmed() },
                        { QStringLiteral("account"), account.trimmed() } }),
                now);
            !r)
            return r.error();
    } else {
        const Stakeholder &old = existing->front();
        id = old.id;
        QStringList roles = old.roles;
        if (!old.holdsRole(role))
            roles << role;
        const QString newEmail = email.trimmed().isEmpty() ? old.email : email.trimmed();
        const QString newAccount = account.trimmed().isEmpty() ? old.account : account.trimmed();
        if (roles != old.roles || newEmail != old.email || newAccount != old.account) {
            QSqlQuery q = d->query(
                QStringLiteral("UPDATE stakeholders SET roles = ?, email = ?, account = ? WHERE id = ?"));
            q.addBindValue(column::listText(roles));
            q.addBindValue(newEmail);
            q.addBindValue(newAccount);
            q.addBindValue(id);
            if (Result<void> r = d->exec(q, tr("updating stakeholder %1").arg(old.name)); !r)
                return r.error();
            const auto json = [](const QStringList &r, const QString &e, const QString &a) {
                return AuditLog::json({ { QStringLiteral("roles"), QJsonArray::fromStringList(r) },
                    { QStringLiteral("email"), e }, { QStringLiteral("account"), a } });
            };
            if (Result<void> r = d->audit(0, QStringLiteral("stakeholder"), id, QStringLiteral("update"),
                    json(old.roles, old.email, old.account), json(roles, newEmail, newAccount), now);
                !r)
                return r.error();
        }
    }
    Result<std::vector<Stakeholder>> stored = d->readStakeholders(name);
    if (!stored)
        return stored.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return stored->front();
}

Result<StakeholderKey> Workspace::addStakeholderKey(qint64 stakeholderId, const QByteArray &publicKey)
{
    if (publicKey.size() != 32)
        return makeError(ErrorCode::Invalid, tr("A public key has 32 bytes, not %1.").arg(publicKey.size()));
    const QString fingerprint = keyFingerprint(publicKey);
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r.error();
    {
        QSqlQuery q = d->query(QStringLiteral("SELECT s.name FROM stakeholder_keys k JOIN stakeholders s ON "
                                              "s.id = k.stakeholder_id WHERE k.fingerprint = ?"));
        q.addBindValue(fingerprint);
        if (Result<void> r = d->exec(q, tr("looking up key %1").arg(fingerprint)); !r)
            return r.error();
        if (q.next())
            return makeError(ErrorCode::Invalid,
                tr("The key %1 is already in this workspace, as a key of %2.")
                    .arg(fingerprint, q.value(0).toString()));
    }
    {
        QSqlQuery q = d->query(QStringLiteral("SELECT count(*) FROM stakeholders WHERE id = ?"));
        q.addBindValue(stakeholderId);
        if (Result<void> r = d->exec(q, tr("looking up stakeholder %1").arg(stakeholderId)); !r)
            return r.error();
        if (!q.next() || q.value(0).toInt() == 0)
            return makeError(
                ErrorCode::NotFound, tr("There is no stakeholder with id %1.").arg(stakeholderId));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery retire = d->query(QStringLiteral(
        "UPDATE stakeholder_keys SET retired_at = ? WHERE stakeholder_id = ? AND retired_at IS NULL"));
    retire.addBindValue(column::dateTimeText(now));
    retire.addBindValue(stakeholderId);
    if (Result<void> r = d->exec(retire, tr("retiring the previous key")); !r)
        return r.error();
    const int retired = retire.numRowsAffected();
    QSqlQuery q = d->query(QStringLiteral("INSERT INTO stakeholder_keys (stakeholder_id, public_key, "
                                          "fingerprint, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(stakeholderId);
    q.addBindValue(QString::fromLatin1(publicKey.toBase64()));
    q.addBindValue(fingerprint);
    q.addBindValue(column::dateTimeText(now));
    if (Result<void> r = d->exec(q, tr("storing key %1").arg(fingerprint)); !r)
        return r.error();
    StakeholderKey key;
    key.id = q.lastInsertId().toLongLong();
    key.publicKey = publicKey;
    key.fingerprint = fingerprint;
    key.createdAt = now;
    if (Result<void> r = d->audit(0, QStringLiteral("stakeholder"), stakeholderId,
            retired > 0 ? QStringLiteral("rotate-key") : QStringLiteral("add-key"), QString(),
            AuditLog::json({ { QStringLiteral("fingerprint"), fingerprint } }), now);
        !r)
        return r.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return key;
}

Result<void> Workspace::setSignOffRequirement(qint64 releaseId, const QString &roleIn, int count)
{
    const QString role = roleIn.simplified();
    if (role.isEmpty())
        return makeError(ErrorCode::Invalid, tr("A required sign-off needs a role."));
    if (count < 0)
        return makeError(ErrorCode::Invalid,
            tr("The number of sign-offs for %1 must be 0 or more, not %2.").arg(role).arg(count));
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    QSqlQuery old = d->query(QStringLiteral(
        "SELECT id, count FROM signoff_requirements WHERE release_id = ? AND lower(role) = lower(?)"));
    old.addBindValue(releaseId);
    old.addBindValue(role);
    if (Result<void> r = d->exec(old, tr("reading the sign-offs release %1 requires").arg(releaseId)); !r)
        return r;
    const bool had = old.next();
    const qint64 oldId = had ? old.value(0).toLongLong() : 0;
    const int oldCount = had ? old.value(1).toInt() : 0;
    old.finish();
    if (oldCount == count)
        return {};
    if (Result<QVariant> release = d->releaseColumn(releaseId, QStringLiteral("id")); !release)
        return release.error();
    QSqlQuery q = d->query(count == 0 ? QStringLiteral("DELETE FROM signoff_requirements WHERE id = ?")
            : had
            ? QStringLiteral("UPDATE signoff_requirements SET count = ? WHERE id = ?")
            : QStringLiteral("INSERT INTO signoff_requirements (count, release_id, role) VALUES (?, ?, ?)"));
    if (count > 0)
        q.addBindValue(count);
    if (had) {
        q.addBindValue(oldId);
    } else {
        q.addBindValue(releaseId);
        q.addBindValue(role);
    }
    if (Result<void> r = d->exec(q, tr("setting the sign-offs release %1 requires").arg(releaseId)); !r)
        return r;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (Result<void> r = d->touchRelease(releaseId, column::dateTimeText(now)); !r)
        return r;
    if (Result<void> r
        = d->audit(releaseId, QStringLiteral("requirement"), releaseId, QStringLiteral("signoffs"),
            AuditLog::json({ { QStringLiteral("role"), role }, { QStringLiteral("count"), oldCount } }),
            AuditLog::json({ { QStringLiteral("role"), role }, { QStringLiteral("count"), count } }), now);
        !r)
        return r;
    return tx.commit();
}

Result<void> Workspace::setSeparationOfDuties(qint64 releaseId, bool on)
{
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r;
    const Result<QVariant> stored = d->releaseColumn(releaseId, QStringLiteral("separation_of_duties"));
    if (!stored)
        return stored.error();
    const bool old = stored->toInt() != 0;
    if (old == on)
        return {};
    QSqlQuery u = d->query(QStringLiteral("UPDATE releases SET separation_of_duties = ? WHERE id = ?"));
    u.addBindValue(on ? 1 : 0);
    u.addBindValue(releaseId);
    if (Result<void> r = d->exec(u, tr("updating release %1").arg(releaseId)); !r)
        return r;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (Result<void> r = d->touchRelease(releaseId, column::dateTimeText(now)); !r)
        return r;
    if (Result<void> r = d->audit(releaseId, QStringLiteral("release"), releaseId, QStringLiteral("update"),
            AuditLog::json({ { QStringLiteral("separation_of_duties"), old } }),
            AuditLog::json({ { QStringLiteral("separation_of_duties"), on } }), now);
        !r)
        return r;
    return tx.commit();
}

Result<SignOff> Workspace::recordSignOff(qint64 releaseId, const SignOff &signOffIn)
{
    SignOff s = signOffIn;
    WriteTransaction tx(d->db, *d->dialect);
    if (Result<void> r = tx.begin(); !r)
        return r.error();
    if (Result<void> r = d->checkNotFrozen(releaseId); !r)
        return r.error();
    // Read inside the write lock: nobody can change the release between this check and the commit.
    Result<Release> release = loadRelease(releaseId);
    if (!release)
        return release.error();
    const QByteArray current = snapshotBytes(*release);
    if (snapshotSha256(current) != s.snapshotSha256 || current != s.snapshot)
        return makeError(ErrorCode::Invalid,
            tr("Release \u201c%1\u201d changed while %2 was signing it; nothing was signed. Review it again "
               "and sign.")
                .arg(release->name, s.name));
    Result<std::vector<Stakeholder>> people = d->readStakeholders(s.name);
    if (!people)
        return people.error();
    if (people->empty() || people->front().id != s.stakeholderId)
        return makeError(ErrorCode::NotFound,
            tr("There is no stakeholder \u201c%1\u201d in %2.").arg(s.name, d->shownPath()));
    const Stakeholder &who = people->front();
    if (!who.holdsRole(s.role))
        return makeError(
            ErrorCode::Invalid, tr("%1 does not hold the role \u201c%2\u201d.").arg(who.name, s.role));
    const StakeholderKey *key = who.activeKey();
    if (!key || key->id != s.keyId || key->fingerprint != s.fingerprint)
        return makeError(
            ErrorCode::Invalid, tr("%1 signed with a key that is not their active key.").arg(who.name));
    QSqlQuery q = d->query(QStringLiteral(
        "INSERT INTO signoffs (release_id, stakeholder_id, key_id, name, role, meaning, comment, signed_at, "
        "snapshot_sha256, snapshot, fingerprint, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(releaseId);
    q.addBindValue(s.stakeholderId);
    q.addBindValue(s.keyId);
    q.addBindValue(s.name);
    q.addBindValue(s.role);
    q.addBindValue(meaningKey(s.meaning));
    q.addBindValue(column::text(s.comment));
    q.addBindValue(column::dateTimeText(s.signedAt));
    q.addBindValue(s.snapshotSha256);
    q.addBindValue(QString::fromUtf8(s.snapshot));
    q.addBindValue(s.fingerprint);
    q.addBindValue(QString::fromLatin1(s.signature.toBase64()));
    if (Result<void> r = d->exec(q, tr("storing the sign-off of %1").arg(s.name)); !r)
        return r.error();
    s.id = q.lastInsertId().toLongLong();
    // Signing records who signed as the actor, whoever runs the program.
    const QString actor = d->actor;
    d->actor = s.name;
    const Result<void> audited = d->audit(releaseId, QStringLiteral("signoff"), s.id, QStringLiteral("sign"),
        QString(), AuditLog::json(signOffJson(s)), s.signedAt);
    d->actor = actor;
    if (!audited)
        return audited.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return s;
}

} // namespace gl
