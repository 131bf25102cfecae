// libFuzzer target: the coverage parser on arbitrary bytes (Istanbul JSON, Cobertura XML or lcov,
// chosen by the first significant byte).
// Any crash, sanitizer report or broken promise of ReportParser.h (FuzzChecks.h) is a finding.

#include "FuzzChecks.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const gl::fuzz::Outcome outcome = gl::fuzz::runTarget(QStringLiteral("coverage"),
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("fuzz.cov"));
    if (!outcome.problem.isEmpty()) {
        std::fprintf(stderr, "broken promise: %s\n", qUtf8Printable(outcome.problem));
        std::abort();
    }
    return 0;
}
