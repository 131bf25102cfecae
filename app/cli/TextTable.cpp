#include "cli/TextTable.h"

#include <QTextStream>
#include <algorithm>

namespace gl::cli {

namespace {

QString fitted(const QString &text, int maxWidth)
{
    if (maxWidth <= 0 || text.size() <= maxWidth)
        return text;
    return text.left(maxWidth - 1) + QChar(0x2026);
}

} // namespace

TextTable::TextTable(std::vector<Column> columns)
    : m_columns(std::move(columns))
{
}

void TextTable::addRow(const QStringList &cells)
{
    QStringList row;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const QString cell = i < std::size_t(cells.size()) ? cells.at(qsizetype(i)) : QString();
        // a line break inside a cell would break every column after it
        QString flat = cell;
        flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
        row << fitted(flat, m_columns[i].maxWidth);
    }
    m_rows.push_back(row);
}

void TextTable::print(QTextStream &out, const QString &indent) const
{
    std::vector<qsizetype> widths;
    for (const Column &c : m_columns)
        widths.push_back(fitted(c.header, c.maxWidth).size());
    for (const QStringList &row : m_rows) {
        for (std::size_t i = 0; i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(qsizetype(i)).size());
    }

    auto printLine = [&](const QStringList &cells) {
        QString line = indent;
        for (std::size_t i = 0; i < widths.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            const QString &cell = cells.at(qsizetype(i));
            line += m_columns[i].align == Align::Right ? cell.rightJustified(widths[i])
                                                       : cell.leftJustified(widths[i]);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    };

    QStringList headers;
    bool anyHeader = false;
    for (const Column &c : m_columns) {
        headers << fitted(c.header, c.maxWidth);
        anyHeader = anyHeader || !c.header.isEmpty();
    }
    if (anyHeader)
        printLine(headers);
    for (const QStringList &row : m_rows)
        printLine(row);
}

} // namespace gl::cli
