#pragma once
// A Markdown document parsed by md4c into a small block tree that remembers source lines, so the
// importer can name lines in warnings and copy sections as written into the release notes.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace gl {

struct MdInline {
    enum class Kind { Text, Code, SoftBreak, HardBreak };
    Kind kind = Kind::Text;
    QString text;             // Text: as rendered (escapes and entities resolved); Code: the span's content
};

struct MdBlock {
    enum class Type { Document, Quote, List, ListItem, Rule, Heading, Code, Html, Paragraph, Table, TableRow, TableCell };
    Type type = Type::Document;
    int level = 0;            // Heading: 1-6
    bool ordered = false;     // List
    char task = 0;            // ListItem: ' ', 'x' or 'X' for a task item, 0 otherwise
    bool headerRow = false;   // TableRow
    QString lang;             // Code: first word of the info string, lower case
    QChar fence;              // Code: '`' or '~'; null for an indented block
    QString code;             // Code: content, each line ending in '\n'; Html: the raw block
    std::vector<MdInline> inlines;  // Paragraph, Heading, TableCell
    std::vector<MdBlock> children;
    int firstLine = 0;        // 1-based source lines the block covers; 0 when unknown
    int lastLine = 0;

    bool isTask() const { return task != 0; }
    bool isChecked() const { return task == 'x' || task == 'X'; }
};

class MarkdownTree final {
public:
    // Never fails: any text is some Markdown. The input must be UTF-8 with '\n' line ends.
    explicit MarkdownTree(const QByteArray &utf8);

    const MdBlock &document() const { return m_document; }
    int lineCount() const { return int(m_lineStarts.size()); }
    // Source lines first..last (1-based, inclusive) joined with '\n', as written.
    QString rawLines(int first, int last) const;
    QString line(int number) const;

private:
    void fillMissingLines();
    void extendCodeFences(MdBlock &block);
    void extendSetextUnderline(MdBlock &block);
    bool isBlankLine(int number) const;
    QString span(int first, int last) const;   // lines first..last, both in range

    QByteArray m_utf8;
    std::vector<qsizetype> m_lineStarts;   // byte offset of each line; lines are decoded on demand
    MdBlock m_document;
};

} // namespace gl
