// RunQueue with real child processes: gate order, the parallel limit, the gate check, cancel.

#include "execution/RunQueue.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace gl;

namespace {

RunJob job(qint64 id, const QString &command, const QString &folder)
{
    RunJob j;
    j.itemId = id;
    j.title = QStringLiteral("item %1").arg(id);
    j.request.commands = { command };
    j.request.workingDirectory = folder;
    j.request.grace = std::chrono::milliseconds(300);
    return j;
}

// Everything the queue said, in order.
struct Trace {
    QList<qint64> started;
    QList<qint64> finished;
    QHash<qint64, Verdict> verdicts;
    int running = 0;
    int maxRunning = 0;
    QStringList blocked;
};

void trace(RunQueue &queue, Trace &t)
{
    QObject::connect(&queue, &RunQueue::jobStarted, &queue, [&t](qint64 id, const QString &) {
        t.started.append(id);
        t.maxRunning = qMax(t.maxRunning, ++t.running);
    });
    QObject::connect(&queue, &RunQueue::jobFinished, &queue, [&t](qint64 id, const QString &, const RunResult &r) {
        --t.running;
        t.finished.append(id);
        t.verdicts.insert(id, r.verdict);
    });
    QObject::connect(&queue, &RunQueue::stageBlocked, &queue,
        [&t](const RunStage &stage, const QString &reason) { t.blocked.append(stage.title + u':' + reason); });
}

bool runToEnd(RunQueue &queue, std::vector<RunStage> stages, int waitMs = 20000)
{
    QSignalSpy done(&queue, &RunQueue::finished);
    if (!queue.start(std::move(stages)))
        return false;
    return done.wait(waitMs) && done.size() == 1;
}

} // namespace

class TestRunQueue final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void parallelLimitInsideAGate();
    void gatesRunOneAfterTheOther();
    void gateCheckBlocksARequiringGate();
    void cancelEndsRunningAndStartsNothingMore();
    void emptyPlanFinishes();
    void destroyingEndsEveryTreeInOneGracePeriod();

private:
    QTemporaryDir m_dir;
};

void TestRunQueue::parallelLimitInsideAGate()
{
    RunQueue queue;
    queue.setParallelism(2);
    Trace t;
    trace(queue, t);
    RunStage stage;
    stage.title = QStringLiteral("Build");
    for (qint64 id = 1; id <= 5; ++id)
        stage.jobs.push_back(job(id, QStringLiteral("sleep 0.2"), m_dir.path()));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(runToEnd(queue, { stage }));
    QCOMPARE(t.started, (QList<qint64> { 1, 2, 3, 4, 5 }));
    QCOMPARE(t.finished.size(), 5);
    QCOMPARE(t.maxRunning, 2);
    for (qint64 id = 1; id <= 5; ++id)
        QCOMPARE(t.verdicts.value(id), Verdict::Passed);
    // Three waves of 0.2 s: parallel, yet never more than two at once.
    QVERIFY2(clock.elapsed() >= 550, qPrintable(QString::number(clock.elapsed())));
}

void TestRunQueue::gatesRunOneAfterTheOther()
{
    RunQueue queue;
    queue.setParallelism(4);
    Trace t;
    trace(queue, t);
    RunStage first;
    first.title = QStringLiteral("First");
    first.jobs.push_back(job(1, QStringLiteral("sh -c 'sleep 0.2; touch one'"), m_dir.path()));
    first.jobs.push_back(job(2, QStringLiteral("sh -c 'sleep 0.1; touch two'"), m_dir.path()));
    RunStage second;
    second.title = QStringLiteral("Second");
    // Passes only if both items of the first gate have finished before it starts.
    second.jobs.push_back(job(3, QStringLiteral("ls one two"), m_dir.path()));
    QVERIFY(runToEnd(queue, { first, second }));
    QCOMPARE(t.started.last(), 3);
    QCOMPARE(t.verdicts.value(3), Verdict::Passed);
    QCOMPARE(t.maxRunning, 2);
}

void TestRunQueue::gateCheckBlocksARequiringGate()
{
    RunQueue queue;
    Trace t;
    trace(queue, t);
    int checks = 0;
    bool firstDoneWhenChecked = false;
    queue.setGateCheck([&](const RunStage &stage) {
        ++checks;
        firstDoneWhenChecked = t.finished.contains(1);
        return stage.title == QLatin1String("Deploy") ? QStringLiteral("tests are not complete") : QString();
    });
    RunStage tests;
    tests.title = QStringLiteral("Tests");
    tests.jobs.push_back(job(1, QStringLiteral("sh -c 'exit 1'"), m_dir.path()));
    RunStage deploy;
    deploy.title = QStringLiteral("Deploy");
    deploy.requiresPrevious = true;
    deploy.jobs.push_back(job(2, QStringLiteral("touch deployed"), m_dir.path()));
    RunStage report;
    report.title = QStringLiteral("Report");  // does not require the previous gate: still runs
    report.jobs.push_back(job(3, QStringLiteral("true"), m_dir.path()));
    QVERIFY(runToEnd(queue, { tests, deploy, report }));
    QCOMPARE(checks, 1);
    QVERIFY(firstDoneWhenChecked);
    QCOMPARE(t.blocked, QStringList { QStringLiteral("Deploy:tests are not complete") });
    QCOMPARE(t.started, (QList<qint64> { 1, 3 }));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("deployed"))));
    QCOMPARE(t.verdicts.value(1), Verdict::Failed);
}

void TestRunQueue::cancelEndsRunningAndStartsNothingMore()
{
    RunQueue queue;
    queue.setParallelism(1);
    Trace t;
    trace(queue, t);
    RunStage stage;
    stage.title = QStringLiteral("Slow");
    for (qint64 id = 1; id <= 3; ++id)
        stage.jobs.push_back(job(id, QStringLiteral("sleep 30"), m_dir.path()));
    connect(&queue, &RunQueue::jobStarted, &queue, [&queue] {
        QTimer::singleShot(100, &queue, &RunQueue::cancel);
    });
    QElapsedTimer clock;
    clock.start();
    QVERIFY(runToEnd(queue, { stage }));
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(t.started, QList<qint64> { 1 });
    QCOMPARE(t.verdicts.value(1), Verdict::Cancelled);
    QVERIFY(queue.wasCancelled());
    QVERIFY(!queue.isRunning());
}

void TestRunQueue::emptyPlanFinishes()
{
    RunQueue queue;
    Trace t;
    trace(queue, t);
    QVERIFY(runToEnd(queue, {}));
    QVERIFY(t.started.isEmpty());
    QVERIFY(runToEnd(queue, { RunStage {} }));  // and again: the queue is reusable
}

void TestRunQueue::destroyingEndsEveryTreeInOneGracePeriod()
{
    // Three commands that ignore SIGTERM: the grace periods must run together, not one after another.
    QElapsedTimer clock;
    {
        RunQueue queue;
        queue.setParallelism(3);
        RunStage stage;
        stage.title = QStringLiteral("Stubborn");
        for (qint64 id = 1; id <= 3; ++id) {
            RunJob j = job(id, QStringLiteral("sh -c 'trap \"\" TERM; sleep 30; sleep 30'"), m_dir.path());
            j.request.grace = std::chrono::milliseconds(600);
            stage.jobs.push_back(j);
        }
        int started = 0;
        connect(&queue, &RunQueue::jobStarted, &queue, [&started] { ++started; });
        QVERIFY(queue.start({ stage }));
        QVERIFY(QTest::qWaitFor([&] { return started == 3; }, 5000));
        QTest::qWait(300);  // let each shell set its trap
        clock.start();
    }
    const qint64 took = clock.elapsed();
    QVERIFY2(took < 1500, qPrintable(QStringLiteral("ending three trees took %1 ms").arg(took)));
    QVERIFY2(took >= 550, "the grace period must still be given");
}

QTEST_GUILESS_MAIN(TestRunQueue)
#include "tst_runqueue.moc"
