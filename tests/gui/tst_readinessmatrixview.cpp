// ReadinessMatrixView: the decision banner says the suggestion in words and colour, the gate table
// draws completion bars, and choosing a gate tells the checklist which one to show.

#include "../models/itemmodels/DocumentFixture.h"
#include "DecisionBanner.h"
#include "ReadinessMatrixView.h"
#include "itemmodels/GateMatrixModel.h"
#include "itemmodels/ReadinessColours.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace gl;

class TestReadinessMatrixView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bannerFollowsTheDecision();
    void gateSelectionIsReported();
    void paintsWithoutEmptyPanes();
    void criteriaToggleFromTheKeyboard();
};

namespace {
QColor badgeColour(const ReadinessMatrixView &view)
{
    return view.findChild<QLabel *>(QStringLiteral("decisionLabel"))->palette().color(QPalette::Window);
}
} // namespace

void TestReadinessMatrixView::bannerFollowsTheDecision()
{
    fixture::Workbench bench;
    Release release = fixture::sampleRelease();
    release.targetReadiness = 80;
    QVERIFY(bench.open(release));
    ReleaseDocument &doc = *bench.document;
    ReadinessMatrixView view(&doc);
    auto *rule = view.findChild<QLabel *>(QStringLiteral("ruleLabel"));
    auto *readiness = view.findChild<QLabel *>(QStringLiteral("readinessLabel"));
    QVERIFY(rule && readiness);

    QCOMPARE(view.banner()->decisionText(), decisionLabel(Decision::NoGo));
    QCOMPARE(badgeColour(view), ReadinessColours::decisionBackground(Decision::NoGo));
    QVERIFY(!rule->text().isEmpty());
    QCOMPARE(readiness->text(), QStringLiteral("Readiness 43%"));

    // no open blocker and readiness over the target: CONDITIONAL GO
    for (const QString &title : {QStringLiteral("Unit"), QStringLiteral("Lint"), QStringLiteral("Smoke")})
        QVERIFY(doc.setItemStatus(bench.id(title), ItemStatus::Passed, QString()).ok());
    QVERIFY(doc.setMetricCurrent(doc.release().metrics.at(1).id, QStringLiteral("4MB/hr")).ok());
    QCOMPARE(view.banner()->decisionText(), decisionLabel(Decision::ConditionalGo));
    QCOMPARE(badgeColour(view), ReadinessColours::decisionBackground(Decision::ConditionalGo));
    QCOMPARE(readiness->text(), QStringLiteral("Readiness 86%"));

    // everything done and the GO criterion holds: GO
    QVERIFY(doc.setItemStatus(bench.id(QStringLiteral("Integration")), ItemStatus::Passed, QString()).ok());
    QVERIFY(doc.setCriterionHolds(doc.release().criteria.at(0).id, true).ok());
    QCOMPARE(view.banner()->decisionText(), decisionLabel(Decision::Go));
    QCOMPARE(badgeColour(view), ReadinessColours::decisionBackground(Decision::Go));

    doc.unload();
    QVERIFY(view.banner()->decisionText() != decisionLabel(Decision::Go));
}

void TestReadinessMatrixView::gateSelectionIsReported()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    ReleaseDocument &doc = *bench.document;
    ReadinessMatrixView view(&doc);
    // the first gate is chosen as soon as a release is there
    QSignalSpy selected(&view, &ReadinessMatrixView::gateSelected);
    QVERIFY(doc.load(bench.releaseId).ok());
    QCOMPARE(selected.count(), 1);
    const qint64 build = fixture::gateIdOf(doc.release(), QStringLiteral("Build"));
    const qint64 deploy = fixture::gateIdOf(doc.release(), QStringLiteral("Deploy"));
    QCOMPARE(selected.at(0).at(0).toLongLong(), build);

    view.gateTable()->setCurrentIndex(view.gateModel()->index(1, 0));
    QCOMPARE(selected.count(), 2);
    QCOMPARE(selected.at(1).at(0).toLongLong(), deploy);
    // a reload stays on the chosen gate
    QVERIFY(doc.load(bench.releaseId).ok());
    QCOMPARE(view.selectedGate(), deploy);
    doc.unload();
    QCOMPARE(view.selectedGate(), 0);
    QCOMPARE(selected.last().at(0).toLongLong(), 0);
}

void TestReadinessMatrixView::paintsWithoutEmptyPanes()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    ReadinessMatrixView view(bench.document.get());
    view.resize(1100, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.grab().toImage();
    QVERIFY(!image.isNull());
    // the completion bar of the Build gate (25%, blocked) is painted in its state's colour
    const QRect cell = view.gateTable()->visualRect(view.gateModel()->index(0, GateMatrixModel::CompletionColumn));
    QVERIFY(cell.isValid());
    const QImage table = view.gateTable()->viewport()->grab(cell).toImage();
    bool red = false;
    for (int x = 0; x < table.width() && !red; ++x) {
        for (int y = 0; y < table.height() && !red; ++y) {
            const QColor c = table.pixelColor(x, y);
            red = c.red() > 180 && c.green() < 80 && c.blue() < 80;
        }
    }
    QVERIFY(red);
    QVERIFY(view.metricTable()->isVisible());
    QVERIFY(view.criteriaTable()->isVisible());
    QVERIFY(view.metricTable()->isColumnHidden(5));   // no weights in this release

    // a release without metrics or criteria says so instead of showing empty tables
    fixture::Workbench bare;
    Release release = fixture::sampleRelease(QStringLiteral("Bare"));
    release.metrics.clear();
    release.criteria.clear();
    QVERIFY(bare.open(release));
    ReadinessMatrixView empty(bare.document.get());
    empty.show();
    QVERIFY(QTest::qWaitForWindowExposed(&empty));
    QVERIFY(empty.findChild<QLabel *>(QStringLiteral("noFiguresLabel"))->isVisible());
    QVERIFY(!empty.metricTable()->isVisible());
    QVERIFY(!empty.criteriaTable()->isVisible());
    QVERIFY(!view.findChild<QLabel *>(QStringLiteral("noFiguresLabel"))->isVisible());
    QVERIFY(!view.findChild<QLabel *>(QStringLiteral("metricTableEmpty"))->isVisible());

    // only one of them missing: that pane says why it is empty
    fixture::Workbench half;
    release.criteria = fixture::sampleRelease().criteria;
    QVERIFY(half.open(release));
    ReadinessMatrixView noMetricsView(half.document.get());
    noMetricsView.show();
    QVERIFY(QTest::qWaitForWindowExposed(&noMetricsView));
    QVERIFY(noMetricsView.findChild<QLabel *>(QStringLiteral("metricTableEmpty"))->isVisible());
    QVERIFY(!noMetricsView.findChild<QLabel *>(QStringLiteral("criteriaTableEmpty"))->isVisible());
    QVERIFY(noMetricsView.criteriaTable()->isVisible());
}

void TestReadinessMatrixView::criteriaToggleFromTheKeyboard()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    ReadinessMatrixView view(bench.document.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *criteria = view.criteriaTable();
    criteria->setFocus();
    criteria->setCurrentIndex(criteria->model()->index(1, 0));   // the NO-GO criterion
    QTest::keyClick(criteria, Qt::Key_Space);
    QVERIFY(bench.document->release().criteria.at(1).holds);
    QVERIFY(bench.stored().criteria.at(1).holds);
    QCOMPARE(view.banner()->decisionText(), decisionLabel(Decision::NoGo));
    QTest::keyClick(criteria, Qt::Key_Space);
    QVERIFY(!bench.stored().criteria.at(1).holds);

    // the current value of a metric is typed in place
    QTableView *metrics = view.metricTable();
    metrics->setFocus();
    metrics->setCurrentIndex(metrics->model()->index(1, 1));
    QTest::keyClick(metrics, Qt::Key_F2);
    auto *editor = metrics->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("6MB/hr"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(bench.stored().metrics.at(1).currentText, QStringLiteral("6MB/hr"));   // Return commits queued
    QVERIFY(bench.document->metricVerdict(bench.document->release().metrics.at(1).id)->met);
}

QTEST_MAIN(TestReadinessMatrixView)
#include "tst_readinessmatrixview.moc"
