// EvidencePreview over a reader of bytes in memory: large text is paged and read a page at a time
// (the reader's calls are recorded), search continues onto later pages, JSON is pretty-printed,
// images are checked from their header before decoding, and nothing from a file or a person is
// ever shown as rich text.

#include "EvidencePreview.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

using namespace gl;

namespace {

struct Call {
    qint64 id;
    qint64 offset;
    qint64 length;
    friend bool operator==(const Call &, const Call &) = default;
};

// Serves one piece of content and remembers every range it was asked for.
struct Store {
    QByteArray content;
    QList<Call> calls;

    EvidencePreview::ContentReader reader()
    {
        return [this](qint64 id, qint64 offset, qint64 length) -> Result<QByteArray> {
            calls << Call{id, offset, length};
            if (offset < 0 || length < 0 || offset > content.size())
                return makeError(ErrorCode::Invalid, QStringLiteral("range %1+%2 out of bounds").arg(offset).arg(length));
            return content.mid(offset, length);
        };
    }
};

Evidence piece(const QString &name, const QString &type, qint64 size, EvidenceKind kind = EvidenceKind::File)
{
    Evidence e;
    e.id = 7;
    e.itemId = 3;
    e.kind = kind;
    e.name = name;
    e.mediaType = type;
    e.size = size;
    e.sha256 = QString(64, QLatin1Char('a'));
    return e;
}

// 1 MiB of numbered ASCII lines, with "NEEDLE" once, on the third page.
QByteArray megabyteOfLines()
{
    QByteArray data;
    data.reserve(1 << 20);
    for (int n = 0; data.size() < (1 << 20); ++n)
        data += QByteArray("line ") + QByteArray::number(n).rightJustified(7, '0') + QByteArray(" of the build log\n");
    data.truncate(1 << 20);
    const qsizetype at = 600000;
    data.replace(at, 6, "NEEDLE");
    return data;
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xffffffffu;
    for (char c : bytes) {
        crc ^= uchar(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A PNG signature, a well-formed IHDR claiming width x height, and the start of an IDAT chunk with
// no pixels in it: enough for the header to be read, far too little to decode.
QByteArray pngHeader(quint32 width, quint32 height)
{
    QByteArray ihdr("IHDR");
    char be[4];
    qToBigEndian(width, be);
    ihdr.append(be, 4);
    qToBigEndian(height, be);
    ihdr.append(be, 4);
    ihdr.append("\x08\x06\x00\x00\x00", 5);  // 8 bits, RGBA, deflate, no filter, no interlace
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    qToBigEndian(quint32(13), be);
    png.append(be, 4);
    png += ihdr;
    qToBigEndian(crc32(ihdr), be);
    png.append(be, 4);
    qToBigEndian(quint32(1 << 20), be);
    png.append(be, 4);
    png += "IDAT";
    return png;
}

} // namespace

class TestEvidencePreview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void largeTextIsPaged();
    void searchContinuesOnLaterPages();
    void searchNotFound();
    void pagesSplitNoCharacter();
    void runLogIsText();
    void jsonIsPrettyPrinted();
    void invalidJsonShownAsText();
    void smallImageShows();
    void hugeImageRefusedFromItsHeader();
    void oversizedImageFileNotRead();
    void svgShownAsText();
    void noPreviewForBinary_data();
    void noPreviewForBinary();
    void notesAndLinksArePlainText();
    void clearsForNoEvidence();
};

void TestEvidencePreview::largeTextIsPaged()
{
    Store store;
    store.content = megabyteOfLines();
    EvidencePreview preview;
    preview.setContentReader(store.reader());
    QCOMPARE(preview.objectName(), QStringLiteral("evidencePreview"));
    preview.showEvidence(piece(QStringLiteral("build.log"), QStringLiteral("text/plain"), store.content.size()));

    QCOMPARE(preview.mode(), EvidencePreview::Mode::Text);
    QCOMPARE(preview.pageCount(), 4);
    QCOMPARE(preview.currentPage(), 1);
    QCOMPARE(preview.pageLabel()->text(), QStringLiteral("Page 1 of 4"));
    // only the first page was read, nothing more
    QCOMPARE(store.calls, (QList<Call>{{7, 0, 262144}}));
    QCOMPARE(preview.textView()->toPlainText(), QString::fromLatin1(store.content.left(262144)));
    QCOMPARE(preview.titleLabel()->text(), QStringLiteral("build.log — text/plain, 1.0 MiB"));
    auto *previous = preview.findChild<QPushButton *>(QStringLiteral("previewPrevious"));
    auto *next = preview.findChild<QPushButton *>(QStringLiteral("previewNext"));
    QVERIFY(previous && next);
    QVERIFY(!previous->isEnabled());
    QVERIFY(next->isEnabled());

    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(preview.currentPage(), 2);
    QCOMPARE(preview.pageLabel()->text(), QStringLiteral("Page 2 of 4"));
    QCOMPARE(store.calls, (QList<Call>{{7, 0, 262144}, {7, 262144, 262144}}));
    QCOMPARE(preview.textView()->toPlainText(), QString::fromLatin1(store.content.mid(262144, 262144)));
    QVERIFY(previous->isEnabled());

    preview.showPage(4);
    QCOMPARE(store.calls.last(), (Call{7, 786432, 262144}));
    QVERIFY(!next->isEnabled());
    preview.showPage(5);   // past the end: nothing happens
    QCOMPARE(preview.currentPage(), 4);
    QCOMPARE(store.calls.size(), 3);
}

void TestEvidencePreview::searchContinuesOnLaterPages()
{
    Store store;
    store.content = megabyteOfLines();
    EvidencePreview preview;
    preview.setContentReader(store.reader());
    preview.showEvidence(piece(QStringLiteral("build.log"), QStringLiteral("text/plain"), store.content.size()));
    preview.nextPage();
    store.calls.clear();

    // not on page 2: the search reads page 3, finds it there and shows that page with the match chosen
    QTest::keyClicks(preview.searchField(), QStringLiteral("needle"));
    QTest::keyClick(preview.searchField(), Qt::Key_Return);
    QTRY_COMPARE(preview.currentPage(), 3);
    QVERIFY(!preview.isSearching());
    QCOMPARE(store.calls, (QList<Call>{{7, 524288, 262144}}));
    QCOMPARE(preview.pageLabel()->text(), QStringLiteral("Page 3 of 4"));
    const QTextCursor match = preview.textView()->textCursor();
    QCOMPARE(match.selectedText(), QStringLiteral("NEEDLE"));
    QCOMPARE(match.selectionStart(), 600000 - 524288);
    QCOMPARE(preview.textView()->extraSelections().size(), 1);
    QCOMPARE(preview.searchStatusLabel()->text(), QString());

    // a common word is found on the same page first, without reading anything
    preview.searchField()->setText(QStringLiteral("build"));
    const int before = int(store.calls.size());
    preview.findNext();
    QCOMPARE(preview.currentPage(), 3);
    QCOMPARE(preview.textView()->textCursor().selectedText(), QStringLiteral("build"));
    QCOMPARE(int(store.calls.size()), before);

    preview.resize(640, 360);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QVERIFY(preview.grab().save(QCoreApplication::applicationDirPath() + QStringLiteral("/evidencepreview-paged.png")));
}

void TestEvidencePreview::searchNotFound()
{
    Store store;
    store.content = megabyteOfLines();
    EvidencePreview preview;
    preview.setContentReader(store.reader());
    preview.showEvidence(piece(QStringLiteral("build.log"), QStringLiteral("text/plain"), store.content.size()));
    store.calls.clear();
    preview.searchField()->setText(QStringLiteral("no such words"));
    preview.findNext();
    QTRY_VERIFY(!preview.isSearching());
    QCOMPARE(preview.searchStatusLabel()->text(), QStringLiteral("Not found."));
    QCOMPARE(preview.currentPage(), 1);
    // every other page once
    QCOMPARE(store.calls, (QList<Call>{{7, 262144, 262144}, {7, 524288, 262144}, {7, 786432, 262144}}));
}

void TestEvidencePreview::pagesSplitNoCharacter()
{
    // "€" (3 bytes) starts on the last byte of page 1: page 1 reads the two missing bytes and shows
    // it whole; page 2 skips them.
    Store store;
    store.content = QByteArray(262143, 'a') + QByteArray("\xe2\x82\xac") + QByteArray("bcd");
    EvidencePreview preview;
    preview.setContentReader(store.reader());
    preview.showEvidence(piece(QStringLiteral("euro.txt"), QStringLiteral("text/plain"), store.content.size()));
    QCOMPARE(preview.pageCount(), 2);
    QCOMPARE(store.calls, (QList<Call>{{7, 0, 262144}, {7, 262144, 2}}));
    QCOMPARE(preview.textView()->toPlainText(), QString(262143, QLatin1Char('a')) + QChar(0x20ac));
    preview.nextPage();
    QCOMPARE(store.calls.last(), (Call{7, 262144, 5}));
    QCOMPARE(preview.textView()->toPlainText(), QStringLiteral("bcd"));
}

void TestEvidencePreview::runLogIsText()
{
    Store store;
    store.content = "\x1b[32mok\x1b[0m 12 tests\n";
    EvidencePreview preview;
    preview.setContentReader(store.reader());
    preview.showEvidence(piece(QStringLiteral("run-4.log"), QString(), store.content.size(), EvidenceKind::RunLog));
    QCOMPARE(preview.mode(), EvidencePreview::Mode::Text);
    QCOMPARE(preview.pageCount(), 1);
    QCOMPARE(preview.textView()->toPlainText(), QString::fromUtf8(store.content));
    QCOMPARE(preview.titleLabel()->text(), QStringLiteral("run-4.log — Run log, 21 bytes"));
}

void TestEvidencePreview::jsonIsPrettyPrinted()
{
    Store store;
    store.content = R"({"total":{"lines":{"pct":71.3}},"ok":[true,null]})";
    EvidencePreview preview;
    preview.setContentReader(store.reader());
    preview.showEvidence(piece(QStringLiteral("coverage-summary.json"), QStringLiteral("application/json"),
                               store.content.size()));
    QCOMPARE(preview.mode(), EvidencePreview::Mode::Json);
    QCOMPARE(preview.textView()->toPlainText(), QStringLiteral("{\n"
                                                               "    \"ok\": [\n"
                                                               "        true,\n"
                                                               "        null\n"
                                                               "    ],\n"
                                                               "    \"total\": {\n"
                                                               "        \"lines\": {\n"
                                                               "            \"pct\": 71.3\n"
                                                               "        }\n"
                                                               "    }\n"
                                                               "}\n"));
    QCOMPARE(store.calls, (QList<Call>{{7, 0, store.content.size()}}));
    QVERIFY(preview.remarkLabel()->isHidden());
}

void TestEvidencePreview::invalidJsonShownAsText()
{
    Store store;
    store.content = R"({"total": })";
    EvidencePreview preview;
    preview.setContentReader(store.reader());
    preview.showEvidence(piece(QStringLiteral("broken.json"), QStringLiteral("application/json"), store.content.size()));
    QCOMPARE(preview.mode(), EvidencePreview::Mode::Text);
    QCOMPARE(preview.textView()->toPlainText(), QString::fromUtf8(store.content));
    QCOMPARE(preview.remarkLabel()->text(), QStringLiteral("Not valid JSON (object is missing after a comma at byte 11), so shown as plain text."));
    QVERIFY(!preview.remarkLabel()->isHidden());
}

void TestEvidencePreview::smallImageShows()
{
    QImage image(10, 10, QImage::Format_RGB32);
    image.fill(QColor(0x1b, 0x7f, 0x3b));
    Store store;
    QBuffer buffer(&store.content);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));
    buffer.close();
    EvidencePreview preview;
    preview.resize(400, 300);
    preview.setContentReader(store.reader());
    preview.showEvidence(piece(QStringLiteral("screen.png"), QStringLiteral("image/png"), store.content.size()));
    QCOMPARE(preview.mode(), EvidencePreview::Mode::Image);
    QCOMPARE(preview.imageLabel()->pixmap().size(), QSize(10, 10));   // not blown up
    QCOMPARE(preview.imageLabel()->pixmap().toImage().pixelColor(5, 5), QColor(0x1b, 0x7f, 0x3b));
    QCOMPARE(preview.imageLabel()->toolTip(), QStringLiteral("10 × 10 pixels"));
}

void TestEvidencePreview::hugeImageRefusedFromItsHeader()
{
    // The header claims 20000 x 20000 and no pixel data follows: only the header was looked at,
    // or decoding would have failed with another message.
    Store store;
    store.content = pngHeader(20000, 20000);
    EvidencePreview preview;
    preview.setContentReader(store.reader());
    preview.showEvidence(piece(QStringLiteral("huge.png"), QStringLiteral("image/png"), store.content.size()));
    QCOMPARE(preview.mode(), EvidencePreview::Mode::Refused);
    QCOMPARE(preview.messageLabel()->text(),
             QStringLiteral("“huge.png” is 20000 × 20000 pixels; images over 16384 pixels on a side or 64 megapixels "
                            "are not previewed. Use Open or Save as."));
    QVERIFY(preview.imageLabel()->pixmap().isNull());

    // within the side limit but over 64 megapixels
    store.content = pngHeader(10000, 7000);
    preview.showEvidence(piece(QStringLiteral("wide.png"), QStringLiteral("image/png"), store.content.size()));
    QCOMPARE(preview.mode(), EvidencePreview::Mode::Refused);
    QVERIFY(preview.messageLabel()->text().startsWith(QStringLiteral("“wide.png” is 10000 × 7000 pixels;")));
}

void TestEvidencePreview::oversizedImageFileNotRead()
{
    Store store;
    EvidencePreview preview;
    preview.setContentReader(store.reader());
    preview.showEvidence(piece(QStringLiteral("photo.jpg"), QStringLiteral("image/jpeg"), 40LL * 1024 * 1024));
    QCOMPARE(preview.mode(), EvidencePreview::Mode::Refused);
    QCOMPARE(preview.messageLabel()->text(),
             QStringLiteral("“photo.jpg” is 40.0 MiB; images over 32.0 MiB are not previewed. Use Open or Save as."));
    QVERIFY(store.calls.isEmpty());
}

void TestEvidencePreview::svgShownAsText()
{
    Store store;
    store.content = R"(<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="4"/></svg>)";
    EvidencePreview preview;
    preview.setContentReader(store.reader());
    preview.showEvidence(piece(QStringLiteral("chart.svg"), QStringLiteral("image/svg+xml"), store.content.size()));
    QCOMPARE(preview.mode(), EvidencePreview::Mode::Text);
    QCOMPARE(preview.textView()->toPlainText(), QString::fromUtf8(store.content));
    QVERIFY(preview.imageLabel()->pixmap().isNull());
}

void TestEvidencePreview::noPreviewForBinary_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("reads");
    QTest::newRow("pdf") << QStringLiteral("application/pdf") << QByteArray("%PDF-1.7\n") << int(EvidencePreview::Mode::NoPreview)
                         << QStringLiteral("No preview for application/pdf; use Open or Save as.") << 0;
    QTest::newRow("zip") << QStringLiteral("application/zip") << QByteArray("PK\x03\x04", 4) << int(EvidencePreview::Mode::NoPreview)
                         << QStringLiteral("No preview for application/zip; use Open or Save as.") << 0;
    QTest::newRow("binary") << QStringLiteral("application/octet-stream") << QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00", 9)
                            << int(EvidencePreview::Mode::NoPreview)
                            << QStringLiteral("No preview for application/octet-stream; use Open or Save as.") << 1;
    // an unknown type whose bytes are text is shown as text, from the one read
    QTest::newRow("text without a type") << QString() << QByteArray("Grüße aus dem Build\n")
                                         << int(EvidencePreview::Mode::Text) << QString() << 1;
}

void TestEvidencePreview::noPreviewForBinary()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, content);
    QFETCH(int, mode);
    QFETCH(QString, message);
    QFETCH(int, reads);
    Store store;
    store.content = content;
    EvidencePreview preview;
    preview.setContentReader(store.reader());
    preview.showEvidence(piece(QStringLiteral("thing"), type, content.size()));
    QCOMPARE(int(preview.mode()), mode);
    QCOMPARE(int(store.calls.size()), reads);
    if (mode == int(EvidencePreview::Mode::Text))
        QCOMPARE(preview.textView()->toPlainText(), QString::fromUtf8(content));
    else
        QCOMPARE(preview.messageLabel()->text(), message);
}

void TestEvidencePreview::notesAndLinksArePlainText()
{
    Store store;
    EvidencePreview preview;
    preview.setContentReader(store.reader());
    Evidence note = piece(QString(), QString(), 0, EvidenceKind::Note);
    note.note = QStringLiteral("<b>bold</b>");
    preview.showEvidence(note);
    QCOMPARE(preview.mode(), EvidencePreview::Mode::Note);
    QCOMPARE(preview.textView()->toPlainText(), QStringLiteral("<b>bold</b>"));
    QCOMPARE(preview.textView()->document()->toPlainText(), QStringLiteral("<b>bold</b>"));

    Evidence link = piece(QStringLiteral("<i>CI</i> run"), QString(), 0, EvidenceKind::Url);
    link.url = QStringLiteral("https://ci.example.com/job/42?a=<b>");
    preview.showEvidence(link);
    QCOMPARE(preview.mode(), EvidencePreview::Mode::Link);
    QCOMPARE(preview.textView()->toPlainText(), link.url);
    QCOMPARE(preview.titleLabel()->text(), QStringLiteral("Link: <i>CI</i> run"));
    QCOMPARE(preview.titleLabel()->textFormat(), Qt::PlainText);
    QVERIFY(store.calls.isEmpty());

    // a file's name and note are plain text too
    store.content = "x";
    Evidence file = piece(QStringLiteral("<img src=x>.txt"), QStringLiteral("text/plain"), 1);
    file.note = QStringLiteral("<a href='file:///etc'>here</a>");
    preview.showEvidence(file);
    for (QLabel *label : preview.findChildren<QLabel *>())
        QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(preview.remarkLabel()->text(), QStringLiteral("Note: <a href='file:///etc'>here</a>"));
}

void TestEvidencePreview::clearsForNoEvidence()
{
    Store store;
    store.content = "abc";
    EvidencePreview preview;
    preview.setContentReader(store.reader());
    preview.showEvidence(piece(QStringLiteral("a.txt"), QStringLiteral("text/plain"), 3));
    QCOMPARE(preview.textView()->toPlainText(), QStringLiteral("abc"));
    preview.showEvidence(Evidence());
    QCOMPARE(preview.mode(), EvidencePreview::Mode::Empty);
    QCOMPARE(preview.evidenceId(), 0);
    QCOMPARE(preview.currentPage(), 0);
    QCOMPARE(preview.messageLabel()->text(), QStringLiteral("Select evidence to preview it."));
    QVERIFY(preview.textView()->toPlainText().isEmpty());
}

QTEST_MAIN(TestEvidencePreview)
#include "tst_evidencepreview.moc"
