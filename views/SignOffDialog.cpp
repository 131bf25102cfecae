#include "SignOffDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gl {

SignOffDialog::SignOffDialog(const SignOffQuestion &question, QWidget *parent)
    : QDialog(parent)
    , m_question(question)
    , m_person(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_meaning(new QComboBox(this))
    , m_comment(new QPlainTextEdit(this))
    , m_passphrase(new QLineEdit(this))
{
    setWindowTitle(tr("Sign \u201c%1\u201d").arg(question.releaseName));
    auto *intro
        = new QLabel(tr("You sign the release exactly as it is now (state %1\u2026). Any later change makes "
                        "the signature stale until you sign again.")
                         .arg(question.snapshotSha256.left(12)),
            this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_person->setObjectName(QStringLiteral("signOffPerson"));
    m_person->setAccessibleName(tr("Stakeholder"));
    int firstWithKey = -1;
    for (const SignOffQuestion::Person &p : question.people) {
        m_person->addItem(p.hasKey ? p.name : tr("%1 (no key yet)").arg(p.name), p.name);
        if (!p.hasKey) {
            // Not selectable: a person without a key cannot sign (greenlight key create NAME).
            m_person->setItemData(m_person->count() - 1, 0, Qt::UserRole - 1);
        } else if (firstWithKey < 0) {
            firstWithKey = m_person->count() - 1;
        }
    }
    if (firstWithKey >= 0)
        m_person->setCurrentIndex(firstWithKey);
    m_role->setObjectName(QStringLiteral("signOffRole"));
    m_role->setAccessibleName(tr("Role"));
    m_meaning->setObjectName(QStringLiteral("signOffMeaning"));
    m_meaning->setAccessibleName(tr("Meaning"));
    for (SignOffMeaning meaning : allSignOffMeanings)
        m_meaning->addItem(meaningLabel(meaning), meaningKey(meaning));
    m_comment->setObjectName(QStringLiteral("signOffComment"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(80);
    m_passphrase->setObjectName(QStringLiteral("signOffPassphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->addRow(tr("&Stakeholder:"), m_person);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Meaning:"), m_meaning);
    form->addRow(tr("&Comment:"), m_comment);
    form->addRow(tr("&Passphrase:"), m_passphrase);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_sign = buttons->addButton(tr("Sign"), QDialogButtonBox::AcceptRole);
    m_sign->setObjectName(QStringLiteral("signOffSign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_person, &QComboBox::currentIndexChanged, this, &SignOffDialog::personChanged);
    connect(m_passphrase, &QLineEdit::textChanged, this, &SignOffDialog::updateButton);
    personChanged();
    m_passphrase->setFocus();
}

SignOffDialog::~SignOffDialog()
{
    // Do not leave the passphrase in the widget's memory longer than needed.
    m_passphrase->setText(QString(m_passphrase->text().size(), QLatin1Char(' ')));
    m_passphrase->clear();
}

void SignOffDialog::personChanged()
{
    m_role->clear();
    m_role->addItem(tr("The role the release still needs"), QString());
    const QString name = m_person->currentData().toString();
    for (const SignOffQuestion::Person &p : m_question.people) {
        if (p.name != name)
            continue;
        for (const QString &role : p.roles)
            m_role->addItem(role, role);
    }
    updateButton();
}

void SignOffDialog::updateButton()
{
    bool hasKey = false;
    const QString name = m_person->currentData().toString();
    for (const SignOffQuestion::Person &p : m_question.people) {
        if (p.name == name)
            hasKey = p.hasKey;
    }
    m_sign->setEnabled(hasKey && !m_passphrase->text().isEmpty());
}

SignOffAnswer SignOffDialog::value() const
{
    SignOffAnswer answer;
    answer.name = m_person->currentData().toString();
    answer.role = m_role->currentData().toString();
    answer.meaning = meaningFromKey(m_meaning->currentData().toString()).value_or(SignOffMeaning::Reviewed);
    answer.comment = m_comment->toPlainText().trimmed();
    answer.passphrase = m_passphrase->text().toUtf8();
    return answer;
}

} // namespace gl
