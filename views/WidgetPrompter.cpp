#include "WidgetPrompter.h"

#include "CommandApprovalDialog.h"
#include "RunSettingsDialog.h"
#include "StatusReasonDialog.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace gl {

QString WidgetPrompter::fileName(QWidget *parent, const QString &caption, const QString &directory,
                                 const QString &filter, bool mayCreate)
{
    if (mayCreate)
        return QFileDialog::getSaveFileName(parent, caption, directory, filter, nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

int WidgetPrompter::choose(QWidget *parent, Severity severity, const QString &title, const QString &text,
                           const QStringList &buttons)
{
    QMessageBox box(parent);
    box.setWindowTitle(title);
    box.setText(text);
    switch (severity) {
    case Severity::Information: box.setIcon(QMessageBox::Information); break;
    case Severity::Warning: box.setIcon(QMessageBox::Warning); break;
    case Severity::Error: box.setIcon(QMessageBox::Critical); break;
    }
    QList<QAbstractButton *> added;
    for (const QString &label : buttons)
        added << box.addButton(label, added.isEmpty() ? QMessageBox::AcceptRole : QMessageBox::RejectRole);
    if (!added.isEmpty())
        box.setDefaultButton(qobject_cast<QPushButton *>(added.first()));
    box.exec();
    return int(added.indexOf(box.clickedButton()));
}

std::optional<StatusReason> WidgetPrompter::statusReason(QWidget *parent, ItemStatus status, const QString &itemTitle,
                                                         const StatusReason &current)
{
    StatusReasonDialog dialog(status, itemTitle, current, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.value();
}

bool WidgetPrompter::approveCommands(QWidget *parent, const CommandApproval &approval)
{
    CommandApprovalDialog dialog(approval, parent);
    return dialog.exec() == QDialog::Accepted;
}

std::optional<RunSettings> WidgetPrompter::runSettings(QWidget *parent, const QString &releaseName,
                                                       const RunSettings &current)
{
    RunSettingsDialog dialog(releaseName, current, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.value();
}

} // namespace gl
