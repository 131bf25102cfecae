#include "StatusReasonDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gl {

StatusReasonDialog::StatusReasonDialog(ItemStatus status, const QString &itemTitle, const StatusReason &current,
                                       QWidget *parent)
    : QDialog(parent)
    , m_status(status)
    , m_reason(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("statusReasonDialog"));
    setWindowTitle(tr("Set status to %1").arg(statusLabel(status)));

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    switch (status) {
    case ItemStatus::Waived:
        intro->setText(tr("Why is \u201c%1\u201d waived, and until when does the waiver hold?").arg(itemTitle));
        break;
    case ItemStatus::Failed:
        intro->setText(tr("What failed in \u201c%1\u201d?").arg(itemTitle));
        break;
    default:
        intro->setText(tr("What blocks \u201c%1\u201d?").arg(itemTitle));
        break;
    }

    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlainText(current.reason);
    m_reason->setMinimumWidth(360);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);

    auto *form = new QFormLayout;
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    if (status == ItemStatus::Waived) {
        m_expiry = new QDateEdit(this);
        m_expiry->setObjectName(QStringLiteral("expiryEdit"));
        m_expiry->setAccessibleName(tr("Waiver expires on"));
        m_expiry->setCalendarPopup(true);
        m_expiry->setMinimumDate(QDate::currentDate());
        m_expiry->setDate(current.expiry.isValid() && current.expiry >= QDate::currentDate()
                              ? current.expiry
                              : QDate::currentDate().addDays(30));
        auto *expiryLabel = new QLabel(tr("&Expires on:"), this);
        expiryLabel->setBuddy(m_expiry);
        form->addRow(expiryLabel, m_expiry);
    }

    m_hint->setObjectName(QStringLiteral("reasonHint"));
    m_hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &StatusReasonDialog::updateAcceptable);
    updateAcceptable();
    m_reason->setFocus();
}

StatusReason StatusReasonDialog::value() const
{
    StatusReason v;
    v.reason = m_reason->toPlainText().trimmed();
    if (m_expiry)
        v.expiry = m_expiry->date();
    return v;
}

void StatusReasonDialog::updateAcceptable()
{
    const bool empty = m_reason->toPlainText().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!(empty && reasonRequired()));
    m_hint->setText(empty && reasonRequired() ? tr("A waiver needs a reason.") : QString());
    m_hint->setVisible(empty && reasonRequired());
}

} // namespace gl
