#pragma once
// The window: releases on the left, the readiness matrix over the checklist of the selected gate,
// the inspector on the right. It owns the open workspace and composes the views around one
// ReleaseDocument; errors show in an inline banner, never in a modal box.

#include "domain/Result.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace gl {

class ChecklistView;
class ImportDialog;
class InlineBanner;
class InspectorPane;
class EditController;
class EvidenceController;
class ReadinessMatrixView;
class ReleaseDocument;
class ReleaseListModel;
class RunController;
class SignOffController;
class StartPage;
class Workspace;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a workspace and shows its most recently updated release. With seedDemo, a
    // workspace created by this call gets the demo release. On failure the current one stays open.
    Result<void> openWorkspace(const QString &path, bool seedDemo = false);
    Workspace *workspace() const { return m_workspace.get(); }

    ReleaseDocument *document() const { return m_document; }
    ReleaseListModel *releaseModel() const { return m_releases; }
    QTreeView *releaseList() const { return m_releaseList; }
    ReadinessMatrixView *matrixView() const { return m_matrix; }
    ChecklistView *checklistView() const { return m_checklist; }
    InspectorPane *inspector() const { return m_inspector; }
    InlineBanner *banner() const { return m_banner; }
    RunController *runs() const { return m_runs; }
    EvidenceController *evidence() const { return m_evidence; }
    EditController *editing() const { return m_edit; }
    SignOffController *signOffs() const { return m_signOffs; }
    // The import dialog while it is open.
    ImportDialog *importDialog() const;

    void selectRelease(qint64 releaseId);

    // The start page (every release at a glance, recent workspaces) or the open release.
    void showStartPage();
    void showReleaseView();
    bool isStartPageShown() const;
    StartPage *startPage() const { return m_startPage; }
    QWidget *importStatus() const { return m_importStatus; }
    // Workspaces opened before, newest first (at most 8, files that still exist).
    static QStringList recentWorkspaces();

    // The settings key of the last workspace opened.
    static QString lastWorkspaceKey();

public Q_SLOTS:
    void importChecklist();
    // File > New Release: from a bundled template or a copy of an earlier release.
    void newRelease();
    void chooseWorkspace();
    void showAbout();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void releaseRowChanged();
    void updateTitle();
    void restoreLayout();
    void saveLayout() const;
    void showError(const QString &message);
    void refreshStartPage();
    void rememberWorkspace(const QString &path);
    void fillRecentMenu();

    std::unique_ptr<Workspace> m_workspace;
    ReleaseDocument *m_document;
    ReleaseListModel *m_releases;
    InlineBanner *m_banner;
    ReadinessMatrixView *m_matrix;
    ChecklistView *m_checklist;
    InspectorPane *m_inspector;
    QTreeView *m_releaseList;
    QSplitter *m_split;
    QStackedWidget *m_pages;
    StartPage *m_startPage;
    QMenu *m_recentMenu = nullptr;
    QWidget *m_importStatus = nullptr;  // the status bar while a checklist is read
    QLabel *m_importLabel = nullptr;
    QDockWidget *m_releasesDock;
    QDockWidget *m_inspectorDock;
    RunController *m_runs = nullptr;
    EvidenceController *m_evidence = nullptr;
    EditController *m_edit = nullptr;
    SignOffController *m_signOffs = nullptr;
    bool m_closeAfterRuns = false;
    QPointer<ImportDialog> m_importDialog;
    bool m_splitRestored = false;
};

} // namespace gl
