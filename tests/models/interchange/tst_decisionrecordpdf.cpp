// The PDF decision record's layout and safety rules on releases no seed has (issue 5): a title with
// no place to break, a reason taller than a page, a thousand items; a cancelled export leaves the
// old file as it was; secrets are masked; the paper follows the locale. Read back with pdftotext.

#include "interchange/DecisionRecordPdf.h"
#include "interchange/PdfComposer.h"

#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace gl;

namespace {

QByteArray tool(const QStringList &arguments)
{
    QProcess p;
    p.start(arguments.first(), arguments.mid(1));
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QByteArray();
    return p.readAllStandardOutput();
}

int pageCount(const QString &pdf)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                          .match(QString::fromUtf8(tool({ QStringLiteral("pdfinfo"), pdf })));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// Words whose box reaches within 20 pt of a page edge (the layout keeps 50 pt margins).
QStringList wordsOffThePage(const QString &pdf)
{
    const QString html = QString::fromUtf8(
        tool({ QStringLiteral("pdftotext"), QStringLiteral("-bbox"), pdf, QStringLiteral("-") }));
    static const QRegularExpression pageRe(QStringLiteral("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">"));
    static const QRegularExpression wordRe(
        QStringLiteral("<word xMin=\"([0-9.-]+)\" yMin=\"([0-9.-]+)\" xMax=\"([0-9.-]+)\" "
                       "yMax=\"([0-9.-]+)\">([^<]*)</word>"));
    QStringList off;
    for (const QString &chunk : html.split(QStringLiteral("<page ")).mid(1)) {
        const QRegularExpressionMatch page = pageRe.match(QStringLiteral("<page ") + chunk);
        const double width = page.captured(1).toDouble();
        const double height = page.captured(2).toDouble();
        for (auto it = wordRe.globalMatch(chunk); it.hasNext();) {
            const QRegularExpressionMatch w = it.next();
            if (w.captured(1).toDouble() < 20 || w.captured(2).toDouble() < 20
                || w.captured(3).toDouble() > width - 20 || w.captured(4).toDouble() > height - 20)
                off << w.captured(5);
        }
    }
    return off;
}

DecisionRecordInput sampleInput(int items)
{
    DecisionRecordInput in;
    in.release.uid = QStringLiteral("uid-1");
    in.release.name = QStringLiteral("Edge release");
    Gate gate;
    gate.id = 1;
    gate.title = QStringLiteral("Gate with long things");
    Item wide;
    wide.id = 1;
    // Nowhere to break: it must wrap anywhere rather than run off the page.
    wide.title = QStringLiteral("WIDESTART") + QString(300, QLatin1Char('x')) + QStringLiteral("WIDEEND");
    wide.status = ItemStatus::Failed;
    QStringList words;
    for (int i = 0; i < 2500; ++i)
        words << QStringLiteral("word%1").arg(i);
    wide.statusReason
        = QStringLiteral("TALLSTART ") + words.join(QLatin1Char(' ')) + QStringLiteral(" TALLEND");
    gate.items.push_back(wide);
    for (int i = 0; i < items; ++i) {
        Item item;
        item.id = 10 + i;
        item.title = QStringLiteral("Routine check %1").arg(i);
        item.owners = { QStringLiteral("QA") };
        gate.items.push_back(item);
    }
    in.release.gates.push_back(gate);
    const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
    in.readiness = computeReadiness(in.release, now);
    in.generatedAt = now;
    in.generatedBy = QStringLiteral("tester");
    in.currentSnapshotSha256 = QString(64, QLatin1Char('a'));
    in.auditHeadSha256 = QString(64, QLatin1Char('b'));
    return in;
}

} // namespace

class TestDecisionRecordPdf final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void longContentStaysOnThePage();
    void cancelLeavesTheOldFile();
    void masksSecrets_data();
    void masksSecrets();
    void paperFollowsTheLocale();
    void wrapKeepsEveryWord();
};

void TestDecisionRecordPdf::longContentStaysOnThePage()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("edge.pdf"));
    QList<int> seen;
    DecisionRecordPdf::Options options;
    options.progress = [&seen](int done, int total) {
        seen << done * 1000 / std::max(total, 1);
        return true;
    };
    const Result<int> pages = DecisionRecordPdf::write(sampleInput(1000), pdf, options);
    QVERIFY2(pages.ok(), qPrintable(pages.message()));
    QCOMPARE(pageCount(pdf), *pages);
    QVERIFY2(*pages >= 20 && *pages <= 60, qPrintable(QString::number(*pages)));
    QVERIFY(seen.size() > 100);
    QCOMPARE(seen.last(), 1000);
    const QStringList off = wordsOffThePage(pdf);
    QVERIFY2(off.isEmpty(), qPrintable(off.mid(0, 5).join(QStringLiteral(" | "))));
    QString text = QString::fromUtf8(tool({ QStringLiteral("pdftotext"), pdf, QStringLiteral("-") }));
    // Nothing was dropped: both ends of the unbreakable title and of the page-tall reason, and the last item.
    QVERIFY(text.contains(QStringLiteral("WIDESTART")));
    QVERIFY(text.contains(QStringLiteral("WIDEEND")));
    QVERIFY(text.contains(QStringLiteral("TALLSTART")));
    QVERIFY(text.contains(QStringLiteral("word1249")));
    QVERIFY(text.contains(QStringLiteral("TALLEND")));
    QVERIFY(text.contains(QStringLiteral("Routine check 999")));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(*pages)));
    // The table header is repeated on the pages a table continues on.
    QVERIFY(text.count(QStringLiteral("Last change")) >= *pages - 3);
}

void TestDecisionRecordPdf::cancelLeavesTheOldFile()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("kept.pdf"));
    {
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the record exported yesterday");
    }
    int allCalls = 0;
    {
        DecisionRecordPdf::Options counting;
        counting.progress = [&allCalls](int, int) { return ++allCalls > 0; };
        QVERIFY(
            DecisionRecordPdf::write(sampleInput(1000), dir.filePath(QStringLiteral("other.pdf")), counting)
                .ok());
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("other.pdf"))));
    }
    // Early in the layout, half-way, and while painting the last pages.
    for (int stopAt : { 3, allCalls / 2, allCalls - 1 }) {
        DecisionRecordPdf::Options options;
        int calls = 0;
        options.progress = [&calls, stopAt](int, int) { return ++calls < stopAt; };
        const Result<int> pages = DecisionRecordPdf::write(sampleInput(1000), pdf, options);
        QVERIFY(!pages.ok());
        QCOMPARE(pages.error().code, ErrorCode::Cancelled);
        QFile kept(pdf);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("the record exported yesterday"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }
}

void TestDecisionRecordPdf::masksSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    QTest::newRow("env value") << QStringLiteral("login failed with s3cr3t-Value-4242 twice")
                               << QStringLiteral("login failed with *** twice");
    QTest::newRow("assignment") << QStringLiteral("DB_PASSWORD=hunter2hunter2 in the log")
                                << QStringLiteral("DB_PASSWORD=*** in the log");
    QTest::newRow("quoted, colon") << QStringLiteral("api_token: \"abc def\" leaked")
                                   << QStringLiteral("api_token: *** leaked");
    QTest::newRow("url password") << QStringLiteral("see https://deploy:pa55word@ci.example.com/job")
                                  << QStringLiteral("see https://deploy:***@ci.example.com/job");
    QTest::newRow("plain words stay") << QStringLiteral("Key rotation done; tokens reviewed")
                                      << QStringLiteral("Key rotation done; tokens reviewed");
    QTest::newRow("short value ignored") << QStringLiteral("exit code 42") << QStringLiteral("exit code 42");
}

void TestDecisionRecordPdf::masksSecrets()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    const SecretMask mask({ "s3cr3t-Value-4242", "42" }, RunSettings::defaultSecretMarkers());
    QCOMPARE(mask.apply(text), masked);
}

void TestDecisionRecordPdf::paperFollowsTheLocale()
{
    QCOMPARE(DecisionRecordPdf::pageSizeFor(QLocale(QStringLiteral("en_US"))), QPageSize::Letter);
    QCOMPARE(DecisionRecordPdf::pageSizeFor(QLocale(QStringLiteral("en_CA"))), QPageSize::Letter);
    QCOMPARE(DecisionRecordPdf::pageSizeFor(QLocale(QStringLiteral("es_MX"))), QPageSize::Letter);
    QCOMPARE(DecisionRecordPdf::pageSizeFor(QLocale(QStringLiteral("de_DE"))), QPageSize::A4);
    QCOMPARE(DecisionRecordPdf::pageSizeFor(QLocale(QStringLiteral("en_GB"))), QPageSize::A4);
    QCOMPARE(DecisionRecordPdf::pageSizeFor(QLocale(QStringLiteral("fr_FR"))), QPageSize::A4);
}

// The layout's line breaking, on a real PDF device: every word kept in order, no line wider than
// the box, no empty or space-led line made by a break, explicit newlines kept.
void TestDecisionRecordPdf::wrapKeepsEveryWord()
{
    QTemporaryDir dir;
    QPdfWriter writer(dir.filePath(QStringLiteral("wrap.pdf")));
    writer.setResolution(300);
    PdfComposer composer(&writer, QRectF(0, 0, 595, 842), QMarginsF(50, 60, 50, 60));
    const double width = composer.pt(120);
    const QString text = QStringLiteral("First  sentence ends here.  Second one follows with   several spaces "
                                        "and an unbreakablewordthatislongerthantheboxisbyfar too.\nNew line  ");
    const QStringList lines = composer.wrap(text, PdfComposer::Body, width);
    QVERIFY(lines.size() >= 4);
    const QFontMetricsF metrics(composer.font(PdfComposer::Body), &writer);
    for (const QString &line : lines) {
        QVERIFY2(!line.isEmpty(), qPrintable(lines.join(u'|')));
        QVERIFY2(!line.startsWith(QLatin1Char(' ')) && !line.endsWith(QLatin1Char(' ')), qPrintable(line));
        QVERIFY2(metrics.horizontalAdvance(line) <= width + 0.5, qPrintable(line));
    }
    QCOMPARE(lines.last(), QStringLiteral("New line"));
    QString joined = lines.join(QString());
    joined.remove(QLatin1Char(' '));
    QString expected = text;
    expected.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
    QCOMPARE(joined, expected);
    QCOMPARE(composer.wrap(QString(), PdfComposer::Body, width), QStringList({ QString() }));
    QCOMPARE(composer.wrap(QStringLiteral("a\n\nb"), PdfComposer::Body, width), QStringList({ QStringLiteral("a"), QString(), QStringLiteral("b") }));
}

QTEST_MAIN(TestDecisionRecordPdf)
#include "tst_decisionrecordpdf.moc"
