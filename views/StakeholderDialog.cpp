#include "StakeholderDialog.h"

#include "signing/KeyRing.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gl {

StakeholderDialog::StakeholderDialog(const QStringList &knownRoles, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_email(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("stakeholderDialog"));
    setWindowTitle(tr("Add Stakeholder"));
    m_name->setObjectName(QStringLiteral("stakeholderName"));
    m_role->setObjectName(QStringLiteral("stakeholderRole"));
    m_role->setEditable(true);
    m_role->addItems(knownRoles);
    m_role->setCurrentText(QString());
    m_email->setObjectName(QStringLiteral("stakeholderEmail"));
    m_passphrase->setObjectName(QStringLiteral("stakeholderPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(QStringLiteral("stakeholderPassphraseRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_problem->setObjectName(QStringLiteral("stakeholderProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    auto *intro = new QLabel(tr("Their signing key is made now and kept in this computer's configuration "
                                "folder, sealed with the passphrase; the workspace keeps only the public half. "
                                "They type the passphrase each time they sign."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("Re&peat passphrase:"), m_repeat);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : { m_name, m_email, m_passphrase, m_repeat })
        connect(edit, &QLineEdit::textChanged, this, &StakeholderDialog::check);
    connect(m_role, &QComboBox::currentTextChanged, this, &StakeholderDialog::check);
    check();
}

StakeholderDialog::~StakeholderDialog()
{
    // The passphrase does not linger in the widgets' buffers longer than the dialog.
    m_passphrase->clear();
    m_repeat->clear();
}

QString StakeholderDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the person's name.");
    if (m_role->currentText().trimmed().isEmpty())
        return tr("Give the role they sign as.");
    if (m_passphrase->text().size() < KeyRing::minimumPassphraseLength)
        return tr("The passphrase needs at least %n character(s).", nullptr, KeyRing::minimumPassphraseLength);
    if (m_passphrase->text() != m_repeat->text())
        return tr("The two passphrases differ.");
    return QString();
}

void StakeholderDialog::check()
{
    const QString why = problem();
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

StakeholderAnswer StakeholderDialog::value() const
{
    return { m_name->text().trimmed(), m_role->currentText().trimmed(), m_email->text().trimmed(),
        m_passphrase->text().toUtf8() };
}

RequirementDialog::RequirementDialog(const QString &releaseName, const QStringList &roles, QWidget *parent)
    : QDialog(parent)
    , m_role(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("requirementDialog"));
    setWindowTitle(tr("Require Sign-off"));
    auto *intro = new QLabel(tr("Who must sign \u201c%1\u201d before it can be decided without an override. "
                                "A count of 0 removes the requirement.")
                                 .arg(releaseName),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_role->setObjectName(QStringLiteral("requirementRole"));
    m_role->setEditable(true);
    m_role->addItems(roles);
    m_count->setObjectName(QStringLiteral("requirementCount"));
    m_count->setRange(0, 20);
    m_count->setValue(1);
    m_count->setSuffix(tr(" people"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&How many:"), m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto check = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_role->currentText().trimmed().isEmpty()); };
    connect(m_role, &QComboBox::currentTextChanged, this, check);
    check();
}

RequirementAnswer RequirementDialog::value() const
{
    return { m_role->currentText().trimmed(), m_count->value() };
}

} // namespace gl
