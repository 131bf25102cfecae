// Workspace::verify on a real workspace file: every stored content re-hashed, each problem (a
// changed byte, a missing or cut chunk, content gone) reported with the evidence, item and release
// it belongs to, for the whole file or one release; and reading damaged content back says so.

#include "StoreFixture.h"
#include "store/BlobStore.h"
#include "store/Workspace.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace gl;
using fixture::binary;
using fixture::RawDb;
using fixture::sha256Of;

namespace {

constexpr qint64 chunk = BlobStore::chunkSize;

} // namespace

class TestWorkspaceVerify final : public QObject, private fixture::SampleWorkspace {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void verifyFindsNothingOnACleanFile();
    void verifyNamesAFlippedByte();
    void verifyReportsMissingAndCutChunks();
    void verifyOneRelease();
    void verifyComparesEvidenceWithItsContent();

private:
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(name);
        return fixture::writeFile(path, bytes) ? path : QString();
    }
    qint64 blobIdOf(qint64 evidenceId)
    {
        return RawDb(m_path, true).count(QStringLiteral("SELECT blob_id FROM evidence WHERE id = %1").arg(evidenceId));
    }
};

void TestWorkspaceVerify::init()
{
    const QString error = setUpSample();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestWorkspaceVerify::cleanup()
{
    tearDownSample();
}

void TestWorkspaceVerify::verifyFindsNothingOnACleanFile()
{
    const QByteArray one = binary(chunk + 10, 1);
    const QByteArray two = QByteArrayLiteral("two\n");
    QVERIFY(m_ws->attachFile(id(QStringLiteral("Build images")), file(QStringLiteral("one.bin"), one)).ok());
    QVERIFY(m_ws->attachFile(id(QStringLiteral("Up migration")), file(QStringLiteral("two.txt"), two)).ok());
    QVERIFY(m_ws->attachFile(id(QStringLiteral("Secrets rotated")), file(QStringLiteral("again.txt"), two)).ok());
    QVERIFY(m_ws->attachNote(id(QStringLiteral("Up migration")), QStringLiteral("checked by hand")).ok());
    RunRecord run;
    run.verdict = Verdict::Passed;
    run.exitCode = 0;
    QVERIFY(m_ws->recordRun(id(QStringLiteral("Smoke test")), run, QByteArrayLiteral("ok\n")).ok());

    std::vector<std::pair<qint64, qint64>> calls;
    Result<std::vector<Workspace::VerifyProblem>> problems = m_ws->verify(std::nullopt, [&](qint64 done, qint64 total) {
        calls.emplace_back(done, total);
        return true;
    });
    QVERIFY2(problems.ok(), qPrintable(problems.message()));
    QCOMPARE(problems->size(), size_t(0));
    // Each stored content once: the shared "two" is read once.
    const qint64 total = one.size() + two.size() + 3;
    QVERIFY(calls.size() >= 3);
    QCOMPARE(calls.front(), std::make_pair(qint64(0), total));
    QCOMPARE(calls.back(), std::make_pair(total, total));
    QCOMPARE(m_ws->verify(m_releaseId)->size(), size_t(0));

    // Cancelled from its progress.
    Result<std::vector<Workspace::VerifyProblem>> cancelled
        = m_ws->verify(std::nullopt, [](qint64 done, qint64) { return done == 0; });
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
}

void TestWorkspaceVerify::verifyNamesAFlippedByte()
{
    const QByteArray content = binary(3 * chunk + 5, 9);
    const qint64 build = id(QStringLiteral("Build images"));
    const qint64 up = id(QStringLiteral("Up migration"));
    Result<Evidence> first = m_ws->attachFile(build, file(QStringLiteral("build.log"), content));
    Result<Evidence> copy = m_ws->attachFile(up, file(QStringLiteral("copy.log"), content));
    Result<Evidence> clean = m_ws->attachFile(up, file(QStringLiteral("clean.txt"), QByteArrayLiteral("fine\n")));
    QVERIFY(first.ok() && copy.ok() && clean.ok());
    const qint64 blobId = blobIdOf(first->id);

    // One byte of the second chunk, changed behind the store's back.
    QByteArray damaged = content;
    damaged[chunk + 100] = char(damaged[chunk + 100] ^ 0x01);
    {
        RawDb raw(m_path);
        QCOMPARE(raw.run(QStringLiteral("UPDATE blob_chunks SET data = ? WHERE blob_id = ? AND seq = 1"),
                     { damaged.mid(chunk, chunk), blobId }),
            1);
    }

    Result<std::vector<Workspace::VerifyProblem>> problems = m_ws->verify();
    QVERIFY2(problems.ok(), qPrintable(problems.message()));
    // Both pieces of evidence that share the content, by release, item and id; the clean one is not listed.
    QCOMPARE(problems->size(), size_t(2));
    const QString problem
        = QStringLiteral("SHA-256 is %1, %2 was stored").arg(sha256Of(damaged), sha256Of(content));
    const struct {
        qint64 itemId;
        QString itemTitle;
        const Evidence &evidence;
    } expected[] = { { up, QStringLiteral("Up migration"), *copy }, { build, QStringLiteral("Build images"), *first } };
    for (size_t i = 0; i < 2; ++i) {
        const Workspace::VerifyProblem &p = (*problems)[i];
        QCOMPARE(p.releaseId, m_releaseId);
        QCOMPARE(p.releaseName, QStringLiteral("Staging 2024.05"));
        QCOMPARE(p.itemId, expected[i].itemId);
        QCOMPARE(p.itemTitle, expected[i].itemTitle);
        QCOMPARE(p.evidenceId, expected[i].evidence.id);
        QCOMPARE(p.evidenceName, expected[i].evidence.name);
        QCOMPARE(p.sha256, sha256Of(content));
        QCOMPARE(p.problem, problem);
    }
    QCOMPARE(*m_ws->verify(m_releaseId), *problems);

    // Reading it whole or streamed says it is damaged and names the evidence; a page from an
    // untouched chunk is still served (it is not hashed).
    Result<QByteArray> whole = m_ws->evidenceContent(first->id);
    QCOMPARE(whole.error().code, ErrorCode::Corrupt);
    QVERIFY2(whole.message().contains(QStringLiteral("Evidence %1 \u201cbuild.log\u201d").arg(first->id)),
        qPrintable(whole.message()));
    Result<void> streamed = m_ws->readEvidence(copy->id, [](QByteArrayView) -> Result<void> { return {}; });
    QCOMPARE(streamed.error().code, ErrorCode::Corrupt);
    QVERIFY2(streamed.message().contains(QStringLiteral("Evidence %1 \u201ccopy.log\u201d").arg(copy->id)),
        qPrintable(streamed.message()));
    QVERIFY2(streamed.message().contains(sha256Of(damaged)), qPrintable(streamed.message()));
    QCOMPARE(*m_ws->evidenceRange(first->id, 0, 100), content.left(100));
    QCOMPARE(*m_ws->evidenceContent(clean->id), QByteArrayLiteral("fine\n"));
}

void TestWorkspaceVerify::verifyReportsMissingAndCutChunks()
{
    const qint64 build = id(QStringLiteral("Build images"));
    std::vector<Evidence> added;
    for (int i = 0; i < 4; ++i) {
        const QByteArray bytes = i < 3 ? binary(2 * chunk + 10, 20 + i) : QByteArrayLiteral("small\n");
        Result<Evidence> e = m_ws->attachFile(build, file(QStringLiteral("part%1.bin").arg(i), bytes));
        QVERIFY2(e.ok(), qPrintable(e.message()));
        added.push_back(*e);
    }
    {
        RawDb raw(m_path);
        const auto blob = [&](int i) { return blobIdOf(added[size_t(i)].id); };
        QCOMPARE(raw.run(QStringLiteral("DELETE FROM blob_chunks WHERE blob_id = ? AND seq = 1"), { blob(0) }), 1);
        QCOMPARE(raw.run(QStringLiteral("DELETE FROM blob_chunks WHERE blob_id = ? AND seq >= 1"), { blob(1) }), 2);
        QCOMPARE(raw.run(QStringLiteral("UPDATE blob_chunks SET data = substr(data, 1, 1000) WHERE blob_id = ? AND "
                                        "seq = 0"),
                     { blob(2) }),
            1);
        // Foreign keys are off on this connection: the blob goes while its evidence still points at it.
        QCOMPARE(raw.run(QStringLiteral("DELETE FROM blob_chunks WHERE blob_id = ?"), { blob(3) }), 1);
        QCOMPARE(raw.run(QStringLiteral("DELETE FROM blobs WHERE id = ?"), { blob(3) }), 1);
    }
    Result<std::vector<Workspace::VerifyProblem>> problems = m_ws->verify();
    QVERIFY2(problems.ok(), qPrintable(problems.message()));
    QStringList found;
    for (const Workspace::VerifyProblem &p : *problems)
        found << QStringLiteral("%1 %2: %3").arg(QString::number(p.evidenceId), p.evidenceName, p.problem);
    const auto line = [&](int i, const QString &problem) {
        return QStringLiteral("%1 %2: %3").arg(QString::number(added[size_t(i)].id), added[size_t(i)].name, problem);
    };
    QCOMPARE(found,
        (QStringList { line(0, QStringLiteral("chunk 1 is missing")), line(1, QStringLiteral("chunks 1 to 2 are missing")),
            line(2, QStringLiteral("chunk 0 holds 1000 bytes where 1048576 were stored")),
            line(3, QStringLiteral("its stored content is missing")) }));

    Result<void> streamed = m_ws->readEvidence(added[0].id, [](QByteArrayView) -> Result<void> { return {}; });
    QCOMPARE(streamed.error().code, ErrorCode::Corrupt);
    QVERIFY2(streamed.message().contains(QLatin1String("chunk 1 is missing")), qPrintable(streamed.message()));
    Result<QByteArray> page = m_ws->evidenceRange(added[0].id, chunk + 5, 10);
    QCOMPARE(page.error().code, ErrorCode::Corrupt);
    QVERIFY2(page.message().contains(QLatin1String("chunk 1 is missing")), qPrintable(page.message()));
    QCOMPARE(m_ws->evidenceContent(added[3].id).error().code, ErrorCode::Corrupt);
}

void TestWorkspaceVerify::verifyOneRelease()
{
    Result<qint64> other = m_ws->createRelease(fixture::sampleRelease(QStringLiteral("Production 2024.06")));
    QVERIFY2(other.ok(), qPrintable(other.message()));
    const qint64 otherItem = fixture::itemIdByTitle(*m_ws->loadRelease(*other), QStringLiteral("Build images"));
    const QByteArray shared = binary(chunk + 3, 30);
    const QByteArray own = QByteArrayLiteral("only in production\n");
    Result<Evidence> here = m_ws->attachFile(id(QStringLiteral("Build images")), file(QStringLiteral("s.bin"), shared));
    Result<Evidence> there = m_ws->attachFile(otherItem, file(QStringLiteral("s2.bin"), shared));
    Result<Evidence> mine = m_ws->attachFile(otherItem, file(QStringLiteral("own.txt"), own));
    QVERIFY(here.ok() && there.ok() && mine.ok());
    QCOMPARE(blobIdOf(here->id), blobIdOf(there->id));

    // Damage the content only production has: staging has nothing wrong.
    {
        RawDb raw(m_path);
        QCOMPARE(raw.run(QStringLiteral("UPDATE blob_chunks SET data = ? WHERE blob_id = ?"),
                     { QByteArray("ONLY IN PRODUCTION\n"), blobIdOf(mine->id) }),
            1);
    }
    QCOMPARE(m_ws->verify(m_releaseId)->size(), size_t(0));
    QCOMPARE(m_ws->verify(*other)->size(), size_t(1));
    QCOMPARE(m_ws->verify(*other)->front().evidenceId, mine->id);

    // Damage the shared content: each release lists its own evidence only.
    {
        RawDb raw(m_path);
        QCOMPARE(raw.run(QStringLiteral("UPDATE blob_chunks SET data = ? WHERE blob_id = ? AND seq = 1"),
                     { QByteArray("XYZ"), blobIdOf(here->id) }),
            1);
    }
    Result<std::vector<Workspace::VerifyProblem>> staging = m_ws->verify(m_releaseId);
    QCOMPARE(staging->size(), size_t(1));
    QCOMPARE(staging->front().evidenceId, here->id);
    QCOMPARE(staging->front().releaseName, QStringLiteral("Staging 2024.05"));
    Result<std::vector<Workspace::VerifyProblem>> production = m_ws->verify(*other);
    QCOMPARE(production->size(), size_t(2));
    QCOMPARE(production->at(0).evidenceId, there->id);
    QCOMPARE(production->at(0).releaseName, QStringLiteral("Production 2024.06"));
    QCOMPARE(production->at(1).evidenceId, mine->id);
    QCOMPARE(m_ws->verify()->size(), size_t(3));

    Result<std::vector<Workspace::VerifyProblem>> unknown = m_ws->verify(*other + 100);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY2(unknown.message().contains(QString::number(*other + 100)), qPrintable(unknown.message()));
}


void TestWorkspaceVerify::verifyComparesEvidenceWithItsContent()
{
    // The content is intact, but what the evidence row records of it was changed.
    const qint64 build = id(QStringLiteral("Build images"));
    const QByteArray one = QByteArrayLiteral("first\n");
    const QByteArray two = QByteArrayLiteral("second\n");
    Result<Evidence> a = m_ws->attachFile(build, file(QStringLiteral("a.txt"), one));
    Result<Evidence> b = m_ws->attachFile(build, file(QStringLiteral("b.txt"), two));
    QVERIFY(a.ok() && b.ok());
    const QString forged = QString(64, u'0');
    {
        RawDb raw(m_path);
        QCOMPARE(raw.run(QStringLiteral("UPDATE evidence SET sha256 = ? WHERE id = ?"), { forged, a->id }), 1);
        QCOMPARE(raw.run(QStringLiteral("UPDATE evidence SET size = 99 WHERE id = ?"), { b->id }), 1);
    }
    Result<std::vector<Workspace::VerifyProblem>> problems = m_ws->verify();
    QVERIFY2(problems.ok(), qPrintable(problems.message()));
    QCOMPARE(problems->size(), size_t(2));
    QCOMPARE(problems->at(0).evidenceId, a->id);
    QCOMPARE(problems->at(0).sha256, forged);
    QCOMPARE(problems->at(0).problem,
        QStringLiteral("the evidence records SHA-256 %1, its stored content has %2").arg(forged, sha256Of(one)));
    QCOMPARE(problems->at(1).evidenceId, b->id);
    QCOMPARE(problems->at(1).problem, QStringLiteral("the evidence records 99 bytes, its stored content has 7"));
    // Reading the one whose hash was changed says so too.
    Result<QByteArray> content = m_ws->evidenceContent(a->id);
    QCOMPARE(content.error().code, ErrorCode::Corrupt);
    QVERIFY2(content.message().contains(QLatin1String("another SHA-256 than the one recorded")),
        qPrintable(content.message()));
}

QTEST_GUILESS_MAIN(TestWorkspaceVerify)
#include "tst_workspaceverify.moc"
