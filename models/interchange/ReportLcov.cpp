#include "interchange/ReportLcov.h"

#include "interchange/ReportChecks.h"
#include "interchange/ReportLimits.h"

#include <QStringDecoder>

namespace gl {

namespace {

// Figures of one record, as given (LF:) or as counted (DA:).
struct Tally {
    std::optional<double> found;
    std::optional<double> hit;
    double countedFound = 0;
    double countedHit = 0;

    double foundOr() const { return found ? *found : countedFound; }
    double hitOr() const { return hit ? *hit : countedHit; }
};

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// An execution count: digits (any length: gcov writes 64-bit counts), or "-" for a branch never
// reached. nullopt when it is neither.
std::optional<bool> hitCount(QByteArrayView text, bool dashAllowed)
{
    if (dashAllowed && text == "-")
        return false;
    if (!isDigits(text))
        return std::nullopt;
    for (const char c : text) {
        if (c != '0')
            return true;
    }
    return false;
}

bool validUtf8(QByteArrayView line)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(line);
    return !decoder.hasError();
}

} // namespace

Result<ReportFigures> ReportLcov::read(QByteArrayView content, const QString &fileName)
{
    Tally lines;
    Tally branches;
    Tally functions;
    double totals[6] = {};   // LF, LH, BRF, BRH, FNF, FNH over all records
    bool anyBranches = false;
    bool anyFunctions = false;
    qint64 records = 0;
    bool inRecord = false;
    qint64 recordLine = 0;

    qsizetype at = content.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    qint64 lineNo = 0;
    while (at < content.size()) {
        ++lineNo;
        qsizetype end = content.indexOf('\n', at);
        if (end < 0)
            end = content.size();
        QByteArrayView line = content.sliced(at, end - at);
        at = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        const auto fail = [&](const QString &message) { return ReportChecks::errorAt(fileName, lineNo, message); };

        if (line.size() > ReportLimits::maxLcovLineBytes)
            return fail(tr("the line is longer than %1 bytes").arg(ReportLimits::maxLcovLineBytes));
        if (!validUtf8(line))
            return fail(tr("the line is not valid UTF-8"));
        if (line.trimmed().isEmpty())
            continue;
        if (line == "end_of_record") {
            if (!inRecord)
                return fail(tr("end_of_record without a record (no SF: before it)"));
            const Tally *tallies[3] = {&lines, &branches, &functions};
            for (int t = 0; t < 3; ++t) {
                const double found = tallies[t]->foundOr();
                const double hit = tallies[t]->hitOr();
                if (hit > found)
                    return fail(tr("the record starting on line %1 says %2 of %3 were hit")
                                    .arg(recordLine)
                                    .arg(QString::number(hit, 'f', 0), QString::number(found, 'f', 0)));
                totals[2 * t] += found;
                totals[2 * t + 1] += hit;
            }
            anyBranches = anyBranches || branches.foundOr() > 0;
            anyFunctions = anyFunctions || functions.foundOr() > 0;
            inRecord = false;
            continue;
        }

        const qsizetype colon = line.indexOf(':');
        const QByteArrayView key = colon > 0 ? line.first(colon) : QByteArrayView();
        bool keyOk = !key.isEmpty();
        for (const char c : key)
            keyOk = keyOk && c >= 'A' && c <= 'Z';
        if (!keyOk)
            return fail(tr("not an lcov line (KEY:value or end_of_record)"));
        const QByteArrayView value = line.sliced(colon + 1);
        const QString keyText = QString::fromLatin1(key);

        if (key == "SF") {
            if (inRecord)
                return fail(tr("SF: starts a record before the one starting on line %1 ended (end_of_record)").arg(recordLine));
            if (++records > ReportLimits::maxLcovRecords)
                return fail(tr("more than %1 records").arg(ReportLimits::maxLcovRecords));
            inRecord = true;
            recordLine = lineNo;
            lines = branches = functions = Tally();
            continue;
        }
        if (key == "TN" || key == "VER")
            continue;
        if (!inRecord)
            return fail(tr("%1: outside a record (no SF: before it)").arg(keyText));

        if (key == "LF" || key == "LH" || key == "BRF" || key == "BRH" || key == "FNF" || key == "FNH") {
            const QByteArrayView digits = value.trimmed();
            if (!isDigits(digits) || digits.size() > 15)
                return fail(tr("%1 is \"%2\", not a count (a whole number, 0 or more)")
                                .arg(keyText, QString::fromUtf8(digits.first(qMin(digits.size(), qsizetype(40))))));
            const double n = QByteArray(digits.data(), digits.size()).toDouble();
            Tally &tally = key.startsWith("L") ? lines : key.startsWith("B") ? branches : functions;
            (key.endsWith("F") ? tally.found : tally.hit) = n;
        } else if (key == "DA") {
            // DA:<line>,<count>[,<checksum>]
            const QList<QByteArray> parts = QByteArray(value.data(), value.size()).split(',');
            if (parts.size() < 2 || !isDigits(parts[0]))
                return fail(tr("DA: is not DA:<line>,<count>"));
            const std::optional<bool> hit = hitCount(parts[1], false);
            if (!hit)
                return fail(tr("the execution count of DA: is \"%1\", not a count (a whole number, 0 or more)")
                                .arg(QString::fromUtf8(parts[1].left(40))));
            lines.countedFound += 1;
            lines.countedHit += *hit ? 1 : 0;
        } else if (key == "BRDA") {
            // BRDA:<line>,<block>,<branch>,<taken>
            const QList<QByteArray> parts = QByteArray(value.data(), value.size()).split(',');
            if (parts.size() < 4 || !isDigits(parts[0]))
                return fail(tr("BRDA: is not BRDA:<line>,<block>,<branch>,<taken>"));
            const std::optional<bool> hit = hitCount(parts[3], true);
            if (!hit)
                return fail(tr("the taken count of BRDA: is \"%1\", not a count or \"-\"")
                                .arg(QString::fromUtf8(parts[3].left(40))));
            branches.countedFound += 1;
            branches.countedHit += *hit ? 1 : 0;
        }
        // Other keys (FN, FNDA, FNL, FNA, LN and those of later lcov versions) carry nothing we add up.
    }

    if (inRecord)
        return ReportChecks::errorAt(fileName, lineNo,
            tr("the file ends inside the record starting on line %1 (no end_of_record): truncated?").arg(recordLine));
    if (records == 0)
        return ReportChecks::errorAt(fileName, 0, tr("no lcov record (SF: ... end_of_record) found"));
    if (totals[0] <= 0)
        return ReportChecks::errorAt(fileName, 0, tr("no record has any lines (LF or DA): the report measured no lines"));

    ReportFigures figures;
    figures.parser = QStringLiteral("coverage");
    figures.format = QStringLiteral("lcov");
    figures.fields.insert(QStringLiteral("lines"), totals[1] / totals[0] * 100.0);
    if (anyBranches && totals[2] > 0)
        figures.fields.insert(QStringLiteral("branches"), totals[3] / totals[2] * 100.0);
    if (anyFunctions && totals[4] > 0)
        figures.fields.insert(QStringLiteral("functions"), totals[5] / totals[4] * 100.0);
    return figures;
}

} // namespace gl
