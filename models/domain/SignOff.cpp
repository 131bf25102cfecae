#include "SignOff.h"

#include "CanonicalJson.h"
#include "Sha256.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <map>

namespace gl {

QString meaningKey(SignOffMeaning meaning)
{
    switch (meaning) {
    case SignOffMeaning::Go:
        return QStringLiteral("go");
    case SignOffMeaning::Conditional:
        return QStringLiteral("conditional");
    case SignOffMeaning::NoGo:
        return QStringLiteral("no-go");
    case SignOffMeaning::Reviewed:
        return QStringLiteral("reviewed");
    }
    return QString();
}

std::optional<SignOffMeaning> meaningFromKey(const QString &key)
{
    for (SignOffMeaning m : allSignOffMeanings) {
        if (meaningKey(m) == key)
            return m;
    }
    return std::nullopt;
}

QString meaningLabel(SignOffMeaning meaning)
{
    switch (meaning) {
    case SignOffMeaning::Go:
        return QCoreApplication::translate("SignOff", "Approve GO");
    case SignOffMeaning::Conditional:
        return QCoreApplication::translate("SignOff", "Approve with conditions");
    case SignOffMeaning::NoGo:
        return QCoreApplication::translate("SignOff", "Reject NO-GO");
    case SignOffMeaning::Reviewed:
        return QCoreApplication::translate("SignOff", "Reviewed");
    }
    return QString();
}

bool meaningApproves(SignOffMeaning meaning)
{
    return meaning == SignOffMeaning::Go || meaning == SignOffMeaning::Conditional;
}

QString keyFingerprint(QByteArrayView publicKey)
{
    const QString hex = QString::fromLatin1(Sha256::hash(publicKey).left(16).toHex());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(u' ');
}

const StakeholderKey *Stakeholder::activeKey() const
{
    for (auto it = keys.rbegin(); it != keys.rend(); ++it) {
        if (it->isActive())
            return &*it;
    }
    return nullptr;
}

const StakeholderKey *Stakeholder::key(qint64 keyId) const
{
    for (const StakeholderKey &k : keys) {
        if (k.id == keyId)
            return &k;
    }
    return nullptr;
}

bool Stakeholder::holdsRole(const QString &role) const
{
    for (const QString &r : roles) {
        if (r.compare(role, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool Stakeholder::isActor(const QString &actor) const
{
    if (actor.isEmpty())
        return false;
    for (const QString &who : { account, name, email }) {
        if (!who.isEmpty() && who.compare(actor, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray signOffMessage(const QString &releaseUid, const SignOff &s)
{
    return canonicalJson(QJsonObject {
        { QStringLiteral("format"), QStringLiteral("greenlight-signoff/1") },
        { QStringLiteral("release_uid"), releaseUid },
        { QStringLiteral("snapshot_sha256"), s.snapshotSha256 },
        { QStringLiteral("name"), s.name },
        { QStringLiteral("role"), s.role },
        { QStringLiteral("meaning"), meaningKey(s.meaning) },
        { QStringLiteral("comment"), s.comment },
        { QStringLiteral("signed_at"), s.signedAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("fingerprint"), s.fingerprint },
    });
}

SignOffEvaluation evaluateSignOffs(const std::vector<SignOff> &signOffs, const std::vector<bool> &valid,
    const std::vector<QString> &validityProblems, const QString &currentSnapshotSha256,
    const std::vector<SignOffRequirement> &requirements, const std::vector<Stakeholder> &stakeholders,
    const QString &lastChangedBy, bool separationOfDuties)
{
    SignOffEvaluation out;
    // The newest sign-off of each person (by stakeholder, else by name).
    std::map<QString, size_t> newest;
    const auto personOf = [](const SignOff &s) {
        return s.stakeholderId > 0 ? QStringLiteral("#%1").arg(s.stakeholderId) : s.name.toCaseFolded();
    };
    // Newest by the signed time, not by row order: a copy of an old row added later stays old.
    for (size_t i = 0; i < signOffs.size(); ++i) {
        auto [it, inserted] = newest.emplace(personOf(signOffs[i]), i);
        if (!inserted && signOffs[i].signedAt >= signOffs[it->second].signedAt)
            it->second = i;
    }

    for (size_t i = 0; i < signOffs.size(); ++i) {
        SignOffState st;
        st.signOff = signOffs[i];
        st.valid = i < valid.size() && valid[i];
        st.stale = signOffs[i].snapshotSha256 != currentSnapshotSha256;
        st.superseded = newest[personOf(signOffs[i])] != i;
        if (!st.valid)
            st.problem = i < validityProblems.size() && !validityProblems[i].isEmpty()
                ? validityProblems[i]
                : QCoreApplication::translate("SignOff", "the signature does not verify");
        else if (st.superseded)
            st.problem
                = QCoreApplication::translate("SignOff", "replaced by a later sign-off of the same person");
        else if (st.stale)
            st.problem = QCoreApplication::translate("SignOff", "the release changed after it was signed");
        st.counts = st.valid && !st.stale && !st.superseded;
        out.signOffs.push_back(st);
    }

    if (separationOfDuties && !lastChangedBy.isEmpty()) {
        QSet<QString> approvers;
        std::vector<size_t> changersApprovals;
        for (size_t i = 0; i < out.signOffs.size(); ++i) {
            const SignOffState &st = out.signOffs[i];
            if (!st.counts || !meaningApproves(st.signOff.meaning))
                continue;
            approvers.insert(personOf(st.signOff));
            bool byChanger = st.signOff.name.compare(lastChangedBy, Qt::CaseInsensitive) == 0;
            for (const Stakeholder &p : stakeholders) {
                if (p.id == st.signOff.stakeholderId && p.isActor(lastChangedBy))
                    byChanger = true;
            }
            if (byChanger)
                changersApprovals.push_back(i);
        }
        if (approvers.size() == 1 && !changersApprovals.empty()) {
            for (size_t i : changersApprovals) {
                out.signOffs[i].counts = false;
                out.signOffs[i].problem = QCoreApplication::translate("SignOff",
                    "separation of duties: %1 made the last change and cannot be the only approver")
                                              .arg(out.signOffs[i].signOff.name);
                out.separationNote = out.signOffs[i].problem;
            }
        }
    }

    for (const SignOffRequirement &r : requirements) {
        RequirementState rs;
        rs.requirement = r;
        for (const SignOffState &st : out.signOffs) {
            if (st.counts && st.signOff.role.compare(r.role, Qt::CaseInsensitive) == 0) {
                ++rs.signedCount;
                rs.signers << st.signOff.name;
            }
        }
        rs.satisfied = rs.signedCount >= r.count;
        out.allSatisfied = out.allSatisfied && rs.satisfied;
        out.required.push_back(rs);
    }
    return out;
}

} // namespace gl
