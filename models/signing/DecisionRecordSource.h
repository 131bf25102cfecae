#pragma once
// Everything the PDF decision record prints, gathered from the workspace as it is now: the release,
// its readiness, the sign-offs as they verify, the snapshot hash, the audit chain's head, and the
// values of the release's env file (only to mask them). The chart is the caller's to add (views/).

#include "domain/Result.h"
#include "interchange/DecisionRecordPdf.h"

#include <QDateTime>

namespace gl {

class Workspace;

// The values of the release's env file whose names hold a secret marker, and their base64 forms, to
// mask wherever they appear (as the runner masks command output); none when it cannot be read.
QList<QByteArray> releaseSecretValues(const Release &release);

Result<DecisionRecordInput> gatherDecisionRecord(
    const Workspace &workspace, qint64 releaseId, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace gl
