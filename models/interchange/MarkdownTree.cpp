#include "interchange/MarkdownTree.h"

#include <md4c.h>

#include <QHash>
#include <QStringDecoder>
#include <algorithm>
#include <cstring>

namespace gl {

namespace {

bool isAscii(const char *text, qsizetype size)
{
    unsigned char bits = 0;
    for (qsizetype i = 0; i < size; ++i)
        bits |= static_cast<unsigned char>(text[i]);
    return bits < 0x80;
}

// Unlike QString::fromUtf8, keeps a U+FEFF at the start: md4c may cut text right before one.
QString utf8(const char *text, qsizetype size)
{
    // Nearly every run md4c hands over is ASCII, which Latin-1 decodes to the same characters at a
    // fraction of the cost of setting up a decoder.
    if (size > 0 && isAscii(text, size))
        return QString::fromLatin1(text, size);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return decoder(QByteArrayView(text, size));
}

QString decodeEntity(const QString &entity)
{
    // md4c hands entities over verbatim; the common named ones and every numeric one are resolved.
    static const QHash<QString, QString> named = {
        {QStringLiteral("&amp;"), QStringLiteral("&")},   {QStringLiteral("&lt;"), QStringLiteral("<")},
        {QStringLiteral("&gt;"), QStringLiteral(">")},    {QStringLiteral("&quot;"), QStringLiteral("\"")},
        {QStringLiteral("&apos;"), QStringLiteral("'")},  {QStringLiteral("&nbsp;"), QStringLiteral("\u00A0")},
        {QStringLiteral("&ndash;"), QStringLiteral("\u2013")}, {QStringLiteral("&mdash;"), QStringLiteral("\u2014")},
        {QStringLiteral("&rarr;"), QStringLiteral("\u2192")},  {QStringLiteral("&hellip;"), QStringLiteral("\u2026")},
        {QStringLiteral("&ge;"), QStringLiteral("\u2265")},    {QStringLiteral("&le;"), QStringLiteral("\u2264")},
    };
    if (entity.startsWith(QLatin1String("&#"))) {
        const bool hex = entity.size() > 2 && (entity.at(2) == QLatin1Char('x') || entity.at(2) == QLatin1Char('X'));
        bool ok = false;
        const uint code = entity.mid(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return QStringLiteral("\uFFFD");
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    return named.value(entity, entity);
}

MdBlock::Type blockType(MD_BLOCKTYPE type)
{
    switch (type) {
    case MD_BLOCK_DOC: return MdBlock::Type::Document;
    case MD_BLOCK_QUOTE: return MdBlock::Type::Quote;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL: return MdBlock::Type::List;
    case MD_BLOCK_LI: return MdBlock::Type::ListItem;
    case MD_BLOCK_HR: return MdBlock::Type::Rule;
    case MD_BLOCK_H: return MdBlock::Type::Heading;
    case MD_BLOCK_CODE: return MdBlock::Type::Code;
    case MD_BLOCK_HTML: return MdBlock::Type::Html;
    case MD_BLOCK_P: return MdBlock::Type::Paragraph;
    case MD_BLOCK_TABLE: return MdBlock::Type::Table;
    case MD_BLOCK_TR: return MdBlock::Type::TableRow;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD: return MdBlock::Type::TableCell;
    case MD_BLOCK_THEAD:
    case MD_BLOCK_TBODY: break;
    }
    return MdBlock::Type::Paragraph;
}

// Receives md4c's callbacks and grows the tree. Only the top of the stack ever gets new children,
// so the pointers on the stack stay valid while the vectors below them do not grow.
struct Builder {
    const char *doc = nullptr;
    MD_SIZE size = 0;
    const std::vector<qsizetype> *lineStarts = nullptr;
    MdBlock *root = nullptr;
    std::vector<MdBlock *> stack;
    std::vector<bool> implicit;   // parallel to stack: a paragraph md4c did not announce (tight lists)
    bool inHead = false;

    size_t lineHint = 0;   // index of the line found last

    int lineOf(const MD_CHAR *p)
    {
        if (p < doc || p >= doc + size)
            return 0;
        const qsizetype off = p - doc;
        // md4c reports text in document order: the line found last, or the next one, nearly always
        // holds it, and a search of the whole document for every piece of text added up.
        const std::vector<qsizetype> &starts = *lineStarts;
        for (size_t i = lineHint; i < std::min(lineHint + 2, starts.size()); ++i) {
            if (off >= starts[i] && (i + 1 == starts.size() || off < starts[i + 1])) {
                lineHint = i;
                return int(i + 1);
            }
        }
        lineHint = size_t(std::upper_bound(starts.begin(), starts.end(), off) - starts.begin()) - 1;
        return int(lineHint + 1);
    }
    void touch(MdBlock *block, int line)
    {
        if (line <= 0)
            return;
        if (block->firstLine == 0 || line < block->firstLine)
            block->firstLine = line;
        block->lastLine = std::max(block->lastLine, line);
    }
    void closeImplicit()
    {
        if (!implicit.empty() && implicit.back()) {
            stack.pop_back();
            implicit.pop_back();
        }
    }
    MdBlock *push(MdBlock::Type type, bool isImplicit)
    {
        MdBlock *top = stack.back();
        top->children.emplace_back();
        MdBlock *block = &top->children.back();
        block->type = type;
        // Growing children one at a time was a large part of building the tree; most lists hold a
        // few items, most items a paragraph and a nested list.
        if (type == MdBlock::Type::List)
            block->children.reserve(8);
        else if (type == MdBlock::Type::ListItem)
            block->children.reserve(2);
        stack.push_back(block);
        implicit.push_back(isImplicit);
        return block;
    }
    MdBlock *textTarget()
    {
        const MdBlock::Type t = stack.back()->type;
        if (t == MdBlock::Type::ListItem || t == MdBlock::Type::Quote || t == MdBlock::Type::Document)
            return push(MdBlock::Type::Paragraph, true);
        return stack.back();
    }
    void appendText(MdBlock *block, MdInline::Kind kind, const QString &text)
    {
        if (kind == MdInline::Kind::Text && !block->inlines.empty() && block->inlines.back().kind == MdInline::Kind::Text) {
            block->inlines.back().text += text;
            return;
        }
        block->inlines.push_back(MdInline{kind, text});
    }
};

int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    auto *b = static_cast<Builder *>(userdata);
    if (type == MD_BLOCK_DOC) {
        b->stack.push_back(b->root);
        b->implicit.push_back(false);
        return 0;
    }
    b->closeImplicit();
    if (type == MD_BLOCK_THEAD || type == MD_BLOCK_TBODY) {
        b->inHead = type == MD_BLOCK_THEAD;
        return 0;
    }
    MdBlock *block = b->push(blockType(type), false);
    switch (type) {
    case MD_BLOCK_H:
        block->level = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
        break;
    case MD_BLOCK_OL:
        block->ordered = true;
        break;
    case MD_BLOCK_LI: {
        const auto *li = static_cast<MD_BLOCK_LI_DETAIL *>(detail);
        if (li->is_task) {
            block->task = li->task_mark;
            if (li->task_mark_offset < b->size)
                b->touch(block, b->lineOf(b->doc + li->task_mark_offset));
        }
        break;
    }
    case MD_BLOCK_CODE: {
        const auto *code = static_cast<MD_BLOCK_CODE_DETAIL *>(detail);
        block->fence = QLatin1Char(code->fence_char);
        if (code->lang.text && code->lang.size > 0)
            block->lang = utf8(code->lang.text, qsizetype(code->lang.size)).toLower();
        break;
    }
    case MD_BLOCK_TR:
        block->headerRow = b->inHead;
        break;
    default:
        break;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *b = static_cast<Builder *>(userdata);
    b->closeImplicit();
    if (type == MD_BLOCK_THEAD || type == MD_BLOCK_TBODY) {
        b->inHead = false;
        return 0;
    }
    if (b->stack.size() > 1) {
        b->stack.pop_back();
        b->implicit.pop_back();
    }
    return 0;
}

int enterSpan(MD_SPANTYPE type, void *, void *userdata)
{
    auto *b = static_cast<Builder *>(userdata);
    if (type == MD_SPAN_CODE)
        b->textTarget()->inlines.push_back(MdInline{MdInline::Kind::Code, QString()});
    return 0;
}

int leaveSpan(MD_SPANTYPE, void *, void *)
{
    return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    auto *b = static_cast<Builder *>(userdata);
    MdBlock *target = b->textTarget();
    b->touch(target, b->lineOf(text));
    const QString s = utf8(text, qsizetype(size));
    if (target->type == MdBlock::Type::Code || target->type == MdBlock::Type::Html) {
        target->code += s;
        return 0;
    }
    switch (type) {
    case MD_TEXT_CODE:
        if (!target->inlines.empty() && target->inlines.back().kind == MdInline::Kind::Code)
            target->inlines.back().text += s;
        else
            b->appendText(target, MdInline::Kind::Text, s);
        break;
    case MD_TEXT_SOFTBR:
        target->inlines.push_back(MdInline{MdInline::Kind::SoftBreak, QString()});
        break;
    case MD_TEXT_BR:
        target->inlines.push_back(MdInline{MdInline::Kind::HardBreak, QString()});
        break;
    case MD_TEXT_NULLCHAR:
        b->appendText(target, MdInline::Kind::Text, QStringLiteral("\uFFFD"));
        break;
    case MD_TEXT_ENTITY:
        b->appendText(target, MdInline::Kind::Text, decodeEntity(s));
        break;
    default:
        b->appendText(target, MdInline::Kind::Text, s);
        break;
    }
    return 0;
}

bool isFenceLine(const QString &line, QChar fence)
{
    const QString t = line.trimmed();
    return t.size() >= 3 && t.at(0) == fence && t.at(1) == fence && t.at(2) == fence;
}

} // namespace

MarkdownTree::MarkdownTree(const QByteArray &utf8)
    : m_utf8(utf8)
{
    // Only the lines warnings and notes refer to are ever decoded, so they are found, not split.
    m_lineStarts.push_back(0);
    const char *const data = m_utf8.constData();
    for (const char *p = data, *end = data + m_utf8.size();
         (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))) != nullptr;)
        m_lineStarts.push_back(++p - data);

    Builder b;
    b.doc = data;
    b.size = MD_SIZE(m_utf8.size());
    b.root = &m_document;
    b.lineStarts = &m_lineStarts;

    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_TASKLISTS | MD_FLAG_STRIKETHROUGH;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = text;
    md_parse(b.doc, b.size, &parser, &b);

    // Children first, so code fences and setext underlines are counted before parents take the span.
    struct Walk {
        MarkdownTree *tree;
        void operator()(MdBlock &block)
        {
            for (MdBlock &child : block.children)
                (*this)(child);
            if (block.type == MdBlock::Type::Code && !block.fence.isNull())
                tree->extendCodeFences(block);
            if (block.type == MdBlock::Type::Heading)
                tree->extendSetextUnderline(block);
            for (const MdBlock &child : block.children) {
                if (child.firstLine > 0 && (block.firstLine == 0 || child.firstLine < block.firstLine))
                    block.firstLine = child.firstLine;
                block.lastLine = std::max(block.lastLine, child.lastLine);
            }
        }
    };
    Walk{this}(m_document);
    fillMissingLines();
}

QString MarkdownTree::line(int number) const
{
    if (number < 1 || number > lineCount())
        return QString();
    return span(number, number);
}

QString MarkdownTree::rawLines(int first, int last) const
{
    first = std::max(first, 1);
    last = std::min(last, lineCount());
    if (first > last)
        return QString();
    const QString lines = span(first, last);
    // Null when there is nothing, as joining a list of empty lines gives it.
    return lines.isEmpty() ? QString() : lines;
}

QString MarkdownTree::span(int first, int last) const
{
    // From the first line's start to the end of the last, without its '\n'.
    const qsizetype from = m_lineStarts[size_t(first - 1)];
    const qsizetype to = size_t(last) < m_lineStarts.size() ? m_lineStarts[size_t(last)] - 1 : m_utf8.size();
    return utf8(m_utf8.constData() + from, to - from);
}

bool MarkdownTree::isBlankLine(int number) const
{
    return line(number).trimmed().isEmpty();
}

void MarkdownTree::extendCodeFences(MdBlock &block)
{
    if (block.firstLine == 0)
        return;
    int open = block.firstLine - 1;
    while (open >= 1 && isBlankLine(open))
        --open;
    if (open >= 1 && isFenceLine(line(open), block.fence))
        block.firstLine = open;
    int close = block.lastLine + 1;
    while (close <= lineCount() && isBlankLine(close))
        ++close;
    if (close <= lineCount() && isFenceLine(line(close), block.fence))
        block.lastLine = close;
}

void MarkdownTree::extendSetextUnderline(MdBlock &block)
{
    if (block.firstLine == 0 || line(block.firstLine).trimmed().startsWith(QLatin1Char('#')))
        return;
    const QString next = line(block.lastLine + 1).trimmed();
    if (!next.isEmpty() && (next.count(QLatin1Char('=')) == next.size() || next.count(QLatin1Char('-')) == next.size()))
        block.lastLine += 1;
}

void MarkdownTree::fillMissingLines()
{
    // Blocks with no text (a rule, an empty heading, an empty fence) get the next non-blank line.
    int previousLast = 0;
    std::vector<MdBlock> &blocks = m_document.children;
    for (size_t i = 0; i < blocks.size(); ++i) {
        MdBlock &block = blocks[i];
        if (block.firstLine == 0) {
            int first = previousLast + 1;
            while (first <= lineCount() && isBlankLine(first))
                ++first;
            const int limit = i + 1 < blocks.size() && blocks[i + 1].firstLine > 0 ? blocks[i + 1].firstLine - 1
                                                                                    : lineCount();
            first = std::min(first, std::max(limit, previousLast + 1));
            int last = first;
            if (block.type == MdBlock::Type::Code && !block.fence.isNull()) {
                int close = first + 1;
                while (close <= limit && !isFenceLine(line(close), block.fence))
                    ++close;
                if (close <= limit)
                    last = close;
            }
            block.firstLine = first;
            block.lastLine = std::max(last, first);
        }
        previousLast = std::max(previousLast, block.lastLine);
    }
    // A block owns the lines up to the next one (an empty last bullet, a reference definition), so
    // the same text always lands on the same side of a cut, whatever md4c reported.
    for (size_t i = 0; i < blocks.size(); ++i) {
        int end = i + 1 < blocks.size() ? blocks[i + 1].firstLine - 1 : lineCount();
        while (end > blocks[i].lastLine && isBlankLine(end))
            --end;
        blocks[i].lastLine = std::max(blocks[i].lastLine, end);
    }
}

} // namespace gl
