// The PDF decision record end to end through the real binary (issue 5): both seed checklists are
// imported, worked a little (a status with a reason, evidence attached), signed by two stakeholders
// and decided; `export --pdf` writes the record, and pdftotext and pdfinfo read it back: the
// decision, the authorization code, every signer with meaning and time, the evidence hashes, the
// page footer, secrets masked, and no word outside the page.

#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

namespace {

const QByteArray passphrase = "correct horse battery\n";
const QString secretValue = QStringLiteral("s3cr3t-Value-4242");

struct PdfText {
    QString text;
    int pages = 0;
    QString pageSize;
};

QByteArray runTool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        return QByteArray();
    }
    return p.readAllStandardOutput();
}

PdfText readPdf(const QString &path)
{
    PdfText out;
    out.text = QString::fromUtf8(runTool(QStringLiteral("pdftotext"), { path, QStringLiteral("-") }));
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), { path }));
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    out.pages = pages.hasMatch() ? pages.captured(1).toInt() : 0;
    const QRegularExpressionMatch size
        = QRegularExpression(QStringLiteral("Page size:\\s+([^\\n]+)")).match(info);
    out.pageSize = size.captured(1);
    return out;
}

// Every word pdftotext finds, with the page it is on: none may reach past the page's edges.
QStringList wordsOffThePage(const QString &path)
{
    const QString html = QString::fromUtf8(
        runTool(QStringLiteral("pdftotext"), { QStringLiteral("-bbox"), path, QStringLiteral("-") }));
    static const QRegularExpression pageRe(QStringLiteral("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">"));
    static const QRegularExpression wordRe(
        QStringLiteral("<word xMin=\"([0-9.-]+)\" yMin=\"([0-9.-]+)\" xMax=\"([0-9.-]+)\" "
                       "yMax=\"([0-9.-]+)\">([^<]*)</word>"));
    QStringList off;
    int words = 0;
    const QStringList pages = html.split(QStringLiteral("<page "));
    for (const QString &chunk : pages.mid(1)) {
        const QRegularExpressionMatch page = pageRe.match(QStringLiteral("<page ") + chunk);
        if (!page.hasMatch())
            continue;
        const double width = page.captured(1).toDouble();
        const double height = page.captured(2).toDouble();
        for (auto it = wordRe.globalMatch(chunk); it.hasNext();) {
            const QRegularExpressionMatch w = it.next();
            ++words;
            // A margin of 20 pt all round: the layout keeps 50 pt, so this only fails on a real overflow.
            if (w.captured(1).toDouble() < 20 || w.captured(2).toDouble() < 20
                || w.captured(3).toDouble() > width - 20 || w.captured(4).toDouble() > height - 20)
                off << w.captured(5);
        }
    }
    if (words == 0)
        off << QStringLiteral("(no words at all)");
    return off;
}

// The line of `pdftotext -layout` that holds `needle`: a table row reads across, cell by cell.
QString layoutLine(const QString &pdf, const QString &needle)
{
    const QString text = QString::fromUtf8(runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") }));
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.simplified().contains(needle))
            return line.simplified();
    }
    return QString();
}

QString pdfTime(const QString &isoWithMs)
{
    return QDateTime::fromString(isoWithMs, Qt::ISODateWithMs)
        .toUTC()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

// pdftotext may break a line where the layout wrapped it; hashes and codes are laid out unbroken.
QString oneLine(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out;
}

} // namespace

class TestCliPdf final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void seedRecords_data();
    void seedRecords();
    void draftRecordAndPaper();
    void refusals();

private:
    bool ok(const CliRun &run, const char *what);
    qint64 prepare(const QString &seed, QString *evidenceSha, qint64 *evidenceId);
    CliRunner m_cli;
};

void TestCliPdf::initTestCase()
{
    QVERIFY(m_cli.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
        "pdftotext (poppler-utils) is needed");
}

bool TestCliPdf::ok(const CliRun &run, const char *what)
{
    if (run.code != 0)
        qWarning("%s: exit %d: %s", what, run.code, run.err.constData());
    return run.code == 0;
}

// Imports the seed, sets a reason that quotes a secret, attaches evidence, adds two stakeholders
// with keys and requires both roles.
qint64 TestCliPdf::prepare(const QString &seed, QString *evidenceSha, qint64 *evidenceId)
{
    m_cli.nextDb();
    const qint64 release = m_cli.importFile(CliRunner::seedPath(seed));
    if (!release)
        return 0;
    const QString id = QString::number(release);
    const QString env
        // Only the values of secret-named variables are masked: NODE_ENV's value stays readable.
        = m_cli.writeFile(QStringLiteral("staging.env"), "API_TOKEN=" + secretValue.toUtf8() + "\nNODE_ENV=production-eu\n");
    if (!ok(m_cli.greenlight({ QStringLiteral("settings"), id, QStringLiteral("--env-file"), env }),
            "settings"))
        return 0;

    const QJsonObject exported = m_cli.exportJson(release);
    const QJsonArray gates = exported.value(QStringLiteral("gates")).toArray();
    QList<QJsonObject> leaves;
    for (const QJsonObject &item :
        CliRunner::flattenItems(gates.at(0).toObject().value(QStringLiteral("items")).toArray())) {
        if (item.value(QStringLiteral("children")).toArray().isEmpty())
            leaves << item;
    }
    if (leaves.size() < 2)
        return 0;
    const QString first = QString::number(leaves.at(0).value(QStringLiteral("id")).toInteger());
    const QString second = QString::number(leaves.at(1).value(QStringLiteral("id")).toInteger());
    const QString log = m_cli.writeFile(QStringLiteral("smoke.log"), "all 12 smoke tests passed\n");
    if (!ok(m_cli.greenlight({ QStringLiteral("attach"), id, first, log }), "attach"))
        return 0;
    if (!ok(m_cli.greenlight(
                { QStringLiteral("set"), id, first, QStringLiteral("--status"), QStringLiteral("passed") }),
            "set passed"))
        return 0;
    if (!ok(m_cli.greenlight({ QStringLiteral("set"), id, second, QStringLiteral("--status"),
                QStringLiteral("failed"), QStringLiteral("--reason"),
                QStringLiteral("login failed with %1; DB_PASSWORD=hunter2hunter2 in the log; region production-eu; header %2")
                    .arg(secretValue, QString::fromLatin1(secretValue.toUtf8().toBase64())) }),
            "set failed"))
        return 0;
    const QJsonObject after = m_cli.exportJson(release);
    for (const QJsonObject &item : CliRunner::flattenItems(after.value(QStringLiteral("gates"))
                                                               .toArray()
                                                               .at(0)
                                                               .toObject()
                                                               .value(QStringLiteral("items"))
                                                               .toArray())) {
        for (const QJsonValue &e : item.value(QStringLiteral("evidence")).toArray()) {
            if (e.toObject().value(QStringLiteral("name")).toString() == QLatin1String("smoke.log"))
            {
                *evidenceSha = e.toObject().value(QStringLiteral("sha256")).toString();
                *evidenceId = e.toObject().value(QStringLiteral("id")).toInteger();
            }
        }
    }

    const QList<QStringList> steps = {
        { QStringLiteral("stakeholder"), QStringLiteral("add"), QStringLiteral("Alice Example"),
            QStringLiteral("--role"), QStringLiteral("Release manager") },
        { QStringLiteral("stakeholder"), QStringLiteral("add"), QStringLiteral("Bob Tester"),
            QStringLiteral("--role"), QStringLiteral("QA") },
        { QStringLiteral("require"), id, QStringLiteral("--role"), QStringLiteral("Release manager") },
        { QStringLiteral("require"), id, QStringLiteral("--role"), QStringLiteral("QA") },
    };
    for (const QStringList &step : steps) {
        if (!ok(m_cli.greenlight(step), "setup"))
            return 0;
    }
    for (const QString &name : { QStringLiteral("Alice Example"), QStringLiteral("Bob Tester") }) {
        if (!ok(m_cli.greenlightWithFd({ QStringLiteral("key"), QStringLiteral("create"), name,
                                           QStringLiteral("--passphrase-fd"), QStringLiteral("3") },
                    passphrase),
                "key create"))
            return 0;
    }
    return release;
}

void TestCliPdf::seedRecords_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("outcome");
    QTest::newRow("deployment, NO-GO") << CliRunner::deploymentSeed << QStringLiteral("no-go");
    QTest::newRow("readiness, CONDITIONAL GO") << CliRunner::readinessSeed << QStringLiteral("conditional");
}

void TestCliPdf::seedRecords()
{
    QFETCH(QString, seed);
    QFETCH(QString, outcome);
    QString evidenceSha;
    qint64 evidenceId = 0;
    const qint64 release = prepare(seed, &evidenceSha, &evidenceId);
    QVERIFY(release > 0);
    QCOMPARE(evidenceSha.size(), 64);
    QVERIFY(evidenceId > 0);
    const QString id = QString::number(release);

    QVERIFY(ok(m_cli.greenlightWithFd({ QStringLiteral("sign"), id, QStringLiteral("--as"),
                                          QStringLiteral("Alice Example"), QStringLiteral("--meaning"),
                                          outcome == QLatin1String("no-go") ? QStringLiteral("no-go")
                                                                            : QStringLiteral("conditional"),
                                          QStringLiteral("--comment"), QStringLiteral("Checked the matrix"),
                                          QStringLiteral("--passphrase-fd"), QStringLiteral("3") },
                   passphrase),
        "sign Alice"));
    QVERIFY(ok(m_cli.greenlightWithFd(
                   { QStringLiteral("sign"), id, QStringLiteral("--as"), QStringLiteral("Bob Tester"),
                       QStringLiteral("--meaning"), QStringLiteral("reviewed"),
                       QStringLiteral("--passphrase-fd"), QStringLiteral("3") },
                   passphrase),
        "sign Bob"));
    QStringList decide { QStringLiteral("decide"), id, QStringLiteral("--outcome"), outcome,
        QStringLiteral("--rationale"), QStringLiteral("Smoke tests fail on login; the matrix agrees."),
        QStringLiteral("--confidence"), QStringLiteral("80") };
    const QString deadline = QDate::currentDate().addDays(7).toString(Qt::ISODate);
    if (outcome == QLatin1String("conditional")) {
        decide << QStringLiteral("--mitigation")
               << QStringLiteral("Fix the login regression;Carol Dev;%1;login smoke test passes twice")
                      .arg(deadline)
               << QStringLiteral("--override-reason")
               << QStringLiteral("The failing login only affects the admin console.");
    }
    QVERIFY(ok(m_cli.greenlight(decide), "decide"));
    const QJsonObject status = m_cli.statusJson(release);
    const QJsonObject decision = status.value(QStringLiteral("decision")).toObject();
    const QString code = decision.value(QStringLiteral("authorization_code")).toString();
    QVERIFY(code.startsWith(QLatin1String("GL-")));

    const QString pdf = m_cli.filePath(QStringLiteral("record-%1.pdf").arg(m_cli.counter()));
    const CliRun exported = m_cli.greenlight({ QStringLiteral("export"), id, QStringLiteral("--pdf"), pdf,
        QStringLiteral("--paper"), QStringLiteral("a4") });
    QVERIFY2(exported.code == 0, exported.err.constData());
    QVERIFY(exported.outText().contains(code));

    const PdfText read = readPdf(pdf);
    QVERIFY2(read.pages >= 2 && read.pages <= 40, qPrintable(QString::number(read.pages)));
    QVERIFY2(read.pageSize.contains(QLatin1String("A4")), qPrintable(read.pageSize));
    const QString text = oneLine(read.text);
    QVERIFY(text.contains(
        outcome == QLatin1String("no-go") ? QStringLiteral("NO-GO") : QStringLiteral("CONDITIONAL GO")));
    QVERIFY(text.contains(QStringLiteral("Authorization code %1").arg(code)));
    QVERIFY(text.contains(QStringLiteral("Smoke tests fail on login")));
    QVERIFY(text.contains(QStringLiteral("80 %")));
    for (const QJsonValue &v : status.value(QStringLiteral("signoffs")).toArray()) {
        const QJsonObject s = v.toObject();
        QVERIFY2(text.contains(s.value(QStringLiteral("name")).toString()),
            qPrintable(s.value(QStringLiteral("name")).toString()));
        QVERIFY2(text.contains(pdfTime(s.value(QStringLiteral("signed_at")).toString())),
            qPrintable(pdfTime(s.value(QStringLiteral("signed_at")).toString())));
        QVERIFY(text.contains(s.value(QStringLiteral("fingerprint")).toString()));
    }
    // Each signer's row names their role, meaning, time and a valid signature.
    const QString alice = layoutLine(pdf, QStringLiteral("Alice Example Release manager"));
    QVERIFY2(alice.contains(outcome == QLatin1String("no-go") ? QStringLiteral("Reject NO-GO") : QStringLiteral("Approve with"))
            && alice.endsWith(QStringLiteral("Valid")),
        qPrintable(alice));
    const QString bob = layoutLine(pdf, QStringLiteral("Bob Tester QA"));
    QVERIFY2(bob.contains(QStringLiteral(" Reviewed ")) && bob.endsWith(QStringLiteral("Valid")), qPrintable(bob));
    QVERIFY(text.contains(QStringLiteral("Comment: Checked the matrix")));
    QVERIFY2(text.contains(evidenceSha), qPrintable(evidenceSha));
    QVERIFY(text.contains(QStringLiteral("smoke.log")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(read.pages)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(read.pages)));
    QVERIFY(text.contains(decision.value(QStringLiteral("decided_by")).toString()));
    QVERIFY(text.contains(QStringLiteral("greenlight verify")));
    if (outcome == QLatin1String("conditional")) {
        // The mitigation's progress, with the evidence that shows it done, while the release is frozen.
        CliRun listed = m_cli.greenlight({ QStringLiteral("mitigation"), id });
        QVERIFY2(listed.code == 0, listed.err.constData());
        QVERIFY2(listed.outText().startsWith(QStringLiteral("1. Fix the login regression \u2014 Carol Dev, %1: open").arg(deadline)),
            qPrintable(listed.outText()));
        QCOMPARE(m_cli.greenlight({ QStringLiteral("mitigation"), id, QStringLiteral("2"), QStringLiteral("--status"),
                                       QStringLiteral("done") })
                     .code,
            2);
        QCOMPARE(m_cli.greenlight({ QStringLiteral("mitigation"), id, QStringLiteral("1"), QStringLiteral("--status"),
                                       QStringLiteral("finished") })
                     .code,
            2);
        QCOMPARE(m_cli.greenlight({ QStringLiteral("mitigation"), id, QStringLiteral("1"), QStringLiteral("--status"),
                                       QStringLiteral("done"), QStringLiteral("--evidence"), QStringLiteral("999999") })
                     .code,
            2);
        const CliRun done = m_cli.greenlight({ QStringLiteral("mitigation"), id, QStringLiteral("1"), QStringLiteral("--status"),
            QStringLiteral("done"), QStringLiteral("--evidence"), QString::number(evidenceId) });
        QVERIFY2(done.code == 0, done.err.constData());
        const QJsonObject after = m_cli.statusJson(release).value(QStringLiteral("decision")).toObject();
        const QJsonObject m0 = after.value(QStringLiteral("mitigations")).toArray().at(0).toObject();
        QCOMPARE(m0.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(m0.value(QStringLiteral("overdue")).toBool(), false);
        QVERIFY(m_cli.greenlight({ QStringLiteral("mitigation"), id }).outText().contains(QStringLiteral("smoke.log")));
        const CliRun again = m_cli.greenlight({ QStringLiteral("export"), id, QStringLiteral("--pdf"), pdf });
        QVERIFY2(again.code == 0, again.err.constData());
        const QString redone = oneLine(readPdf(pdf).text);
        QVERIFY(redone.contains(QStringLiteral("Shown by smoke.log")));
        const QString row = layoutLine(pdf, QStringLiteral("Fix the login regression"));
        QVERIFY2(row.endsWith(QStringLiteral("Done")), qPrintable(row));
        QVERIFY(m_cli.greenlight({ QStringLiteral("verify"), id }).code == 0);
        QVERIFY(text.contains(QStringLiteral("Fix the login regression")));
        QVERIFY(text.contains(QStringLiteral("Carol Dev")));
        QVERIFY(text.contains(deadline));
    }
    // Every gate of the seed is in it, by title.
    for (const QJsonValue &g : m_cli.exportJson(release).value(QStringLiteral("gates")).toArray()) {
        const QString title = g.toObject().value(QStringLiteral("title")).toString().simplified();
        QVERIFY2(text.simplified().contains(title.left(25)), qPrintable(title));
    }
    // Secrets: the env file's value and a PASSWORD=... assignment are masked, the rest of the reason is
    // there.
    QVERIFY(text.contains(QStringLiteral("login failed with ***")));
    QVERIFY(text.contains(QStringLiteral("DB_PASSWORD=***")));
    QVERIFY(!text.contains(secretValue));
    QVERIFY(!text.contains(QStringLiteral("hunter2hunter2")));
    QVERIFY(!text.contains(QString::fromLatin1(secretValue.toUtf8().toBase64())));
    QVERIFY(text.contains(QStringLiteral("region production-eu")));
    const QStringList off = wordsOffThePage(pdf);
    QVERIFY2(off.isEmpty(), qPrintable(off.mid(0, 10).join(QStringLiteral(" | "))));

    // The record and verify agree: the workspace checks out.
    const CliRun verified = m_cli.greenlight({ QStringLiteral("verify"), id });
    QVERIFY2(verified.code == 0, verified.out.constData());
}

void TestCliPdf::draftRecordAndPaper()
{
    m_cli.nextDb();
    const qint64 release
        = m_cli.importFile(m_cli.writeFile(QStringLiteral("tiny.md"), CliRunner::tinyChecklist));
    QVERIFY(release > 0);
    const QString pdf = m_cli.filePath(QStringLiteral("draft.pdf"));
    const CliRun run = m_cli.greenlight({ QStringLiteral("export"), QString::number(release),
        QStringLiteral("--pdf"), pdf, QStringLiteral("--paper"), QStringLiteral("letter") });
    QVERIFY2(run.code == 0, run.err.constData());
    QVERIFY(run.outText().contains(QStringLiteral("draft record")));
    const PdfText read = readPdf(pdf);
    QVERIFY2(read.pages >= 1 && read.pages <= 2, qPrintable(QString::number(read.pages)));
    QVERIFY2(read.pageSize.contains(QLatin1String("letter")), qPrintable(read.pageSize));
    QVERIFY(read.text.contains(QStringLiteral("No decision recorded")));
    QVERIFY(read.text.contains(QStringLiteral("Nobody has signed this release.")));
    QVERIFY(read.text.contains(QStringLiteral("Page 1 of %1").arg(read.pages)));
    // The chart's labels are text too: its axis ticks (no table prints 40 % and 80 % here).
    QVERIFY(read.text.contains(QStringLiteral("Completion per gate")));
    QVERIFY(read.text.contains(QStringLiteral("40 %")));
    QVERIFY(read.text.contains(QStringLiteral("80 %")));
}

void TestCliPdf::refusals()
{
    m_cli.nextDb();
    const qint64 release
        = m_cli.importFile(m_cli.writeFile(QStringLiteral("tiny.md"), CliRunner::tinyChecklist));
    QVERIFY(release > 0);
    const QString id = QString::number(release);
    CliRun run
        = m_cli.greenlight({ QStringLiteral("export"), id, QStringLiteral("--pdf"), QStringLiteral("-") });
    QCOMPARE(run.code, 2);
    run = m_cli.greenlight({ QStringLiteral("export"), id, QStringLiteral("--pdf"),
        m_cli.filePath(QStringLiteral("x.pdf")), QStringLiteral("--paper"), QStringLiteral("a3") });
    QCOMPARE(run.code, 2);
    QVERIFY(run.errText().contains(QStringLiteral("a3")));
    QVERIFY(!QFile::exists(m_cli.filePath(QStringLiteral("x.pdf"))));
    run = m_cli.greenlight({ QStringLiteral("export"), id, QStringLiteral("--pdf"),
        m_cli.filePath(QStringLiteral("no-such-folder/x.pdf")) });
    QCOMPARE(run.code, 2);
    QVERIFY(run.errText().contains(QStringLiteral("no-such-folder/x.pdf")));
    run = m_cli.greenlight({ QStringLiteral("export"), QStringLiteral("no such release"),
        QStringLiteral("--pdf"), m_cli.filePath(QStringLiteral("y.pdf")) });
    QVERIFY(run.code != 0);
    QVERIFY(!QFile::exists(m_cli.filePath(QStringLiteral("y.pdf"))));
}

QTEST_GUILESS_MAIN(TestCliPdf)
#include "tst_clipdf.moc"
