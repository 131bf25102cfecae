#pragma once
// How domain values are written into and read back from columns, the same for every backend:
// dates as ISO-8601 UTC with milliseconds, lists as compact JSON array text, enums as stable keys.

#include "domain/Release.h"

#include <QDate>
#include <QDateTime>
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

QString criterionKindKey(CriterionKind kind); // "go", "no_go"
std::optional<CriterionKind> criterionKindFromKey(const QString &key);

} // namespace gl::column
