#include "DecisionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gl {

namespace {

enum MitigationColumn { TitleColumn, OwnerColumn, DeadlineColumn, AcceptanceColumn, ColumnCount };

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // Never squeezed below its wrapped height by the stretching table.
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    return label;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

DecisionDialog::DecisionDialog(const DecisionQuestion &question, QWidget *parent)
    : QDialog(parent)
    , m_question(question)
    , m_outcome(new QComboBox(this))
    , m_rationale(new QPlainTextEdit(this))
    , m_confidence(new QSpinBox(this))
    , m_hasValidUntil(new QCheckBox(tr("&Valid until:"), this))
    , m_validUntil(new QDateEdit(this))
    , m_mitigationsLabel(
          plainLabel(tr("Mitigations (required for CONDITIONAL GO; deadline as YYYY-MM-DD):"), this))
    , m_mitigations(new QTableWidget(0, ColumnCount, this))
    , m_addMitigation(new QPushButton(tr("&Add Mitigation"), this))
    , m_removeMitigation(new QPushButton(tr("Re&move Mitigation"), this))
    , m_reasonLabel(plainLabel(QString(), this))
    , m_reason(new QPlainTextEdit(this))
    , m_problems(plainLabel(QString(), this))
{
    setWindowTitle(tr("Record the Decision for \u201c%1\u201d").arg(question.releaseName));
    resize(720, 640);

    QString suggestion
        = tr("The matrix suggests %1. %2").arg(decisionLabel(question.suggested), question.rule);
    auto *suggested = plainLabel(suggestion, this);
    suggested->setObjectName(QStringLiteral("decisionSuggestion"));
    QFont bold = suggested->font();
    bold.setBold(true);
    suggested->setFont(bold);
    auto *reasons = plainLabel(question.reasons.isEmpty()
            ? QString()
            : QStringLiteral("\u2022 ") + question.reasons.join(QStringLiteral("\n\u2022 ")),
        this);
    reasons->setVisible(!question.reasons.isEmpty());
    auto *signOffs = plainLabel(question.signOffsSatisfied
            ? tr("The required sign-offs are all in and valid.")
            : tr("The required sign-offs are not all in: %1")
                  .arg(question.missingSignOffs.join(QStringLiteral("; "))),
        this);
    signOffs->setObjectName(QStringLiteral("decisionSignOffState"));

    m_outcome->setObjectName(QStringLiteral("decisionOutcome"));
    m_outcome->setAccessibleName(tr("Outcome"));
    for (Decision d : { Decision::Go, Decision::ConditionalGo, Decision::NoGo })
        m_outcome->addItem(decisionLabel(d), outcomeKey(d));
    m_outcome->setCurrentIndex(m_outcome->findData(outcomeKey(question.suggested)));
    m_rationale->setObjectName(QStringLiteral("decisionRationale"));
    m_rationale->setAccessibleName(tr("Rationale"));
    m_rationale->setTabChangesFocus(true);
    m_rationale->setMaximumHeight(90);
    m_confidence->setObjectName(QStringLiteral("decisionConfidence"));
    m_confidence->setAccessibleName(tr("Confidence"));
    m_confidence->setRange(-1, 100);
    m_confidence->setSpecialValueText(tr("not given"));
    m_confidence->setSuffix(QStringLiteral(" %"));
    m_confidence->setValue(-1);
    m_hasValidUntil->setObjectName(QStringLiteral("decisionHasValidUntil"));
    m_validUntil->setObjectName(QStringLiteral("decisionValidUntil"));
    m_validUntil->setAccessibleName(tr("Valid until"));
    m_validUntil->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_validUntil->setCalendarPopup(true);
    m_validUntil->setMinimumDate(question.today);
    m_validUntil->setDate(question.today.addDays(14));
    m_validUntil->setEnabled(false);

    m_mitigations->setObjectName(QStringLiteral("decisionMitigations"));
    m_mitigations->setAccessibleName(tr("Mitigations"));
    m_mitigations->setHorizontalHeaderLabels(
        { tr("Title"), tr("Owner"), tr("Deadline"), tr("Acceptance criteria") });
    m_mitigations->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_mitigations->horizontalHeader()->setSectionResizeMode(AcceptanceColumn, QHeaderView::Stretch);
    m_mitigations->verticalHeader()->hide();
    m_addMitigation->setObjectName(QStringLiteral("decisionAddMitigation"));
    m_removeMitigation->setObjectName(QStringLiteral("decisionRemoveMitigation"));
    // Room for the two lines the longest reason text wraps to (heightForWidth is not honoured here).
    m_reasonLabel->setMinimumHeight(m_reasonLabel->fontMetrics().lineSpacing() * 2 + 4);
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(70);
    m_problems->setObjectName(QStringLiteral("decisionProblems"));
    m_problems->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Rationale:"), m_rationale);
    form->addRow(tr("&Confidence:"), m_confidence);
    form->addRow(m_hasValidUntil, m_validUntil);

    auto *mitigationButtons = new QHBoxLayout;
    mitigationButtons->addWidget(m_addMitigation);
    mitigationButtons->addWidget(m_removeMitigation);
    mitigationButtons->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_record = buttons->addButton(tr("Record Decision"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("decisionRecord"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(suggested);
    layout->addWidget(reasons);
    layout->addWidget(signOffs);
    layout->addLayout(form);
    layout->addWidget(m_mitigationsLabel);
    layout->addWidget(m_mitigations, 1);
    layout->addLayout(mitigationButtons);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    connect(m_outcome, &QComboBox::currentIndexChanged, this, &DecisionDialog::update);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &DecisionDialog::update);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DecisionDialog::update);
    connect(m_hasValidUntil, &QCheckBox::toggled, m_validUntil, &QWidget::setEnabled);
    connect(m_mitigations, &QTableWidget::itemChanged, this, &DecisionDialog::update);
    connect(m_addMitigation, &QPushButton::clicked, this, &DecisionDialog::addMitigation);
    connect(m_removeMitigation, &QPushButton::clicked, this, [this] {
        if (m_mitigations->currentRow() >= 0)
            m_mitigations->removeRow(m_mitigations->currentRow());
        update();
    });
    update();
    m_rationale->setFocus();
}

void DecisionDialog::addMitigation()
{
    const int row = m_mitigations->rowCount();
    m_mitigations->insertRow(row);
    for (int c = 0; c < ColumnCount; ++c)
        m_mitigations->setItem(row, c, new QTableWidgetItem);
    m_mitigations->item(row, DeadlineColumn)->setText(m_question.today.addDays(7).toString(Qt::ISODate));
    m_mitigations->setCurrentCell(row, TitleColumn);
    m_mitigations->editItem(m_mitigations->item(row, TitleColumn));
    update();
}

DecisionRequest DecisionDialog::value() const
{
    DecisionRequest answer;
    answer.outcome = outcomeFromKey(m_outcome->currentData().toString()).value_or(Decision::NoGo);
    answer.rationale = m_rationale->toPlainText().trimmed();
    if (m_confidence->value() >= 0)
        answer.confidence = m_confidence->value();
    if (m_hasValidUntil->isChecked())
        answer.validUntil = m_validUntil->date();
    if (answer.outcome == Decision::ConditionalGo) {
        for (int row = 0; row < m_mitigations->rowCount(); ++row) {
            Mitigation m;
            m.title = cellText(m_mitigations, row, TitleColumn);
            m.owner = cellText(m_mitigations, row, OwnerColumn);
            m.deadline = QDate::fromString(cellText(m_mitigations, row, DeadlineColumn), Qt::ISODate);
            m.acceptance = cellText(m_mitigations, row, AcceptanceColumn);
            answer.mitigations.push_back(m);
        }
    }
    answer.overrideReason = m_reason->toPlainText().trimmed();
    return answer;
}

QStringList DecisionDialog::problems() const
{
    const DecisionRequest answer = value();
    QStringList out;
    if (answer.rationale.isEmpty())
        out << tr("Write the rationale.");
    if (answer.outcome == Decision::ConditionalGo) {
        if (answer.mitigations.empty())
            out << tr("A CONDITIONAL GO needs at least one mitigation.");
        for (size_t i = 0; i < answer.mitigations.size(); ++i) {
            const Mitigation &m = answer.mitigations[i];
            if (m.title.isEmpty() || m.owner.isEmpty() || m.acceptance.isEmpty())
                out << tr("Mitigation %1 needs a title, an owner and acceptance criteria.").arg(i + 1);
            if (!m.deadline.isValid())
                out << tr("Mitigation %1 needs a deadline as YYYY-MM-DD.").arg(i + 1);
        }
    }
    const bool differs = answer.outcome != m_question.suggested;
    if ((differs || !m_question.signOffsSatisfied) && answer.overrideReason.isEmpty())
        out << tr("Write why it is recorded anyway.");
    return out;
}

void DecisionDialog::update()
{
    const Decision outcome = outcomeFromKey(m_outcome->currentData().toString()).value_or(Decision::NoGo);
    const bool conditional = outcome == Decision::ConditionalGo;
    m_mitigationsLabel->setVisible(conditional);
    m_mitigations->setVisible(conditional);
    m_addMitigation->setVisible(conditional);
    m_removeMitigation->setVisible(conditional);
    const bool differs = outcome != m_question.suggested;
    QStringList why;
    if (differs)
        why << tr("it differs from the suggested %1").arg(decisionLabel(m_question.suggested));
    if (!m_question.signOffsSatisfied)
        why << tr("the required sign-offs are not all in (this overrides them)");
    m_reasonLabel->setText(why.isEmpty()
            ? tr("Reason (only needed when the decision differs from the suggestion):")
            : tr("Reason, required because %1:").arg(why.join(tr(" and "))));
    m_reason->setEnabled(!why.isEmpty());
    const QStringList missing = problems();
    m_problems->setText(missing.join(QLatin1Char(' ')));
    m_record->setEnabled(missing.isEmpty());
}

} // namespace gl
