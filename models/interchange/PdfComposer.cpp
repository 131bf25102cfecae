#include "PdfComposer.h"

#include <QPaintDevice>
#include <QPainter>
#include <QHash>
#include <QTextLayout>
#include <QTextOption>
#include <algorithm>
#include <numeric>

namespace gl {

namespace {

constexpr double cellPaddingX = 3.0; // points
constexpr double cellPaddingY = 2.2;
const QColor ruleColour(0xc8, 0xcc, 0xd2);
const QColor headerFill(0xe8, 0xeb, 0xef);

QFont makeFont(const QStringList &families, double points, bool bold, QFont::StyleHint hint)
{
    QFont font;
    font.setFamilies(families);
    font.setStyleHint(hint);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setKerning(true);
    // A PDF is scaled by its reader: hinting for a 300 dpi grid buys nothing and costs the
    // TrueType bytecode interpreter on every glyph.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// Untrusted text is drawn as it is, but control characters would draw as boxes or move the pen.
QString printable(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c == QLatin1Char('\n'))
            continue;
        if (c == QLatin1Char('\t') || c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return out;
}

} // namespace

PdfComposer::PdfComposer(QPaintDevice *device, const QRectF &pageRectPt, const QMarginsF &marginsPt)
    : m_device(device)
    , m_scale(device->logicalDpiY() / 72.0)
{
    m_page = QRectF(pt(pageRectPt.x()), pt(pageRectPt.y()), pt(pageRectPt.width()), pt(pageRectPt.height()));
    m_body = m_page.adjusted(
        pt(marginsPt.left()), pt(marginsPt.top()), -pt(marginsPt.right()), -pt(marginsPt.bottom()));
    const QStringList sans { QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
        QStringLiteral("Noto Sans"), QStringLiteral("sans-serif") };
    const QStringList mono { QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Liberation Mono"),
        QStringLiteral("Noto Sans Mono"), QStringLiteral("monospace") };
    m_fonts[Body] = makeFont(sans, 8.5, false, QFont::SansSerif);
    m_fonts[Bold] = makeFont(sans, 8.5, true, QFont::SansSerif);
    m_fonts[Small] = makeFont(sans, 7.5, false, QFont::SansSerif);
    m_fonts[Mono] = makeFont(mono, 7.2, false, QFont::Monospace);
    m_fonts[Title] = makeFont(sans, 17, true, QFont::SansSerif);
    m_fonts[Heading] = makeFont(sans, 12, true, QFont::SansSerif);
    m_fonts[Banner] = makeFont(sans, 22, true, QFont::SansSerif);
    for (int f = 0; f < FontCount; ++f) {
        m_metrics.emplace_back(m_fonts[f], device);
        m_lineHeight[f] = m_metrics.back().lineSpacing();
    }
    newPage();
}

void PdfComposer::newPage()
{
    m_pages.emplace_back();
    m_y = m_body.top();
}

void PdfComposer::ensure(double height)
{
    if (height > room() && m_y > m_body.top())
        newPage();
}

void PdfComposer::space(double points)
{
    if (m_y > m_body.top())
        m_y = std::min(m_y + pt(points), m_body.bottom());
}

double PdfComposer::wordWidth(Font font, const QString &word) const
{
    QHash<QString, double> &cache = m_widths[font];
    const auto it = cache.constFind(word);
    if (it != cache.constEnd())
        return *it;
    const double width = m_metrics[font].horizontalAdvance(word);
    cache.insert(word, width);
    return width;
}

void PdfComposer::wrapAnywhere(const QString &text, Font font, double width, QStringList &out) const
{
    QTextLayout layout(text, m_fonts[font], m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        QString piece = text.mid(line.textStart(), line.textLength());
        while (piece.endsWith(QLatin1Char(' ')))
            piece.chop(1);
        out << piece;
    }
    layout.endLayout();
}

// Greedy word wrap over cached word widths: a record repeats its words (statuses, owners, "Verify",
// dates) thousands of times, and shaping each once is most of the layout's cost saved. A word wider
// than the box is broken by QTextLayout. Widths are summed per word, so the box keeps a point of
// slack for kerning across the joins.
QStringList PdfComposer::wrap(const QString &text, Font font, double width) const
{
    QStringList out;
    const double limit = width - pt(1);
    const double space = wordWidth(font, QStringLiteral(" "));
    const QStringList paragraphs = printable(text).split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        if (paragraph.isEmpty()) {
            out << paragraph;
            continue;
        }
        const QStringList words = paragraph.split(QLatin1Char(' '));
        const qsizetype before = out.size();
        QString line;
        double lineWidth = 0;
        bool lineStarted = false;
        for (const QString &word : words) {
            if (word.isEmpty()) {
                // A run of spaces: kept inside a line, dropped where the line breaks or starts.
                if (lineStarted && lineWidth + space <= limit) {
                    line += QLatin1Char(' ');
                    lineWidth += space;
                }
                continue;
            }
            const double w = wordWidth(font, word);
            const double added = lineStarted ? space + w : w;
            if (lineWidth + added <= limit) {
                if (lineStarted)
                    line += QLatin1Char(' ');
                line += word;
                lineWidth += added;
                lineStarted = true;
                continue;
            }
            if (lineStarted) {
                while (line.endsWith(QLatin1Char(' ')))
                    line.chop(1);
                out << line;
            }
            if (w <= limit) {
                line = word;
                lineWidth = w;
                lineStarted = true;
                continue;
            }
            // One word wider than the box: break it anywhere; its last piece starts the next line.
            QStringList pieces;
            wrapAnywhere(word, font, width, pieces);
            line = pieces.isEmpty() ? QString() : pieces.takeLast();
            out << pieces;
            lineWidth = line.isEmpty() ? 0 : m_metrics[font].horizontalAdvance(line);
            lineStarted = !line.isEmpty();
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        if (lineStarted || out.size() == before)
            out << line;
    }
    return out;
}

void PdfComposer::addText(double x, double top, const Paragraph &line)
{
    if (line.text.isEmpty())
        return;
    Op op;
    op.kind = Op::Text;
    op.at = QPointF(x, top + m_metrics[line.font].ascent());
    op.text = line.text;
    op.font = line.font;
    op.color = line.color;
    m_pages.back().push_back(std::move(op));
}

void PdfComposer::heading(const QString &text, Font font, double followingPoints)
{
    const QStringList lines = wrap(text, font, m_body.width());
    const double height = lines.size() * m_lineHeight[font] + pt(3);
    ensure(height + pt(followingPoints));
    for (const QString &line : lines) {
        addText(m_body.left(), m_y, { line, font, QColor(0x1b, 0x25, 0x33) });
        m_y += m_lineHeight[font];
    }
    m_y += pt(3);
}

void PdfComposer::paragraph(const Paragraph &paragraph, double indentPoints)
{
    const double x = m_body.left() + pt(indentPoints);
    const QStringList lines = wrap(paragraph.text, paragraph.font, m_body.right() - x);
    for (const QString &line : lines) {
        ensure(m_lineHeight[paragraph.font]);
        addText(x, m_y, { line, paragraph.font, paragraph.color });
        m_y += m_lineHeight[paragraph.font];
    }
}

void PdfComposer::box(const std::vector<Paragraph> &paragraphs, const QColor &fill, const QColor &border)
{
    const double pad = pt(8);
    const double width = m_body.width() - 2 * pad;
    std::vector<Paragraph> lines;
    double height = 2 * pad;
    for (const Paragraph &p : paragraphs) {
        for (const QString &line : wrap(p.text, p.font, width)) {
            lines.push_back({ line, p.font, p.color });
            height += m_lineHeight[p.font];
        }
    }
    ensure(height);
    // A box taller than a page (a pathological rationale) is cut into boxes page by page.
    size_t next = 0;
    while (next < lines.size()) {
        double used = 2 * pad;
        size_t end = next;
        while (end < lines.size() && (end == next || used + m_lineHeight[lines[end].font] <= room())) {
            used += m_lineHeight[lines[end].font];
            ++end;
        }
        Op fillOp;
        fillOp.kind = Op::Fill;
        fillOp.rect = QRectF(m_body.left(), m_y, m_body.width(), used);
        fillOp.color = fill;
        fillOp.border = border;
        m_pages.back().push_back(std::move(fillOp));
        double y = m_y + pad;
        for (size_t i = next; i < end; ++i) {
            addText(m_body.left() + pad, y, lines[i]);
            y += m_lineHeight[lines[i].font];
        }
        m_y += used;
        next = end;
        if (next < lines.size())
            newPage();
    }
}

PdfComposer::CellLines PdfComposer::layoutCell(const Cell &cell, double width) const
{
    CellLines out;
    out.fill = cell.fill;
    const double inner = std::max(width - 2 * pt(cellPaddingX), pt(8));
    for (const Paragraph &p : cell.paragraphs) {
        for (const QString &line : wrap(p.text, p.font, inner))
            out.lines.push_back({ line, p.font, p.color });
    }
    return out;
}

double PdfComposer::rowHeight(const std::vector<CellLines> &cells) const
{
    double tallest = 0;
    for (const CellLines &cell : cells) {
        double h = 0;
        for (size_t i = cell.next; i < cell.lines.size(); ++i)
            h += m_lineHeight[cell.lines[i].font];
        tallest = std::max(tallest, h);
    }
    return tallest + 2 * pt(cellPaddingY);
}

void PdfComposer::placeRowSlice(const std::vector<double> &widths, std::vector<CellLines> &cells,
    double height, bool header, bool spanning)
{
    double x = m_body.left();
    for (size_t c = 0; c < cells.size(); ++c) {
        const double width = spanning ? m_body.width() : widths[c];
        const QColor fill = header ? headerFill : cells[c].fill;
        if (fill.isValid()) {
            Op op;
            op.kind = Op::Fill;
            op.rect = QRectF(x, m_y, width, height);
            op.color = fill;
            m_pages.back().push_back(std::move(op));
        }
        double y = m_y + pt(cellPaddingY);
        const double bottom = m_y + height - pt(cellPaddingY) + 0.01;
        CellLines &cell = cells[c];
        while (cell.next < cell.lines.size() && y + m_lineHeight[cell.lines[cell.next].font] <= bottom) {
            addText(x + pt(cellPaddingX), y, cell.lines[cell.next]);
            y += m_lineHeight[cell.lines[cell.next].font];
            ++cell.next;
        }
        x += width;
    }
    Op rule;
    rule.kind = Op::Line;
    rule.rect = QRectF(QPointF(m_body.left(), m_y + height), QPointF(m_body.right(), m_y + height));
    rule.color = ruleColour;
    m_pages.back().push_back(std::move(rule));
    m_y += height;
}

std::vector<PdfComposer::CellLines> PdfComposer::layoutRow(const std::vector<double> &widths, const Row &row) const
{
    const bool spanning = row.size() == 1 && widths.size() > 1;
    std::vector<CellLines> cells;
    for (size_t c = 0; c < row.size() && c < widths.size(); ++c)
        cells.push_back(layoutCell(row[c], spanning ? m_body.width() : widths[c]));
    return cells;
}

void PdfComposer::placeRow(const std::vector<double> &widths, std::vector<CellLines> cells, bool header,
    const std::vector<CellLines> &headerCells)
{
    const bool spanning = cells.size() == 1 && widths.size() > 1;
    const double height = rowHeight(cells);
    const auto repeatHeader = [&] {
        newPage();
        if (!headerCells.empty())
            placeRow(widths, headerCells, true, {});
    };
    const double headerHeight = headerCells.empty() ? 0 : rowHeight(headerCells);
    if (height > room() && height <= m_body.height() - headerHeight)
        repeatHeader();
    // Usually one slice; a row taller than a page goes on line by line over as many as it takes.
    for (;;) {
        const double needed = rowHeight(cells);
        if (needed <= room() + 0.01) {
            placeRowSlice(widths, cells, needed, header, spanning);
            return;
        }
        double nextLine = 0;
        for (const CellLines &cell : cells) {
            if (cell.next < cell.lines.size())
                nextLine = std::max(nextLine, m_lineHeight[cell.lines[cell.next].font]);
        }
        if (nextLine + 2 * pt(cellPaddingY) > room()) {
            repeatHeader();
            continue;
        }
        placeRowSlice(widths, cells, room(), header, spanning);
        repeatHeader();
    }
}

void PdfComposer::table(const std::vector<Column> &columns, const std::vector<Row> &rows)
{
    const double total = std::accumulate(
        columns.begin(), columns.end(), 0.0, [](double sum, const Column &c) { return sum + c.share; });
    std::vector<double> widths;
    for (const Column &c : columns)
        widths.push_back(m_body.width() * c.share / total);
    std::vector<CellLines> headerCells;
    if (std::any_of(columns.begin(), columns.end(), [](const Column &c) { return !c.title.isEmpty(); })) {
        Row headerRow;
        for (const Column &c : columns)
            headerRow.push_back(Cell { { { c.title, Bold, Qt::black } }, {} });
        headerCells = layoutRow(widths, headerRow);
        if (rows.empty())
            placeRow(widths, headerCells, true, {});
    }
    bool headerPlaced = headerCells.empty() || rows.empty();
    const auto spans = [&](const Row &row) { return row.size() == 1 && columns.size() > 1; };
    // Each row is laid out once; a row and the spanning rows that continue it (its evidence, a
    // signature's key) are laid out together and stay on one page when they fit on half of one.
    for (size_t i = 0; i < rows.size();) {
        size_t end = i + 1;
        while (!spans(rows[i]) && end < rows.size() && spans(rows[end]))
            ++end;
        std::vector<std::vector<CellLines>> group;
        double height = 0;
        for (size_t j = i; j < end; ++j) {
            group.push_back(layoutRow(widths, rows[j]));
            height += rowHeight(group.back());
        }
        const double headerHeight = headerCells.empty() ? 0 : rowHeight(headerCells);
        if (!headerPlaced) {
            // The header never sits alone at the bottom of a page: it goes with the first row (and
            // that row's continuation rows, up to half a page).
            ensure(headerHeight + std::min(height, (m_body.height() - headerHeight) / 2));
            placeRow(widths, headerCells, true, {});
            headerPlaced = true;
        }
        if (group.size() > 1 && height > room() && height <= (m_body.height() - headerHeight) / 2) {
            newPage();
            if (!headerCells.empty())
                placeRow(widths, headerCells, true, {});
        }
        for (std::vector<CellLines> &cells : group)
            placeRow(widths, std::move(cells), false, headerCells);
        i = end;
    }
}

void PdfComposer::picture(const QPicture &picture, const QSizeF &sizePt)
{
    if (picture.isNull() || sizePt.isEmpty())
        return;
    double width = pt(sizePt.width());
    double height = pt(sizePt.height());
    if (width > m_body.width()) {
        height *= m_body.width() / width;
        width = m_body.width();
    }
    if (height > m_body.height()) {
        width *= m_body.height() / height;
        height = m_body.height();
    }
    ensure(height);
    m_pictures.push_back(picture);
    Op op;
    op.kind = Op::Picture;
    op.rect = QRectF(m_body.left(), m_y, width, height);
    op.picture = int(m_pictures.size()) - 1;
    op.pictureSize = sizePt;
    m_pages.back().push_back(std::move(op));
    m_y += height;
}

bool PdfComposer::paint(QPainter &painter, const std::function<bool()> &nextPage, const Decorate &decorate,
    const std::function<bool(int)> &progress) const
{
    const int count = pageCount();
    for (int index = 0; index < count; ++index) {
        if (index > 0 && !nextPage())
            return false;
        // Font and colour are set only when they change: most lines share them with the one before.
        int font = -1;
        QColor colour;
        for (const Op &op : m_pages[size_t(index)]) {
            switch (op.kind) {
            case Op::Text:
                if (op.font != font) {
                    font = op.font;
                    painter.setFont(m_fonts[op.font]);
                }
                if (op.color != colour || painter.pen().color() != op.color) {
                    colour = op.color;
                    painter.setPen(op.color);
                }
                painter.drawText(op.at, op.text);
                break;
            case Op::Fill:
                painter.setPen(op.border.isValid() ? QPen(op.border, pt(0.8)) : QPen(Qt::NoPen));
                painter.setBrush(op.color);
                painter.drawRect(op.rect);
                painter.setBrush(Qt::NoBrush);
                colour = QColor();
                break;
            case Op::Line:
                painter.setPen(QPen(op.color, pt(0.5)));
                painter.drawLine(op.rect.topLeft(), op.rect.bottomRight());
                colour = QColor();
                break;
            case Op::Picture: {
                const QPicture &picture = m_pictures[size_t(op.picture)];
                painter.save();
                painter.translate(op.rect.topLeft());
                // Playing a picture already scales it from its resolution to the device's.
                const double played
                    = double(painter.device()->logicalDpiX()) / std::max(1, picture.logicalDpiX());
                painter.scale(op.rect.width() / (op.pictureSize.width() * played),
                    op.rect.height() / (op.pictureSize.height() * played));
                painter.drawPicture(QPointF(0, 0), picture);
                painter.restore();
                font = -1;
                colour = QColor();
                break;
            }
            }
        }
        decorate(painter, index, count);
        if (progress && !progress(index + 1))
            return false;
    }
    return true;
}

} // namespace gl
