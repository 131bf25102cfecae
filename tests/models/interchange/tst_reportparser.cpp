// Report parsers on realistic reports: every figure each fixture in tests/data/reports gives, exactly,
// the format it was read as, recognition by content whatever the file is called, and the rules in
// ReportParser.h that decide a figure (which JUnit counts win, npm's summary over its entries, how a
// SARIF result gets its severity).

#include "interchange/ReportParser.h"

#include <QFile>
#include <QTest>

using namespace gl;

using Fields = QMap<QString, double>;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(GREENLIGHT_TEST_DATA "/reports/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// Fails the test unless figures holds exactly the expected fields (none more, none fewer), each equal
// to its expected value to the last few bits of a double.
void compareFields(const ReportFigures &figures, const Fields &expected)
{
    QCOMPARE(figures.fields.keys(), expected.keys());
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        const double got = figures.fields.value(it.key());
        if (!qFuzzyCompare(got, it.value()) && !(got == 0 && it.value() == 0))
            QFAIL(qPrintable(QStringLiteral("%1 is %2, expected %3")
                                 .arg(it.key(), QString::number(got, 'g', 17), QString::number(it.value(), 'g', 17))));
    }
}

// Reads inline content that must parse; the figures, or a failure naming the error.
ReportFigures mustRead(const QString &parser, const QByteArray &content, const QString &name = QStringLiteral("inline.txt"))
{
    Result<ReportFigures> figures = ReportParser::read(parser, content, name);
    if (!figures) {
        QTest::qFail(qPrintable(figures.error().message), __FILE__, __LINE__);
        return {};
    }
    return *figures;
}

} // namespace

class TestReportParser final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsersAndFields();
    void labels();

    void readsFixture_data();
    void readsFixture();
    void recognisesFixture_data();
    void recognisesFixture();
    void recognisesNothingElse_data();
    void recognisesNothingElse();
    void npm6ActionsFillTheHead();

    void junitCountsTestCasesOverAttributes();
    void junitAttributesWhenNoTestCases_data();
    void junitAttributesWhenNoTestCases();
    void junitNoPassRateWhenNothingRan();
    void junitNestedSuitesCountEachCaseOnce();

    void istanbulUnknownIsAbsent();
    void istanbulUnknownLinesIsAnError();
    void coberturaWithoutBranches();
    void coberturaNothingMeasured();
    void lcovCountsFromDaAndBrda();
    void lcovCrlfAndBom();

    void npm6WithoutSummaryCountsAdvisories();
    void npm7CleanAudit();
    void npmErrorObject();
    void npmUnknownSeverity();

    void sarifEmptyRuns();
    void sarifExtensionsAndHierarchicalIds();
    void sarifResultSeverityOverridesRule();
    void sarifRuleIndexOutOfRange();
    void sarifUnsupportedVersion();
    void sarifMalformedResults_data();
    void sarifMalformedResults();
    void sarifUnknownComponentIsTheDriver();

    void unknownParser();
};

void TestReportParser::parsersAndFields()
{
    QCOMPARE(ReportParser::parsers(),
        (QStringList{QStringLiteral("junit"), QStringLiteral("coverage"), QStringLiteral("npm-audit"), QStringLiteral("sarif")}));
    QCOMPARE(ReportParser::fields(QStringLiteral("junit")),
        (QStringList{QStringLiteral("tests"), QStringLiteral("failures"), QStringLiteral("errors"), QStringLiteral("skipped"),
            QStringLiteral("passed"), QStringLiteral("pass_rate")}));
    QCOMPARE(ReportParser::fields(QStringLiteral("coverage")),
        (QStringList{QStringLiteral("lines"), QStringLiteral("branches"), QStringLiteral("functions"), QStringLiteral("statements")}));
    QCOMPARE(ReportParser::fields(QStringLiteral("npm-audit")),
        (QStringList{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low"),
            QStringLiteral("info"), QStringLiteral("total"), QStringLiteral("critical_high")}));
    QCOMPARE(ReportParser::fields(QStringLiteral("sarif")),
        (QStringList{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low"),
            QStringLiteral("total"), QStringLiteral("critical_high")}));
    QVERIFY(ReportParser::fields(QStringLiteral("jacoco")).isEmpty());
    QVERIFY(ReportParser::fields(QString()).isEmpty());
}

void TestReportParser::labels()
{
    QCOMPARE(ReportParser::parserLabel(QStringLiteral("junit")), QStringLiteral("JUnit test results"));
    QCOMPARE(ReportParser::parserLabel(QStringLiteral("sarif")), QStringLiteral("SARIF findings"));
    QCOMPARE(ReportParser::parserLabel(QStringLiteral("nope")), QString());
    QCOMPARE(ReportParser::fieldLabel(QStringLiteral("coverage"), QStringLiteral("lines")), QStringLiteral("Line coverage (%)"));
    QCOMPARE(ReportParser::fieldLabel(QStringLiteral("junit"), QStringLiteral("pass_rate")), QStringLiteral("Pass rate (%)"));
    QCOMPARE(ReportParser::fieldLabel(QStringLiteral("npm-audit"), QStringLiteral("medium")), QStringLiteral("Moderate findings"));
    QCOMPARE(ReportParser::fieldLabel(QStringLiteral("sarif"), QStringLiteral("medium")), QStringLiteral("Medium findings"));
    QCOMPARE(ReportParser::fieldLabel(QStringLiteral("sarif"), QStringLiteral("critical_high")),
        QStringLiteral("Critical plus high findings"));
    // A field another parser has is no field of this one.
    QCOMPARE(ReportParser::fieldLabel(QStringLiteral("sarif"), QStringLiteral("info")), QString());
    QCOMPARE(ReportParser::fieldLabel(QStringLiteral("coverage"), QStringLiteral("tests")), QString());
    // Every field of every parser has its own label.
    for (const QString &parser : ReportParser::parsers()) {
        QVERIFY(!ReportParser::parserLabel(parser).isEmpty());
        QStringList seen;
        for (const QString &field : ReportParser::fields(parser)) {
            const QString label = ReportParser::fieldLabel(parser, field);
            QVERIFY2(!label.isEmpty() && !seen.contains(label), qPrintable(parser + QLatin1Char('.') + field));
            seen.append(label);
        }
    }
}

void TestReportParser::readsFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QString>("format");
    QTest::addColumn<Fields>("expected");

    // 13 cases: 2 errors (one has a failure too), 2 failures (one also skipped), 2 skipped, 7 passed.
    QTest::newRow("vitest junit") << QStringLiteral("junit-vitest.xml") << QStringLiteral("junit") << QStringLiteral("junit-xml")
                                  << Fields{{QStringLiteral("tests"), 13}, {QStringLiteral("failures"), 2},
                                         {QStringLiteral("errors"), 2}, {QStringLiteral("skipped"), 2},
                                         {QStringLiteral("passed"), 7}, {QStringLiteral("pass_rate"), 7.0 / 11.0 * 100.0}};
    QTest::newRow("surefire junit") << QStringLiteral("TEST-org.example.gate.ReleaseGateTest.xml") << QStringLiteral("junit")
                                    << QStringLiteral("junit-xml")
                                    << Fields{{QStringLiteral("tests"), 7}, {QStringLiteral("failures"), 1},
                                           {QStringLiteral("errors"), 1}, {QStringLiteral("skipped"), 1},
                                           {QStringLiteral("passed"), 4}, {QStringLiteral("pass_rate"), 4.0 / 6.0 * 100.0}};
    QTest::newRow("istanbul summary") << QStringLiteral("coverage-summary.json") << QStringLiteral("coverage")
                                      << QStringLiteral("istanbul-json")
                                      << Fields{{QStringLiteral("lines"), 71.3}, {QStringLiteral("statements"), 70.77},
                                             {QStringLiteral("functions"), 71.67}, {QStringLiteral("branches"), 62.14}};
    QTest::newRow("istanbul cobertura") << QStringLiteral("cobertura-coverage.xml") << QStringLiteral("coverage")
                                        << QStringLiteral("cobertura-xml")
                                        << Fields{{QStringLiteral("lines"), 71.3}, {QStringLiteral("branches"), 62.13}};
    QTest::newRow("coverage.py cobertura") << QStringLiteral("coverage.xml") << QStringLiteral("coverage")
                                           << QStringLiteral("cobertura-xml") << Fields{{QStringLiteral("lines"), 66.79}};
    // LH/LF 6/10 + 4/5 + 3/4 counted from DA; BRH/BRF 3/4 + 1/2 + 1/2 counted from BRDA; FNH/FNF 2/3 + 1/1.
    QTest::newRow("lcov") << QStringLiteral("lcov.info") << QStringLiteral("coverage") << QStringLiteral("lcov")
                          << Fields{{QStringLiteral("lines"), 13.0 / 19.0 * 100.0}, {QStringLiteral("branches"), 62.5},
                                 {QStringLiteral("functions"), 75}};
    // npm 6 counts paths in its summary: 1 critical, 3 high paths, 1 moderate, 2 low paths.
    QTest::newRow("npm 6 audit") << QStringLiteral("npm6-audit.json") << QStringLiteral("npm-audit") << QStringLiteral("npm-audit-json")
                                 << Fields{{QStringLiteral("critical"), 1}, {QStringLiteral("high"), 3}, {QStringLiteral("medium"), 1},
                                        {QStringLiteral("low"), 2}, {QStringLiteral("info"), 0}, {QStringLiteral("total"), 7},
                                        {QStringLiteral("critical_high"), 4}};
    QTest::newRow("npm 7 audit") << QStringLiteral("npm-audit.json") << QStringLiteral("npm-audit") << QStringLiteral("npm-audit-json")
                                 << Fields{{QStringLiteral("critical"), 1}, {QStringLiteral("high"), 2}, {QStringLiteral("medium"), 2},
                                        {QStringLiteral("low"), 1}, {QStringLiteral("info"), 0}, {QStringLiteral("total"), 6},
                                        {QStringLiteral("critical_high"), 3}};
    // CodeQL: critical 9.3, high 8.8, medium 5.0, low twice by level (note, default note); a "pass" is none.
    // ESLint: high twice by level (error, default error), medium twice; a "none" is not counted.
    // Trivy: high 7.5, medium 4.3, critical 9.5 from the result itself, low by level (severity 0.0).
    QTest::newRow("sarif, five runs") << QStringLiteral("scan.sarif") << QStringLiteral("sarif") << QStringLiteral("sarif-json")
                                      << Fields{{QStringLiteral("critical"), 2}, {QStringLiteral("high"), 4},
                                             {QStringLiteral("medium"), 4}, {QStringLiteral("low"), 3},
                                             {QStringLiteral("total"), 13}, {QStringLiteral("critical_high"), 6}};
}

void TestReportParser::readsFixture()
{
    QFETCH(QString, file);
    QFETCH(QString, parser);
    QFETCH(QString, format);
    QFETCH(Fields, expected);
    const QByteArray content = fixture(file);

    // Named parser and recognised parser read the same figures.
    for (const QString &asked : {parser, QString()}) {
        Result<ReportFigures> figures = ReportParser::read(asked, content, file);
        QVERIFY2(figures.ok(), qPrintable(figures.message()));
        QCOMPARE(figures->parser, parser);
        QCOMPARE(figures->format, format);
        compareFields(*figures, expected);
        if (QTest::currentTestFailed())
            return;
        for (const QString &field : figures->fields.keys())
            QVERIFY2(ReportParser::fields(parser).contains(field), qPrintable(field));
    }
    // Editors on Windows add a byte order mark; the figures stay the same.
    const QByteArray bomContent = "\xEF\xBB\xBF" + content;
    Result<ReportFigures> withBom = ReportParser::read(parser, bomContent, file);
    QVERIFY2(withBom.ok(), qPrintable(withBom.message()));
    compareFields(*withBom, expected);
}

void TestReportParser::recognisesFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("misleadingName");
    QTest::addColumn<QString>("parser");

    QTest::newRow("vitest junit") << QStringLiteral("junit-vitest.xml") << QStringLiteral("coverage.xml") << QStringLiteral("junit");
    QTest::newRow("surefire junit") << QStringLiteral("TEST-org.example.gate.ReleaseGateTest.xml")
                                    << QStringLiteral("npm-audit.json") << QStringLiteral("junit");
    QTest::newRow("istanbul summary") << QStringLiteral("coverage-summary.json") << QStringLiteral("audit-results.sarif")
                                      << QStringLiteral("coverage");
    QTest::newRow("istanbul cobertura") << QStringLiteral("cobertura-coverage.xml") << QStringLiteral("junit.xml")
                                        << QStringLiteral("coverage");
    QTest::newRow("coverage.py cobertura") << QStringLiteral("coverage.xml") << QStringLiteral("TEST-results.xml")
                                           << QStringLiteral("coverage");
    QTest::newRow("lcov") << QStringLiteral("lcov.info") << QStringLiteral("results.sarif") << QStringLiteral("coverage");
    QTest::newRow("npm 6 audit") << QStringLiteral("npm6-audit.json") << QStringLiteral("coverage-summary.json")
                                 << QStringLiteral("npm-audit");
    QTest::newRow("npm 7 audit") << QStringLiteral("npm-audit.json") << QStringLiteral("coverage-summary.json")
                                 << QStringLiteral("npm-audit");
    QTest::newRow("sarif") << QStringLiteral("scan.sarif") << QStringLiteral("npm-audit.json") << QStringLiteral("sarif");
}

void TestReportParser::recognisesFixture()
{
    QFETCH(QString, file);
    QFETCH(QString, misleadingName);
    QFETCH(QString, parser);
    const QByteArray content = fixture(file);

    QCOMPARE(ReportParser::recognise(content, file), parser);
    QCOMPARE(ReportParser::recognise(content, misleadingName), parser);
    QCOMPARE(ReportParser::recognise(content, QString()), parser);
    // The first bytes are enough, even cut mid-element.
    QCOMPARE(ReportParser::recognise(QByteArrayView(content).first(qMin(content.size(), qsizetype(2000))), misleadingName), parser);
    // A byte order mark changes nothing.
    const QByteArray bomContent = "\xEF\xBB\xBF" + content;
    QCOMPARE(ReportParser::recognise(bomContent, misleadingName), parser);
    // Read under the misleading name, the content still decides.
    Result<ReportFigures> figures = ReportParser::read(QString(), content, misleadingName);
    QVERIFY2(figures.ok(), qPrintable(figures.message()));
    QCOMPARE(figures->parser, parser);
}

void TestReportParser::recognisesNothingElse_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("coverage-summary.json");
    QTest::newRow("blank") << QByteArray(" \n\t\r\n") << QStringLiteral("lcov.info");
    QTest::newRow("markdown") << QByteArray("# Release notes\n\n- fixed\n") << QStringLiteral("junit.xml");
    QTest::newRow("html") << QByteArray("<!doctype html><html><body>report</body></html>") << QStringLiteral("junit.xml");
    QTest::newRow("other xml root") << QByteArray("<?xml version=\"1.0\"?><report tests=\"3\"/>") << QStringLiteral("junit.xml");
    QTest::newRow("coverage without line-rate") << QByteArray("<coverage branch-rate=\"0.5\"/>") << QStringLiteral("coverage.xml");
    QTest::newRow("package.json") << QByteArray("{\"name\": \"app\", \"version\": \"2.1.0\", \"scripts\": {}}")
                                  << QStringLiteral("audit.json");
    QTest::newRow("runs without sarif version") << QByteArray("{\"runs\": [], \"version\": \"1.0\"}") << QStringLiteral("scan.sarif");
    QTest::newRow("total without lines") << QByteArray("{\"total\": {\"tests\": 3}}") << QStringLiteral("coverage-summary.json");
    QTest::newRow("json array") << QByteArray("[{\"total\": {\"lines\": {}}}]") << QStringLiteral("coverage-summary.json");
    QTest::newRow("log") << QByteArray("TN: not really\nnpm ERR! code E404\n") << QStringLiteral("lcov.info");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("lcov.info");
}

void TestReportParser::recognisesNothingElse()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QCOMPARE(ReportParser::recognise(content, name), QString());
    Result<ReportFigures> figures = ReportParser::read(QString(), content, name);
    QVERIFY(!figures.ok());
    QVERIFY2(figures.message().startsWith(name + QLatin1String(": ")), qPrintable(figures.message()));
}

void TestReportParser::npm6ActionsFillTheHead()
{
    // npm 6 writes "actions" first; with many of them "advisories" is beyond the recognised head.
    QByteArray content = "{\n  \"actions\": [\n";
    for (int i = 0; i < 2000; ++i)
        content += "    {\"action\": \"update\", \"module\": \"pkg-" + QByteArray::number(i) + "\", \"resolves\": []},\n";
    content += "    {\"action\": \"review\", \"module\": \"last\", \"resolves\": []}\n  ],\n"
               "  \"advisories\": {\"7\": {\"id\": 7, \"severity\": \"high\"}},\n"
               "  \"muted\": [],\n"
               "  \"metadata\": {\"vulnerabilities\": {\"info\": 0, \"low\": 0, \"moderate\": 0, \"high\": 1, \"critical\": 0}}\n}\n";
    QVERIFY(content.size() > ReportParser::recogniseBytes);
    QCOMPARE(ReportParser::recognise(content, QStringLiteral("npm-audit.json")), QStringLiteral("npm-audit"));
    QCOMPARE(ReportParser::recognise(content, QStringLiteral("report.json")), QString());
    const ReportFigures figures = mustRead(QString(), content, QStringLiteral("security-audit-results.json"));
    QCOMPARE(figures.fields.value(QStringLiteral("critical_high")), 1.0);
    QCOMPARE(figures.fields.value(QStringLiteral("total")), 1.0);
}

void TestReportParser::junitCountsTestCasesOverAttributes()
{
    // Stale totals (a rerun left tests="40") lose to the test cases actually in the file.
    const QByteArray content = "<testsuites tests=\"40\" failures=\"9\" errors=\"3\">\n"
                               "  <testsuite name=\"a\" tests=\"40\" failures=\"9\" errors=\"3\" skipped=\"0\">\n"
                               "    <testcase name=\"one\"/>\n"
                               "    <testcase name=\"two\"><failure message=\"x\"/></testcase>\n"
                               "    <testcase name=\"three\"><skipped/></testcase>\n"
                               "  </testsuite>\n"
                               "</testsuites>\n";
    compareFields(mustRead(QStringLiteral("junit"), content),
        Fields{{QStringLiteral("tests"), 3}, {QStringLiteral("failures"), 1}, {QStringLiteral("errors"), 0},
            {QStringLiteral("skipped"), 1}, {QStringLiteral("passed"), 1}, {QStringLiteral("pass_rate"), 50}});
}

void TestReportParser::junitAttributesWhenNoTestCases_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<Fields>("expected");

    QTest::newRow("root totals win") << QByteArray("<testsuites tests=\"20\" failures=\"2\" errors=\"1\" skipped=\"1\">"
                                                   "<testsuite tests=\"5\" failures=\"5\"/></testsuites>")
                                     << Fields{{QStringLiteral("tests"), 20}, {QStringLiteral("failures"), 2},
                                            {QStringLiteral("errors"), 1}, {QStringLiteral("skipped"), 1},
                                            {QStringLiteral("passed"), 16}, {QStringLiteral("pass_rate"), 16.0 / 19.0 * 100.0}};
    QTest::newRow("sum of outermost suites") << QByteArray("<testsuites>"
                                                           "<testsuite tests=\"6\" failures=\"1\" skipped=\"2\">"
                                                           "<testsuite tests=\"6\" failures=\"1\" skipped=\"2\"/></testsuite>"
                                                           "<testsuite tests=\"4\" errors=\"1\"/>"
                                                           "</testsuites>")
                                             << Fields{{QStringLiteral("tests"), 10}, {QStringLiteral("failures"), 1},
                                                    {QStringLiteral("errors"), 1}, {QStringLiteral("skipped"), 2},
                                                    {QStringLiteral("passed"), 6}, {QStringLiteral("pass_rate"), 75}};
    QTest::newRow("lone suite") << QByteArray("<?xml version=\"1.0\"?>\n<testsuite name=\"pytest\" tests=\"9\" failures=\"0\" "
                                              "errors=\"0\" skipped=\"0\" time=\"0.2\"></testsuite>")
                                << Fields{{QStringLiteral("tests"), 9}, {QStringLiteral("failures"), 0},
                                       {QStringLiteral("errors"), 0}, {QStringLiteral("skipped"), 0},
                                       {QStringLiteral("passed"), 9}, {QStringLiteral("pass_rate"), 100}};
}

void TestReportParser::junitAttributesWhenNoTestCases()
{
    QFETCH(QByteArray, content);
    QFETCH(Fields, expected);
    compareFields(mustRead(QStringLiteral("junit"), content), expected);
}

void TestReportParser::junitNoPassRateWhenNothingRan()
{
    // Everything skipped: a pass rate over nothing would read as 0 % or 100 % and mean neither.
    compareFields(mustRead(QStringLiteral("junit"),
                      "<testsuite><testcase name=\"a\"><skipped/></testcase><testcase name=\"b\"><skipped/></testcase></testsuite>"),
        Fields{{QStringLiteral("tests"), 2}, {QStringLiteral("failures"), 0}, {QStringLiteral("errors"), 0},
            {QStringLiteral("skipped"), 2}, {QStringLiteral("passed"), 0}});
    // An empty run: all zero, still no pass rate.
    compareFields(mustRead(QStringLiteral("junit"), "<testsuites name=\"jest tests\" tests=\"0\" failures=\"0\" errors=\"0\"/>"),
        Fields{{QStringLiteral("tests"), 0}, {QStringLiteral("failures"), 0}, {QStringLiteral("errors"), 0},
            {QStringLiteral("skipped"), 0}, {QStringLiteral("passed"), 0}});
}

void TestReportParser::junitNestedSuitesCountEachCaseOnce()
{
    const QByteArray content = "<testsuites>\n"
                               " <testsuite name=\"outer\" tests=\"4\">\n"
                               "  <testsuite name=\"inner\" tests=\"2\">\n"
                               "   <testcase name=\"a\"/>\n"
                               "   <testcase name=\"b\"><error type=\"E\"/><failure/><skipped/></testcase>\n"
                               "  </testsuite>\n"
                               "  <testcase name=\"c\"><system-err>failure</system-err></testcase>\n"
                               "  <testcase name=\"d\"><properties><property name=\"failure\"/></properties><failure/></testcase>\n"
                               " </testsuite>\n"
                               "</testsuites>\n";
    compareFields(mustRead(QStringLiteral("junit"), content),
        Fields{{QStringLiteral("tests"), 4}, {QStringLiteral("failures"), 1}, {QStringLiteral("errors"), 1},
            {QStringLiteral("skipped"), 0}, {QStringLiteral("passed"), 2}, {QStringLiteral("pass_rate"), 50}});
}

void TestReportParser::istanbulUnknownIsAbsent()
{
    const QByteArray content = R"({"total": {"lines": {"total": 40, "covered": 30, "skipped": 0, "pct": 75},
        "statements": {"total": 44, "covered": 33, "skipped": 0, "pct": 75},
        "functions": {"total": 0, "covered": 0, "skipped": 0, "pct": "Unknown"},
        "branches": {"total": 0, "covered": 0, "skipped": 0, "pct": "Unknown"}}})";
    const ReportFigures figures = mustRead(QStringLiteral("coverage"), content);
    QCOMPARE(figures.format, QStringLiteral("istanbul-json"));
    compareFields(figures, Fields{{QStringLiteral("lines"), 75}, {QStringLiteral("statements"), 75}});
}

void TestReportParser::istanbulUnknownLinesIsAnError()
{
    const QByteArray content = "{\"total\": {\n"
                               "  \"lines\": {\"total\": 0, \"covered\": 0, \"skipped\": 0, \"pct\": \"Unknown\"}\n"
                               "}}\n";
    Result<ReportFigures> figures = ReportParser::read(QStringLiteral("coverage"), content, QStringLiteral("coverage-summary.json"));
    QVERIFY(!figures.ok());
    QCOMPARE(figures.message(),
        QStringLiteral("coverage-summary.json:2: total.lines.pct is \"Unknown\": the report measured no lines"));
}

void TestReportParser::coberturaWithoutBranches()
{
    // branch-rate="0" with branches-valid="0" means "not measured", not 0 %.
    const ReportFigures figures = mustRead(QStringLiteral("coverage"),
        "<coverage line-rate=\"0.5\" branch-rate=\"0\" lines-valid=\"8\" lines-covered=\"4\" branches-valid=\"0\"></coverage>");
    compareFields(figures, Fields{{QStringLiteral("lines"), 50}});
    // Without branches-valid the rate stands.
    compareFields(mustRead(QStringLiteral("coverage"), "<coverage line-rate=\"1\" branch-rate=\"0\"/>"),
        Fields{{QStringLiteral("lines"), 100}, {QStringLiteral("branches"), 0}});
}

void TestReportParser::coberturaNothingMeasured()
{
    Result<ReportFigures> figures = ReportParser::read(QStringLiteral("coverage"),
        "<?xml version=\"1.0\"?>\n<coverage line-rate=\"1\" lines-valid=\"0\" lines-covered=\"0\"/>", QStringLiteral("coverage.xml"));
    QVERIFY(!figures.ok());
    QCOMPARE(figures.message(), QStringLiteral("coverage.xml:2: lines-valid is 0: the report measured no lines"));
}

void TestReportParser::lcovCountsFromDaAndBrda()
{
    // Given LF/LH win over DA lines; records for the same file are summed as they stand.
    const QByteArray content = "SF:a.c\nDA:1,1\nDA:2,0\nLF:4\nLH:3\nend_of_record\n"
                               "SF:a.c\nDA:1,0\nDA:2,18446744073709551615\nBRDA:1,0,0,-\nBRDA:1,0,1,0\nBRDA:1,0,2,7\nend_of_record\n";
    const ReportFigures figures = mustRead(QStringLiteral("coverage"), content, QStringLiteral("app.info"));
    QCOMPARE(figures.format, QStringLiteral("lcov"));
    compareFields(figures, Fields{{QStringLiteral("lines"), 4.0 / 6.0 * 100.0}, {QStringLiteral("branches"), 100.0 / 3.0}});
}

void TestReportParser::lcovCrlfAndBom()
{
    const QByteArray content = "\xEF\xBB\xBFTN:unit\r\nSF:C:\\build\\src\\main.cpp\r\nFNF:2\r\nFNH:0\r\nLF:8\r\nLH:2\r\nend_of_record\r\n";
    QCOMPARE(ReportParser::recognise(content, QStringLiteral("x.txt")), QStringLiteral("coverage"));
    compareFields(mustRead(QString(), content), Fields{{QStringLiteral("lines"), 25}, {QStringLiteral("functions"), 0}});
}

void TestReportParser::npm6WithoutSummaryCountsAdvisories()
{
    const QByteArray content = R"({"actions": [], "advisories": {
        "1": {"id": 1, "severity": "critical"}, "2": {"id": 2, "severity": "moderate"},
        "3": {"id": 3, "severity": "moderate"}, "4": {"id": 4, "severity": "info"}}, "muted": []})";
    compareFields(mustRead(QStringLiteral("npm-audit"), content),
        Fields{{QStringLiteral("critical"), 1}, {QStringLiteral("high"), 0}, {QStringLiteral("medium"), 2},
            {QStringLiteral("low"), 0}, {QStringLiteral("info"), 1}, {QStringLiteral("total"), 4},
            {QStringLiteral("critical_high"), 1}});
}

void TestReportParser::npm7CleanAudit()
{
    const QByteArray content = R"({"auditReportVersion": 2, "vulnerabilities": {}, "metadata": {"vulnerabilities":
        {"info": 0, "low": 0, "moderate": 0, "high": 0, "critical": 0, "total": 0},
        "dependencies": {"prod": 1, "dev": 0, "optional": 0, "peer": 0, "peerOptional": 0, "total": 1}}})";
    compareFields(mustRead(QString(), content),
        Fields{{QStringLiteral("critical"), 0}, {QStringLiteral("high"), 0}, {QStringLiteral("medium"), 0},
            {QStringLiteral("low"), 0}, {QStringLiteral("info"), 0}, {QStringLiteral("total"), 0},
            {QStringLiteral("critical_high"), 0}});
}

void TestReportParser::npmErrorObject()
{
    const QByteArray content = "{\n  \"error\": {\n    \"code\": \"ENOLOCK\",\n"
                               "    \"summary\": \"This command requires an existing lockfile.\",\n    \"detail\": \"\"\n  }\n}\n";
    Result<ReportFigures> figures = ReportParser::read(QStringLiteral("npm-audit"), content, QStringLiteral("audit.json"));
    QVERIFY(!figures.ok());
    QCOMPARE(figures.message(),
        QStringLiteral("audit.json:2: npm audit itself failed: ENOLOCK: This command requires an existing lockfile."));
}

void TestReportParser::npmUnknownSeverity()
{
    const QByteArray content = "{\"advisories\": {\n\"5\": {\n\"id\": 5,\n\"severity\": \"severe\"}}}";
    Result<ReportFigures> figures = ReportParser::read(QStringLiteral("npm-audit"), content, QStringLiteral("audit.json"));
    QVERIFY(!figures.ok());
    QCOMPARE(figures.message(),
        QStringLiteral("audit.json:4: advisories.5.severity is \"severe\", not one of critical, high, moderate, low, info"));
}

void TestReportParser::sarifEmptyRuns()
{
    compareFields(mustRead(QStringLiteral("sarif"), R"({"version": "2.1.0", "runs": []})"),
        Fields{{QStringLiteral("critical"), 0}, {QStringLiteral("high"), 0}, {QStringLiteral("medium"), 0},
            {QStringLiteral("low"), 0}, {QStringLiteral("total"), 0}, {QStringLiteral("critical_high"), 0}});
}

void TestReportParser::sarifExtensionsAndHierarchicalIds()
{
    const QByteArray content = R"({"version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "scanner", "rules": [{"id": "injection", "properties": {"security-severity": "9.0"}}]},
                 "extensions": [{"name": "pack", "rules": [{"id": "weak-hash", "properties": {"security-severity": 4.0}},
                                                          {"id": "debug", "defaultConfiguration": {"level": "error"}}]}]},
        "results": [
          {"ruleId": "injection/sql", "message": {"text": "a"}},
          {"rule": {"id": "weak-hash", "toolComponent": {"index": 0}}, "message": {"text": "b"}},
          {"rule": {"index": 1, "toolComponent": {"index": 0}}, "message": {"text": "c"}},
          {"ruleId": "not-declared", "ruleIndex": -1, "level": "note", "message": {"text": "d"}},
          {"ruleId": "not-declared", "message": {"text": "e"}}
        ]}]})";
    // injection/sql by "injection": 9.0 critical; weak-hash in the extension: 4.0 medium; debug's
    // default level error: high; an unknown rule with level note: low, without level: warning, medium.
    compareFields(mustRead(QStringLiteral("sarif"), content),
        Fields{{QStringLiteral("critical"), 1}, {QStringLiteral("high"), 1}, {QStringLiteral("medium"), 2},
            {QStringLiteral("low"), 1}, {QStringLiteral("total"), 5}, {QStringLiteral("critical_high"), 2}});
}

void TestReportParser::sarifResultSeverityOverridesRule()
{
    const QByteArray content = R"({"version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "t", "rules": [{"id": "r", "properties": {"security-severity": "9.8"}}]}},
        "results": [
          {"ruleIndex": 0, "properties": {"security-severity": "3.1"}, "message": {"text": "low by its own"}},
          {"ruleIndex": 0, "properties": {"security-severity": "0"}, "message": {"text": "0: the rule's decides"}},
          {"ruleIndex": 0, "level": "none", "message": {"text": "not a finding"}},
          {"ruleIndex": 0, "kind": "review", "message": {"text": "not a finding either"}},
          {"ruleIndex": 0, "kind": "review", "level": "warning", "message": {"text": "a given level counts"}}
        ]}]})";
    compareFields(mustRead(QStringLiteral("sarif"), content),
        Fields{{QStringLiteral("critical"), 2}, {QStringLiteral("high"), 0}, {QStringLiteral("medium"), 0},
            {QStringLiteral("low"), 1}, {QStringLiteral("total"), 3}, {QStringLiteral("critical_high"), 2}});
}

void TestReportParser::sarifRuleIndexOutOfRange()
{
    const QByteArray content = "{\"version\": \"2.1.0\", \"runs\": [{\n"
                               "  \"tool\": {\"driver\": {\"name\": \"t\", \"rules\": [{\"id\": \"r\"}]}},\n"
                               "  \"results\": [\n"
                               "    {\"message\": {\"text\": \"fine\"}},\n"
                               "    {\"ruleIndex\": 3, \"message\": {\"text\": \"x\"}}\n"
                               "  ]}]}\n";
    Result<ReportFigures> figures = ReportParser::read(QStringLiteral("sarif"), content, QStringLiteral("codeql.sarif"));
    QVERIFY(!figures.ok());
    QCOMPARE(figures.message(),
        QStringLiteral("codeql.sarif:5: runs[0].results[1].ruleIndex is 3, outside runs[0].tool.driver.rules (1 rule)"));
}

void TestReportParser::sarifUnsupportedVersion()
{
    const QByteArray content = "{\n  \"version\": \"1.0.0\",\n  \"runs\": []\n}";
    Result<ReportFigures> figures = ReportParser::read(QStringLiteral("sarif"), content, QStringLiteral("old.sarif"));
    QVERIFY(!figures.ok());
    QCOMPARE(figures.message(), QStringLiteral("old.sarif:2: SARIF version \"1.0.0\" is not supported; Greenlight reads 2.1.0"));
}

void TestReportParser::sarifMalformedResults_data()
{
    QTest::addColumn<QByteArray>("run");
    QTest::addColumn<QString>("message");

    const QByteArray tool = "\"tool\": {\"driver\": {\"name\": \"t\", \"rules\": [{\"id\": \"r\"}]}},\n";
    QTest::newRow("kind not a string") << QByteArray(tool + "\"results\": [{\"kind\": 7}]")
                                       << QStringLiteral("s.sarif:3: runs[0].results[0].kind is not a string");
    QTest::newRow("unknown kind") << QByteArray(tool + "\"results\": [{\"kind\": \"bogus\"}]")
                                  << QStringLiteral("s.sarif:3: runs[0].results[0].kind is \"bogus\", not a SARIF result kind");
    QTest::newRow("level null") << QByteArray(tool + "\"results\": [{\"level\": null}]")
                                << QStringLiteral("s.sarif:3: runs[0].results[0].level is not a string");
    QTest::newRow("unknown level") << QByteArray(tool + "\"results\": [{\"level\": \"fatal\"}]")
                                   << QStringLiteral("s.sarif:3: runs[0].results[0]: level \"fatal\" is not one of none, note, warning, error");
    QTest::newRow("ruleIndex as text") << QByteArray(tool + "\"results\": [{\"ruleIndex\": \"0\"}]")
                                       << QStringLiteral("s.sarif:3: runs[0].results[0].ruleIndex is not a number");
    QTest::newRow("fractional component") << QByteArray(tool + "\"results\": [{\"rule\": {\"toolComponent\": {\"index\": 0.5}}}]")
                                          << QStringLiteral("s.sarif:3: runs[0].results[0].rule.toolComponent.index 0.5 names no extension of the run's tool");
    QTest::newRow("results not an array") << QByteArray(tool + "\"results\": {}")
                                          << QStringLiteral("s.sarif:3: runs[0].results is not a JSON array");
    QTest::newRow("result not an object") << QByteArray(tool + "\"results\": [\"finding\"]")
                                          << QStringLiteral("s.sarif:3: runs[0].results[0] is not a JSON object");
    QTest::newRow("rules not an array") << QByteArray("\"tool\": {\"driver\": {\"name\": \"t\",\n\"rules\": {}}},\n\"results\": [{}]")
                                        << QStringLiteral("s.sarif:3: runs[0].tool.driver.rules is not a JSON array");
}

void TestReportParser::sarifMalformedResults()
{
    QFETCH(QByteArray, run);
    QFETCH(QString, message);
    const QByteArray content = "{\"version\": \"2.1.0\", \"runs\": [{\n" + run + "}]}\n";
    Result<ReportFigures> figures = ReportParser::read(QStringLiteral("sarif"), content, QStringLiteral("s.sarif"));
    QVERIFY(!figures.ok());
    QCOMPARE(figures.message(), message);
}

void TestReportParser::sarifUnknownComponentIsTheDriver()
{
    // toolComponent.index -1 is SARIF's "not known", as ruleIndex -1 is: the driver's rule by index.
    const QByteArray content = R"({"version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "t", "rules": [{"id": "r", "properties": {"security-severity": "9.9"}}]}},
        "results": [{"rule": {"index": 0, "toolComponent": {"index": -1}}, "message": {"text": "x"}}]}]})";
    compareFields(mustRead(QStringLiteral("sarif"), content),
        Fields{{QStringLiteral("critical"), 1}, {QStringLiteral("high"), 0}, {QStringLiteral("medium"), 0},
            {QStringLiteral("low"), 0}, {QStringLiteral("total"), 1}, {QStringLiteral("critical_high"), 1}});
}

void TestReportParser::unknownParser()
{
    Result<ReportFigures> figures = ReportParser::read(QStringLiteral("jacoco"), fixture(QStringLiteral("coverage.xml")),
        QStringLiteral("coverage.xml"));
    QVERIFY(!figures.ok());
    QCOMPARE(figures.error().code, ErrorCode::NotFound);
    QCOMPARE(figures.message(), QStringLiteral("unknown report parser \"jacoco\"; known: junit, coverage, npm-audit, sarif"));
}

QTEST_GUILESS_MAIN(TestReportParser)
#include "tst_reportparser.moc"
