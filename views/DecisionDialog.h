#pragma once
// Recording the decision (issue 5), with the matrix's suggestion and the state of the sign-offs
// beside it: outcome, rationale, confidence, valid-until and, for CONDITIONAL GO, the mitigations
// (title, owner, deadline, acceptance). A reason is asked for, and required, when the outcome is
// not the suggested one or the required sign-offs are not all in. Record stays disabled, with what
// is missing said under it, until the decision may be recorded.

#include "Prompter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace gl {

class DecisionDialog final : public QDialog {
    Q_OBJECT
public:
    explicit DecisionDialog(const DecisionQuestion &question, QWidget *parent = nullptr);

    DecisionRequest value() const;
    // What keeps Record disabled (translated), empty when the answer is complete.
    QStringList problems() const;

private:
    void update();
    void addMitigation();

    DecisionQuestion m_question;
    QComboBox *m_outcome;
    QPlainTextEdit *m_rationale;
    QSpinBox *m_confidence;
    QCheckBox *m_hasValidUntil;
    QDateEdit *m_validUntil;
    QLabel *m_mitigationsLabel;
    QTableWidget *m_mitigations;
    QPushButton *m_addMitigation;
    QPushButton *m_removeMitigation;
    QLabel *m_reasonLabel;
    QPlainTextEdit *m_reason;
    QLabel *m_problems;
    QPushButton *m_record;
};

} // namespace gl
