#include "RunResult.h"

namespace gl {

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Passed: return QStringLiteral("passed");
    case Verdict::Failed: return QStringLiteral("failed");
    case Verdict::Cancelled: return QStringLiteral("cancelled");
    }
    return QString();
}

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Passed: return QCoreApplication::translate("RunResult", "Passed");
    case Verdict::Failed: return QCoreApplication::translate("RunResult", "Failed");
    case Verdict::Cancelled: return QCoreApplication::translate("RunResult", "Cancelled");
    }
    return QString();
}

} // namespace gl
