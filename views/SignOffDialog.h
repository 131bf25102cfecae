#pragma once
// Signing a release (issue 5): who signs, in which role, with what meaning and comment, and the
// passphrase that unlocks their private key. Two factors: the person chosen here and what they know.
// Sign stays disabled until a person with a key and a passphrase are given.

#include "Prompter.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace gl {

class SignOffDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SignOffDialog(const SignOffQuestion &question, QWidget *parent = nullptr);
    ~SignOffDialog() override;

    SignOffAnswer value() const;

private:
    void personChanged();
    void updateButton();

    SignOffQuestion m_question;
    QComboBox *m_person;
    QComboBox *m_role;
    QComboBox *m_meaning;
    QPlainTextEdit *m_comment;
    QLineEdit *m_passphrase;
    QPushButton *m_sign;
};

} // namespace gl
