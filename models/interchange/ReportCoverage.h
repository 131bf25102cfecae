#pragma once
// Reads coverage reports, the format chosen by content: Istanbul/Vitest coverage-summary.json
// ("{"), Cobertura XML ("<"), anything else as lcov .info (see ReportLcov.h).
//
// Istanbul: total.lines.pct (required), total.statements/branches/functions.pct when present; a pct
// of "Unknown" (Istanbul's word for "nothing to measure") is absent, and for lines an error.
// Cobertura: line-rate (required) and branch-rate of the root <coverage>, both 0..1, times 100;
// branches are absent when branches-valid="0", and lines-valid="0" is an error: a coverage figure
// over nothing would read as 0 % or 100 % and mean neither.

#include "domain/Result.h"
#include "interchange/ReportParser.h"

namespace gl {

class ReportCoverage final {
    Q_DECLARE_TR_FUNCTIONS(ReportCoverage)
public:
    static Result<ReportFigures> read(QByteArrayView content, const QString &fileName);

private:
    static Result<ReportFigures> readIstanbul(QByteArrayView content, const QString &fileName);
    static Result<ReportFigures> readCobertura(QByteArrayView content, const QString &fileName);
};

} // namespace gl
