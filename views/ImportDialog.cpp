#include "ImportDialog.h"

#include "InlineBanner.h"
#include "Prompter.h"
#include "itemmodels/ImportJob.h"
#include "itemmodels/MetricTableModel.h"
#include "itemmodels/ReleaseDocument.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gl {

namespace {
const QString lastFolderKey = QStringLiteral("import/lastFolder");

int itemCount(const std::vector<Item> &items)
{
    int n = 0;
    forEachItem(items, [&](const Item &) { ++n; });
    return n;
}

int leaves(const std::vector<Item> &items)
{
    int n = 0;
    forEachLeaf(items, [&](const Item &) { ++n; });
    return n;
}
QString itemsText(int items, int groups)
{
    const QString count = ImportDialog::tr("%n item(s)", nullptr, items);
    if (groups == 0)
        return count;
    //: %1 is "N items"
    return ImportDialog::tr("%1 in %n group(s)", nullptr, groups).arg(count);
}
} // namespace

ImportDialog::ImportDialog(ReleaseDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_job(new ImportJob(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse\u2026"), this))
    , m_name(new QLineEdit(this))
    , m_banner(new InlineBanner(this))
    , m_summary(new QLabel(this))
    , m_preview(new QTreeWidget(this))
    , m_warnings(new QListWidget(this))
    , m_warningsLabel(new QLabel(this))
    , m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Checklist"));
    setSizeGripEnabled(true);
    resize(760, 620);

    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("A Markdown checklist (.md)"));
    m_browse->setObjectName(QStringLiteral("importBrowse"));
    m_browse->setAutoDefault(false);
    m_name->setObjectName(QStringLiteral("importName"));
    m_name->setPlaceholderText(tr("Taken from the file"));
    m_banner->setObjectName(QStringLiteral("importBanner"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);  // names a file and counts from it: never markup
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("What the import will create"));
    m_preview->setHeaderLabels({tr("Found"), tr("Details")});
    m_preview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_preview->header()->setStretchLastSection(false);
    m_preview->setUniformRowHeights(true);
    m_warnings->setObjectName(QStringLiteral("importWarnings"));
    m_warnings->setAccessibleName(tr("Import warnings"));
    m_warnings->setWordWrap(true);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_import->setDefault(true);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    auto *nameLabel = new QLabel(tr("Release &name:"), this);
    nameLabel->setBuddy(m_name);
    m_path->setAccessibleName(tr("File"));
    m_name->setAccessibleName(tr("Release name"));
    form->addRow(pathLabel, pathRow);
    form->addRow(nameLabel, m_name);

    auto *previewLabel = new QLabel(tr("&Preview"), this);
    previewLabel->setBuddy(m_preview);
    m_warningsLabel->setText(tr("&Warnings"));
    m_warningsLabel->setBuddy(m_warnings);
    auto *previewBox = new QWidget(this);
    auto *pl = new QVBoxLayout(previewBox);
    pl->setContentsMargins(0, 0, 0, 0);
    pl->addWidget(previewLabel);
    pl->addWidget(m_preview, 1);
    auto *warningsBox = new QWidget(this);
    auto *wl = new QVBoxLayout(warningsBox);
    wl->setContentsMargins(0, 0, 0, 0);
    wl->addWidget(m_warningsLabel);
    wl->addWidget(m_warnings, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(previewBox);
    split->addWidget(warningsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text().trimmed() != m_job->path())
            preview(m_path->text().trimmed());
    });
    connect(m_job, &ImportJob::finished, this, &ImportDialog::parsed);
    connect(m_job, &ImportJob::finished, this, &ImportDialog::readingEnded);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    clearPreview();
}

ImportDialog::~ImportDialog()
{
    // The path field reports editingFinished when it loses focus on the way out.
    disconnect(m_path, nullptr, this, nullptr);
}

bool ImportDialog::browse()
{
    QSettings settings;
    const QString folder = settings.value(lastFolderKey, QDir::homePath()).toString();
    const QString chosen = Prompter::current().fileName(this, tr("Import Checklist"), folder,
                                                        tr("Markdown checklists (*.md *.markdown);;All files (*)"));
    if (chosen.isEmpty())
        return false;
    settings.setValue(lastFolderKey, QFileInfo(chosen).absolutePath());
    preview(chosen);
    return true;
}

void ImportDialog::preview(const QString &path)
{
    m_path->setText(path);
    clearPreview();
    m_banner->hide();
    if (path.isEmpty())
        return;
    m_summary->setText(tr("Reading %1\u2026").arg(QFileInfo(path).fileName()));
    Q_EMIT readingStarted(QFileInfo(path).fileName());
    m_job->start(path);
}

QString ImportDialog::path() const
{
    return m_path->text().trimmed();
}

bool ImportDialog::isParsing() const
{
    return m_job->isRunning();
}

void ImportDialog::parsed()
{
    const auto &result = m_job->result();
    if (!result)
        return;
    if (!result->ok()) {
        clearPreview();
        m_banner->showMessage(result->message(), InlineBanner::Kind::Error);
        return;
    }
    showPreview(result->value());
}

void ImportDialog::clearPreview()
{
    m_preview->clear();
    m_warnings->clear();
    m_warningsLabel->setText(tr("&Warnings"));
    m_summary->setText(tr("Choose a checklist to see what it contains. Nothing is written until you import."));
    m_import->setEnabled(false);
}

void ImportDialog::showPreview(const ImportResult &result)
{
    const Release &release = result.release;
    m_preview->clear();
    m_name->setPlaceholderText(release.name);

    // Counted as the matrix counts them: items to check (leaves); groups are said apart.
    int items = 0;
    int groups = 0;
    auto *gates = new QTreeWidgetItem(m_preview);
    for (const Gate &gate : release.gates) {
        const int leafCount = leaves(gate.items);
        const int groupCount = itemCount(gate.items) - leafCount;
        items += leafCount;
        groups += groupCount;
        new QTreeWidgetItem(gates, {gate.title, itemsText(leafCount, groupCount)});
    }
    gates->setText(0, tr("Gates (%1)").arg(release.gates.size()));
    gates->setText(1, itemsText(items, groups));

    auto *metrics = new QTreeWidgetItem(m_preview, {tr("Metrics (%1)").arg(release.metrics.size())});
    for (const Metric &metric : release.metrics) {
        auto *row = new QTreeWidgetItem(metrics, {metric.name,
                                                  tr("%1 against %2").arg(metric.currentText.isEmpty() ? tr("\u2014") : metric.currentText,
                                                                          MetricTableModel::requiredText(metric))});
        if (metric.blocker)
            row->setText(1, row->text(1) + tr(" (blocker)"));
    }

    int go = 0;
    int noGo = 0;
    auto *criteria = new QTreeWidgetItem(m_preview);
    for (const Criterion &c : release.criteria) {
        const bool isGo = c.kind == CriterionKind::Go;
        (isGo ? go : noGo) += 1;
        new QTreeWidgetItem(criteria, {c.text, isGo ? tr("GO") : tr("NO-GO")});
    }
    criteria->setText(0, tr("Decision criteria (%1)").arg(release.criteria.size()));
    criteria->setText(1, tr("%1 GO, %2 NO-GO").arg(go).arg(noGo));
    gates->setExpanded(true);
    metrics->setExpanded(true);
    criteria->setExpanded(true);

    m_warnings->clear();
    for (const ImportWarning &warning : result.warnings) {
        const QString text = warning.line > 0 ? tr("Line %1: %2").arg(warning.line).arg(warning.message)
                                              : warning.message;
        auto *row = new QListWidgetItem(text, m_warnings);
        row->setData(Qt::UserRole, warning.line);
    }
    m_warningsLabel->setText(tr("&Warnings (%1)").arg(result.warnings.size()));

    const QStringList counts = {tr("%n gate(s)", nullptr, int(release.gates.size())),
                                tr("%n item(s)", nullptr, items),
                                tr("%n metric(s)", nullptr, int(release.metrics.size())),
                                tr("%n GO criterion/criteria", nullptr, go),
                                tr("%n NO-GO criterion/criteria", nullptr, noGo),
                                tr("%n warning(s)", nullptr, int(result.warnings.size()))};
    //: %1 is the release name, %2 the list of counts
    m_summary->setText(tr("\u201c%1\u201d: %2.").arg(release.name, counts.join(QStringLiteral(", "))));
    m_import->setEnabled(true);
}

void ImportDialog::import()
{
    const auto &result = m_job->result();
    if (m_job->isRunning() || !result || !result->ok())
        return;
    Release release = result->value().release;
    if (!m_name->text().trimmed().isEmpty())
        release.name = m_name->text().trimmed();
    const Result<qint64> created = m_document->createRelease(release);
    if (!created.ok()) {
        m_banner->showMessage(tr("Nothing was imported: %1").arg(created.message()), InlineBanner::Kind::Error);
        return;
    }
    m_importedId = created.value();
    Q_EMIT releaseImported(m_importedId);
    accept();
}

} // namespace gl
