// ProcessGroup: lists exactly the live members of a real group (zombies excluded), signals all of
// them at once, and refuses the ids that would signal our own group or every process.

#include "execution/ProcessGroup.h"

#include <QProcess>
#include <QtTest>

#include <csignal>
#include <unistd.h>

using namespace gl;

namespace {

// A process in its own session, as CommandRunner starts them.
void startInOwnGroup(QProcess &process, const QString &script)
{
    process.setProgram(QStringLiteral("/bin/sh"));
    process.setArguments({ QStringLiteral("-c"), script });
    process.setChildProcessModifier([] { ::setsid(); });
    process.start();
}

} // namespace

class TestProcessGroup final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refusesIdsThatWouldHitUs_data();
    void refusesIdsThatWouldHitUs();
    void listsAndSignalsTheWholeTree();
    void zombiesDoNotCount();
    void anEndedGroupIsEmpty();
};

void TestProcessGroup::refusesIdsThatWouldHitUs_data()
{
    QTest::addColumn<qint64>("id");
    QTest::newRow("zero: our own group") << qint64(0);
    QTest::newRow("one: every process") << qint64(1);
    QTest::newRow("negative") << qint64(-42);
}

void TestProcessGroup::refusesIdsThatWouldHitUs()
{
    QFETCH(qint64, id);
    const ProcessGroup group(id);
    QVERIFY(!group.isValid());
    // SIGCONT is harmless even if the guard failed, yet kill() would report success: the check is real.
    QVERIFY(!group.signal(SIGCONT));
    QVERIFY(group.liveMembers().isEmpty());
}

void TestProcessGroup::listsAndSignalsTheWholeTree()
{
    QProcess process;
    startInOwnGroup(process, QStringLiteral("sleep 30 & sleep 30 & wait"));
    QVERIFY(process.waitForStarted());
    const ProcessGroup group(process.processId());
    QVERIFY(group.isValid());
    QTRY_COMPARE(group.liveMembers().size(), 3);
    QVERIFY(group.liveMembers().contains(process.processId()));
    QVERIFY(!group.liveMembers().contains(qint64(::getpid())));
    QVERIFY(group.signal(SIGKILL));
    QVERIFY(process.waitForFinished());
    QTRY_VERIFY(group.isEmpty());
}

void TestProcessGroup::zombiesDoNotCount()
{
    // After exec, `sleep 30` is the parent of the short sleep and never reaps it: a zombie in the group.
    QProcess process;
    startInOwnGroup(process, QStringLiteral("sleep 0.05 & exec sleep 30"));
    QVERIFY(process.waitForStarted());
    const ProcessGroup group(process.processId());
    QTest::qWait(300);
    QCOMPARE(group.liveMembers(), QList<qint64> { process.processId() });
    process.kill();
    QVERIFY(process.waitForFinished());
}

void TestProcessGroup::anEndedGroupIsEmpty()
{
    QProcess process;
    startInOwnGroup(process, QStringLiteral("exit 0"));
    QVERIFY(process.waitForFinished());
    const ProcessGroup group(process.processId());
    QVERIFY(group.isEmpty());
    QVERIFY(!group.signal(0));
}

QTEST_GUILESS_MAIN(TestProcessGroup)
#include "tst_processgroup.moc"
