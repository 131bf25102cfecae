#include "NewReleaseDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace gl {

namespace {
enum Role { KeyRole = Qt::UserRole, CopyRole, DescriptionRole, TitleRole };
} // namespace

NewReleaseDialog::NewReleaseDialog(const NewReleaseQuestion &question, QWidget *parent)
    : QDialog(parent)
    , m_sources(new QListWidget(this))
    , m_description(new QLabel(this))
    , m_name(new QLineEdit(this))
{
    setWindowTitle(tr("New Release"));
    resize(560, 440);
    m_sources->setObjectName(QStringLiteral("newReleaseSources"));
    m_sources->setAccessibleName(tr("Start from"));
    const auto addHeader = [this](const QString &text) {
        auto *item = new QListWidgetItem(text, m_sources);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        item->setFlags(Qt::NoItemFlags);
    };
    const auto addSource = [this](const NewReleaseQuestion::Source &s, bool copy, const QString &shown) {
        auto *item = new QListWidgetItem(QStringLiteral("    ") + shown, m_sources);
        item->setData(KeyRole, s.key);
        item->setData(CopyRole, copy);
        item->setData(DescriptionRole, s.description);
        item->setData(TitleRole, s.title);
    };
    addHeader(tr("Templates"));
    for (const NewReleaseQuestion::Source &s : question.templates)
        addSource(s, false, s.title);
    if (!question.releases.isEmpty()) {
        addHeader(tr("Copy an earlier release (structure kept, statuses reset)"));
        for (const NewReleaseQuestion::Source &s : question.releases)
            addSource(s, true, s.title);
    }
    m_description->setObjectName(QStringLiteral("newReleaseDescription"));
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 3);
    m_name->setObjectName(QStringLiteral("newReleaseName"));
    m_name->setAccessibleName(tr("Release name"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("newReleaseCreate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *startFrom = new QLabel(tr("&Start from:"), this);
    startFrom->setBuddy(m_sources);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(startFrom);
    layout->addWidget(m_sources, 1);
    layout->addWidget(m_description);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_sources, &QListWidget::currentItemChanged, this, &NewReleaseDialog::sourceChanged);
    connect(m_name, &QLineEdit::textChanged, this,
        [this] { m_create->setEnabled(m_sources->currentItem() && !m_name->text().trimmed().isEmpty()); });
    for (int row = 0; row < m_sources->count(); ++row) {
        if (m_sources->item(row)->flags() & Qt::ItemIsSelectable) {
            m_sources->setCurrentRow(row);
            break;
        }
    }
    sourceChanged();
}

void NewReleaseDialog::sourceChanged()
{
    const QListWidgetItem *item = m_sources->currentItem();
    m_description->setText(item ? item->data(DescriptionRole).toString() : QString());
    if (item && (m_name->text().isEmpty() || m_name->text() == m_suggested)) {
        const QString title = item->data(TitleRole).toString();
        m_suggested = item->data(CopyRole).toBool() ? tr("%1 (copy)").arg(title) : title;
        m_name->setText(m_suggested);
    }
    m_create->setEnabled(item && !m_name->text().trimmed().isEmpty());
}

NewReleaseAnswer NewReleaseDialog::value() const
{
    NewReleaseAnswer answer;
    if (const QListWidgetItem *item = m_sources->currentItem()) {
        answer.key = item->data(KeyRole).toString();
        answer.copy = item->data(CopyRole).toBool();
    }
    answer.name = m_name->text().trimmed();
    return answer;
}

} // namespace gl
