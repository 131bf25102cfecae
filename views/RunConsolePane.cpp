#include "RunConsolePane.h"

#include "RunConsole.h"
#include "domain/Run.h"
#include "itemmodels/ReadinessColours.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QShortcut>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace gl {

namespace {

QToolButton *makeButton(const QString &objectName, const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(text);
    button->setAccessibleDescription(toolTip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

// Same colours as an item's status in the checklist, so a run reads the same everywhere.
QColor stateColour(RunConsolePane::State state)
{
    switch (state) {
    case RunConsolePane::State::Running: return ReadinessColours::statusText(ItemStatus::InProgress);
    case RunConsolePane::State::Passed: return ReadinessColours::statusText(ItemStatus::Passed);
    case RunConsolePane::State::Failed: return ReadinessColours::statusText(ItemStatus::Failed);
    case RunConsolePane::State::Cancelled: return ReadinessColours::statusText(ItemStatus::NotApplicable);
    }
    return {};
}

} // namespace

RunConsolePane::RunConsolePane(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_placeholder(new QLabel(tr("No runs yet. Run an item and its output appears here."), this))
    , m_follow(makeButton(QStringLiteral("followButton"), tr("Follow"),
                          tr("Keep the newest output in view (End); scrolling up stops it"), this))
    , m_stripColours(makeButton(QStringLiteral("stripColoursButton"), tr("Strip Colours"),
                                tr("Show the output without the colours the command printed"), this))
    , m_searchField(new QLineEdit(this))
    , m_searchStatus(new QLabel(this))
    , m_copyAll(makeButton(QStringLiteral("copyAllButton"), tr("Copy All"),
                           tr("Copy the whole output of this run"), this))
    , m_clearFinished(makeButton(QStringLiteral("clearFinishedButton"), tr("Clear Finished"),
                                 tr("Close the tabs of every run that has ended"), this))
    , m_cancel(makeButton(QStringLiteral("cancelButton"), tr("Cancel Run"),
                          tr("Stop this run and every process it started"), this))
{
    setObjectName(QStringLiteral("runConsolePane"));
    setAccessibleName(tr("Runs"));
    m_tabs->setObjectName(QStringLiteral("runTabs"));
    m_tabs->setAccessibleName(tr("Runs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->tabBar()->setElideMode(Qt::ElideMiddle);
    m_placeholder->setObjectName(QStringLiteral("runsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);  // the disabled colour reads as a hint

    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_stripColours->setCheckable(true);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setPlaceholderText(tr("Find in output"));
    m_searchField->setToolTip(tr("Ctrl+F; Enter for the next match, Shift+Enter for the previous one"));
    m_searchField->setAccessibleName(tr("Find in output"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->installEventFilter(this);
    m_searchStatus->setObjectName(QStringLiteral("searchStatus"));
    m_searchStatus->setAccessibleName(tr("Search result"));
    m_searchStatus->setMinimumWidth(m_searchStatus->fontMetrics().horizontalAdvance(QStringLiteral("0000 of 00000")));

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(4, 2, 4, 2);
    controls->addWidget(m_follow);
    controls->addWidget(m_stripColours);
    controls->addSpacing(8);
    controls->addWidget(m_searchField, 1);
    controls->addWidget(m_searchStatus);
    controls->addSpacing(8);
    controls->addWidget(m_copyAll);
    controls->addWidget(m_clearFinished);
    controls->addStretch();
    controls->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(controls);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_placeholder, 1);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Find, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    shortcut(QKeySequence::FindNext, [this] { search(false); });
    shortcut(QKeySequence::FindPrevious, [this] { search(true); });

    connect(m_follow, &QToolButton::toggled, this, [this](bool on) {
        if (RunConsole *c = console(currentRun()))
            c->setFollowing(on);
    });
    connect(m_stripColours, &QToolButton::toggled, this, [this](bool on) {
        for (const Run &run : std::as_const(m_runs))
            run.console->setColoursStripped(on);
    });
    connect(m_searchField, &QLineEdit::textChanged, m_searchStatus, &QLabel::clear);
    connect(m_copyAll, &QToolButton::clicked, this, [this] {
        if (RunConsole *c = console(currentRun()))
            c->copyAll();
    });
    connect(m_clearFinished, &QToolButton::clicked, this, &RunConsolePane::clearFinished);
    connect(m_cancel, &QToolButton::clicked, this, &RunConsolePane::requestCancel);
    connect(m_tabs, &QTabWidget::currentChanged, this, &RunConsolePane::currentChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) { closeRun(idAt(index)); });

    // One clock for every running tab.
    m_clockTimer.setInterval(1000);
    connect(&m_clockTimer, &QTimer::timeout, this, &RunConsolePane::tick);
    updateControls();
}

RunConsolePane::~RunConsolePane() = default;

int RunConsolePane::addRun(const QString &title)
{
    const int id = m_nextId++;
    Run run;
    run.title = title;
    run.console = new RunConsole(m_tabs);
    run.console->setProperty("runId", id);
    run.console->setColoursStripped(m_stripColours->isChecked());
    run.clock.start();
    connect(run.console, &RunConsole::followingChanged, this, [this, console = run.console](bool on) {
        if (console == m_tabs->currentWidget()) {
            const QSignalBlocker quiet(m_follow);
            m_follow->setChecked(on);
        }
    });
    m_runs.insert(id, run);
    m_tabs->addTab(run.console, title);
    updateTab(id);
    m_tabs->setCurrentWidget(run.console);
    m_clockTimer.start();
    updateControls();
    return id;
}

RunConsole *RunConsolePane::console(int id) const
{
    const auto it = m_runs.constFind(id);
    return it == m_runs.constEnd() ? nullptr : it->console;
}

void RunConsolePane::setRunState(int id, State state)
{
    const auto it = m_runs.find(id);
    if (it == m_runs.end() || it->state == state)
        return;
    if (state == State::Running) {
        it->clock.start();
        it->cancelRequested = false;
        m_clockTimer.start();
    } else if (it->state == State::Running) {
        it->elapsedMs = it->clock.elapsed();
    }
    it->state = state;
    updateTab(id);
    updateControls();
}

RunConsolePane::State RunConsolePane::runState(int id) const
{
    return m_runs.value(id).state;
}

QList<int> RunConsolePane::runIds() const
{
    QList<int> ids;
    for (int i = 0; i < m_tabs->count(); ++i)
        ids.append(idAt(i));
    return ids;
}

int RunConsolePane::currentRun() const
{
    return idAt(m_tabs->currentIndex());
}

void RunConsolePane::setCurrentRun(int id)
{
    if (RunConsole *c = console(id))
        m_tabs->setCurrentWidget(c);
}

bool RunConsolePane::closeRun(int id)
{
    const auto it = m_runs.find(id);
    if (it == m_runs.end() || it->state == State::Running)
        return false;
    RunConsole *c = it->console;
    m_runs.erase(it);
    m_tabs->removeTab(m_tabs->indexOf(c));
    c->deleteLater();
    updateControls();
    Q_EMIT runClosed(id);
    return true;
}

void RunConsolePane::clearFinished()
{
    for (int id : runIds()) {
        if (m_runs.value(id).state != State::Running)
            closeRun(id);
    }
}

QString RunConsolePane::stateLabel(State state)
{
    // The finished states read exactly as a run's verdict does everywhere else.
    switch (state) {
    case State::Running: return tr("Running");
    case State::Passed: return verdictLabel(Verdict::Passed);
    case State::Failed: return verdictLabel(Verdict::Failed);
    case State::Cancelled: return verdictLabel(Verdict::Cancelled);
    }
    return {};
}

int RunConsolePane::idAt(int index) const
{
    const QWidget *page = m_tabs->widget(index);
    return page ? page->property("runId").toInt() : -1;
}

int RunConsolePane::indexOf(int id) const
{
    const RunConsole *c = console(id);
    return c ? m_tabs->indexOf(const_cast<RunConsole *>(c)) : -1;
}

void RunConsolePane::updateTab(int id)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    const Run &run = m_runs[id];
    const bool running = run.state == State::Running;
    const QString elapsed = elapsedText(running ? run.clock.elapsed() : run.elapsedMs);
    m_tabs->setTabText(index, tr("%1 \u00b7 %2", "run title, elapsed time").arg(run.title, elapsed));
    m_tabs->setTabIcon(index, stateIcon(run.state));
    const QString state = running ? tr("Running for %1").arg(elapsed) : tr("%1 after %2").arg(stateLabel(run.state), elapsed);
    // Tooltips guess at rich text and the title came from an imported file: escape it.
    m_tabs->setTabToolTip(index, QStringLiteral("<p style='white-space:pre'>") + QString(run.title + u'\n' + state).toHtmlEscaped()
            + QStringLiteral("</p>"));
    m_tabs->tabBar()->setAccessibleTabName(index, tr("%1, %2", "run title, state").arg(run.title, state));
    // A running tab cannot be closed: its output would be lost mid-run.
    const auto side = QTabBar::ButtonPosition(style()->styleHint(QStyle::SH_TabBar_CloseButtonPosition, nullptr, m_tabs->tabBar()));
    if (QWidget *close = m_tabs->tabBar()->tabButton(index, side))
        close->setVisible(!running);
}

void RunConsolePane::updateControls()
{
    const bool any = m_tabs->count() > 0;
    m_tabs->setVisible(any);
    m_placeholder->setVisible(!any);
    const int id = currentRun();
    const auto it = m_runs.constFind(id);
    const bool current = it != m_runs.constEnd();
    m_follow->setEnabled(current);
    m_searchField->setEnabled(current);
    m_copyAll->setEnabled(current);
    m_cancel->setEnabled(current && it->state == State::Running && !it->cancelRequested);
    bool finished = false;
    for (const Run &run : std::as_const(m_runs))
        finished = finished || run.state != State::Running;
    m_clearFinished->setEnabled(finished);
}

void RunConsolePane::currentChanged()
{
    if (RunConsole *c = console(currentRun())) {
        const QSignalBlocker quiet(m_follow);
        m_follow->setChecked(c->isFollowing());
    }
    m_searchStatus->clear();
    updateControls();
}

void RunConsolePane::tick()
{
    bool anyRunning = false;
    for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it) {
        if (it->state == State::Running) {
            anyRunning = true;
            updateTab(it.key());
        }
    }
    if (!anyRunning)
        m_clockTimer.stop();
}

void RunConsolePane::search(bool backwards)
{
    RunConsole *c = console(currentRun());
    if (!c)
        return;
    const QString text = m_searchField->text();
    if (text.isEmpty()) {
        c->clearSearch();
        m_searchStatus->clear();
        return;
    }
    showSearchResult(c->find(text, backwards));
}

void RunConsolePane::showSearchResult(bool found)
{
    const RunConsole *c = console(currentRun());
    if (!found || !c) {
        m_searchStatus->setText(tr("Not found"));
        return;
    }
    const QString count = c->matchCountTruncated() ? tr("more than %1").arg(c->matchCount()) : QString::number(c->matchCount());
    m_searchStatus->setText(tr("%1 of %2", "match number, match count").arg(c->currentMatch()).arg(count));
}

void RunConsolePane::requestCancel()
{
    const int id = currentRun();
    const auto it = m_runs.find(id);
    if (it == m_runs.end() || it->state != State::Running || it->cancelRequested)
        return;
    it->cancelRequested = true;
    updateControls();
    Q_EMIT cancelRequested(id);
}

bool RunConsolePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchField && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            search(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            if (RunConsole *c = console(currentRun()))
                c->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QIcon RunConsolePane::stateIcon(State state) const
{
    const int key = int(state);
    if (const auto it = m_icons.constFind(key); it != m_icons.constEnd())
        return *it;
    // A coloured disc with a shape inside, so the state does not depend on seeing the colour.
    const int size = 16;
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(stateColour(state));
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    QPen mark(Qt::white, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(mark);
    p.setBrush(Qt::NoBrush);
    switch (state) {
    case State::Running: {
        QPainterPath play;
        play.moveTo(6, 4.5);
        play.lineTo(11.5, 8);
        play.lineTo(6, 11.5);
        play.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawPath(play);
        break;
    }
    case State::Passed:
        p.drawPolyline(QPolygonF({QPointF(4.5, 8.5), QPointF(7, 11), QPointF(11.5, 5.5)}));
        break;
    case State::Failed:
        p.drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
        p.drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
        break;
    case State::Cancelled:
        p.drawLine(QPointF(5, 8), QPointF(11, 8));
        break;
    }
    p.end();
    const QIcon icon(pixmap);
    m_icons.insert(key, icon);
    return icon;
}

QString RunConsolePane::elapsedText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    const QChar zero = QLatin1Char('0');
    if (seconds < 3600)
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, zero);
    return QStringLiteral("%1:%2:%3").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, zero).arg(seconds % 60, 2, 10, zero);
}

} // namespace gl
