#pragma once
// File > Import: choose a Markdown checklist, see what it would become (gates, items, metrics,
// criteria, warnings with their lines) and only then write it as a new release.

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace gl {

class ImportJob;
class InlineBanner;
class ReleaseDocument;
struct ImportResult;

class ImportDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(ReleaseDocument *document, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Asks for a file through the Prompter and reads it; false when the user cancelled.
    bool browse();
    // Reads a file for the preview (on a worker thread).
    void preview(const QString &path);
    QString path() const;
    bool isParsing() const;
    // The release written by Import, 0 before.
    qint64 importedReleaseId() const { return m_importedId; }

    QTreeWidget *previewTree() const { return m_preview; }
    QListWidget *warningList() const { return m_warnings; }

Q_SIGNALS:
    void releaseImported(qint64 releaseId);
    // Reading a file for the preview (on a worker thread) began / ended: the window shows it in its
    // status bar, with a way to cancel.
    void readingStarted(const QString &fileName);
    void readingEnded();

private:
    void parsed();
    void showPreview(const ImportResult &result);
    void clearPreview();
    void import();

    ReleaseDocument *m_document;
    ImportJob *m_job;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLineEdit *m_name;
    InlineBanner *m_banner;
    QLabel *m_summary;
    QTreeWidget *m_preview;
    QListWidget *m_warnings;
    QLabel *m_warningsLabel;
    QPushButton *m_import;
    qint64 m_importedId = 0;
};

} // namespace gl
