// CommandRunner ends whole process trees: grandchildren do not survive a cancel, a timeout or the
// runner's destruction; a tree that ignores SIGTERM dies by SIGKILL after the grace period; what a
// passing command leaves in the background ends with it. Every check reads /proc directly.

#include "RunnerFixture.h"

#include <QTemporaryDir>

#include <csignal>
#include <memory>

using namespace gl;
using fixture::aliveInGroup;
using fixture::Collected;
using fixture::isAlive;
using fixture::pidsIn;
using fixture::request;

namespace {

// Two sleeping grandchildren whose pids are printed, under a shell that waits for them.
const QString twoGrandchildren = QStringLiteral("sleep 300 & echo $!; sleep 300 & echo $!; wait");
// A grandchild that ignores SIGTERM, under a shell that does not. Its pid is printed only once the
// trap is set, or a quick SIGTERM could end it before it starts ignoring and hide a missing SIGKILL.
const QString stubbornGrandchild = QStringLiteral(
    "rm -f g.ready; (trap '' TERM; touch g.ready; exec sleep 300) & "
    "while [ ! -e g.ready ]; do sleep 0.01; done; echo $!; wait");
// Nothing in this tree reacts to SIGTERM.
const QString stubbornTree = QStringLiteral("trap '' TERM; sleep 300 & echo $!; wait");

enum class Ending { Cancel, Timeout, Destruction };

} // namespace

Q_DECLARE_METATYPE(Ending)

class TestCommandRunnerTree final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nothingSurvives_data();
    void nothingSurvives();
    void leftoversOfAPassingCommandEnd();
    void cancelBeforeTheFirstCommandStarts();
    void cancelBetweenStartAndExec();

private:
    QTemporaryDir m_dir;
};

void TestCommandRunnerTree::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCommandRunnerTree::nothingSurvives_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<Ending>("ending");
    QTest::addColumn<bool>("ignoresTerm");  // then the end must wait for the grace period and SIGKILL
    QTest::addColumn<int>("children");      // pids the script prints
    QTest::newRow("grandchildren, cancel") << twoGrandchildren << Ending::Cancel << false << 2;
    QTest::newRow("grandchildren, timeout") << twoGrandchildren << Ending::Timeout << false << 2;
    QTest::newRow("grandchildren, destruction") << twoGrandchildren << Ending::Destruction << false << 2;
    QTest::newRow("stubborn grandchild, cancel") << stubbornGrandchild << Ending::Cancel << true << 1;
    QTest::newRow("stubborn grandchild, timeout") << stubbornGrandchild << Ending::Timeout << true << 1;
    QTest::newRow("stubborn grandchild, destruction") << stubbornGrandchild << Ending::Destruction << true << 1;
    QTest::newRow("stubborn tree, cancel") << stubbornTree << Ending::Cancel << true << 1;
    QTest::newRow("stubborn tree, timeout") << stubbornTree << Ending::Timeout << true << 1;
    QTest::newRow("stubborn tree, destruction") << stubbornTree << Ending::Destruction << true << 1;
}

void TestCommandRunnerTree::nothingSurvives()
{
    QFETCH(QString, script);
    QFETCH(Ending, ending);
    QFETCH(bool, ignoresTerm);
    QFETCH(int, children);
    const int grace = 400;
    const int timeout = 700;
    RunRequest r = request({ script }, m_dir.path());
    r.grace = std::chrono::milliseconds(grace);
    if (ending == Ending::Timeout)
        r.timeout = std::chrono::milliseconds(timeout);

    auto runner = std::make_unique<CommandRunner>();
    Collected seen;
    fixture::collect(*runner, seen);
    QSignalSpy finished(runner.get(), &CommandRunner::finished);
    QVERIFY(runner->start(r));
    QTRY_COMPARE(pidsIn(seen.out).size(), children);
    const QList<qint64> grandchildren = pidsIn(seen.out);
    QCOMPARE(seen.groups.size(), 1);
    const qint64 group = seen.groups.constFirst();
    // The check below could fail: the tree is there, in the group, before we end it.
    QTRY_COMPARE(aliveInGroup(group).size(), grandchildren.size() + 1);
    for (qint64 pid : grandchildren)
        QCOMPARE(fixture::procStat(pid).group, group);

    QElapsedTimer clock;
    clock.start();
    switch (ending) {
    case Ending::Cancel:
        runner->cancel();
        QVERIFY(finished.wait(10000));
        break;
    case Ending::Timeout:
        QVERIFY(finished.wait(10000));
        break;
    case Ending::Destruction:
        runner.reset();
        QVERIFY(finished.isEmpty());  // a destroyed runner reports nothing
        break;
    }
    const qint64 elapsed = clock.elapsed();
    // Checked at once: the promise is that nothing is left when finished() arrives (or the
    // destructor returns), not some time later.
    QCOMPARE(aliveInGroup(group), QList<qint64>());
    for (qint64 pid : grandchildren)
        QVERIFY2(!isAlive(pid), qPrintable(QString::number(pid)));
    if (ignoresTerm && ending != Ending::Timeout)
        QVERIFY2(elapsed >= grace, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));

    if (ending == Ending::Destruction)
        return;
    const RunResult result = finished.constFirst().constFirst().value<RunResult>();
    if (ending == Ending::Cancel) {
        QCOMPARE(result.verdict, Verdict::Cancelled);
        QCOMPARE(result.reason, QStringLiteral("cancelled"));
    } else {
        QCOMPARE(result.verdict, Verdict::Failed);
        QCOMPARE(result.reason, QStringLiteral("timed out after 0.7 s"));
        QVERIFY(result.durationMs >= timeout);
    }
    QCOMPARE(result.exitCode.has_value(), false);
    // A shell that ignores TERM is ended by KILL; one that does not, by TERM.
    const bool leaderIgnoresTerm = script == stubbornTree;
    QCOMPARE(result.signalNumber, std::optional<int>(leaderIgnoresTerm ? SIGKILL : SIGTERM));
    QCOMPARE(result.log, seen.out);
}

void TestCommandRunnerTree::leftoversOfAPassingCommandEnd()
{
    const int grace = 300;
    RunRequest r = request({ QStringLiteral("sleep 300 & echo $!"),
        QStringLiteral("rm -f l.ready; (trap '' TERM; touch l.ready; exec sleep 300) & "
                       "while [ ! -e l.ready ]; do sleep 0.01; done; echo $!") }, m_dir.path());
    r.grace = std::chrono::milliseconds(grace);
    CommandRunner runner;
    Collected seen;
    fixture::collect(runner, seen);
    QElapsedTimer clock;
    clock.start();
    const RunResult result = fixture::runToEnd(runner, r);
    QCOMPARE(result.verdict, Verdict::Passed);
    QCOMPARE(result.commandsRun, 2);
    const QList<qint64> left = pidsIn(result.log);
    QCOMPARE(left.size(), 2);
    for (qint64 pid : left)
        QVERIFY2(!isAlive(pid), qPrintable(QString::number(pid)));
    for (qint64 group : seen.groups)
        QCOMPARE(aliveInGroup(group), QList<qint64>());
    // The second leftover ignored SIGTERM, so it took the grace period and a SIGKILL.
    QVERIFY(clock.elapsed() >= grace);
}

void TestCommandRunnerTree::cancelBeforeTheFirstCommandStarts()
{
    CommandRunner runner;
    Collected seen;
    fixture::collect(runner, seen);
    QSignalSpy finished(&runner, &CommandRunner::finished);
    QVERIFY(runner.start(request({ QStringLiteral("touch MARK") }, m_dir.path())));
    runner.cancel();
    QVERIFY(finished.wait(5000));
    const RunResult result = finished.constFirst().constFirst().value<RunResult>();
    QCOMPARE(result.verdict, Verdict::Cancelled);
    QCOMPARE(result.commandsRun, 0);
    QVERIFY(seen.groups.isEmpty());
    QTest::qWait(100);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("MARK"))));
    QCOMPARE(finished.size(), 1);
}

void TestCommandRunnerTree::cancelBetweenStartAndExec()
{
    // Cancel as soon as the first command has been forked, before its exec is confirmed: the
    // SIGTERM must wait for the group to exist rather than be lost.
    RunRequest r = request({ QStringLiteral("sleep 300") }, m_dir.path());
    r.grace = std::chrono::milliseconds(300);
    CommandRunner runner;
    Collected seen;
    fixture::collect(runner, seen);
    QSignalSpy finished(&runner, &CommandRunner::finished);
    QVERIFY(runner.start(r));
    QTest::qWait(0);  // lets the queued first command start
    runner.cancel();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.constFirst().constFirst().value<RunResult>().verdict, Verdict::Cancelled);
    for (qint64 group : seen.groups)
        QCOMPARE(aliveInGroup(group), QList<qint64>());
}

QTEST_GUILESS_MAIN(TestCommandRunnerTree)
#include "tst_commandrunnertree.moc"
