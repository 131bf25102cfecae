#pragma once
// What the report parsers share: an error that names the file and line, and the checks every
// number read from a report passes before it becomes a field.

#include "domain/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <optional>

namespace gl::ReportChecks {

// "coverage.xml:12: message", or "coverage.xml: message" when line is 0 or less.
Error errorAt(const QString &fileName, qint64 line, const QString &message);

// 1-based line of a byte offset (clamped to the content).
qint64 lineAtOffset(QByteArrayView content, qint64 offset);

// Empty when value is a count (a whole number, 0 or more, finite); otherwise why not, naming field.
QString countProblem(const QString &field, double value);
// Empty when value is a finite number in 0..max; otherwise why not, naming field.
QString rangeProblem(const QString &field, double value, double max);

// Parses a number written as text (an XML attribute, a JSON string); nullopt when it is not one.
// Infinite and NaN spellings parse, so that the range checks name them.
std::optional<double> numberFromText(QStringView text);

// Skips a UTF-8 byte order mark and white space; the offset of the first other byte.
qsizetype firstSignificantByte(QByteArrayView content);

} // namespace gl::ReportChecks
