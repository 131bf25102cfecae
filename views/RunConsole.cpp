#include "RunConsole.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QStringBuilder>
#include <algorithm>
#include <cmath>

namespace gl {

namespace {

constexpr int margin = 4;

QColor blend(const QColor &a, const QColor &b)
{
    return QColor((a.red() + b.red()) / 2, (a.green() + b.green()) / 2, (a.blue() + b.blue()) / 2);
}

// WCAG relative luminance and contrast ratio (1 to 21).
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A command does not know our theme: black text on a dark console or white on a light one would
// be invisible. Such a colour is replaced by whichever of black and white reads on the background.
QColor readableOn(const QColor &foreground, const QColor &background)
{
    constexpr double minimumContrast = 2.0;
    if (contrast(foreground, background) >= minimumContrast)
        return foreground;
    return luminance(background) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
}

// Fixed, so that the text drawn on them (always black) reads on light and dark themes alike.
const QColor matchColour(0xff, 0xe0, 0x70);
const QColor currentMatchColour(0xff, 0x96, 0x32);

} // namespace

RunConsole::RunConsole(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("runConsole"));
    setAccessibleName(tr("Run output"));
    setFocusPolicy(Qt::StrongFocus);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setCursor(Qt::IBeamCursor);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(refreshIntervalMs);
    connect(&m_refresh, &QTimer::timeout, this, &RunConsole::refresh);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &RunConsole::userScrolled);

    // Actions on the widget, so that their shortcuts work whenever the console has the focus.
    const auto addShortcutAction = [this](const QString &name, const QString &text, const QKeySequence &keys) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    QAction *copy = addShortcutAction(QStringLiteral("copyAction"), tr("&Copy"), QKeySequence::Copy);
    connect(copy, &QAction::triggered, this, &RunConsole::copySelection);
    QAction *copyEverything = addShortcutAction(QStringLiteral("copyAllAction"), tr("Copy &All"), {});
    connect(copyEverything, &QAction::triggered, this, &RunConsole::copyAll);
    QAction *all = addShortcutAction(QStringLiteral("selectAllAction"), tr("Select A&ll"), QKeySequence::SelectAll);
    connect(all, &QAction::triggered, this, &RunConsole::selectAll);
    QAction *follow = addShortcutAction(QStringLiteral("followAction"), tr("&Follow Output"), {});
    follow->setCheckable(true);
    follow->setChecked(m_following);
    connect(follow, &QAction::toggled, this, &RunConsole::setFollowing);
    connect(this, &RunConsole::followingChanged, follow, &QAction::setChecked);

    updateMetrics();
}

RunConsole::~RunConsole() = default;

void RunConsole::appendOutput(QByteArrayView bytes)
{
    const ConsoleBuffer::Removal removal = m_buffer.append(bytes);
    if (removal.happened())
        applyRemoval(removal);
    m_dirty = true;
    if (!m_refresh.isActive())
        m_refresh.start();
}

void RunConsole::clear()
{
    m_buffer.clear();
    m_search.reset();
    m_currentMatch = -1;
    m_anchor = m_cursor = -1;
    m_widestPainted = 0;
    m_dirty = false;
    setFollowing(true);
    updateScrollBars();
    viewport()->update();
}

void RunConsole::setByteLimit(qint64 bytes)
{
    m_buffer.setByteLimit(bytes);
}

QString RunConsole::text() const
{
    QString all;
    const qsizetype count = lineCount();
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            all += u'\n';
        all += m_buffer.lineText(i);
    }
    return all;
}

void RunConsole::setFollowing(bool follow)
{
    if (m_following == follow)
        return;
    m_following = follow;
    if (follow) {
        m_adjusting = true;
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        m_adjusting = false;
        viewport()->update();
    }
    Q_EMIT followingChanged(follow);
}

void RunConsole::setColoursStripped(bool strip)
{
    if (m_stripColours == strip)
        return;
    m_stripColours = strip;
    viewport()->update();
}

bool RunConsole::find(const QString &text, bool backwards)
{
    if (text.compare(m_search.needle(), Qt::CaseInsensitive) != 0)
        m_currentMatch = -1;
    m_search.setNeedle(text);
    if (text.isEmpty()) {
        clearSearch();
        return false;
    }
    m_search.update(m_buffer);
    const qsizetype count = m_search.count();
    if (count == 0) {
        m_currentMatch = -1;
        viewport()->update();
        return false;
    }
    qsizetype next = -1;
    if (m_currentMatch >= 0) {
        // New output may have re-numbered matches on an unfinished last line: find ours by position.
        qsizetype at = m_search.firstFrom(m_current.line);
        while (at >= 0 && at < count && m_search.at(at).line == m_current.line && m_search.at(at).column < m_current.column)
            ++at;
        if (at < 0)
            at = count;
        const bool onIt = at < count && m_search.at(at).line == m_current.line && m_search.at(at).column == m_current.column;
        next = backwards ? at - 1 : (onIt ? at + 1 : at);
    } else {
        const qsizetype top = firstVisibleLine();
        next = backwards ? m_search.lastUpTo(top + visibleLineCapacity() - 1) : m_search.firstFrom(top);
        if (next < 0)
            next = backwards ? count - 1 : 0;
    }
    next = (next + count) % count;
    m_currentMatch = next;
    m_current = m_search.at(next);
    setFollowing(false);
    scrollToLine(m_current.line, m_current.column);
    viewport()->update();
    return true;
}

void RunConsole::clearSearch()
{
    m_search.setNeedle(QString());
    m_currentMatch = -1;
    viewport()->update();
}

void RunConsole::selectLines(qsizetype first, qsizetype last)
{
    const qsizetype count = lineCount();
    if (count == 0 || first < 0) {
        m_anchor = m_cursor = -1;
    } else {
        m_anchor = std::clamp<qsizetype>(first, 0, count - 1);
        m_cursor = std::clamp<qsizetype>(last, 0, count - 1);
    }
    viewport()->update();
}

void RunConsole::selectAll()
{
    selectLines(0, lineCount() - 1);
}

QString RunConsole::selectedText() const
{
    if (!hasSelection())
        return {};
    QString selected;
    const qsizetype last = std::max(m_anchor, m_cursor);
    for (qsizetype i = std::min(m_anchor, m_cursor); i <= last; ++i) {
        selected += m_buffer.lineText(i);
        if (i < last)
            selected += u'\n';
    }
    return selected;
}

void RunConsole::copySelection() const
{
    if (hasSelection())
        QGuiApplication::clipboard()->setText(selectedText());
}

void RunConsole::copyAll() const
{
    QGuiApplication::clipboard()->setText(text());
}

qsizetype RunConsole::firstVisibleLine() const
{
    return verticalScrollBar()->value();
}

qsizetype RunConsole::visibleLineCapacity() const
{
    return std::max(1, viewport()->height() / m_lineHeight);
}

void RunConsole::refresh()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    updateScrollBars();
    viewport()->update();
}

void RunConsole::updateMetrics()
{
    for (size_t i = 0; i < m_fonts.size(); ++i) {
        QFont f = font();
        f.setBold(i & 1);
        f.setItalic(i & 2);
        f.setUnderline(i & 4);
        m_fonts[i] = f;
    }
    const QFontMetricsF metrics(font());
    m_charWidth = std::max<qreal>(1, metrics.horizontalAdvance(QLatin1Char('M')));
    m_lineHeight = std::max(1, int(std::ceil(metrics.lineSpacing())));
    m_ascent = int(std::ceil(metrics.ascent()));
    verticalScrollBar()->setSingleStep(1);
    horizontalScrollBar()->setSingleStep(int(std::ceil(m_charWidth * 4)));
    updateScrollBars();
}

void RunConsole::updateScrollBars()
{
    m_adjusting = true;
    QScrollBar *vertical = verticalScrollBar();
    const qsizetype page = visibleLineCapacity();
    vertical->setRange(0, int(std::max<qsizetype>(0, lineCount() - page)));
    vertical->setPageStep(int(page));
    if (m_following)
        vertical->setValue(vertical->maximum());
    QScrollBar *horizontal = horizontalScrollBar();
    const qsizetype columns = std::max(m_buffer.longestLine(), m_widestPainted) + 1;
    const int width = int(std::ceil(qreal(columns) * m_charWidth)) + 2 * margin;
    horizontal->setRange(0, std::max(0, width - viewport()->width()));
    horizontal->setPageStep(viewport()->width());
    m_adjusting = false;
}

void RunConsole::userScrolled()
{
    if (m_adjusting)
        return;
    const bool atEnd = verticalScrollBar()->value() >= verticalScrollBar()->maximum();
    if (atEnd != m_following) {
        m_following = atEnd;
        Q_EMIT followingChanged(atEnd);
    }
}

void RunConsole::applyRemoval(const ConsoleBuffer::Removal &removal)
{
    // Lines were renumbered: matches are found again on the next search.
    m_search.reset();
    m_currentMatch = -1;
    const qsizetype changedFrom = removal.first - 1;   // the marker line may have just appeared
    const auto shifted = [&](qsizetype line) {
        if (line >= removal.first + removal.count)
            return line - removal.count;
        return line >= changedFrom ? changedFrom : line;
    };
    if (hasSelection()) {
        m_anchor = shifted(m_anchor);
        m_cursor = shifted(m_cursor);
    }
    if (!m_following) {
        m_adjusting = true;
        verticalScrollBar()->setValue(int(shifted(verticalScrollBar()->value())));
        m_adjusting = false;
    }
    m_dirty = true;
}

void RunConsole::scrollToLine(qsizetype line, qsizetype column)
{
    m_widestPainted = std::max(m_widestPainted, column + m_current.length);
    updateScrollBars();
    m_adjusting = true;
    const qsizetype page = visibleLineCapacity();
    const qsizetype top = firstVisibleLine();
    if (line < top || line >= top + page)
        verticalScrollBar()->setValue(int(std::max<qsizetype>(0, line - page / 2)));
    QScrollBar *horizontal = horizontalScrollBar();
    const int left = int(qreal(column) * m_charWidth);
    const int right = int(qreal(column + m_current.length) * m_charWidth) + 2 * margin;
    if (left < horizontal->value() || right > horizontal->value() + viewport()->width())
        horizontal->setValue(std::max(0, left - viewport()->width() / 3));
    m_adjusting = false;
}

qsizetype RunConsole::lineAt(int y) const
{
    const qsizetype count = lineCount();
    if (count == 0)
        return -1;
    return std::clamp<qsizetype>(firstVisibleLine() + std::max(0, y) / m_lineHeight, 0, count - 1);
}

bool RunConsole::darkBackground() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

void RunConsole::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Base));
    const qreal offset = horizontalScrollBar()->value() - margin;
    const qsizetype firstColumn = std::max<qsizetype>(0, qsizetype(std::floor(offset / m_charWidth)));
    const qsizetype lastColumn = firstColumn + qsizetype(std::ceil(viewport()->width() / m_charWidth)) + 2;
    const qsizetype count = lineCount();
    const int height = viewport()->height();
    PenState pen;
    for (qsizetype i = firstVisibleLine(); i < count; ++i) {
        const qreal y = qreal(i - firstVisibleLine()) * m_lineHeight;
        if (y >= height)
            break;
        paintLine(painter, pen, i, y, firstColumn, lastColumn);
    }
}

QColor RunConsole::readable(const QColor &foreground, const QColor &background) const
{
    const quint64 key = (quint64(foreground.rgb()) << 32) | background.rgb();
    auto it = m_readable.constFind(key);
    if (it == m_readable.constEnd()) {
        if (m_readable.size() > 4096)
            m_readable.clear();   // a truecolour rainbow must not grow this without bound
        it = m_readable.insert(key, readableOn(foreground, background).rgb());
    }
    return QColor::fromRgb(*it);
}

void RunConsole::paintLine(QPainter &painter, PenState &pen, qsizetype index, qreal y, qsizetype firstColumn, qsizetype lastColumn)
{
    const ConsoleBuffer::Line line = m_buffer.line(index, lastColumn + 1);
    // A line decoded only as far as the view reaches is at most as wide as its bytes.
    m_widestPainted = std::max(m_widestPainted, line.truncated ? m_buffer.rawLine(index).size() : line.text.size());
    const QPalette &colours = palette();
    const bool dark = darkBackground();
    const QColor base = colours.color(QPalette::Base);
    const bool selected = hasSelection() && index >= std::min(m_anchor, m_cursor) && index <= std::max(m_anchor, m_cursor);
    const QColor plain = colours.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor lineBackground = selected ? colours.color(QPalette::Highlight) : base;
    const qreal x0 = margin - horizontalScrollBar()->value();
    const auto rect = [&](qsizetype from, qsizetype to) {
        return QRectF(x0 + qreal(from) * m_charWidth, y, qreal(to - from) * m_charWidth, m_lineHeight);
    };
    if (selected)
        painter.fillRect(QRectF(0, y, viewport()->width(), m_lineHeight), colours.color(QPalette::Highlight));

    const std::vector<qsizetype> found = ConsoleSearch::columnsIn(line.text, m_search.needle());
    const qsizetype needleLength = m_search.needle().size();
    size_t nextMatch = 0;   // pieces move left to right, so matches are walked once per line
    for (const AnsiSpan &span : line.spans) {
        const qsizetype start = std::max(span.start, firstColumn);
        const qsizetype end = std::min(span.start + span.length, lastColumn);
        if (start >= end)
            continue;
        // A selected line is drawn plain, so its colours cannot vanish into the selection colour.
        const AnsiStyle style = (m_stripColours || selected) && !line.marker ? AnsiStyle() : span.style;
        // The theme-tuned colours are for text on the console's own background; on a background the
        // command chose, and for backgrounds themselves, the standard (vivid) ones.
        QColor background = style.background.isDefault() ? QColor() : AnsiText::toColour(style.background, true);
        QColor foreground = style.foreground.isDefault() ? plain
                                                         : AnsiText::toColour(style.foreground, background.isValid() || dark);
        if (style.inverse) {
            const QColor was = foreground;
            foreground = background.isValid() ? background : lineBackground;
            background = was;
        }
        foreground = readable(foreground, background.isValid() ? background : lineBackground);
        if (style.faint)
            foreground = blend(foreground, background.isValid() ? background : lineBackground);
        if (background.isValid())
            painter.fillRect(rect(start, end), background);
        const int fontIndex = (style.bold ? 1 : 0) | (style.italic ? 2 : 0) | (style.underline ? 4 : 0);
        // Changing the painter's font or pen costs more than drawing a short piece: only on change.
        if (fontIndex != pen.font) {
            painter.setFont(m_fonts[size_t(fontIndex)]);
            pen.font = fontIndex;
        }
        // Pieces inside a search match are drawn black on the match colour.
        for (qsizetype at = start; at < end;) {
            while (nextMatch < found.size() && found[nextMatch] + needleLength <= at)
                ++nextMatch;
            qsizetype pieceEnd = end;
            qsizetype matchStart = -1;
            if (nextMatch < found.size()) {
                const qsizetype column = found[nextMatch];
                if (column <= at) {
                    matchStart = column;
                    pieceEnd = std::min(end, column + needleLength);
                } else {
                    pieceEnd = std::min(end, column);
                }
            }
            if (matchStart >= 0) {
                const bool current = m_currentMatch >= 0 && m_current.line == index && m_current.column == matchStart;
                painter.fillRect(rect(at, pieceEnd), current ? currentMatchColour : matchColour);
            }
            const QRgb colour = matchStart >= 0 ? qRgb(0, 0, 0) : foreground.rgb();
            if (!pen.colourSet || colour != pen.colour) {
                painter.setPen(QColor::fromRgb(colour));
                pen.colour = colour;
                pen.colourSet = true;
            }
            painter.drawText(QPointF(x0 + qreal(at) * m_charWidth, y + m_ascent), line.text.mid(at, pieceEnd - at));
            at = pieceEnd;
        }
    }
}

void RunConsole::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void RunConsole::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    updateScrollBars();
}

void RunConsole::scrollContentsBy(int, int)
{
    viewport()->update();
}

void RunConsole::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Home:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMinimum);
        return;
    case Qt::Key_End:
        setFollowing(true);
        return;
    case Qt::Key_Escape:
        if (hasSelection()) {
            selectLines(-1, -1);
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void RunConsole::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const qsizetype line = lineAt(event->position().toPoint().y());
    if (line < 0)
        return;
    if ((event->modifiers() & Qt::ShiftModifier) && hasSelection())
        m_cursor = line;
    else
        m_anchor = m_cursor = line;
    viewport()->update();
}

void RunConsole::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || !hasSelection())
        return;
    const int y = event->position().toPoint().y();
    // Dragging past an edge scrolls, one line per move, as a text editor does.
    if (y < 0)
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    else if (y >= viewport()->height())
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    m_cursor = lineAt(std::clamp(y, 0, viewport()->height() - 1));
    viewport()->update();
}

void RunConsole::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        event->accept();
    else
        QAbstractScrollArea::mouseReleaseEvent(event);
}

void RunConsole::contextMenuEvent(QContextMenuEvent *event)
{
    const auto action = [this](const char *name) { return findChild<QAction *>(QLatin1StringView(name)); };
    QMenu menu(this);
    QAction *copy = action("copyAction");
    copy->setEnabled(hasSelection());
    menu.addAction(copy);
    QAction *copyEverything = action("copyAllAction");
    copyEverything->setEnabled(lineCount() > 0);
    menu.addAction(copyEverything);
    menu.addAction(action("selectAllAction"));
    menu.addSeparator();
    menu.addAction(action("followAction"));
    menu.exec(event->globalPos());
}

void RunConsole::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateMetrics();
    else if (event->type() == QEvent::PaletteChange) {
        m_readable.clear();
        viewport()->update();
    }
}

} // namespace gl
