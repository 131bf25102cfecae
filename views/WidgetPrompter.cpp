#include "WidgetPrompter.h"

#include "StakeholderDialog.h"

#include "CommandApprovalDialog.h"
#include "DecisionDialog.h"
#include "NewReleaseDialog.h"
#include "SignOffDialog.h"
#include "RunSettingsDialog.h"
#include "StatusReasonDialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gl {

QString WidgetPrompter::fileName(QWidget *parent, const QString &caption, const QString &directory,
                                 const QString &filter, bool mayCreate)
{
    if (mayCreate)
        return QFileDialog::getSaveFileName(parent, caption, directory, filter, nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QStringList WidgetPrompter::fileNames(QWidget *parent, const QString &caption, const QString &directory,
                                      const QString &filter)
{
    return QFileDialog::getOpenFileNames(parent, caption, directory, filter);
}

std::optional<EvidenceLink> WidgetPrompter::link(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("linkDialog"));
    dialog.setWindowTitle(tr("Add Link"));
    auto *url = new QLineEdit(&dialog);
    url->setObjectName(QStringLiteral("linkUrl"));
    url->setPlaceholderText(QStringLiteral("https://"));
    url->setAccessibleName(tr("Link address"));
    auto *title = new QLineEdit(&dialog);
    title->setObjectName(QStringLiteral("linkTitle"));
    title->setAccessibleName(tr("Link title"));
    auto *hint = new QLabel(&dialog);
    hint->setObjectName(QStringLiteral("linkHint"));
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Link"));

    auto *form = new QFormLayout;
    auto *urlLabel = new QLabel(tr("&Address:"), &dialog);
    urlLabel->setBuddy(url);
    auto *titleLabel = new QLabel(tr("&Title:"), &dialog);
    titleLabel->setBuddy(title);
    form->addRow(urlLabel, url);
    form->addRow(titleLabel, title);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    dialog.resize(dialog.fontMetrics().averageCharWidth() * 70, dialog.sizeHint().height());

    // Only web links: a file: or javascript: link would run or open something local when followed.
    const auto check = [url, hint, buttons] {
        const QString text = url->text().trimmed();
        const bool ok = Prompter::isWebLink(text);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
        hint->setText(ok || text.isEmpty()
                          ? QString()
                          : tr("Only http and https addresses can be attached, like https://ci.example.com/job/42."));
    };
    QObject::connect(url, &QLineEdit::textChanged, &dialog, check);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    if (dialog.exec() != QDialog::Accepted || !Prompter::isWebLink(url->text()))
        return std::nullopt;
    return EvidenceLink{url->text().trimmed(), title->text().trimmed()};
}

std::optional<QString> WidgetPrompter::note(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("noteDialog"));
    dialog.setWindowTitle(tr("Add Note"));
    auto *label = new QLabel(tr("&Note (kept as plain text; a note alone does not count as required evidence):"),
                             &dialog);
    label->setWordWrap(true);
    auto *text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("noteText"));
    text->setAccessibleName(tr("Note"));
    text->setTabChangesFocus(true);
    label->setBuddy(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Note"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog.resize(dialog.fontMetrics().averageCharWidth() * 70, dialog.fontMetrics().lineSpacing() * 14);

    const auto check = [text, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text->toPlainText().trimmed().isEmpty());
    };
    QObject::connect(text, &QPlainTextEdit::textChanged, &dialog, check);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    if (dialog.exec() != QDialog::Accepted || text->toPlainText().trimmed().isEmpty())
        return std::nullopt;
    return text->toPlainText().trimmed();
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

std::optional<SignOffAnswer> WidgetPrompter::signOff(QWidget *parent, const SignOffQuestion &question)
{
    SignOffDialog dialog(question, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.value();
}

std::optional<DecisionRequest> WidgetPrompter::decision(QWidget *parent, const DecisionQuestion &question)
{
    DecisionDialog dialog(question, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.value();
}

std::optional<QString> WidgetPrompter::text(QWidget *parent, const QString &title, const QString &label,
                                            const QString &initial)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *prompt = new QLabel(label, &dialog);
    prompt->setTextFormat(Qt::PlainText);
    prompt->setWordWrap(true);
    auto *edit = new QPlainTextEdit(&dialog);
    edit->setObjectName(QStringLiteral("promptText"));
    edit->setAccessibleName(label);
    edit->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    QObject::connect(edit, &QPlainTextEdit::textChanged, ok,
        [edit, ok] { ok->setEnabled(!edit->toPlainText().trimmed().isEmpty()); });
    edit->setPlainText(initial);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(prompt);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->toPlainText().trimmed();
}

std::optional<NewReleaseAnswer> WidgetPrompter::newRelease(QWidget *parent, const NewReleaseQuestion &question)
{
    NewReleaseDialog dialog(question, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.value();
}

std::optional<StakeholderAnswer> WidgetPrompter::stakeholder(QWidget *parent, const QStringList &knownRoles)
{
    StakeholderDialog dialog(knownRoles, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.value();
}

std::optional<RequirementAnswer> WidgetPrompter::requirement(QWidget *parent, const QString &releaseName,
                                                             const QStringList &roles)
{
    RequirementDialog dialog(releaseName, roles, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.value();
}

} // namespace gl
