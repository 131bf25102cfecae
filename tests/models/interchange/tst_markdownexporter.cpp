// MarkdownExporter: what it writes imports back to an equal release (seeds, demo template and a
// synthetic release with every field, status and kind of probe), and it writes files atomically.

#include "ImportShape.h"
#include "interchange/MarkdownExporter.h"
#include "interchange/MarkdownImporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gl;

namespace {

void clearItemIds(std::vector<Item> &items)
{
    for (Item &item : items) {
        item.id = 0;
        item.updatedAt = QDateTime();
        item.updatedBy.clear();
        item.commandsImported = false;
        clearItemIds(item.children);
    }
}

// What a round trip cannot carry: database ids, audit stamps, the source file name, the release's run
// settings (importFile takes the working folder from where the file is), and whether commands came from
// a file (after an import they always did).
Release comparable(Release r)
{
    r.id = 0;
    r.source.clear();
    r.createdAt = QDateTime();
    r.run = RunSettings();
    for (Gate &gate : r.gates) {
        gate.id = 0;
        clearItemIds(gate.items);
    }
    for (Metric &metric : r.metrics)
        metric.id = 0;
    for (Criterion &criterion : r.criteria)
        criterion.id = 0;
    return r;
}

Item item(const QString &title, ItemStatus status)
{
    Item i;
    i.id = 42;
    i.title = title;
    i.status = status;
    i.updatedAt = QDateTime::currentDateTimeUtc();
    i.updatedBy = QStringLiteral("someone");
    return i;
}

Metric metric(const QString &name, Operator op, std::optional<double> required, const QString &requiredText,
              std::optional<double> current, const QString &currentText, const QString &unit, double weight = 0,
              bool blocker = false)
{
    Metric m;
    m.id = 7;
    m.name = name;
    m.op = op;
    m.required = required;
    m.requiredText = requiredText;
    m.current = current;
    m.currentText = currentText;
    m.unit = unit;
    m.weight = weight;
    m.blocker = blocker;
    return m;
}

Release synthetic()
{
    Release r;
    r.id = 3;
    r.name = QStringLiteral("Harbor 3.0 [final] *release*");
    r.source = QStringLiteral("typed in");
    r.targetReadiness = 87.5;
    r.notes = QStringLiteral("Intro paragraph with **bold** before any heading.\n\n- a plain list item\n\n"
                             "## Appendix\n\nSome text.\n\n### Sub\n\n```\nLevel 1 (Info): written as prose\n```");

    Gate everything;
    everything.id = 11;
    everything.title = QStringLiteral("Gate 1: everything #1 [x] *here*");
    everything.notes = QStringLiteral("Plain note line\nsecond line with `code`, *stars* and 1. not a list\n"
                                      "- dash at start\n# hash at start\n  two leading spaces\n\n"
                                      "```yaml\nkey: value\n\n  indented: true\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    Item full = item(QStringLiteral("Check [brackets] & <tags> *stars* _under_ #hash `code` \\ back"), ItemStatus::Failed);
    full.details = QStringLiteral("Line one\n1. not a list\n- not a bullet\nOwner: not a label\n`code` stays");
    full.commands = QStringList{QStringLiteral("make check"), QStringLiteral("echo `date`"),
                                QStringLiteral("run (now) --flag=\"x y\"")};
    full.passCriteria = QStringLiteral("0 errors; warnings documented\nsecond criterion");
    full.evidence = QStringLiteral("`build.log`, screenshots");
    full.owners = QStringList{QStringLiteral("QA"), QStringLiteral("Release Eng")};
    full.component = QStringLiteral("auth_service");
    full.ciJob = QStringLiteral("build-all | Cache: node_modules a*b");
    full.blocker = true;
    full.statusReason = QStringLiteral("flaky test in `auth`");
    full.note = QStringLiteral("first note\nsecond note");
    Item child = item(QStringLiteral("Child passed"), ItemStatus::Passed);
    Item grandChild = item(QStringLiteral("Grandchild not started"), ItemStatus::NotStarted);
    grandChild.commands = QStringList{QStringLiteral(".venv/bin/activate")};
    child.children.push_back(grandChild);
    full.children.push_back(child);
    full.children.push_back(item(QStringLiteral("Child blocked"), ItemStatus::Blocked));
    everything.items.push_back(full);
    for (ItemStatus status : allItemStatuses) {
        Item s = item(QStringLiteral("Status ") + statusKey(status), status);
        if (status == ItemStatus::Waived) {
            s.statusReason = QStringLiteral("accepted by the release board");
            s.waiverExpiry = QDate(2031, 2, 28);
        }
        everything.items.push_back(s);
    }
    r.gates.push_back(everything);

    Gate second;
    second.title = QStringLiteral("Second gate");
    second.requiresPrevious = true;
    Item critical = item(QStringLiteral("Hardcoded secrets removed (CRITICAL)"), ItemStatus::NotStarted);
    critical.blocker = false;
    second.items.push_back(critical);
    r.gates.push_back(second);

    Gate blocking;
    blocking.title = QStringLiteral("CI checks (PR-blocking)");
    blocking.items.push_back(item(QStringLiteral("Blocks"), ItemStatus::Passed));
    blocking.items.back().blocker = true;
    blocking.items.push_back(item(QStringLiteral("Does not block"), ItemStatus::InProgress));
    r.gates.push_back(blocking);

    Gate criteriaLike;
    criteriaLike.title = QStringLiteral("GO criteria review");
    criteriaLike.items.push_back(item(QStringLiteral("Review the criteria"), ItemStatus::NotStarted));
    r.gates.push_back(criteriaLike);

    Gate smoke;
    smoke.title = QStringLiteral("Smoke endpoints");
    Item plain = item(QStringLiteral("API health"), ItemStatus::NotStarted);
    plain.probe = Probe{};
    plain.probe->url = QStringLiteral("https://staging.example.com/health");
    smoke.items.push_back(plain);
    Item tuned = item(QStringLiteral("Frontend answers quickly"), ItemStatus::Failed);
    tuned.probe = Probe{};
    tuned.probe->method = QStringLiteral("HEAD");
    tuned.probe->url = QStringLiteral("http://127.0.0.1:8080/");
    tuned.probe->expectedStatus = 204;
    tuned.probe->maxLatencyMs = 500;
    tuned.probe->timeoutMs = 2000;
    smoke.items.push_back(tuned);
    Item quoted = item(QStringLiteral("Search with a query"), ItemStatus::NotStarted);
    quoted.probe = Probe{};
    quoted.probe->url = QStringLiteral("http://staging.example.com/search?q=a&limit=1");
    quoted.probe->bodyContains = QStringLiteral("\"status\": `ok`, done");
    smoke.items.push_back(quoted);
    r.gates.push_back(smoke);

    Gate empty;
    empty.title = QStringLiteral("Empty for now");
    r.gates.push_back(empty);

    r.metrics = {
        metric(QStringLiteral("Coverage"), Operator::Greater, 15, QStringLiteral(">15%"), 3.4, QStringLiteral("3.4%"),
               QStringLiteral("%"), 0, true),
        metric(QStringLiteral("Memory"), Operator::Less, 10, QStringLiteral("<10MB/hr"), std::nullopt,
               QStringLiteral("Leaking"), QStringLiteral("MB/hr"), 0, true),
        metric(QStringLiteral("Score | pipes"), Operator::GreaterOrEqual, 7, QStringLiteral("7"), 8.2,
               QStringLiteral("8.2/10"), QStringLiteral("/10"), 0.25),
        metric(QStringLiteral("Errors"), Operator::Equal, 0, QStringLiteral("= 0"), 0, QStringLiteral("0"), QString(), 20),
        metric(QStringLiteral("Latency"), Operator::LessOrEqual, 500, QStringLiteral("\u2264 500ms"), 420,
               QStringLiteral("420ms"), QStringLiteral("ms")),
        metric(QStringLiteral("Drift"), Operator::NotEqual, 1, QStringLiteral("!= 1"), 2, QStringLiteral("2"), QString()),
        metric(QStringLiteral("Not measured yet"), Operator::GreaterOrEqual, std::nullopt, QString(), std::nullopt,
               QString(), QString()),
    };
    r.criteria = {
        Criterion{1, CriterionKind::Go, QStringLiteral("Coverage met"), true},
        Criterion{2, CriterionKind::Go, QStringLiteral("Rollback rehearsed on `staging`"), false},
        Criterion{3, CriterionKind::NoGo, QStringLiteral("Open blocker"), false},
        Criterion{4, CriterionKind::NoGo, QStringLiteral("Pager *down*"), true},
    };
    return r;
}

// Compares piece by piece first so a failure says where the round trip lost something.
void compareReleases(const Release &actualIn, const Release &expectedIn)
{
    const Release actual = comparable(actualIn);
    const Release expected = comparable(expectedIn);
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.targetReadiness, expected.targetReadiness);
    QCOMPARE(actual.notes, expected.notes);
    QCOMPARE(test::releaseShape(actual), test::releaseShape(expected));
    for (size_t g = 0; g < expected.gates.size(); ++g) {
        QCOMPARE(actual.gates[g].notes, expected.gates[g].notes);
        QCOMPARE(actual.gates[g].requiresPrevious, expected.gates[g].requiresPrevious);
        std::vector<const Item *> a, e;
        forEachItem(actual.gates[g].items, [&](const Item &i) { a.push_back(&i); });
        forEachItem(expected.gates[g].items, [&](const Item &i) { e.push_back(&i); });
        QCOMPARE(a.size(), e.size());
        for (size_t k = 0; k < e.size(); ++k) {
            const QByteArray where = expected.gates[g].title.toUtf8() + " / " + e[k]->title.toUtf8();
            QVERIFY2(a[k]->status == e[k]->status, where.constData());
            QCOMPARE(a[k]->details, e[k]->details);
            QCOMPARE(a[k]->commands, e[k]->commands);
            QVERIFY2(a[k]->probe == e[k]->probe, where.constData());
            QCOMPARE(a[k]->passCriteria, e[k]->passCriteria);
            QCOMPARE(a[k]->evidence, e[k]->evidence);
            QCOMPARE(a[k]->owners, e[k]->owners);
            QCOMPARE(a[k]->component, e[k]->component);
            QCOMPARE(a[k]->ciJob, e[k]->ciJob);
            QVERIFY2(a[k]->blocker == e[k]->blocker, where.constData());
            QCOMPARE(a[k]->statusReason, e[k]->statusReason);
            QCOMPARE(a[k]->note, e[k]->note);
            QCOMPARE(a[k]->waiverExpiry, e[k]->waiverExpiry);
        }
    }
    QCOMPARE(actual.metrics.size(), expected.metrics.size());
    for (size_t m = 0; m < expected.metrics.size(); ++m)
        QVERIFY2(actual.metrics[m] == expected.metrics[m], qPrintable(expected.metrics[m].name));
    QVERIFY(actual.criteria == expected.criteria);
    QVERIFY(actual == expected);
}

} // namespace

class TestMarkdownExporter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripsFiles_data();
    void roundTripsFiles();
    void roundTripsSynthetic();
    void exportIsStable();
    void synthesisedCellsKeepValues();
    void notesThatWouldSwallowTheChecklist();
    void layout();
    void writesFileAtomically();
};

void TestMarkdownExporter::roundTripsFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("readiness seed") << QStringLiteral(GREENLIGHT_TEST_DATA "/staging-readiness-checklist.md");
    QTest::newRow("deployment seed") << QStringLiteral(GREENLIGHT_TEST_DATA "/staging-deployment-checklist.md");
    QTest::newRow("demo template") << QStringLiteral(GREENLIGHT_TEST_DATA "/../../resources/templates/demo-release.md");
}

void TestMarkdownExporter::roundTripsFiles()
{
    QFETCH(QString, path);
    const auto original = MarkdownImporter::importFile(path);
    QVERIFY2(original.ok(), qPrintable(original.message()));
    const QByteArray markdown = MarkdownExporter::toMarkdown(original->release);
    const auto back = MarkdownImporter::importBytes(markdown, QStringLiteral("exported.md"));
    QVERIFY2(back.ok(), qPrintable(back.message()));
    compareReleases(back->release, original->release);
}

void TestMarkdownExporter::roundTripsSynthetic()
{
    const Release original = synthetic();
    const QByteArray markdown = MarkdownExporter::toMarkdown(original);
    const auto back = MarkdownImporter::importBytes(markdown, QStringLiteral("exported.md"));
    QVERIFY2(back.ok(), qPrintable(back.message()));
    compareReleases(back->release, original);
    for (const ImportWarning &w : back->warnings)
        QVERIFY2(!w.message.contains(QStringLiteral("probe"), Qt::CaseInsensitive), qPrintable(w.message));
    // Read back from a file, they are commands from a file again: a person approves them before they run.
    int runnable = 0;
    for (const Gate &gate : back->release.gates) {
        forEachItem(gate.items, [&](const Item &i) {
            QCOMPARE(i.commandsImported, !i.commands.isEmpty() || i.probe.has_value());
            runnable += i.commandsImported;
        });
    }
    QCOMPARE(runnable, 5);
}

void TestMarkdownExporter::exportIsStable()
{
    const QByteArray once = MarkdownExporter::toMarkdown(synthetic());
    const auto back = MarkdownImporter::importBytes(once, QStringLiteral("exported.md"));
    QVERIFY(back.ok());
    QCOMPARE(MarkdownExporter::toMarkdown(back->release), once);
}

void TestMarkdownExporter::synthesisedCellsKeepValues()
{
    // Values recorded from CI carry no text as written: the exporter writes them from the numbers.
    Release r;
    r.name = QStringLiteral("CI values");
    r.metrics = {metric(QStringLiteral("Coverage"), Operator::Greater, 65, QString(), 71.25, QString(), QStringLiteral("%"))};
    const auto back = MarkdownImporter::importBytes(MarkdownExporter::toMarkdown(r), QStringLiteral("x.md"));
    QVERIFY2(back.ok(), qPrintable(back.message()));
    const Metric &m = back->release.metrics.at(0);
    QCOMPARE(m.current, std::optional<double>(71.25));
    QCOMPARE(m.required, std::optional<double>(65));
    QCOMPARE(m.op, Operator::Greater);
    QCOMPARE(m.unit, QStringLiteral("%"));
    QCOMPARE(m.requiredText, QStringLiteral(">65%"));
}

void TestMarkdownExporter::notesThatWouldSwallowTheChecklist()
{
    Release r;
    r.name = QStringLiteral("Odd notes");
    Gate gate;
    gate.title = QStringLiteral("Only gate");
    gate.items.push_back(item(QStringLiteral("Only item"), ItemStatus::NotStarted));
    r.gates.push_back(gate);
    r.criteria.push_back(Criterion{0, CriterionKind::NoGo, QStringLiteral("Last list"), false});

    // An indented heading after the criteria list would continue its last bullet.
    r.notes = QStringLiteral("  ## Indented heading\n\ntext");
    auto back = MarkdownImporter::importBytes(MarkdownExporter::toMarkdown(r), QStringLiteral("x.md"));
    QVERIFY2(back.ok(), qPrintable(back.message()));
    compareReleases(back->release, r);

    // An unclosed fence before the first heading would swallow every gate after it: it moves to the end.
    r.notes = QStringLiteral("```yaml\nunclosed: fence");
    back = MarkdownImporter::importBytes(MarkdownExporter::toMarkdown(r), QStringLiteral("x.md"));
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QCOMPARE(test::releaseShape(back->release), QStringLiteral("Only gate{[ ]Only item}"));
    QCOMPARE(int(back->release.criteria.size()), 1);
    QVERIFY(back->release.notes.contains(QStringLiteral("unclosed: fence")));
}

void TestMarkdownExporter::layout()
{
    const QString md = QString::fromUtf8(MarkdownExporter::toMarkdown(synthetic()));
    QVERIFY(md.startsWith(QStringLiteral("# Harbor 3.0 \\[final\\] \\*release\\*\n\nTarget readiness: 87.5%\n\n"
                                         "Intro paragraph with **bold** before any heading.")));
    QVERIFY(md.contains(QStringLiteral("\n- [ ] Status waived\n")) || md.contains(QStringLiteral("\n- [x] Status waived\n")));
    QVERIFY(md.contains(QStringLiteral("  - Status: waived\n  - Reason: accepted by the release board\n"
                                       "  - Waiver expires: 2031-02-28\n")));
    QVERIFY(md.contains(QStringLiteral("  - Commands:\n    - `make check`\n    - `` echo `date` ``\n")));
    QVERIFY(md.contains(QStringLiteral("    - [ ] Grandchild not started\n      - Commands:\n        - `.venv/bin/activate`\n")));
    QVERIFY(md.contains(QStringLiteral("- [ ] Hardcoded secrets removed (CRITICAL)\n  - Blocker: no\n")));
    // A probe is the curl line it reads back from, plus what curl cannot say.
    QVERIFY(md.contains(QStringLiteral("- [ ] API health\n  - Command: `curl -fsS https://staging.example.com/health`\n- ")));
    QVERIFY(md.contains(QStringLiteral("  - Command: `curl -fsSI http://127.0.0.1:8080/`\n"
                                       "  - Probe: status 204, within 500 ms, timeout 2000 ms\n")));
    QVERIFY(md.contains(QStringLiteral("  - Command: `curl -fsS 'http://staging.example.com/search?q=a&limit=1'`\n"
                                       "  - Probe: body contains ``\"status\": `ok`, done``\n")));
    QVERIFY(md.contains(QStringLiteral("| Metric | Current | Required | Weight | Blocker? |\n")));
    QVERIFY(md.contains(QStringLiteral("| Coverage | 3.4% | >15% |  | YES |\n")));
    QVERIFY(md.contains(QStringLiteral("## GO criteria\n\n- [x] Coverage met\n")));
    QVERIFY(md.contains(QStringLiteral("## NO-GO criteria\n\n- [ ] Open blocker\n- [x] Pager \\*down\\*\n")));
    QVERIFY(md.endsWith(QStringLiteral("## Appendix\n\nSome text.\n\n### Sub\n\n```\nLevel 1 (Info): written as prose\n```\n")));
    QVERIFY(md.indexOf(QStringLiteral("## Gate 1")) < md.indexOf(QStringLiteral("## Metrics")));
    QVERIFY(md.indexOf(QStringLiteral("## NO-GO criteria")) < md.indexOf(QStringLiteral("## Appendix")));
}

void TestMarkdownExporter::writesFileAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.md"));
    const Release r = synthetic();
    QVERIFY(MarkdownExporter::writeFile(r, path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), MarkdownExporter::toMarkdown(r));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.md")});   // no temp file left

    const QString unwritable = dir.filePath(QStringLiteral("no/such/dir/out.md"));
    const Result<void> failed = MarkdownExporter::writeFile(r, unwritable);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, ErrorCode::Io);
    QVERIFY(failed.message().contains(unwritable));
}

QTEST_GUILESS_MAIN(TestMarkdownExporter)
#include "tst_markdownexporter.moc"
