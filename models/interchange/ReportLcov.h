#pragma once
// Reads lcov tracefiles (.info): one record per source file, SF: to end_of_record.
//
// lines = sum LH / sum LF, branches = sum BRH / sum BRF, functions = sum FNH / sum FNF, over all
// records (records for the same file are summed as they stand, not merged). A record without LF/LH
// has them counted from its DA lines (hit: count > 0), one without BRF/BRH from its BRDA lines
// (taken "-" is not hit). branches and functions are absent when no record has any.
// Hostile input: a line longer than ReportLimits::maxLcovLineBytes, more than maxLcovRecords
// records, invalid UTF-8, a line that is not "KEY:value", a count that is not a whole number,
// a record left open at the end (a truncated file) and no lines at all are errors naming the line.

#include "domain/Result.h"
#include "interchange/ReportParser.h"

namespace gl {

class ReportLcov final {
    Q_DECLARE_TR_FUNCTIONS(ReportLcov)
public:
    static Result<ReportFigures> read(QByteArrayView content, const QString &fileName);
};

} // namespace gl
