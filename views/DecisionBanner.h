#pragma once
// The line on top of the matrix: overall readiness, weighted score, and the suggested decision in
// its colour and in words, with the rule that decided it and the reasons.

#include "domain/Readiness.h"

#include <QFrame>

class QLabel;
class QProgressBar;

namespace gl {

class DecisionBanner final : public QFrame {
    Q_OBJECT
public:
    explicit DecisionBanner(QWidget *parent = nullptr);

    // loaded false shows that no release is open.
    void setReadiness(const Readiness &readiness, bool loaded);
    // The decision in force, shown under the figures ("Recorded: GO, frozen"); null: none.
    void setRecorded(const DecisionRecord *decision);
    QString recordedText() const;
    QString decisionText() const;

private:
    QLabel *m_decision;
    QLabel *m_readiness;
    QProgressBar *m_bar;
    QLabel *m_score;
    QLabel *m_recorded;
    QLabel *m_rule;
    QLabel *m_reasons;
};

} // namespace gl
