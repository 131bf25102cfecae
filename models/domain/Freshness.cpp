#include "Freshness.h"

#include <QCoreApplication>
#include <cmath>

namespace gl {

namespace {

// "2025-09-08 10:00 UTC": the same form whatever the reader's locale, like the rest of the CLI.
QString utcText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

// An age past the limit in hours, rounded up to a tenth so it never reads as the limit itself
// ("24.1" rather than "24" one second after 24 hours). Always more than the limit, which is at least
// 1, so "hours" is always the right word and no plural form is needed.
QString hoursText(qint64 seconds)
{
    const double tenths = std::ceil(double(seconds) / 360.0);
    return QString::number(tenths / 10.0);
}

} // namespace

QString evidenceStateKey(EvidenceState state)
{
    switch (state) {
    case EvidenceState::NotRequired: return QStringLiteral("not-required");
    case EvidenceState::Fresh: return QStringLiteral("fresh");
    case EvidenceState::Missing: return QStringLiteral("missing");
    case EvidenceState::Stale: return QStringLiteral("stale");
    }
    return QString();
}

QString evidenceStateLabel(EvidenceState state)
{
    switch (state) {
    case EvidenceState::NotRequired: return QCoreApplication::translate("Freshness", "Not required");
    case EvidenceState::Fresh: return QCoreApplication::translate("Freshness", "Fresh");
    case EvidenceState::Missing: return QCoreApplication::translate("Freshness", "Missing");
    case EvidenceState::Stale: return QCoreApplication::translate("Freshness", "Stale");
    }
    return QString();
}

bool countsAsEvidence(EvidenceKind kind)
{
    return kind != EvidenceKind::Note;
}

const Evidence *newestCountingEvidence(const Item &item)
{
    // A piece with a time is newer than one without; on equal times (or none) the later entry of the
    // list (oldest first) wins.
    const auto atLeastAsNew = [](const Evidence &a, const Evidence &b) {
        if (a.addedAt.isValid() != b.addedAt.isValid())
            return a.addedAt.isValid();
        return !a.addedAt.isValid() || a.addedAt >= b.addedAt;
    };
    const Evidence *newest = nullptr;
    for (const Evidence &e : item.evidenceList) {
        if (countsAsEvidence(e.kind) && (!newest || atLeastAsNew(e, *newest)))
            newest = &e;
    }
    return newest;
}

EvidenceCheck checkEvidence(const Item &item, const QDateTime &now)
{
    EvidenceCheck check;
    const EvidenceRequirement &req = item.evidenceRequirement;
    if (item.isGroup() || !req.required)
        return check;

    const Evidence *newest = newestCountingEvidence(item);
    if (!newest) {
        check.state = EvidenceState::Missing;
        bool hasNote = false;
        for (const Evidence &e : item.evidenceList)
            hasNote = hasNote || e.kind == EvidenceKind::Note;
        check.reason = hasNote
            ? QCoreApplication::translate(
                "Freshness", "Required evidence is missing; a note does not count as evidence.")
            : QCoreApplication::translate("Freshness", "Required evidence is missing.");
        return check;
    }

    check.newestEvidenceId = newest->id;
    const bool ageAsked = req.maxAgeHours > 0 && now.isValid();
    const bool changeAsked = req.newerThanChange && item.changedAt.isValid();
    if ((ageAsked || changeAsked) && !newest->addedAt.isValid()) {
        check.state = EvidenceState::Stale;
        check.reason = QCoreApplication::translate(
            "Freshness", "The newest evidence has no time it was added, so its age cannot be checked.");
        return check;
    }

    // Exactly maxAgeHours old is still fresh; a piece dated in the future (a clock ahead) is fresh.
    const qint64 age = ageAsked ? newest->addedAt.secsTo(now) : 0;
    const bool tooOld = ageAsked && age > qint64(req.maxAgeHours) * 3600;
    const bool beforeChange = changeAsked && newest->addedAt < item.changedAt;
    if (!tooOld && !beforeChange) {
        check.state = EvidenceState::Fresh;
        return check;
    }

    check.state = EvidenceState::Stale;
    // %n carries the limit so that a translation (English included) can say "at most 1 is allowed".
    if (tooOld && beforeChange)
        check.reason = QCoreApplication::translate("Freshness",
            "The newest evidence is %1 hours old (at most %n are allowed) and was added before the item last "
            "changed (%2).",
            nullptr, req.maxAgeHours)
                           .arg(hoursText(age), utcText(item.changedAt));
    else if (tooOld)
        check.reason = QCoreApplication::translate(
            "Freshness", "The newest evidence is %1 hours old; at most %n are allowed.", nullptr, req.maxAgeHours)
                           .arg(hoursText(age));
    else
        check.reason = QCoreApplication::translate(
            "Freshness", "The newest evidence was added before the item last changed (%1).")
                           .arg(utcText(item.changedAt));
    return check;
}

} // namespace gl
