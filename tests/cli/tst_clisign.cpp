// The sign-off verbs end to end through the real binary (issue 5): stakeholder, key, require and
// sign with the passphrase on a file descriptor, status --json's signoffs and required, stale after
// a change with what changed, valid again after undo, and the refusals a script must be able to rely on.

#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QtTest>

namespace {
const QByteArray passphrase = "correct horse battery\n";
} // namespace

class TestCliSign final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signOffFlow();
    void refusals();
    void keysMoveBetweenMachines();
    void decideFreezeReopenVerify();

private:
    qint64 prepare(); // a fresh workspace with the tiny release, Alice and Bob with keys
    CliRunner m_cli;
};

void TestCliSign::initTestCase()
{
    QVERIFY(m_cli.isValid());
}

qint64 TestCliSign::prepare()
{
    m_cli.nextDb();
    const qint64 release
        = m_cli.importFile(m_cli.writeFile(QStringLiteral("tiny.md"), CliRunner::tinyChecklist));
    if (!release)
        return 0;
    const QList<QStringList> steps = {
        { QStringLiteral("stakeholder"), QStringLiteral("add"), QStringLiteral("Alice Example"),
            QStringLiteral("--role"), QStringLiteral("Release manager"), QStringLiteral("--email"),
            QStringLiteral("alice@example.com") },
        { QStringLiteral("stakeholder"), QStringLiteral("add"), QStringLiteral("Bob QA"),
            QStringLiteral("--role"), QStringLiteral("QA") },
        { QStringLiteral("require"), QString::number(release), QStringLiteral("--role"),
            QStringLiteral("Release manager") },
        { QStringLiteral("require"), QString::number(release), QStringLiteral("--role"), QStringLiteral("QA"),
            QStringLiteral("--count"), QStringLiteral("1") },
    };
    for (const QStringList &step : steps) {
        const CliRun run = m_cli.greenlight(step);
        if (run.code != 0) {
            qWarning("%s: %s", qPrintable(step.join(u' ')), run.err.constData());
            return 0;
        }
    }
    for (const QString &name : { QStringLiteral("Alice Example"), QStringLiteral("Bob QA") }) {
        // Each stakeholder's own config folder; here both share the test's.
        const CliRun run
            = m_cli.greenlightWithFd({ QStringLiteral("key"), QStringLiteral("create"), name,
                                         QStringLiteral("--passphrase-fd"), QStringLiteral("3") },
                passphrase);
        if (run.code != 0) {
            qWarning("key create %s: %s", qPrintable(name), run.err.constData());
            return 0;
        }
    }
    return release;
}

void TestCliSign::signOffFlow()
{
    const qint64 release = prepare();
    QVERIFY(release > 0);
    const QString id = QString::number(release);
    QJsonObject status = m_cli.statusJson(release);
    QCOMPARE(status.value(QStringLiteral("signoffs")).toArray().size(), 0);
    const QJsonArray required = status.value(QStringLiteral("required")).toArray();
    QCOMPARE(required.size(), 2);
    QCOMPARE(required.at(0).toObject().value(QStringLiteral("role")).toString(),
        QStringLiteral("Release manager"));
    QCOMPARE(required.at(0).toObject().value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(required.at(0).toObject().value(QStringLiteral("satisfied")).toBool(), false);

    CliRun run = m_cli.greenlightWithFd(
        { QStringLiteral("sign"), id, QStringLiteral("--as"), QStringLiteral("Alice Example"),
            QStringLiteral("--meaning"), QStringLiteral("go"), QStringLiteral("--comment"),
            QStringLiteral("Ship it"), QStringLiteral("--passphrase-fd"), QStringLiteral("3") },
        passphrase);
    QVERIFY2(run.code == 0, run.err.constData());
    QVERIFY(run.outText().contains(QStringLiteral("Alice Example (Release manager) signed")));
    run = m_cli.greenlightWithFd(
        { QStringLiteral("sign"), id, QStringLiteral("--as"), QStringLiteral("Bob QA"),
            QStringLiteral("--meaning"), QStringLiteral("conditional"), QStringLiteral("--passphrase-fd"),
            QStringLiteral("3") },
        passphrase);
    QVERIFY2(run.code == 0, run.err.constData());

    status = m_cli.statusJson(release);
    const QJsonArray signOffs = status.value(QStringLiteral("signoffs")).toArray();
    QCOMPARE(signOffs.size(), 2);
    const QJsonObject alice = signOffs.at(0).toObject();
    for (const char *key : { "name", "role", "meaning", "signed_at", "fingerprint", "valid", "stale" })
        QVERIFY2(alice.contains(QLatin1String(key)), key);
    QCOMPARE(alice.value(QStringLiteral("name")).toString(), QStringLiteral("Alice Example"));
    QCOMPARE(alice.value(QStringLiteral("meaning")).toString(), QStringLiteral("go"));
    QCOMPARE(alice.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(alice.value(QStringLiteral("stale")).toBool(), false);
    QVERIFY(QDateTime::fromString(alice.value(QStringLiteral("signed_at")).toString(), Qt::ISODateWithMs)
                .isValid());
    QCOMPARE(alice.value(QStringLiteral("fingerprint")).toString().size(), 39);
    QCOMPARE(
        signOffs.at(1).toObject().value(QStringLiteral("meaning")).toString(), QStringLiteral("conditional"));
    for (const QJsonValue &r : status.value(QStringLiteral("required")).toArray())
        QVERIFY(r.toObject().value(QStringLiteral("satisfied")).toBool());

    // A change: both stale, what changed listed, requirements no longer met.
    const QJsonObject exported = m_cli.exportJson(release);
    const QList<QJsonObject> items = CliRunner::flattenItems(exported.value(QStringLiteral("gates"))
                                                                 .toArray()
                                                                 .at(0)
                                                                 .toObject()
                                                                 .value(QStringLiteral("items"))
                                                                 .toArray());
    const QString leaf = QString::number(items.at(1).value(QStringLiteral("id")).toInteger());
    run = m_cli.greenlight({ QStringLiteral("set"), id, leaf, QStringLiteral("--status"),
        QStringLiteral("failed"), QStringLiteral("--reason"), QStringLiteral("flaky") });
    QVERIFY2(run.code == 0, run.err.constData());
    status = m_cli.statusJson(release);
    const QJsonObject stale = status.value(QStringLiteral("signoffs")).toArray().at(0).toObject();
    QCOMPARE(stale.value(QStringLiteral("stale")).toBool(), true);
    QCOMPARE(stale.value(QStringLiteral("valid")).toBool(), true);
    const QStringList changes = stale.value(QStringLiteral("changes")).toVariant().toStringList();
    QVERIFY2(changes.contains(
                 QStringLiteral("Gate \u201cGate A: Build\u201d \u203a \u201cUnit tests pass\u201d: status: "
                                "\u201cnot-started\u201d \u2192 \u201cfailed\u201d")),
        qPrintable(changes.join(u'\n')));
    QCOMPARE(status.value(QStringLiteral("required"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("satisfied"))
                 .toBool(),
        false);
    run = m_cli.greenlight({ QStringLiteral("status"), id });
    QVERIFY(run.outText().contains(QStringLiteral("Changed since Alice Example signed:")));
    QVERIFY(run.outText().contains(QStringLiteral("the release changed after it was signed")));

    // Undone: valid and counting again.
    run = m_cli.greenlight(
        { QStringLiteral("set"), id, leaf, QStringLiteral("--status"), QStringLiteral("not-started") });
    QVERIFY2(run.code == 0, run.err.constData());
    status = m_cli.statusJson(release);
    QCOMPARE(status.value(QStringLiteral("signoffs"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("stale"))
                 .toBool(),
        false);
    for (const QJsonValue &r : status.value(QStringLiteral("required")).toArray())
        QVERIFY(r.toObject().value(QStringLiteral("satisfied")).toBool());

    // A sign-off row edited in the file is refused by SQLite; one deleted is found by verify,
    // because the audit log records every sign-off made.
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), { m_cli.db(), QStringLiteral("UPDATE signoffs SET meaning = 'no-go';") });
    QVERIFY(sqlite.waitForFinished());
    QVERIFY(sqlite.exitCode() != 0);
    QVERIFY(sqlite.readAllStandardError().contains("cannot be changed"));
    sqlite.start(QStringLiteral("sqlite3"), { m_cli.db(), QStringLiteral("DELETE FROM signoffs WHERE name = 'Bob QA';") });
    QVERIFY(sqlite.waitForFinished());
    QCOMPARE(sqlite.exitCode(), 0);
    run = m_cli.greenlight({ QStringLiteral("verify"), id });
    QCOMPARE(run.code, 1);
    QVERIFY2(run.outText().contains(QStringLiteral("MISSING sign-off")), run.out.constData());
}

void TestCliSign::refusals()
{
    const qint64 release = prepare();
    QVERIFY(release > 0);
    const QString id = QString::number(release);
    const QStringList sign = { QStringLiteral("sign"), id, QStringLiteral("--as"), QStringLiteral("Bob QA"),
        QStringLiteral("--meaning"), QStringLiteral("go"), QStringLiteral("--passphrase-fd"),
        QStringLiteral("3") };
    // Wrong passphrase: exit 2, nothing stored.
    CliRun run = m_cli.greenlightWithFd(sign, QByteArray("wrong horse\n"));
    QCOMPARE(run.code, 2);
    QVERIFY(run.errText().contains(QStringLiteral("Wrong passphrase")));
    QCOMPARE(m_cli.statusJson(release).value(QStringLiteral("signoffs")).toArray().size(), 0);
    // No terminal and no descriptor: told how to pass it, never read from the environment.
    QStringList noFd = sign.mid(0, 6);
    run = m_cli.greenlight(noFd);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.errText().contains(QStringLiteral("--passphrase-fd")), run.err.constData());
    // Bad meaning, unknown person, a descriptor that is not open, a role the person does not hold.
    run = m_cli.greenlightWithFd(
        { QStringLiteral("sign"), id, QStringLiteral("--as"), QStringLiteral("Bob QA"),
            QStringLiteral("--meaning"), QStringLiteral("maybe"), QStringLiteral("--passphrase-fd"),
            QStringLiteral("3") },
        passphrase);
    QCOMPARE(run.code, 2);
    QVERIFY(run.errText().contains(QStringLiteral("maybe")));
    run = m_cli.greenlightWithFd(
        { QStringLiteral("sign"), id, QStringLiteral("--as"), QStringLiteral("Nobody"),
            QStringLiteral("--meaning"), QStringLiteral("go"), QStringLiteral("--passphrase-fd"),
            QStringLiteral("3") },
        passphrase);
    QCOMPARE(run.code, 2);
    QVERIFY(run.errText().contains(QStringLiteral("Nobody")));
    run = m_cli.greenlight(
        sign.mid(0, 6) + QStringList { QStringLiteral("--passphrase-fd"), QStringLiteral("77") });
    QCOMPARE(run.code, 2);
    QVERIFY(run.errText().contains(QStringLiteral("77")));
    run = m_cli.greenlightWithFd(
        sign + QStringList { QStringLiteral("--role"), QStringLiteral("Security") }, passphrase);
    QCOMPARE(run.code, 2);
    QVERIFY(run.errText().contains(QStringLiteral("Security")));
    // A second key for a person who has one: rotate, not create.
    run = m_cli.greenlightWithFd({ QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("Bob QA"),
                                     QStringLiteral("--passphrase-fd"), QStringLiteral("3") },
        passphrase);
    QCOMPARE(run.code, 2);
    QVERIFY(run.errText().contains(QStringLiteral("key rotate")));
    // Too short a passphrase makes no key.
    QCOMPARE(m_cli
                 .greenlight({ QStringLiteral("stakeholder"), QStringLiteral("add"), QStringLiteral("Carol"),
                     QStringLiteral("--role"), QStringLiteral("Security") })
                 .code,
        0);
    run = m_cli.greenlightWithFd({ QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("Carol"),
                                     QStringLiteral("--passphrase-fd"), QStringLiteral("3") },
        QByteArray("short\n"));
    QCOMPARE(run.code, 2);
    QVERIFY(m_cli.greenlight({ QStringLiteral("stakeholder"), QStringLiteral("list") })
                .outText()
                .contains(QStringLiteral("(none)")));
    // require needs a role or the setting; --count must be a number.
    QCOMPARE(m_cli.greenlight({ QStringLiteral("require"), id }).code, 2);
    QCOMPARE(m_cli
                 .greenlight({ QStringLiteral("require"), id, QStringLiteral("--role"), QStringLiteral("QA"),
                     QStringLiteral("--count"), QStringLiteral("two") })
                 .code,
        2);
}

void TestCliSign::keysMoveBetweenMachines()
{
    const qint64 release = prepare();
    QVERIFY(release > 0);
    // Export Bob's public key, import it into another workspace as Bob's key there.
    const QString pub = m_cli.filePath(QStringLiteral("bob.pub"));
    CliRun run = m_cli.greenlight({ QStringLiteral("key"), QStringLiteral("export"), QStringLiteral("Bob QA"),
        QStringLiteral("--out"), pub });
    QVERIFY2(run.code == 0, run.err.constData());
    QFile f(pub);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray line = f.readAll();
    QVERIFY(line.startsWith("greenlight-public-key/1 "));
    const QString first = m_cli.db();
    const QString second = m_cli.nextDb();
    QCOMPARE(
        m_cli.importFile(m_cli.writeFile(QStringLiteral("tiny2.md"), CliRunner::tinyChecklist)) > 0, true);
    QCOMPARE(m_cli
                 .greenlight({ QStringLiteral("stakeholder"), QStringLiteral("add"), QStringLiteral("Bob QA"),
                     QStringLiteral("--role"), QStringLiteral("QA") })
                 .code,
        0);
    run = m_cli.greenlight({ QStringLiteral("key"), QStringLiteral("import"), pub });
    QVERIFY2(run.code == 0, run.err.constData());
    QVERIFY(m_cli.greenlight({ QStringLiteral("stakeholder"), QStringLiteral("list") })
                .outText()
                .contains(QString::fromLatin1(line.split(' ').at(1).left(4))));
    // Bob's private key (this machine's key folder) signs in the second workspace too.
    run = m_cli.greenlightWithFd(
        { QStringLiteral("sign"), QStringLiteral("1"), QStringLiteral("--as"), QStringLiteral("Bob QA"),
            QStringLiteral("--meaning"), QStringLiteral("reviewed"), QStringLiteral("--passphrase-fd"),
            QStringLiteral("3") },
        passphrase);
    QVERIFY2(run.code == 0, run.err.constData());
    QCOMPARE(m_cli.statusJson(1)
                 .value(QStringLiteral("signoffs"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("valid"))
                 .toBool(),
        true);
    // A public key line whose fingerprint was changed is refused.
    QByteArray tampered = line;
    tampered[24] = tampered[24] == '0' ? '1' : '0';
    run = m_cli.greenlight({ QStringLiteral("key"), QStringLiteral("import"),
        m_cli.writeFile(QStringLiteral("bad.pub"), tampered), QStringLiteral("--as"),
        QStringLiteral("Bob QA") });
    QCOMPARE(run.code, 2);
    QVERIFY(run.errText().contains(QStringLiteral("bad.pub")));
    m_cli.setDb(first);
    Q_UNUSED(second);
}

void TestCliSign::decideFreezeReopenVerify()
{
    const qint64 release = prepare();
    QVERIFY(release > 0);
    const QString id = QString::number(release);
    QVERIFY(m_cli.statusJson(release).value(QStringLiteral("decision")).isUndefined()); // none recorded yet
    QCOMPARE(m_cli.statusJson(release).value(QStringLiteral("suggested_decision")).toString(), QStringLiteral("NO-GO"));
    // Without the sign-offs: refused with what is missing, nothing recorded.
    CliRun run = m_cli.greenlight({ QStringLiteral("decide"), id, QStringLiteral("--outcome"), QStringLiteral("no-go"),
        QStringLiteral("--rationale"), QStringLiteral("Coverage too low") });
    QCOMPARE(run.code, 2);
    QVERIFY2(run.errText().contains(QStringLiteral("sign-offs")), run.err.constData());
    QVERIFY(m_cli.statusJson(release).value(QStringLiteral("decision")).isUndefined());
    // CONDITIONAL GO against a NO-GO suggestion and without sign-offs: the override reason covers both.
    run = m_cli.greenlight({ QStringLiteral("decide"), id, QStringLiteral("--outcome"), QStringLiteral("conditional"),
        QStringLiteral("--rationale"), QStringLiteral("Ship behind a flag"), QStringLiteral("--confidence"), QStringLiteral("70"),
        QStringLiteral("--valid-until"), QDate::currentDate().addDays(3).toString(Qt::ISODate), QStringLiteral("--mitigation"),
        QStringLiteral("Raise coverage;Dana;2020-01-31;Coverage above 50 %"), QStringLiteral("--override-reason"),
        QStringLiteral("Customer deadline; risk accepted by the CTO") });
    QVERIFY2(run.code == 0, run.err.constData());
    QVERIFY(run.outText().contains(QStringLiteral("Authorization code: GL-")));
    QJsonObject decision = m_cli.statusJson(release).value(QStringLiteral("decision")).toObject();
    for (const char *key : { "outcome", "rationale", "confidence", "authorization_code", "decided_by", "decided_at",
             "valid_until", "superseded", "mitigations" })
        QVERIFY2(decision.contains(QLatin1String(key)), key);
    QCOMPARE(decision.value(QStringLiteral("outcome")).toString(), QStringLiteral("conditional"));
    QCOMPARE(decision.value(QStringLiteral("confidence")).toInt(), 70);
    QCOMPARE(decision.value(QStringLiteral("superseded")).toBool(), false);
    const QJsonObject mitigation = decision.value(QStringLiteral("mitigations")).toArray().at(0).toObject();
    for (const char *key : { "title", "owner", "deadline", "status", "overdue" })
        QVERIFY2(mitigation.contains(QLatin1String(key)), key);
    QCOMPARE(mitigation.value(QStringLiteral("deadline")).toString(), QStringLiteral("2020-01-31"));
    QCOMPARE(mitigation.value(QStringLiteral("overdue")).toBool(), true);
    QVERIFY(m_cli.greenlight({ QStringLiteral("status"), id }).outText().contains(QStringLiteral("OVERDUE")));
    const QString code = decision.value(QStringLiteral("authorization_code")).toString();

    // Frozen: a change is refused and names the decision.
    run = m_cli.greenlight({ QStringLiteral("set"), id, QStringLiteral("Unit tests pass"), QStringLiteral("--status"),
        QStringLiteral("passed"), QStringLiteral("--reason"), QStringLiteral("late") });
    QCOMPARE(run.code, 2);
    QVERIFY2(run.errText().contains(code), run.err.constData());

    // verify: sound, then a tampered audit row (triggers dropped by someone holding the file) is named.
    run = m_cli.greenlight({ QStringLiteral("verify"), id });
    QVERIFY2(run.code == 0, run.out.constData());
    QVERIFY2(run.outText().contains(QStringLiteral("decisions: 1 checked")), run.out.constData());
    QVERIFY(run.outText().contains(QStringLiteral("all is sound")));
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), { m_cli.db(), QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                                                         "UPDATE audit_log SET actor = 'mallory' WHERE id = 3;") });
    QVERIFY(sqlite.waitForFinished());
    QCOMPARE(sqlite.exitCode(), 0);
    run = m_cli.greenlight({ QStringLiteral("verify"), id });
    QCOMPARE(run.code, 1);
    QVERIFY2(run.outText().contains(QStringLiteral("BROKEN audit row 3")), run.out.constData());
    QVERIFY(run.outText().contains(QStringLiteral("BROKEN audit log: the trigger audit_log_no_update")));

    // Reopen: superseded, kept, and the release can change again.
    QCOMPARE(m_cli.greenlight({ QStringLiteral("reopen"), id }).code, 2); // --reason is required
    run = m_cli.greenlight({ QStringLiteral("reopen"), id, QStringLiteral("--reason"), QStringLiteral("New build") });
    QVERIFY2(run.code == 0, run.err.constData());
    decision = m_cli.statusJson(release).value(QStringLiteral("decision")).toObject();
    QCOMPARE(decision.value(QStringLiteral("superseded")).toBool(), true);
    QCOMPARE(decision.value(QStringLiteral("authorization_code")).toString(), code);
    run = m_cli.greenlight({ QStringLiteral("set"), id, QStringLiteral("Unit tests pass"), QStringLiteral("--status"),
        QStringLiteral("in-progress") });
    QVERIFY2(run.code == 0, run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliSign)
#include "tst_clisign.moc"
