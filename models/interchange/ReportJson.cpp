#include "interchange/ReportJson.h"

#include "interchange/ReportChecks.h"
#include "interchange/ReportLimits.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace gl {

namespace {

// A forward reader over JSON text that is already known to be valid, used only to find where a
// value starts. Nesting was checked before, so nothing here can run deep.
class Cursor {
public:
    explicit Cursor(QByteArrayView text, qsizetype at) : m_text(text), m_at(at) {}
    qsizetype at() const { return m_at; }
    bool atEnd() const { return m_at >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_at]; }
    bool take(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_at;
        return true;
    }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_at;
    }
    // The raw bytes of a string literal, quotes excluded; the cursor ends after the closing quote.
    QByteArrayView string()
    {
        skipSpace();
        if (peek() != '"')
            return {};
        const qsizetype begin = ++m_at;
        while (!atEnd() && peek() != '"')
            m_at += peek() == '\\' ? 2 : 1;
        const QByteArrayView raw = m_text.sliced(begin, qMin(m_at, m_text.size()) - begin);
        ++m_at;
        return raw;
    }
    void skipValue()
    {
        skipSpace();
        const char c = peek();
        if (c == '"') {
            string();
        } else if (c == '{' || c == '[') {
            int depth = 0;
            while (!atEnd()) {
                const char d = peek();
                if (d == '"') {
                    string();
                    continue;
                }
                ++m_at;
                if (d == '{' || d == '[')
                    ++depth;
                else if ((d == '}' || d == ']') && --depth == 0)
                    return;
            }
        } else {
            while (!atEnd() && !QByteArrayView(",]} \t\r\n").contains(peek()))
                ++m_at;
        }
    }

private:
    QByteArrayView m_text;
    qsizetype m_at;
};

bool keyMatches(QByteArrayView raw, const QString &key)
{
    if (!raw.contains('\\'))
        return raw == key.toUtf8();
    const QByteArray literal = "[\"" + raw.toByteArray() + "\"]";
    return QJsonDocument::fromJson(literal).array().at(0).toString() == key;
}

} // namespace

ReportJson::Path ReportJson::Path::key(const QString &name) const
{
    Path p = *this;
    p.m_steps.append(Step{name, -1});
    return p;
}

ReportJson::Path ReportJson::Path::index(qsizetype at) const
{
    Path p = *this;
    p.m_steps.append(Step{QString(), at});
    return p;
}

QString ReportJson::Path::text() const
{
    QString out;
    for (const Step &step : m_steps) {
        if (step.index >= 0) {
            out += QLatin1Char('[') + QString::number(step.index) + QLatin1Char(']');
        } else {
            if (!out.isEmpty())
                out += QLatin1Char('.');
            out += step.key;
        }
    }
    return out;
}

ReportJson::ReportJson(QByteArrayView content, const QString &fileName, QJsonObject root)
    : m_content(content)
    , m_fileName(fileName)
    , m_root(std::move(root))
{
}

Result<ReportJson> ReportJson::parse(QByteArrayView content, const QString &fileName)
{
    // Qt has its own nesting limit, but its parser and every value it builds would recurse first; a
    // flat scan that skips strings stops 10,000-deep input before any of that, and input that would
    // build millions of objects (see ReportLimits::maxJsonContainers).
    int depth = 0;
    qint64 containers = 0;
    bool inString = false;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const char c = content[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > ReportLimits::maxDepth)
                return ReportChecks::errorAt(fileName, ReportChecks::lineAtOffset(content, i),
                    tr("objects and arrays nest deeper than %1 levels").arg(ReportLimits::maxDepth));
            if (++containers > ReportLimits::maxJsonContainers)
                return ReportChecks::errorAt(fileName, ReportChecks::lineAtOffset(content, i),
                    tr("more than %1 objects and arrays").arg(ReportLimits::maxJsonContainers));
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }

    QJsonParseError parseError;
    const QByteArray bytes = QByteArray::fromRawData(content.data(), content.size());
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ReportChecks::errorAt(fileName, ReportChecks::lineAtOffset(content, parseError.offset),
            tr("not valid JSON: %1").arg(parseError.errorString()));
    if (!document.isObject())
        return ReportChecks::errorAt(fileName, ReportChecks::lineAtOffset(content, ReportChecks::firstSignificantByte(content)),
            tr("the report is a JSON array, not an object"));
    return ReportJson(content, fileName, document.object());
}

qint64 ReportJson::offsetOf(const Path &path) const
{
    Cursor cursor(m_content, ReportChecks::firstSignificantByte(m_content));
    for (const Path::Step &step : path.m_steps) {
        if (step.index >= 0) {
            if (!cursor.take('['))
                return -1;
            for (qsizetype i = 0; i < step.index; ++i) {
                cursor.skipValue();
                if (!cursor.take(','))
                    return -1;
            }
            cursor.skipSpace();
            continue;
        }
        if (!cursor.take('{'))
            return -1;
        // Qt keeps the last of duplicate keys, so the line named is the last one's too.
        qsizetype found = -1;
        while (true) {
            cursor.skipSpace();
            if (cursor.peek() != '"')
                break;
            const QByteArrayView raw = cursor.string();
            if (!cursor.take(':'))
                return -1;
            cursor.skipSpace();
            if (keyMatches(raw, step.key))
                found = cursor.at();
            cursor.skipValue();
            if (!cursor.take(','))
                break;
        }
        if (found < 0)
            return -1;
        cursor = Cursor(m_content, found);
    }
    return cursor.at();
}

Error ReportJson::errorAt(const Path &path, const QString &message) const
{
    Path nearest = path;
    qint64 offset = offsetOf(nearest);
    while (offset < 0 && !nearest.m_steps.isEmpty()) {
        nearest.m_steps.removeLast();
        offset = offsetOf(nearest);
    }
    return ReportChecks::errorAt(m_fileName, ReportChecks::lineAtOffset(m_content, qMax(offset, qint64(0))), message);
}

Result<QJsonObject> ReportJson::object(const QJsonValue &value, const Path &path) const
{
    if (!value.isObject())
        return errorAt(path, tr("%1 is not a JSON object").arg(path.text()));
    return value.toObject();
}

Result<QJsonArray> ReportJson::array(const QJsonValue &value, const Path &path) const
{
    if (!value.isArray())
        return errorAt(path, tr("%1 is not a JSON array").arg(path.text()));
    return value.toArray();
}

Result<double> ReportJson::count(const QJsonValue &value, const Path &path) const
{
    if (!value.isDouble())
        return errorAt(path, tr("%1 is not a number").arg(path.text()));
    const QString problem = ReportChecks::countProblem(path.text(), value.toDouble());
    if (!problem.isEmpty())
        return errorAt(path, problem);
    return value.toDouble();
}

Result<double> ReportJson::number(const QJsonValue &value, const Path &path, double max) const
{
    if (!value.isDouble())
        return errorAt(path, tr("%1 is not a number").arg(path.text()));
    const QString problem = ReportChecks::rangeProblem(path.text(), value.toDouble(), max);
    if (!problem.isEmpty())
        return errorAt(path, problem);
    return value.toDouble();
}

} // namespace gl
