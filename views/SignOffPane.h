#pragma once
// The release's sign-offs and decision as a checklist of their own (issue 5): each required role
// with who has signed for it and whether it is met; every sign-off with its meaning, time and state
// (valid, stale with what changed since, invalid, replaced); the recorded decision with its
// authorization code, whether it froze the release, and its mitigations, overdue ones marked.
// Every state is said in words as well as colour. Buttons ask the controller to act.

#include "domain/DecisionRecord.h"
#include "domain/SignOff.h"

#include <QDate>
#include <QWidget>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace gl {

struct SignOffPaneState {
    bool loaded = false;
    SignOffEvaluation evaluation;
    std::vector<QStringList> changes; // per sign-off (evaluation order): what changed since, when stale
    std::optional<DecisionRecord> decision; // the newest, in force or superseded
    Decision suggested = Decision::NoGo;
    QDate today;
};

class SignOffPane final : public QWidget {
    Q_OBJECT
public:
    explicit SignOffPane(QWidget *parent = nullptr);

    void setState(const SignOffPaneState &state);

    QLabel *decisionLabel() const { return m_decision; }
    QTreeWidget *requiredList() const { return m_required; }
    QTreeWidget *signOffList() const { return m_signOffs; }
    QTreeWidget *mitigationList() const { return m_mitigations; }

Q_SIGNALS:
    void signRequested();
    void decideRequested();
    void reopenRequested();
    void historyRequested();
    void mitigationStatusRequested(qint64 mitigationId, MitigationStatus status);

private:
    void updateButtons();

    SignOffPaneState m_state;
    QLabel *m_decision;
    QTreeWidget *m_required;
    QTreeWidget *m_signOffs;
    QTreeWidget *m_mitigations;
    QPushButton *m_sign;
    QPushButton *m_decide;
    QPushButton *m_reopen;
    QPushButton *m_history;
    QPushButton *m_mitigationDone;
};

} // namespace gl
