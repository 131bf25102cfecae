#pragma once
// Lays out a flowing document of headings, paragraphs, tables and pictures onto pages of a paint
// device, then paints it: the layout is kept as a list of drawing operations per page, so the page
// count is known before anything is painted and every page can say "page N of M".
//
// All measures are in the device's units; pt() converts from points. Text is plain (never markup);
// control characters become spaces; a line too long for its box wraps at a word boundary, or
// anywhere when one word is wider than the box (a 64-character hash in a narrow column). A table
// row too tall for the rest of the page moves to the next one, with the header repeated; a row too
// tall for any page continues line by line.

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QMarginsF>
#include <QPicture>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

class QPaintDevice;
class QPainter;

namespace gl {

class PdfComposer final {
public:
    enum Font { Body, Bold, Small, Mono, Title, Heading, Banner, FontCount };

    struct Paragraph {
        QString text;
        Font font = Body;
        QColor color = Qt::black;
    };
    struct Cell {
        std::vector<Paragraph> paragraphs;
        QColor fill; // invalid: none
    };
    // One cell spans every column.
    using Row = std::vector<Cell>;
    struct Column {
        QString title;
        double share = 1; // of the table's width, relative to the other columns
    };

    // margins in points: left, top, right, bottom of the body; the header and footer sit in the
    // top and bottom margins.
    PdfComposer(QPaintDevice *device, const QRectF &pageRectPt, const QMarginsF &marginsPt);

    double pt(double points) const { return points * m_scale; }
    int pageCount() const { return int(m_pages.size()); }
    const QFont &font(Font f) const { return m_fonts[f]; }

    void space(double points);
    // Keeps at least `followingPoints` of room after it on the same page.
    void heading(const QString &text, Font font = Heading, double followingPoints = 60);
    void paragraph(const Paragraph &paragraph, double indentPoints = 0);
    // A filled box of paragraphs that is never split; starts a new page when it does not fit.
    void box(const std::vector<Paragraph> &paragraphs, const QColor &fill, const QColor &border);
    // headerless when columns' titles are all empty.
    void table(const std::vector<Column> &columns, const std::vector<Row> &rows);
    // Scaled down to the content width when wider; height in points follows the size.
    void picture(const QPicture &picture, const QSizeF &sizePt);

    // Paints every page; decorate draws the header and footer of page `index` (0-based) of
    // `count`. progress(pagesPainted) returns false to stop.
    using Decorate = std::function<void(QPainter &, int index, int count)>;
    bool paint(QPainter &painter, const std::function<bool()> &nextPage, const Decorate &decorate,
        const std::function<bool(int)> &progress) const;

    // Text lines of `text` within `width`, as the layout breaks them.
    QStringList wrap(const QString &text, Font font, double width) const;
    QRectF bodyRect() const { return m_body; }
    QRectF pageRect() const { return m_page; }

private:
    struct Op {
        enum Kind { Text, Fill, Line, Picture } kind = Text;
        QRectF rect; // Fill, Picture: the box; Line: from topLeft to bottomRight
        QPointF at; // Text: baseline start
        QString text;
        Font font = Body;
        QColor color;
        QColor border; // Fill: outline, when valid
        int picture = -1; // index into m_pictures
        QSizeF pictureSize; // device units the picture was drawn in
    };
    struct CellLines {
        std::vector<Paragraph> lines; // one entry per laid-out line
        size_t next = 0;
        QColor fill;
    };

    void newPage();
    double room() const { return m_body.bottom() - m_y; }
    void ensure(double height);
    void addText(double x, double top, const Paragraph &line);
    CellLines layoutCell(const Cell &cell, double width) const;
    double wordWidth(Font font, const QString &word) const;
    void wrapAnywhere(const QString &text, Font font, double width, QStringList &out) const;
    std::vector<CellLines> layoutRow(const std::vector<double> &widths, const Row &row) const;
    void placeRow(const std::vector<double> &widths, std::vector<CellLines> cells, bool header,
        const std::vector<CellLines> &headerCells);
    void placeRowSlice(const std::vector<double> &widths, std::vector<CellLines> &cells, double height,
        bool header, bool spanning);
    double rowHeight(const std::vector<CellLines> &cells) const;

    QPaintDevice *m_device;
    double m_scale; // device units per point
    QRectF m_page;
    QRectF m_body;
    double m_y = 0;
    QFont m_fonts[FontCount];
    std::vector<QFontMetricsF> m_metrics;
    double m_lineHeight[FontCount] {};
    std::vector<std::vector<Op>> m_pages;
    std::vector<QPicture> m_pictures; // what the Picture ops draw
    mutable QHash<QString, double> m_widths[FontCount]; // measured words, per font
};

} // namespace gl
