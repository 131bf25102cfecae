// MarkdownImporter on Markdown as people really write it: line ends, BOM, heading levels, list
// styles, emoji, mojibake, shell blocks, labelled lines, tables and criteria headings.

#include "ImportShape.h"
#include "interchange/MarkdownImporter.h"

#include <QTest>

using namespace gl;

namespace {

ImportResult importOk(const QByteArray &bytes)
{
    auto result = MarkdownImporter::importBytes(bytes, QStringLiteral("edge.md"));
    if (!result.ok())
        qWarning("%s", qPrintable(result.message()));
    return result.ok() ? *result : ImportResult{};
}

bool hasWarning(const ImportResult &r, int line, const QString &needle)
{
    return std::any_of(r.warnings.begin(), r.warnings.end(),
                       [&](const ImportWarning &w) { return w.line == line && w.message.contains(needle); });
}

} // namespace

class TestMarkdownImporterEdges final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shapes_data();
    void shapes();
    void crlfAndBomKeepLines();
    void commands_data();
    void commands();
    void curlLines_data();
    void curlLines();
    void probeSettings();
    void probeSettingsWithoutAProbe();
    void commandsFromTheFileAwaitApproval();
    void labelledFields();
    void labelSpellings_data();
    void labelSpellings();
    void unknownLabelValuesWarn();
    void checkedParentWarning();
    void gateMarkerAndRequiresPrevious();
    void metricTables_data();
    void metricTables();
    void metricStatusDisagreementWarns();
    void criteriaHeadings_data();
    void criteriaHeadings();
    void targetReadiness_data();
    void targetReadiness();
    void invalidUtf8FallsBackToWindows1252();
};

void TestMarkdownImporterEdges::shapes_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QString>("shape");

    QTest::newRow("CRLF") << QByteArray("# T\r\n\r\n## Gate\r\n\r\n- [ ] a\r\n- [x] b\r\n") << QStringLiteral("Gate{[ ]a,[x]b}");
    QTest::newRow("old Mac CR") << QByteArray("# T\r\r## Gate\r\r- [ ] a\r") << QStringLiteral("Gate{[ ]a}");
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF## Checks\n\n- [ ] a\n") << QStringLiteral("Checks{[ ]a}");
    QTest::newRow("UTF-16 with BOM") << QByteArray("\xFF\xFE#\0#\0 \0G\0\n\0-\0 \0[\0 \0]\0 \0a\0\n\0", 28)
                                     << QStringLiteral("G{[ ]a}");
    QTest::newRow("deep heading levels") << QByteArray("#### Deep\n- [ ] a\n###### Deeper\n- [X] b\n")
                                         << QStringLiteral("Deep{[ ]a} | Deeper{[x]b}");
    QTest::newRow("setext headings") << QByteArray("Title\n=====\n\nGate one\n--------\n\n- [ ] a\n")
                                     << QStringLiteral("Gate one{[ ]a}");
    QTest::newRow("numbered task list") << QByteArray("## G\n\n1. [ ] a\n2. [x] b\n3) [ ] c\n")
                                        << QStringLiteral("G{[ ]a,[x]b,[ ]c}");
    QTest::newRow("star and plus tasks") << QByteArray("## G\n\n* [ ] a\n\n+ [X] b\n")
                                         << QStringLiteral("G{[ ]a,[x]b}");
    QTest::newRow("weak numbered list under a step") << QByteArray("## Step 1: Prepare\n\n1. first\n2. second\n")
                                                     << QStringLiteral("Step 1: Prepare{[ ]first,[ ]second}");
    QTest::newRow("weak list under a numbered heading") << QByteArray("## 2) Ship\n\n- a\n- b\n")
                                                        << QStringLiteral("2) Ship{[ ]a,[ ]b}");
    QTest::newRow("weak list under a plain heading is notes")
        << QByteArray("## Assumptions\n\n- a\n- b\n\n## Preflight checks\n\n- c\n") << QStringLiteral("Preflight checks{[ ]c}");
    QTest::newRow("document title lists are notes") << QByteArray("# Release checklist\n\n- a\n\n## Gate\n\n- [ ] b\n")
                                                    << QStringLiteral("Gate{[ ]b}");
    QTest::newRow("second H1 is not the title") << QByteArray("# Release\n\n- [ ] a\n\n# Verification\n\n- b\n")
                                                << QStringLiteral("Release{[ ]a} | Verification{[ ]b}");
    QTest::newRow("emoji stripped from titles")
        << QByteArray("## \xF0\x9F\x9A\x80 **Launch** \xE2\x9C\x85\n\n- [ ] \xF0\x9F\x94\xA5 Hot *fix* \xE2\x9A\xA0\xEF\xB8\x8F:\n")
        << QStringLiteral("Launch{[ ]Hot fix}");
    QTest::newRow("keycap and ZWJ sequence") << QByteArray("## 1\xEF\xB8\x8F\xE2\x83\xA3 Gate\n\n- [ ] a \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB b\n")
                                             << QStringLiteral("1 Gate{[ ]a b}");
    QTest::newRow("mojibake titles") << QByteArray("## \xC3\xA2\xC5\x93\xE2\x80\xA6 Done\n\n- [x] \xC4\x9F\xC5\xB8\xE2\x80\x9D\xC2\xB4 Red\n")
                                     << QStringLiteral("Done{[x]Red}");
    QTest::newRow("labelled bullets make a strong list") << QByteArray("## Misc\n\n- Build\n  - Command: `make`\n")
                                                         << QStringLiteral("Misc{[ ]Build}");
    QTest::newRow("task marks deeper down make a strong list") << QByteArray("## Misc\n\n- Parent\n  - [x] child\n")
                                                               << QStringLiteral("Misc{[ ]Parent([x]child)}");
    QTest::newRow("labelled lines in the paragraph") << QByteArray("## Misc\n\n- Build\n  Owner: QA\n")
                                                     << QStringLiteral("Misc{[ ]Build}");
    QTest::newRow("nested children") << QByteArray("## G\n\n- [ ] p\n  - [x] c1\n  - [ ] c2\n    - [x] g\n")
                                     << QStringLiteral("G{[ ]p([x]c1,[ ]c2([x]g))}");
    QTest::newRow("no heading at all") << QByteArray("- [ ] a\n- [x] b\n") << QStringLiteral("Checklist{[ ]a,[x]b}");
    QTest::newRow("empty heading") << QByteArray("##\n\n- [ ] a\n") << QStringLiteral("Gate 1{[ ]a}");
    QTest::newRow("fence with comments") << QByteArray("## Deploy\n\n```bash\n#!/bin/bash\n# Build it\nmake\nmake install\n\n# Test\nmake check\n```\n")
                                         << QStringLiteral("Deploy{[ ]Build it,[ ]Test}");
    QTest::newRow("fence without comments") << QByteArray("## Deploy\n\n```sh\nmake\n\nmake check\n```\n")
                                            << QStringLiteral("Deploy{[ ]make,[ ]make check}");
    QTest::newRow("fence without language") << QByteArray("## Run\n\n~~~\nnpm ci\n~~~\n") << QStringLiteral("Run{[ ]npm ci}");
    QTest::newRow("console prompts") << QByteArray("## Run\n\n```console\n$ make\nok\n$ make check\n```\n")
                                     << QStringLiteral("Run{[ ]make,[ ]make check}");
    QTest::newRow("prose fence is notes") << QByteArray("## Levels\n\n```\nLevel 1 (Info): log\n```\n\n## G\n\n- [ ] a\n")
                                          << QStringLiteral("G{[ ]a}");
    QTest::newRow("yaml fence is notes") << QByteArray("## Config\n\n```yaml\n- a: 1\n```\n\n## G\n\n- [ ] a\n")
                                         << QStringLiteral("G{[ ]a}");
    QTest::newRow("indented code is notes") << QByteArray("## Run\n\n    make\n\n## G\n\n- [ ] a\n") << QStringLiteral("G{[ ]a}");
    QTest::newRow("title keeps code spans, drops trailing colon") << QByteArray("## G\n\n- [ ] Run `make` **now**:\n")
                                                                  << QStringLiteral("G{[ ]Run `make` now}");
    QTest::newRow("wrapped title") << QByteArray("## G\n\n- [ ] a long\n  title\n") << QStringLiteral("G{[ ]a long title}");
    QTest::newRow("unterminated fence") << QByteArray("## G\n\n```bash\nmake\n") << QStringLiteral("G{[ ]make}");
}

void TestMarkdownImporterEdges::shapes()
{
    QFETCH(QByteArray, markdown);
    const auto result = MarkdownImporter::importBytes(markdown, QStringLiteral("edge.md"));
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QTEST(test::releaseShape(result->release), "shape");
}

void TestMarkdownImporterEdges::crlfAndBomKeepLines()
{
    const ImportResult r = importOk("\xEF\xBB\xBF# T\r\n\r\n## G\r\n\r\n- [x] p\r\n  - [ ] c\r\n\r\nplain note\r\n");
    QVERIFY(hasWarning(r, 5, QStringLiteral("“p”")));
    QCOMPARE(r.release.name, QStringLiteral("T"));
    QCOMPARE(r.release.gates.at(0).notes, QStringLiteral("plain note"));
    QVERIFY(!r.release.gates.at(0).notes.contains(QLatin1Char('\r')));
}

void TestMarkdownImporterEdges::commands_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QStringList>("commands");
    QTest::addColumn<QString>("details");

    QTest::newRow("inline spans in order") << QByteArray("- [ ] x\n  - Commands: `a`; then `b` and `c`\n")
                                           << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
                                           << QString();
    QTest::newRow("parenthesised alternative") << QByteArray("- [ ] x\n  - Command: `a` (or `b`)\n")
                                               << QStringList{QStringLiteral("a")} << QStringLiteral("Alternative: `b`");
    QTest::newRow("file name is not a command") << QByteArray("- [ ] x\n  - Command: `./run.sh` with `.env.local`\n")
                                                << QStringList{QStringLiteral("./run.sh")} << QString();
    QTest::newRow("no command at all") << QByteArray("- [ ] x\n  - Command: open the console by hand\n") << QStringList()
                                       << QStringLiteral("open the console by hand");
    QTest::newRow("nested bullets with prefixes")
        << QByteArray("- [ ] x\n  - Commands:\n    - Backup: `a` (or `z`)\n    - `b`\n")
        << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QStringLiteral("Alternative: `z`");
    QTest::newRow("fence under the bullet") << QByteArray("- [ ] x\n\n  ```bash\n  # build\n  make\n  ```\n")
                                            << QStringList{QStringLiteral("make")} << QString();
    QTest::newRow("fence comments become items")
        << QByteArray("```bash\n# 1. Prepare\nexport A=1 \\\n  B=2\n# extra words\n```\n")
        << QStringList{QStringLiteral("export A=1 B=2")} << QString();
    QTest::newRow("second comment explains the first")
        << QByteArray("```bash\n# Build\n# with the release flags\nmake\n```\n") << QStringList{QStringLiteral("make")}
        << QStringLiteral("with the release flags");
    QTest::newRow("command keeps its spacing") << QByteArray("- [ ] x\n  - Command: `echo  'a   b'`\n")
                                               << QStringList{QStringLiteral("echo  'a   b'")} << QString();
    QTest::newRow("backticks inside a command") << QByteArray("- [ ] x\n  - Command: `` echo `date` ``\n")
                                                << QStringList{QStringLiteral("echo `date`")} << QString();
}

void TestMarkdownImporterEdges::commands()
{
    QFETCH(QByteArray, markdown);
    const ImportResult r = importOk("## Run\n\n" + markdown);
    QVERIFY(!r.release.gates.empty());
    const Item &item = r.release.gates.front().items.front();
    QTEST(item.commands, "commands");
    QTEST(item.details, "details");
}

void TestMarkdownImporterEdges::curlLines_data()
{
    // What a plain curl health check becomes: a probe (method and URL), or it stays a command.
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QString>("method");     // empty: no probe
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("commands");

    const auto item = [](const QByteArray &command) -> QByteArray {
        return "- [ ] Health\n  - Command: `" + command + "`\n";
    };
    const auto probe = [](const char *flags) -> QByteArray {
        return QByteArray("curl ") + flags + " http://staging.test/health";
    };
    const QString health = QStringLiteral("http://staging.test/health");
    for (const char *flags : {"-f", "-sfS", "-fsS", "-fs", "--fail", "-s -f", "--fail --silent --show-error", "-Ssf"})
        QTest::addRow("curl %s", flags) << item(probe(flags)) << QStringLiteral("GET") << health << QStringList();
    QTest::newRow("HEAD") << item(probe("-fsSI")) << QStringLiteral("HEAD") << health << QStringList();
    QTest::newRow("--head") << item(probe("--fail --head")) << QStringLiteral("HEAD") << health << QStringList();
    QTest::newRow("options after the URL") << item("curl http://staging.test/health -f") << QStringLiteral("GET")
                                           << health << QStringList();
    QTest::newRow("https, port and query") << item("curl -fsS https://staging.test:8443/health?full=1")
                                           << QStringLiteral("GET") << QStringLiteral("https://staging.test:8443/health?full=1")
                                           << QStringList();
    QTest::newRow("single-quoted with &") << item("curl -f 'http://staging.test/a?b=1&c=2'") << QStringLiteral("GET")
                                          << QStringLiteral("http://staging.test/a?b=1&c=2") << QStringList();
    QTest::newRow("double-quoted plain") << item("curl -f \"http://staging.test/health\"") << QStringLiteral("GET")
                                         << health << QStringList();
    QTest::newRow("fenced block line") << QByteArray("```bash\ncurl -fsS http://staging.test/health\n```\n")
                                       << QStringLiteral("GET") << health << QStringList();
    QTest::newRow("fenced block under a comment") << QByteArray("```sh\n# Health\ncurl -f http://staging.test/health\n```\n")
                                                  << QStringLiteral("GET") << health << QStringList();
    QTest::newRow("fence under the bullet") << QByteArray("- [ ] x\n\n  ```bash\n  curl -f http://staging.test/health\n  ```\n")
                                            << QStringLiteral("GET") << health << QStringList();

    const auto stays = [&](const char *name, const char *command) {
        QTest::newRow(name) << item(command) << QString() << QString() << QStringList{QString::fromUtf8(command)};
    };
    stays("no --fail: a 503 would pass", "curl -sS http://staging.test/health");
    stays("no options at all", "curl http://staging.test/health");
    stays("follows redirects anywhere", "curl -fsSL http://staging.test/health");
    stays("ignores TLS errors", "curl -fk https://staging.test/health");
    stays("header", "curl -f -H 'Authorization: x' http://staging.test/health");
    stays("data", "curl -f -d a=1 http://staging.test/health");
    stays("output file", "curl -f -o out.json http://staging.test/health");
    stays("method", "curl -f -X POST http://staging.test/health");
    stays("pipe", "curl -fsS http://staging.test/health | jq .status");
    stays("shell list", "curl -f http://staging.test/health && echo ok");
    stays("semicolon in the word", "curl -f http://staging.test/;touch");
    stays("variable", "curl -f http://$HOST/health");
    stays("variable in double quotes", "curl -f \"http://$HOST/health\"");
    stays("command substitution", "curl -f http://staging.test/$(id -u)");
    stays("curl URL range", "curl -f http://staging.test/[1-3]");
    stays("curl URL set", "curl -f 'http://staging.test/{a,b}'");
    stays("placeholder host", "curl -sfS http://<staging>/health");
    stays("no scheme", "curl -f staging.test/health");
    stays("not http", "curl -f ftp://staging.test/file");
    stays("two URLs", "curl -f http://a.test/ http://b.test/");
    stays("not curl", "wget -q http://staging.test/health");
    stays("curl spelled otherwise", "/usr/bin/curl -f http://staging.test/health");

    // Run in order in one run, a probe cannot stand among commands: they all stay commands.
    QTest::newRow("curl among commands") << QByteArray("- [ ] x\n  - Commands: `make up` then `curl -f http://staging.test/`\n")
                                         << QString() << QString()
                                         << QStringList{QStringLiteral("make up"), QStringLiteral("curl -f http://staging.test/")};
    QTest::newRow("two curl lines") << QByteArray("```bash\n# Health\ncurl -f http://a.test/\ncurl -f http://b.test/\n```\n")
                                    << QString() << QString()
                                    << QStringList{QStringLiteral("curl -f http://a.test/"), QStringLiteral("curl -f http://b.test/")};
}

void TestMarkdownImporterEdges::curlLines()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QString, method);
    QFETCH(QString, url);
    const ImportResult r = importOk("## Run\n\n" + markdown);
    QVERIFY(!r.release.gates.empty());
    const Item &item = r.release.gates.front().items.front();
    QTEST(item.commands, "commands");
    QCOMPARE(item.probe.has_value(), !method.isEmpty());
    QVERIFY(item.commandsImported);
    if (!item.probe)
        return;
    QCOMPARE(item.probe->method, method);
    QCOMPARE(item.probe->url, url);
    const Probe defaults;
    QCOMPARE(item.probe->expectedStatus, 200);
    QCOMPARE(item.probe->maxLatencyMs, defaults.maxLatencyMs);
    QCOMPARE(item.probe->timeoutMs, defaults.timeoutMs);
    QCOMPARE(item.probe->bodyContains, QString());
    QVERIFY(item.isRunnable());
}

void TestMarkdownImporterEdges::probeSettings()
{
    const ImportResult r = importOk("## Smoke\n\n"
                                    "- [ ] API ready\n"
                                    "  - Command: `curl -fsS https://staging.test/ready`\n"
                                    "  - Probe: status 204, within 250 ms, timeout 3 s, body contains `a, \"b\"`, retries 3\n"
                                    "  - Owner: Backend\n");
    const Item &item = r.release.gates.at(0).items.at(0);
    QVERIFY(item.probe);
    QCOMPARE(item.probe->url, QStringLiteral("https://staging.test/ready"));
    QCOMPARE(item.probe->expectedStatus, 204);
    QCOMPARE(item.probe->maxLatencyMs, 250);
    QCOMPARE(item.probe->timeoutMs, 3000);
    QCOMPARE(item.probe->bodyContains, QStringLiteral("a, \"b\""));
    QCOMPARE(item.owners, QStringList{QStringLiteral("Backend")});
    QVERIFY(item.details.isEmpty());
    QVERIFY(item.children.empty());
    QCOMPARE(int(r.warnings.size()), 1);
    QVERIFY(hasWarning(r, 5, QStringLiteral("Unknown probe setting \u201cretries 3\u201d ignored")));
}

void TestMarkdownImporterEdges::probeSettingsWithoutAProbe()
{
    const ImportResult r = importOk("## Smoke\n\n"
                                    "- [ ] API ready\n"
                                    "  - Command: `curl -fsSL https://staging.test/ready`\n"
                                    "  - Probe: status 204\n");
    const Item &item = r.release.gates.at(0).items.at(0);
    QVERIFY(!item.probe);
    QCOMPARE(item.commands, QStringList{QStringLiteral("curl -fsSL https://staging.test/ready")});
    QCOMPARE(item.details, QStringLiteral("Probe: status 204"));
    QVERIFY(hasWarning(r, 5, QStringLiteral("kept in the details")));
}

void TestMarkdownImporterEdges::commandsFromTheFileAwaitApproval()
{
    const ImportResult r = importOk("## Gate\n\n"
                                    "- [ ] Group\n"
                                    "  - [ ] Lint\n"
                                    "    - Command: `npm run lint`\n"
                                    "  - [ ] Health\n"
                                    "    - Command: `curl -f http://staging.test/health`\n"
                                    "- [ ] Read the runbook\n");
    const std::vector<Item> &items = r.release.gates.at(0).items;
    QVERIFY(!items.at(0).commandsImported);
    QVERIFY(items.at(0).children.at(0).commandsImported);
    QVERIFY(items.at(0).children.at(1).commandsImported);
    QVERIFY(items.at(0).children.at(1).probe);
    QVERIFY(!items.at(1).commandsImported);
    forEachItem(items, [](const Item &item) { QVERIFY(item.approvedHash.isEmpty()); });
}

void TestMarkdownImporterEdges::labelledFields()
{
    const ImportResult r = importOk("## Misc gate\n\n"
                                    "- [ ] Rotate keys\n"
                                    "  - **Status:** waived\n"
                                    "  - Reason: vendor outage\n"
                                    "  - Waiver expires: 2031-02-28\n"
                                    "  - Component: auth\n"
                                    "  - Blocker: yes\n"
                                    "  - Pass: new keys in use\n"
                                    "    everywhere\n"
                                    "  - Pass: old keys revoked\n"
                                    "  - Evidence: audit log\n"
                                    "  - Owners: Security and Platform.\n"
                                    "  - CI job: `rotate` nightly\n"
                                    "  - Note: see runbook\n"
                                    "  - Details: first\n"
                                    "  - Action: second\n"
                                    "  - plain child\n"
                                    "\n"
                                    "  Free text under the item.\n");
    QCOMPARE(int(r.release.gates.size()), 1);
    const Item &item = r.release.gates[0].items.at(0);
    QCOMPARE(item.title, QStringLiteral("Rotate keys"));
    QCOMPARE(item.status, ItemStatus::Waived);
    QCOMPARE(item.statusReason, QStringLiteral("vendor outage"));
    QCOMPARE(item.waiverExpiry, QDate(2031, 2, 28));
    QCOMPARE(item.component, QStringLiteral("auth"));
    QVERIFY(item.blocker);
    QCOMPARE(item.passCriteria, QStringLiteral("new keys in use everywhere\nold keys revoked"));
    QCOMPARE(item.evidence, QStringLiteral("audit log"));
    QCOMPARE(item.owners, (QStringList{QStringLiteral("Security"), QStringLiteral("Platform")}));
    QCOMPARE(item.ciJob, QStringLiteral("rotate nightly"));
    QCOMPARE(item.note, QStringLiteral("see runbook"));
    QCOMPARE(item.details, QStringLiteral("first\nsecond\nFree text under the item."));
    QCOMPARE(int(item.children.size()), 1);
    QCOMPARE(item.children[0].title, QStringLiteral("plain child"));
    QVERIFY(r.warnings.empty());
}

void TestMarkdownImporterEdges::labelSpellings_data()
{
    // How a labelled sub-bullet may be spelled, and what is not a label: the line it reads from.
    QTest::addColumn<QByteArray>("bullet");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("upper case") << QByteArray("COMMAND: `make`") << QStringLiteral("commands") << QStringLiteral("make");
    QTest::newRow("plural") << QByteArray("Commands: `a`; `b`") << QStringLiteral("commands") << QStringLiteral("a|b");
    QTest::newRow("blank before colon") << QByteArray("Owner :  QA") << QStringLiteral("owners") << QStringLiteral("QA");
    QTest::newRow("pass criteria, wide") << QByteArray("Pass   criteria: green") << QStringLiteral("pass") << QStringLiteral("green");
    QTest::newRow("ci job with hyphens") << QByteArray("CI - job: nightly") << QStringLiteral("ci") << QStringLiteral("nightly");
    QTest::newRow("ci job run together") << QByteArray("cijob: nightly") << QStringLiteral("ci") << QStringLiteral("nightly");
    QTest::newRow("status reason") << QByteArray("Status reason: flaky") << QStringLiteral("reason") << QStringLiteral("flaky");
    QTest::newRow("current status") << QByteArray("Current status: half done") << QStringLiteral("note")
                                    << QStringLiteral("half done");
    QTest::newRow("waiver expiry") << QByteArray("Waiver expiry: 2030-01-31") << QStringLiteral("waiver")
                                   << QStringLiteral("2030-01-31");
    QTest::newRow("label alone") << QByteArray("Blocker:") << QStringLiteral("child") << QString();
    QTest::newRow("no blank after colon") << QByteArray("Pass:green") << QStringLiteral("child") << QStringLiteral("Pass:green");
    QTest::newRow("longer word") << QByteArray("Statuses: many") << QStringLiteral("child") << QStringLiteral("Statuses: many");
    QTest::newRow("label later in line") << QByteArray("See Owner: QA") << QStringLiteral("child") << QStringLiteral("See Owner: QA");
}

void TestMarkdownImporterEdges::labelSpellings()
{
    QFETCH(QByteArray, bullet);
    QFETCH(QString, field);
    const ImportResult r = importOk("## G\n\n- [ ] Item\n  - " + bullet + "\n");
    QCOMPARE(int(r.release.gates.size()), 1);
    const Item &item = r.release.gates[0].items.at(0);
    QStringList children;
    for (const Item &child : item.children)
        children << child.title;
    const QString actual = field == QLatin1String("commands") ? item.commands.join(QLatin1Char('|'))
        : field == QLatin1String("owners")                    ? item.owners.join(QLatin1Char('|'))
        : field == QLatin1String("pass")                      ? item.passCriteria
        : field == QLatin1String("ci")                        ? item.ciJob
        : field == QLatin1String("reason")                    ? item.statusReason
        : field == QLatin1String("note")                      ? item.note
        : field == QLatin1String("waiver")                    ? item.waiverExpiry.toString(Qt::ISODate)
                                                              : children.join(QLatin1Char('|'));
    QTEST(actual, "value");
}

void TestMarkdownImporterEdges::unknownLabelValuesWarn()
{
    const ImportResult r = importOk("## G\n\n- [ ] a\n  - Status: sideways\n  - Blocker: maybe\n  - Waiver expires: soon\n"
                                    "- [ ] b\n  - Status: waived\n- [ ] c (critical)\n  - Blocker: no\n");
    QVERIFY(hasWarning(r, 4, QStringLiteral("sideways")));
    QVERIFY(hasWarning(r, 5, QStringLiteral("maybe")));
    QVERIFY(hasWarning(r, 6, QStringLiteral("soon")));
    QVERIFY(hasWarning(r, 7, QStringLiteral("waived without a reason")));
    const Gate &g = r.release.gates.at(0);
    QCOMPARE(g.items[0].status, ItemStatus::NotStarted);
    QCOMPARE(g.items[0].details, QStringLiteral("Status: sideways"));
    QVERIFY(!g.items[2].blocker);   // an explicit "no" wins over "(critical)"
}

void TestMarkdownImporterEdges::checkedParentWarning()
{
    const ImportResult r = importOk("## G\n\n- [x] all good\n  - [x] one\n  - [x] two\n\n- [x] not really\n  - [x] one\n  - [ ] two\n");
    QCOMPARE(int(r.warnings.size()), 1);
    QCOMPARE(r.warnings[0].line, 7);
    QVERIFY(r.warnings[0].message.contains(QStringLiteral("not really")));
    QCOMPARE(r.release.gates[0].items[1].status, ItemStatus::Passed);   // imported as written
}

void TestMarkdownImporterEdges::gateMarkerAndRequiresPrevious()
{
    const ImportResult r = importOk("## A\n\n- [ ] a\n\n## B\n\nRequires previous gate: yes\n\nSome words.\n\n- [ ] b\n\n"
                                    "## GO criteria\n\n<!-- greenlight:gate -->\n\n- [ ] still an item\n\n## Empty\n\n"
                                    "<!-- greenlight:gate -->\n");
    QCOMPARE(test::releaseShape(r.release), QStringLiteral("A{[ ]a} | B{[ ]b} | GO criteria{[ ]still an item} | Empty{}"));
    QVERIFY(!r.release.gates[0].requiresPrevious);
    QVERIFY(r.release.gates[1].requiresPrevious);
    QCOMPARE(r.release.gates[1].notes, QStringLiteral("Some words."));
    QVERIFY(r.release.criteria.empty());
}

void TestMarkdownImporterEdges::metricTables_data()
{
    QTest::addColumn<QByteArray>("table");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("currentText");
    QTest::addColumn<double>("required");
    QTest::addColumn<int>("op");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("weight");
    QTest::addColumn<bool>("blocker");
    QTest::addColumn<bool>("met");

    QTest::newRow("target column, default operator")
        << QByteArray("| Metric | Current | Target |\n|---|---|---|\n| **Uptime** \xE2\x9C\x85 | 99.95% | 99.9% |\n")
        << QStringLiteral("Uptime") << QStringLiteral("99.95%") << 99.9 << int(Operator::GreaterOrEqual)
        << QStringLiteral("%") << 0.0 << false << true;
    QTest::newRow("less than, blocker Y") << QByteArray("| KPI | Current value | Required | Blocker |\n|---|---|---|---|\n| Latency | 700ms | <500ms | Y |\n")
                                          << QStringLiteral("Latency") << QStringLiteral("700ms") << 500.0 << int(Operator::Less)
                                          << QStringLiteral("ms") << 0.0 << true << false;
    QTest::newRow("empty current is not met") << QByteArray("| M | Current | Required |\n|---|---|---|\n| Errors |  | \xE2\x89\xA4 1 |\n")
                                              << QStringLiteral("Errors") << QString() << 1.0 << int(Operator::LessOrEqual)
                                              << QString() << 0.0 << false << false;
    QTest::newRow("weight in percent, score as current")
        << QByteArray("| Criterion | Weight | Score |\n|---|---|---|\n| Security | 20% | 8 |\n") << QStringLiteral("Security")
        << QStringLiteral("8") << 0.0 << int(Operator::GreaterOrEqual) << QString() << 20.0 << false << true;
    QTest::newRow("weight as a fraction") << QByteArray("| Criterion | Weight | Current | Required |\n|---|---|---|---|\n| Docs | 0.2 | 7 | >5 |\n")
                                          << QStringLiteral("Docs") << QStringLiteral("7") << 5.0 << int(Operator::Greater)
                                          << QString() << 0.2 << false << true;
}

void TestMarkdownImporterEdges::metricTables()
{
    QFETCH(QByteArray, table);
    const ImportResult r = importOk("## Matrix\n\n" + table);
    QCOMPARE(int(r.release.metrics.size()), 1);
    const Metric &m = r.release.metrics.front();
    QTEST(m.name, "name");
    QTEST(m.currentText, "currentText");
    QFETCH(double, required);
    if (required != 0.0)
        QCOMPARE(m.required, std::optional<double>(required));
    QTEST(int(m.op), "op");
    QTEST(m.unit, "unit");
    QTEST(m.weight, "weight");
    QTEST(m.blocker, "blocker");
    QTEST(metricMet(m), "met");
    QVERIFY(r.release.gates.empty());
}

void TestMarkdownImporterEdges::metricStatusDisagreementWarns()
{
    const ImportResult r = importOk("## M\n\n| Factor | Current | Required | Status |\n|---|---|---|---|\n"
                                    "| Coverage | 50% | >65% | \xE2\x9C\x85 |\n| Size | 2MB | <3MB | OK |\n"
                                    "\n| Plain | Table |\n|---|---|\n| a | b |\n\n- [ ] x\n");
    QCOMPARE(int(r.release.metrics.size()), 2);
    QVERIFY(hasWarning(r, 5, QStringLiteral("Coverage")));
    QCOMPARE(int(r.warnings.size()), 1);
    QCOMPARE(r.release.gates.at(0).notes, QStringLiteral("| Plain | Table |\n|---|---|\n| a | b |"));
}

void TestMarkdownImporterEdges::criteriaHeadings_data()
{
    QTest::addColumn<QByteArray>("heading");
    QTest::addColumn<int>("kind");
    QTest::newRow("GO") << QByteArray("### GO Criteria (All Must Be Met)") << int(CriterionKind::Go);
    QTest::newRow("go lower case") << QByteArray("## go criteria") << int(CriterionKind::Go);
    QTest::newRow("NO-GO") << QByteArray("### NO-GO Criteria (Any One Blocks)") << int(CriterionKind::NoGo);
    QTest::newRow("NO GO") << QByteArray("## No Go criteria") << int(CriterionKind::NoGo);
    QTest::newRow("NOGO") << QByteArray("## NOGO criteria") << int(CriterionKind::NoGo);
    QTest::newRow("emoji") << QByteArray("## \xE2\x9B\x94 No-go criteria") << int(CriterionKind::NoGo);
}

void TestMarkdownImporterEdges::criteriaHeadings()
{
    QFETCH(QByteArray, heading);
    QFETCH(int, kind);
    const ImportResult r = importOk("## G\n\n- [ ] a\n\n" + heading + "\n\n- [x] \xE2\x9C\x85 holds\n- [ ] \xE2\x9D\x8C open\n  - nested\n");
    QCOMPARE(int(r.release.criteria.size()), 3);
    QCOMPARE(r.release.criteria[0].text, QStringLiteral("holds"));
    QVERIFY(r.release.criteria[0].holds);
    QCOMPARE(r.release.criteria[1].text, QStringLiteral("open"));
    QVERIFY(!r.release.criteria[1].holds);
    QCOMPARE(r.release.criteria[2].text, QStringLiteral("nested"));
    for (const Criterion &c : r.release.criteria)
        QCOMPARE(int(c.kind), kind);
    QCOMPARE(int(r.release.gates.size()), 1);
}

void TestMarkdownImporterEdges::targetReadiness_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<double>("target");
    QTest::newRow("seed style") << QByteArray("**Current Readiness:** 23% | **Target Readiness:** >90%") << 90.0;
    QTest::newRow("prose") << QByteArray("We aim for a target readiness 85% this time.") << 85.0;
    QTest::newRow("exporter line") << QByteArray("Target readiness: 87.5%") << 87.5;
    QTest::newRow("none") << QByteArray("Readiness is 50%.") << 90.0;
}

void TestMarkdownImporterEdges::targetReadiness()
{
    QFETCH(QByteArray, line);
    const ImportResult r = importOk("# R\n\n" + line + "\n\n## G\n\n- [ ] a\n");
    QTEST(r.release.targetReadiness, "target");
}

void TestMarkdownImporterEdges::invalidUtf8FallsBackToWindows1252()
{
    const ImportResult r = importOk("## Caf\xE9 checks\n\n- [ ] \x93quoted\x94 item\n");
    QCOMPARE(test::releaseShape(r.release), QStringLiteral("Caf\u00E9 checks{[ ]\u201Cquoted\u201D item}"));
    QVERIFY(hasWarning(r, 0, QStringLiteral("Windows-1252")));
}

QTEST_GUILESS_MAIN(TestMarkdownImporterEdges)
#include "tst_markdownimporteredges.moc"
