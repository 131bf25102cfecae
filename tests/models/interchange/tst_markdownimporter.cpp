// MarkdownImporter on the two real seeds and the bundled demo template, with exact expectations,
// and the files it must refuse. Edge cases of the Markdown itself: tst_markdownimporteredges.cpp.

#include "ImportShape.h"
#include "interchange/MarkdownImporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace gl;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(GREENLIGHT_TEST_DATA "/") + QLatin1String(name);
}

QString demoTemplate()
{
    return QStringLiteral(GREENLIGHT_TEST_DATA "/../../resources/templates/demo-release.md");
}

const Gate *gateNamed(const Release &release, const QString &title)
{
    for (const Gate &gate : release.gates) {
        if (gate.title == title)
            return &gate;
    }
    return nullptr;
}

const Item *itemNamed(const Release &release, const QString &title)
{
    const Item *found = nullptr;
    for (const Gate &gate : release.gates)
        forEachItem(gate.items, [&](const Item &item) {
            if (!found && item.title == title)
                found = &item;
        });
    return found;
}

QStringList titles(const std::vector<Item> &items)
{
    QStringList out;
    for (const Item &item : items)
        out << item.title;
    return out;
}

} // namespace

class TestMarkdownImporter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void readinessSeedGates();
    void readinessSeedFormattingAndLinting();
    void readinessSeedItems_data();
    void readinessSeedItems();
    void readinessSeedNotes();

    void deploymentSeedGates();
    void deploymentSeedLeafCounts_data();
    void deploymentSeedLeafCounts();
    void deploymentSeedWorkflowPhases();
    void deploymentSeedMetrics();
    void deploymentSeedCriteria();
    void deploymentSeedWarnings();
    void deploymentSeedNotes();

    void demoTemplate();
    void templateGallery_data();
    void templateGallery();

    void refusesBytes_data();
    void refusesBytes();
    void refusesFiles();
    void nameAndSource();
    void workingFolderIsTheFilesFolder();
    void seedCommandsAwaitApprovalAndStayCommands();

private:
    ImportResult m_readiness;
    ImportResult m_deployment;
};

void TestMarkdownImporter::initTestCase()
{
    auto readiness = MarkdownImporter::importFile(dataFile("staging-readiness-checklist.md"));
    QVERIFY2(readiness.ok(), qPrintable(readiness.message()));
    m_readiness = *readiness;
    auto deployment = MarkdownImporter::importFile(dataFile("staging-deployment-checklist.md"));
    QVERIFY2(deployment.ok(), qPrintable(deployment.message()));
    m_deployment = *deployment;
}

void TestMarkdownImporter::readinessSeedGates()
{
    const Release &r = m_readiness.release;
    QCOMPARE(r.name, QStringLiteral("MediaNest Staging Deployment Readiness Checklist"));
    QStringList gateTitles;
    QList<int> counts;
    for (const Gate &gate : r.gates) {
        gateTitles << gate.title;
        counts << int(gate.items.size());
        QVERIFY(!gate.requiresPrevious);
    }
    QCOMPARE(gateTitles, (QStringList{
                             QStringLiteral("Phase 0: Preconditions"),
                             QStringLiteral("Phase 1: Pre\u2011Flight (Developer Local)"),
                             QStringLiteral("Phase 2: CI Gates (Automated, PR\u2011blocking)"),
                             QStringLiteral("Phase 3: Release Candidate Artifacts (Tag/Release)"),
                             QStringLiteral("Phase 4: Staging Infrastructure Readiness"),
                             QStringLiteral("Phase 5: Deploy to Staging & Verify"),
                             QStringLiteral("Phase 6: Observability & SLO Checks"),
                             QStringLiteral("Phase 7: Rollback Readiness (Exercise Once)"),
                         }));
    QCOMPARE(counts, (QList<int>{3, 4, 5, 2, 4, 4, 2, 2}));
    QVERIFY(r.metrics.empty());
    QVERIFY(r.criteria.empty());
    QCOMPARE(r.targetReadiness, 90.0);
    QCOMPARE(int(m_readiness.warnings.size()), 0);
    QCOMPARE(titles(r.gates[0].items),
             (QStringList{QStringLiteral("Tooling: Node/npm match engines; Docker/Compose available; access to secrets store."),
                          QStringLiteral("Branch hygiene: Conventional Commits; hooks enabled; CI green on branch."),
                          QStringLiteral("Env files: `.env.staging` derived from `.env.staging.example` (no secrets committed).")}));
}

void TestMarkdownImporter::readinessSeedFormattingAndLinting()
{
    const Item *item = itemNamed(m_readiness.release, QStringLiteral("Formatting & linting"));
    QVERIFY(item);
    QCOMPARE(item->commands, (QStringList{QStringLiteral("npm run format"), QStringLiteral("cd backend && npm run lint"),
                                          QStringLiteral("cd frontend && npm run lint"),
                                          QStringLiteral("cd shared && npm run lint")}));
    QVERIFY(item->passCriteria.startsWith(QStringLiteral("0 errors;")));
    QCOMPARE(item->passCriteria, QStringLiteral("0 errors; warnings acceptable only if documented."));
    QCOMPARE(item->evidence, QStringLiteral("Lint output snippet in PR."));
    QCOMPARE(item->owners, (QStringList{QStringLiteral("Backend"), QStringLiteral("Frontend"), QStringLiteral("Shared")}));
    QCOMPARE(item->status, ItemStatus::NotStarted);
    QVERIFY(item->children.empty());
    QVERIFY(!item->blocker);
    QVERIFY(item->details.isEmpty());
}

void TestMarkdownImporter::readinessSeedItems_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("commands");
    QTest::addColumn<QString>("details");
    QTest::addColumn<QString>("ciJob");
    QTest::addColumn<QStringList>("owners");
    QTest::addColumn<bool>("blocker");
    QTest::addColumn<QString>("note");

    const auto l = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *s : items)
            out << QString::fromUtf8(s);
        return out;
    };
    QTest::newRow("alternative in parentheses is not run")
        << QStringLiteral("Type safety") << l({"npm run typecheck"})
        << QStringLiteral("Alternative: `npm run typecheck:backend && npm run typecheck:frontend`") << QString()
        << l({"Backend", "Frontend"}) << false << QString();
    QTest::newRow("file names are not commands")
        << QStringLiteral("Env parity check") << QStringList()
        << QStringLiteral("Diff `.env.example` vs `.env.staging.example`") << QString() << l({"DevOps", "Backend"})
        << false << QString();
    QTest::newRow("PR-blocking gate, CI job unwrapped")
        << QStringLiteral("Build all") << l({"npm run build", "npm run build:verify"}) << QString()
        << QStringLiteral("build-all | Cache: node_modules by package-lock.json") << l({"Backend", "Frontend"}) << true
        << QString();
    QTest::newRow("two CI jobs")
        << QStringLiteral("Unit/integration + coverage") << l({"npm run test:ci"}) << QString()
        << QStringLiteral("test-ci and test-coverage | Cache: vitest cache") << l({"All"}) << true << QString();
    QTest::newRow("directory aside")
        << QStringLiteral("E2E (API-level where feasible)") << l({"npm run test:e2e"})
        << QStringLiteral("From `backend/`") << QStringLiteral("e2e-backend") << l({"Backend"}) << true << QString();
    QTest::newRow("commands as nested bullets")
        << QStringLiteral("Production images")
        << l({"docker build -f Dockerfile --target backend-production -t medianest-backend:${GIT_SHA} .",
              "docker build -f Dockerfile --target frontend-production -t medianest-frontend:${GIT_SHA} ."})
        << QString() << QStringLiteral("build-push-containers | Cache: Docker layer cache") << l({"DevOps"}) << false
        << QString();
    QTest::newRow("Backup: prefix ignored, alternative kept")
        << QStringLiteral("DB backup then migrate")
        << l({"backend/scripts/backup-procedures.sh pre-deployment", "npm run db:migrate"})
        << QStringLiteral("Alternative: compose `pg_dump`") << QString() << l({"DevOps", "Backend"}) << false << QString();
    QTest::newRow("API: and Frontend: prefixes")
        << QStringLiteral("Smoke endpoints") << l({"curl -sfS http://<staging>/health", "curl -sfS http://<staging>/"})
        << QString() << QString() << l({"Backend", "Frontend"}) << false << QString();
    QTest::newRow("Action goes to details")
        << QStringLiteral("Secrets & config set") << QStringList()
        << QStringLiteral("Validate from secure store; ensure `.env.staging` present") << QString() << l({"DevOps"})
        << false << QString();
    QTest::newRow("Note only")
        << QStringLiteral("Schema compatibility") << QStringList() << QString() << QString() << QStringList() << false
        << QStringLiteral("If migrations are non\u2011reversible, document impact; prefer feature toggles.");
}

void TestMarkdownImporter::readinessSeedItems()
{
    QFETCH(QString, title);
    const Item *item = itemNamed(m_readiness.release, title);
    QVERIFY2(item, qPrintable(title));
    QTEST(item->commands, "commands");
    QTEST(item->details, "details");
    QTEST(item->ciJob, "ciJob");
    QTEST(item->owners, "owners");
    QTEST(item->blocker, "blocker");
    QTEST(item->note, "note");
}

void TestMarkdownImporter::readinessSeedNotes()
{
    const QString notes = m_readiness.release.notes;
    QVERIFY(notes.startsWith(QStringLiteral("Objective: Ship to staging")));
    QVERIFY(notes.contains(QStringLiteral("Assumptions\n\n- Node \u2265 18, npm \u2265 8")));
    QVERIFY(notes.contains(QStringLiteral("Repo Pointers")));
    for (const char *heading : {"## PR Evidence Bundle (attach or link)", "## CI Job Map (suggested)",
                                "## Rationale Highlights", "## Gaps & Light Proposals (planning only; no edits made)"})
        QVERIFY2(notes.contains(QString::fromUtf8(heading)), heading);
    QVERIFY(!notes.contains(QStringLiteral("## Phase")));
    QVERIFY(notes.endsWith(QStringLiteral("to detect regressions vs last staging.")));
}

void TestMarkdownImporter::deploymentSeedGates()
{
    const Release &r = m_deployment.release;
    QCOMPARE(r.name, QStringLiteral("STAGING DEPLOYMENT CHECKLIST - MEDIANEST"));
    QCOMPARE(r.targetReadiness, 90.0);
    QStringList gateTitles;
    QList<int> counts;
    for (const Gate &gate : r.gates) {
        gateTitles << gate.title;
        counts << int(gate.items.size());
    }
    QCOMPARE(gateTitles, (QStringList{
                             QStringLiteral("GATE 1: CRITICAL FUNCTIONALITY (CURRENTLY FAILING)"),
                             QStringLiteral("GATE 2: SECURITY VALIDATION (MOSTLY PASSING)"),
                             QStringLiteral("GATE 3: DOCUMENTATION & OPERATIONS (PASSING)"),
                             QStringLiteral("Phase 1: Pre-Deployment Validation"),
                             QStringLiteral("Phase 2: Staged Rollout Protocol"),
                             QStringLiteral("Phase 3: Validation and Monitoring"),
                             QStringLiteral("Immediate Rollback (<60 seconds)"),
                             QStringLiteral("Database Rollback (if required)"),
                             QStringLiteral("Full Environment Reset"),
                             QStringLiteral("Pre-Deployment (T-24 hours)"),
                             QStringLiteral("During Deployment (T-0 to T+4 hours)"),
                             QStringLiteral("Post-Deployment (T+4 to T+24 hours)"),
                             QStringLiteral("Immediate Validation (T+1 hour)"),
                             QStringLiteral("Extended Validation (T+24 hours)"),
                             QStringLiteral("Success Criteria for Production Promotion"),
                         }));
    QCOMPARE(counts, (QList<int>{3, 3, 3, 3, 4, 3, 2, 2, 2, 4, 4, 4, 5, 5, 6}));
    QCOMPARE(r.gates[0].notes, QStringLiteral("Status: \u274C BLOCKED | Completion: 35%"));
    QCOMPARE(r.gates[1].notes, QStringLiteral("Status: \u26A0\uFE0F CONDITIONAL | Completion: 82%"));
    QCOMPARE(r.gates[2].notes, QStringLiteral("Status: \u2705 APPROVED | Completion: 94%"));
    QCOMPARE(r.gates[3].notes, QStringLiteral("Estimated Duration: 24-48 hours"));

    const Item *core = itemNamed(r, QStringLiteral("Core API Endpoints Functional"));
    QVERIFY(core);
    QCOMPARE(core->note, QStringLiteral("39+ TODO markers, core routes stubbed"));
    QCOMPARE(titles(core->children), (QStringList{QStringLiteral("Media search and request endpoints implemented"),
                                                  QStringLiteral("User management APIs complete"),
                                                  QStringLiteral("Authentication flows validated"),
                                                  QStringLiteral("Database integration replaced mock data")}));
    const Item *secrets = itemNamed(r, QStringLiteral("Hardcoded secrets removed (CRITICAL)"));
    QVERIFY(secrets);
    QVERIFY(secrets->blocker);
    QCOMPARE(secrets->status, ItemStatus::NotStarted);
}

void TestMarkdownImporter::deploymentSeedLeafCounts_data()
{
    QTest::addColumn<int>("gate");
    QTest::addColumn<int>("leafCount");
    QTest::addColumn<int>("passed");
    QTest::newRow("GATE 1") << 0 << 12 << 0;
    QTest::newRow("GATE 2") << 1 << 12 << 11;
    QTest::newRow("GATE 3") << 2 << 12 << 11;
}

void TestMarkdownImporter::deploymentSeedLeafCounts()
{
    QFETCH(int, gate);
    const auto all = test::leaves(m_deployment.release.gates.at(size_t(gate)));
    const auto passed = std::count_if(all.begin(), all.end(), [](const Item *i) { return i->status == ItemStatus::Passed; });
    QTEST(int(all.size()), "leafCount");
    QTEST(int(passed), "passed");
}

void TestMarkdownImporter::deploymentSeedWorkflowPhases()
{
    const Release &r = m_deployment.release;
    const Gate *phase1 = gateNamed(r, QStringLiteral("Phase 1: Pre-Deployment Validation"));
    const Gate *phase2 = gateNamed(r, QStringLiteral("Phase 2: Staged Rollout Protocol"));
    const Gate *phase3 = gateNamed(r, QStringLiteral("Phase 3: Validation and Monitoring"));
    QVERIFY(phase1 && phase2 && phase3);
    QCOMPARE(titles(phase1->items), (QStringList{QStringLiteral("1. Environment Preparation"),
                                                 QStringLiteral("2. Critical System Checks"),
                                                 QStringLiteral("3. Infrastructure Validation")}));
    QCOMPARE(phase1->items[0].commands, (QStringList{QStringLiteral("export STAGING_ENV=\"staging\""),
                                                     QStringLiteral("export DEPLOYMENT_ID=$(date +%Y%m%d_%H%M%S)")}));
    QCOMPARE(phase1->items[1].commands, (QStringList{QStringLiteral("npm run test:critical"),
                                                     QStringLiteral("npm run build:production:verify"),
                                                     QStringLiteral("npm run security:scan")}));
    QCOMPARE(phase1->items[2].commands,
             (QStringList{QStringLiteral("docker-compose -f docker-compose.staging.yml config --quiet"),
                          QStringLiteral("docker-compose -f docker-compose.staging.yml up --dry-run")}));
    QCOMPARE(titles(phase2->items), (QStringList{QStringLiteral("Stage 1: Infrastructure Only (0 users)"),
                                                 QStringLiteral("Stage 2: Application Deployment (Internal Testing - 5 users)"),
                                                 QStringLiteral("Stage 3: Limited User Access (Beta Group - 50 users)"),
                                                 QStringLiteral("Stage 4: Broad User Access (All Authorized - 500 users)")}));
    QCOMPARE(phase2->items[2].commands,
             QStringList{QStringLiteral("kubectl patch deployment medianest-app -p '{\"spec\":{\"replicas\":2}}'")});
    QCOMPARE(titles(phase3->items), (QStringList{QStringLiteral("Health Validation"), QStringLiteral("Performance Validation"),
                                                 QStringLiteral("Security Validation")}));
    QCOMPARE(phase3->items[0].commands, (QStringList{QStringLiteral("curl -f http://staging.medianest.com/health/ready"),
                                                     QStringLiteral("curl -f http://staging.medianest.com/health/live")}));
    for (const Gate *gate : {phase1, phase2, phase3}) {
        for (const Item &item : gate->items) {
            QCOMPARE(item.status, ItemStatus::NotStarted);
            QVERIFY(!item.commands.isEmpty());
        }
    }
}

void TestMarkdownImporter::deploymentSeedMetrics()
{
    const std::vector<Metric> &metrics = m_deployment.release.metrics;
    QCOMPARE(int(metrics.size()), 7);
    QStringList names;
    for (const Metric &m : metrics)
        names << m.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Test Coverage"), QStringLiteral("API Completeness"),
                                 QStringLiteral("Bundle Size"), QStringLiteral("Memory Stability"),
                                 QStringLiteral("Security Score"), QStringLiteral("Documentation"),
                                 QStringLiteral("Infrastructure")}));

    const Metric &coverage = metrics[0];
    QCOMPARE(coverage.current, std::optional<double>(3.4));
    QCOMPARE(coverage.op, Operator::Greater);
    QCOMPARE(coverage.required, std::optional<double>(15.0));
    QCOMPARE(coverage.unit, QStringLiteral("%"));
    QVERIFY(!metricMet(coverage));
    QVERIFY(coverage.blocker);

    const Metric &memory = metrics[3];
    QVERIFY(!memory.current.has_value());
    QCOMPARE(memory.currentText, QStringLiteral("Leaking"));
    QCOMPARE(memory.op, Operator::Less);
    QCOMPARE(memory.unit, QStringLiteral("MB/hr"));
    QVERIFY(!metricMet(memory));

    const Metric &security = metrics[4];
    QCOMPARE(security.current, std::optional<double>(8.2));
    QCOMPARE(security.required, std::optional<double>(7.0));
    QCOMPARE(security.unit, QStringLiteral("/10"));
    QVERIFY(metricMet(security));
    QVERIFY(!security.blocker);

    QCOMPARE(metrics[2].unit, QStringLiteral("MB"));
    QCOMPARE(metrics[2].op, Operator::Less);
    const auto blockers = std::count_if(metrics.begin(), metrics.end(), [](const Metric &m) { return m.blocker; });
    const auto met = std::count_if(metrics.begin(), metrics.end(), [](const Metric &m) { return metricMet(m); });
    QCOMPARE(int(blockers), 4);
    QCOMPARE(int(met), 3);
}

void TestMarkdownImporter::deploymentSeedCriteria()
{
    QStringList go, noGo;
    for (const Criterion &c : m_deployment.release.criteria) {
        QVERIFY(!c.holds);
        (c.kind == CriterionKind::Go ? go : noGo) << c.text;
    }
    QCOMPARE(go, (QStringList{QStringLiteral("All P0 technical debt items resolved"),
                              QStringLiteral("Test coverage >15% with passing CI/CD"),
                              QStringLiteral("Core API endpoints 100% functional"),
                              QStringLiteral("Performance targets met (<5s load, <10MB memory growth)"),
                              QStringLiteral("Security vulnerabilities remediated"),
                              QStringLiteral("Rollback procedures validated")}));
    QCOMPARE(noGo, (QStringList{QStringLiteral("Critical functionality missing or broken"),
                                QStringLiteral("Security vulnerabilities unresolved"),
                                QStringLiteral("Performance targets not met"),
                                QStringLiteral("Test infrastructure non-functional"),
                                QStringLiteral("Rollback procedures untested"),
                                QStringLiteral("Operations team not prepared")}));
}

void TestMarkdownImporter::deploymentSeedWarnings()
{
    const auto &w = m_deployment.warnings;
    const auto at = [&](int line, const QString &needle) {
        return std::any_of(w.begin(), w.end(), [&](const ImportWarning &x) { return x.line == line && x.message.contains(needle); });
    };
    QVERIFY(at(37, QStringLiteral("Authentication System Secure")));   // GATE 2: checked parent, open child
    QVERIFY(at(75, QStringLiteral("API Documentation Current")));      // GATE 3: same
    QVERIFY(at(244, QStringLiteral("kept as notes")));                 // "Level 1 (Info): ..." is prose
    QVERIFY(at(0, QStringLiteral("mojibake")));
    QCOMPARE(int(w.size()), 4);
}

void TestMarkdownImporter::deploymentSeedNotes()
{
    const QString notes = m_deployment.release.notes;
    QVERIFY(notes.startsWith(QStringLiteral("**Deployment Date:** TBD (Pending Critical Remediation)")));
    QVERIFY(notes.contains(QStringLiteral("### **Risk Assessment Levels**\n- **\U0001F534 Critical Risk:**")));
    QVERIFY(notes.contains(QStringLiteral("### **Critical Metrics Dashboard**\n```yaml\n# Application Performance")));
    QVERIFY(notes.contains(QStringLiteral("Level 1 (Info): Automated logging, no action required")));
    QVERIFY(notes.contains(QStringLiteral("**DEPLOYMENT RECOMMENDATION: \u274C BLOCKED**")));
    QVERIFY(notes.endsWith(QStringLiteral("realistic deployment readiness assessment.*")));
    // Repaired everywhere except where the repair is ambiguous (a byte of 🎪 was lost).
    QVERIFY(!notes.contains(QStringLiteral("\u00E2\u0153")));
    QVERIFY(notes.contains(QStringLiteral("## \u011F\u0178\u00AA CURRENT DEPLOYMENT STATUS")));
    // Sections read as gates, metrics or criteria are not repeated in the notes.
    QVERIFY(!notes.contains(QStringLiteral("GATE 1")));
    QVERIFY(!notes.contains(QStringLiteral("| **Test Coverage**")));
    QVERIFY(!notes.contains(QStringLiteral("NO-GO")));
}

// The release templates a new release can start from (issue 6): each imports without a warning,
// with its gates in order, runnable items, blockers, weighted metrics, both kinds of criteria and
// its own readiness target, and every item leaves Not started.
void TestMarkdownImporter::templateGallery_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("gates");
    QTest::addColumn<int>("metrics");
    QTest::addColumn<double>("target");
    QTest::newRow("production launch") << QStringLiteral("production-launch.md") << QStringLiteral("Production launch")
                                       << QStringList { QStringLiteral("Gate 1: Release candidate"),
                                              QStringLiteral("Gate 2: Security and compliance"),
                                              QStringLiteral("Gate 3: Production readiness"), QStringLiteral("Gate 4: Launch") }
                                       << 5 << 95.0;
    QTest::newRow("hotfix") << QStringLiteral("hotfix.md") << QStringLiteral("Hotfix")
                            << QStringList { QStringLiteral("Gate 1: The fix"), QStringLiteral("Gate 2: Verify"),
                                   QStringLiteral("Gate 3: Ship") }
                            << 2 << 100.0;
}

void TestMarkdownImporter::templateGallery()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(QStringList, gates);
    QFETCH(int, metrics);
    QFETCH(double, target);
    auto imported = MarkdownImporter::importFile(QStringLiteral(GREENLIGHT_TEST_DATA "/../../resources/templates/") + file);
    QVERIFY2(imported.ok(), qPrintable(imported.message()));
    QVERIFY2(imported->warnings.empty(), qPrintable(imported->warnings.empty() ? QString() : imported->warnings.front().message));
    const Release &r = imported->release;
    QCOMPARE(r.name, name);
    QStringList titles;
    for (const Gate &g : r.gates)
        titles << g.title;
    QCOMPARE(titles, gates);
    int runnable = 0, blockers = 0, owned = 0, leaves = 0;
    for (const Gate &g : r.gates) {
        forEachLeaf(g.items, [&](const Item &item) {
            ++leaves;
            runnable += item.isRunnable() ? 1 : 0;
            blockers += item.blocker ? 1 : 0;
            owned += item.owners.isEmpty() ? 0 : 1;
            QCOMPARE(item.status, ItemStatus::NotStarted);
        });
    }
    QVERIFY(runnable >= 4);
    QVERIFY(blockers >= 2);
    QVERIFY(owned >= leaves - 2); // the shell block's probes carry no owner
    QCOMPARE(int(r.metrics.size()), metrics);
    QVERIFY(std::any_of(r.metrics.begin(), r.metrics.end(), [](const Metric &m) { return m.blocker; }));
    QVERIFY(std::any_of(r.criteria.begin(), r.criteria.end(), [](const Criterion &c) { return c.kind == CriterionKind::Go; }));
    QVERIFY(std::any_of(r.criteria.begin(), r.criteria.end(), [](const Criterion &c) { return c.kind == CriterionKind::NoGo; }));
    QCOMPARE(r.targetReadiness, target);
}

void TestMarkdownImporter::demoTemplate()
{
    auto imported = MarkdownImporter::importFile(::demoTemplate());
    QVERIFY2(imported.ok(), qPrintable(imported.message()));
    QVERIFY(imported->warnings.empty());
    const Release &r = imported->release;
    QCOMPARE(r.name, QStringLiteral("Demo: Harbor Web 2.4 staging release"));
    QCOMPARE(test::releaseShape(r),
             QStringLiteral("Gate 1: Code quality{[x]Lint and format,[x]Type check,[ ]Unit and integration tests} | "
                            "Gate 2: Security{[x]Dependency audit,[ ]Secrets scan,[ ]Access review([x]Service accounts "
                            "limited to least privilege,[ ]Staging admin list reviewed by the team lead)} | "
                            "Gate 3: Build and artefacts{[ ]Container images,[ ]Database migration dry run} | "
                            "Gate 4: Deploy and verify{[ ]API health,[ ]Web front page,[ ]On-call engineer briefed}"));
    QVERIFY(itemNamed(r, QStringLiteral("Secrets scan"))->blocker);
    QCOMPARE(itemNamed(r, QStringLiteral("Lint and format"))->ciJob, QStringLiteral("lint"));
    // Gate 4's shell block checks one URL per item with `curl -sfS`: each is a probe.
    for (const auto &[title, url] : {std::pair{"API health", "http://localhost:8080/health"},
                                     std::pair{"Web front page", "http://localhost:8080/"}}) {
        const Item *probed = itemNamed(r, QString::fromUtf8(title));
        QVERIFY2(probed && probed->probe, title);
        QCOMPARE(probed->probe->url, QString::fromUtf8(url));
        QCOMPARE(probed->probe->method, QStringLiteral("GET"));
        QCOMPARE(probed->probe->expectedStatus, 200);
        QVERIFY(probed->commands.isEmpty());
        QVERIFY(probed->commandsImported);
    }
    QCOMPARE(int(r.metrics.size()), 5);
    QVERIFY(std::all_of(r.metrics.begin(), r.metrics.end(), [](const Metric &m) { return metricMet(m); }));
    QCOMPARE(r.metrics[1].op, Operator::Equal);
    QCOMPARE(int(r.criteria.size()), 6);
    QCOMPARE(r.targetReadiness, 90.0);
    QVERIFY(r.notes.contains(QStringLiteral("## Rollback plan")));
}

void TestMarkdownImporter::refusesBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("blank lines") << QByteArray("\n\n  \r\n") << QStringLiteral("empty");
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF\n") << QStringLiteral("empty");
    QTest::newRow("NUL bytes") << QByteArray("## Gate\n- [ ] a\0\0\0b\n", 20) << QStringLiteral("binary");
    QByteArray controls;
    for (int i = 0; i < 400; ++i)
        controls.append(char(1 + (i * 7) % 30));
    QTest::newRow("control characters") << controls << QStringLiteral("binary");
    QTest::newRow("no checklist") << QByteArray("# Title\n\nJust prose.\n\n- a plain note\n- another\n")
                                  << QStringLiteral("no gates, items or metrics found");
    QTest::newRow("only a yaml block") << QByteArray("## Config\n\n```yaml\na: 1\n```\n")
                                       << QStringLiteral("no gates, items or metrics found");
    QTest::newRow("over 16 MiB") << QByteArray(MarkdownImporter::maxFileSize + 1, 'a') << QStringLiteral("16 MiB");
}

void TestMarkdownImporter::refusesBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const auto result = MarkdownImporter::importBytes(bytes, QStringLiteral("input.md"));
    QVERIFY(!result.ok());
    QVERIFY2(result.message().contains(QStringLiteral("input.md")), qPrintable(result.message()));
    QVERIFY2(result.message().contains(reason), qPrintable(result.message()));
}

void TestMarkdownImporter::refusesFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing.md"));
    auto result = MarkdownImporter::importFile(missing);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::NotFound);
    QVERIFY(result.message().contains(missing));

    result = MarkdownImporter::importFile(dir.path());
    QVERIFY(!result.ok());
    QVERIFY(result.message().contains(QStringLiteral("folder")));

    // A sparse file just over the limit: refused from its size, without reading 16 MiB.
    QFile big(dir.filePath(QStringLiteral("big.md")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(MarkdownImporter::maxFileSize + 1));
    big.close();
    result = MarkdownImporter::importFile(big.fileName());
    QVERIFY(!result.ok());
    QVERIFY(result.message().contains(QStringLiteral("16 MiB")));
    QVERIFY(result.message().contains(big.fileName()));

    QFile empty(dir.filePath(QStringLiteral("empty.md")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    result = MarkdownImporter::importFile(empty.fileName());
    QVERIFY(!result.ok());
    QVERIFY(result.message().contains(QStringLiteral("empty")));
}

void TestMarkdownImporter::nameAndSource()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("release-24.md")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("## Checks\n\n- [ ] one\n");
    file.close();
    auto result = MarkdownImporter::importFile(file.fileName());
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result->release.name, QStringLiteral("release-24"));   // no H1: the file's base name
    QCOMPARE(result->release.source, QStringLiteral("release-24.md"));
    result = MarkdownImporter::importFile(file.fileName(), QStringLiteral("  Given name "));
    QVERIFY(result.ok());
    QCOMPARE(result->release.name, QStringLiteral("Given name"));
    result = MarkdownImporter::importFile(dataFile("staging-readiness-checklist.md"), QStringLiteral("Override"));
    QVERIFY(result.ok());
    QCOMPARE(result->release.name, QStringLiteral("Override"));
    for (const Gate &gate : result->release.gates) {
        QCOMPARE(gate.id, qint64(0));
        forEachItem(gate.items, [](const Item &item) {
            QCOMPARE(item.id, qint64(0));
            QVERIFY(!item.updatedAt.isValid());
        });
    }
}

void TestMarkdownImporter::workingFolderIsTheFilesFolder()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    QFile file(dir.filePath(QStringLiteral("sub/release.md")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("## Checks\n\n- [ ] one\n  - Command: `./check.sh`\n");
    file.close();
    // Given as a relative path, it is still an absolute folder.
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    auto result = MarkdownImporter::importFile(QStringLiteral("sub/release.md"));
    QVERIFY(QDir::setCurrent(before));
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result->release.run.workingFolder, QDir(dir.path()).absoluteFilePath(QStringLiteral("sub")));
    QVERIFY(QDir::isAbsolutePath(result->release.run.workingFolder));
    QCOMPARE(m_readiness.release.run.workingFolder, QFileInfo(dataFile("staging-readiness-checklist.md")).absolutePath());
    // Bytes come from nowhere in particular: no folder is chosen for them.
    const auto bytes = MarkdownImporter::importBytes("## Checks\n\n- [ ] one\n", QStringLiteral("pasted.md"));
    QVERIFY(bytes.ok());
    QVERIFY(bytes->release.run.workingFolder.isEmpty());
}

void TestMarkdownImporter::seedCommandsAwaitApprovalAndStayCommands()
{
    // Every curl line in the seeds sits with another command ("Smoke endpoints" checks two URLs,
    // "Health Validation" too, the rollback check follows kubectl), so none becomes a probe.
    for (const ImportResult *seed : {&m_readiness, &m_deployment}) {
        int withCommands = 0;
        int curlLines = 0;
        for (const Gate &gate : seed->release.gates) {
            forEachItem(gate.items, [&](const Item &item) {
                QVERIFY2(!item.probe, qPrintable(item.title));
                QCOMPARE(item.commandsImported, !item.commands.isEmpty());
                QVERIFY(item.approvedHash.isEmpty());
                withCommands += !item.commands.isEmpty();
                for (const QString &command : item.commands)
                    curlLines += command.startsWith(QLatin1String("curl "));
            });
        }
        QVERIFY(withCommands > 10);
        QVERIFY(curlLines >= 2);
    }
}

QTEST_GUILESS_MAIN(TestMarkdownImporter)
#include "tst_markdownimporter.moc"
