// RunSession against a real workspace file and real child processes: what a run records (runs,
// logs as evidence, statuses, blocked items), what it refuses before anything runs, trust, secrets.

#include "domain/Sha256.h"
#include "domain/Trust.h"
#include "HttpTestServer.h"
#include "execution/RunSession.h"
#include "store/Workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace gl;

namespace {

Item leaf(const QString &title, const QStringList &commands)
{
    Item item;
    item.title = title;
    item.commands = commands;
    return item;
}

const Item *byTitle(const Release &release, const QString &title)
{
    const Item *found = nullptr;
    for (const Gate &gate : release.gates)
        forEachItem(gate.items, [&](const Item &item) { if (item.title == title) found = &item; });
    return found;
}

} // namespace

class TestRunSession final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void recordsRunsLogsAndStatuses();
    void requiringGateIsBlockedWhileThePreviousIsIncomplete();
    void refusalsBeforeAnythingRuns_data();
    void refusalsBeforeAnythingRuns();
    void importedCommandsNeedApprovalAndAgainAfterAChange();
    void envFileValuesReachCommandsAndSecretsAreMasked();
    void selectionByGateAndItem();
    void cancelAtAnyMomentFinishes();
    void probesRunAndTheirResultIsEvidence();

private:
    // Two gates: "Build" (one passing, one failing item, one manual item) and "Deploy", which
    // requires Build. Every command writes a marker file into the working folder.
    qint64 createRelease(bool imported = false);
    RunSummary runToEnd(RunSession &session);
    QString folder() const { return m_dir.filePath(QStringLiteral("work")); }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestRunSession::init()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(folder()));
    auto opened = Workspace::open(m_dir.filePath(QStringLiteral("w.greenlight")));
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    m_ws = std::move(*opened);
}

void TestRunSession::cleanup()
{
    m_ws.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("w.greenlight")));
    QDir(folder()).removeRecursively();
}

qint64 TestRunSession::createRelease(bool imported)
{
    Release r;
    r.name = QStringLiteral("R%1").arg(QDateTime::currentMSecsSinceEpoch());
    r.run.workingFolder = folder();
    r.run.timeoutSeconds = 20;
    Gate build;
    build.title = QStringLiteral("Build");
    build.items.push_back(leaf(QStringLiteral("Compile"), { QStringLiteral("sh -c 'echo compiled; touch compiled'") }));
    build.items.push_back(leaf(QStringLiteral("Unit tests"), { QStringLiteral("sh -c 'echo 2 failures >&2; exit 3'") }));
    build.items.push_back(leaf(QStringLiteral("Manual review"), {}));
    Gate deploy;
    deploy.title = QStringLiteral("Deploy");
    deploy.requiresPrevious = true;
    deploy.items.push_back(leaf(QStringLiteral("Ship"), { QStringLiteral("touch shipped") }));
    r.gates = { build, deploy };
    for (Gate &g : r.gates)
        forEachItem(g.items, [&](Item &i) { i.commandsImported = imported && !i.commands.isEmpty(); });
    const Result<qint64> id = m_ws->createRelease(r);
    if (!id)
        qWarning("%s", qPrintable(id.message()));
    return id.ok() ? *id : 0;
}

RunSummary TestRunSession::runToEnd(RunSession &session)
{
    QSignalSpy done(&session, &RunSession::finished);
    if (!session.start()) {
        qWarning("session refused to start");
        return {};
    }
    if (!done.wait(30000))
        return {};
    return done.constFirst().constFirst().value<RunSummary>();
}

void TestRunSession::recordsRunsLogsAndStatuses()
{
    const qint64 id = createRelease();
    QVERIFY(id);
    RunSession session(*m_ws, id);
    RunOptions options;
    options.gateId = m_ws->loadRelease(id)->gates.at(0).id;
    QVERIFY(session.prepare(options).ok());
    QCOMPARE(session.plannedCount(), 2);  // the manual item has nothing to run
    QSignalSpy finishedItems(&session, &RunSession::itemFinished);
    const RunSummary summary = runToEnd(session);
    QCOMPARE(summary.passed, 1);
    QCOMPARE(summary.failed, 1);
    QVERIFY(!summary.allPassed());
    QCOMPARE(finishedItems.size(), 2);

    const Release after = *m_ws->loadRelease(id);
    const Item *compile = byTitle(after, QStringLiteral("Compile"));
    const Item *tests = byTitle(after, QStringLiteral("Unit tests"));
    QCOMPARE(compile->status, ItemStatus::Passed);
    QCOMPARE(tests->status, ItemStatus::Failed);
    QCOMPARE(tests->statusReason, QStringLiteral("exited with code 3"));
    QCOMPARE(byTitle(after, QStringLiteral("Manual review"))->status, ItemStatus::NotStarted);
    QVERIFY(QFile::exists(QDir(folder()).filePath(QStringLiteral("compiled"))));

    QCOMPARE(tests->runs.size(), size_t(1));
    const RunRecord &run = tests->runs.front();
    QCOMPARE(run.verdict, Verdict::Failed);
    QCOMPARE(run.exitCode, std::optional<int>(3));
    QCOMPARE(run.workingDirectory, folder());
    QVERIFY(run.startedAt.isValid() && run.finishedAt >= run.startedAt);
    QVERIFY(!run.ranBy.isEmpty());
    QVERIFY(!run.host.isEmpty());
    const Result<QByteArray> log = m_ws->evidenceContent(run.evidenceId);
    QVERIFY2(log.ok(), qPrintable(log.message()));
    QCOMPARE(*log, QByteArray("2 failures\n"));
    QCOMPARE(run.logSha256, Sha256::hex(*log));
}

void TestRunSession::requiringGateIsBlockedWhileThePreviousIsIncomplete()
{
    const qint64 id = createRelease();
    RunSession session(*m_ws, id);
    QVERIFY(session.prepare({}).ok());
    QSignalSpy blocked(&session, &RunSession::itemsBlocked);
    const RunSummary summary = runToEnd(session);
    QCOMPARE(summary.blocked, 1);
    QCOMPARE(blocked.size(), 1);
    QVERIFY(!QFile::exists(QDir(folder()).filePath(QStringLiteral("shipped"))));
    const Release after = *m_ws->loadRelease(id);
    const Item *ship = byTitle(after, QStringLiteral("Ship"));
    QCOMPARE(ship->status, ItemStatus::Blocked);
    QVERIFY2(ship->statusReason.contains(QStringLiteral("Build")), qPrintable(ship->statusReason));
    QVERIFY(ship->runs.empty());

    // Once Build is complete, Deploy runs.
    for (const char *title : { "Unit tests", "Manual review" })
        QVERIFY(m_ws->setItemStatus(byTitle(after, QString::fromLatin1(title))->id, ItemStatus::Passed, QString()).ok());
    RunSession again(*m_ws, id);
    RunOptions options;
    options.gateId = after.gates.at(1).id;
    QVERIFY(again.prepare(options).ok());
    const RunSummary second = runToEnd(again);
    QCOMPARE(second.passed, 1);
    QCOMPARE(second.blocked, 0);
    QVERIFY(QFile::exists(QDir(folder()).filePath(QStringLiteral("shipped"))));
}

void TestRunSession::refusalsBeforeAnythingRuns_data()
{
    QTest::addColumn<QString>("case_");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no working folder") << "nofolder" << "has no working folder";
    QTest::newRow("missing working folder") << "gonefolder" << "does not exist";
    QTest::newRow("missing env file") << "noenv" << "missing.env";
    QTest::newRow("malformed env file") << "badenv" << "bad.env, line 2";
    QTest::newRow("item with nothing to run") << "manual" << "has no commands or probe";
}

void TestRunSession::refusalsBeforeAnythingRuns()
{
    QFETCH(QString, case_);
    QFETCH(QString, expected);
    const qint64 id = createRelease();
    Release release = *m_ws->loadRelease(id);
    RunSettings settings = release.run;
    RunOptions options;
    if (case_ == QLatin1String("nofolder"))
        settings.workingFolder.clear();
    else if (case_ == QLatin1String("gonefolder"))
        settings.workingFolder = m_dir.filePath(QStringLiteral("gone"));
    else if (case_ == QLatin1String("noenv"))
        settings.envFile = QStringLiteral("missing.env");
    else if (case_ == QLatin1String("badenv")) {
        QFile f(QDir(folder()).filePath(QStringLiteral("bad.env")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("GOOD=1\nthis is not a variable\n");
        f.close();
        settings.envFile = QStringLiteral("bad.env");
    } else if (case_ == QLatin1String("manual"))
        options.itemIds = { byTitle(release, QStringLiteral("Manual review"))->id };
    QVERIFY(m_ws->setRunSettings(id, settings).ok());
    RunSession session(*m_ws, id);
    const Result<void> prepared = session.prepare(options);
    QVERIFY(!prepared.ok());
    QVERIFY2(prepared.message().contains(expected), qPrintable(prepared.message()));
    QVERIFY(!session.start());
    QVERIFY(QDir(folder()).entryList(QDir::Files).filter(QStringLiteral("compiled")).isEmpty());
}

void TestRunSession::importedCommandsNeedApprovalAndAgainAfterAChange()
{
    const qint64 id = createRelease(true);
    {
        RunSession session(*m_ws, id);
        QVERIFY(session.prepare({}).ok());
        QCOMPARE(session.pendingApprovals().size(), size_t(3));
        QCOMPARE(session.pendingApprovals().front().commands,
            QStringList { QStringLiteral("sh -c 'echo compiled; touch compiled'") });
        QVERIFY(!session.start());
        std::vector<std::pair<qint64, QString>> approvals;
        for (const PendingApproval &p : session.pendingApprovals())
            approvals.emplace_back(p.itemId, p.hash);
        QVERIFY(m_ws->approveItems(approvals).ok());
    }
    {
        RunSession session(*m_ws, id);
        QVERIFY(session.prepare({}).ok());
        QVERIFY(session.pendingApprovals().empty());
    }
    // Another working folder changes what the approval covered: all three ask again.
    Release release = *m_ws->loadRelease(id);
    RunSettings moved = release.run;
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("elsewhere"))));
    moved.workingFolder = m_dir.filePath(QStringLiteral("elsewhere"));
    QVERIFY(m_ws->setRunSettings(id, moved).ok());
    {
        RunSession session(*m_ws, id);
        QVERIFY(session.prepare({}).ok());
        QCOMPARE(session.pendingApprovals().size(), size_t(3));
        RunOptions trusted;
        trusted.trust = true;
        QVERIFY(session.prepare(trusted).ok());
        QVERIFY(session.pendingApprovals().empty());
    }
}

void TestRunSession::envFileValuesReachCommandsAndSecretsAreMasked()
{
    Release r;
    r.name = QStringLiteral("Env");
    r.run.workingFolder = folder();
    r.run.envFile = QStringLiteral(".env.staging");
    QFile env(QDir(folder()).filePath(QStringLiteral(".env.staging")));
    QVERIFY(env.open(QIODevice::WriteOnly));
    env.write("API_URL=https://staging.example\nAPI_TOKEN=tok-9f8e7d6c5b4a\n");
    env.close();
    Gate g;
    g.title = QStringLiteral("Smoke");
    g.items.push_back(leaf(QStringLiteral("Print"), { QStringLiteral("sh -c 'echo url=$API_URL token=$API_TOKEN'") }));
    r.gates = { g };
    const qint64 id = *m_ws->createRelease(r);
    RunSession session(*m_ws, id);
    QVERIFY(session.prepare({}).ok());
    QByteArray shown;
    connect(&session, &RunSession::output, &session,
        [&shown](qint64, QProcess::ProcessChannel, const QByteArray &chunk) { shown += chunk; });
    QCOMPARE(runToEnd(session).passed, 1);
    QCOMPARE(shown, QByteArray("url=https://staging.example token=***\n"));
    const Release after = *m_ws->loadRelease(id);
    const QByteArray log = *m_ws->evidenceContent(after.gates[0].items[0].runs.at(0).evidenceId);
    QCOMPARE(log, shown);
    QFile file(m_ws->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(!file.readAll().contains("tok-9f8e7d6c5b4a"), "the secret reached the workspace file");
}

void TestRunSession::selectionByGateAndItem()
{
    const qint64 id = createRelease();
    const Release release = *m_ws->loadRelease(id);
    QCOMPARE(*RunSession::findGate(release, QStringLiteral("deploy")), release.gates.at(1).id);
    QCOMPARE(*RunSession::findGate(release, QString::number(release.gates.at(0).id)), release.gates.at(0).id);
    QVERIFY(!RunSession::findGate(release, QStringLiteral("Nope")).ok());

    RunSession session(*m_ws, id);
    RunOptions options;
    options.itemIds = { byTitle(release, QStringLiteral("Compile"))->id };
    QVERIFY(session.prepare(options).ok());
    QCOMPARE(session.plannedCount(), 1);
    QCOMPARE(runToEnd(session).passed, 1);
    QCOMPARE(byTitle(*m_ws->loadRelease(id), QStringLiteral("Unit tests"))->runs.size(), size_t(0));
}

void TestRunSession::cancelAtAnyMomentFinishes()
{
    // Two quick gates: a cancel lands while an item runs, while its log is being recorded, or while
    // the queue waits between gates for that recording. Every one of them must still finish.
    Release r;
    r.name = QStringLiteral("Quick");
    r.run.workingFolder = folder();
    for (const char *title : { "One", "Two" }) {
        Gate g;
        g.title = QString::fromLatin1(title);
        g.items.push_back(leaf(QStringLiteral("Echo %1").arg(g.title), { QStringLiteral("printf ok") }));
        r.gates.push_back(g);
    }
    const qint64 id = *m_ws->createRelease(r);
    for (int delayMs = 0; delayMs < 24; delayMs += 2) {
        RunSession session(*m_ws, id);
        QVERIFY(session.prepare({}).ok());
        QSignalSpy done(&session, &RunSession::finished);
        QVERIFY(session.start());
        QTimer::singleShot(delayMs, &session, &RunSession::cancel);
        QVERIFY2(done.wait(5000), qPrintable(QStringLiteral("no finish after a cancel at %1 ms").arg(delayMs)));
        QCOMPARE(done.size(), 1);
        QVERIFY(!session.isRunning());
    }
}

void TestRunSession::probesRunAndTheirResultIsEvidence()
{
    // A real server on 127.0.0.1: one probe passes, one gets the wrong status; a token in the URL
    // query (from the env file's value) is masked in what is kept.
    fixture::HttpTestServer server;
    QVERIFY(server.isListening());
    fixture::Route ok;
    ok.body = "service ok";
    server.route("/health?token=q7w8e9r0t1y2", ok);  // the test server routes on the whole target
    fixture::Route down;
    down.status = 503;
    down.reason = "Service Unavailable";
    server.route("/ready", down);

    QFile env(QDir(folder()).filePath(QStringLiteral(".env")));
    QVERIFY(env.open(QIODevice::WriteOnly));
    env.write("PROBE_TOKEN=q7w8e9r0t1y2\n");
    env.close();
    Release r;
    r.name = QStringLiteral("Probes");
    r.run.workingFolder = folder();
    r.run.envFile = QStringLiteral(".env");
    Gate g;
    g.title = QStringLiteral("Smoke");
    Item health;
    health.title = QStringLiteral("Health");
    health.probe = Probe();
    health.probe->url = QStringLiteral("http://127.0.0.1:%1/health?token=q7w8e9r0t1y2").arg(server.port());
    health.probe->bodyContains = QStringLiteral("ok");
    Item ready;
    ready.title = QStringLiteral("Ready");
    ready.probe = Probe();
    ready.probe->url = QStringLiteral("http://127.0.0.1:%1/ready").arg(server.port());
    g.items = { health, ready };
    r.gates = { g };
    const qint64 id = *m_ws->createRelease(r);

    RunSession session(*m_ws, id);
    QVERIFY(session.prepare({}).ok());
    const RunSummary summary = runToEnd(session);
    const Release after = *m_ws->loadRelease(id);
    QCOMPARE(summary.passed, 1);
    QCOMPARE(summary.failed, 1);
    const Item *h = byTitle(after, QStringLiteral("Health"));
    const Item *rd = byTitle(after, QStringLiteral("Ready"));
    QCOMPARE(h->status, ItemStatus::Passed);
    QCOMPARE(rd->status, ItemStatus::Failed);
    QVERIFY2(rd->statusReason.contains(QStringLiteral("503")), qPrintable(rd->statusReason));
    QCOMPARE(h->runs.at(0).kind, QStringLiteral("probe"));
    QVERIFY(!h->runs.at(0).exitCode.has_value());
    const QByteArray log = *m_ws->evidenceContent(h->runs.at(0).evidenceId);
    QVERIFY2(log.contains("200") && log.contains("service ok"), log.constData());
    QVERIFY2(!log.contains("q7w8e9r0t1y2"), "the token reached the stored probe log");
    QVERIFY(!h->runs.at(0).commands.join(u' ').contains(QStringLiteral("q7w8e9r0t1y2")));
}

QTEST_GUILESS_MAIN(TestRunSession)
#include "tst_runsession.moc"
