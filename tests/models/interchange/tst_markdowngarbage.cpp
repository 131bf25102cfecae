// MarkdownImporter never crashes: 200 deterministic mutations of the seeds (byte flips, inserted
// Markdown punctuation and invalid UTF-8, deletions, duplicated and truncated chunks) all come back
// as either a release or an error, and every release read survives an export and re-import unchanged.
// Run under -DGREENLIGHT_SANITIZE=ON to catch memory errors too.

#include "interchange/MarkdownExporter.h"
#include "interchange/MarkdownImporter.h"

#include <QFile>
#include <QTest>

using namespace gl;

namespace {

// A small fixed-seed generator: the same 200 inputs on every machine and run.
class Lcg {
public:
    explicit Lcg(quint64 seed) : m_state(seed) {}
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33);
    }
    int below(int n) { return n > 0 ? int(next() % quint32(n)) : 0; }

private:
    quint64 m_state;
};

QByteArray mutate(QByteArray bytes, Lcg &rng)
{
    static const QByteArray pieces[] = {
        "\n", "\r\n", "- [ ] ", "- [x] ", "  - ", "```", "```bash\n", "\n# ", "## ", "|", "| --- |", "`", "**",
        "\xC3", "\xE2\x9C", "\xF0\x9F", "\xFF\xFE", "\xEF\xBB\xBF", "Commands: ", "(or `", ")", "&#", "&amp;", "<!--",
        "\\", "> ", "1. ", "* [X] ", "\t", "Status: waived\n", "Waiver expires: 9999-99-99\n",
    };
    const int rounds = 1 + rng.below(12);
    for (int r = 0; r < rounds && !bytes.isEmpty(); ++r) {
        const int at = rng.below(int(bytes.size()));
        switch (rng.below(6)) {
        case 0:   // flip a byte
            bytes[at] = char(rng.next() & 0xFF);
            break;
        case 1: { // insert Markdown punctuation or broken encodings
            const QByteArray &piece = pieces[rng.below(int(std::size(pieces)))];
            bytes.insert(at, piece);
            break;
        }
        case 2:   // delete a run
            bytes.remove(at, 1 + rng.below(64));
            break;
        case 3: { // duplicate a chunk somewhere else
            const QByteArray chunk = bytes.mid(at, 1 + rng.below(400));
            bytes.insert(rng.below(int(bytes.size())), chunk);
            break;
        }
        case 4:   // truncate
            bytes.truncate(at);
            break;
        default:  // swap two lines' worth of bytes
            std::swap(bytes[at], bytes[rng.below(int(bytes.size()))]);
            break;
        }
    }
    return bytes;
}

QByteArray readSeed(const char *name)
{
    QFile file(QStringLiteral(GREENLIGHT_TEST_DATA "/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestMarkdownGarbage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mutatedSeedsNeverCrash();
};

void TestMarkdownGarbage::mutatedSeedsNeverCrash()
{
    const QByteArray seeds[] = {readSeed("staging-deployment-checklist.md"), readSeed("staging-readiness-checklist.md")};
    QVERIFY(!seeds[0].isEmpty() && !seeds[1].isEmpty());
    Lcg rng(20250912);
    int imported = 0;
    int refused = 0;
    for (int i = 0; i < 200; ++i) {
        const QByteArray input = mutate(seeds[i % 2], rng);
        const auto result = MarkdownImporter::importBytes(input, QStringLiteral("mutant-%1.md").arg(i));
        if (!result.ok()) {
            ++refused;
            QVERIFY(result.message().contains(QStringLiteral("mutant-%1.md").arg(i)));
            continue;
        }
        ++imported;
        // Whatever was read must also survive the way out and back in, unchanged.
        const auto again = MarkdownImporter::importBytes(MarkdownExporter::toMarkdown(result->release),
                                                         QStringLiteral("again.md"));
        QVERIFY2(again.ok(), qPrintable(QStringLiteral("mutant %1: %2").arg(i).arg(again.message())));
        Release before = result->release;
        Release after = again->release;
        before.source.clear();
        after.source.clear();
        QVERIFY2(before == after, qPrintable(QStringLiteral("mutant %1 changed on a round trip").arg(i)));
    }
    QCOMPARE(imported + refused, 200);
    QVERIFY(imported > 100);   // mutations damage the checklist, they rarely erase it
}

QTEST_GUILESS_MAIN(TestMarkdownGarbage)
#include "tst_markdowngarbage.moc"
