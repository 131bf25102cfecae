#pragma once
// The real dialogs behind Prompter: QFileDialog, QMessageBox, StatusReasonDialog,
// CommandApprovalDialog, RunSettingsDialog, and small dialogs for an evidence link or note.

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
};

} // namespace gl
