#include "CommandApprovalDialog.h"

#include "domain/Trust.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gl {

CommandApprovalDialog::CommandApprovalDialog(const CommandApproval &approval, QWidget *parent)
    : QDialog(parent)
    , m_listing(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("commandApprovalDialog"));
    setWindowTitle(tr("Approve imported commands"));

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(tr("These commands came from an imported file and have not been approved. Read them: "
                      "they will run on this computer with your permissions. The approval covers exactly "
                      "these commands, this working folder and this env file; any change asks again."));

    m_listing->setObjectName(QStringLiteral("approvalListing"));
    m_listing->setAccessibleName(tr("Commands to approve"));
    m_listing->setReadOnly(true);
    m_listing->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_listing->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_listing->setPlainText(listingOf(approval));
    m_listing->setMinimumSize(560, 260);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *approve = buttons->addButton(tr("&Approve and run"), QDialogButtonBox::AcceptRole);
    approve->setObjectName(QStringLiteral("approveButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    // Nothing runs by pressing Enter without reading: Cancel is the default.
    approve->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_listing, 1);
    layout->addWidget(buttons);
}

QString CommandApprovalDialog::listing() const
{
    return m_listing->toPlainText();
}

QString CommandApprovalDialog::listingOf(const CommandApproval &approval)
{
    QStringList lines;
    lines << tr("Working folder: %1").arg(approval.workingFolder);
    lines << tr("Env file: %1").arg(approval.envFile.isEmpty() ? tr("(none)") : approval.envFile);
    for (const CommandApproval::Entry &entry : approval.entries) {
        lines << QString() << visibleCommand(entry.title);
        for (qsizetype i = 0; i < entry.commands.size(); ++i) {
            lines << QStringLiteral("  $ ") + visibleCommand(entry.commands.at(i));
            const QString shell = i < entry.shellReasons.size() ? entry.shellReasons.at(i) : QString();
            if (!shell.isEmpty())
                lines << QStringLiteral("    ") + tr("(runs through /bin/sh -c: %1)").arg(shell);
        }
    }
    return lines.join(u'\n');
}

} // namespace gl
