#include "interchange/ReportJUnit.h"

#include "interchange/ReportChecks.h"
#include "interchange/ReportXml.h"

#include <array>

namespace gl {

namespace {

enum Count { Tests, Failures, Errors, Skipped, CountKinds };
constexpr std::array<QStringView, CountKinds> countAttributes = {u"tests", u"failures", u"errors", u"skipped"};

struct Counts {
    std::array<double, CountKinds> n{};
    bool hasTests = false;

    void add(const Counts &other)
    {
        for (int k = 0; k < CountKinds; ++k)
            n[k] += other.n[k];
        hasTests = hasTests || other.hasTests;
    }
};

// Checks every count attribute of the current element, whichever figures win in the end: a report
// that says tests="-3" is malformed either way.
Result<Counts> attributeCounts(const ReportXml &xml)
{
    Counts counts;
    for (int k = 0; k < CountKinds; ++k) {
        Result<std::optional<double>> value = xml.countAttribute(countAttributes[k]);
        if (!value)
            return value.error();
        if (*value) {
            counts.n[k] = **value;
            if (k == Tests)
                counts.hasTests = true;
        }
    }
    return counts;
}

// A test case being read: what its children said about it.
struct OpenCase {
    int depth = 0;            // 0: no test case is open (an open one is at depth 1 or more)
    bool failure = false;
    bool error = false;
    bool skipped = false;
};

} // namespace

Result<ReportFigures> ReportJUnit::read(QByteArrayView content, const QString &fileName)
{
    ReportXml xml(content, fileName);
    Counts fromCases;
    Counts fromRoot;      // <testsuites tests=...>
    Counts fromOutermost; // the sum over outermost <testsuite> elements
    bool rootIsSuites = false;
    int suiteDepth = 0;   // how many <testsuite> elements are open
    OpenCase openCase;  // not std::optional: GCC 12 warns falsely about its payload
    qint64 cases = 0;

    while (xml.next()) {
        const QStringView name = xml.name();
        if (xml.isEnd()) {
            if (name == u"testsuite") {
                --suiteDepth;
            } else if (name == u"testcase" && openCase.depth > 0 && openCase.depth == xml.depth() + 1) {
                if (openCase.error)
                    fromCases.n[Errors] += 1;
                else if (openCase.failure)
                    fromCases.n[Failures] += 1;
                else if (openCase.skipped)
                    fromCases.n[Skipped] += 1;
                openCase = OpenCase();
            }
            continue;
        }

        if (xml.depth() == 1) {
            rootIsSuites = name == u"testsuites";
            if (!rootIsSuites && name != u"testsuite")
                return xml.errorHere(tr("the root element is <%1>, not JUnit's <testsuites> or <testsuite>").arg(name));
        }
        if (name == u"testsuites" || name == u"testsuite") {
            Result<Counts> counts = attributeCounts(xml);
            if (!counts)
                return counts.error();
            if (name == u"testsuites" && xml.depth() == 1) {
                fromRoot = *counts;
            } else if (name == u"testsuite") {
                if (suiteDepth == 0)
                    fromOutermost.add(*counts);
                ++suiteDepth;
            }
        } else if (name == u"testcase") {
            // A test case inside a test case is not JUnit; counting only the outer one keeps each
            // test counted once.
            if (openCase.depth == 0) {
                ++cases;
                openCase = OpenCase { xml.depth() };
            }
        } else if (openCase.depth > 0 && xml.depth() == openCase.depth + 1) {
            if (name == u"error")
                openCase.error = true;
            else if (name == u"failure")
                openCase.failure = true;
            else if (name == u"skipped")
                openCase.skipped = true;
        }
    }
    if (xml.failed())
        return xml.error();

    Counts chosen;
    if (cases > 0) {
        chosen = fromCases;
        chosen.n[Tests] = double(cases);
    } else {
        chosen = rootIsSuites && fromRoot.hasTests ? fromRoot : fromOutermost;
    }

    // Subtracted one at a time, counts up to 2^53 stay exact down to a negative result; their sum
    // would round (2^53 - 1 + 1 + 1 compares equal to 2^53) and let a negative "passed" through.
    const double passed = chosen.n[Tests] - chosen.n[Failures] - chosen.n[Errors] - chosen.n[Skipped];
    if (passed < 0)
        return ReportChecks::errorAt(fileName, 0,
            tr("the failures, errors and skipped attributes add up to more than tests (%1)")
                .arg(QString::number(chosen.n[Tests], 'f', 0)));
    ReportFigures figures;
    figures.parser = QStringLiteral("junit");
    figures.format = QStringLiteral("junit-xml");
    figures.fields.insert(QStringLiteral("tests"), chosen.n[Tests]);
    figures.fields.insert(QStringLiteral("failures"), chosen.n[Failures]);
    figures.fields.insert(QStringLiteral("errors"), chosen.n[Errors]);
    figures.fields.insert(QStringLiteral("skipped"), chosen.n[Skipped]);
    figures.fields.insert(QStringLiteral("passed"), passed);
    const double ran = chosen.n[Tests] - chosen.n[Skipped];
    if (ran > 0)
        figures.fields.insert(QStringLiteral("pass_rate"), passed / ran * 100.0);
    return figures;
}

} // namespace gl
