#pragma once
// Canonical JSON (issue 5): the same bytes for the same value on every machine, locale and Qt
// build, so a hash of them can be signed. Object keys sorted by their UTF-8 bytes, no whitespace,
// strings as UTF-8 with only '"', '\\' and control characters escaped (\b \f \n \r \t, others
// \u00XX), integers up to 2^53 as integers, other numbers in their shortest round-trip form
// (std::to_chars: never a locale's decimal comma), non-finite numbers as null. This is RFC 8785
// (JCS) for everything Greenlight writes.

#include <QByteArray>
#include <QJsonValue>

namespace gl {

QByteArray canonicalJson(const QJsonValue &value);

} // namespace gl
