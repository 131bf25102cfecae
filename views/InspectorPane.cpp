#include "InspectorPane.h"

#include "RunHistoryView.h"
#include "domain/Trust.h"
#include "execution/CommandLine.h"

#include "itemmodels/ReleaseDocument.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gl {

namespace {
QPlainTextEdit *textBox(const QString &objectName, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QStringList nonEmptyLines(const QString &text)
{
    QStringList lines;
    const QStringList all = text.split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines;
}

QStringList splitOwners(const QString &text)
{
    QStringList owners;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty() && !owners.contains(part.trimmed()))
            owners << part.trimmed();
    }
    return owners;
}
} // namespace

InspectorPane::InspectorPane(ReleaseDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_heading(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_details(textBox(QStringLiteral("inspectorDetails"), 3, this))
    , m_commands(textBox(QStringLiteral("inspectorCommands"), 4, this))
    , m_commandsInfo(new QLabel(this))
    , m_runs(new RunHistoryView(this))
    , m_expectedExit(new QSpinBox(this))
    , m_outputPattern(new QLineEdit(this))
    , m_patternMode(new QComboBox(this))
    , m_timeout(new QSpinBox(this))
    , m_probeUrl(new QLineEdit(this))
    , m_probeMethod(new QComboBox(this))
    , m_probeStatus(new QSpinBox(this))
    , m_probeLatency(new QSpinBox(this))
    , m_probeBody(new QLineEdit(this))
    , m_probeTimeout(new QSpinBox(this))
    , m_passCriteria(textBox(QStringLiteral("inspectorPassCriteria"), 3, this))
    , m_evidence(textBox(QStringLiteral("inspectorEvidence"), 2, this))
    , m_evidenceRequired(new QCheckBox(tr("Re&quires evidence"), this))
    , m_evidenceMaxAge(new QSpinBox(this))
    , m_evidenceNewer(new QCheckBox(tr("Newer than the item's last chan&ge"), this))
    , m_owners(new QLineEdit(this))
    , m_component(new QLineEdit(this))
    , m_ciJob(new QLineEdit(this))
    , m_blocker(new QCheckBox(tr("&Blocks the release when failed or blocked"), this))
    , m_status(new QComboBox(this))
    , m_statusReason(new QLineEdit(this))
    , m_waiverExpiry(new QDateEdit(this))
    , m_note(textBox(QStringLiteral("inspectorNote"), 3, this))
    , m_updated(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_apply(new QPushButton(tr("Appl&y"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_form(new QWidget(this))
{
    setObjectName(QStringLiteral("inspectorPane"));
    m_heading->setObjectName(QStringLiteral("inspectorHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_title->setObjectName(QStringLiteral("inspectorTitle"));
    m_owners->setObjectName(QStringLiteral("inspectorOwners"));
    m_owners->setPlaceholderText(tr("Comma separated: Backend, QA"));
    m_component->setObjectName(QStringLiteral("inspectorComponent"));
    m_ciJob->setObjectName(QStringLiteral("inspectorCiJob"));
    m_blocker->setObjectName(QStringLiteral("inspectorBlocker"));
    m_status->setObjectName(QStringLiteral("inspectorStatus"));
    for (ItemStatus status : allItemStatuses)
        m_status->addItem(statusLabel(status), statusKey(status));
    m_statusReason->setObjectName(QStringLiteral("inspectorStatusReason"));
    m_waiverExpiry->setObjectName(QStringLiteral("inspectorWaiverExpiry"));
    m_waiverExpiry->setCalendarPopup(true);
    // The lowest date stands for "no expiry" and shows as a dash.
    m_waiverExpiry->setMinimumDate(QDate(2000, 1, 1));
    m_waiverExpiry->setSpecialValueText(tr("\u2014"));
    m_updated->setObjectName(QStringLiteral("inspectorUpdated"));
    m_updated->setWordWrap(true);
    m_updated->setTextFormat(Qt::PlainText);
    m_hint->setObjectName(QStringLiteral("inspectorHint"));
    m_hint->setWordWrap(true);
    m_apply->setObjectName(QStringLiteral("inspectorApply"));
    m_revert->setObjectName(QStringLiteral("inspectorRevert"));
    m_apply->setAutoDefault(false);
    m_revert->setAutoDefault(false);
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_commands->setPlaceholderText(tr("One command per line"));
    m_commandsInfo->setObjectName(QStringLiteral("inspectorCommandsInfo"));
    m_commandsInfo->setWordWrap(true);
    m_commandsInfo->setTextFormat(Qt::PlainText);  // commands are untrusted text
    m_runs->setMinimumHeight(m_runs->fontMetrics().lineSpacing() * 6);
    m_expectedExit->setObjectName(QStringLiteral("inspectorExpectedExit"));
    m_expectedExit->setRange(0, 255);
    m_outputPattern->setObjectName(QStringLiteral("inspectorOutputPattern"));
    m_outputPattern->setPlaceholderText(tr("Regular expression checked against the output (optional)"));
    m_outputPattern->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_patternMode->setObjectName(QStringLiteral("inspectorPatternMode"));
    m_patternMode->addItem(tr("Output must match"), true);
    m_patternMode->addItem(tr("Output must not match"), false);
    m_timeout->setObjectName(QStringLiteral("inspectorTimeout"));
    m_timeout->setRange(0, 7 * 24 * 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("Release default"));
    m_evidenceRequired->setObjectName(QStringLiteral("inspectorEvidenceRequired"));
    m_evidenceRequired->setToolTip(tr("Passing the item without a reason needs evidence that is not missing or stale"));
    m_evidenceMaxAge->setObjectName(QStringLiteral("inspectorEvidenceMaxAge"));
    m_evidenceMaxAge->setRange(0, 24 * 366);
    m_evidenceMaxAge->setSuffix(tr(" hours"));
    m_evidenceMaxAge->setSpecialValueText(tr("Any age"));
    m_evidenceNewer->setObjectName(QStringLiteral("inspectorEvidenceNewer"));
    m_evidenceNewer->setToolTip(tr("Evidence added before the item last changed (what it asks, not its status) is stale"));

    auto *column = new QVBoxLayout(m_form);
    column->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    column->addLayout(form);
    column->addStretch(1);   // spare height stays below the fields, not between them
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto addRow = [this, form](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, m_form);
        l->setBuddy(field);
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(l, field);
    };
    addRow(tr("&Title:"), m_title);
    addRow(tr("&Details:"), m_details);
    addRow(tr("C&ommands:"), m_commands);
    form->addRow(QString(), m_commandsInfo);
    addRow(tr("Expected exit code:"), m_expectedExit);
    addRow(tr("&Match output:"), m_outputPattern);
    form->addRow(QString(), m_patternMode);
    m_patternMode->setAccessibleName(tr("Pattern rule"));
    addRow(tr("T&imeout:"), m_timeout);
    m_probeUrl->setObjectName(QStringLiteral("inspectorProbeUrl"));
    m_probeUrl->setPlaceholderText(tr("https://\u2026 (an HTTP check instead of commands)"));
    m_probeMethod->setObjectName(QStringLiteral("inspectorProbeMethod"));
    m_probeMethod->addItems({ QStringLiteral("GET"), QStringLiteral("HEAD") });
    m_probeStatus->setObjectName(QStringLiteral("inspectorProbeStatus"));
    m_probeStatus->setRange(100, 599);
    m_probeStatus->setValue(200);
    m_probeLatency->setObjectName(QStringLiteral("inspectorProbeLatency"));
    m_probeLatency->setRange(0, 600000);
    m_probeLatency->setSuffix(tr(" ms"));
    m_probeLatency->setSpecialValueText(tr("Not checked"));
    m_probeBody->setObjectName(QStringLiteral("inspectorProbeBody"));
    m_probeTimeout->setObjectName(QStringLiteral("inspectorProbeTimeout"));
    m_probeTimeout->setRange(100, 600000);
    m_probeTimeout->setSingleStep(1000);
    m_probeTimeout->setSuffix(tr(" ms"));
    m_probeTimeout->setValue(10000);
    addRow(tr("HTTP probe:"), m_probeUrl);
    addRow(tr("Probe method:"), m_probeMethod);
    addRow(tr("Expected status:"), m_probeStatus);
    addRow(tr("Slowest answer:"), m_probeLatency);
    addRow(tr("Body contains:"), m_probeBody);
    addRow(tr("Probe timeout:"), m_probeTimeout);
    addRow(tr("&Pass criteria:"), m_passCriteria);
    addRow(tr("Evidence e&xpected:"), m_evidence);
    form->addRow(QString(), m_evidenceRequired);
    m_evidenceRequired->setAccessibleName(tr("Requires evidence"));
    addRow(tr("No o&lder than:"), m_evidenceMaxAge);
    form->addRow(QString(), m_evidenceNewer);
    m_evidenceNewer->setAccessibleName(tr("Newer than the item's last change"));
    addRow(tr("O&wners:"), m_owners);
    addRow(tr("Compo&nent:"), m_component);
    addRow(tr("&CI job:"), m_ciJob);
    form->addRow(QString(), m_blocker);
    m_blocker->setAccessibleName(tr("Blocker"));
    addRow(tr("&Status:"), m_status);
    addRow(tr("Re&ason:"), m_statusReason);
    addRow(tr("Waiver &until:"), m_waiverExpiry);
    addRow(tr("Note:"), m_note);
    form->addRow(tr("Updated:"), m_updated);
    addRow(tr("Run &history:"), m_runs);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("inspectorScroll"));
    scroll->setAccessibleName(tr("Fields of the selected item"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_hint, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    for (QLineEdit *edit : {m_title, m_owners, m_component, m_ciJob, m_statusReason, m_outputPattern, m_probeUrl, m_probeBody})
        connect(edit, &QLineEdit::textEdited, this, &InspectorPane::markDirty);
    for (QSpinBox *spin : {m_expectedExit, m_timeout, m_probeStatus, m_probeLatency, m_probeTimeout})
        connect(spin, &QSpinBox::valueChanged, this, &InspectorPane::markDirty);
    connect(m_probeMethod, &QComboBox::currentIndexChanged, this, &InspectorPane::markDirty);
    connect(m_probeUrl, &QLineEdit::textChanged, this, &InspectorPane::updateEnabled);
    connect(m_patternMode, &QComboBox::currentIndexChanged, this, &InspectorPane::markDirty);
    for (QPlainTextEdit *edit : {m_details, m_commands, m_passCriteria, m_evidence, m_note})
        connect(edit, &QPlainTextEdit::textChanged, this, &InspectorPane::markDirty);
    connect(m_blocker, &QCheckBox::toggled, this, &InspectorPane::markDirty);
    for (QCheckBox *box : {m_evidenceRequired, m_evidenceNewer})
        connect(box, &QCheckBox::toggled, this, [this] {
            updateEnabled();
            markDirty();
        });
    connect(m_evidenceMaxAge, &QSpinBox::valueChanged, this, &InspectorPane::markDirty);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        // choosing Waived proposes an expiry a month out, as the status dialog does
        if (!m_loading && statusFromKey(m_status->currentData().toString()) == ItemStatus::Waived
            && m_waiverExpiry->date() == m_waiverExpiry->minimumDate())
            m_waiverExpiry->setDate(m_document->today().addDays(30));
        markDirty();
    });
    connect(m_waiverExpiry, &QDateEdit::dateChanged, this, &InspectorPane::markDirty);
    connect(m_apply, &QPushButton::clicked, this, &InspectorPane::apply);
    connect(m_revert, &QPushButton::clicked, this, &InspectorPane::revert);
    connect(m_title, &QLineEdit::returnPressed, this, &InspectorPane::apply);

    connect(m_document, &ReleaseDocument::itemChanged, this, [this](qint64 id) {
        if (id == m_itemId && !m_dirty)
            load();
    });
    connect(m_document, &ReleaseDocument::releaseLoaded, this, [this] {
        m_dirty = false;  // what the edits were made against is gone
        if (!m_document->item(m_itemId))
            m_itemId = 0;
        load();
    });
    connect(qApp, &QApplication::focusChanged, this, &InspectorPane::focusChanged);
    load();
}

InspectorPane::~InspectorPane()
{
    disconnect(qApp, &QApplication::focusChanged, this, &InspectorPane::focusChanged);
    disconnect(m_document, nullptr, this, nullptr);
}

void InspectorPane::setItem(qint64 itemId)
{
    if (itemId == m_itemId)
        return;
    if (m_dirty)
        apply();
    m_itemId = itemId;
    m_dirty = false;
    load();
}

bool InspectorPane::apply()
{
    if (!m_dirty || !m_document->item(m_itemId))
        return true;
    const Item item = edited();
    if (item.status == ItemStatus::Waived && item.statusReason.trimmed().isEmpty()) {
        m_hint->setText(tr("A waiver needs a reason."));
        m_statusReason->setFocus();
        return false;
    }
    m_dirty = false;
    const bool ok = m_document->updateItem(item).ok();
    if (!ok) {
        // The document reported why (the window's banner shows it); keep the edits so they can be fixed.
        m_dirty = true;
        updateEnabled();
        return false;
    }
    load();
    return true;
}

void InspectorPane::revert()
{
    m_dirty = false;
    load();
}

void InspectorPane::load()
{
    m_loading = true;
    const Item *item = m_document->item(m_itemId);
    m_form->setEnabled(item != nullptr);
    if (!item) {
        m_heading->setText(tr("No item selected"));
        for (QLineEdit *edit : {m_title, m_owners, m_component, m_ciJob, m_statusReason})
            edit->clear();
        for (QPlainTextEdit *edit : {m_details, m_commands, m_passCriteria, m_evidence, m_note})
            edit->clear();
        m_blocker->setChecked(false);
        m_evidenceRequired->setChecked(false);
        m_evidenceMaxAge->setValue(0);
        m_evidenceNewer->setChecked(false);
        m_status->setCurrentIndex(0);
        m_waiverExpiry->setDate(m_waiverExpiry->minimumDate());
        m_updated->clear();
        m_commandsInfo->clear();
        m_commandsInfo->hide();
        m_runs->setRuns({});
        m_expectedExit->setValue(0);
        m_outputPattern->clear();
        m_patternMode->setCurrentIndex(0);
        m_timeout->setValue(0);
        showProbe(std::nullopt);
    } else {
        const bool group = item->isGroup();
        m_heading->setText(group ? tr("Group: %1").arg(item->title) : item->title);
        m_title->setText(item->title);
        m_details->setPlainText(item->details);
        m_commands->setPlainText(item->commands.join(QLatin1Char('\n')));
        const QString info = commandsInfo(*item);
        m_commandsInfo->setText(info);
        m_commandsInfo->setVisible(!info.isEmpty());
        m_runs->setRuns(item->runs);
        m_expectedExit->setValue(item->expectedExitCode);
        m_outputPattern->setText(item->outputPattern);
        m_patternMode->setCurrentIndex(item->outputMustMatch ? 0 : 1);
        m_timeout->setValue(item->timeoutSeconds);
        showProbe(item->probe);
        m_passCriteria->setPlainText(item->passCriteria);
        m_evidence->setPlainText(item->evidence);
        m_owners->setText(item->owners.join(QStringLiteral(", ")));
        m_component->setText(item->component);
        m_ciJob->setText(item->ciJob);
        m_blocker->setChecked(item->blocker);
        m_evidenceRequired->setChecked(item->evidenceRequirement.required);
        m_evidenceMaxAge->setValue(item->evidenceRequirement.maxAgeHours);
        m_evidenceNewer->setChecked(item->evidenceRequirement.newerThanChange);
        const ItemStatus shown = group ? rolledUpStatus(*item) : item->status;
        m_status->setCurrentIndex(qMax(0, m_status->findData(statusKey(shown))));
        m_statusReason->setText(item->statusReason);
        m_waiverExpiry->setDate(item->waiverExpiry.isValid() ? item->waiverExpiry : m_waiverExpiry->minimumDate());
        m_note->setPlainText(item->note);
        for (QLineEdit *edit : {m_title, m_owners, m_component, m_ciJob, m_statusReason})
            edit->setCursorPosition(0);  // show the start of long titles, not their end
        if (item->updatedAt.isValid()) {
            const QString when = QLocale().toString(item->updatedAt.toLocalTime(), QLocale::ShortFormat);
            m_updated->setText(item->updatedBy.isEmpty() ? when : tr("%1 by %2").arg(when, item->updatedBy));
        } else {
            m_updated->setText(tr("Not changed since import"));
        }
    }
    m_shownAtLoad = shownInWidgets();
    m_loading = false;
    m_dirty = false;
    updateEnabled();
}

void InspectorPane::showProbe(const std::optional<Probe> &probe)
{
    const Probe shown = probe.value_or(Probe());
    m_probeUrl->setText(probe ? shown.url : QString());
    m_probeMethod->setCurrentIndex(qMax(0, m_probeMethod->findText(shown.method)));
    m_probeStatus->setValue(shown.expectedStatus);
    m_probeLatency->setValue(shown.maxLatencyMs);
    m_probeBody->setText(shown.bodyContains);
    m_probeTimeout->setValue(shown.timeoutMs);
}

QString InspectorPane::commandsInfo(const Item &item) const
{
    QStringList lines;
    if (item.probe) {
        const Probe &p = *item.probe;
        lines << tr("HTTP probe: %1 %2, expects status %3").arg(p.method, p.url).arg(p.expectedStatus);
    }
    for (const QString &command : item.commands) {
        const CommandLine line = CommandLine::parse(command);
        if (!line.syntaxError().isEmpty())
            lines << tr("“%1” cannot run: %2").arg(command, line.syntaxError());
        else if (line.needsShell())
            lines << tr("“%1” runs through /bin/sh -c: %2").arg(command, line.shellReason());
    }
    if (item.isRunnable() && item.commandsImported) {
        lines << (needsApproval(item, m_document->release().run)
                      ? tr("Imported: needs approval before it runs.")
                      : tr("Imported and approved."));
    }
    return lines.join(u'\n');
}

Item InspectorPane::shownInWidgets() const
{
    Item item;
    item.title = m_title->text().trimmed();
    item.details = m_details->toPlainText().trimmed();
    item.commands = nonEmptyLines(m_commands->toPlainText());
    item.expectedExitCode = m_expectedExit->value();
    item.outputPattern = m_outputPattern->text().trimmed();
    item.outputMustMatch = m_patternMode->currentData().toBool();
    item.timeoutSeconds = m_timeout->value();
    if (const QString url = m_probeUrl->text().trimmed(); !url.isEmpty())
        item.probe = Probe { m_probeMethod->currentText(), url, m_probeStatus->value(), m_probeLatency->value(),
            m_probeBody->text(), m_probeTimeout->value() };
    item.passCriteria = m_passCriteria->toPlainText().trimmed();
    item.evidence = m_evidence->toPlainText().trimmed();
    item.owners = splitOwners(m_owners->text());
    item.component = m_component->text().trimmed();
    item.ciJob = m_ciJob->text().trimmed();
    item.blocker = m_blocker->isChecked();
    // Unticking "Requires evidence" drops the conditions with it, so nothing is asked half-way.
    if (m_evidenceRequired->isChecked()) {
        item.evidenceRequirement.required = true;
        item.evidenceRequirement.maxAgeHours = m_evidenceMaxAge->value();
        item.evidenceRequirement.newerThanChange = m_evidenceNewer->isChecked();
    }
    item.note = m_note->toPlainText().trimmed();
    item.status = statusFromKey(m_status->currentData().toString()).value_or(ItemStatus::NotStarted);
    item.statusReason = m_statusReason->text().trimmed();
    const bool dated = m_waiverExpiry->date() != m_waiverExpiry->minimumDate();
    item.waiverExpiry = item.status == ItemStatus::Waived && dated ? m_waiverExpiry->date() : QDate();
    return item;
}

Item InspectorPane::edited() const
{
    // Only what the person changed since the item was shown is taken from the widgets; everything
    // else comes from the item as it is now. A run that recorded Passed meanwhile keeps its status,
    // and commands nobody touched are not rewritten (which would count them as typed).
    const Item *current = m_document->item(m_itemId);
    Item item = current ? *current : Item();
    item.children.clear();
    const Item now = shownInWidgets();
    const Item &was = m_shownAtLoad;
    const auto take = [&](auto member) {
        if (!(now.*member == was.*member))
            item.*member = now.*member;
    };
    take(&Item::title);
    take(&Item::details);
    take(&Item::commands);
    take(&Item::expectedExitCode);
    take(&Item::outputPattern);
    take(&Item::outputMustMatch);
    take(&Item::timeoutSeconds);
    take(&Item::probe);
    take(&Item::passCriteria);
    take(&Item::evidence);
    take(&Item::owners);
    take(&Item::component);
    take(&Item::ciJob);
    take(&Item::blocker);
    take(&Item::note);
    if (current && !current->isGroup())
        take(&Item::evidenceRequirement);  // a group's leaves carry the evidence, and what is asked of it
    const bool statusEdited = now.status != was.status || now.statusReason != was.statusReason
        || now.waiverExpiry != was.waiverExpiry;
    if (current && !current->isGroup() && statusEdited) {
        item.status = now.status;
        item.statusReason = now.statusReason;
        item.waiverExpiry = now.waiverExpiry;
    }
    return item;
}

void InspectorPane::markDirty()
{
    if (m_loading || !m_document->item(m_itemId))
        return;
    m_dirty = true;
    updateEnabled();
}

void InspectorPane::updateEnabled()
{
    const Item *item = m_document->item(m_itemId);
    const bool leaf = item && !item->isGroup();
    const bool waived = statusFromKey(m_status->currentData().toString()) == ItemStatus::Waived;
    m_status->setEnabled(leaf);
    m_statusReason->setEnabled(leaf);
    m_waiverExpiry->setEnabled(leaf && waived);
    m_evidenceRequired->setEnabled(leaf);
    m_evidenceMaxAge->setEnabled(leaf && m_evidenceRequired->isChecked());
    m_evidenceNewer->setEnabled(leaf && m_evidenceRequired->isChecked());
    const bool probe = !m_probeUrl->text().trimmed().isEmpty();
    for (QWidget *field : std::initializer_list<QWidget *> { m_probeMethod, m_probeStatus, m_probeLatency, m_probeBody, m_probeTimeout })
        field->setEnabled(probe);
    m_apply->setEnabled(m_dirty);
    m_revert->setEnabled(m_dirty);
    if (item && item->isGroup())
        m_hint->setText(tr("A group's status rolls up from its items, which also carry its evidence."));
    else if (m_dirty)
        m_hint->setText(tr("Unsaved changes: Apply, or leave the pane."));
    else
        m_hint->clear();
}

void InspectorPane::focusChanged(QWidget *old, QWidget *now)
{
    // Leaving the pane applies, like leaving a cell in a table; a popup (the calendar) or a dialog
    // on top is not leaving it. The pane may sit in a floating dock, so compare ancestry, not windows.
    if (!m_dirty || !old || !isAncestorOf(old) || !now || isAncestorOf(now))
        return;
    const QWidget *target = now->window();
    if (target->windowType() == Qt::Popup || (target != window() && target->isModal()))
        return;
    apply();
}

} // namespace gl
