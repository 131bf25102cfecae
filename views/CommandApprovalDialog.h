#pragma once
// Shows exactly what imported commands would run (each command, whether a shell interprets it, the
// working folder and the env file) and asks a person to approve them. The text is shown as plain
// text, never as markup: it came from a file nobody here wrote.

#include "Prompter.h"

#include <QDialog>

class QPlainTextEdit;

namespace gl {

class CommandApprovalDialog final : public QDialog {
    Q_OBJECT
public:
    explicit CommandApprovalDialog(const CommandApproval &approval, QWidget *parent = nullptr);

    // The listing as shown, for tests and for copying.
    QString listing() const;

    static QString listingOf(const CommandApproval &approval);

private:
    QPlainTextEdit *m_listing;
};

} // namespace gl
