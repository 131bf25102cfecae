#pragma once
// Fixed-column text output for the CLI: every column as wide as its widest cell (capped),
// numbers right-aligned, two spaces between columns, no trailing blanks. No header line when
// every column header is empty (label/value blocks).

#include <QString>
#include <QStringList>
#include <vector>

class QTextStream;

namespace gl::cli {

class TextTable final {
public:
    enum class Align { Left, Right };
    struct Column {
        QString header;
        Align align = Align::Left;
        int maxWidth = 0; // 0: no cap; longer cells end in "…"
    };

    explicit TextTable(std::vector<Column> columns);
    void addRow(const QStringList &cells);
    void print(QTextStream &out, const QString &indent = QString()) const;

private:
    std::vector<Column> m_columns;
    std::vector<QStringList> m_rows;
};

} // namespace gl::cli
