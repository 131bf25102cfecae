// Changing the shape of a release (WorkspaceStructure.cpp): items and gates inserted, removed and
// moved with positions kept without gaps, removals refused where the record would lose evidence,
// an undone removal coming back under the same ids, bulk status changes all or nothing.

#include "StoreFixture.h"
#include "ReleaseShape.h"
#include "store/Workspace.h"

#include <QtTest>

using namespace gl;

namespace {

Release smallRelease()
{
    Release r;
    r.name = QStringLiteral("Shape");
    Gate a;
    a.title = QStringLiteral("A");
    a.items = { fixture::leaf(QStringLiteral("a1")), fixture::leaf(QStringLiteral("a2")), fixture::leaf(QStringLiteral("a3")) };
    Item group = fixture::leaf(QStringLiteral("g"));
    group.children = { fixture::leaf(QStringLiteral("g1"), ItemStatus::Passed), fixture::leaf(QStringLiteral("g2")) };
    a.items.push_back(group);
    Gate b;
    b.title = QStringLiteral("B");
    b.items = { fixture::leaf(QStringLiteral("b1")) };
    r.gates = { a, b };
    return r;
}

const Item *find(const std::vector<Item> &items, const QString &title)
{
    for (const Item &item : items) {
        if (item.title == title)
            return &item;
        if (const Item *below = find(item.children, title))
            return below;
    }
    return nullptr;
}

const Item *find(const Release &release, const QString &title)
{
    for (const Gate &gate : release.gates) {
        if (const Item *item = find(gate.items, title))
            return item;
    }
    return nullptr;
}

} // namespace

class TestWorkspaceStructure final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void insertItemsAtTheirPlace();
    void removeAndRestoreKeepsIds();
    void removalThatWouldLoseEvidenceIsRefused();
    void moveWithinAndAcrossGates();
    void impossibleMovesAreRefused();
    void gatesInsertMoveUpdateRemove();
    void bulkStatusIsAllOrNothing();
    void structureChangesAreAudited();
    void aGroupLeftEmptyStartsOver();
    void removedIdsAreNotGivenAgain();

private:
    qint64 id(const QString &title) const
    {
        Result<Release> r = m_ws->loadRelease(m_release);
        const Item *item = r ? find(*r, title) : nullptr;
        return item ? item->id : 0;
    }
    QString current() const { return shape::of(*m_ws->loadRelease(m_release)); }
    qint64 gate(int index) const { return m_ws->loadRelease(m_release)->gates.at(index).id; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_release = 0;
};

void TestWorkspaceStructure::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ws = fixture::openWorkspace(m_dir->filePath(QStringLiteral("ws.greenlight")));
    QVERIFY(m_ws);
    Result<qint64> created = m_ws->createRelease(smallRelease());
    QVERIFY2(created.ok(), qPrintable(created.message()));
    m_release = *created;
    QCOMPARE(current(), QStringLiteral("A: a1, a2, a3, g(g1, g2) | B: b1"));
}

void TestWorkspaceStructure::insertItemsAtTheirPlace()
{
    QVERIFY(m_ws->insertItem({ gate(0), 0, 0 }, fixture::leaf(QStringLiteral("first"))).ok());
    QVERIFY(m_ws->insertItem({ gate(0), 0, 2 }, fixture::leaf(QStringLiteral("middle"))).ok());
    QVERIFY(m_ws->insertItem({ gate(0), 0, 99 }, fixture::leaf(QStringLiteral("last"))).ok());
    QVERIFY(m_ws->insertItem({ gate(0), id(QStringLiteral("g")), 1 }, fixture::leaf(QStringLiteral("g1.5"))).ok());
    // Under a leaf: it becomes a group.
    QVERIFY(m_ws->insertItem({ gate(1), id(QStringLiteral("b1")), 0 }, fixture::leaf(QStringLiteral("b1.1"))).ok());
    QCOMPARE(current(), QStringLiteral("A: first, a1, middle, a2, a3, g(g1, g1.5, g2), last | B: b1(b1.1)"));

    Result<qint64> empty = m_ws->insertItem({ gate(0), 0, 0 }, fixture::leaf(QStringLiteral("  ")));
    QVERIFY(!empty.ok());
    QVERIFY2(empty.message().contains(QStringLiteral("title")), qPrintable(empty.message()));
    Result<qint64> wrongGate = m_ws->insertItem({ gate(1), id(QStringLiteral("g")), 0 }, fixture::leaf(QStringLiteral("x")));
    QVERIFY(!wrongGate.ok());
    QCOMPARE(current(), QStringLiteral("A: first, a1, middle, a2, a3, g(g1, g1.5, g2), last | B: b1(b1.1)"));
}

void TestWorkspaceStructure::removeAndRestoreKeepsIds()
{
    const Release before = *m_ws->loadRelease(m_release);
    const Item group = *find(before, QStringLiteral("g"));
    const Workspace::ItemPlace place = *m_ws->itemPlace(group.id);
    QCOMPARE(place.position, 3);

    QVERIFY(m_ws->removeItem(id(QStringLiteral("a2"))).ok());
    QVERIFY(m_ws->removeItem(group.id).ok());
    QCOMPARE(current(), QStringLiteral("A: a1, a3 | B: b1"));
    // Positions closed up: a3 is second now.
    QCOMPARE(m_ws->itemPlace(id(QStringLiteral("a3")))->position, 1);

    // Undo: back in place, same ids, statuses and sub-items as they were.
    const Item a2 = *find(before, QStringLiteral("a2"));
    QVERIFY(m_ws->insertItem({ place.gateId, 0, 2 }, group).ok());
    QVERIFY(m_ws->insertItem({ place.gateId, 0, 1 }, a2).ok());
    const Release after = *m_ws->loadRelease(m_release);
    QCOMPARE(shape::of(after), shape::of(before));
    QCOMPARE(find(after, QStringLiteral("g"))->id, group.id);
    QCOMPARE(find(after, QStringLiteral("g1"))->id, find(before, QStringLiteral("g1"))->id);
    QCOMPARE(find(after, QStringLiteral("g1"))->status, ItemStatus::Passed);
    QCOMPARE(find(after, QStringLiteral("a2"))->id, a2.id);
}

void TestWorkspaceStructure::removalThatWouldLoseEvidenceIsRefused()
{
    QVERIFY(m_ws->attachNote(id(QStringLiteral("g2")), QStringLiteral("checked by hand")).ok());
    const Result<void> refused = m_ws->removeItem(id(QStringLiteral("g")));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains(QStringLiteral("\u201cg2\u201d")), qPrintable(refused.message()));
    QVERIFY2(refused.message().contains(QStringLiteral("not applicable")), qPrintable(refused.message()));
    const Result<void> gateRefused = m_ws->removeGate(gate(0));
    QVERIFY(!gateRefused.ok());
    QCOMPARE(current(), QStringLiteral("A: a1, a2, a3, g(g1, g2) | B: b1"));
    // Nor may an item with evidence become a group.
    const Result<qint64> under = m_ws->insertItem({ gate(0), id(QStringLiteral("g2")), 0 }, fixture::leaf(QStringLiteral("x")));
    QVERIFY(!under.ok());
    QVERIFY2(under.message().contains(QStringLiteral("group")), qPrintable(under.message()));
    const Result<void> movedUnder = m_ws->moveItem(id(QStringLiteral("a1")), { gate(0), id(QStringLiteral("g2")), 0 });
    QVERIFY(!movedUnder.ok());
    QCOMPARE(current(), QStringLiteral("A: a1, a2, a3, g(g1, g2) | B: b1"));
}

void TestWorkspaceStructure::moveWithinAndAcrossGates()
{
    // Down, up, indent under the previous sibling, outdent, to another gate with its sub-items.
    QVERIFY(m_ws->moveItem(id(QStringLiteral("a1")), { gate(0), 0, 2 }).ok());
    QCOMPARE(current(), QStringLiteral("A: a2, a3, a1, g(g1, g2) | B: b1"));
    QVERIFY(m_ws->moveItem(id(QStringLiteral("a1")), { gate(0), 0, 0 }).ok());
    QCOMPARE(current(), QStringLiteral("A: a1, a2, a3, g(g1, g2) | B: b1"));
    QVERIFY(m_ws->moveItem(id(QStringLiteral("a2")), { gate(0), id(QStringLiteral("a1")), 0 }).ok());
    QCOMPARE(current(), QStringLiteral("A: a1(a2), a3, g(g1, g2) | B: b1"));
    QVERIFY(m_ws->moveItem(id(QStringLiteral("a2")), { gate(0), 0, 1 }).ok());
    QCOMPARE(current(), QStringLiteral("A: a1, a2, a3, g(g1, g2) | B: b1"));
    const qint64 g1 = id(QStringLiteral("g1"));
    QVERIFY(m_ws->moveItem(id(QStringLiteral("g")), { gate(1), 0, 0 }).ok());
    QCOMPARE(current(), QStringLiteral("A: a1, a2, a3 | B: g(g1, g2), b1"));
    // The sub-items went with it: they are the gate's now.
    QCOMPARE(m_ws->itemPlace(g1)->gateId, gate(1));
    // Moving to where it is changes nothing.
    const int auditRows = int(m_ws->audit(m_release)->size());
    QVERIFY(m_ws->moveItem(id(QStringLiteral("b1")), { gate(1), 0, 1 }).ok());
    QCOMPARE(int(m_ws->audit(m_release)->size()), auditRows);
}

void TestWorkspaceStructure::impossibleMovesAreRefused()
{
    const Result<void> intoItself = m_ws->moveItem(id(QStringLiteral("g")), { gate(0), id(QStringLiteral("g1")), 0 });
    QVERIFY(!intoItself.ok());
    QVERIFY2(intoItself.message().contains(QStringLiteral("under itself")), qPrintable(intoItself.message()));
    QVERIFY(!m_ws->moveItem(id(QStringLiteral("g")), { gate(0), id(QStringLiteral("g")), 0 }).ok());
    // Another release's gate.
    Result<qint64> other = m_ws->createRelease(smallRelease());
    QVERIFY(other.ok());
    const qint64 otherGate = m_ws->loadRelease(*other)->gates.at(0).id;
    QVERIFY(!m_ws->moveItem(id(QStringLiteral("a1")), { otherGate, 0, 0 }).ok());
    QCOMPARE(current(), QStringLiteral("A: a1, a2, a3, g(g1, g2) | B: b1"));
}

void TestWorkspaceStructure::gatesInsertMoveUpdateRemove()
{
    Gate c;
    c.title = QStringLiteral("C");
    c.items = { fixture::leaf(QStringLiteral("c1")) };
    Result<qint64> inserted = m_ws->insertGate(m_release, 1, c);
    QVERIFY2(inserted.ok(), qPrintable(inserted.message()));
    QCOMPARE(current(), QStringLiteral("A: a1, a2, a3, g(g1, g2) | C: c1 | B: b1"));
    QVERIFY(m_ws->moveGate(*inserted, 5).ok());
    QCOMPARE(current(), QStringLiteral("A: a1, a2, a3, g(g1, g2) | B: b1 | C: c1"));
    QVERIFY(m_ws->moveGate(*inserted, 0).ok());
    QCOMPARE(current(), QStringLiteral("C: c1 | A: a1, a2, a3, g(g1, g2) | B: b1"));
    QVERIFY(m_ws->updateGate(*inserted, QStringLiteral("Checks"), QStringLiteral("notes"), true).ok());
    const Gate stored = m_ws->loadRelease(m_release)->gates.at(0);
    QCOMPARE(stored.title, QStringLiteral("Checks"));
    QCOMPARE(stored.notes, QStringLiteral("notes"));
    QVERIFY(stored.requiresPrevious);
    QVERIFY(!m_ws->updateGate(*inserted, QStringLiteral(" "), QString(), false).ok());

    // Removed and restored with its items under the same ids.
    QVERIFY(m_ws->removeGate(stored.id).ok());
    QCOMPARE(current(), QStringLiteral("A: a1, a2, a3, g(g1, g2) | B: b1"));
    QVERIFY(m_ws->insertGate(m_release, 0, stored).ok());
    const Release after = *m_ws->loadRelease(m_release);
    QCOMPARE(after.gates.at(0).id, stored.id);
    QCOMPARE(after.gates.at(0).items.at(0).id, stored.items.at(0).id);
    QCOMPARE(shape::of(after), QStringLiteral("Checks: c1 | A: a1, a2, a3, g(g1, g2) | B: b1"));
}

void TestWorkspaceStructure::bulkStatusIsAllOrNothing()
{
    const qint64 a1 = id(QStringLiteral("a1"));
    const qint64 a2 = id(QStringLiteral("a2"));
    // The second change is refused (a waiver needs a reason): the first is not written either.
    const Result<void> refused = m_ws->setItemStatuses(
        { { a1, ItemStatus::Passed, QString(), QDate() }, { a2, ItemStatus::Waived, QString(), QDate() } });
    QVERIFY(!refused.ok());
    QCOMPARE(find(*m_ws->loadRelease(m_release), QStringLiteral("a1"))->status, ItemStatus::NotStarted);
    QVERIFY(m_ws->setItemStatuses({ { a1, ItemStatus::Passed, QString(), QDate() },
                                      { a2, ItemStatus::Failed, QStringLiteral("exit 1"), QDate() } })
                .ok());
    const Release after = *m_ws->loadRelease(m_release);
    QCOMPARE(find(after, QStringLiteral("a1"))->status, ItemStatus::Passed);
    QCOMPARE(find(after, QStringLiteral("a2"))->status, ItemStatus::Failed);
    QCOMPARE(find(after, QStringLiteral("a2"))->statusReason, QStringLiteral("exit 1"));
}

void TestWorkspaceStructure::structureChangesAreAudited()
{
    const qint64 a1 = id(QStringLiteral("a1"));
    QVERIFY(m_ws->moveItem(a1, { gate(1), 0, 1 }).ok());
    QVERIFY(m_ws->removeItem(a1).ok());
    const std::vector<AuditEntry> rows = *m_ws->audit(m_release, 2);
    QCOMPARE(rows.size(), size_t(2));
    // Newest first.
    QCOMPARE(rows.at(0).action, QStringLiteral("remove"));
    QCOMPARE(rows.at(0).entityId, a1);
    QVERIFY2(rows.at(0).before.contains(QStringLiteral("\"title\":\"a1\"")), qPrintable(rows.at(0).before));
    QCOMPARE(rows.at(1).action, QStringLiteral("move"));
    QVERIFY2(rows.at(1).after.contains(QStringLiteral("\"position\":1")), qPrintable(rows.at(1).after));
    QVERIFY(m_ws->verifyAuditChain()->rows > 0);
}

// An import may store Passed on a checked group whose items are not all done; the group shows its
// items' status meanwhile. When its last item leaves, it is a leaf again and must not count as
// Passed on that old word: it starts Not started, with an audit row saying so.
void TestWorkspaceStructure::aGroupLeftEmptyStartsOver()
{
    Release r = smallRelease();
    r.name = QStringLiteral("Groups");
    r.gates.at(0).items.at(3).status = ItemStatus::Passed;  // the group "g", as an import may store it
    const qint64 release = *m_ws->createRelease(r);
    const Release loaded = *m_ws->loadRelease(release);
    const Item &group = loaded.gates.at(0).items.at(3);
    QCOMPARE(group.status, ItemStatus::Passed);
    QVERIFY(m_ws->moveItem(group.children.at(0).id, { loaded.gates.at(0).id, 0, 0 }).ok());
    QCOMPARE(m_ws->loadRelease(release)->gates.at(0).items.at(4).status, ItemStatus::Passed);  // still a group
    QVERIFY(m_ws->removeItem(group.children.at(1).id).ok());
    const Item leaf = m_ws->loadRelease(release)->gates.at(0).items.at(4);
    QVERIFY(!leaf.isGroup());
    QCOMPARE(leaf.status, ItemStatus::NotStarted);
    QCOMPARE(m_ws->audit(release, 2)->at(1).action, QStringLiteral("status"));
}

// The newest item and gate removed: the next ones get new ids, so the audit history of an id is
// one item's and one gate's only.
void TestWorkspaceStructure::removedIdsAreNotGivenAgain()
{
    const Release before = *m_ws->loadRelease(m_release);
    qint64 highest = 0;
    for (const Gate &g : before.gates)
        forEachItem(g.items, [&highest](const Item &i) { highest = std::max(highest, i.id); });
    QCOMPARE(id(QStringLiteral("b1")), highest);  // the last item written
    QVERIFY(m_ws->removeItem(highest).ok());
    const Result<qint64> added = m_ws->insertItem({ gate(1), 0, 0 }, fixture::leaf(QStringLiteral("b2")));
    QVERIFY(added.ok());
    QVERIFY2(*added > highest, qPrintable(QStringLiteral("%1 after %2").arg(*added).arg(highest)));
    const qint64 lastGate = gate(1);
    QVERIFY(m_ws->removeItem(*added).ok());
    QVERIFY(m_ws->removeGate(lastGate).ok());
    Gate again;
    again.title = QStringLiteral("B again");
    const Result<qint64> gateAgain = m_ws->insertGate(m_release, 5, again);
    QVERIFY(gateAgain.ok());
    QVERIFY(*gateAgain > lastGate);
}

QTEST_GUILESS_MAIN(TestWorkspaceStructure)
#include "tst_workspacestructure.moc"
