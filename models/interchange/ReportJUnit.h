#pragma once
// Reads JUnit XML test results: a <testsuites> root or a lone <testsuite>, suites nested at will.
//
// Which counts win: when the file has <testcase> elements they are counted and the count attributes
// (tests, failures, errors, skipped) are only checked to be counts, because producers disagree on
// them (nested suites counted twice, "skipped" vs "disabled", stale totals after reruns). Each test
// case counts once: an <error> child makes it an error, else a <failure> a failure, else <skipped>
// skipped, else it passed. Only a file without any <testcase> takes its figures from attributes:
// the root <testsuites> when it carries tests=, else the sum over the outermost <testsuite>s.

#include "domain/Result.h"
#include "interchange/ReportParser.h"

namespace gl {

class ReportJUnit final {
    Q_DECLARE_TR_FUNCTIONS(ReportJUnit)
public:
    static Result<ReportFigures> read(QByteArrayView content, const QString &fileName);
};

} // namespace gl
