#pragma once
// The start page of a workspace: every release with its readiness, suggested and recorded decision,
// the sign-offs still missing and the mitigations past their deadline; the ways to begin a release
// (template or copy, Markdown import); and the workspaces opened recently.

#include "signing/ReleaseOverview.h"

#include <QWidget>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace gl {

class StartPage final : public QWidget {
    Q_OBJECT
public:
    enum Column { NameColumn, ReadinessColumn, SuggestedColumn, DecisionColumn, SignOffsColumn,
                  MitigationsColumn, UpdatedColumn, ColumnCount };

    explicit StartPage(QWidget *parent = nullptr);

    void setWorkspaceName(const QString &path);
    void setOverview(const std::vector<ReleaseOverview> &releases);
    void setRecentWorkspaces(const QStringList &paths);

    QTreeWidget *releaseTable() const { return m_table; }
    QListWidget *recentList() const { return m_recent; }
    QPushButton *newReleaseButton() const { return m_new; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *openWorkspaceButton() const { return m_open; }

Q_SIGNALS:
    void releaseChosen(qint64 releaseId);
    void newReleaseRequested();
    void importRequested();
    void openWorkspaceRequested();
    void recentWorkspaceChosen(const QString &path);

private:
    QLabel *m_heading;
    QLabel *m_summary;
    QTreeWidget *m_table;
    QPushButton *m_new;
    QPushButton *m_import;
    QPushButton *m_open;
    QListWidget *m_recent;
    QLabel *m_recentLabel;
};

} // namespace gl
