#include "EvidencePane.h"

#include "Prompter.h"
#include "domain/Freshness.h"
#include "domain/Readiness.h"
#include "itemmodels/ReadinessColours.h"
#include "itemmodels/ReleaseDocument.h"

#include <QAction>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace gl {

namespace {

// Tooltips guess at rich text; names and notes are untrusted, so they are shown escaped.
QString plainTip(const QString &text)
{
    return text.isEmpty() ? QString()
                          : QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped()
            + QStringLiteral("</p>");
}

QString localTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

// What the list calls a piece: its name, or a note's first line.
QString displayName(const Evidence &e)
{
    if (!e.name.isEmpty())
        return e.name;
    const QString firstLine = e.note.section(QLatin1Char('\n'), 0, 0).trimmed();
    return firstLine.size() > 80 ? firstLine.left(79) + QChar(0x2026) : firstLine;
}

bool isRunOutput(const Evidence &e)
{
    return e.kind == EvidenceKind::RunLog || e.kind == EvidenceKind::Probe;
}

QToolButton *actionButton(QAction *action, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(action->property("accessibleName").toString());
    return button;
}

} // namespace

EvidencePane::EvidencePane(ReleaseDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_heading(new QLabel(this))
    , m_stateIcon(new QLabel(this))
    , m_state(new QLabel(this))
    , m_requirement(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_list(new QTreeView(this))
    , m_preview(new EvidencePreview(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_attach(new QAction(tr("Attach files…"), this))
    , m_addLink(new QAction(tr("Add link…"), this))
    , m_addNote(new QAction(tr("Add note…"), this))
    , m_open(new QAction(tr("Open"), this))
    , m_save(new QAction(tr("Save as…"), this))
    , m_copy(new QAction(tr("Copy SHA-256"), this))
    , m_remove(new QAction(tr("Remove"), this))
{
    setObjectName(QStringLiteral("evidencePane"));
    setAccessibleName(tr("Evidence"));
    setAcceptDrops(true);

    m_heading->setObjectName(QStringLiteral("evidenceHeading"));
    m_stateIcon->setObjectName(QStringLiteral("evidenceStateIcon"));
    m_state->setObjectName(QStringLiteral("evidenceState"));
    m_requirement->setObjectName(QStringLiteral("evidenceRequirement"));
    m_hint->setObjectName(QStringLiteral("evidenceHint"));
    for (QLabel *label : {m_heading, m_state, m_requirement, m_hint}) {
        label->setTextFormat(Qt::PlainText);  // item titles and reasons are untrusted text
        label->setWordWrap(true);
    }
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_requirement->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    const struct {
        QAction *action;
        const char *name;
        QString accessible;
    } actions[] = {
        {m_attach, "evidenceAttach", tr("Attach files")},
        {m_addLink, "evidenceAddLink", tr("Add link")},
        {m_addNote, "evidenceAddNote", tr("Add note")},
        {m_open, "evidenceOpen", tr("Open evidence")},
        {m_save, "evidenceSaveAs", tr("Save evidence as")},
        {m_copy, "evidenceCopySha256", tr("Copy SHA-256")},
        {m_remove, "evidenceRemove", tr("Remove evidence")},
    };
    for (const auto &a : actions) {
        a.action->setObjectName(QLatin1String(a.name) + QStringLiteral("Action"));
        a.action->setProperty("accessibleName", a.accessible);  // for the buttons that show it
    }
    m_attach->setToolTip(tr("Copy files into the workspace as evidence of this item (or drop them here)"));
    m_addLink->setToolTip(tr("Attach an http or https link with a title"));
    m_addNote->setToolTip(tr("Attach a plain note; a note alone does not count as required evidence"));
    m_open->setToolTip(tr("Open a copy with the application your system uses for it"));
    m_save->setToolTip(tr("Write a copy of the stored content to a file"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);

    m_list->setObjectName(QStringLiteral("evidenceList"));
    m_list->setAccessibleName(tr("Attached evidence"));
    m_list->setModel(m_model);
    m_model->setHorizontalHeaderLabels(
        {tr("Name"), tr("Kind"), tr("Size"), tr("SHA-256"), tr("Added by"), tr("Added")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 5);
    m_list->addAction(m_open);
    m_list->addAction(m_save);
    m_list->addAction(m_copy);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_list->addAction(separator);
    m_list->addAction(m_remove);
    m_list->installEventFilter(this);
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    // Header: the item, whether its evidence meets what it asks, and what it asks.
    auto *stateRow = new QHBoxLayout;
    stateRow->setSpacing(6);
    stateRow->addWidget(m_stateIcon, 0, Qt::AlignTop);
    stateRow->addWidget(m_state, 1);
    auto *addRow = new QHBoxLayout;
    addRow->setSpacing(4);
    addRow->addWidget(actionButton(m_attach, QStringLiteral("evidenceAttach"), this));
    addRow->addWidget(actionButton(m_addLink, QStringLiteral("evidenceAddLink"), this));
    addRow->addWidget(actionButton(m_addNote, QStringLiteral("evidenceAddNote"), this));
    addRow->addStretch(1);

    auto *listPart = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listPart);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    listLayout->addWidget(m_list, 1);
    auto *pieceRow = new QHBoxLayout;
    pieceRow->setSpacing(4);
    pieceRow->addWidget(actionButton(m_open, QStringLiteral("evidenceOpen"), listPart));
    pieceRow->addWidget(actionButton(m_save, QStringLiteral("evidenceSaveAs"), listPart));
    pieceRow->addWidget(actionButton(m_copy, QStringLiteral("evidenceCopySha256"), listPart));
    pieceRow->addStretch(1);
    pieceRow->addWidget(actionButton(m_remove, QStringLiteral("evidenceRemove"), listPart));
    listLayout->addLayout(pieceRow);
    m_splitter->setObjectName(QStringLiteral("evidenceSplitter"));
    m_splitter->addWidget(listPart);
    m_splitter->addWidget(m_preview);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({m_list->minimumHeight() * 2, m_list->minimumHeight() * 4});  // most room to the content

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addLayout(stateRow);
    layout->addWidget(m_requirement);
    layout->addLayout(addRow);
    layout->addWidget(m_hint);
    layout->addWidget(m_splitter, 1);

    connect(m_attach, &QAction::triggered, this, &EvidencePane::attachFiles);
    connect(m_addLink, &QAction::triggered, this, &EvidencePane::addLink);
    connect(m_addNote, &QAction::triggered, this, &EvidencePane::addNote);
    connect(m_open, &QAction::triggered, this, &EvidencePane::openCurrent);
    connect(m_save, &QAction::triggered, this, &EvidencePane::saveCurrent);
    connect(m_copy, &QAction::triggered, this, &EvidencePane::copySha256);
    connect(m_remove, &QAction::triggered, this, &EvidencePane::removeCurrent);
    connect(m_list, &QTreeView::doubleClicked, this, &EvidencePane::openCurrent);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EvidencePane::currentChanged);
    connect(m_document, &ReleaseDocument::itemChanged, this, [this](qint64 id) {
        if (id == m_itemId)
            reload();
    });
    connect(m_document, &ReleaseDocument::releaseLoaded, this, [this] {
        if (!m_document->item(m_itemId))
            m_itemId = 0;
        reload();
    });
    reload();
}

EvidencePane::~EvidencePane()
{
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_list->selectionModel(), nullptr, this, nullptr);
}

void EvidencePane::setContentReader(EvidencePreview::ContentReader reader)
{
    m_preview->setContentReader(std::move(reader));
}

void EvidencePane::setItem(qint64 itemId)
{
    if (itemId == m_itemId)
        return;
    m_itemId = itemId;
    m_preview->clear();
    reload();
}

QAbstractItemView *EvidencePane::list() const
{
    return m_list;
}

qint64 EvidencePane::currentEvidenceId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->index(current.row(), NameColumn).data(EvidenceIdRole).toLongLong() : 0;
}

const Evidence *EvidencePane::currentEvidence() const
{
    const qint64 id = currentEvidenceId();
    const Item *item = m_document->item(m_itemId);
    if (!item || id == 0)
        return nullptr;
    for (const Evidence &e : item->evidenceList) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

void EvidencePane::selectEvidence(qint64 evidenceId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, NameColumn);
        if (index.data(EvidenceIdRole).toLongLong() == evidenceId) {
            m_list->setCurrentIndex(index);
            return;
        }
    }
    m_list->setCurrentIndex(QModelIndex());
}

void EvidencePane::setBusy(bool busy)
{
    m_busy = busy;
    reload();
}

bool EvidencePane::canAttach() const
{
    const Item *item = m_document->item(m_itemId);
    return item && !item->isGroup() && !m_busy;
}

void EvidencePane::reload()
{
    const Item *item = m_document->item(m_itemId);
    updateHeader(item);
    if (item && !item->isGroup()) {
        fillList(*item);
    } else {
        m_model->removeRows(0, m_model->rowCount());
        m_preview->clear();
    }
    m_list->setEnabled(item && !item->isGroup());
    updateActions();
}

void EvidencePane::updateHeader(const Item *item)
{
    if (!item) {
        m_heading->setText(tr("Evidence"));
        m_hint->setText(tr("Select an item to see its evidence."));
    } else if (item->isGroup()) {
        m_heading->setText(tr("Evidence: %1").arg(item->title));
        m_hint->setText(tr("“%1” is a group: its items carry the evidence. Select one of them to attach files, "
                           "links or notes.")
                            .arg(item->title));
    } else {
        m_heading->setText(tr("Evidence: %1").arg(item->title));
        if (m_busy)
            m_hint->setText(tr("Attaching… more can be added when it has finished."));
        else if (item->evidenceList.empty())
            m_hint->setText(tr("Nothing attached yet: attach files, drop them here, or add a link or a note."));
        else
            m_hint->clear();
    }
    m_hint->setVisible(!m_hint->text().isEmpty());

    const bool leaf = item && !item->isGroup();
    m_state->setVisible(leaf);
    m_stateIcon->setVisible(leaf);
    m_requirement->setVisible(leaf && item->evidenceRequirement.required);
    if (!leaf)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const EvidenceCheck check = checkEvidence(*item, now);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString text;
    if (check.state == EvidenceState::NotRequired) {
        text = tr("Evidence not required.");
    } else {
        const QString label = evidenceStateLabel(check.state);
        text = check.reason.isEmpty() ? tr("Required evidence: %1").arg(label)
                                      : tr("Required evidence: %1 — %2").arg(label, check.reason);
        icon = check.isProblem() ? QStyle::SP_MessageBoxWarning : QStyle::SP_DialogApplyButton;
        // Readiness does not count it for a waived or not applicable item: say so, or the warning misleads.
        if (check.isProblem() && !countedEvidenceCheck(*item, now).isProblem())
            text += u' ' + tr("It does not count against the release while the item is %1.").arg(statusLabel(item->status));
    }
    m_state->setText(text);
    m_state->setAccessibleName(text);
    // The colour only repeats what the icon's shape and the words say.
    QPalette palette = this->palette();
    if (check.state != EvidenceState::NotRequired)
        palette.setColor(QPalette::WindowText, ReadinessColours::verdictText(!check.isProblem()));
    m_state->setPalette(palette);
    const int side = m_state->fontMetrics().height();
    m_stateIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(side, side));
    m_stateIcon->setFixedSize(side, side);

    const EvidenceRequirement &req = item->evidenceRequirement;
    const QString changed = localTime(item->changedAt);
    QString asked;
    if (req.maxAgeHours > 0 && req.newerThanChange)
        asked = changed.isEmpty()
            ? tr("Asks for evidence no older than %n hour(s), added after the item last changed.", nullptr, req.maxAgeHours)
            : tr("Asks for evidence no older than %n hour(s), added after the item last changed (%1).", nullptr,
                 req.maxAgeHours)
                  .arg(changed);
    else if (req.maxAgeHours > 0)
        asked = tr("Asks for evidence no older than %n hour(s).", nullptr, req.maxAgeHours);
    else if (req.newerThanChange)
        asked = changed.isEmpty() ? tr("Asks for evidence added after the item last changed.")
                                  : tr("Asks for evidence added after the item last changed (%1).").arg(changed);
    else
        asked = tr("Asks for evidence of any age.");
    m_requirement->setText(asked);
}

void EvidencePane::fillList(const Item &item)
{
    const qint64 keep = currentEvidenceId();
    const QSignalBlocker quiet(m_list->selectionModel());
    m_model->removeRows(0, m_model->rowCount());
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Newest first: the piece that decides freshness is on top.
    for (auto it = item.evidenceList.rbegin(); it != item.evidenceList.rend(); ++it) {
        const Evidence &e = *it;
        QList<QStandardItem *> row;
        for (int c = 0; c < ColumnCount; ++c) {
            auto *cell = new QStandardItem;
            cell->setEditable(false);
            cell->setData(e.id, EvidenceIdRole);
            cell->setData(e.sha256, Sha256Role);
            row << cell;
        }
        row[NameColumn]->setText(displayName(e));
        QString nameTip = e.kind == EvidenceKind::Url ? e.name + u'\n' + e.url : e.name;
        if (!e.note.isEmpty())
            nameTip += (nameTip.isEmpty() ? QString() : QStringLiteral("\n")) + e.note;
        row[NameColumn]->setToolTip(plainTip(nameTip.trimmed()));
        row[KindColumn]->setText(evidenceKindLabel(e.kind));
        row[KindColumn]->setToolTip(plainTip(e.mediaType));
        if (e.hasContent()) {
            row[SizeColumn]->setText(QLocale().formattedDataSize(e.size, 1));
            row[SizeColumn]->setToolTip(tr("%1 bytes").arg(QLocale().toString(e.size)));
        }
        row[SizeColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[Sha256Column]->setText(e.sha256.left(12));
        row[Sha256Column]->setToolTip(e.sha256.isEmpty() ? QString() : tr("SHA-256 %1").arg(e.sha256));
        row[Sha256Column]->setFont(fixed);
        row[AddedByColumn]->setText(e.addedBy);
        row[AddedColumn]->setText(localTime(e.addedAt));
        row[AddedColumn]->setToolTip(e.addedAt.toUTC().toString(Qt::ISODate));
        m_model->appendRow(row);
    }
    // Stay on the same piece across a reload; otherwise show the newest.
    int row = m_model->rowCount() > 0 ? 0 : -1;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, NameColumn).data(EvidenceIdRole).toLongLong() == keep)
            row = r;
    }
    m_list->setCurrentIndex(row >= 0 ? m_model->index(row, NameColumn) : QModelIndex());
    currentChanged();
}

void EvidencePane::currentChanged()
{
    const Evidence *e = currentEvidence();
    if (!e)
        m_preview->clear();
    else if (e->id != m_preview->evidenceId())
        m_preview->showEvidence(*e);
    updateActions();
}

void EvidencePane::updateActions()
{
    const bool attach = canAttach();
    for (QAction *action : {m_attach, m_addLink, m_addNote})
        action->setEnabled(attach);
    const Evidence *e = currentEvidence();
    m_open->setEnabled(e && (e->hasContent() || e->kind == EvidenceKind::Url));
    m_save->setEnabled(e && e->hasContent());
    m_copy->setEnabled(e && !e->sha256.isEmpty());
    m_remove->setEnabled(e && !isRunOutput(*e));
    m_remove->setToolTip(e && isRunOutput(*e)
                             ? tr("Run logs and probe results stay with the run that made them and cannot be removed.")
                             : tr("Remove the chosen evidence from this item"));
}

QStringList EvidencePane::droppedFiles(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    QStringList paths;
    const QList<QUrl> urls = data->urls();
    for (const QUrl &url : urls) {
        // One web address among the files refuses the drop: attaching part of it would surprise.
        if (!url.isLocalFile() || url.toLocalFile().isEmpty())
            return {};
        paths << url.toLocalFile();
    }
    return paths;
}

void EvidencePane::dragEnterEvent(QDragEnterEvent *event)
{
    if (canAttach() && !droppedFiles(event->mimeData()).isEmpty()) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void EvidencePane::dragMoveEvent(QDragMoveEvent *event)
{
    if (canAttach() && !droppedFiles(event->mimeData()).isEmpty()) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void EvidencePane::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedFiles(event->mimeData());
    if (!canAttach() || paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT attachFilesRequested(m_itemId, paths);
}

bool EvidencePane::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+C on the list copies the whole hash, not the shortened text of the cell.
    if (watched == m_list && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copySha256();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void EvidencePane::attachFiles()
{
    const Item *item = m_document->item(m_itemId);
    if (!canAttach() || !item)
        return;
    const QStringList paths = Prompter::current().fileNames(
        this, tr("Attach Files to “%1”").arg(item->title), QString(), tr("All files (*)"));
    if (!paths.isEmpty())
        Q_EMIT attachFilesRequested(m_itemId, paths);
}

void EvidencePane::addLink()
{
    if (!canAttach())
        return;
    const std::optional<EvidenceLink> link = Prompter::current().link(this);
    if (link && Prompter::isWebLink(link->url))
        Q_EMIT addLinkRequested(m_itemId, link->url.trimmed(), link->title.trimmed());
}

void EvidencePane::addNote()
{
    if (!canAttach())
        return;
    const std::optional<QString> note = Prompter::current().note(this);
    if (note && !note->trimmed().isEmpty())
        Q_EMIT addNoteRequested(m_itemId, note->trimmed());
}

void EvidencePane::openCurrent()
{
    const Evidence *e = currentEvidence();
    if (e && (e->hasContent() || e->kind == EvidenceKind::Url))
        Q_EMIT openRequested(e->id);
}

void EvidencePane::saveCurrent()
{
    const Evidence *e = currentEvidence();
    if (!e || !e->hasContent())
        return;
    const qint64 id = e->id;
    // The stored name only suggests a file name in the dialog; separators are taken out of it.
    QString suggested = e->name;
    suggested.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    const QString path = Prompter::current().fileName(this, tr("Save Evidence As"), suggested,
                                                      tr("All files (*)"), true);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)
        && Prompter::current().choose(this, Prompter::Severity::Warning, tr("Save Evidence As"),
                                      tr("“%1” already exists. Replace it?").arg(QFileInfo(path).fileName()),
                                      {tr("Replace"), tr("Cancel")})
            != 0)
        return;
    Q_EMIT saveRequested(id, path);
}

void EvidencePane::removeCurrent()
{
    const Evidence *e = currentEvidence();
    const Item *item = m_document->item(m_itemId);
    if (!e || !item || isRunOutput(*e))
        return;
    const qint64 id = e->id;
    const int answer = Prompter::current().choose(
        this, Prompter::Severity::Warning, tr("Remove Evidence"),
        tr("Remove “%1” from “%2”? The removal is recorded in the audit log.").arg(displayName(*e), item->title),
        {tr("Remove"), tr("Cancel")});
    if (answer == 0)
        Q_EMIT removeRequested(id);
}

void EvidencePane::copySha256()
{
    const Evidence *e = currentEvidence();
    if (e && !e->sha256.isEmpty())
        QGuiApplication::clipboard()->setText(e->sha256);
}

} // namespace gl
