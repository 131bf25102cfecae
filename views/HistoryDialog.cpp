#include "HistoryDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gl {

HistoryDialog::HistoryDialog(const QString &title, const QList<HistoryRow> &rows, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("historyDialog"));
    resize(900, 520);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("History"));
    m_list->setHeaderLabels({ tr("When (UTC)"), tr("Who"), tr("What"), tr("Before"), tr("After") });
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    for (const HistoryRow &row : rows) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, row.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        item->setText(1, row.actor);
        item->setText(2, row.what);
        item->setText(3, row.before);
        item->setText(4, row.after);
        item->setToolTip(3, row.before);
        item->setToolTip(4, row.after);
    }
    auto *count = new QLabel(tr("%n change(s), newest first.", nullptr, int(rows.size())), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(count);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
}

} // namespace gl
