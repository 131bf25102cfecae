// libFuzzer target: the npm audit JSON parser on arbitrary bytes.
// Any crash, sanitizer report or broken promise of ReportParser.h (FuzzChecks.h) is a finding.

#include "FuzzChecks.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const gl::fuzz::Outcome outcome = gl::fuzz::runTarget(QStringLiteral("npm-audit"),
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("fuzz.json"));
    if (!outcome.problem.isEmpty()) {
        std::fprintf(stderr, "broken promise: %s\n", qUtf8Printable(outcome.problem));
        std::abort();
    }
    return 0;
}
