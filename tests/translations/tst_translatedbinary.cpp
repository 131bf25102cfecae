// Runs the real greenlight binary and checks it speaks German when asked to (--lang de) or when the
// system locale is German, English otherwise: the .qm is built, bundled and loaded for every layer.

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestTranslatedBinary final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void language_data();
    void language();
    void germanStatusUsesPluralForms();
    void englishStatusUsesPluralForms();

private:
    // env: "NAME=value" sets a variable; the locale variables not named are unset.
    Run greenlight(const QStringList &arguments, const QStringList &env) const;

    QTemporaryDir m_dir;
};

void TestTranslatedBinary::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

Run TestTranslatedBinary::greenlight(const QStringList &arguments, const QStringList &env) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // CTest sets LANG and LC_ALL to C.UTF-8; a developer's shell may set LANGUAGE. Start from none.
    for (const char *name : { "LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE" })
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/config")));
    for (const QString &pair : env)
        environment.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GREENLIGHT_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        qWarning("greenlight %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestTranslatedBinary::language_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("onStderr");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("unexpected");

    const QStringList cLocale = { QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_ALL=C.UTF-8") };
    const QStringList germanHelp = { QStringLiteral("Aufruf: greenlight"), QStringLiteral("Unterbefehle:"),
        QStringLiteral("Diese Hilfe anzeigen."), QStringLiteral("Exit-Codes:") };
    const QStringList englishHelp = { QStringLiteral("Usage: greenlight"), QStringLiteral("Verbs:"),
        QStringLiteral("Show this help.") };
    const QStringList help = { QStringLiteral("--help") };
    const QStringList germanHelpArgs
        = { QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help") };

    QTest::newRow("--lang de beats the C locale")
        << germanHelpArgs << cLocale << 0 << false << germanHelp << englishHelp;
    QTest::newRow("--lang de after the verb flag")
        << QStringList { QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("de") } << cLocale
        << 0 << false << germanHelp << englishHelp;
    QTest::newRow("LANG=de_DE.UTF-8") << help << QStringList { QStringLiteral("LANG=de_DE.UTF-8") } << 0
                                      << false << germanHelp << englishHelp;
    QTest::newRow("LC_ALL=de_DE.UTF-8 over LANG=C.UTF-8")
        << help << QStringList { QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_ALL=de_DE.UTF-8") } << 0
        << false << germanHelp << englishHelp;
    QTest::newRow("LANG=de_AT.UTF-8 falls back to de")
        << help << QStringList { QStringLiteral("LANG=de_AT.UTF-8") } << 0 << false << germanHelp
        << englishHelp;
    // The controls: without German asked for, nothing German may leak in.
    QTest::newRow("C locale stays English") << help << cLocale << 0 << false << englishHelp << germanHelp;
    QTest::newRow("--lang en beats a German locale")
        << QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help") }
        << QStringList { QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LC_ALL=de_DE.UTF-8") } << 0
        << false << englishHelp << germanHelp;
    // A refusal written by the store (models/), not by the CLI: the libraries' texts are in the .qm too.
    const QString folder = m_dir.filePath(QStringLiteral("a-folder"));
    QTest::newRow("store refusal in German")
        << QStringList { QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--db"), folder,
               QStringLiteral("releases") }
        << cLocale << 2 << true
        << QStringList { QStringLiteral("ist ein Ordner, keine Arbeitsbereichsdatei.") }
        << QStringList { QStringLiteral("is a folder") };
    // French, the second complete translation, by option and by locale.
    const QStringList frenchHelp = { QStringLiteral("Utilisation\u00a0: greenlight"),
        QStringLiteral("Sous-commandes\u00a0:"), QStringLiteral("Afficher cette aide.") };
    QTest::newRow("--lang fr beats the C locale")
        << QStringList { QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help") } << cLocale
        << 0 << false << frenchHelp << englishHelp + germanHelp;
    QTest::newRow("LANG=fr_CA.UTF-8 falls back to fr")
        << help << QStringList { QStringLiteral("LANG=fr_CA.UTF-8") } << 0 << false << frenchHelp
        << englishHelp + germanHelp;
    QTest::newRow("store refusal in French")
        << QStringList { QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--db"), folder,
               QStringLiteral("releases") }
        << cLocale << 2 << true
        << QStringList { QStringLiteral("est un dossier, pas un fichier d'espace de travail.") }
        << QStringList { QStringLiteral("is a folder") };
    QTest::newRow("usage error in German")
        << QStringList { QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("help"),
               QStringLiteral("frobnicate") }
        << cLocale << 2 << true << QStringList { QStringLiteral("unbekannter Unterbefehl 'frobnicate'") }
        << QStringList { QStringLiteral("unknown verb") };
}

void TestTranslatedBinary::language()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, env);
    QFETCH(int, exitCode);
    QFETCH(bool, onStderr);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);

    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("a-folder"))));
    const Run run = greenlight(arguments, env);
    const QString text = onStderr ? run.err : run.out;
    QVERIFY2(run.code == exitCode,
        qPrintable(
            QStringLiteral("exit %1, expected %2\n%3%4").arg(run.code).arg(exitCode).arg(run.out, run.err)));
    for (const QString &phrase : expected)
        QVERIFY2(
            text.contains(phrase), qPrintable(QStringLiteral("\"%1\" missing from:\n%2").arg(phrase, text)));
    for (const QString &phrase : unexpected)
        QVERIFY2(
            !text.contains(phrase), qPrintable(QStringLiteral("\"%1\" found in:\n%2").arg(phrase, text)));
}

// The matrix of a real seed, in German: %n plurals pick the right form (compiled by lrelease with
// German plural rules) and texts from the domain and interchange libraries are translated.
void TestTranslatedBinary::germanStatusUsesPluralForms()
{
    const QString db = m_dir.filePath(QStringLiteral("seed.greenlight"));
    const QStringList german = { QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--db"), db };
    const QStringList cLocale = { QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_ALL=C.UTF-8") };

    const Run imported = greenlight(QStringList(german)
            << QStringLiteral("import")
            << QStringLiteral(GREENLIGHT_TEST_DATA "/staging-deployment-checklist.md"),
        cLocale);
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    // GATE 2 of this seed has a checked parent over an unchecked child (ChecklistItemReader's warning).
    QVERIFY2(imported.err.contains(QStringLiteral("ist abgehakt, hat aber")), qPrintable(imported.err));
    const QString id = imported.out.trimmed();

    const Run status = greenlight(QStringList(german) << QStringLiteral("status") << id, cLocale);
    QVERIFY2(status.code == 0, qPrintable(status.err));
    for (const QString &phrase : { QStringLiteral("Bereitschaft"), QStringLiteral("Entscheidung"),
             QStringLiteral("NO-GO"), QStringLiteral("KENNZAHL"), QStringLiteral("Offene Blocker:"),
             QStringLiteral("ist nicht erfüllt") })
        QVERIFY2(status.out.contains(phrase),
            qPrintable(QStringLiteral("\"%1\" missing:\n%2").arg(phrase, status.out)));

    static const QRegularExpression rule(QStringLiteral("NO-GO: (\\d+) Blocker (ist|sind) offen"));
    const QRegularExpressionMatch match = rule.match(status.out);
    QVERIFY2(match.hasMatch(), qPrintable(status.out));
    const int open = match.captured(1).toInt();
    QVERIFY(open > 0);
    QCOMPARE(match.captured(2), open == 1 ? QStringLiteral("ist") : QStringLiteral("sind"));

    // Gate reasons join "%n fehlgeschlagen" pieces; none may fall back to the English source.
    QVERIFY2(
        status.out.contains(QRegularExpression(QStringLiteral("\\d+ nicht begonnen|\\d+ fehlgeschlagen"))),
        qPrintable(status.out));
    for (const QString &english : { QStringLiteral("Readiness"), QStringLiteral("blockers open"),
             QStringLiteral("items done"), QStringLiteral("not started") })
        QVERIFY2(!status.out.contains(english),
            qPrintable(QStringLiteral("\"%1\" in:\n%2").arg(english, status.out)));
}

// The C locale (CI, cron) gets English with real plurals, not the sources' "blocker(s)".
void TestTranslatedBinary::englishStatusUsesPluralForms()
{
    const QString db = m_dir.filePath(QStringLiteral("english.greenlight"));
    const QStringList cLocale = { QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_ALL=C.UTF-8") };
    const Run imported = greenlight({ QStringLiteral("--db"), db, QStringLiteral("import"),
                                        QStringLiteral(GREENLIGHT_TEST_DATA "/staging-deployment-checklist.md") },
        cLocale);
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    QVERIFY2(imported.err.contains(QStringLiteral("is checked but has 1 unchecked item")), qPrintable(imported.err));
    QVERIFY2(!imported.err.contains(QStringLiteral("(s)")), qPrintable(imported.err));

    const Run status = greenlight({ QStringLiteral("--db"), db, QStringLiteral("status"), imported.out.trimmed() }, cLocale);
    QVERIFY2(status.code == 0, qPrintable(status.err));
    QVERIFY2(status.out.contains(QStringLiteral("NO-GO: 4 blockers open")), qPrintable(status.out));
    QVERIFY2(!status.out.contains(QStringLiteral("(s)")), qPrintable(status.out));
}

QTEST_GUILESS_MAIN(TestTranslatedBinary)
#include "tst_translatedbinary.moc"
