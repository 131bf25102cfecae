// ImportJob: a checklist is parsed on a worker thread and the result arrives on the thread that
// asked, with refusals as values; a newer request supersedes an older one.

#include "itemmodels/ImportJob.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace gl;

class TestImportJob : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesOffTheCallingThread();
    void refusalArrivesAsAValue();
    void newerRequestWins();
    void destroyedWhileRunning();
};

namespace {
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(bytes);
    return file.fileName();
}
} // namespace

void TestImportJob::parsesOffTheCallingThread()
{
    ImportJob job;
    QSignalSpy started(&job, &ImportJob::started);
    QSignalSpy finished(&job, &ImportJob::finished);
    QThread *finishedOn = nullptr;
    connect(&job, &ImportJob::finished, this, [&finishedOn] { finishedOn = QThread::currentThread(); });
    job.start(QStringLiteral(GREENLIGHT_TEST_DATA "/staging-deployment-checklist.md"));
    QCOMPARE(started.count(), 1);
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finishedOn, QThread::currentThread());
    QVERIFY(!job.isRunning());
    QVERIFY(job.result().has_value());
    QVERIFY2(job.result()->ok(), qPrintable(job.result()->message()));
    const Release &release = job.result()->value().release;
    QVERIFY(release.gates.size() >= 3);
    QCOMPARE(release.metrics.size(), size_t(7));
    QCOMPARE(release.criteria.size(), size_t(12));
}

void TestImportJob::refusalArrivesAsAValue()
{
    QTemporaryDir dir;
    const QString empty = writeFile(dir, QStringLiteral("empty.md"), QByteArray());
    ImportJob job;
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start(empty);
    QVERIFY(finished.wait(10000));
    QVERIFY(!job.result()->ok());
    QVERIFY(job.result()->message().contains(QStringLiteral("empty.md")));

    job.start(dir.filePath(QStringLiteral("missing.md")));
    QVERIFY(finished.wait(10000));
    QVERIFY(!job.result()->ok());
}

void TestImportJob::newerRequestWins()
{
    QTemporaryDir dir;
    const QString one = writeFile(dir, QStringLiteral("one.md"), "# One\n\n## Gate A\n\n- [ ] first\n");
    const QString two = writeFile(dir, QStringLiteral("two.md"), "# Two\n\n## Gate B\n\n- [x] second\n- [ ] third\n");
    ImportJob job;
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start(one);
    job.start(two);
    QVERIFY(finished.wait(10000));
    QTest::qWait(50);   // the superseded parse must not report late
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job.path(), two);
    QVERIFY2(job.result()->ok(), qPrintable(job.result()->message()));
    QCOMPARE(job.result()->value().release.gates.at(0).items.size(), size_t(2));
}

void TestImportJob::destroyedWhileRunning()
{
    auto job = std::make_unique<ImportJob>();
    job->start(QStringLiteral(GREENLIGHT_TEST_DATA "/staging-readiness-checklist.md"));
    job.reset();   // waits for the worker; must not crash or leak a running thread
    QVERIFY(true);
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
