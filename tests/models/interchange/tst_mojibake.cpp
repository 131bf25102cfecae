// Mojibake repair: what real checklists contain gets repaired, legitimate text never changes.

#include "interchange/Mojibake.h"

#include <QTest>

using gl::Mojibake;

class TestMojibake final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void repair_data();
    void repair();
    void repairIsIdempotent_data() { repair_data(); }
    void repairIsIdempotent();
    void countsRepairedRuns();
    void emojiRemnants_data();
    void emojiRemnants();
    void decodesWindows1252();
};

void TestMojibake::repair_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // Windows-1252 (both Windows pages agree).
    QTest::newRow("check mark") << QStringLiteral("âœ… APPROVED") << QStringLiteral("\u2705 APPROVED");
    QTest::newRow("e acute") << QStringLiteral("cafÃ©") << QStringLiteral("caf\u00E9");
    QTest::newRow("degree") << QStringLiteral("20Â°C") << QStringLiteral("20\u00B0C");
    QTest::newRow("em dash") << QStringLiteral("a â€” b") << QStringLiteral("a \u2014 b");
    // Windows-1254 (Turkish): only it has ğ, as in the deployment seed.
    QTest::newRow("red circle") << QStringLiteral("ğŸ”´ GATE 1") << QStringLiteral("\U0001F534 GATE 1");
    QTest::newRow("siren") << QStringLiteral("## ğŸš¨ PRE") << QStringLiteral("## \U0001F6A8 PRE");
    // Mac Roman.
    QTest::newRow("mac roman arrow") << QStringLiteral("CI ‚Üí CD") << QStringLiteral("CI \u2192 CD");
    // C1 controls stand for the byte a Windows decoder could not map.
    QTest::newRow("c1 control kept as byte") << QStringLiteral("â\u009DŒ no") << QStringLiteral("\u274C no");
    // A lossy decoder dropped the unassigned byte: completed when exactly one emoji fits.
    QTest::newRow("cross mark, 0x9D dropped") << QStringLiteral("âŒ BLOCKED") << QStringLiteral("\u274C BLOCKED");
    QTest::newRow("warning sign, 0x8F dropped") << QStringLiteral("âš\u00A0ï¸ CONDITIONAL")
                                               << QStringLiteral("\u26A0\uFE0F CONDITIONAL");
    // Ambiguous: the lost byte could make 🎪, 🍪, 🏪 or 🐪; kept as written.
    QTest::newRow("ambiguous emoji kept") << QStringLiteral("ğŸª STATUS") << QStringLiteral("ğŸª STATUS");
    QTest::newRow("two bytes lost kept") << QStringLiteral("ğŸ PLAN") << QStringLiteral("ğŸ PLAN");

    // Legitimate text stays exactly as it is.
    QTest::newRow("cafe") << QStringLiteral("caf\u00E9") << QStringLiteral("caf\u00E9");
    QTest::newRow("greater or equal") << QStringLiteral("\u2265 65%") << QStringLiteral("\u2265 65%");
    QTest::newRow("non-breaking hyphen") << QStringLiteral("Pre\u2011flight") << QStringLiteral("Pre\u2011flight");
    QTest::newRow("curly quotes") << QStringLiteral("\u201Cno diff\u201D") << QStringLiteral("\u201Cno diff\u201D");
    QTest::newRow("arrow") << QStringLiteral("Pre \u2192 CI") << QStringLiteral("Pre \u2192 CI");
    QTest::newRow("german") << QStringLiteral("Gr\u00F6\u00DFe \u00FCber") << QStringLiteral("Gr\u00F6\u00DFe \u00FCber");
    QTest::newRow("naive") << QStringLiteral("na\u00EFve") << QStringLiteral("na\u00EFve");
    QTest::newRow("emoji") << QStringLiteral("\u2705 \U0001F534 done") << QStringLiteral("\u2705 \U0001F534 done");
    QTest::newRow("a circumflex before ASCII") << QStringLiteral("ch\u00E2teau, \u00E2ge") << QStringLiteral("ch\u00E2teau, \u00E2ge");
    QTest::newRow("french") << QStringLiteral("\u00C7a a \u00E9t\u00E9 d\u00E9j\u00E0 vu") << QStringLiteral("\u00C7a a \u00E9t\u00E9 d\u00E9j\u00E0 vu");
    QTest::newRow("angstrom") << QStringLiteral("\u00C5ngstr\u00F6m") << QStringLiteral("\u00C5ngstr\u00F6m");
    QTest::newRow("turkish") << QStringLiteral("\u011Fa\u015Fi \u0131") << QStringLiteral("\u011Fa\u015Fi \u0131");
    QTest::newRow("cjk") << QStringLiteral("\u4E2D\u6587") << QStringLiteral("\u4E2D\u6587");
    QTest::newRow("plain ascii") << QStringLiteral("npm run test:ci") << QStringLiteral("npm run test:ci");
    QTest::newRow("empty") << QString() << QString();
}

void TestMojibake::repair()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Mojibake::repair(input), expected);
}

void TestMojibake::repairIsIdempotent()
{
    QFETCH(QString, input);
    const QString once = Mojibake::repair(input);
    QCOMPARE(Mojibake::repair(once), once);
}

void TestMojibake::countsRepairedRuns()
{
    int runs = -1;
    QCOMPARE(Mojibake::repair(QStringLiteral("âœ… ok, âŒ no, café"), &runs), QStringLiteral("\u2705 ok, \u274C no, caf\u00E9"));
    QCOMPARE(runs, 2);
    QCOMPARE(Mojibake::repair(QStringLiteral("nothing to do \u2265"), &runs), QStringLiteral("nothing to do \u2265"));
    QCOMPARE(runs, 0);
}

void TestMojibake::emojiRemnants_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("remnant");
    QTest::newRow("circus tent, one byte lost") << QStringLiteral("ğŸª") << true;
    QTest::newRow("flag, two bytes lost") << QStringLiteral("ğŸ") << true;
    QTest::newRow("whole emoji mojibake is not a remnant") << QStringLiteral("ğŸ”´") << false;
    QTest::newRow("word") << QStringLiteral("STATUS") << false;
    QTest::newRow("accented word") << QStringLiteral("\u00E9t\u00E9") << false;
}

void TestMojibake::emojiRemnants()
{
    QFETCH(QString, word);
    QFETCH(bool, remnant);
    QCOMPARE(Mojibake::isEmojiRemnant(word), remnant);
}

void TestMojibake::decodesWindows1252()
{
    QCOMPARE(Mojibake::decodeWindows1252(QByteArray("caf\xE9 \x80 \x93x\x94 \x9D")),
             QStringLiteral("caf\u00E9 \u20AC \u201Cx\u201D \u009D"));
}

QTEST_GUILESS_MAIN(TestMojibake)
#include "tst_mojibake.moc"
