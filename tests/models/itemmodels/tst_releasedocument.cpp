// ReleaseDocument: every edit is written to the workspace, can be undone and redone against the
// file, keeps readiness current, and reports refusals without changing anything.

#include "DocumentFixture.h"
#include "ReleaseShape.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace gl;

class TestReleaseDocument : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loadComputesReadiness();
    void statusEditUndoRedoReachTheFile();
    void refusedStatusChangesNothing();
    void groupStatusIsRefused();
    void itemEditIsOneUndoStep();
    void metricAndCriterionEdits();
    void sameValueIsNoEdit();
    void anotherReleaseStartsAFreshHistory();
    void undoThatTheFileRefusesIsDropped();
    void createReleaseAnnouncesIt();
    void structureEditsUndoAndRedoAgainstTheFile();
    void indentOutdentAndReorder();
    void gateEditsAreUndoable();
    void bulkStatusIsOneUndoStep();
};

namespace {

const QString harbor = QStringLiteral(
    "Build: Compile, Tests(Unit, Integration), Lint | Deploy: Smoke, Rollback | Docs: Guide");

} // namespace

void TestReleaseDocument::loadComputesReadiness()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    const ReleaseDocument &doc = *bench.document;
    QVERIFY(doc.isLoaded());
    QCOMPARE(doc.release().name, QStringLiteral("Harbor 1.0"));
    QCOMPARE(doc.readiness().gates.size(), size_t(3));
    QCOMPARE(doc.readiness().leafTotal, 7);
    // done: Compile, Rollback (n/a), Guide (waived)
    QCOMPARE(doc.readiness().leafDone, 3);
    QCOMPARE(doc.readiness().suggested, Decision::NoGo);
    QVERIFY(doc.item(bench.id(QStringLiteral("Unit"))));
    QCOMPARE(doc.gateOfItem(bench.id(QStringLiteral("Unit")))->title, QStringLiteral("Build"));
    QVERIFY(!doc.undoStack()->canUndo());
}

void TestReleaseDocument::statusEditUndoRedoReachTheFile()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    ReleaseDocument &doc = *bench.document;
    const qint64 unit = bench.id(QStringLiteral("Unit"));
    QSignalSpy changed(&doc, &ReleaseDocument::itemChanged);
    QSignalSpy readiness(&doc, &ReleaseDocument::readinessChanged);
    QSignalSpy reset(&doc, &ReleaseDocument::releaseLoaded);

    QVERIFY(doc.setItemStatus(unit, ItemStatus::Passed, QString()).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), unit);
    QCOMPARE(readiness.count(), 1);
    QCOMPARE(reset.count(), 0);  // views are not reset by an edit
    QCOMPARE(doc.item(unit)->status, ItemStatus::Passed);
    QCOMPARE(doc.item(unit)->updatedBy, QStringLiteral("tester"));
    QCOMPARE(doc.readiness().leafDone, 4);
    QCOMPARE(fixture::idOf(bench.stored(), QStringLiteral("Unit")), unit);
    QCOMPARE(findItem(bench.stored(), unit)->status, ItemStatus::Passed);
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(doc.undoStack()->undoText().contains(QStringLiteral("Unit")));

    doc.undoStack()->undo();
    QCOMPARE(doc.item(unit)->status, ItemStatus::NotStarted);
    QCOMPARE(findItem(bench.stored(), unit)->status, ItemStatus::NotStarted);
    QCOMPARE(doc.readiness().leafDone, 3);
    QCOMPARE(changed.count(), 2);

    doc.undoStack()->redo();
    QCOMPARE(findItem(bench.stored(), unit)->status, ItemStatus::Passed);
    QCOMPARE(doc.item(unit)->status, ItemStatus::Passed);
    QCOMPARE(reset.count(), 0);
}

void TestReleaseDocument::refusedStatusChangesNothing()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    ReleaseDocument &doc = *bench.document;
    const qint64 smoke = bench.id(QStringLiteral("Smoke"));
    QSignalSpy errors(&doc, &ReleaseDocument::errorOccurred);

    // a waiver without a reason and expiry is refused by the store
    const Result<void> refused = doc.setItemStatus(smoke, ItemStatus::Waived, QString());
    QVERIFY(!refused.ok());
    QVERIFY(refused.message().contains(QStringLiteral("Smoke")));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(doc.item(smoke)->status, ItemStatus::NotStarted);
    QCOMPARE(findItem(bench.stored(), smoke)->status, ItemStatus::NotStarted);
    QVERIFY(!doc.undoStack()->canUndo());

    // with them it is fine, and the expiry is kept
    const QDate expiry = QDate::currentDate().addDays(7);
    QVERIFY(doc.setItemStatus(smoke, ItemStatus::Waived, QStringLiteral("no staging env"), expiry).ok());
    QCOMPARE(findItem(bench.stored(), smoke)->waiverExpiry, expiry);
    QCOMPARE(doc.item(smoke)->waiverExpiry, expiry);
    QCOMPARE(doc.item(smoke)->statusReason, QStringLiteral("no staging env"));
}

void TestReleaseDocument::groupStatusIsRefused()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    const qint64 tests = bench.id(QStringLiteral("Tests"));
    QVERIFY(!bench.document->setItemStatus(tests, ItemStatus::Passed, QString()).ok());
    QVERIFY(!bench.document->undoStack()->canUndo());
    QVERIFY(!bench.document->setItemStatus(987654, ItemStatus::Passed, QString()).ok());
}

void TestReleaseDocument::itemEditIsOneUndoStep()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    ReleaseDocument &doc = *bench.document;
    const qint64 lint = bench.id(QStringLiteral("Lint"));
    Item edited = *doc.item(lint);
    edited.title = QStringLiteral("Lint (strict)");
    edited.commands = {QStringLiteral("npm run lint -- --max-warnings 0")};
    edited.owners = {QStringLiteral("Frontend"), QStringLiteral("QA")};
    edited.blocker = true;
    edited.status = ItemStatus::Waived;
    edited.statusReason = QStringLiteral("rule under review");
    edited.waiverExpiry = QDate::currentDate().addDays(3);
    QVERIFY(doc.updateItem(edited).ok());
    QCOMPARE(doc.undoStack()->count(), 1);

    const Release afterEdit = bench.stored();
    const Item *stored = findItem(afterEdit, lint);
    QCOMPARE(stored->title, QStringLiteral("Lint (strict)"));
    QCOMPARE(stored->commands, edited.commands);
    QCOMPARE(stored->owners, edited.owners);
    QVERIFY(stored->blocker);
    QCOMPARE(stored->status, ItemStatus::Waived);
    QCOMPARE(stored->waiverExpiry, edited.waiverExpiry);
    QCOMPARE(doc.item(lint)->title, QStringLiteral("Lint (strict)"));

    doc.undoStack()->undo();
    const Release back = bench.stored();
    QCOMPARE(findItem(back, lint)->title, QStringLiteral("Lint"));
    QCOMPARE(findItem(back, lint)->status, ItemStatus::Failed);
    QCOMPARE(findItem(back, lint)->statusReason, QStringLiteral("3 errors"));
    QVERIFY(findItem(back, lint)->owners.isEmpty());
    QVERIFY(!findItem(back, lint)->blocker);
    QCOMPARE(doc.item(lint)->title, QStringLiteral("Lint"));

    // a group's fields can be edited; its status stays rolled up
    const qint64 tests = bench.id(QStringLiteral("Tests"));
    Item group = *doc.item(tests);
    group.title = QStringLiteral("Automated tests");
    group.status = ItemStatus::Passed;
    QVERIFY(doc.updateItem(group).ok());
    QCOMPARE(findItem(bench.stored(), tests)->title, QStringLiteral("Automated tests"));
    QCOMPARE(doc.item(tests)->children.size(), size_t(2));  // children survive an in-place edit
    QCOMPARE(rolledUpStatus(*doc.item(tests)), ItemStatus::InProgress);
}

void TestReleaseDocument::metricAndCriterionEdits()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    ReleaseDocument &doc = *bench.document;
    const qint64 coverage = doc.release().metrics.at(0).id;
    const qint64 noGo = doc.release().criteria.at(1).id;
    QSignalSpy metricSpy(&doc, &ReleaseDocument::metricChanged);
    QSignalSpy criterionSpy(&doc, &ReleaseDocument::criterionChanged);

    QVERIFY(doc.setMetricCurrent(coverage, QStringLiteral("60.5%")).ok());
    QCOMPARE(metricSpy.count(), 1);
    QCOMPARE(doc.metric(coverage)->currentText, QStringLiteral("60.5%"));
    QCOMPARE(doc.metric(coverage)->current, std::optional<double>(60.5));
    QVERIFY(!doc.metricVerdict(coverage)->met);
    QCOMPARE(bench.stored().metrics.at(0).currentText, QStringLiteral("60.5%"));
    doc.undoStack()->undo();
    QCOMPARE(bench.stored().metrics.at(0).currentText, QStringLiteral("71.3%"));
    QVERIFY(doc.metricVerdict(coverage)->met);

    QVERIFY(doc.setCriterionHolds(noGo, true).ok());
    QCOMPARE(criterionSpy.count(), 1);
    QVERIFY(bench.stored().criteria.at(1).holds);
    bool criterionBlocks = false;
    for (const Blocker &b : doc.readiness().blockers)
        criterionBlocks = criterionBlocks || (b.kind == Blocker::Kind::Criterion && b.id == noGo);
    QVERIFY(criterionBlocks);
    doc.undoStack()->undo();
    QVERIFY(!bench.stored().criteria.at(1).holds);
    QVERIFY(!doc.criterion(noGo)->holds);
}

void TestReleaseDocument::sameValueIsNoEdit()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    ReleaseDocument &doc = *bench.document;
    QVERIFY(doc.setItemStatus(bench.id(QStringLiteral("Compile")), ItemStatus::Passed, QString()).ok());
    QVERIFY(doc.updateItem(*doc.item(bench.id(QStringLiteral("Lint")))).ok());
    QVERIFY(doc.setMetricCurrent(doc.release().metrics.at(0).id, QStringLiteral(" 71.3% ")).ok());
    QVERIFY(doc.setCriterionHolds(doc.release().criteria.at(0).id, false).ok());
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestReleaseDocument::anotherReleaseStartsAFreshHistory()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    ReleaseDocument &doc = *bench.document;
    const Result<qint64> second = bench.workspace->createRelease(fixture::sampleRelease(QStringLiteral("Second")));
    QVERIFY(second.ok());
    QVERIFY(doc.setItemStatus(bench.id(QStringLiteral("Smoke")), ItemStatus::Passed, QString()).ok());
    QVERIFY(doc.undoStack()->canUndo());
    QVERIFY(doc.load(bench.releaseId).ok());   // the same release again keeps the history
    QVERIFY(doc.undoStack()->canUndo());
    QSignalSpy reset(&doc, &ReleaseDocument::releaseLoaded);
    QVERIFY(doc.load(second.value()).ok());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(doc.release().name, QStringLiteral("Second"));
    QVERIFY(!doc.undoStack()->canUndo());
    QVERIFY(!doc.load(424242).ok());
    QCOMPARE(doc.release().name, QStringLiteral("Second"));  // a failed load keeps what was open
    doc.unload();
    QVERIFY(!doc.isLoaded());
    QCOMPARE(doc.readiness().leafTotal, 0);
    QVERIFY(!doc.setItemStatus(1, ItemStatus::Passed, QString()).ok());
}

void TestReleaseDocument::undoThatTheFileRefusesIsDropped()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    ReleaseDocument &doc = *bench.document;
    const qint64 smoke = bench.id(QStringLiteral("Smoke"));
    QVERIFY(doc.setItemStatus(smoke, ItemStatus::Passed, QString()).ok());
    // Another process removes the release behind our back: undo cannot be written.
    QVERIFY(bench.workspace->deleteRelease(bench.releaseId).ok());
    QSignalSpy errors(&doc, &ReleaseDocument::errorOccurred);
    doc.undoStack()->undo();
    QVERIFY(errors.count() >= 1);
    QCOMPARE(doc.undoStack()->count(), 0);   // the command that failed is gone, not left to fail again
}

void TestReleaseDocument::createReleaseAnnouncesIt()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    QSignalSpy created(bench.document.get(), &ReleaseDocument::releaseCreated);
    const Result<qint64> id = bench.document->createRelease(fixture::sampleRelease(QStringLiteral("Imported")));
    QVERIFY(id.ok());
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.at(0).at(0).toLongLong(), id.value());
    QCOMPARE(bench.document->releaseId(), bench.releaseId);  // creating does not switch
}




void TestReleaseDocument::structureEditsUndoAndRedoAgainstTheFile()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    ReleaseDocument &doc = *bench.document;
    QCOMPARE(shape::of(doc.release()), harbor);
    const qint64 build = doc.release().gates.at(0).id;
    QSignalSpy reset(&doc, &ReleaseDocument::releaseLoaded);

    Result<qint64> added = doc.addItem(build, 0, 1, QStringLiteral("  Package  "));
    QVERIFY2(added.ok(), qPrintable(added.message()));
    QCOMPARE(doc.item(*added)->title, QStringLiteral("Package"));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(shape::of(doc.release()), QStringLiteral(
        "Build: Compile, Package, Tests(Unit, Integration), Lint | Deploy: Smoke, Rollback | Docs: Guide"));
    QCOMPARE(shape::of(bench.stored()), shape::of(doc.release()));
    // Readiness counts the new leaf.
    QCOMPARE(doc.readiness().leafTotal, 8);

    const qint64 tests = bench.id(QStringLiteral("Tests"));
    const qint64 unit = bench.id(QStringLiteral("Unit"));
    QVERIFY(doc.removeItem(tests).ok());
    QCOMPARE(shape::of(bench.stored()), QStringLiteral(
        "Build: Compile, Package, Lint | Deploy: Smoke, Rollback | Docs: Guide"));
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Remove \u201cTests\u201d"));

    doc.undoStack()->undo();  // Tests comes back with Unit under its id, blocker and commands
    QCOMPARE(shape::of(bench.stored()), shape::of(doc.release()));
    QVERIFY(doc.item(unit));
    QVERIFY(doc.item(unit)->blocker);
    QCOMPARE(doc.item(unit)->commands.size(), 2);
    doc.undoStack()->undo();  // the added item goes
    QCOMPARE(shape::of(bench.stored()), harbor);
    QCOMPARE(doc.readiness().leafTotal, 7);
    doc.undoStack()->redo();  // and comes back under the same id
    QVERIFY(doc.item(*added));
    QCOMPARE(doc.item(*added)->title, QStringLiteral("Package"));
    doc.undoStack()->redo();
    QVERIFY(!doc.item(tests));

    // A refusal changes nothing and is not an undo step.
    const int steps = doc.undoStack()->count();
    QSignalSpy errors(&doc, &ReleaseDocument::errorOccurred);
    QVERIFY(!doc.addItem(build, 0, 0, QStringLiteral(" ")).ok());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(doc.undoStack()->count(), steps);
}

void TestReleaseDocument::indentOutdentAndReorder()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    ReleaseDocument &doc = *bench.document;
    const qint64 lint = bench.id(QStringLiteral("Lint"));
    const qint64 compile = bench.id(QStringLiteral("Compile"));

    QVERIFY(doc.indentItem(lint).ok());  // under Tests, last
    QCOMPARE(shape::of(bench.stored()).section(QStringLiteral(" | "), 0, 0),
        QStringLiteral("Build: Compile, Tests(Unit, Integration, Lint)"));
    QVERIFY(doc.outdentItem(lint).ok());  // back after Tests
    QCOMPARE(shape::of(bench.stored()), harbor);
    QVERIFY(!doc.indentItem(compile).ok());  // nothing above it
    QVERIFY(!doc.outdentItem(compile).ok()); // top level already
    QVERIFY(doc.moveItemBy(compile, +1).ok());
    QCOMPARE(shape::of(bench.stored()).section(QStringLiteral(" | "), 0, 0),
        QStringLiteral("Build: Tests(Unit, Integration), Compile, Lint"));
    // Dragged to another gate.
    const qint64 deploy = doc.release().gates.at(1).id;
    QVERIFY(doc.moveItem(compile, deploy, 0, 0).ok());
    QCOMPARE(shape::of(bench.stored()), QStringLiteral(
        "Build: Tests(Unit, Integration), Lint | Deploy: Compile, Smoke, Rollback | Docs: Guide"));
    QCOMPARE(doc.gateOfItem(compile)->id, deploy);
    // Every step undoes, back to the start.
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(shape::of(bench.stored()), harbor);
    QCOMPARE(shape::of(doc.release()), harbor);
}

void TestReleaseDocument::gateEditsAreUndoable()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    ReleaseDocument &doc = *bench.document;
    Result<qint64> added = doc.addGate(1, QStringLiteral("Security"));
    QVERIFY(added.ok());
    QVERIFY(doc.addItem(*added, 0, 0, QStringLiteral("Scan")).ok());
    QCOMPARE(shape::of(bench.stored()), QStringLiteral(
        "Build: Compile, Tests(Unit, Integration), Lint | Security: Scan | Deploy: Smoke, Rollback | Docs: Guide"));
    QVERIFY(doc.moveGate(*added, 3).ok());
    QVERIFY(doc.updateGate(*added, QStringLiteral("Security review"), QStringLiteral("CVE scan"), true).ok());
    QCOMPARE(bench.stored().gates.at(3).title, QStringLiteral("Security review"));
    QVERIFY(bench.stored().gates.at(3).requiresPrevious);
    QVERIFY(doc.removeGate(*added).ok());
    QCOMPARE(shape::of(bench.stored()), harbor);
    doc.undoStack()->undo();  // back, with its item
    QCOMPARE(bench.stored().gates.at(3).title, QStringLiteral("Security review"));
    QCOMPARE(shape::of(bench.stored().gates.at(3).items), QStringLiteral("Scan"));
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(shape::of(bench.stored()), harbor);
}

void TestReleaseDocument::bulkStatusIsOneUndoStep()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    ReleaseDocument &doc = *bench.document;
    const qint64 unit = bench.id(QStringLiteral("Unit"));
    const qint64 smoke = bench.id(QStringLiteral("Smoke"));
    const qint64 lint = bench.id(QStringLiteral("Lint"));
    const qint64 tests = bench.id(QStringLiteral("Tests"));
    // The group in the selection is skipped; Lint's reason goes with its status.
    QVERIFY(doc.setItemsStatus({ unit, smoke, lint, tests }, ItemStatus::Passed, QString()).ok());
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Set 3 items to Passed"));
    for (qint64 id : { unit, smoke, lint })
        QCOMPARE(findItem(bench.stored(), id)->status, ItemStatus::Passed);
    QCOMPARE(doc.readiness().leafDone, 6);
    doc.undoStack()->undo();
    QCOMPARE(findItem(bench.stored(), unit)->status, ItemStatus::NotStarted);
    QCOMPARE(findItem(bench.stored(), lint)->status, ItemStatus::Failed);
    QCOMPARE(findItem(bench.stored(), lint)->statusReason, QStringLiteral("3 errors"));
    QCOMPARE(doc.readiness().leafDone, 3);
    // All or nothing: a waiver without a reason refuses the whole change.
    QVERIFY(!doc.setItemsStatus({ unit, smoke }, ItemStatus::Waived, QString(), QDate::currentDate().addDays(3)).ok());
    QCOMPARE(findItem(bench.stored(), unit)->status, ItemStatus::NotStarted);
    QCOMPARE(doc.undoStack()->count(), 1);
}

QTEST_GUILESS_MAIN(TestReleaseDocument)
#include "tst_releasedocument.moc"
