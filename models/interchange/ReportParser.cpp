#include "interchange/ReportParser.h"

#include "interchange/ReportChecks.h"
#include "interchange/ReportCoverage.h"
#include "interchange/ReportJUnit.h"
#include "interchange/ReportNpmAudit.h"
#include "interchange/ReportSarif.h"

#include <QXmlStreamReader>

namespace gl {

namespace {

const QString junit = QStringLiteral("junit");
const QString coverage = QStringLiteral("coverage");
const QString npmAudit = QStringLiteral("npm-audit");
const QString sarif = QStringLiteral("sarif");

// What the top of a JSON document says about itself, read from a head that may end anywhere.
struct JsonHead {
    QStringList keys;        // keys of the top-level object, in order
    QStringList totalKeys;   // keys of the object under the top-level "total"
    QString version;         // the top-level "version" and "$schema" when they are strings
    QString schema;
};

// A tolerant scan (the head is usually cut mid-document) that only follows strings and brackets.
JsonHead scanJsonHead(QByteArrayView head)
{
    JsonHead out;
    QVarLengthArray<char, 16> stack;
    bool expectKey = false;
    QString topKey;          // the top-level key whose value is being read
    QString keyJustRead;     // a top-level key waiting for its value
    for (qsizetype i = ReportChecks::firstSignificantByte(head); i < head.size(); ++i) {
        const char c = head[i];
        if (c == '"') {
            const qsizetype begin = ++i;
            while (i < head.size() && head[i] != '"')
                i += head[i] == '\\' ? 2 : 1;
            if (i >= head.size())
                break;
            const QString text = QString::fromUtf8(head.sliced(begin, i - begin));
            if (!stack.isEmpty() && stack.back() == '{' && expectKey) {
                if (stack.size() == 1) {
                    out.keys.append(text);
                    topKey = keyJustRead = text;
                } else if (stack.size() == 2 && stack[1] == '{' && topKey == QLatin1String("total")) {
                    out.totalKeys.append(text);
                }
                expectKey = false;
            } else if (stack.size() == 1 && !keyJustRead.isEmpty()) {
                if (keyJustRead == QLatin1String("version"))
                    out.version = text;
                else if (keyJustRead == QLatin1String("$schema"))
                    out.schema = text;
                keyJustRead.clear();
            }
        } else if (c == '{' || c == '[') {
            if (stack.size() >= 64)
                break;   // deep enough to have seen what matters
            stack.append(c);
            expectKey = c == '{';
            keyJustRead.clear();
        } else if (c == '}' || c == ']') {
            if (stack.isEmpty())
                break;
            stack.removeLast();
            expectKey = false;
        } else if (c == ',') {
            expectKey = !stack.isEmpty() && stack.back() == '{';
            if (stack.size() == 1)
                keyJustRead.clear();
        }
    }
    return out;
}

QString recogniseJson(QByteArrayView head, const QString &fileName)
{
    const JsonHead top = scanJsonHead(head);
    const auto has = [&top](const char *key) { return top.keys.contains(QLatin1String(key)); };
    if (has("runs") && (top.version.startsWith(QLatin1String("2.")) || top.schema.contains(QLatin1String("sarif"), Qt::CaseInsensitive)))
        return sarif;
    if (has("auditReportVersion") || has("advisories") || (has("vulnerabilities") && has("metadata")))
        return npmAudit;
    if (has("total") && top.totalKeys.contains(QLatin1String("lines")))
        return coverage;
    // npm 6 writes "actions" first, and they can fill the whole head; then the name decides.
    const bool auditName = fileName.contains(QLatin1String("audit"), Qt::CaseInsensitive);
    if (auditName && !top.keys.isEmpty() && (top.keys.first() == QLatin1String("actions") || has("vulnerabilities")))
        return npmAudit;
    return {};
}

QString recogniseXml(QByteArrayView head)
{
    // Only the prologue and the root's start tag are read: a DTD is parsed but nothing in it is
    // expanded before the root element, and read() refuses it anyway.
    QXmlStreamReader reader(QByteArray::fromRawData(head.data(), head.size()));
    for (int tokens = 0; tokens < 1000 && !reader.atEnd(); ++tokens) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::Invalid)
            return {};
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView root = reader.name();
        if (root == u"testsuites" || root == u"testsuite")
            return junit;
        if (root == u"coverage" && reader.attributes().hasAttribute(QStringLiteral("line-rate")))
            return coverage;
        return {};
    }
    return {};
}

QString recogniseLcov(QByteArrayView head)
{
    bool first = true;
    bool sawSourceFile = false;
    qsizetype at = ReportChecks::firstSignificantByte(head);
    while (at < head.size()) {
        qsizetype end = head.indexOf('\n', at);
        if (end < 0)
            end = head.size();
        const QByteArrayView line = head.sliced(at, end - at).trimmed();
        at = end + 1;
        if (line.isEmpty())
            continue;
        if (first && !line.startsWith("TN:") && !line.startsWith("SF:") && !line.startsWith("VER:"))
            return {};
        first = false;
        if (line.startsWith("SF:")) {
            sawSourceFile = true;
            break;
        }
    }
    return sawSourceFile ? coverage : QString();
}

} // namespace

QStringList ReportParser::parsers()
{
    return {junit, coverage, npmAudit, sarif};
}

QStringList ReportParser::fields(const QString &parser)
{
    if (parser == junit)
        return {QStringLiteral("tests"), QStringLiteral("failures"), QStringLiteral("errors"), QStringLiteral("skipped"),
            QStringLiteral("passed"), QStringLiteral("pass_rate")};
    if (parser == coverage)
        return {QStringLiteral("lines"), QStringLiteral("branches"), QStringLiteral("functions"), QStringLiteral("statements")};
    if (parser == npmAudit)
        return {QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low"),
            QStringLiteral("info"), QStringLiteral("total"), QStringLiteral("critical_high")};
    if (parser == sarif)
        return {QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low"),
            QStringLiteral("total"), QStringLiteral("critical_high")};
    return {};
}

QString ReportParser::parserLabel(const QString &parser)
{
    if (parser == junit)
        return tr("JUnit test results");
    if (parser == coverage)
        return tr("Coverage (Istanbul, Vitest, Cobertura, lcov)");
    if (parser == npmAudit)
        return tr("npm audit");
    if (parser == sarif)
        return tr("SARIF findings");
    return {};
}

QString ReportParser::fieldLabel(const QString &parser, const QString &field)
{
    if (!fields(parser).contains(field))
        return {};
    if (parser == junit) {
        if (field == QLatin1String("tests"))
            return tr("Tests");
        if (field == QLatin1String("failures"))
            return tr("Failures");
        if (field == QLatin1String("errors"))
            return tr("Errors");
        if (field == QLatin1String("skipped"))
            return tr("Skipped");
        if (field == QLatin1String("passed"))
            return tr("Passed");
        return tr("Pass rate (%)");
    }
    if (parser == coverage) {
        if (field == QLatin1String("lines"))
            return tr("Line coverage (%)");
        if (field == QLatin1String("branches"))
            return tr("Branch coverage (%)");
        if (field == QLatin1String("functions"))
            return tr("Function coverage (%)");
        return tr("Statement coverage (%)");
    }
    // npm-audit and sarif share their severity fields.
    if (field == QLatin1String("critical"))
        return tr("Critical findings");
    if (field == QLatin1String("high"))
        return tr("High findings");
    if (field == QLatin1String("medium"))
        return parser == npmAudit ? tr("Moderate findings") : tr("Medium findings");
    if (field == QLatin1String("low"))
        return tr("Low findings");
    if (field == QLatin1String("info"))
        return tr("Informational findings");
    if (field == QLatin1String("total"))
        return tr("All findings");
    return tr("Critical plus high findings");
}

QString ReportParser::recognise(QByteArrayView head, const QString &fileName)
{
    head = head.first(qMin(head.size(), recogniseBytes));
    const qsizetype first = ReportChecks::firstSignificantByte(head);
    if (first >= head.size())
        return {};
    switch (head[first]) {
    case '<':
        return recogniseXml(head);
    case '{':
        return recogniseJson(head, fileName);
    default:
        return recogniseLcov(head);
    }
}

Result<ReportFigures> ReportParser::read(const QString &parser, QByteArrayView content, const QString &fileName)
{
    if (content.size() > maxInputBytes)
        return ReportChecks::errorAt(fileName, 0,
            tr("the file is %1 bytes; reports larger than %2 MiB are refused")
                .arg(content.size())
                .arg(maxInputBytes / (1024 * 1024)));
    const QString chosen = parser.isEmpty() ? recognise(content, fileName) : parser;
    if (chosen.isEmpty())
        return ReportChecks::errorAt(fileName, 0,
            tr("not a report Greenlight can read (JUnit XML, coverage-summary.json, Cobertura XML, lcov, "
               "npm audit JSON, SARIF)"));
    if (!parsers().contains(chosen))
        return makeError(ErrorCode::NotFound, tr("unknown report parser \"%1\"; known: %2")
                                                  .arg(chosen, parsers().join(QLatin1String(", "))));

    Result<ReportFigures> figures = chosen == junit ? ReportJUnit::read(content, fileName)
        : chosen == coverage                        ? ReportCoverage::read(content, fileName)
        : chosen == npmAudit                        ? ReportNpmAudit::read(content, fileName)
                                                    : ReportSarif::read(content, fileName);
    if (figures.ok())
        return figures;
    // A report of another kind fails with an error about its shape; say what it looks like instead.
    const QString looksLike = recognise(content, fileName);
    if (!looksLike.isEmpty() && looksLike != chosen)
        return makeError(figures.error().code, tr("%1 (this looks like %2: read it with the %3 parser)")
                                                  .arg(figures.error().message, parserLabel(looksLike), looksLike));
    return figures;
}

} // namespace gl
