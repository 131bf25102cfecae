#include "DecisionRecord.h"

#include "CanonicalJson.h"
#include "Sha256.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gl {

QString outcomeKey(Decision decision)
{
    switch (decision) {
    case Decision::Go:
        return QStringLiteral("go");
    case Decision::ConditionalGo:
        return QStringLiteral("conditional");
    case Decision::NoGo:
        return QStringLiteral("no-go");
    }
    return QString();
}

std::optional<Decision> outcomeFromKey(const QString &key)
{
    for (Decision d : { Decision::Go, Decision::ConditionalGo, Decision::NoGo }) {
        if (outcomeKey(d) == key)
            return d;
    }
    return std::nullopt;
}

QString mitigationStatusLabel(MitigationStatus status)
{
    switch (status) {
    case MitigationStatus::Open: return QCoreApplication::translate("Mitigation", "Open");
    case MitigationStatus::Done: return QCoreApplication::translate("Mitigation", "Done");
    case MitigationStatus::Dropped: return QCoreApplication::translate("Mitigation", "Dropped");
    }
    return QString();
}

QString mitigationStatusKey(MitigationStatus status)
{
    switch (status) {
    case MitigationStatus::Open:
        return QStringLiteral("open");
    case MitigationStatus::Done:
        return QStringLiteral("done");
    case MitigationStatus::Dropped:
        return QStringLiteral("dropped");
    }
    return QString();
}

std::optional<MitigationStatus> mitigationStatusFromKey(const QString &key)
{
    for (MitigationStatus s : { MitigationStatus::Open, MitigationStatus::Done, MitigationStatus::Dropped }) {
        if (mitigationStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString authorizationCode(const QString &releaseUid, const DecisionRecord &d)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
    QJsonArray mitigations;
    for (const Mitigation &m : d.mitigations)
        mitigations.append(QJsonObject {
            { QStringLiteral("title"), m.title },
            { QStringLiteral("owner"), m.owner },
            { QStringLiteral("deadline"), m.deadline.toString(Qt::ISODate) },
            { QStringLiteral("acceptance"), m.acceptance },
        });
    const QByteArray digest = Sha256::hash(canonicalJson(QJsonObject {
        { QStringLiteral("release_uid"), releaseUid },
        { QStringLiteral("snapshot_sha256"), d.snapshotSha256 },
        { QStringLiteral("outcome"), outcomeKey(d.outcome) },
        { QStringLiteral("suggested"), outcomeKey(d.suggested) },
        { QStringLiteral("rationale"), d.rationale },
        { QStringLiteral("confidence"),
            d.confidence ? QJsonValue(*d.confidence) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("valid_until"), d.validUntil.toString(Qt::ISODate) },
        { QStringLiteral("deviation_reason"), d.deviationReason },
        { QStringLiteral("override_reason"), d.overrideReason },
        { QStringLiteral("decided_by"), d.decidedBy },
        { QStringLiteral("decided_at"), d.decidedAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("mitigations"), mitigations },
    }));
    quint64 bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | quint8(digest[i]);
    QString code = QStringLiteral("GL");
    for (int i = 0; i < 12; ++i) {
        if (i % 4 == 0)
            code += u'-';
        code += QLatin1Char(alphabet[(bits >> (59 - 5 * i)) & 31]);
    }
    return code;
}

QStringList checkDecision(const DecisionRecord &d, const std::optional<DecisionRecord> &inForce,
    bool signOffsSatisfied, bool anyInvalidSignOff, const QDate &today)
{
    QStringList problems;
    if (inForce)
        problems << QCoreApplication::translate(
            "DecisionRecord", "a decision is already in force (%1, %2): reopen the release first")
                        .arg(decisionKey(inForce->outcome), inForce->authorizationCode);
    if (d.rationale.trimmed().isEmpty())
        problems << QCoreApplication::translate("DecisionRecord", "a decision needs a rationale");
    if (d.outcome != d.suggested && d.deviationReason.trimmed().isEmpty())
        problems << QCoreApplication::translate(
            "DecisionRecord", "the matrix suggests %1: recording %2 needs a written reason")
                        .arg(decisionKey(d.suggested), decisionKey(d.outcome));
    if (d.confidence && (*d.confidence < 0 || *d.confidence > 100))
        problems << QCoreApplication::translate("DecisionRecord", "confidence must be 0 to 100 %, not %1")
                        .arg(*d.confidence);
    if (d.validUntil.isValid() && d.validUntil < today)
        problems << QCoreApplication::translate("DecisionRecord", "valid-until %1 is in the past")
                        .arg(d.validUntil.toString(Qt::ISODate));
    if (d.outcome == Decision::ConditionalGo && d.mitigations.empty())
        problems << QCoreApplication::translate(
            "DecisionRecord", "a CONDITIONAL GO needs at least one mitigation");
    if (d.outcome != Decision::ConditionalGo && !d.mitigations.empty())
        problems << QCoreApplication::translate("DecisionRecord", "only a CONDITIONAL GO has mitigations");
    for (size_t i = 0; i < d.mitigations.size(); ++i) {
        const Mitigation &m = d.mitigations[i];
        QStringList missing;
        if (m.title.trimmed().isEmpty())
            missing << QCoreApplication::translate("DecisionRecord", "a title");
        if (m.owner.trimmed().isEmpty())
            missing << QCoreApplication::translate("DecisionRecord", "an owner");
        if (!m.deadline.isValid())
            missing << QCoreApplication::translate("DecisionRecord", "a deadline");
        if (m.acceptance.trimmed().isEmpty())
            missing << QCoreApplication::translate("DecisionRecord", "acceptance criteria");
        if (!missing.isEmpty())
            problems << QCoreApplication::translate("DecisionRecord", "mitigation %1 needs %2")
                            .arg(QString::number(i + 1), missing.join(QStringLiteral(", ")));
    }
    if ((!signOffsSatisfied || anyInvalidSignOff) && d.overrideReason.trimmed().isEmpty())
        problems << (anyInvalidSignOff
                ? QCoreApplication::translate("DecisionRecord",
                    "a sign-off does not verify: record the decision only with an override reason")
                : QCoreApplication::translate("DecisionRecord",
                    "the required sign-offs are not all given and current: sign, or override with a reason"));
    return problems;
}

} // namespace gl
