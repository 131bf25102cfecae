#pragma once
// The history of a release or of one item, newest first (issue 5): when, who, what, and the fields
// before and after, as the audit log holds them (with secrets masked by the caller).

#include <QDateTime>
#include <QDialog>
#include <QList>

class QTreeWidget;

namespace gl {

struct HistoryRow {
    QDateTime at; // UTC
    QString actor;
    QString what;
    QString before;
    QString after;
};

class HistoryDialog final : public QDialog {
    Q_OBJECT
public:
    HistoryDialog(const QString &title, const QList<HistoryRow> &rows, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace gl
