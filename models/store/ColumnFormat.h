#pragma once
// How domain values are written into and read back from columns, the same for every backend:
// dates as ISO-8601 UTC with milliseconds, lists as compact JSON array text, enums as stable keys.

#include "domain/Release.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace gl::column {

// For NOT NULL text columns: QtSql binds a null QString as SQL NULL, an empty one as ''.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}
// For nullable text columns: empty text is stored as NULL.
inline QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QString dateTimeText(const QDateTime &when); // "2024-05-01T09:30:00.123Z"; empty when invalid
QDateTime dateTimeFromText(const QString &text); // invalid for empty text
QString dateText(const QDate &date); // "2024-05-01"; empty when invalid
QDate dateFromText(const QString &text);

QString listText(const QStringList &list); // ["a","b"]; [] for an empty list
QByteArray listUtf8(const QStringList &list); // the same text as UTF-8, built without QJsonDocument
QStringList listFromText(const QString &text); // tolerant: anything but a JSON array is empty

// A release's run settings as compact JSON with only the keys that differ from the defaults
// ("{}" for all defaults), so a release that never chose a value follows the defaults of the build
// that reads it. Keys: working_folder, timeout_seconds, output_cap, secret_markers, env_file.
QString runSettingsText(const RunSettings &settings);
// Tolerant: a missing key, a value of the wrong type or text that is not an object gives the default.
RunSettings runSettingsFromText(const QString &text);
// The same keys, every one present: what the audit log records.
QJsonObject runSettingsJson(const RunSettings &settings);

// An item's probe as compact JSON {method, url, expected_status, max_latency_ms, body_contains,
// timeout_ms}; empty (stored as NULL) for an item without a probe.
QString probeText(const std::optional<Probe> &probe);
QJsonValue probeJson(const std::optional<Probe> &probe); // the object, or null
std::optional<Probe> probeFromText(const QString &text); // none for empty text or a non-object

QString criterionKindKey(CriterionKind kind); // "go", "no_go"
std::optional<CriterionKind> criterionKindFromKey(const QString &key);

} // namespace gl::column
