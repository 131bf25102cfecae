#pragma once
// What every fuzz target runs and what tst_fuzzcorpus replays: one input through one target, and the
// promises ReportParser.h makes checked on whatever comes back. A crash is the sanitizers' to find;
// a broken promise comes back as a problem (the fuzz target aborts on it, the replay test fails).
//
// Targets: "junit", "coverage", "npm-audit", "sarif" read the input with that parser; "recognise"
// takes its first byte as a hint for the file name, the rest as content, and checks that recognise()
// and read() with the recognised parser agree.

#include "interchange/ReportParser.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <cmath>

namespace gl::fuzz {

struct Outcome {
    bool ok = false;
    QString message;   // the error message when not ok
    QString problem;   // empty when every promise held
};

// Names the recognise target hints with: real report names, misleading ones, and none.
inline const QStringList &hintNames()
{
    static const QStringList names = {QStringLiteral("junit.xml"), QStringLiteral("coverage-summary.json"),
        QStringLiteral("npm-audit.json"), QStringLiteral("results.sarif"), QStringLiteral("lcov.info"),
        QStringLiteral("coverage.xml"), QStringLiteral("security-audit-results.json"), QStringLiteral("upload.bin")};
    return names;
}

// Empty when figures (or the error) keep the promises of ReportParser.h for parser; otherwise what broke.
inline QString checkFigures(const Result<ReportFigures> &figures, const QString &parser, const QString &fileName)
{
    if (!figures.ok()) {
        const QString message = figures.message();
        if (message.isEmpty())
            return QStringLiteral("an error without a message");
        if (!message.startsWith(fileName + QLatin1Char(':')))
            return QStringLiteral("an error that does not start with the file name: ") + message;
        return {};
    }
    const QStringList known = ReportParser::fields(figures->parser);
    if (!parser.isEmpty() && figures->parser != parser)
        return QStringLiteral("read as %1 but says %2").arg(parser, figures->parser);
    if (figures->format.isEmpty() || figures->fields.isEmpty())
        return QStringLiteral("figures without a format or fields");
    const auto has = [&figures](const char *field) { return figures->fields.contains(QLatin1String(field)); };
    const auto at = [&figures](const char *field) { return figures->fields.value(QLatin1String(field)); };
    const bool coverage = figures->parser == QLatin1String("coverage");
    for (auto it = figures->fields.constBegin(); it != figures->fields.constEnd(); ++it) {
        const double v = it.value();
        const bool percent = coverage || it.key() == QLatin1String("pass_rate");
        if (!known.contains(it.key()))
            return QStringLiteral("unknown field ") + it.key();
        if (!std::isfinite(v) || v < 0 || (percent && v > 100) || (!percent && std::floor(v) != v))
            return QStringLiteral("%1 is %2").arg(it.key(), QString::number(v, 'g', 17));
    }
    if (coverage && !has("lines"))
        return QStringLiteral("coverage without lines");
    if (figures->parser == QLatin1String("junit")) {
        for (const char *field : {"tests", "failures", "errors", "skipped", "passed"}) {
            if (!has(field))
                return QStringLiteral("junit without ") + QLatin1String(field);
        }
        if (at("passed") + at("failures") + at("errors") + at("skipped") != at("tests"))
            return QStringLiteral("junit counts do not add up to tests");
        if (has("pass_rate") != (at("tests") - at("skipped") > 0))
            return QStringLiteral("junit pass_rate present without tests that ran, or absent with them");
    }
    if (figures->parser == QLatin1String("npm-audit") || figures->parser == QLatin1String("sarif")) {
        const double sum = at("critical") + at("high") + at("medium") + at("low") + at("info");
        if (at("total") != sum || at("critical_high") != at("critical") + at("high"))
            return QStringLiteral("findings do not add up");
    }
    return {};
}

// Runs one target on one input; fileName is the name errors must start with (ignored by "recognise",
// which picks its own from the first byte).
inline Outcome runTarget(const QString &target, QByteArrayView data, const QString &fileName)
{
    Outcome outcome;
    if (target == QLatin1String("recognise")) {
        if (data.isEmpty())
            return outcome;
        const QString name = hintNames().at(qsizetype(quint8(data.front())) % hintNames().size());
        const QByteArrayView content = data.sliced(1);
        const QString recognised = ReportParser::recognise(content, name);
        if (!recognised.isEmpty() && !ReportParser::parsers().contains(recognised))
            outcome.problem = QStringLiteral("recognised as unknown parser ") + recognised;
        const Result<ReportFigures> figures = ReportParser::read(QString(), content, name);
        outcome.ok = figures.ok();
        outcome.message = figures.message();
        if (outcome.problem.isEmpty())
            outcome.problem = checkFigures(figures, recognised, name);
        if (outcome.problem.isEmpty() && recognised.isEmpty() && figures.ok())
            outcome.problem = QStringLiteral("read without a parser although none was recognised");
        if (outcome.problem.isEmpty() && !recognised.isEmpty()
            && ReportParser::read(recognised, content, name).ok() != figures.ok())
            outcome.problem = QStringLiteral("read with the recognised parser disagrees with read()");
        return outcome;
    }
    const Result<ReportFigures> figures = ReportParser::read(target, data, fileName);
    outcome.ok = figures.ok();
    outcome.message = figures.message();
    outcome.problem = checkFigures(figures, target, fileName);
    return outcome;
}

} // namespace gl::fuzz
