#pragma once
// The evidence of the selected item: whether what it asks is met (freshness), what is attached
// (name, kind, size, SHA-256, who and when), a preview of the chosen piece, and the ways to add
// more (files, drag and drop, a link, a note). Storing is the app's: the pane asks through signals.

#include "EvidencePreview.h"

#include <QStringList>
#include <QWidget>

class QAbstractItemView;
class QAction;
class QLabel;
class QMimeData;
class QSplitter;
class QStandardItemModel;
class QToolButton;
class QTreeView;

namespace gl {

class ReleaseDocument;
struct Item;

class EvidencePane final : public QWidget {
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, SizeColumn, Sha256Column, AddedByColumn, AddedColumn, ColumnCount };
    enum Role { EvidenceIdRole = Qt::UserRole + 1, Sha256Role };

    explicit EvidencePane(ReleaseDocument *document, QWidget *parent = nullptr);
    ~EvidencePane() override;

    void setContentReader(EvidencePreview::ContentReader reader);
    // 0 clears; follows the document's itemChanged and releaseLoaded.
    void setItem(qint64 itemId);
    qint64 itemId() const { return m_itemId; }
    qint64 currentEvidenceId() const;
    // Chooses a row of the list (0: none).
    void selectEvidence(qint64 evidenceId);
    // While an attach runs: the attach actions are disabled and drops refused.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

    QAbstractItemView *list() const;
    EvidencePreview *preview() const { return m_preview; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *requirementLabel() const { return m_requirement; }
    QLabel *hintLabel() const { return m_hint; }

    // The local files a drag carries; empty when it carries anything else (a web URL, text), so
    // that such a drop is refused as a whole.
    static QStringList droppedFiles(const QMimeData *data);

Q_SIGNALS:
    void attachFilesRequested(qint64 itemId, const QStringList &paths);   // file dialog (several) or drop
    void addLinkRequested(qint64 itemId, const QString &url, const QString &title);
    void addNoteRequested(qint64 itemId, const QString &text);
    void openRequested(qint64 evidenceId);
    void saveRequested(qint64 evidenceId, const QString &path);
    void removeRequested(qint64 evidenceId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void updateHeader(const Item *item);
    void fillList(const Item &item);
    void currentChanged();
    void updateActions();
    bool canAttach() const;
    const Evidence *currentEvidence() const;

    void attachFiles();
    void addLink();
    void addNote();
    void openCurrent();
    void saveCurrent();
    void removeCurrent();
    void copySha256();

    ReleaseDocument *m_document;
    qint64 m_itemId = 0;
    bool m_busy = false;

    QLabel *m_heading;
    QLabel *m_stateIcon;
    QLabel *m_state;
    QLabel *m_requirement;
    QLabel *m_hint;
    QStandardItemModel *m_model;
    QTreeView *m_list;
    EvidencePreview *m_preview;
    QSplitter *m_splitter;

    QAction *m_attach;
    QAction *m_addLink;
    QAction *m_addNote;
    QAction *m_open;
    QAction *m_save;
    QAction *m_copy;
    QAction *m_remove;
};

} // namespace gl
