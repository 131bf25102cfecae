#include "StartPage.h"

#include "itemmodels/ReadinessColours.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gl {

namespace {

constexpr int ReleaseIdRole = Qt::UserRole + 1;

// Readiness sorts by number, not by its text.
class OverviewRow final : public QTreeWidgetItem {
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, Qt::UserRole + 2);
        const QVariant theirs = other.data(column, Qt::UserRole + 2);
        if (mine.isValid() && theirs.isValid())
            return mine.toDouble() < theirs.toDouble();
        return QTreeWidgetItem::operator<(other);
    }
};

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_new(new QPushButton(tr("&New Release\u2026"), this))
    , m_import(new QPushButton(tr("I&mport Checklist\u2026"), this))
    , m_open(new QPushButton(tr("Open &Workspace\u2026"), this))
    , m_recent(new QListWidget(this))
    , m_recentLabel(new QLabel(tr("&Recent workspaces"), this))
{
    setObjectName(QStringLiteral("startPage"));
    m_heading->setObjectName(QStringLiteral("startHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_summary->setObjectName(QStringLiteral("startSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("startReleases"));
    m_table->setAccessibleName(tr("Releases of this workspace"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({ tr("Release"), tr("Readiness"), tr("Suggested"), tr("Recorded decision"),
        tr("Sign-offs"), tr("Mitigations"), tr("Updated") });
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setUniformRowHeights(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UpdatedColumn, Qt::DescendingOrder);
    m_table->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->header()->setStretchLastSection(false);
    connect(m_table, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT releaseChosen(item->data(NameColumn, ReleaseIdRole).toLongLong()); });

    m_new->setObjectName(QStringLiteral("startNewRelease"));
    m_new->setToolTip(tr("Start a release from a template or as a copy of an earlier one"));
    m_import->setObjectName(QStringLiteral("startImport"));
    m_import->setToolTip(tr("Make a release of a Markdown checklist"));
    m_open->setObjectName(QStringLiteral("startOpenWorkspace"));
    connect(m_new, &QPushButton::clicked, this, &StartPage::newReleaseRequested);
    connect(m_import, &QPushButton::clicked, this, &StartPage::importRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openWorkspaceRequested);

    m_recent->setObjectName(QStringLiteral("startRecentWorkspaces"));
    m_recent->setAccessibleName(tr("Recent workspaces"));
    m_recentLabel->setBuddy(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT recentWorkspaceChosen(item->data(Qt::UserRole).toString()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_import);
    buttons->addWidget(m_open);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_recentLabel);
    layout->addWidget(m_recent, 1);
}

void StartPage::setWorkspaceName(const QString &path)
{
    m_heading->setText(tr("Releases in %1").arg(QFileInfo(path).fileName()));
    m_heading->setToolTip(QDir::toNativeSeparators(path));
}

void StartPage::setOverview(const std::vector<ReleaseOverview> &releases)
{
    m_table->setSortingEnabled(false);
    m_table->clear();
    const QLocale locale;
    int needSignOffs = 0;
    int overdue = 0;
    int decided = 0;
    for (const ReleaseOverview &r : releases) {
        auto *row = new OverviewRow(m_table);
        row->setData(NameColumn, ReleaseIdRole, r.releaseId);
        row->setText(NameColumn, r.name);
        row->setText(ReadinessColumn, locale.toString(r.readinessPercent, 'f', 0) + QStringLiteral(" %"));
        row->setData(ReadinessColumn, Qt::UserRole + 2, r.readinessPercent);
        row->setTextAlignment(ReadinessColumn, Qt::AlignRight | Qt::AlignVCenter);
        // Colour and the decision's own words: readable without the colour, and in print.
        row->setText(SuggestedColumn, decisionLabel(r.suggested));
        row->setBackground(SuggestedColumn, ReadinessColours::decisionBackground(r.suggested));
        row->setForeground(SuggestedColumn, ReadinessColours::decisionTextOnBackground(r.suggested));
        if (r.recorded) {
            ++decided;
            row->setText(DecisionColumn, tr("\u2714 %1, %2").arg(decisionLabel(*r.recorded), r.authorizationCode));
            row->setForeground(DecisionColumn, ReadinessColours::decisionText(*r.recorded));
        } else {
            row->setText(DecisionColumn, tr("Not recorded"));
        }
        QString signOffs;
        if (r.signOffsRequired == 0) {
            signOffs = tr("None required");
        } else if (r.missingRoles.isEmpty()) {
            signOffs = tr("\u2714 %1 of %2 signed").arg(r.signOffsCounting).arg(r.signOffsRequired);
        } else {
            ++needSignOffs;
            signOffs = tr("\u2717 %1 of %2 signed; missing: %3")
                           .arg(r.signOffsCounting)
                           .arg(r.signOffsRequired)
                           .arg(r.missingRoles.join(QStringLiteral(", ")));
        }
        if (r.staleSignOffs > 0)
            signOffs += tr("; %n stale", nullptr, r.staleSignOffs);
        row->setText(SignOffsColumn, signOffs);
        row->setToolTip(SignOffsColumn, signOffs);
        if (r.overdueMitigations > 0) {
            ++overdue;
            row->setText(MitigationsColumn, tr("\u26a0 %n overdue", nullptr, r.overdueMitigations));
            row->setForeground(MitigationsColumn, ReadinessColours::decisionText(Decision::NoGo));
        } else if (r.openMitigations > 0) {
            row->setText(MitigationsColumn, tr("%n open", nullptr, r.openMitigations));
        } else {
            row->setText(MitigationsColumn, tr("None open"));
        }
        row->setText(UpdatedColumn, locale.toString(r.updatedAt.toLocalTime(), QLocale::ShortFormat));
        row->setData(UpdatedColumn, Qt::UserRole + 2, double(r.updatedAt.toMSecsSinceEpoch()));
    }
    m_table->setSortingEnabled(true);
    for (int column = ReadinessColumn; column < ColumnCount; ++column)
        m_table->resizeColumnToContents(column);
    if (releases.empty())
        m_summary->setText(tr("No release yet: start one from a template, import a Markdown checklist, or open "
                              "another workspace."));
    else
        m_summary->setText(tr("%n release(s)", nullptr, int(releases.size())) + QStringLiteral(" \u00b7 ")
            + tr("%n decided", nullptr, decided) + QStringLiteral(" \u00b7 ")
            + tr("%n waiting for sign-offs", nullptr, needSignOffs) + QStringLiteral(" \u00b7 ")
            + tr("%n with overdue mitigations", nullptr, overdue));
    if (m_table->topLevelItemCount() > 0 && !m_table->currentItem())
        m_table->setCurrentItem(m_table->topLevelItem(0));
}

void StartPage::setRecentWorkspaces(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 \u2014 %2").arg(QFileInfo(path).fileName(),
                                                                      QDir::toNativeSeparators(QFileInfo(path).path())),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentLabel->setVisible(!paths.isEmpty());
    m_recent->setVisible(!paths.isEmpty());
}

} // namespace gl
