#pragma once
// Recording and checking a release's decision (issue 5): the suggestion from the matrix, the
// sign-offs as they verify now and the rules of domain/DecisionRecord.h decide whether it may be
// recorded; the record names the snapshot it was taken over and an authorization code derived
// from it, and `verify` checks both again later.

#include "domain/DecisionRecord.h"
#include "domain/Release.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <vector>

namespace gl {

class Workspace;

class DecisionService final {
    Q_DECLARE_TR_FUNCTIONS(DecisionService)
public:
    // Checks every rule against the release as it is now and records the decision; the error lists
    // each rule that is not met. now: the decision's time (whole milliseconds are kept).
    static Result<DecisionRecord> decide(Workspace &workspace, qint64 releaseId,
        const DecisionRequest &request, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Problems with a recorded decision (translated, empty when sound): its kept snapshot must hash
    // to the hash it names, its authorization code must be the one derived from them, and while it
    // is in force the release must still be in that state.
    static QStringList check(const Release &release, const DecisionRecord &decision);
};

} // namespace gl
