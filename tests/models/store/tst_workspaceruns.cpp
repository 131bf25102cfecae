// Workspace writes for running items (WorkspaceRuns.cpp) on a real file: a run's log kept as
// evidence byte for byte and once per content, the item status a verdict sets, refusals that leave
// the file untouched, blocking in one transaction, and what `export --json` then shows of the runs.
// Approvals and run settings are in tst_workspacetrust.

#include "StoreFixture.h"
#include "domain/Sha256.h"
#include "interchange/ReleaseJson.h"
#include "store/Workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace gl;
using fixture::RawDb;

namespace {

const QDateTime t0(QDate(2025, 9, 8), QTime(10, 0, 0, 250), Qt::UTC);

RunRecord commandRun(Verdict verdict, std::optional<int> exitCode, const QString &reason = QString(),
    const QDateTime &start = t0)
{
    RunRecord run;
    run.commands = { QStringLiteral("npm run lint"), QStringLiteral("cd web && npm test | tee out.txt") };
    run.workingDirectory = QStringLiteral("/srv/checkout");
    run.startedAt = start;
    run.finishedAt = start.addMSecs(1534);
    run.durationMs = 1534;
    run.exitCode = exitCode;
    run.verdict = verdict;
    run.reason = reason;
    run.totalBytes = 4096;
    return run;
}

// A log as the runner keeps it: text, then bytes that are not text at all.
QByteArray bigLog(qint64 size)
{
    QByteArray log = QByteArrayLiteral("$ npm test\n\xe2\x9c\x85 142 passing\n");
    log.reserve(qsizetype(size));
    quint32 x = 12345;
    while (log.size() < size) {
        x = x * 1103515245u + 12345u;
        log.append(char((x >> 16) & 0xff));
    }
    return log;
}

QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestWorkspaceRuns final : public QObject, private fixture::SampleWorkspace {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void recordRunKeepsTheLogAsEvidence();
    void sameLogIsStoredOnce();
    void checkpointCanFollowTheCommit();
    void statusFollowsTheVerdict_data();
    void statusFollowsTheVerdict();
    void runsLoadOldestFirst();
    void refusedRunChangesNothing_data();
    void refusedRunChangesNothing();
    void blockItemsInOneTransaction();
    void deletingAReleaseRemovesItsContent();
    void exportListsRuns();

};

void TestWorkspaceRuns::init()
{
    const QString problem = setUpSample();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestWorkspaceRuns::cleanup()
{
    tearDownSample();
}

void TestWorkspaceRuns::checkpointCanFollowTheCommit()
{
    // As the run recorder's connection: the commit returns once the log is in the write-ahead log,
    // and another connection already reads it there; checkpoint() then copies it into the file.
    const qint64 build = id(QStringLiteral("Build images"));
    const QByteArray log = bigLog(8 * 1024 * 1024 + 5);
    const qint64 fileBefore = QFileInfo(m_path).size();
    QVERIFY(fileBefore < log.size());
    m_ws->setCheckpointOnCommit(false);
    Result<RunRecord> stored = m_ws->recordRun(build, commandRun(Verdict::Passed, 0), log);
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    QVERIFY2(QFileInfo(m_path).size() < log.size(), "the commit copied the log into the file");
    QVERIFY(QFileInfo(m_path + QStringLiteral("-wal")).size() > log.size());
    {
        RawDb raw(m_path, true);
        QCOMPARE(raw.count(QStringLiteral("SELECT sum(length(data)) FROM blob_chunks")), log.size());
    }
    QVERIFY(m_ws->checkpoint().ok());
    QVERIFY2(QFileInfo(m_path).size() > log.size(), "checkpoint() left the log in the write-ahead log only");
    QCOMPARE(*m_ws->evidenceContent(stored->evidenceId), log);

    // Checkpointing on commit again: the next large run is in the file when recordRun returns.
    m_ws->setCheckpointOnCommit(true);
    const qint64 fileAfterFirst = QFileInfo(m_path).size();
    QVERIFY(m_ws->recordRun(build, commandRun(Verdict::Passed, 0), bigLog(8 * 1024 * 1024 + 6) + "x").ok());
    QVERIFY(QFileInfo(m_path).size() >= fileAfterFirst + log.size());
}

void TestWorkspaceRuns::recordRunKeepsTheLogAsEvidence()
{
    const qint64 build = id(QStringLiteral("Build images"));
    const QByteArray log = bigLog(3 * 1024 * 1024 + 123); // four chunks
    const QDateTime updatedBefore = m_ws->releases()->front().updatedAt;
    RunRecord run = commandRun(Verdict::Passed, 0);
    run.bytesDropped = 17;
    Result<RunRecord> stored = m_ws->recordRun(build, run, log);
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    QVERIFY(stored->id > 0);
    QVERIFY(stored->evidenceId > 0);
    QCOMPARE(stored->itemId, build);
    QCOMPARE(stored->logSha256, Sha256::hex(log));
    QCOMPARE(stored->logSize, log.size());
    QCOMPARE(stored->ranBy, QStringLiteral("tester"));
    QCOMPARE(stored->host, QSysInfo::machineHostName());
    QCOMPARE(stored->commands, run.commands);
    QCOMPARE(stored->bytesDropped, 17);

    // The log comes back byte for byte, from its chunks.
    Result<QByteArray> content = m_ws->evidenceContent(stored->evidenceId);
    QVERIFY2(content.ok(), qPrintable(content.message()));
    QCOMPARE(content->size(), log.size());
    QVERIFY(*content == log);

    {
        RawDb raw(m_path, true);
        const QString evidence = QStringLiteral("SELECT %1 FROM evidence WHERE id = %2").arg(QStringLiteral("%1"), QString::number(stored->evidenceId));
        QCOMPARE(raw.value(evidence.arg(QStringLiteral("kind"))).toString(), QStringLiteral("run-log"));
        QCOMPARE(raw.value(evidence.arg(QStringLiteral("name"))).toString(), QStringLiteral("run-%1.log").arg(stored->id));
        QCOMPARE(raw.value(evidence.arg(QStringLiteral("sha256"))).toString(), Sha256::hex(log));
        QCOMPARE(raw.count(evidence.arg(QStringLiteral("size"))), log.size());
        QCOMPARE(raw.count(evidence.arg(QStringLiteral("item_id"))), build);
        QCOMPARE(raw.count(evidence.arg(QStringLiteral("release_id"))), m_releaseId);
        QCOMPARE(raw.value(evidence.arg(QStringLiteral("added_by"))).toString(), QStringLiteral("tester"));
        QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM blob_chunks")), 4);
        QCOMPARE(raw.value(QStringLiteral("SELECT started_at FROM runs")).toString(),
            QStringLiteral("2025-09-08T10:00:00.250Z"));
    }

    // Read back with the release: the same record, and the item passed.
    const Item item = reload(build);
    QCOMPARE(item.runs.size(), size_t(1));
    QCOMPARE(item.runs[0].logSha256, stored->logSha256);
    QVERIFY(item.runs[0] == *stored);
    QCOMPARE(item.status, ItemStatus::Passed);
    QVERIFY(m_ws->releases()->front().updatedAt >= updatedBefore);

    const std::vector<AuditEntry> audit = *m_ws->audit(m_releaseId, 2);
    QCOMPARE(audit[0].entity, QStringLiteral("run"));
    QCOMPARE(audit[0].entityId, stored->id);
    const QJsonObject after = QJsonDocument::fromJson(audit[0].after.toUtf8()).object();
    QCOMPARE(after.value(QLatin1String("log_sha256")).toString(), Sha256::hex(log));
    QCOMPARE(after.value(QLatin1String("verdict")).toString(), QStringLiteral("passed"));
    QCOMPARE(audit[1].entity, QStringLiteral("item"));
    QCOMPARE(audit[1].action, QStringLiteral("status"));

    QCOMPARE(m_ws->evidenceContent(987654).error().code, ErrorCode::NotFound);
}

void TestWorkspaceRuns::sameLogIsStoredOnce()
{
    const QByteArray log = bigLog(1536 * 1024);
    Result<RunRecord> first = m_ws->recordRun(id(QStringLiteral("Build images")), commandRun(Verdict::Passed, 0), log);
    Result<RunRecord> second
        = m_ws->recordRun(id(QStringLiteral("Up migration")), commandRun(Verdict::Failed, 1, QStringLiteral("exit 1")), log);
    Result<RunRecord> third = m_ws->recordRun(id(QStringLiteral("Up migration")), commandRun(Verdict::Passed, 0), log);
    QVERIFY(first.ok() && second.ok() && third.ok());
    QCOMPARE(second->logSha256, first->logSha256);
    QVERIFY(second->evidenceId != first->evidenceId);
    RawDb raw(m_path, true);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM blobs")), 1);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM blob_chunks")), 2);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM evidence")), 3);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM runs")), 3);
    QVERIFY(*m_ws->evidenceContent(third->evidenceId) == log);

    // An empty log is content too: one blob, no chunk, read back empty.
    Result<RunRecord> quiet = m_ws->recordRun(id(QStringLiteral("Build images")), commandRun(Verdict::Passed, 0), QByteArray());
    QVERIFY(quiet.ok());
    QCOMPARE(quiet->logSha256, Sha256::hex(QByteArray()));
    QCOMPARE(quiet->logSize, 0);
    QVERIFY(m_ws->evidenceContent(quiet->evidenceId)->isEmpty());
}

void TestWorkspaceRuns::statusFollowsTheVerdict_data()
{
    QTest::addColumn<ItemStatus>("before");
    QTest::addColumn<QString>("beforeReason");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<ItemStatus>("after");
    QTest::addColumn<QString>("afterReason");
    QTest::addColumn<bool>("statusAudited");
    const QString failure = QStringLiteral("exited with code 2 (expected 0)");
    QTest::newRow("passed") << ItemStatus::NotStarted << QString() << Verdict::Passed << ItemStatus::Passed
                            << QString() << true;
    QTest::newRow("failed, with the run's reason")
        << ItemStatus::InProgress << QString() << Verdict::Failed << ItemStatus::Failed << failure << true;
    QTest::newRow("passed clears an old failure")
        << ItemStatus::Failed << QStringLiteral("broken yesterday") << Verdict::Passed << ItemStatus::Passed
        << QString() << true;
    QTest::newRow("passed again changes nothing")
        << ItemStatus::Passed << QString() << Verdict::Passed << ItemStatus::Passed << QString() << false;
    QTest::newRow("cancelled keeps a pass") << ItemStatus::Passed << QString() << Verdict::Cancelled
                                            << ItemStatus::Passed << QString() << false;
    QTest::newRow("cancelled keeps a failure and its reason")
        << ItemStatus::Failed << QStringLiteral("broken yesterday") << Verdict::Cancelled << ItemStatus::Failed
        << QStringLiteral("broken yesterday") << false;
}

void TestWorkspaceRuns::statusFollowsTheVerdict()
{
    QFETCH(ItemStatus, before);
    QFETCH(QString, beforeReason);
    QFETCH(Verdict, verdict);
    QFETCH(ItemStatus, after);
    QFETCH(QString, afterReason);
    QFETCH(bool, statusAudited);
    const qint64 item = id(QStringLiteral("Build images"));
    QVERIFY(m_ws->setItemStatus(item, before, beforeReason).ok());
    const size_t auditBefore = m_ws->audit(m_releaseId)->size();

    const QString runReason = verdict == Verdict::Cancelled ? QStringLiteral("cancelled by the user")
                                                            : QStringLiteral("exited with code 2 (expected 0)");
    Result<RunRecord> stored = m_ws->recordRun(item, commandRun(verdict, 2, runReason), "log\n");
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    const Item now = reload(item);
    QCOMPARE(now.status, after);
    QCOMPARE(now.statusReason, afterReason);
    QCOMPARE(now.runs.size(), size_t(1));
    QCOMPARE(now.runs[0].verdict, verdict);
    QCOMPARE(now.runs[0].reason, runReason);

    const std::vector<AuditEntry> audit = *m_ws->audit(m_releaseId);
    QCOMPARE(audit.size(), auditBefore + (statusAudited ? 2 : 1));
    QCOMPARE(audit[0].entity, QStringLiteral("run"));
    if (statusAudited) {
        QCOMPARE(audit[1].entity, QStringLiteral("item"));
        QCOMPARE(audit[1].entityId, item);
        QVERIFY2(audit[1].after.contains(statusKey(after)), qPrintable(audit[1].after));
    }
}

void TestWorkspaceRuns::runsLoadOldestFirst()
{
    const qint64 item = id(QStringLiteral("Down migration"));
    // Recorded in the order they finished, not the order they started.
    QVERIFY(m_ws->recordRun(item, commandRun(Verdict::Passed, 0, QString(), t0.addSecs(60)), "second").ok());
    RunRecord killed = commandRun(Verdict::Cancelled, std::nullopt, QStringLiteral("cancelled"), t0);
    killed.signalNumber = 15;
    Result<RunRecord> first = m_ws->recordRun(item, killed, "first");
    QVERIFY(first.ok());
    RunRecord probe;
    probe.kind = QStringLiteral("probe");
    probe.commands = { QStringLiteral("GET https://staging.example.com/health") };
    probe.startedAt = t0.addSecs(120);
    probe.finishedAt = t0.addSecs(121);
    probe.verdict = Verdict::Failed;
    probe.reason = QStringLiteral("status 503, expected 200");
    probe.ranBy = QStringLiteral("ci-bot");
    probe.host = QStringLiteral("runner-7");
    Result<RunRecord> third = m_ws->recordRun(item, probe, "HTTP/1.1 503\r\n");
    QVERIFY(third.ok());

    const Item now = reload(item);
    QCOMPARE(now.runs.size(), size_t(3));
    QCOMPARE(now.runs[0].startedAt, t0);
    QCOMPARE(now.runs[0].exitCode, std::nullopt);
    QCOMPARE(now.runs[0].signalNumber, std::optional<int>(15));
    QVERIFY(now.runs[0] == *first);
    QCOMPARE(now.runs[1].startedAt, t0.addSecs(60));
    QVERIFY(now.runs[2] == *third);
    QCOMPARE(now.runs[2].ranBy, QStringLiteral("ci-bot"));
    QCOMPARE(now.runs[2].host, QStringLiteral("runner-7"));
    QCOMPARE(RawDb(m_path, true).value(QStringLiteral("SELECT kind FROM evidence WHERE id = %1").arg(third->evidenceId)),
        QVariant(QStringLiteral("probe")));
    QCOMPARE(now.status, ItemStatus::Failed);
    QCOMPARE(now.statusReason, QStringLiteral("status 503, expected 200"));
    // Groups carry no runs.
    const Item group = reload(id(QStringLiteral("Migrations")));
    QVERIFY(group.runs.empty());
}

void TestWorkspaceRuns::refusedRunChangesNothing_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("group item") << QStringLiteral("Database") << QStringLiteral("command") << ErrorCode::Invalid
                                << QStringLiteral("is a group");
    QTest::newRow("unknown item") << QString() << QStringLiteral("command") << ErrorCode::NotFound
                                  << QStringLiteral("no item with id 999999");
    QTest::newRow("unknown kind") << QStringLiteral("Build images") << QStringLiteral("shell") << ErrorCode::Invalid
                                  << QStringLiteral("\u201cshell\u201d");
    // The run row is refused after the log went into the blob store and the evidence table.
    QTest::newRow("failing after the log was stored")
        << QStringLiteral("Build images") << QStringLiteral("command") << ErrorCode::Database
        << QStringLiteral("disk says no");
}

void TestWorkspaceRuns::refusedRunChangesNothing()
{
    QFETCH(QString, title);
    QFETCH(QString, kind);
    QFETCH(ErrorCode, code);
    QFETCH(QString, messagePart);
    // Something stored already, so a stray write would show.
    QVERIFY(m_ws->recordRun(id(QStringLiteral("Build images")), commandRun(Verdict::Passed, 0), "kept").ok());
    if (QByteArray(QTest::currentDataTag()).startsWith("failing")) {
        QVERIFY(RawDb(m_path).exec(QStringLiteral(
            "CREATE TRIGGER refuse_runs BEFORE INSERT ON runs BEGIN SELECT RAISE(ABORT, 'disk says no'); END")));
    }
    const QStringList before = RawDb(m_path, true).dump();

    const qint64 item = title.isEmpty() ? 999999 : id(title);
    RunRecord run = commandRun(Verdict::Failed, 1, QStringLiteral("exit 1"));
    run.kind = kind;
    Result<RunRecord> refused = m_ws->recordRun(item, run, bigLog(2 * 1024 * 1024));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, code);
    QVERIFY2(refused.message().contains(messagePart), qPrintable(refused.message()));
    QCOMPARE(RawDb(m_path, true).dump(), before);
}

void TestWorkspaceRuns::blockItemsInOneTransaction()
{
    const std::vector<qint64> gate2 = { id(QStringLiteral("Build images")), id(QStringLiteral("Smoke test")) };
    const QString reason = QStringLiteral("gate \u201cPhase 1: Build\u201d requires \u201cPhase 0\u201d first");
    const size_t auditBefore = m_ws->audit(m_releaseId)->size();
    QVERIFY(m_ws->blockItems(gate2, reason).ok());
    for (qint64 item : gate2) {
        const Item now = reload(item);
        QCOMPARE(now.status, ItemStatus::Blocked);
        QCOMPARE(now.statusReason, reason);
        QCOMPARE(now.updatedBy, QStringLiteral("tester"));
    }
    QCOMPARE(m_ws->audit(m_releaseId)->size(), auditBefore + 2);
    // Blocking again with the same reason writes nothing new.
    QVERIFY(m_ws->blockItems(gate2, reason).ok());
    QCOMPARE(m_ws->audit(m_releaseId)->size(), auditBefore + 2);
    QVERIFY(m_ws->blockItems({}, reason).ok());

    // One item the rules refuse (a group) and none of the others changes either.
    const QStringList before = RawDb(m_path, true).dump();
    Result<void> refused = m_ws->blockItems(
        { id(QStringLiteral("Up migration")), id(QStringLiteral("Migrations")), id(QStringLiteral("Secrets rotated")) },
        reason);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains(QLatin1String("Migrations")), qPrintable(refused.message()));
    QCOMPARE(RawDb(m_path, true).dump(), before);
    QCOMPARE(reload(id(QStringLiteral("Up migration"))).status, ItemStatus::Passed);
}

void TestWorkspaceRuns::deletingAReleaseRemovesItsContent()
{
    const qint64 otherId = *m_ws->createRelease(fixture::sampleRelease(QStringLiteral("Other")));
    const Release other = *m_ws->loadRelease(otherId);
    const QByteArray shared = bigLog(1024 * 1024 + 5);
    const QByteArray own = bigLog(200).append("only in the first release");
    QVERIFY(m_ws->recordRun(id(QStringLiteral("Build images")), commandRun(Verdict::Passed, 0), shared).ok());
    QVERIFY(m_ws->recordRun(id(QStringLiteral("Smoke test")), commandRun(Verdict::Passed, 0), own).ok());
    Result<RunRecord> kept = m_ws->recordRun(
        fixture::itemIdByTitle(other, QStringLiteral("Build images")), commandRun(Verdict::Passed, 0), shared);
    QVERIFY(kept.ok());
    RawDb raw(m_path, true);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM blobs")), 2);

    QVERIFY(m_ws->deleteRelease(m_releaseId).ok());
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM runs")), 1);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM evidence")), 1);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM blobs")), 1);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM blob_chunks")), 2);
    QVERIFY(*m_ws->evidenceContent(kept->evidenceId) == shared);

    QVERIFY(m_ws->deleteRelease(otherId).ok());
    for (const QString &table : { QStringLiteral("runs"), QStringLiteral("evidence"), QStringLiteral("blobs"),
             QStringLiteral("blob_chunks") })
        QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM ") + table), 0);
    QCOMPARE(raw.rows(QStringLiteral("PRAGMA foreign_key_check")), QStringList());
}

void TestWorkspaceRuns::exportListsRuns()
{
    const qint64 buildId = id(QStringLiteral("Build images"));
    const QByteArray log = "built 3 images\n";
    QVERIFY(m_ws->recordRun(buildId, commandRun(Verdict::Passed, 0), log).ok());
    RunRecord killed = commandRun(Verdict::Cancelled, std::nullopt, QStringLiteral("cancelled"), t0.addSecs(30));
    killed.signalNumber = 9;
    QVERIFY(m_ws->recordRun(buildId, killed, "partial").ok());

    const QJsonObject json = QJsonDocument::fromJson(
        QJsonDocument(releaseToJson(*m_ws->loadRelease(m_releaseId))).toJson()).object();
    const QJsonObject build = json[QStringLiteral("gates")][1][QStringLiteral("items")][0].toObject();
    QCOMPARE(build.value(QLatin1String("title")).toString(), QStringLiteral("Build images"));
    const QJsonArray runs = build.value(QLatin1String("runs")).toArray();
    QCOMPARE(runs.size(), 2);
    const QStringList five { QStringLiteral("exit_code"), QStringLiteral("finished_at"), QStringLiteral("log_sha256"),
        QStringLiteral("started_at"), QStringLiteral("verdict") };
    QCOMPARE(keysOf(runs[0].toObject()), five);
    QCOMPARE(keysOf(runs[1].toObject()), five);
    QCOMPARE(runs[0][QStringLiteral("started_at")].toString(), QStringLiteral("2025-09-08T10:00:00.250Z"));
    QCOMPARE(runs[0][QStringLiteral("finished_at")].toString(), QStringLiteral("2025-09-08T10:00:01.784Z"));
    QCOMPARE(runs[0][QStringLiteral("exit_code")].toInt(), 0);
    QCOMPARE(runs[0][QStringLiteral("verdict")].toString(), QStringLiteral("passed"));
    QCOMPARE(runs[0][QStringLiteral("log_sha256")].toString(), Sha256::hex(log));
    QVERIFY(runs[1][QStringLiteral("exit_code")].isNull());
    QCOMPARE(runs[1][QStringLiteral("verdict")].toString(), QStringLiteral("cancelled"));
    const QJsonObject group = json[QStringLiteral("gates")][0][QStringLiteral("items")][1].toObject();
    QCOMPARE(group.value(QLatin1String("title")).toString(), QStringLiteral("Database"));
    QVERIFY(group.value(QLatin1String("runs")).isArray());
    QCOMPARE(group.value(QLatin1String("runs")).toArray().size(), 0);
    QCOMPARE(json[QStringLiteral("run_settings")][QStringLiteral("working_folder")].toString(),
        QStringLiteral("/srv/checkout"));
    QCOMPARE(json[QStringLiteral("gates")][1][QStringLiteral("items")][1][QStringLiteral("probe")]
                 [QStringLiteral("expected_status")].toInt(),
        204);
}

QTEST_GUILESS_MAIN(TestWorkspaceRuns)
#include "tst_workspaceruns.moc"
