// Report parsers on hostile input: entity attacks, absurd nesting, truncated and wrong-format files,
// oversized input, numbers that are not figures. Each is refused quickly with an error that names
// the file and, where there is one, the line; none ever comes back as a set of zeros.

#include "interchange/ReportLimits.h"
#include "interchange/ReportParser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace gl;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(GREENLIGHT_TEST_DATA "/reports/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// The realistic fixtures and the parser each belongs to.
const QList<std::pair<QString, QString>> &goodFixtures()
{
    static const QList<std::pair<QString, QString>> list = {
        {QStringLiteral("junit-vitest.xml"), QStringLiteral("junit")},
        {QStringLiteral("TEST-org.example.gate.ReleaseGateTest.xml"), QStringLiteral("junit")},
        {QStringLiteral("coverage-summary.json"), QStringLiteral("coverage")},
        {QStringLiteral("cobertura-coverage.xml"), QStringLiteral("coverage")},
        {QStringLiteral("coverage.xml"), QStringLiteral("coverage")},
        {QStringLiteral("lcov.info"), QStringLiteral("coverage")},
        {QStringLiteral("npm6-audit.json"), QStringLiteral("npm-audit")},
        {QStringLiteral("npm-audit.json"), QStringLiteral("npm-audit")},
        {QStringLiteral("scan.sarif"), QStringLiteral("sarif")},
    };
    return list;
}

// The line an error names ("name:12: ..."); 0 when it names none, -1 when it does not start with name.
qint64 lineNamed(const QString &message, const QString &name)
{
    if (!message.startsWith(name + QLatin1Char(':')))
        return -1;
    static const QRegularExpression lineThenMessage(QStringLiteral("^(\\d+): \\S"));
    const QRegularExpressionMatch match = lineThenMessage.match(QStringView(message).sliced(name.size() + 1));
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

// Lines of /etc/passwd long enough to be recognised if they ever leaked into a message.
QStringList passwdLines()
{
    QFile file(QStringLiteral("/etc/passwd"));
    QStringList lines;
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.size() >= 8)
                lines.append(QString::fromUtf8(line));
        }
    }
    return lines;
}

QByteArray repeated(const QByteArray &part, int times)
{
    QByteArray out;
    out.reserve(part.size() * times);
    for (int i = 0; i < times; ++i)
        out += part;
    return out;
}

} // namespace

class TestReportHostile final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void entityAttacks_data();
    void entityAttacks();
    void allowedDoctype();
    void deepNesting_data();
    void deepNesting();
    void bracketsInStringsAreNotNesting();
    void truncated_data();
    void truncated();
    void wrongFormat_data();
    void wrongFormat();
    void tooLarge();
    void badNumbers_data();
    void badNumbers();
    void lcovLongLines();
    void lcovMalformed_data();
    void lcovMalformed();
    void tooManyXmlElements();
    void tooManyLcovRecords();
    void tooManyJsonContainers();
    void notText_data();
    void notText();
};

void TestReportHostile::entityAttacks_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("problem");

    const QString subset = QStringLiteral(
        "a DOCTYPE with declarations (an internal subset) is not allowed in a report: DTDs and entities are refused");
    QTest::newRow("billion laughs") << QStringLiteral("hostile/billion-laughs.xml") << qint64(13) << subset;
    QTest::newRow("external entity") << QStringLiteral("hostile/external-entity.xml") << qint64(4) << subset;
    QTest::newRow("parameter entity") << QStringLiteral("hostile/parameter-entity.xml") << qint64(5) << subset;
    QTest::newRow("local dtd") << QStringLiteral("hostile/local-dtd.xml") << qint64(2)
                               << QStringLiteral("a DOCTYPE naming the DTD \"file:///etc/passwd\" is not allowed in a report: "
                                                 "only a web address, never read, is");
}

void TestReportHostile::entityAttacks()
{
    QFETCH(QString, file);
    QFETCH(qint64, line);
    QFETCH(QString, problem);
    const QByteArray content = fixture(file);
    const QString name = file.section(QLatin1Char('/'), -1);
    const QStringList secrets = passwdLines();

    // Whichever parser is asked, and when the parser is left to recognition.
    for (const QString &parser : {QStringLiteral("junit"), QStringLiteral("coverage"), QString()}) {
        QElapsedTimer timer;
        timer.start();
        Result<ReportFigures> figures = ReportParser::read(parser, content, name);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(!figures.ok(), qPrintable(parser));
        const QString message = figures.message();
        QVERIFY2(message.startsWith(name + QLatin1Char(':') + QString::number(line) + QLatin1String(": ")), qPrintable(message));
        // The entity check comes before any question of shape, so the reason is the same for every parser.
        QVERIFY2(message.contains(problem), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("lollollol")), qPrintable(message));
        for (const QString &secret : secrets)
            QVERIFY2(!message.contains(secret), qPrintable(message));
        QVERIFY(!message.contains(QLatin1String("root:")));
    }
}

void TestReportHostile::allowedDoctype()
{
    // A bare DOCTYPE with a web address passes and is never fetched; an entity it might have declared
    // is still an unresolved reference, refused where it stands.
    const QByteArray content = "<?xml version=\"1.0\"?>\n"
                               "<!DOCTYPE coverage PUBLIC \"-//x//y\" \"https://example.invalid/coverage[04].dtd\">\n"
                               "<coverage line-rate=\"0.25\">\n"
                               "  <sources><source>&home;</source></sources>\n"
                               "</coverage>\n";
    Result<ReportFigures> figures = ReportParser::read(QStringLiteral("coverage"), content, QStringLiteral("c.xml"));
    QVERIFY(!figures.ok());
    QCOMPARE(figures.message(), QStringLiteral("c.xml:4: the entity reference &home; is not allowed in a report"));

    const QByteArray clean = "<!DOCTYPE coverage SYSTEM 'http://cobertura.sourceforge.net/xml/coverage-04.dtd'>"
                             "<coverage line-rate=\"0.25\"/>";
    figures = ReportParser::read(QString(), clean, QStringLiteral("c.xml"));
    QVERIFY2(figures.ok(), qPrintable(figures.message()));
    QCOMPARE(figures->fields.value(QStringLiteral("lines")), 25.0);

    // An undeclared entity without any DOCTYPE is not well-formed XML.
    figures = ReportParser::read(QStringLiteral("junit"), "<testsuite>\n<testcase name=\"&x;\"/></testsuite>", QStringLiteral("j.xml"));
    QVERIFY(!figures.ok());
    QVERIFY2(figures.message().startsWith(QLatin1String("j.xml:2: not well-formed XML: ")), qPrintable(figures.message()));
}

void TestReportHostile::deepNesting_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("problem");

    const QString xmlDeep = QStringLiteral("elements nest deeper than 256 levels");
    const QString jsonDeep = QStringLiteral("objects and arrays nest deeper than 256 levels");
    const int depth = 10'000;
    QTest::newRow("junit, one line") << QStringLiteral("junit")
                                     << QByteArray("<testsuites>" + repeated("<testsuite>", depth) + repeated("</testsuite>", depth)
                                            + "</testsuites>")
                                     << qint64(1) << xmlDeep;
    // The 257th element opens on line 257.
    QTest::newRow("junit, a line each") << QStringLiteral("junit") << QByteArray("<testsuites>\n" + repeated("<testsuite>\n", depth))
                                        << qint64(257) << xmlDeep;
    QTest::newRow("cobertura") << QStringLiteral("coverage")
                               << QByteArray("<coverage line-rate=\"0.5\">" + repeated("<packages>", depth)) << qint64(1) << xmlDeep;
    QTest::newRow("recognised xml") << QString() << QByteArray("<testsuite>" + repeated("<a>", depth)) << qint64(1) << xmlDeep;
    QTest::newRow("istanbul, arrays") << QStringLiteral("coverage") << QByteArray("{\"total\": " + repeated("[\n", depth))
                                      << qint64(256) << jsonDeep;
    QTest::newRow("istanbul, objects") << QStringLiteral("coverage")
                                       << QByteArray(repeated("{\"total\":", depth) + "1" + repeated("}", depth)) << qint64(1)
                                       << jsonDeep;
    QTest::newRow("npm audit") << QStringLiteral("npm-audit")
                               << QByteArray("{\"vulnerabilities\": {\"a\": " + repeated("[", depth) + repeated("]", depth) + "}}")
                               << qint64(1) << jsonDeep;
    QTest::newRow("sarif") << QStringLiteral("sarif")
                           << QByteArray("{\"version\": \"2.1.0\", \"runs\": [{\"results\": [{\"properties\": "
                                  + repeated("{\"x\": ", depth) + "0" + repeated("}", depth) + "}]}]}")
                           << qint64(1) << jsonDeep;
    QTest::newRow("recognised json") << QString()
                                     << QByteArray("{\"version\": \"2.1.0\", \"runs\": " + repeated("[", depth)) << qint64(1) << jsonDeep;
}

void TestReportHostile::deepNesting()
{
    QFETCH(QString, parser);
    QFETCH(QByteArray, content);
    QFETCH(qint64, line);
    QFETCH(QString, problem);

    QElapsedTimer timer;
    timer.start();
    Result<ReportFigures> figures = ReportParser::read(parser, content, QStringLiteral("deep.report"));
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!figures.ok());
    QCOMPARE(figures.message(), QStringLiteral("deep.report:%1: %2").arg(line).arg(problem));
    QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
}

void TestReportHostile::bracketsInStringsAreNotNesting()
{
    // 10,000 brackets inside strings (a file name, an escaped quote before them) are text, not nesting.
    const QByteArray brackets = repeated("[{", 5'000);
    const QByteArray content = "{\"total\": {\"lines\": {\"total\": 10, \"covered\": 5, \"skipped\": 0, \"pct\": 50}},\n"
                               " \"/src/" + brackets + ".ts\": {\"lines\": {\"pct\": 1}},\n"
                               " \"quote \\\" then " + brackets + "\": {}}\n";
    Result<ReportFigures> figures = ReportParser::read(QString(), content, QStringLiteral("coverage-summary.json"));
    QVERIFY2(figures.ok(), qPrintable(figures.message()));
    QCOMPARE(figures->fields.value(QStringLiteral("lines")), 50.0);
}

void TestReportHostile::truncated_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("parser");
    QTest::addColumn<qsizetype>("cut");

    for (const auto &[file, parser] : goodFixtures()) {
        const qsizetype size = fixture(file).size();
        // Cut points inside every part of the file, and just before its last element or brace.
        for (const double part : {0.1, 0.33, 0.5, 0.77, 0.95}) {
            const qsizetype cut = qsizetype(double(size) * part);
            QTest::addRow("%s at %lld", qPrintable(file), qlonglong(cut)) << file << parser << cut;
        }
        QTest::addRow("%s minus 3 bytes", qPrintable(file)) << file << parser << size - 3;
    }
}

void TestReportHostile::truncated()
{
    QFETCH(QString, file);
    QFETCH(QString, parser);
    QFETCH(qsizetype, cut);
    const QByteArray content = fixture(file).first(cut);

    // Whether the parser is named or left to recognition, a cut file is an error on its last line;
    // only a file cut before recognition could tell what it is has no line to name.
    for (const QString &asked : {parser, QString()}) {
        Result<ReportFigures> figures = ReportParser::read(asked, content, file);
        QVERIFY2(!figures.ok(), qPrintable(asked));
        const qint64 line = lineNamed(figures.message(), file);
        if (asked.isEmpty() && ReportParser::recognise(content, file).isEmpty()) {
            QCOMPARE(line, 0);
            continue;
        }
        QVERIFY2(line > 0, qPrintable(figures.message()));
        // The error is at the end, where the file stops (a cut just after a newline may name the line before).
        const qint64 lastLine = 1 + content.count('\n');
        QVERIFY2(line == lastLine || (content.endsWith('\n') && line == lastLine - 1),
            qPrintable(QStringLiteral("%1 (last line %2)").arg(figures.message()).arg(lastLine)));
    }
}

void TestReportHostile::wrongFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("wrong");

    for (const auto &[file, parser] : goodFixtures()) {
        for (const QString &other : ReportParser::parsers()) {
            if (other != parser)
                QTest::addRow("%s as %s", qPrintable(file), qPrintable(other)) << file << parser << other;
        }
    }
}

void TestReportHostile::wrongFormat()
{
    QFETCH(QString, file);
    QFETCH(QString, right);
    QFETCH(QString, wrong);

    Result<ReportFigures> figures = ReportParser::read(wrong, fixture(file), file);
    QVERIFY2(!figures.ok(), qPrintable(QStringLiteral("read as %1 with figures").arg(wrong)));
    const QString message = figures.message();
    QVERIFY2(lineNamed(message, file) >= 0, qPrintable(message));
    // The error says what the file looks like and which parser reads it.
    QVERIFY2(message.endsWith(QStringLiteral("(this looks like %1: read it with the %2 parser)")
                                  .arg(ReportParser::parserLabel(right), right)),
        qPrintable(message));
}

void TestReportHostile::tooLarge()
{
    const QByteArray huge(ReportParser::maxInputBytes + 1, ' ');
    for (const QString &parser : ReportParser::parsers() + QStringList{QString()}) {
        Result<ReportFigures> figures = ReportParser::read(parser, huge, QStringLiteral("huge.json"));
        QVERIFY(!figures.ok());
        QCOMPARE(figures.message(),
            QStringLiteral("huge.json: the file is 67108865 bytes; reports larger than 64 MiB are refused"));
    }
    // At the limit the size is no reason; white space is simply no report.
    Result<ReportFigures> atLimit = ReportParser::read(QString(), QByteArrayView(huge).first(ReportParser::maxInputBytes),
        QStringLiteral("huge.json"));
    QVERIFY(!atLimit.ok());
    QVERIFY2(!atLimit.message().contains(QLatin1String("larger than")), qPrintable(atLimit.message()));
}

void TestReportHostile::badNumbers_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");

    const auto istanbul = [](const QByteArray &lines) {
        return QByteArray("{\"total\": {\n\"statements\": {\"pct\": 50},\n\"lines\": " + lines + "\n}}");
    };
    QTest::newRow("pct above 100") << QStringLiteral("coverage") << istanbul("{\"total\": 10, \"covered\": 10, \"pct\": 100.5}")
                                   << QStringLiteral("r:3: total.lines.pct is 100.5, outside 0..100");
    QTest::newRow("negative pct") << QStringLiteral("coverage") << istanbul("{\"pct\": -0.1}")
                                  << QStringLiteral("r:3: total.lines.pct is -0.1, outside 0..100");
    QTest::newRow("pct as text") << QStringLiteral("coverage") << istanbul("{\"pct\": \"NaN\"}")
                                 << QStringLiteral("r:3: total.lines.pct is not a number");
    // JSON has no infinity: Qt refuses the number itself.
    QTest::newRow("pct overflows") << QStringLiteral("coverage") << istanbul("{\"pct\": 1e999}")
                                   << QStringLiteral("r:3: not valid JSON: illegal number");
    QTest::newRow("negative count") << QStringLiteral("coverage") << istanbul("{\"total\": -5, \"covered\": 0, \"pct\": 0}")
                                    << QStringLiteral("r:3: total.lines.total is -5, not a count (a whole number, 0 or more)");
    QTest::newRow("statements pct null") << QStringLiteral("coverage")
                                         << QByteArray("{\"total\": {\n\"lines\": {\"pct\": 5},\n\"statements\": {\"pct\": null}}}")
                                         << QStringLiteral("r:3: total.statements.pct is not a number");

    QTest::newRow("negative tests") << QStringLiteral("junit") << QByteArray("<testsuites>\n<testsuite tests=\"-3\"/></testsuites>")
                                    << QStringLiteral("r:2: attribute tests of <testsuite> is -3, not a count (a whole number, 0 or more)");
    QTest::newRow("NaN failures") << QStringLiteral("junit") << QByteArray("<testsuite tests=\"3\" failures=\"NaN\"/>")
                                  << QStringLiteral("r:1: attribute failures of <testsuite> is NaN, not a count (a whole number, 0 or more)");
    QTest::newRow("fractional skipped") << QStringLiteral("junit") << QByteArray("<testsuites skipped=\"0.5\"/>")
                                        << QStringLiteral("r:1: attribute skipped of <testsuites> is 0.5, not a count (a whole number, 0 or more)");
    QTest::newRow("word for tests") << QStringLiteral("junit") << QByteArray("<testsuite tests=\"many\"><testcase/></testsuite>")
                                    << QStringLiteral("r:1: attribute tests=\"many\" of <testsuite> is not a number");
    QTest::newRow("more failed than ran") << QStringLiteral("junit") << QByteArray("<testsuite tests=\"2\" failures=\"2\" errors=\"1\"/>")
                                          << QStringLiteral("r: the failures, errors and skipped attributes add up to more than tests (2)");
    // Their sum rounds to 2^53 as a double; subtracted one by one they are one too many.
    QTest::newRow("more failed than ran, near 2^53")
        << QStringLiteral("junit")
        << QByteArray("<testsuite tests=\"9007199254740992\" failures=\"9007199254740991\" errors=\"1\" skipped=\"1\"/>")
        << QStringLiteral("r: the failures, errors and skipped attributes add up to more than tests (9007199254740992)");

    QTest::newRow("line-rate above 1") << QStringLiteral("coverage") << QByteArray("<?xml version=\"1.0\"?>\n<coverage line-rate=\"1.5\"/>")
                                       << QStringLiteral("r:2: attribute line-rate of <coverage> is 1.5, outside 0..1");
    QTest::newRow("line-rate NaN") << QStringLiteral("coverage") << QByteArray("<coverage line-rate=\"NaN\"/>")
                                   << QStringLiteral("r:1: attribute line-rate of <coverage> is NaN, outside 0..1");
    QTest::newRow("line-rate infinite") << QStringLiteral("coverage") << QByteArray("<coverage line-rate=\"1e999\"/>")
                                        << QStringLiteral("r:1: attribute line-rate of <coverage> is infinity, outside 0..1");
    QTest::newRow("negative branch-rate") << QStringLiteral("coverage") << QByteArray("<coverage line-rate=\"0.5\" branch-rate=\"-0.2\"/>")
                                          << QStringLiteral("r:1: attribute branch-rate of <coverage> is -0.2, outside 0..1");
    QTest::newRow("lines-valid negative") << QStringLiteral("coverage") << QByteArray("<coverage line-rate=\"0.5\" lines-valid=\"-1\"/>")
                                          << QStringLiteral("r:1: attribute lines-valid of <coverage> is -1, not a count (a whole number, 0 or more)");

    const auto npm = [](const QByteArray &high) {
        return QByteArray("{\"auditReportVersion\": 2, \"vulnerabilities\": {},\n\"metadata\": {\"vulnerabilities\": {\n"
                          "\"critical\": 0,\n\"high\": " + high + "\n}}}");
    };
    QTest::newRow("npm negative") << QStringLiteral("npm-audit") << npm("-1")
                                  << QStringLiteral("r:4: metadata.vulnerabilities.high is -1, not a count (a whole number, 0 or more)");
    QTest::newRow("npm fraction") << QStringLiteral("npm-audit") << npm("1.5")
                                  << QStringLiteral("r:4: metadata.vulnerabilities.high is 1.5, not a count (a whole number, 0 or more)");
    QTest::newRow("npm text") << QStringLiteral("npm-audit") << npm("\"3\"")
                              << QStringLiteral("r:4: metadata.vulnerabilities.high is not a number");
    QTest::newRow("npm huge") << QStringLiteral("npm-audit") << npm("1e300")
                              << QStringLiteral("r:4: metadata.vulnerabilities.high is 1e+300, too large to be a count");

    const auto sarif = [](const QByteArray &severity) {
        return QByteArray("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"t\"}},\n\"results\": [\n"
                          "{\"message\": {\"text\": \"m\"},\n\"properties\": {\"security-severity\": " + severity + "}}]}]}");
    };
    QTest::newRow("sarif severity above 10") << QStringLiteral("sarif") << sarif("\"11\"")
                                             << QStringLiteral("r:4: runs[0].results[0].properties.security-severity is 11, outside 0..10");
    QTest::newRow("sarif severity NaN") << QStringLiteral("sarif") << sarif("\"NaN\"")
                                        << QStringLiteral("r:4: runs[0].results[0].properties.security-severity is NaN, outside 0..10");
    QTest::newRow("sarif severity negative") << QStringLiteral("sarif") << sarif("-1")
                                             << QStringLiteral("r:4: runs[0].results[0].properties.security-severity is -1, outside 0..10");
    QTest::newRow("sarif severity word") << QStringLiteral("sarif") << sarif("\"high\"")
                                         << QStringLiteral("r:4: runs[0].results[0].properties.security-severity is not a number");

    QTest::newRow("lcov negative LF") << QStringLiteral("coverage") << QByteArray("SF:a.c\nLF:-3\nend_of_record\n")
                                      << QStringLiteral("r:2: LF is \"-3\", not a count (a whole number, 0 or more)");
    QTest::newRow("lcov more hit than found") << QStringLiteral("coverage") << QByteArray("TN:\nSF:a.c\nLF:3\nLH:5\nend_of_record\n")
                                              << QStringLiteral("r:5: the record starting on line 2 says 5 of 3 were hit");
    QTest::newRow("lcov DA count") << QStringLiteral("coverage") << QByteArray("SF:a.c\nDA:1,1\nDA:2,-1\nend_of_record\n")
                                   << QStringLiteral("r:3: the execution count of DA: is \"-1\", not a count (a whole number, 0 or more)");
    QTest::newRow("lcov BRDA taken") << QStringLiteral("coverage") << QByteArray("SF:a.c\nBRDA:1,0,0,NaN\nend_of_record\n")
                                     << QStringLiteral("r:2: the taken count of BRDA: is \"NaN\", not a count or \"-\"");
}

void TestReportHostile::badNumbers()
{
    QFETCH(QString, parser);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    Result<ReportFigures> figures = ReportParser::read(parser, content, QStringLiteral("r"));
    QVERIFY(!figures.ok());
    QCOMPARE(figures.message(), message);
}

void TestReportHostile::lcovLongLines()
{
    const qsizetype limit = ReportLimits::maxLcovLineBytes;
    // A function name at the limit is read; one byte more is refused, naming its line.
    const QByteArray atLimit = "SF:a.c\nFN:1," + QByteArray(limit - 5, 'f') + "\nLF:1\nLH:1\nend_of_record\n";
    Result<ReportFigures> figures = ReportParser::read(QStringLiteral("coverage"), atLimit, QStringLiteral("big.info"));
    QVERIFY2(figures.ok(), qPrintable(figures.message()));
    QCOMPARE(figures->fields.value(QStringLiteral("lines")), 100.0);

    const QByteArray over = "SF:a.c\nFN:1," + QByteArray(limit - 4, 'f') + "\nLF:1\nLH:1\nend_of_record\n";
    figures = ReportParser::read(QStringLiteral("coverage"), over, QStringLiteral("big.info"));
    QVERIFY(!figures.ok());
    QCOMPARE(figures.message(), QStringLiteral("big.info:2: the line is longer than 65536 bytes"));

    // One endless line, no newline at all: refused as quickly.
    QElapsedTimer timer;
    timer.start();
    const QByteArray endless = "TN:\nSF:" + QByteArray(32 * 1024 * 1024, 'x');
    figures = ReportParser::read(QString(), endless, QStringLiteral("big.info"));
    QVERIFY(!figures.ok());
    QCOMPARE(figures.message(), QStringLiteral("big.info:2: the line is longer than 65536 bytes"));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestReportHostile::lcovMalformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");

    QTest::newRow("no record") << QByteArray("TN:\nTN:again\n") << QStringLiteral("r: no lcov record (SF: ... end_of_record) found");
    QTest::newRow("no lines") << QByteArray("SF:a.c\nFNF:1\nFNH:1\nend_of_record\n")
                              << QStringLiteral("r: no record has any lines (LF or DA): the report measured no lines");
    QTest::newRow("key outside record") << QByteArray("TN:\nLF:3\n") << QStringLiteral("r:2: LF: outside a record (no SF: before it)");
    QTest::newRow("stray end") << QByteArray("end_of_record\n") << QStringLiteral("r:1: end_of_record without a record (no SF: before it)");
    QTest::newRow("record inside record") << QByteArray("SF:a.c\nDA:1,1\nSF:b.c\n")
                                          << QStringLiteral("r:3: SF: starts a record before the one starting on line 1 ended (end_of_record)");
    QTest::newRow("not key value") << QByteArray("SF:a.c\nda:1,1\nend_of_record\n")
                                   << QStringLiteral("r:2: not an lcov line (KEY:value or end_of_record)");
    QTest::newRow("DA without count") << QByteArray("SF:a.c\nDA:7\nend_of_record\n") << QStringLiteral("r:2: DA: is not DA:<line>,<count>");
    QTest::newRow("invalid utf-8") << QByteArray("SF:a.c\nSF:\xC3\x28\nend_of_record\n") << QStringLiteral("r:2: the line is not valid UTF-8");
    QTest::newRow("count too long") << QByteArray("SF:a.c\nLF:1234567890123456\nend_of_record\n")
                                    << QStringLiteral("r:2: LF is \"1234567890123456\", not a count (a whole number, 0 or more)");
    QTest::newRow("truncated") << QByteArray("SF:a.c\nDA:1,1\nLF:1\n")
                               << QStringLiteral("r:3: the file ends inside the record starting on line 1 (no end_of_record): truncated?");
}

void TestReportHostile::lcovMalformed()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    Result<ReportFigures> figures = ReportParser::read(QStringLiteral("coverage"), content, QStringLiteral("r"));
    QVERIFY(!figures.ok());
    QCOMPARE(figures.message(), message);
}

void TestReportHostile::tooManyXmlElements()
{
    // Flat but endless: 4,000,001 empty test cases (16 MB) pass the depth limit and hit the count limit.
    const QByteArray content = "<testsuites>\n" + repeated("<a/>", int(ReportLimits::maxXmlElements)) + "\n</testsuites>\n";
    QElapsedTimer timer;
    timer.start();
    Result<ReportFigures> figures = ReportParser::read(QStringLiteral("junit"), content, QStringLiteral("flat.xml"));
    QVERIFY(!figures.ok());
    QCOMPARE(figures.message(), QStringLiteral("flat.xml:2: more than 4000000 elements"));
    qInfo("4,000,001 elements refused in %lld ms", qlonglong(timer.elapsed()));
}

void TestReportHostile::tooManyLcovRecords()
{
    const QByteArray content = repeated("SF:\nend_of_record\n", int(ReportLimits::maxLcovRecords) + 1);
    Result<ReportFigures> figures = ReportParser::read(QStringLiteral("coverage"), content, QStringLiteral("many.info"));
    QVERIFY(!figures.ok());
    QCOMPARE(figures.message(), QStringLiteral("many.info:2000001: more than 1000000 records"));
}

void TestReportHostile::tooManyJsonContainers()
{
    // 64 MiB of small objects would make Qt build a 2 GB tree for 25 s; the count stops it first.
    // Root and array on line 1, object k on line k + 1: the 2,000,001st container is on line 2,000,000.
    const QByteArray content = "{\"total\": [\n" + repeated("{},\n", int(ReportLimits::maxJsonContainers)) + "{}]}\n";
    QElapsedTimer timer;
    timer.start();
    Result<ReportFigures> figures = ReportParser::read(QStringLiteral("coverage"), content, QStringLiteral("many.json"));
    QVERIFY(!figures.ok());
    QCOMPARE(figures.message(), QStringLiteral("many.json:2000000: more than 2000000 objects and arrays"));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestReportHostile::notText_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("content");

    QTest::newRow("nul in xml") << QStringLiteral("junit") << QByteArray("<testsuite>\0<testcase/></testsuite>", 35);
    QTest::newRow("nul in json") << QStringLiteral("sarif") << QByteArray("{\"version\": \"2.1.0\",\0 \"runs\": []}", 33);
    QTest::newRow("nul in lcov") << QStringLiteral("coverage") << QByteArray("SF:a\nLF:1\0\nLH:1\nend_of_record\n", 30);
    QTest::newRow("utf-16 json") << QStringLiteral("npm-audit") << QByteArray("\xFF\xFE{\0}\0", 6);
    QTest::newRow("empty") << QStringLiteral("junit") << QByteArray();
    QTest::newRow("empty json") << QStringLiteral("sarif") << QByteArray();
    QTest::newRow("json null") << QStringLiteral("npm-audit") << QByteArray("null");
    QTest::newRow("json array") << QStringLiteral("sarif") << QByteArray("[]");
    QTest::newRow("json string") << QStringLiteral("coverage") << QByteArray("\"total\"");
}

void TestReportHostile::notText()
{
    QFETCH(QString, parser);
    QFETCH(QByteArray, content);
    Result<ReportFigures> figures = ReportParser::read(parser, content, QStringLiteral("odd.bin"));
    QVERIFY(!figures.ok());
    QVERIFY2(lineNamed(figures.message(), QStringLiteral("odd.bin")) >= 0, qPrintable(figures.message()));
}

QTEST_GUILESS_MAIN(TestReportHostile)
#include "tst_reporthostile.moc"
