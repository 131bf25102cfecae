#pragma once
// Shows one piece of evidence under the evidence list: text and logs a page at a time with search,
// JSON pretty-printed, images once their header passed the size limits, links and notes as plain
// text. Content comes through a reader the app provides (the store), a page at a time, so a 1 GiB
// log is never loaded whole.

#include "domain/Evidence.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QImage>
#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace gl {

class EvidencePreview final : public QWidget {
    Q_OBJECT
public:
    // Reads stored content: up to length bytes from offset (the app reads from the store).
    using ContentReader = std::function<Result<QByteArray>(qint64 evidenceId, qint64 offset, qint64 length)>;

    static constexpr qint64 pageBytes = 256 * 1024;
    static constexpr qint64 maxJsonBytes = 8 * 1024 * 1024;     // pretty-printed up to this size
    static constexpr qint64 maxImageBytes = 32 * 1024 * 1024;   // images above are not read at all
    static constexpr int maxImageSide = 16384;                  // pixels, from the header
    static constexpr qint64 maxImagePixels = 64 * 1000 * 1000;  // 64 megapixels, from the header

    enum class Mode {
        Empty,      // nothing chosen
        Text,       // text or a log, paged
        Json,       // pretty-printed
        Image,
        Link,       // the URL as plain text
        Note,       // the note as plain text
        NoPreview,  // a type with no preview (PDF, zip, binary): use Open or Save as
        Refused,    // an image over the limits
        Failed,     // the content could not be read
    };

    explicit EvidencePreview(QWidget *parent = nullptr);
    ~EvidencePreview() override;

    void setContentReader(ContentReader reader);
    // Clears for id 0 and for content-carrying evidence without a reader.
    void showEvidence(const Evidence &e);
    void clear();

    qint64 evidenceId() const { return m_evidence.id; }
    Mode mode() const { return m_mode; }
    // 1-based, as shown; 0 when no paged text is shown.
    qint64 currentPage() const { return m_page; }
    qint64 pageCount() const { return m_pageCount; }
    void showPage(qint64 page);
    void nextPage();
    void previousPage();
    // The search field's text after the current match: on this page first, then on the following
    // pages (read a few at a time so the window stays responsive), then from the first page.
    void findNext();
    bool isSearching() const;

    QPlainTextEdit *textView() const { return m_text; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *imageLabel() const { return m_image; }
    QLabel *titleLabel() const { return m_title; }      // name, type and size
    QLabel *messageLabel() const { return m_message; }  // why there is no preview
    QLabel *remarkLabel() const { return m_remark; }    // a note above the content ("shown as text")
    QLabel *pageLabel() const { return m_pageLabel; }
    QLabel *searchStatusLabel() const { return m_searchStatus; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reset();
    void showMessage(Mode mode, const QString &text);
    void showPlain(Mode mode, const QString &text, bool wrap);
    void showText(const QString &remark, const QString *firstPage = nullptr);
    void showJson();
    void showImage();
    Result<QByteArray> read(qint64 offset, qint64 length) const;
    Result<QString> readPage(qint64 page) const;
    void displayPage(qint64 page, const QString &text);
    bool selectNextOnPage(bool fromStart);
    void searchStep();
    void stopSearch(const QString &status = QString());
    void updateBar();
    void rescaleImage();
    QString titleText() const;

    ContentReader m_reader;
    Evidence m_evidence;
    Mode m_mode = Mode::Empty;
    qint64 m_page = 0;
    qint64 m_pageCount = 0;
    QImage m_original;

    // A search past the shown page: the needle, the next page to read, how many pages remain.
    QString m_needle;
    qint64 m_searchPage = 0;
    qint64 m_searchLeft = 0;
    QTimer *m_searchTimer;

    QLabel *m_title;
    QLabel *m_remark;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QPlainTextEdit *m_text;
    QLabel *m_image;
    QWidget *m_bar;
    QPushButton *m_previous;
    QLabel *m_pageLabel;
    QPushButton *m_next;
    QLineEdit *m_search;
    QPushButton *m_find;
    QLabel *m_searchStatus;
};

} // namespace gl
