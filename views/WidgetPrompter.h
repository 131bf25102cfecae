#pragma once
// The real dialogs behind Prompter: QFileDialog, QMessageBox, StatusReasonDialog,
// CommandApprovalDialog, RunSettingsDialog, SignOffDialog, DecisionDialog, and small dialogs for
// an evidence link, a note or a reason.

#include "Prompter.h"

#include <QCoreApplication>

namespace gl {

class WidgetPrompter final : public Prompter {
    Q_DECLARE_TR_FUNCTIONS(WidgetPrompter)

public:
    QString fileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter,
                     bool mayCreate) override;
    QStringList fileNames(QWidget *parent, const QString &caption, const QString &directory,
                          const QString &filter) override;
    int choose(QWidget *parent, Severity severity, const QString &title, const QString &text,
               const QStringList &buttons) override;
    std::optional<StatusReason> statusReason(QWidget *parent, ItemStatus status, const QString &itemTitle,
                                             const StatusReason &current) override;
    bool approveCommands(QWidget *parent, const CommandApproval &approval) override;
    std::optional<EvidenceLink> link(QWidget *parent) override;
    std::optional<QString> note(QWidget *parent) override;
    std::optional<RunSettings> runSettings(QWidget *parent, const QString &releaseName,
                                           const RunSettings &current) override;
    std::optional<SignOffAnswer> signOff(QWidget *parent, const SignOffQuestion &question) override;
    std::optional<DecisionRequest> decision(QWidget *parent, const DecisionQuestion &question) override;
    std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                const QString &initial = QString()) override;
    std::optional<NewReleaseAnswer> newRelease(QWidget *parent, const NewReleaseQuestion &question) override;
    std::optional<StakeholderAnswer> stakeholder(QWidget *parent, const QStringList &knownRoles) override;
    std::optional<RequirementAnswer> requirement(QWidget *parent, const QString &releaseName,
                                                 const QStringList &roles) override;
};

} // namespace gl
