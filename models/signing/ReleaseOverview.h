#pragma once
// One release at a glance, for the start page: readiness and the suggested decision, the decision
// in force, the sign-offs still missing and the mitigations past their deadline.

#include "domain/Readiness.h"
#include "domain/Release.h"
#include "domain/Result.h"

#include <QDate>
#include <QStringList>
#include <optional>

namespace gl {

class Workspace;

struct ReleaseOverview {
    qint64 releaseId = 0;
    QString name;
    QDateTime updatedAt;           // UTC
    double readinessPercent = 0;
    Decision suggested = Decision::NoGo;
    std::optional<Decision> recorded;  // the decision in force
    QString authorizationCode;
    int signOffsRequired = 0;      // people, over every required role
    int signOffsCounting = 0;      // of those, signed and current
    QStringList missingRoles;      // "QA lead (1 of 2)"
    int staleSignOffs = 0;         // signed, then the release changed
    int overdueMitigations = 0;
    int openMitigations = 0;
};

// Reads the release, its readiness, sign-offs (signatures checked) and decision.
ReleaseOverview overviewOf(const Release &release, const std::vector<Stakeholder> &stakeholders, const QDate &today);
// Every release of the workspace, in the order releases() gives them.
Result<std::vector<ReleaseOverview>> workspaceOverview(Workspace &workspace, const QDate &today);

} // namespace gl
