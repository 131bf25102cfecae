#include "PassRule.h"

#include <QRegularExpression>

namespace gl {

namespace {

QRegularExpression compiled(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::MultilineOption);
}

} // namespace

Result<void> PassRule::validate() const
{
    if (outputPattern.isEmpty())
        return {};
    const QRegularExpression re = compiled(outputPattern);
    if (!re.isValid()) {
        return makeError(ErrorCode::Invalid,
            tr("Pass rule pattern \u201c%1\u201d is not a valid regular expression: %2 at offset %3")
                .arg(outputPattern, re.errorString())
                .arg(re.patternErrorOffset()));
    }
    return {};
}

QString PassRule::exitCodeFailure(int exitCode) const
{
    if (exitCode == expectedExitCode)
        return QString();
    return expectedExitCode == 0 ? tr("exited with code %1").arg(exitCode)
                                 : tr("exited with code %1 (expected %2)").arg(exitCode).arg(expectedExitCode);
}

QString PassRule::failure(int exitCode, const QByteArray &output) const
{
    const QString code = exitCodeFailure(exitCode);
    return code.isEmpty() ? outputFailure(output) : code;
}

QString PassRule::outputFailure(const QByteArray &output) const
{
    if (outputPattern.isEmpty())
        return QString();
    if (const Result<void> valid = validate(); !valid)
        return valid.message();
    const bool found = compiled(outputPattern).match(QString::fromUtf8(output)).hasMatch();
    if (match == Match::MustMatch && !found)
        return tr("output does not match \u201c%1\u201d").arg(outputPattern);
    if (match == Match::MustNotMatch && found)
        return tr("output matches \u201c%1\u201d, which it must not").arg(outputPattern);
    return QString();
}

} // namespace gl
