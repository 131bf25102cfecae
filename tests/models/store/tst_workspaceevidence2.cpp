// Evidence without a file (links, notes), removing evidence and the content it leaves unused, what
// an item requires of its evidence before it can pass without a reason (missing, too old, older
// than the item's last change), where a metric takes its value from, and a schema 2 file upgraded
// to schema 3. Attaching files is in tst_workspaceevidence, verify in tst_workspaceverify.

#include "StoreFixture.h"
#include "store/ColumnFormat.h"
#include "store/Migrations.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace gl;
using fixture::RawDb;
using fixture::sha256Of;

namespace {

QJsonObject jsonOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString ago(qint64 seconds)
{
    return column::dateTimeText(QDateTime::currentDateTimeUtc().addSecs(-seconds));
}

} // namespace

class TestWorkspaceEvidence2 final : public QObject, private fixture::SampleWorkspace {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void attachUrl_data();
    void attachUrl();
    void refusedUrls_data();
    void refusedUrls();
    void attachNote();
    void removeEvidence();
    void removeKeepsSharedContent();
    void runLogCannotBeRemoved();
    void setEvidenceRequirement();
    void requirementRefusals();
    void passNeedsRequiredEvidence();
    void staleByMaxAge();
    void staleAfterAChange();
    void setMetricSource();
    void metricSourceRefusals();
    void metricSourceFollowsItsItem();
    void schema2FileUpgrades();

private:
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(name);
        return fixture::writeFile(path, bytes) ? path : QString();
    }
    QStringList dump() { return RawDb(m_path, true).dump(); }
    size_t auditCount() { return m_ws->audit(m_releaseId)->size(); }
    Result<void> pass(qint64 itemId, const QString &reason = QString())
    {
        return m_ws->setItemStatus(itemId, ItemStatus::Passed, reason);
    }
    qint64 metricId(const QString &name) const
    {
        for (const Metric &m : m_release.metrics)
            if (m.name == name)
                return m.id;
        return 0;
    }
    std::optional<MetricSource> sourceOf(qint64 releaseId, qint64 id)
    {
        const Result<Release> release = m_ws->loadRelease(releaseId);
        if (!release)
            return std::nullopt;
        for (const Metric &m : release->metrics)
            if (m.id == id)
                return m.source;
        return std::nullopt;
    }
};

void TestWorkspaceEvidence2::init()
{
    const QString error = setUpSample();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestWorkspaceEvidence2::cleanup()
{
    tearDownSample();
}

void TestWorkspaceEvidence2::attachUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("storedUrl");
    QTest::addColumn<QString>("name");
    QTest::newRow("https") << QStringLiteral("https://ci.example.com/job/42?tab=log#end") << QStringLiteral("CI job 42")
                           << QStringLiteral("https://ci.example.com/job/42?tab=log#end") << QStringLiteral("CI job 42");
    QTest::newRow("http without title") << QStringLiteral("http://example.com/report") << QString()
                                        << QStringLiteral("http://example.com/report")
                                        << QStringLiteral("http://example.com/report");
    QTest::newRow("spaces and capitals") << QStringLiteral("  HTTPS://Example.COM/Run/7  ") << QStringLiteral("  Run 7 ")
                                         << QStringLiteral("https://example.com/Run/7") << QStringLiteral("Run 7");
}

void TestWorkspaceEvidence2::attachUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, title);
    QFETCH(QString, storedUrl);
    QFETCH(QString, name);
    const qint64 itemId = id(QStringLiteral("Build images"));
    Result<Evidence> e = m_ws->attachUrl(itemId, url, title);
    QVERIFY2(e.ok(), qPrintable(e.message()));
    QCOMPARE(e->kind, EvidenceKind::Url);
    QCOMPARE(e->url, storedUrl);
    QCOMPARE(e->name, name);
    QCOMPARE(e->size, qint64(0));
    QCOMPARE(e->sha256, QString());
    QCOMPARE(e->mediaType, QString());
    QCOMPARE(e->addedBy, QStringLiteral("tester"));
    QCOMPARE(reload(itemId).evidenceList, std::vector<Evidence> { *e });
    RawDb raw(m_path, true);
    QCOMPARE(raw.rows(QStringLiteral("SELECT kind, blob_id, sha256, url FROM evidence")),
        QStringList { QStringLiteral("url|NULL|NULL|") + storedUrl });
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM blobs")), 0);
    const AuditEntry entry = m_ws->audit(m_releaseId, 1)->front();
    QCOMPARE(entry.action, QStringLiteral("attach"));
    QCOMPARE(jsonOf(entry.after),
        (QJsonObject { { QStringLiteral("item_id"), itemId }, { QStringLiteral("kind"), QStringLiteral("url") },
            { QStringLiteral("name"), name }, { QStringLiteral("url"), storedUrl } }));
    Result<QByteArray> content = m_ws->evidenceContent(e->id);
    QCOMPARE(content.error().code, ErrorCode::Invalid);
    QVERIFY2(content.message().contains(QLatin1String("has no stored content")), qPrintable(content.message()));
}

void TestWorkspaceEvidence2::refusedUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("messagePart");
    const QString onlyWeb = QStringLiteral("only web addresses (http or https) can be");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << onlyWeb;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(document.cookie)") << onlyWeb;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/report.txt") << onlyWeb;
    QTest::newRow("mailto") << QStringLiteral("mailto:qa@example.com") << onlyWeb;
    QTest::newRow("no host") << QStringLiteral("https:///path") << onlyWeb;
    QTest::newRow("no scheme") << QStringLiteral("example.com/report") << onlyWeb;
    QTest::newRow("empty") << QString() << onlyWeb;
    QTest::newRow("password") << QStringLiteral("https://ci:hunter2@example.com/job/1")
                              << QStringLiteral("contains a user name or password");
}

void TestWorkspaceEvidence2::refusedUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, messagePart);
    const qint64 itemId = id(QStringLiteral("Build images"));
    const QStringList before = dump();
    Result<Evidence> e = m_ws->attachUrl(itemId, url, QStringLiteral("a title"));
    QVERIFY(!e.ok());
    QCOMPARE(e.error().code, ErrorCode::Invalid);
    QVERIFY2(e.message().contains(messagePart), qPrintable(e.message()));
    QVERIFY2(e.message().contains(QString::number(itemId)), qPrintable(e.message()));
    // The password is not repeated in the message either.
    QVERIFY2(!e.message().contains(QLatin1String("hunter2")), qPrintable(e.message()));
    QCOMPARE(dump(), before);
}

void TestWorkspaceEvidence2::attachNote()
{
    const qint64 itemId = id(QStringLiteral("Build images"));
    Result<Evidence> e = m_ws->attachNote(itemId, QStringLiteral("  Checked the dashboard by hand.\nAll green.  "));
    QVERIFY2(e.ok(), qPrintable(e.message()));
    QCOMPARE(e->kind, EvidenceKind::Note);
    QCOMPARE(e->name, QStringLiteral("Checked the dashboard by hand."));
    QCOMPARE(e->note, QStringLiteral("Checked the dashboard by hand.\nAll green."));
    QCOMPARE(e->size, qint64(0));
    const QString longLine = QString(100, u'x');
    Result<Evidence> long_ = m_ws->attachNote(itemId, longLine);
    QVERIFY2(long_.ok(), qPrintable(long_.message()));
    QCOMPARE(long_->name, QString(79, u'x') + u'\u2026');
    QCOMPARE(long_->note, longLine);
    QCOMPARE(reload(itemId).evidenceList, (std::vector<Evidence> { *e, *long_ }));

    const QStringList before = dump();
    Result<Evidence> empty = m_ws->attachNote(itemId, QStringLiteral(" \n\t "));
    QCOMPARE(empty.error().code, ErrorCode::Invalid);
    QVERIFY2(empty.message().contains(QLatin1String("it is empty")), qPrintable(empty.message()));
    const qint64 group = id(QStringLiteral("Database"));
    QCOMPARE(m_ws->attachNote(group, QStringLiteral("text")).error().code, ErrorCode::Invalid);
    QCOMPARE(m_ws->attachUrl(group, QStringLiteral("https://example.com"), QString()).error().code,
        ErrorCode::Invalid);
    QCOMPARE(m_ws->attachNote(987654, QStringLiteral("text")).error().code, ErrorCode::NotFound);
    QCOMPARE(dump(), before);
}

void TestWorkspaceEvidence2::removeEvidence()
{
    const qint64 itemId = id(QStringLiteral("Build images"));
    const QByteArray bytes = QByteArray(1536 * 1024, 'a') + QByteArrayLiteral("end\n"); // two chunks
    Result<Evidence> e = m_ws->attachFile(itemId, file(QStringLiteral("two-chunks.log"), bytes));
    Result<Evidence> link = m_ws->attachUrl(itemId, QStringLiteral("https://example.com/a"), QStringLiteral("A"));
    Result<Evidence> note = m_ws->attachNote(itemId, QStringLiteral("looked at it"));
    QVERIFY(e.ok() && link.ok() && note.ok());
    QCOMPARE(RawDb(m_path, true).count(QStringLiteral("SELECT count(*) FROM blob_chunks")), 2);

    Result<void> removed = m_ws->removeEvidence(e->id);
    QVERIFY2(removed.ok(), qPrintable(removed.message()));
    {
        RawDb raw(m_path, true);
        QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM blobs")), 0);
        QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM blob_chunks")), 0);
        QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM evidence")), 2);
    }
    const AuditEntry entry = m_ws->audit(m_releaseId, 1)->front();
    QCOMPARE(entry.entity, QStringLiteral("evidence"));
    QCOMPARE(entry.entityId, e->id);
    QCOMPARE(entry.action, QStringLiteral("remove"));
    QCOMPARE(entry.after, QString());
    QCOMPARE(jsonOf(entry.before).value(QStringLiteral("sha256")).toString(), sha256Of(bytes));
    QCOMPARE(jsonOf(entry.before).value(QStringLiteral("name")).toString(), QStringLiteral("two-chunks.log"));
    QCOMPARE(m_ws->releases()->front().updatedAt, entry.at);
    QCOMPARE(m_ws->evidence(e->id).error().code, ErrorCode::NotFound);

    QVERIFY(m_ws->removeEvidence(link->id).ok());
    QVERIFY(m_ws->removeEvidence(note->id).ok());
    QCOMPARE(reload(itemId).evidenceList, std::vector<Evidence>());
    Result<void> again = m_ws->removeEvidence(note->id);
    QCOMPARE(again.error().code, ErrorCode::NotFound);
    QVERIFY2(again.message().contains(QString::number(note->id)), qPrintable(again.message()));
}

void TestWorkspaceEvidence2::removeKeepsSharedContent()
{
    const QByteArray bytes = QByteArrayLiteral("shared report\n");
    Result<Evidence> a = m_ws->attachFile(id(QStringLiteral("Build images")), file(QStringLiteral("a.txt"), bytes));
    Result<Evidence> b = m_ws->attachFile(id(QStringLiteral("Up migration")), file(QStringLiteral("b.txt"), bytes));
    QVERIFY(a.ok() && b.ok());
    QVERIFY(m_ws->removeEvidence(a->id).ok());
    QCOMPARE(RawDb(m_path, true).count(QStringLiteral("SELECT count(*) FROM blob_chunks")), 1);
    QCOMPARE(*m_ws->evidenceContent(b->id), bytes);
    QVERIFY(m_ws->removeEvidence(b->id).ok());
    QCOMPARE(RawDb(m_path, true).count(QStringLiteral("SELECT count(*) FROM blobs")), 0);
}

void TestWorkspaceEvidence2::runLogCannotBeRemoved()
{
    const qint64 itemId = id(QStringLiteral("Build images"));
    RunRecord run;
    run.verdict = Verdict::Passed;
    run.exitCode = 0;
    const QByteArray log = QByteArrayLiteral("$ make\nok\n");
    Result<RunRecord> recorded = m_ws->recordRun(itemId, run, log);
    QVERIFY2(recorded.ok(), qPrintable(recorded.message()));
    // A file with the same content as the log shares its copy; removing the file keeps it.
    Result<Evidence> copy = m_ws->attachFile(itemId, file(QStringLiteral("make.log"), log));
    QVERIFY(copy.ok());
    QVERIFY(m_ws->removeEvidence(copy->id).ok());
    QCOMPARE(*m_ws->evidenceContent(recorded->evidenceId), log);

    const QStringList before = dump();
    Result<void> r = m_ws->removeEvidence(recorded->evidenceId);
    QCOMPARE(r.error().code, ErrorCode::Invalid);
    QCOMPARE(r.message(), QStringLiteral("Evidence %1 \u201crun-%2.log\u201d is what a run recorded: it stays with its "
                                         "run in the item's history.")
                              .arg(QString::number(recorded->evidenceId), QString::number(recorded->id)));
    QCOMPARE(dump(), before);
}

void TestWorkspaceEvidence2::setEvidenceRequirement()
{
    const qint64 itemId = id(QStringLiteral("Build images"));
    QVERIFY(!reload(itemId).changedAt.isValid()); // imported without one
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const EvidenceRequirement wanted { true, 24, true };
    Result<void> r = m_ws->setEvidenceRequirement(itemId, wanted);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const Item item = reload(itemId);
    QCOMPARE(item.evidenceRequirement, wanted);
    QVERIFY(item.changedAt >= before && item.changedAt <= QDateTime::currentDateTimeUtc());
    QCOMPARE(item.updatedAt, item.changedAt);
    const AuditEntry entry = m_ws->audit(m_releaseId, 1)->front();
    QCOMPARE(entry.entity, QStringLiteral("item"));
    QCOMPARE(entry.entityId, itemId);
    QCOMPARE(entry.action, QStringLiteral("requirement"));
    QCOMPARE(entry.before, QStringLiteral("{\"max_age_hours\":0,\"newer_than_change\":false,\"required\":false}"));
    QCOMPARE(entry.after, QStringLiteral("{\"max_age_hours\":24,\"newer_than_change\":true,\"required\":true}"));

    // The same again writes nothing.
    const size_t audits = auditCount();
    QVERIFY(m_ws->setEvidenceRequirement(itemId, wanted).ok());
    QCOMPARE(auditCount(), audits);
    QCOMPARE(reload(itemId).changedAt, item.changedAt);
}

void TestWorkspaceEvidence2::requirementRefusals()
{
    const QStringList before = dump();
    const qint64 group = id(QStringLiteral("Migrations"));
    Result<void> r = m_ws->setEvidenceRequirement(group, { true, 0, false });
    QCOMPARE(r.error().code, ErrorCode::Invalid);
    QCOMPARE(r.message(), QStringLiteral("Item %1 \u201cMigrations\u201d is a group: its items carry the evidence, so "
                                         "require it of them instead.")
                              .arg(group));
    // Through updateItem too.
    Item asGroup = reload(group);
    asGroup.children.clear();
    asGroup.evidenceRequirement.required = true;
    QCOMPARE(m_ws->updateItem(asGroup).error().code, ErrorCode::Invalid);

    const qint64 leaf = id(QStringLiteral("Build images"));
    Result<void> negative = m_ws->setEvidenceRequirement(leaf, { true, -1, false });
    QCOMPARE(negative.error().code, ErrorCode::Invalid);
    QCOMPARE(negative.message(),
        QStringLiteral("Item %1 \u201cBuild images\u201d: the evidence's maximum age must be 0 (any age) or a number of "
                       "hours, not -1.")
            .arg(leaf));
    QCOMPARE(m_ws->setEvidenceRequirement(987654, { true, 0, false }).error().code, ErrorCode::NotFound);
    QCOMPARE(dump(), before);
}

void TestWorkspaceEvidence2::passNeedsRequiredEvidence()
{
    const qint64 itemId = id(QStringLiteral("Build images"));
    QVERIFY(m_ws->setEvidenceRequirement(itemId, { true, 0, false }).ok());
    const QStringList before = dump();
    Result<void> r = pass(itemId);
    QCOMPARE(r.error().code, ErrorCode::Invalid);
    QCOMPARE(r.message(), QStringLiteral("Item %1 \u201cBuild images\u201d cannot be passed without a reason: Required "
                                         "evidence is missing. Give a reason to pass it anyway.")
                              .arg(itemId));
    QCOMPARE(pass(itemId, QStringLiteral("   ")).error().code, ErrorCode::Invalid);
    // An edit that makes it pass is judged the same way.
    Item edited = reload(itemId);
    edited.status = ItemStatus::Passed;
    QCOMPARE(m_ws->updateItem(edited).message(), r.message());
    QCOMPARE(dump(), before);
    // Other statuses, and items that require nothing, are not held back.
    QVERIFY(m_ws->setItemStatus(itemId, ItemStatus::Failed, QString()).ok());
    QVERIFY(pass(id(QStringLiteral("Secrets rotated"))).ok());

    // A note states, it does not prove.
    QVERIFY(m_ws->attachNote(itemId, QStringLiteral("works on my machine")).ok());
    Result<void> withNote = pass(itemId);
    QCOMPARE(withNote.error().code, ErrorCode::Invalid);
    QVERIFY2(withNote.message().contains(QLatin1String("Required evidence is missing; a note does not count as evidence.")),
        qPrintable(withNote.message()));

    // A reason passes it anyway.
    QVERIFY(pass(itemId, QStringLiteral("accepted by the QA lead")).ok());
    QCOMPARE(reload(itemId).status, ItemStatus::Passed);
    QCOMPARE(reload(itemId).statusReason, QStringLiteral("accepted by the QA lead"));
    QVERIFY(m_ws->setItemStatus(itemId, ItemStatus::InProgress, QString()).ok());

    // A file is proof.
    QVERIFY(m_ws->attachFile(itemId, file(QStringLiteral("proof.log"), QByteArrayLiteral("built\n"))).ok());
    Result<void> passed = pass(itemId);
    QVERIFY2(passed.ok(), qPrintable(passed.message()));
    QCOMPARE(reload(itemId).status, ItemStatus::Passed);
    // So is a link, on another item.
    const qint64 other = id(QStringLiteral("Down migration"));
    QVERIFY(m_ws->setEvidenceRequirement(other, { true, 0, false }).ok());
    QVERIFY(!pass(other).ok());
    QVERIFY(m_ws->attachUrl(other, QStringLiteral("https://ci.example.com/7"), QString()).ok());
    QVERIFY(pass(other).ok());
}

void TestWorkspaceEvidence2::staleByMaxAge()
{
    const qint64 itemId = id(QStringLiteral("Build images"));
    QVERIFY(m_ws->setEvidenceRequirement(itemId, { true, 24, false }).ok());
    Result<Evidence> e = m_ws->attachFile(itemId, file(QStringLiteral("scan.json"), QByteArrayLiteral("{}\n")));
    QVERIFY(e.ok());
    // A minute short of 25 hours: the message rounds the age up to a tenth, "25".
    RawDb raw(m_path);
    QCOMPARE(raw.run(QStringLiteral("UPDATE evidence SET added_at = ? WHERE id = ?"), { ago(25 * 3600 - 60), e->id }), 1);
    Result<void> r = pass(itemId);
    QCOMPARE(r.error().code, ErrorCode::Invalid);
    QCOMPARE(r.message(), QStringLiteral("Item %1 \u201cBuild images\u201d cannot be passed without a reason: The newest "
                                         "evidence is 25 hours old; at most 24 are allowed. Give a reason to pass it "
                                         "anyway.")
                              .arg(itemId));
    QCOMPARE(reload(itemId).status, ItemStatus::InProgress);
    QCOMPARE(raw.run(QStringLiteral("UPDATE evidence SET added_at = ? WHERE id = ?"), { ago(23 * 3600), e->id }), 1);
    QVERIFY(pass(itemId).ok());
}

void TestWorkspaceEvidence2::staleAfterAChange()
{
    const qint64 itemId = id(QStringLiteral("Build images"));
    QVERIFY(m_ws->setEvidenceRequirement(itemId, { true, 0, true }).ok());
    Result<Evidence> e = m_ws->attachFile(itemId, file(QStringLiteral("build.log"), QByteArrayLiteral("built\n")));
    QVERIFY(e.ok());
    QVERIFY(pass(itemId).ok());
    // Set the clock back, so "before" and "after" do not depend on how fast this runs.
    RawDb raw(m_path);
    const QString changed = ago(2 * 3600);
    QCOMPARE(raw.run(QStringLiteral("UPDATE items SET changed_at = ? WHERE id = ?"), { changed, itemId }), 1);
    QCOMPARE(raw.run(QStringLiteral("UPDATE evidence SET added_at = ? WHERE id = ?"), { ago(3600), e->id }), 1);
    const QString changedAtSql = QStringLiteral("SELECT changed_at FROM items WHERE id = %1").arg(itemId);

    // A status, and who owns it, are not what the item asks: the evidence stays fresh.
    QVERIFY(m_ws->setItemStatus(itemId, ItemStatus::InProgress, QString()).ok());
    Item item = reload(itemId);
    item.owners = QStringList { QStringLiteral("Platform team") };
    QVERIFY(m_ws->updateItem(item).ok());
    QCOMPARE(raw.value(changedAtSql).toString(), changed);
    QVERIFY(pass(itemId).ok());
    QVERIFY(m_ws->setItemStatus(itemId, ItemStatus::InProgress, QString()).ok());

    // Its commands are: the evidence from before the edit no longer proves it.
    item = reload(itemId);
    item.commands = QStringList { QStringLiteral("docker build -t app:rc2 .") };
    const QDateTime edited = QDateTime::currentDateTimeUtc();
    QVERIFY(m_ws->updateItem(item, true).ok());
    item = reload(itemId);
    QVERIFY(item.changedAt >= edited && item.changedAt <= QDateTime::currentDateTimeUtc());
    QVERIFY(item.evidenceList.front().addedAt < item.changedAt);
    Result<void> r = pass(itemId);
    QCOMPARE(r.error().code, ErrorCode::Invalid);
    QVERIFY2(r.message().contains(QStringLiteral("The newest evidence was added before the item last changed (%1 UTC).")
                                      .arg(item.changedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))),
        qPrintable(r.message()));
    // Editing and passing at once is judged with the new change time.
    raw.run(QStringLiteral("UPDATE items SET changed_at = ? WHERE id = ?"), { changed, itemId });
    item.commands << QStringLiteral("docker push app:rc2");
    item.status = ItemStatus::Passed;
    QCOMPARE(m_ws->updateItem(item, true).error().code, ErrorCode::Invalid);
    QCOMPARE(raw.value(changedAtSql).toString(), changed);

    // New evidence after the change proves it again.
    QVERIFY(m_ws->attachFile(itemId, file(QStringLiteral("build2.log"), QByteArrayLiteral("built again\n"))).ok());
    QVERIFY(pass(itemId).ok());
}

void TestWorkspaceEvidence2::setMetricSource()
{
    const qint64 metric = metricId(QStringLiteral("Test Coverage"));
    const qint64 itemId = id(QStringLiteral("Build images"));
    Result<void> r = m_ws->setMetricSource(metric, MetricSource { itemId, QStringLiteral(" coverage "), QStringLiteral(" lines ") });
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const MetricSource wanted { itemId, QStringLiteral("coverage"), QStringLiteral("lines") };
    QCOMPARE(sourceOf(m_releaseId, metric), std::optional<MetricSource>(wanted));
    const AuditEntry entry = m_ws->audit(m_releaseId, 1)->front();
    QCOMPARE(entry.entity, QStringLiteral("metric"));
    QCOMPARE(entry.entityId, metric);
    QCOMPARE(entry.action, QStringLiteral("source"));
    QCOMPARE(entry.before, QStringLiteral("{\"source\":null}"));
    QCOMPARE(entry.after,
        QStringLiteral("{\"source\":{\"field\":\"lines\",\"item_id\":%1,\"parser\":\"coverage\"}}").arg(itemId));
    const size_t audits = auditCount();
    QVERIFY(m_ws->setMetricSource(metric, wanted).ok());
    QCOMPARE(auditCount(), audits);

    // It survives closing and reopening the file.
    m_ws.reset();
    m_ws = fixture::openWorkspace(m_path);
    QVERIFY(m_ws);
    QCOMPARE(sourceOf(m_releaseId, metric), std::optional<MetricSource>(wanted));
    QCOMPARE(sourceOf(m_releaseId, metricId(QStringLiteral("Memory"))), std::nullopt);

    QVERIFY(m_ws->setMetricSource(metric, std::nullopt).ok());
    QCOMPARE(sourceOf(m_releaseId, metric), std::nullopt);
    QCOMPARE(RawDb(m_path, true).rows(QStringLiteral("SELECT source_item_id, source_parser, source_field FROM "
                                                     "metrics WHERE id = %1")
                                          .arg(metric)),
        QStringList { QStringLiteral("NULL||") });
    QCOMPARE(m_ws->audit(m_releaseId, 1)->front().after, QStringLiteral("{\"source\":null}"));
}

void TestWorkspaceEvidence2::metricSourceRefusals()
{
    Result<qint64> other = m_ws->createRelease(fixture::sampleRelease(QStringLiteral("Production 2024.06")));
    QVERIFY(other.ok());
    const qint64 otherItem = fixture::itemIdByTitle(*m_ws->loadRelease(*other), QStringLiteral("Build images"));
    const qint64 metric = metricId(QStringLiteral("Test Coverage"));
    const qint64 leaf = id(QStringLiteral("Build images"));
    const qint64 group = id(QStringLiteral("Database"));
    const QStringList before = dump();
    const struct {
        MetricSource source;
        ErrorCode code;
        QString message;
    } cases[] = {
        { { otherItem, QStringLiteral("coverage"), QStringLiteral("lines") }, ErrorCode::Invalid,
            QStringLiteral("Metric %1 \u201cTest Coverage\u201d cannot take its value from item %2 \u201cBuild images\u201d: "
                           "that item belongs to another release.")
                .arg(QString::number(metric), QString::number(otherItem)) },
        { { group, QStringLiteral("coverage"), QStringLiteral("lines") }, ErrorCode::Invalid,
            QStringLiteral("Metric %1 \u201cTest Coverage\u201d cannot take its value from item %2 \u201cDatabase\u201d: it "
                           "is a group, and only the items in it carry evidence.")
                .arg(QString::number(metric), QString::number(group)) },
        { { leaf, QStringLiteral("  "), QStringLiteral("lines") }, ErrorCode::Invalid,
            QStringLiteral("Metric %1: a source needs a parser and a field (\u201c  \u201d, \u201clines\u201d given).")
                .arg(metric) },
        { { leaf, QStringLiteral("coverage"), QString() }, ErrorCode::Invalid,
            QStringLiteral("Metric %1: a source needs a parser and a field (\u201c" "coverage\u201d, \u201c\u201d given).")
                .arg(metric) },
        { { 987654, QStringLiteral("coverage"), QStringLiteral("lines") }, ErrorCode::NotFound, QString() },
    };
    for (const auto &c : cases) {
        Result<void> r = m_ws->setMetricSource(metric, c.source);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, c.code);
        if (!c.message.isEmpty())
            QCOMPARE(r.message(), c.message);
    }
    Result<void> unknown = m_ws->setMetricSource(987654, MetricSource { leaf, QStringLiteral("junit"), QStringLiteral("pass_rate") });
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY2(unknown.message().contains(QLatin1String("no metric with id 987654")), qPrintable(unknown.message()));
    QCOMPARE(dump(), before);
}

void TestWorkspaceEvidence2::metricSourceFollowsItsItem()
{
    const qint64 metric = metricId(QStringLiteral("Test Coverage"));
    const qint64 itemId = id(QStringLiteral("Build images"));
    QVERIFY(m_ws->setMetricSource(metric, MetricSource { itemId, QStringLiteral("coverage"), QStringLiteral("lines") }).ok());

    // A copy of the release takes its source along to the copy's own item.
    Release copy = *m_ws->loadRelease(m_releaseId);
    copy.name = QStringLiteral("Copy");
    Metric orphan = copy.metrics[1];
    orphan.name = QStringLiteral("Orphan");
    orphan.source = MetricSource { 987654, QStringLiteral("junit"), QStringLiteral("pass_rate") };
    copy.metrics.push_back(orphan);
    Result<qint64> copied = m_ws->createRelease(copy);
    QVERIFY2(copied.ok(), qPrintable(copied.message()));
    const Release loaded = *m_ws->loadRelease(*copied);
    const qint64 copiedItem = fixture::itemIdByTitle(loaded, QStringLiteral("Build images"));
    QVERIFY(copiedItem != itemId);
    QCOMPARE(loaded.metrics[0].source,
        std::optional<MetricSource>(MetricSource { copiedItem, QStringLiteral("coverage"), QStringLiteral("lines") }));
    QCOMPARE(loaded.metrics[3].name, QStringLiteral("Orphan"));
    QCOMPARE(loaded.metrics[3].source, std::nullopt); // its item was not part of the copy

    // Deleting the item unbinds the metric (ON DELETE SET NULL), as any client with foreign keys on would.
    {
        RawDb raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        QCOMPARE(raw.run(QStringLiteral("DELETE FROM items WHERE id = ?"), { itemId }), 1);
    }
    QCOMPARE(sourceOf(m_releaseId, metric), std::nullopt);
    QCOMPARE(loaded.metrics[0].source->itemId, copiedItem);
    QCOMPARE(sourceOf(*copied, loaded.metrics[0].id)->itemId, copiedItem);
    // Deleting a release with a bound metric works and leaves no content behind.
    QVERIFY(m_ws->attachFile(copiedItem, file(QStringLiteral("c.json"), QByteArrayLiteral("{}"))).ok());
    QVERIFY(m_ws->deleteRelease(*copied).ok());
    RawDb raw(m_path, true);
    QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM blobs")), 0);
    QCOMPARE(raw.rows(QStringLiteral("PRAGMA foreign_key_check")), QStringList());
}

void TestWorkspaceEvidence2::schema2FileUpgrades()
{
    const QString path = m_dir->filePath(QStringLiteral("v2.greenlight"));
    {
        const std::vector<Migration> upTo2 { Migrations::builtin()[0], Migrations::builtin()[1] };
        Result<std::unique_ptr<Workspace>> v2 = Workspace::openWithMigrations(path, upTo2);
        QVERIFY2(v2.ok(), qPrintable(v2.message()));
        QCOMPARE((*v2)->version(), 2);
    }
    // Written with schema 2's columns, as a Greenlight of schema 2 did: an item written once, one
    // never written since its import, a run log as evidence, a metric.
    const QString written = QStringLiteral("2024-05-02T10:00:00.007Z");
    const QByteArray log = QByteArrayLiteral("$ npm test\n142 passing\n");
    {
        RawDb raw(path);
        const QString at = QStringLiteral("2024-05-01T09:30:15.123Z");
        QCOMPARE(raw.run(QStringLiteral("INSERT INTO releases (id, name, created_at, updated_at) VALUES (1, 'Old', ?, ?)"),
                     { at, written }),
            1);
        QCOMPARE(raw.run(QStringLiteral("INSERT INTO gates (id, release_id, position, title) VALUES (1, 1, 0, 'G')")), 1);
        QCOMPARE(raw.run(QStringLiteral("INSERT INTO items (id, release_id, gate_id, position, title, status, updated_at) "
                                        "VALUES (1, 1, 1, 0, 'Written', 'passed', ?), (2, 1, 1, 1, 'Untouched', "
                                        "'not-started', NULL)"),
                     { written }),
            2);
        QCOMPARE(raw.run(QStringLiteral("INSERT INTO blobs (id, sha256, size, chunk_size) VALUES (1, ?, ?, 1048576)"),
                     { sha256Of(log), log.size() }),
            1);
        QCOMPARE(raw.run(QStringLiteral("INSERT INTO blob_chunks (blob_id, seq, data) VALUES (1, 0, ?)"), { log }), 1);
        QCOMPARE(raw.run(QStringLiteral("INSERT INTO evidence (id, release_id, item_id, kind, name, media_type, blob_id, "
                                        "size, sha256, added_at, added_by) VALUES (1, 1, 1, 'run-log', 'run-1.log', "
                                        "'text/plain', 1, ?, ?, ?, 'alice')"),
                     { log.size(), sha256Of(log), written }),
            1);
        QCOMPARE(raw.run(QStringLiteral("INSERT INTO metrics (id, release_id, position, name) VALUES (1, 1, 0, 'Coverage')")),
            1);
    }

    auto ws = fixture::openWorkspace(path);
    QVERIFY(ws);
    QCOMPARE(ws->version(), Workspace::schemaVersion());
    QVERIFY2(QFileInfo(ws->lastBackupPath()).fileName().startsWith(QLatin1String("v2.greenlight.v2-")),
        qPrintable(ws->lastBackupPath()));
    {
        RawDb raw(path, true);
        // The last write is the best guess at the last change; an item never written has none.
        QCOMPARE(raw.rows(QStringLiteral("SELECT id, changed_at, evidence_required, evidence_max_age_hours, "
                                         "evidence_newer_than_change FROM items ORDER BY id")),
            (QStringList { QStringLiteral("1|%1|0|0|0").arg(written), QStringLiteral("2|NULL|0|0|0") }));
        QCOMPARE(raw.rows(QStringLiteral("SELECT source_item_id, source_parser, source_field FROM metrics")),
            QStringList { QStringLiteral("NULL||") });
        QCOMPARE(raw.count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('metrics_by_source', "
                                          "'evidence_by_release')")),
            2);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(raw.rows(QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    }
    Result<Release> loaded = ws->loadRelease(1);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message()));
    // Schema 4 gave the release written before it a uid, and separation of duties on.
    QCOMPARE(loaded->uid.size(), 36);
    QVERIFY(loaded->separationOfDuties);
    const Item &item = loaded->gates[0].items[0];
    QCOMPARE(item.changedAt, QDateTime(QDate(2024, 5, 2), QTime(10, 0, 0, 7), Qt::UTC));
    QCOMPARE(item.evidenceRequirement, EvidenceRequirement());
    QCOMPARE(item.evidenceList.size(), size_t(1));
    QCOMPARE(item.evidenceList[0].kind, EvidenceKind::RunLog);
    QCOMPARE(item.evidenceList[0].sha256, sha256Of(log));
    QCOMPARE(loaded->gates[0].items[1].changedAt, QDateTime());
    QCOMPARE(loaded->metrics[0].source, std::nullopt);
    QCOMPARE(ws->verify()->size(), size_t(0));
    QCOMPARE(*ws->evidenceContent(1), log);

    // Everything of schema 3 works on the upgraded file.
    QVERIFY(ws->setEvidenceRequirement(2, { true, 0, true }).ok());
    QVERIFY(!ws->setItemStatus(2, ItemStatus::Passed, QString()).ok());
    Result<Evidence> e = ws->attachFile(2, file(QStringLiteral("new.log"), QByteArrayLiteral("new\n")));
    QVERIFY2(e.ok(), qPrintable(e.message()));
    QVERIFY(ws->setItemStatus(2, ItemStatus::Passed, QString()).ok());
    QVERIFY(ws->setMetricSource(1, MetricSource { 2, QStringLiteral("coverage"), QStringLiteral("lines") }).ok());
    QCOMPARE(ws->loadRelease(1)->metrics[0].source->itemId, 2);
}

QTEST_GUILESS_MAIN(TestWorkspaceEvidence2)
#include "tst_workspaceevidence2.moc"
