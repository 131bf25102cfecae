#include "interchange/ReportChecks.h"

#include "interchange/ReportLimits.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace gl::ReportChecks {

namespace {
// Shows a bad number the way the file most likely wrote it.
QString shown(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("infinity") : QStringLiteral("-infinity");
    // The shortest text that reads back as the same double: 0.1 stays "0.1", not 0.10000000000000001.
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}
} // namespace

Error errorAt(const QString &fileName, qint64 line, const QString &message)
{
    if (line > 0)
        return makeError(ErrorCode::Invalid, fileName + QLatin1Char(':') + QString::number(line) + QLatin1String(": ") + message);
    return makeError(ErrorCode::Invalid, fileName + QLatin1String(": ") + message);
}

qint64 lineAtOffset(QByteArrayView content, qint64 offset)
{
    const qint64 end = qBound(qint64(0), offset, qint64(content.size()));
    return 1 + content.first(end).count('\n');
}

QString countProblem(const QString &field, double value)
{
    if (!std::isfinite(value) || value < 0 || std::floor(value) != value)
        return QCoreApplication::translate("ReportParser", "%1 is %2, not a count (a whole number, 0 or more)").arg(field, shown(value));
    if (value > ReportLimits::maxCount)
        return QCoreApplication::translate("ReportParser", "%1 is %2, too large to be a count").arg(field, shown(value));
    return {};
}

QString rangeProblem(const QString &field, double value, double max)
{
    if (!std::isfinite(value) || value < 0 || value > max)
        return QCoreApplication::translate("ReportParser", "%1 is %2, outside 0..%3").arg(field, shown(value), QString::number(max));
    return {};
}

std::optional<double> numberFromText(QStringView text)
{
    bool ok = false;
    const QStringView trimmed = text.trimmed();
    const double value = trimmed.toDouble(&ok);
    if (ok)
        return value;
    // QStringView::toDouble() reports overflow (1e999) as a failure; it is a number, only too large.
    if (std::isinf(value))
        return value;
    return std::nullopt;
}

qsizetype firstSignificantByte(QByteArrayView content)
{
    qsizetype at = content.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (at < content.size()) {
        const char c = content[at];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        ++at;
    }
    return at;
}

} // namespace gl::ReportChecks
