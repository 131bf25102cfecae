#pragma once
// The live, read-only output of one run. Appending only stores bytes (see ConsoleBuffer); a timer
// repaints at most every 30 ms and only the lines in view, so a command printing hundreds of MB
// never freezes the window. Colours come from ANSI SGR sequences; nothing in the output is ever
// read as markup or allowed to move the cursor.

#include "ConsoleBuffer.h"
#include "ConsoleSearch.h"

#include <QAbstractScrollArea>
#include <QByteArrayView>
#include <QFont>
#include <QHash>
#include <QTimer>
#include <array>

namespace gl {

class RunConsole final : public QAbstractScrollArea {
    Q_OBJECT
public:
    static constexpr int refreshIntervalMs = 30;

    explicit RunConsole(QWidget *parent = nullptr);
    ~RunConsole() override;

    // Cheap: stores the bytes and marks the view for the next refresh.
    void appendOutput(QByteArrayView bytes);
    void clear();
    // Past this many bytes the head and the tail are kept around a marker line (default 64 MiB).
    void setByteLimit(qint64 bytes);

    qsizetype lineCount() const { return m_buffer.lineCount(); }
    QString lineText(qsizetype line) const { return m_buffer.lineText(line); }
    // Everything shown, lines joined with "\n".
    QString text() const;
    qint64 totalBytes() const { return m_buffer.totalBytes(); }

    // Follow mode keeps the newest line in view; scrolling up ends it, scrolling to the end resumes it.
    bool isFollowing() const { return m_following; }
    void setFollowing(bool follow);
    // Shows every line in the plain text colour, as if the command had printed no SGR at all.
    bool coloursStripped() const { return m_stripColours; }
    void setColoursStripped(bool strip);

    // Case-insensitive. The next match after the current one (or from the top line in view the first
    // time), wrapping around; selects it and scrolls to it. False when there is none. Stops following.
    bool find(const QString &text, bool backwards = false);
    // Of the last find(): how many matches, and which one is current (1-based, 0 for none).
    qsizetype matchCount() const { return m_search.count(); }
    bool matchCountTruncated() const { return m_search.truncated(); }
    qsizetype currentMatch() const { return m_currentMatch + 1; }
    void clearSearch();

    // Selection is by whole lines: click, drag, Shift+click, Ctrl+A.
    void selectLines(qsizetype first, qsizetype last);
    void selectAll();
    bool hasSelection() const { return m_anchor >= 0; }
    QString selectedText() const;
    void copySelection() const;
    void copyAll() const;

    qsizetype firstVisibleLine() const;
    qsizetype visibleLineCapacity() const;

Q_SIGNALS:
    void followingChanged(bool following);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void updateMetrics();
    void updateScrollBars();
    void userScrolled();
    void applyRemoval(const ConsoleBuffer::Removal &removal);
    void scrollToLine(qsizetype line, qsizetype column);
    qsizetype lineAt(int y) const;
    struct PenState {
        int font = -1;
        QRgb colour = 0;
        bool colourSet = false;
    };
    bool darkBackground() const;
    QColor readable(const QColor &foreground, const QColor &background) const;
    void paintLine(QPainter &painter, PenState &pen, qsizetype index, qreal y, qsizetype firstColumn, qsizetype lastColumn);

    ConsoleBuffer m_buffer;
    ConsoleSearch m_search;
    qsizetype m_currentMatch = -1;
    ConsoleSearch::Match m_current;   // kept beside the index: new output may add matches before it

    QTimer m_refresh;
    bool m_dirty = false;
    bool m_following = true;
    bool m_stripColours = false;
    bool m_adjusting = false;         // scroll bar changes we make ourselves are not the user's

    qsizetype m_anchor = -1;          // selection: the line pressed first and the line reached
    qsizetype m_cursor = -1;

    std::array<QFont, 8> m_fonts;     // regular, bold, italic, underline combined
    mutable QHash<quint64, QRgb> m_readable;   // (foreground, background) -> colour that reads on it
    qreal m_charWidth = 8;
    int m_lineHeight = 16;
    int m_ascent = 12;
    qsizetype m_widestPainted = 0;
};

} // namespace gl
