#include "ReadinessMatrixView.h"

#include "ReadinessTrendChart.h"

#include "CompletionBarDelegate.h"
#include "DecisionBanner.h"
#include "itemmodels/CriteriaModel.h"
#include "itemmodels/GateMatrixModel.h"
#include "itemmodels/MetricTableModel.h"
#include "itemmodels/ReleaseDocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace gl {

namespace {
QTableView *makeTable(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);  // Tab leaves the table, arrows move inside it
    table->verticalHeader()->hide();
    // One line per row: a fixed height, because measuring every row's contents costs more than the
    // whole rest of a cold start on a large release.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

// Shows a sentence instead of an empty table, so an empty pane says why it is empty.
QStackedWidget *withPlaceholder(QTableView *table, const QString &emptyText, QWidget *parent)
{
    auto *stack = new QStackedWidget(parent);
    auto *label = new QLabel(emptyText, stack);
    label->setObjectName(table->objectName() + QStringLiteral("Empty"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setEnabled(false);  // the disabled colour reads as a hint
    label->setFrameShape(QFrame::StyledPanel);
    stack->addWidget(table);
    stack->addWidget(label);
    const auto follow = [stack, table] { stack->setCurrentIndex(table->model()->rowCount() == 0 ? 1 : 0); };
    QObject::connect(table->model(), &QAbstractItemModel::modelReset, stack, follow);
    QObject::connect(table->model(), &QAbstractItemModel::rowsInserted, stack, follow);
    QObject::connect(table->model(), &QAbstractItemModel::rowsRemoved, stack, follow);
    follow();
    return stack;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent, QWidget *buddy = nullptr)
{
    auto *box = new QWidget(parent);
    auto *label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setBuddy(buddy ? buddy : content);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}
} // namespace

ReadinessMatrixView::ReadinessMatrixView(ReleaseDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_gates(new GateMatrixModel(document, this))
    , m_metrics(new MetricTableModel(document, this))
    , m_criteria(new CriteriaModel(document, this))
    , m_banner(new DecisionBanner(this))
    , m_gateTable(makeTable(QStringLiteral("gateTable"), tr("Gates"), this))
    , m_metricTable(makeTable(QStringLiteral("metricTable"), tr("Metrics"), this))
    , m_criteriaTable(makeTable(QStringLiteral("criteriaTable"), tr("Decision criteria"), this))
    , m_trend(new ReadinessTrendChart(document, this))
{
    setObjectName(QStringLiteral("readinessMatrix"));

    m_gateTable->setModel(m_gates);
    // Gates move by dragging their row; checklist items dropped on a gate move into it.
    m_gateTable->setDragEnabled(true);
    m_gateTable->setAcceptDrops(true);
    m_gateTable->setDropIndicatorShown(true);
    m_gateTable->setDragDropMode(QAbstractItemView::DragDrop);
    m_gateTable->setDefaultDropAction(Qt::MoveAction);
    m_gateTable->setItemDelegateForColumn(GateMatrixModel::CompletionColumn, new CompletionBarDelegate(m_gateTable));
    QHeaderView *gh = m_gateTable->horizontalHeader();
    gh->setSectionResizeMode(QHeaderView::ResizeToContents);
    gh->setSectionResizeMode(GateMatrixModel::TitleColumn, QHeaderView::Stretch);
    gh->setMinimumSectionSize(40);

    m_metricTable->setModel(m_metrics);
    m_metricTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::AnyKeyPressed);
    QHeaderView *mh = m_metricTable->horizontalHeader();
    mh->setSectionResizeMode(QHeaderView::ResizeToContents);
    mh->setSectionResizeMode(MetricTableModel::NameColumn, QHeaderView::Stretch);

    m_criteriaTable->setModel(m_criteria);
    QHeaderView *ch = m_criteriaTable->horizontalHeader();
    ch->setSectionResizeMode(QHeaderView::ResizeToContents);
    ch->setSectionResizeMode(CriteriaModel::TextColumn, QHeaderView::Stretch);

    // Gates across the whole width (their titles are long), metrics and criteria side by side below.
    auto *below = new QSplitter(Qt::Horizontal, this);
    below->addWidget(titled(tr("&Metrics"),
                            withPlaceholder(m_metricTable,
                                            tr("No metrics in this release. They come from a table with "
                                               "Current and Required columns."),
                                            below),
                            below, m_metricTable));
    below->addWidget(titled(tr("Cr&iteria"),
                            withPlaceholder(m_criteriaTable,
                                            tr("No GO or NO-GO criteria in this release. They come from lists "
                                               "under headings that name GO or NO-GO criteria."),
                                            below),
                            below, m_criteriaTable));
    below->setChildrenCollapsible(false);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("matrixSplitter"));
    // The gates, with the readiness trend beside them.
    auto *above = new QSplitter(Qt::Horizontal, this);
    above->addWidget(titled(tr("&Gates"), m_gateTable, above));
    above->addWidget(titled(tr("Trend"), m_trend, above));
    above->setStretchFactor(0, 3);
    above->setStretchFactor(1, 2);
    above->setChildrenCollapsible(false);
    split->addWidget(above);
    split->addWidget(below);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    // With neither metrics nor criteria the lower half would be two empty boxes: one line says so.
    auto *noFigures = new QLabel(tr("This release has no metrics and no GO / NO-GO criteria."), this);
    noFigures->setObjectName(QStringLiteral("noFiguresLabel"));
    noFigures->setEnabled(false);
    const auto followFigures = [this, split, below, noFigures] {
        const bool none = m_metrics->rowCount() == 0 && m_criteria->rowCount() == 0;
        const bool reappears = !none && below->isHidden();
        below->setVisible(!none);
        noFigures->setVisible(none);
        if (reappears)
            split->setSizes({1, 1});   // the gates had taken all the room meanwhile: share it again
    };
    connect(m_metrics, &QAbstractItemModel::modelReset, this, followFigures);
    connect(m_criteria, &QAbstractItemModel::modelReset, this, followFigures);
    followFigures();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    layout->addWidget(noFigures);

    setTabOrder(m_gateTable, m_metricTable);
    setTabOrder(m_metricTable, m_criteriaTable);

    connect(m_document, &ReleaseDocument::readinessChanged, this,
            [this] {
                m_banner->setReadiness(m_document->readiness(), m_document->isLoaded());
                m_banner->setRecorded(m_document->isLoaded() ? m_document->release().decisionInForce() : nullptr);
            });
    connect(m_gates, &QAbstractItemModel::modelReset, this, &ReadinessMatrixView::followReset);
    connect(m_metrics, &QAbstractItemModel::modelReset, this,
            [this] { m_metricTable->setColumnHidden(MetricTableModel::WeightColumn, !m_metrics->hasWeights()); });
    connect(m_gateTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReadinessMatrixView::followCurrentRow);
    m_metricTable->setColumnHidden(MetricTableModel::WeightColumn, !m_metrics->hasWeights());
    m_banner->setReadiness(m_document->readiness(), m_document->isLoaded());
    m_banner->setRecorded(m_document->isLoaded() ? m_document->release().decisionInForce() : nullptr);
}

ReadinessMatrixView::~ReadinessMatrixView()
{
    // An open editor commits when it loses focus; let that happen while this view is still whole,
    // then stop hearing from the document, which outlives us.
    if (QWidget *focus = focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus();
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_gates, nullptr, this, nullptr);
    disconnect(m_metrics, nullptr, this, nullptr);
    disconnect(m_criteria, nullptr, this, nullptr);
    disconnect(m_gateTable->selectionModel(), nullptr, this, nullptr);
}

void ReadinessMatrixView::selectGate(qint64 gateId)
{
    const QModelIndex index = m_gates->indexOfGate(gateId);
    if (index.isValid()) {
        m_gateTable->setCurrentIndex(index);
        m_gateTable->scrollTo(index);
    } else if (m_selectedGate != 0) {
        m_gateTable->setCurrentIndex(QModelIndex());
        m_selectedGate = 0;
        Q_EMIT gateSelected(0);
    }
}

void ReadinessMatrixView::followReset()
{
    // Keep the gate the user was on when the release reloads; otherwise start on the first gate.
    const qint64 previous = m_selectedGate;
    m_selectedGate = 0;
    const qint64 wanted = m_gates->indexOfGate(previous).isValid() ? previous : m_gates->gateIdAt(0);
    if (wanted == 0) {
        Q_EMIT gateSelected(0);
        return;
    }
    selectGate(wanted);
}

void ReadinessMatrixView::followCurrentRow()
{
    const QModelIndex current = m_gateTable->currentIndex();
    const qint64 gateId = current.isValid() ? m_gates->gateIdAt(current.row()) : 0;
    if (gateId == m_selectedGate)
        return;
    m_selectedGate = gateId;
    Q_EMIT gateSelected(gateId);
}

} // namespace gl
