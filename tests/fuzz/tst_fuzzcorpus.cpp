// Replays every seed (and every crash once found) in tests/fuzz/corpus through its fuzz target's code,
// in every build, with gcc too: each input comes back, ok or with an error that is not empty and
// names the file, and every promise FuzzChecks.h checks holds. The folder names the target.

#include "FuzzChecks.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestFuzzCorpus final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyTargetHasSeeds();
    void replay_data();
    void replay();
};

namespace {

const QString corpusRoot = QStringLiteral(GREENLIGHT_FUZZ_CORPUS);

// Corpus folder -> target of FuzzChecks.h.
const QList<std::pair<QString, QString>> targets = {
    {QStringLiteral("junit"), QStringLiteral("junit")},
    {QStringLiteral("coverage"), QStringLiteral("coverage")},
    {QStringLiteral("npmaudit"), QStringLiteral("npm-audit")},
    {QStringLiteral("sarif"), QStringLiteral("sarif")},
    {QStringLiteral("recognise"), QStringLiteral("recognise")},
};

} // namespace

void TestFuzzCorpus::everyTargetHasSeeds()
{
    // Each target's seeds include inputs that read and inputs that are refused.
    for (const auto &[folder, target] : targets) {
        const QDir dir(corpusRoot + QLatin1Char('/') + folder);
        QVERIFY2(dir.exists(), qPrintable(dir.path()));
        int ok = 0;
        int refused = 0;
        for (const QFileInfo &info : dir.entryInfoList(QDir::Files)) {
            QFile file(info.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            (gl::fuzz::runTarget(target, file.readAll(), info.fileName()).ok ? ok : refused) += 1;
        }
        QVERIFY2(ok >= 3 && refused >= 3, qPrintable(QStringLiteral("%1: %2 read, %3 refused").arg(folder).arg(ok).arg(refused)));
    }
}

void TestFuzzCorpus::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const auto &[folder, target] : targets) {
        const QDir dir(corpusRoot + QLatin1Char('/') + folder);
        for (const QFileInfo &info : dir.entryInfoList(QDir::Files, QDir::Name))
            QTest::addRow("%s/%s", qPrintable(folder), qPrintable(info.fileName())) << target << info.filePath();
    }
}

void TestFuzzCorpus::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    const QString name = QFileInfo(path).fileName();

    const gl::fuzz::Outcome outcome = gl::fuzz::runTarget(target, data, name);
    QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
    if (!outcome.ok) {
        QVERIFY(!outcome.message.isEmpty());
        // recognise picks its own file name from the first byte; the others read under the seed's.
        const QString expectedName = target == QLatin1String("recognise")
            ? (data.isEmpty() ? QString() : gl::fuzz::hintNames().at(qsizetype(quint8(data.front())) % gl::fuzz::hintNames().size()))
            : name;
        if (!data.isEmpty() || target != QLatin1String("recognise"))
            QVERIFY2(outcome.message.startsWith(expectedName + QLatin1Char(':')), qPrintable(outcome.message));
    }
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
