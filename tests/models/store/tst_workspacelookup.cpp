// Workspace lookups (WorkspaceLookup.cpp): ids and names people type, exact before
// case-insensitive, NotFound and Ambiguous messages that name what was looked for and the candidates.

#include "StoreFixture.h"
#include "store/Workspace.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace gl;

class TestWorkspaceLookup final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void resolveRelease_data();
    void resolveRelease();
    void resolveItem_data();
    void resolveItem();
    void resolveMetricAndCriterion();

private:
    std::unique_ptr<Workspace> openWorkspace() { return fixture::openWorkspace(m_path); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestWorkspaceLookup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("ws.greenlight"));
}

void TestWorkspaceLookup::resolveRelease_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expectedIndex"); // index into the created releases, -1 for an error
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("id") << QStringLiteral("2") << 1 << ErrorCode::Invalid;
    QTest::newRow("exact name") << QStringLiteral("Release") << 0 << ErrorCode::Invalid;
    QTest::newRow("exact beats loose") << QStringLiteral("RELEASE") << 2 << ErrorCode::Invalid;
    QTest::newRow("unique loose") << QStringLiteral("hotfix 1.2") << 3 << ErrorCode::Invalid;
    QTest::newRow("ambiguous loose") << QStringLiteral("release") << -1 << ErrorCode::Ambiguous;
    QTest::newRow("unknown name") << QStringLiteral("nope") << -1 << ErrorCode::NotFound;
    QTest::newRow("unknown id") << QStringLiteral("77") << -1 << ErrorCode::NotFound;
    QTest::newRow("empty") << QStringLiteral(" ") << -1 << ErrorCode::Invalid;
}

void TestWorkspaceLookup::resolveRelease()
{
    QFETCH(QString, query);
    QFETCH(int, expectedIndex);
    QFETCH(ErrorCode, code);
    auto ws = openWorkspace();
    QVERIFY(ws);
    std::vector<qint64> ids;
    for (const QString &name : { QStringLiteral("Release"), QStringLiteral("Other"),
             QStringLiteral("RELEASE"), QStringLiteral("Hotfix 1.2") })
        ids.push_back(*ws->createRelease(fixture::sampleRelease(name)));
    QCOMPARE(ids[1], qint64(2));
    Result<qint64> found = ws->resolveRelease(query);
    if (expectedIndex >= 0) {
        QVERIFY2(found.ok(), qPrintable(found.message()));
        QCOMPARE(*found, ids[size_t(expectedIndex)]);
        return;
    }
    QVERIFY(!found.ok());
    QCOMPARE(found.error().code, code);
    if (code != ErrorCode::Invalid)
        QVERIFY2(found.message().contains(query.trimmed()), qPrintable(found.message()));
    if (code == ErrorCode::Ambiguous) {
        QVERIFY2(found.message().contains(QStringLiteral("%1, %2").arg(ids[0]).arg(ids[2])),
            qPrintable(found.message()));
    }
}

void TestWorkspaceLookup::resolveItem_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expectedTitle"); // empty for an error
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("by title") << QStringLiteral("Smoke test") << QStringLiteral("Smoke test")
                              << ErrorCode::Invalid;
    QTest::newRow("title trimmed") << QStringLiteral("  Smoke test ") << QStringLiteral("Smoke test")
                                   << ErrorCode::Invalid;
    QTest::newRow("case-insensitive unique")
        << QStringLiteral("SMOKE TEST") << QStringLiteral("Smoke test") << ErrorCode::Invalid;
    QTest::newRow("exact among case variants")
        << QStringLiteral("deploy") << QStringLiteral("deploy") << ErrorCode::Invalid;
    QTest::newRow("loose among case variants")
        << QStringLiteral("DEPLOY") << QString() << ErrorCode::Ambiguous;
    QTest::newRow("duplicate title") << QStringLiteral("Check logs") << QString() << ErrorCode::Ambiguous;
    QTest::newRow("unknown title") << QStringLiteral("No such item") << QString() << ErrorCode::NotFound;
    QTest::newRow("id of another release") << QStringLiteral("OTHER") << QString() << ErrorCode::NotFound;
}

void TestWorkspaceLookup::resolveItem()
{
    QFETCH(QString, query);
    QFETCH(QString, expectedTitle);
    QFETCH(ErrorCode, code);
    auto ws = openWorkspace();
    QVERIFY(ws);
    Release r = fixture::sampleRelease();
    r.gates[1].items.push_back(fixture::leaf(QStringLiteral("Check logs")));
    r.gates[2].items.push_back(fixture::leaf(QStringLiteral("Check logs")));
    r.gates[2].items.push_back(fixture::leaf(QStringLiteral("deploy")));
    r.gates[2].items.push_back(fixture::leaf(QStringLiteral("Deploy")));
    const qint64 releaseId = *ws->createRelease(r);
    const qint64 otherId = *ws->createRelease(fixture::sampleRelease());
    const Release release = *ws->loadRelease(releaseId);
    if (query == QLatin1String("OTHER"))
        query = QString::number(ws->loadRelease(otherId)->gates[0].items[0].id);

    Result<qint64> found = ws->resolveItem(releaseId, query);
    if (!expectedTitle.isEmpty()) {
        QVERIFY2(found.ok(), qPrintable(found.message()));
        QCOMPARE(findItem(release, *found)->title, expectedTitle);
        // and by its id
        QCOMPARE(*ws->resolveItem(releaseId, QString::number(*found)), *found);
        QCOMPARE(*ws->releaseOfItem(*found), releaseId);
        return;
    }
    QVERIFY(!found.ok());
    QCOMPARE(found.error().code, code);
    QVERIFY2(found.message().contains(query.trimmed()), qPrintable(found.message()));
    if (code == ErrorCode::Ambiguous) {
        const QString lower = query.toLower();
        for (const Gate &g : release.gates) {
            forEachItem(g.items, [&](const Item &item) {
                if (item.title.toLower() == lower)
                    QVERIFY2(found.message().contains(QString::number(item.id)), qPrintable(found.message()));
            });
        }
    }
}

void TestWorkspaceLookup::resolveMetricAndCriterion()
{
    auto ws = openWorkspace();
    QVERIFY(ws);
    Release r = fixture::sampleRelease();
    r.metrics.push_back(r.metrics[1]); // a second "Memory"
    const qint64 releaseId = *ws->createRelease(r);
    const qint64 otherId = *ws->createRelease(fixture::sampleRelease());
    const Release release = *ws->loadRelease(releaseId);
    const Release other = *ws->loadRelease(otherId);

    QCOMPARE(*ws->resolveMetric(releaseId, QStringLiteral("test coverage")), release.metrics[0].id);
    QCOMPARE(*ws->resolveMetric(releaseId, QString::number(release.metrics[2].id)), release.metrics[2].id);
    Result<qint64> twice = ws->resolveMetric(releaseId, QStringLiteral("Memory"));
    QCOMPARE(twice.error().code, ErrorCode::Ambiguous);
    QVERIFY2(twice.message().contains(
                 QStringLiteral("%1, %2").arg(release.metrics[1].id).arg(release.metrics[3].id)),
        qPrintable(twice.message()));
    Result<qint64> none = ws->resolveMetric(releaseId, QStringLiteral("Latency"));
    QCOMPARE(none.error().code, ErrorCode::NotFound);
    QVERIFY(none.message().contains(QLatin1String("Latency")));
    QCOMPARE(
        ws->resolveMetric(releaseId, QString::number(other.metrics[0].id)).error().code, ErrorCode::NotFound);

    QCOMPARE(
        *ws->resolveCriterion(releaseId, QString::number(release.criteria[1].id)), release.criteria[1].id);
    Result<qint64> foreign = ws->resolveCriterion(releaseId, QString::number(other.criteria[0].id));
    QCOMPARE(foreign.error().code, ErrorCode::NotFound);
    QVERIFY(foreign.message().contains(QString::number(other.criteria[0].id)));
    QCOMPARE(ws->resolveCriterion(releaseId, QStringLiteral("first")).error().code, ErrorCode::Invalid);
}

QTEST_GUILESS_MAIN(TestWorkspaceLookup)
#include "tst_workspacelookup.moc"
