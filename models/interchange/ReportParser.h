#pragma once
// Reads the figures a metric can be bound to out of evidence reports: JUnit XML, coverage
// (Istanbul/Vitest coverage-summary.json, Cobertura XML, lcov .info), npm audit JSON and SARIF.
//
// Every input is hostile until read: larger than maxInputBytes is refused; XML goes through
// QXmlStreamReader with any DOCTYPE that declares anything refused (so no internal or external
// entity ever expands; only a bare <!DOCTYPE coverage SYSTEM "http://..."> as Cobertura writers
// emit passes, and is never fetched), unresolved entity references refused, at most
// ReportLimits::maxDepth nested elements and ReportLimits::maxXmlElements elements; JSON nesting and
// the number of objects and arrays (ReportLimits::maxJsonContainers) are checked by a scan that
// respects strings before Qt parses it; lcov lines and records are capped. A number that is NaN,
// infinite, negative where a count is expected, or a percentage outside 0..100 is an error naming the
// field. Every error names the file and, where there is one, the line ("coverage.xml:12: ..."). A
// file of the wrong kind (JUnit read as coverage) is an error, never a set of zeros.
//
// Fields (stable ids; percentages 0..100 at full double precision, counts whole numbers):
//   junit      tests, failures, errors, skipped, passed, pass_rate = passed / (tests - skipped) * 100
//              (absent when tests - skipped is 0). <testcase> elements are counted, each once:
//              error before failure before skipped. Count attributes are used only when the file
//              has no <testcase> at all (see ReportJUnit.h).
//   coverage   lines always; branches, functions, statements when the format has them.
//              Istanbul/Vitest: total.<kind>.pct ("Unknown" is absent); Cobertura: line-rate and
//              branch-rate of <coverage> times 100; lcov: LH/LF, BRH/BRF, FNH/FNF summed over records.
//   npm-audit  critical, high, medium (npm's "moderate"), low, info, total, critical_high.
//   sarif      critical, high, medium, low, total, critical_high over every run's results. A result
//              whose level is "none" (given, or by default because its kind is not "fail") is not a
//              finding and is not counted. Otherwise a numeric security-severity (the result's
//              properties, else its rule's, the rule found by ruleIndex, else ruleId) decides:
//              >= 9.0 critical, >= 7.0 high, >= 4.0 medium, > 0 low; with none (or 0) the level
//              decides: error high, warning medium, note low. The level is the result's, else its
//              rule's defaultConfiguration.level, else "warning".

#include "domain/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace gl {

struct ReportFigures {
    QString parser;                 // "junit", "coverage", "npm-audit", "sarif"
    QString format;                 // "junit-xml", "istanbul-json", "cobertura-xml", "lcov", "npm-audit-json", "sarif-json"
    QMap<QString, double> fields;   // the fields this file gives, e.g. {"lines": 71.3}
};

class ReportParser final {
    Q_DECLARE_TR_FUNCTIONS(ReportParser)
public:
    static constexpr qint64 maxInputBytes = qint64(64) * 1024 * 1024;  // larger input is refused
    static constexpr qsizetype recogniseBytes = 64 * 1024;             // recognise() needs no more

    static QStringList parsers();                                  // {"junit", "coverage", "npm-audit", "sarif"}
    static QStringList fields(const QString &parser);              // every field id the parser can give
    static QString fieldLabel(const QString &parser, const QString &field);  // translated, for the GUI
    static QString parserLabel(const QString &parser);             // translated: "JUnit test results"
    // Which parser reads this content: by content first (the first 64 KiB are enough), the file name
    // only as a hint; empty when none.
    static QString recognise(QByteArrayView head, const QString &fileName);
    // Reads content with the given parser (empty: recognise() first). fileName names the source in
    // errors ("coverage.xml:12: ..."): every error names the file and, where there is one, the line.
    static Result<ReportFigures> read(const QString &parser, QByteArrayView content, const QString &fileName);
};

} // namespace gl
