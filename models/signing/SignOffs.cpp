#include "signing/SignOffs.h"

#include "domain/Snapshot.h"
#include "store/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gl {

QString SignOffs::checkSignature(
    const Release &release, const SignOff &s, const std::vector<Stakeholder> &stakeholders)
{
    const Stakeholder *who = nullptr;
    for (const Stakeholder &p : stakeholders) {
        if (p.id == s.stakeholderId)
            who = &p;
    }
    if (!who)
        return tr("its stakeholder is not in this workspace");
    const StakeholderKey *key = who->key(s.keyId);
    if (!key)
        return tr("its key is not one of %1's keys").arg(who->name);
    if (key->fingerprint != s.fingerprint || keyFingerprint(key->publicKey) != key->fingerprint)
        return tr("its key fingerprint %1 does not match the stored key %2")
            .arg(s.fingerprint, key->fingerprint);
    if (snapshotSha256(s.snapshot) != s.snapshotSha256)
        return tr("the snapshot it kept does not hash to %1").arg(s.snapshotSha256.left(12));
    if (!verifySignature(key->publicKey, signOffMessage(release.uid, s), s.signature))
        return tr("the signature does not match this release and what it names");
    if (key->retiredAt.isValid() && s.signedAt > key->retiredAt)
        return tr("it is dated after its key was retired (%1)").arg(key->retiredAt.toString(Qt::ISODate));
    return QString();
}

SignOffEvaluation SignOffs::evaluate(const Release &release, const std::vector<Stakeholder> &stakeholders)
{
    std::vector<bool> valid;
    std::vector<QString> problems;
    for (const SignOff &s : release.signOffs) {
        const QString problem = checkSignature(release, s, stakeholders);
        valid.push_back(problem.isEmpty());
        problems.push_back(problem);
    }
    return evaluateSignOffs(release.signOffs, valid, problems, snapshotSha256(release),
        release.requiredSignOffs, stakeholders, release.lastChangedBy, release.separationOfDuties);
}

QStringList SignOffs::changesSince(const SignOff &signOff, const Release &current)
{
    const QByteArray now = snapshotBytes(current);
    if (now == signOff.snapshot)
        return {};
    const QJsonObject before = QJsonDocument::fromJson(signOff.snapshot).object();
    QStringList lines = snapshotDiff(before, releaseSnapshot(current));
    if (lines.isEmpty())
        lines << tr("the release's snapshot differs in a way that cannot be shown field by field");
    return lines;
}

Result<SignOff> SignOffs::sign(Workspace &workspace, const KeyRing &keys, qint64 releaseId,
    const QString &stakeholderName, const QString &roleIn, SignOffMeaning meaning, const QString &comment,
    const Passphrase &passphrase)
{
    Result<Stakeholder> who = workspace.stakeholder(stakeholderName);
    if (!who)
        return who.error();
    const StakeholderKey *key = who->activeKey();
    if (!key)
        return makeError(ErrorCode::NotFound,
            tr("%1 has no key yet: create one with \u201cgreenlight key create %1\u201d.").arg(who->name));
    Result<Release> release = workspace.loadRelease(releaseId);
    if (!release)
        return release.error();

    QString role = roleIn.simplified();
    if (role.isEmpty()) {
        Result<std::vector<Stakeholder>> everyone = workspace.stakeholders();
        if (!everyone)
            return everyone.error();
        const SignOffEvaluation now = evaluate(*release, *everyone);
        for (const RequirementState &r : now.required) {
            if (!r.satisfied && who->holdsRole(r.requirement.role)) {
                role = r.requirement.role;
                break;
            }
        }
        if (role.isEmpty() && !who->roles.isEmpty())
            role = who->roles.front();
    } else if (!who->holdsRole(role)) {
        return makeError(ErrorCode::Invalid,
            tr("%1 does not hold the role \u201c%2\u201d (their roles: %3).")
                .arg(who->name, role, who->roles.join(QStringLiteral(", "))));
    }
    for (const QString &r : who->roles) { // the spelling the person holds it in
        if (r.compare(role, Qt::CaseInsensitive) == 0)
            role = r;
    }

    SignOff s;
    s.stakeholderId = who->id;
    s.keyId = key->id;
    s.name = who->name;
    s.role = role;
    s.meaning = meaning;
    s.comment = comment.trimmed();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    s.signedAt
        = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC); // whole milliseconds, as stored
    s.snapshot = snapshotBytes(*release);
    s.snapshotSha256 = snapshotSha256(s.snapshot);
    s.fingerprint = key->fingerprint;
    Result<QByteArray> signature = keys.sign(key->fingerprint, passphrase, signOffMessage(release->uid, s));
    if (!signature)
        return signature.error();
    s.signature = *signature;
    // A key file whose secret does not belong to the workspace's public key signs in vain: say so
    // now rather than store a sign-off that every check will call invalid.
    if (!verifySignature(key->publicKey, signOffMessage(release->uid, s), s.signature))
        return makeError(ErrorCode::Corrupt,
            tr("The private key on this machine does not match %1's key %2 in the workspace; nothing was "
               "signed.")
                .arg(who->name, key->fingerprint));
    return workspace.recordSignOff(releaseId, s);
}

} // namespace gl
