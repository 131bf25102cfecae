#include "EvidencePreview.h"

#include <QAction>
#include <QBuffer>
#include <QElapsedTimer>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeDatabase>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextDocument>
#include <QTimer>
#include <QUtf8StringView>
#include <QVBoxLayout>

namespace gl {

namespace {

bool isJsonType(const QString &type)
{
    return type == QLatin1String("application/json") || type.endsWith(QLatin1String("+json"));
}

bool isImageType(const QString &type)
{
    // SVG is markup that can pull in other files: it is shown as text, never rendered.
    static const QStringList rendered = {QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
                                         QStringLiteral("image/gif"), QStringLiteral("image/webp")};
    return rendered.contains(type);
}

bool isTextType(const QString &type)
{
    if (type.startsWith(QLatin1String("text/")) || type.endsWith(QLatin1String("+xml"))
        || type == QLatin1String("application/xml"))
        return true;
    const QMimeType mime = QMimeDatabase().mimeTypeForName(type);
    return mime.isValid() && mime.inherits(QStringLiteral("text/plain"));
}

// Types that say nothing about the content: look at the bytes.
bool isUnknownType(const QString &type)
{
    return type.isEmpty() || type == QLatin1String("application/octet-stream")
        || !QMimeDatabase().mimeTypeForName(type).isValid();
}

// How many bytes the UTF-8 sequence cut at the end of bytes still needs (0 when none is cut).
int missingTail(const QByteArray &bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype back = 1; back <= qMin<qsizetype>(3, size); ++back) {
        const auto c = uchar(bytes.at(size - back));
        if ((c & 0xC0) == 0x80)
            continue;            // a continuation byte: its lead is further back
        if ((c & 0x80) == 0)
            return 0;            // ASCII: nothing is cut
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return qMax(0, length - int(back));
    }
    return 0;
}

// Bytes at the start that finish a character begun on the page before (at most three).
qsizetype leadingContinuations(const QByteArray &bytes)
{
    qsizetype n = 0;
    while (n < 3 && n < bytes.size() && (uchar(bytes.at(n)) & 0xC0) == 0x80)
        ++n;
    return n;
}

// Valid UTF-8 without NUL bytes and with few control characters: text, whatever the type says.
bool looksLikeText(QByteArray head)
{
    if (head.contains('\0'))
        return false;
    if (const int missing = missingTail(head); missing > 0) {
        qsizetype cut = head.size() - 1;
        while (cut > 0 && (uchar(head.at(cut)) & 0xC0) == 0x80)
            --cut;
        head.truncate(cut);
    }
    if (!QUtf8StringView(head).isValidUtf8())
        return false;
    qsizetype controls = 0;
    for (char c : std::as_const(head)) {
        const auto u = uchar(c);
        if (u < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != '\b' && c != '\x1b')
            ++controls;
    }
    return controls * 100 <= head.size();
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

} // namespace

EvidencePreview::EvidencePreview(QWidget *parent)
    : QWidget(parent)
    , m_searchTimer(new QTimer(this))
    , m_title(new QLabel(this))
    , m_remark(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(m_stack))
    , m_text(new QPlainTextEdit(m_stack))
    , m_image(new QLabel(m_stack))
    , m_bar(new QWidget(this))
    , m_previous(new QPushButton(tr("Previous"), m_bar))
    , m_pageLabel(new QLabel(m_bar))
    , m_next(new QPushButton(tr("Next"), m_bar))
    , m_search(new QLineEdit(m_bar))
    , m_find(new QPushButton(tr("Find Next"), m_bar))
    , m_searchStatus(new QLabel(m_bar))
{
    setObjectName(QStringLiteral("evidencePreview"));
    setAccessibleName(tr("Evidence preview"));
    // Names, notes, URLs and file content are untrusted: every label shows plain text.
    for (QLabel *label : {m_title, m_remark, m_message, m_pageLabel, m_searchStatus, m_image})
        label->setTextFormat(Qt::PlainText);
    m_title->setObjectName(QStringLiteral("previewTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // a long name must not widen the pane
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_remark->setObjectName(QStringLiteral("previewRemark"));
    m_remark->setWordWrap(true);
    m_remark->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_text->setObjectName(QStringLiteral("previewText"));
    m_text->setAccessibleName(tr("Evidence content"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAcceptDrops(false);  // files dropped here are meant for the pane: attach them
    m_text->viewport()->setAcceptDrops(false);
    m_text->setUndoRedoEnabled(false);
    m_image->setObjectName(QStringLiteral("previewImage"));
    m_image->setAccessibleName(tr("Image"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_image->setMinimumSize(1, 1);
    m_image->installEventFilter(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_image);

    m_previous->setObjectName(QStringLiteral("previewPrevious"));
    m_previous->setAccessibleName(tr("Previous page"));
    m_next->setObjectName(QStringLiteral("previewNext"));
    m_next->setAccessibleName(tr("Next page"));
    m_pageLabel->setObjectName(QStringLiteral("previewPage"));
    m_search->setObjectName(QStringLiteral("previewSearch"));
    m_search->setAccessibleName(tr("Search the evidence"));
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_find->setObjectName(QStringLiteral("previewFindNext"));
    m_find->setAccessibleName(tr("Find next match"));
    m_searchStatus->setObjectName(QStringLiteral("previewSearchStatus"));
    for (QPushButton *button : {m_previous, m_next, m_find})
        button->setAutoDefault(false);

    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_previous);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_next);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_find);
    bar->addWidget(m_searchStatus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_remark);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_bar);

    auto *findAction = new QAction(tr("Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        if (m_bar->isVisible()) {
            m_search->setFocus();
            m_search->selectAll();
        }
    });
    addAction(findAction);
    auto *findNextAction = new QAction(tr("Find Next"), this);
    findNextAction->setShortcut(QKeySequence::FindNext);
    findNextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findNextAction, &QAction::triggered, this, &EvidencePreview::findNext);
    addAction(findNextAction);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(0);
    connect(m_searchTimer, &QTimer::timeout, this, &EvidencePreview::searchStep);
    connect(m_previous, &QPushButton::clicked, this, &EvidencePreview::previousPage);
    connect(m_next, &QPushButton::clicked, this, &EvidencePreview::nextPage);
    connect(m_find, &QPushButton::clicked, this, &EvidencePreview::findNext);
    connect(m_search, &QLineEdit::returnPressed, this, &EvidencePreview::findNext);
    connect(m_search, &QLineEdit::textChanged, this, [this] { stopSearch(); });
    clear();
}

EvidencePreview::~EvidencePreview() = default;

void EvidencePreview::setContentReader(ContentReader reader)
{
    m_reader = std::move(reader);
}

void EvidencePreview::clear()
{
    reset();
    showMessage(Mode::Empty, tr("Select evidence to preview it."));
}

void EvidencePreview::reset()
{
    stopSearch();
    m_evidence = Evidence();
    m_page = 0;
    m_pageCount = 0;
    m_original = QImage();
    m_image->clear();
    m_text->clear();
    m_text->setExtraSelections({});
    m_title->clear();
    m_title->setToolTip(QString());
    m_remark->clear();
    m_remark->hide();
}

void EvidencePreview::showEvidence(const Evidence &e)
{
    reset();
    if (e.id == 0) {
        clear();
        return;
    }
    m_evidence = e;
    m_title->setText(titleText());
    // Tooltips guess at rich text: the name is escaped inside a paragraph so it shows as written.
    m_title->setToolTip(QStringLiteral("<p style='white-space:pre-wrap'>") + m_title->text().toHtmlEscaped()
                        + QStringLiteral("</p>"));
    if (e.kind == EvidenceKind::Url) {
        showPlain(Mode::Link, e.url, true);
        return;
    }
    if (e.kind == EvidenceKind::Note) {
        showPlain(Mode::Note, e.note, true);
        return;
    }
    if (!e.note.isEmpty()) {
        m_remark->setText(tr("Note: %1").arg(e.note));
        m_remark->show();
    }
    if (!m_reader) {
        showMessage(Mode::Failed, tr("The content of “%1” cannot be read here.").arg(e.name));
        return;
    }
    const QString type = e.mediaType;
    if (e.kind == EvidenceKind::RunLog || e.kind == EvidenceKind::Probe) {
        showText(QString());
    } else if (isJsonType(type)) {
        if (e.size <= maxJsonBytes)
            showJson();
        else
            showText(tr("Over %1, so shown as plain text, not pretty-printed.").arg(sizeText(maxJsonBytes)));
    } else if (isImageType(type)) {
        showImage();
    } else if (isTextType(type)) {
        showText(QString());
    } else if (isUnknownType(type)) {
        // The first page decides, and is shown right away when it is text.
        const Result<QByteArray> head = read(0, qMin(pageBytes, e.size));
        if (!head.ok()) {
            showMessage(Mode::Failed, tr("Could not read “%1”: %2").arg(e.name, head.message()));
            return;
        }
        if (!looksLikeText(head.value())) {
            showMessage(Mode::NoPreview, tr("No preview for %1; use Open or Save as.")
                                             .arg(type.isEmpty() ? tr("this content") : type));
            return;
        }
        QByteArray first = head.value();
        if (e.size > pageBytes) {
            if (const int missing = missingTail(first); missing > 0) {
                const Result<QByteArray> rest = read(first.size(), missing);
                if (rest.ok())
                    first += rest.value();
            }
        }
        const QString text = QString::fromUtf8(first).replace(QChar(0), QChar::ReplacementCharacter);
        showText(QString(), &text);
    } else {
        showMessage(Mode::NoPreview, tr("No preview for %1; use Open or Save as.").arg(type));
    }
}

QString EvidencePreview::titleText() const
{
    const Evidence &e = m_evidence;
    switch (e.kind) {
    case EvidenceKind::Url:
        return e.name.isEmpty() ? tr("Link") : tr("Link: %1").arg(e.name);
    case EvidenceKind::Note:
        return tr("Note");
    default:
        break;
    }
    const QString type = e.mediaType.isEmpty() ? evidenceKindLabel(e.kind) : e.mediaType;
    return tr("%1 — %2, %3").arg(e.name, type, sizeText(e.size));
}

void EvidencePreview::showMessage(Mode mode, const QString &text)
{
    m_mode = mode;
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    updateBar();
}

void EvidencePreview::showPlain(Mode mode, const QString &text, bool wrap)
{
    m_mode = mode;
    m_text->setFont(wrap ? font() : QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    m_text->setPlainText(text);
    m_stack->setCurrentWidget(m_text);
    updateBar();
}

Result<QByteArray> EvidencePreview::read(qint64 offset, qint64 length) const
{
    if (length <= 0)
        return QByteArray();
    return m_reader(m_evidence.id, offset, length);
}

Result<QString> EvidencePreview::readPage(qint64 page) const
{
    const qint64 offset = (page - 1) * pageBytes;
    Result<QByteArray> bytes = read(offset, qMin(pageBytes, m_evidence.size - offset));
    if (!bytes.ok())
        return bytes.error();
    QByteArray data = std::move(bytes).value();
    // A character cut by the page's end is finished from the next page, and skipped there.
    if (page < m_pageCount) {
        if (const int missing = missingTail(data); missing > 0) {
            const Result<QByteArray> rest = read(offset + data.size(), missing);
            if (rest.ok())
                data += rest.value();
        }
    }
    if (page > 1)
        data.remove(0, leadingContinuations(data));
    return QString::fromUtf8(data).replace(QChar(0), QChar::ReplacementCharacter);
}

void EvidencePreview::showText(const QString &remark, const QString *firstPage)
{
    m_pageCount = qMax<qint64>(1, (m_evidence.size + pageBytes - 1) / pageBytes);
    if (!remark.isEmpty()) {
        const QString before = m_remark->text();
        m_remark->setText(before.isEmpty() ? remark : before + u'\n' + remark);
        m_remark->show();
    }
    showPlain(Mode::Text, QString(), false);
    if (firstPage) {
        displayPage(1, *firstPage);
        return;
    }
    showPage(1);
}

void EvidencePreview::showPage(qint64 page)
{
    if (m_mode != Mode::Text || page < 1 || page > m_pageCount)
        return;
    stopSearch();
    const Result<QString> text = readPage(page);
    if (!text.ok()) {
        showMessage(Mode::Failed, tr("Could not read page %1 of “%2”: %3").arg(page).arg(m_evidence.name, text.message()));
        return;
    }
    displayPage(page, text.value());
}

void EvidencePreview::displayPage(qint64 page, const QString &text)
{
    m_page = page;
    m_text->setExtraSelections({});
    m_text->setPlainText(text);
    updateBar();
}

void EvidencePreview::nextPage()
{
    showPage(m_page + 1);
}

void EvidencePreview::previousPage()
{
    showPage(m_page - 1);
}

void EvidencePreview::showJson()
{
    const Result<QByteArray> bytes = read(0, m_evidence.size);
    if (!bytes.ok()) {
        showMessage(Mode::Failed, tr("Could not read “%1”: %2").arg(m_evidence.name, bytes.message()));
        return;
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes.value(), &error);
    if (error.error != QJsonParseError::NoError) {
        showText(tr("Not valid JSON (%1 at byte %2), so shown as plain text.").arg(error.errorString()).arg(error.offset));
        return;
    }
    showPlain(Mode::Json, QString::fromUtf8(json.toJson(QJsonDocument::Indented)), false);
}

void EvidencePreview::showImage()
{
    const Evidence &e = m_evidence;
    if (!QImageReader::supportedMimeTypes().contains(e.mediaType.toLatin1())) {
        showMessage(Mode::NoPreview, tr("No preview for %1; use Open or Save as.").arg(e.mediaType));
        return;
    }
    if (e.size > maxImageBytes) {
        showMessage(Mode::Refused, tr("“%1” is %2; images over %3 are not previewed. Use Open or Save as.")
                                       .arg(e.name, sizeText(e.size), sizeText(maxImageBytes)));
        return;
    }
    Result<QByteArray> bytes = read(0, e.size);
    if (!bytes.ok()) {
        showMessage(Mode::Failed, tr("Could not read “%1”: %2").arg(e.name, bytes.message()));
        return;
    }
    QByteArray data = std::move(bytes).value();
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    // The header alone says how large the decoded image would be: check it before decoding anything.
    const QSize size = reader.size();
    if (!size.isValid()) {
        showMessage(Mode::Refused, tr("The size of “%1” cannot be read from its header (%2), so it is not "
                                      "previewed. Use Open or Save as.")
                                       .arg(e.name, reader.errorString()));
        return;
    }
    if (size.width() > maxImageSide || size.height() > maxImageSide
        || qint64(size.width()) * size.height() > maxImagePixels) {
        showMessage(Mode::Refused,
                    tr("“%1” is %2 × %3 pixels; images over %4 pixels on a side or %5 megapixels are not "
                       "previewed. Use Open or Save as.")
                        .arg(e.name)
                        .arg(size.width())
                        .arg(size.height())
                        .arg(maxImageSide)
                        .arg(maxImagePixels / 1000000));
        return;
    }
    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        showMessage(Mode::Failed, tr("“%1” could not be decoded: %2").arg(e.name, reader.errorString()));
        return;
    }
    m_original = image;
    m_mode = Mode::Image;
    m_image->setToolTip(tr("%1 × %2 pixels").arg(image.width()).arg(image.height()));
    m_stack->setCurrentWidget(m_image);
    updateBar();
    rescaleImage();
}

void EvidencePreview::rescaleImage()
{
    if (m_original.isNull())
        return;
    const QSize room = m_image->size();
    const bool fits = m_original.width() <= room.width() && m_original.height() <= room.height();
    // Shrunk to fit, never blown up: a 10 × 10 icon stays 10 × 10.
    const QImage shown = fits || room.isEmpty()
        ? m_original
        : m_original.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_image->setPixmap(QPixmap::fromImage(shown));
}

bool EvidencePreview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_image && event->type() == QEvent::Resize)
        rescaleImage();
    return QWidget::eventFilter(watched, event);
}

bool EvidencePreview::isSearching() const
{
    return m_searchTimer->isActive();
}

void EvidencePreview::updateBar()
{
    const bool text = m_mode == Mode::Text;
    m_bar->setVisible(text || m_mode == Mode::Json);
    for (QWidget *w : {static_cast<QWidget *>(m_previous), static_cast<QWidget *>(m_pageLabel),
                       static_cast<QWidget *>(m_next)})
        w->setVisible(text && m_pageCount > 1);
    m_pageLabel->setText(text ? tr("Page %1 of %2").arg(m_page).arg(m_pageCount) : QString());
    m_previous->setEnabled(text && m_page > 1);
    m_next->setEnabled(text && m_page < m_pageCount);
}

bool EvidencePreview::selectNextOnPage(bool fromStart)
{
    const QString needle = m_search->text();
    QTextDocument *document = m_text->document();
    const QTextCursor from = fromStart ? QTextCursor(document) : m_text->textCursor();
    const QTextCursor found = document->find(needle, from);
    if (found.isNull())
        return false;
    m_text->setTextCursor(found);
    // The selection fades when the search field has the focus; the highlight stays.
    QTextEdit::ExtraSelection highlight;
    highlight.cursor = found;
    highlight.format.setBackground(QColor(0xff, 0xd8, 0x4d));
    highlight.format.setForeground(QColor(Qt::black));
    m_text->setExtraSelections({highlight});
    m_text->ensureCursorVisible();
    return true;
}

void EvidencePreview::findNext()
{
    const QString needle = m_search->text();
    if (needle.isEmpty() || isSearching())
        return;
    stopSearch();
    if (m_mode != Mode::Text && m_mode != Mode::Json)
        return;
    if (selectNextOnPage(false))
        return;
    if (m_mode == Mode::Text && m_pageCount > 1) {
        m_needle = needle;
        m_searchPage = m_page % m_pageCount + 1;
        m_searchLeft = m_pageCount - 1;
        m_searchStatus->setText(tr("Searching…"));
        m_searchTimer->start();
        return;
    }
    if (selectNextOnPage(true))
        m_searchStatus->setText(tr("Continued from the start."));
    else
        m_searchStatus->setText(tr("Not found."));
}

void EvidencePreview::searchStep()
{
    // A few pages per turn of the event loop: a search through a 1 GiB log keeps the window responsive.
    QElapsedTimer budget;
    budget.start();
    const qint64 startPage = m_page;
    while (m_searchLeft > 0 && budget.elapsed() < 15) {
        const qint64 page = m_searchPage;
        const Result<QString> text = readPage(page);
        if (!text.ok()) {
            stopSearch(tr("Could not read page %1: %2").arg(page).arg(text.message()));
            return;
        }
        --m_searchLeft;
        m_searchPage = page % m_pageCount + 1;
        if (text.value().contains(m_needle, Qt::CaseInsensitive)) {
            displayPage(page, text.value());
            if (selectNextOnPage(true)) {
                stopSearch(page < startPage ? tr("Continued from the first page.") : QString());
                return;
            }
        }
    }
    if (m_searchLeft > 0) {
        m_searchStatus->setText(tr("Searching page %1 of %2…").arg(m_searchPage).arg(m_pageCount));
        m_searchTimer->start();
        return;
    }
    // Every other page is done: what remains is the shown page before the cursor.
    if (selectNextOnPage(true))
        stopSearch(tr("Continued from the first page."));
    else
        stopSearch(tr("Not found."));
}

void EvidencePreview::stopSearch(const QString &status)
{
    m_searchTimer->stop();
    m_needle.clear();
    m_searchLeft = 0;
    m_searchStatus->setText(status);
}

} // namespace gl
