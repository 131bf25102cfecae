#pragma once
// Reads `npm audit --json` output, both shapes: npm 6 (advisories + metadata.vulnerabilities) and
// npm 7 and later (auditReportVersion, vulnerabilities + metadata.vulnerabilities).
//
// metadata.vulnerabilities wins when present: it is npm's own summary, the figures `npm audit`
// prints (npm 6 counts vulnerable paths there, npm 7 packages). Without it the entries of advisories
// or vulnerabilities are counted by their severity. npm's "moderate" is our medium; total is the sum
// of the five severities; critical_high is critical + high. An npm error object ({"error": {...}},
// what npm prints when the audit itself failed) is an error naming npm's code and summary.

#include "domain/Result.h"
#include "interchange/ReportParser.h"

namespace gl {

class ReportNpmAudit final {
    Q_DECLARE_TR_FUNCTIONS(ReportNpmAudit)
public:
    static Result<ReportFigures> read(QByteArrayView content, const QString &fileName);
};

} // namespace gl
