#include "RunSettingsDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gl {

namespace {

QWidget *withBrowse(QLineEdit *edit, QPushButton *browse, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

RunSettingsDialog::RunSettingsDialog(const QString &releaseName, const RunSettings &current, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_folder(new QLineEdit(current.workingFolder, this))
    , m_timeout(new QSpinBox(this))
    , m_outputCap(new QSpinBox(this))
    , m_envFile(new QLineEdit(current.envFile, this))
    , m_markers(new QLineEdit(current.secretMarkers.join(QStringLiteral(", ")), this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("runSettingsDialog"));
    setWindowTitle(tr("Run settings of %1").arg(releaseName));

    m_folder->setObjectName(QStringLiteral("workingFolderEdit"));
    m_folder->setAccessibleName(tr("Working folder"));
    m_folder->setPlaceholderText(tr("Folder the commands run in"));
    auto *browseFolder = new QPushButton(tr("Browse\u2026"), this);
    connect(browseFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Working folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });

    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setAccessibleName(tr("Timeout per item"));
    m_timeout->setRange(0, 7 * 24 * 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("No limit"));
    m_timeout->setValue(current.timeoutSeconds);

    m_outputCap->setObjectName(QStringLiteral("outputCapSpin"));
    m_outputCap->setAccessibleName(tr("Output kept per run"));
    m_outputCap->setRange(1, 4096);
    m_outputCap->setSuffix(tr(" MiB"));
    m_outputCap->setValue(int(qMax<qint64>(1, current.outputCap / (1024 * 1024))));

    m_envFile->setObjectName(QStringLiteral("envFileEdit"));
    m_envFile->setAccessibleName(tr("Env file"));
    m_envFile->setPlaceholderText(tr("KEY=VALUE file, relative to the working folder; read at each run, never stored"));
    auto *browseEnv = new QPushButton(tr("Browse\u2026"), this);
    connect(browseEnv, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Env file"), m_folder->text());
        if (file.isEmpty())
            return;
        const QDir folder(m_folder->text());
        const QString relative = folder.relativeFilePath(file);
        m_envFile->setText(!m_folder->text().isEmpty() && !relative.startsWith(QLatin1String("..")) ? relative : file);
    });

    m_markers->setObjectName(QStringLiteral("secretMarkersEdit"));
    m_markers->setAccessibleName(tr("Secret markers"));
    m_markers->setToolTip(tr("Values of env file keys containing one of these are shown as *** everywhere."));

    m_hint->setObjectName(QStringLiteral("settingsHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Working folder:"), withBrowse(m_folder, browseFolder, this));
    form->addRow(tr("&Timeout per item:"), m_timeout);
    form->addRow(tr("&Output kept per run:"), m_outputCap);
    form->addRow(tr("&Env file:"), withBrowse(m_envFile, browseEnv, this));
    form->addRow(tr("&Secret markers:"), m_markers);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_folder, &QLineEdit::textChanged, this, &RunSettingsDialog::updateAcceptable);
    connect(m_markers, &QLineEdit::textChanged, this, &RunSettingsDialog::updateAcceptable);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    // Long values show their beginning, as the list of markers would otherwise hide its first ones.
    for (QLineEdit *edit : { m_folder, m_envFile, m_markers })
        edit->setCursorPosition(0);
    updateAcceptable();
}

RunSettings RunSettingsDialog::value() const
{
    RunSettings s = m_current;
    s.workingFolder = m_folder->text().trimmed().isEmpty() ? QString() : QDir::cleanPath(m_folder->text().trimmed());
    s.timeoutSeconds = m_timeout->value();
    s.outputCap = qint64(m_outputCap->value()) * 1024 * 1024;
    s.envFile = m_envFile->text().trimmed();
    QStringList markers;
    for (const QString &m : m_markers->text().split(u',', Qt::SkipEmptyParts)) {
        if (!m.trimmed().isEmpty())
            markers << m.trimmed().toUpper();
    }
    s.secretMarkers = markers;
    return s;
}

void RunSettingsDialog::updateAcceptable()
{
    const QString folder = m_folder->text().trimmed();
    QString problem;
    if (!folder.isEmpty() && (!QDir::isAbsolutePath(folder) || !QFileInfo(folder).isDir()))
        problem = tr("The working folder must be an existing folder, given as an absolute path.");
    else if (value().secretMarkers.isEmpty())
        problem = tr("Name at least one secret marker, such as TOKEN.");
    m_hint->setText(problem);
    m_hint->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace gl
