#pragma once
// Reads SARIF 2.1.0 JSON (CodeQL, Semgrep, ESLint, Trivy ...): findings by severity over every
// run's results. The severity rules are in ReportParser.h; in short, level "none" is never counted,
// a numeric security-severity (0..10, a number or a numeric string, the result's before its rule's)
// above 0 decides, otherwise the level does. A ruleIndex or rule.index outside the run's rules, an
// unknown level or kind, or a security-severity that is not a number in 0..10 is an error.

#include "domain/Result.h"
#include "interchange/ReportParser.h"

namespace gl {

class ReportSarif final {
    Q_DECLARE_TR_FUNCTIONS(ReportSarif)
public:
    static Result<ReportFigures> read(QByteArrayView content, const QString &fileName);
};

} // namespace gl
