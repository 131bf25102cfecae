#pragma once
// Asks why an item is failed, blocked or waived, and until when a waiver holds.

#include "Prompter.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace gl {

class StatusReasonDialog final : public QDialog {
    Q_OBJECT
public:
    StatusReasonDialog(ItemStatus status, const QString &itemTitle, const StatusReason &current,
                       QWidget *parent = nullptr);

    StatusReason value() const;
    // A waiver needs a reason; for the other statuses it is asked for but may stay empty.
    bool reasonRequired() const { return m_status == ItemStatus::Waived; }

private:
    void updateAcceptable();

    ItemStatus m_status;
    QPlainTextEdit *m_reason;
    QDateEdit *m_expiry = nullptr;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace gl
