#include "store/ColumnFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace gl::column {

QString dateTimeText(const QDateTime &when)
{
    if (!when.isValid())
        return QString();
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime dateTimeFromText(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : when;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFromText(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QString listText(const QStringList &list)
{
    return QString::fromUtf8(listUtf8(list));
}

QByteArray listUtf8(const QStringList &list)
{
    if (list.isEmpty())
        return QByteArrayLiteral("[]");
    // Importing 10,000 items writes 20,000 of these: QJsonDocument's allocations would be most of it.
    QByteArray out;
    out.reserve(2 + list.size() * 24);
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            out += ',';
        out += '"';
        const QString &s = list.at(i);
        const bool plain = std::none_of(s.cbegin(), s.cend(),
            [](QChar c) { return c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\'); });
        if (plain) {
            out += s.toUtf8();
        } else {
            QString escaped;
            escaped.reserve(s.size() + 8);
            for (QChar c : s) {
                switch (c.unicode()) {
                case '"':
                    escaped += QLatin1String("\\\"");
                    break;
                case '\\':
                    escaped += QLatin1String("\\\\");
                    break;
                case '\n':
                    escaped += QLatin1String("\\n");
                    break;
                case '\r':
                    escaped += QLatin1String("\\r");
                    break;
                case '\t':
                    escaped += QLatin1String("\\t");
                    break;
                default:
                    if (c.unicode() < 0x20)
                        escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
                    else
                        escaped += c;
                }
            }
            out += escaped.toUtf8();
        }
        out += '"';
    }
    out += ']';
    return out;
}

namespace {
// The lists we write are plain string arrays; reading them by hand keeps loading 10,000 items
// cheap. Anything unusual (escapes beyond the simple ones, other JSON values) goes to QJsonDocument.
std::optional<QStringList> parseSimpleList(QStringView text)
{
    QStringList out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto skipSpace = [&] {
        while (i < n && text[i].isSpace())
            ++i;
    };
    skipSpace();
    if (i >= n || text[i] != QLatin1Char('['))
        return std::nullopt;
    ++i;
    skipSpace();
    if (i < n && text[i] == QLatin1Char(']'))
        return out;
    while (i < n) {
        if (text[i] != QLatin1Char('"'))
            return std::nullopt;
        ++i;
        QString value;
        bool closed = false;
        while (i < n) {
            const QChar c = text[i++];
            if (c == QLatin1Char('"')) {
                closed = true;
                break;
            }
            if (c != QLatin1Char('\\')) {
                value.append(c);
                continue;
            }
            if (i >= n)
                return std::nullopt;
            const QChar e = text[i++];
            switch (e.unicode()) {
            case '"':
                value.append(QLatin1Char('"'));
                break;
            case '\\':
                value.append(QLatin1Char('\\'));
                break;
            case '/':
                value.append(QLatin1Char('/'));
                break;
            case 'n':
                value.append(QLatin1Char('\n'));
                break;
            case 't':
                value.append(QLatin1Char('\t'));
                break;
            case 'r':
                value.append(QLatin1Char('\r'));
                break;
            default:
                return std::nullopt; // \u, \b, \f: leave to the full parser
            }
        }
        if (!closed)
            return std::nullopt;
        out.append(value);
        skipSpace();
        if (i < n && text[i] == QLatin1Char(',')) {
            ++i;
            skipSpace();
            continue;
        }
        if (i < n && text[i] == QLatin1Char(']'))
            return out;
        return std::nullopt;
    }
    return std::nullopt;
}
} // namespace

QStringList listFromText(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("[]"))
        return {};
    if (std::optional<QStringList> simple = parseSimpleList(text))
        return *simple;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    QStringList out;
    if (!doc.isArray())
        return out;
    const QJsonArray array = doc.array();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

namespace {
const QLatin1String workingFolderKey("working_folder");
const QLatin1String timeoutKey("timeout_seconds");
const QLatin1String outputCapKey("output_cap");
const QLatin1String secretMarkersKey("secret_markers");
const QLatin1String envFileKey("env_file");

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isObject() ? doc.object() : QJsonObject();
}

QStringList stringsOf(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}
} // namespace

QJsonObject runSettingsJson(const RunSettings &s)
{
    return QJsonObject { { workingFolderKey, s.workingFolder }, { timeoutKey, s.timeoutSeconds },
        { outputCapKey, s.outputCap }, { secretMarkersKey, QJsonArray::fromStringList(s.secretMarkers) },
        { envFileKey, s.envFile } };
}

QString runSettingsText(const RunSettings &s)
{
    const RunSettings defaults;
    QJsonObject o;
    if (s.workingFolder != defaults.workingFolder)
        o.insert(workingFolderKey, s.workingFolder);
    if (s.timeoutSeconds != defaults.timeoutSeconds)
        o.insert(timeoutKey, s.timeoutSeconds);
    if (s.outputCap != defaults.outputCap)
        o.insert(outputCapKey, s.outputCap);
    if (s.secretMarkers != defaults.secretMarkers)
        o.insert(secretMarkersKey, QJsonArray::fromStringList(s.secretMarkers));
    if (s.envFile != defaults.envFile)
        o.insert(envFileKey, s.envFile);
    return compact(o);
}

RunSettings runSettingsFromText(const QString &text)
{
    RunSettings s;
    if (text.isEmpty() || text == QLatin1String("{}"))
        return s;
    const QJsonObject o = objectFromText(text);
    if (const QJsonValue v = o.value(workingFolderKey); v.isString())
        s.workingFolder = v.toString();
    if (const QJsonValue v = o.value(timeoutKey); v.isDouble())
        s.timeoutSeconds = v.toInt(s.timeoutSeconds);
    if (const QJsonValue v = o.value(outputCapKey); v.isDouble())
        s.outputCap = v.toInteger(s.outputCap);
    if (const QJsonValue v = o.value(secretMarkersKey); v.isArray())
        s.secretMarkers = stringsOf(v.toArray());
    if (const QJsonValue v = o.value(envFileKey); v.isString())
        s.envFile = v.toString();
    return s;
}

QJsonValue probeJson(const std::optional<Probe> &probe)
{
    if (!probe)
        return QJsonValue(QJsonValue::Null);
    return probeObject(*probe);
}

QString probeText(const std::optional<Probe> &probe)
{
    return probe ? compact(probeJson(probe).toObject()) : QString();
}

std::optional<Probe> probeFromText(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Probe p;
    p.method = o.value(QLatin1String("method")).toString(p.method);
    p.url = o.value(QLatin1String("url")).toString();
    p.expectedStatus = o.value(QLatin1String("expected_status")).toInt(p.expectedStatus);
    p.maxLatencyMs = o.value(QLatin1String("max_latency_ms")).toInt(p.maxLatencyMs);
    p.bodyContains = o.value(QLatin1String("body_contains")).toString();
    p.timeoutMs = o.value(QLatin1String("timeout_ms")).toInt(p.timeoutMs);
    return p;
}

QString criterionKindKey(CriterionKind kind)
{
    return kind == CriterionKind::Go ? QStringLiteral("go") : QStringLiteral("no_go");
}

std::optional<CriterionKind> criterionKindFromKey(const QString &key)
{
    if (key == QLatin1String("go"))
        return CriterionKind::Go;
    if (key == QLatin1String("no_go"))
        return CriterionKind::NoGo;
    return std::nullopt;
}

} // namespace gl::column
