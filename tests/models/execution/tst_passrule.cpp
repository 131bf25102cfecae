// PassRule: exit code 0 passes unless the item expects another; an output pattern must or must not
// match; a broken pattern is reported with where it breaks.

#include "execution/PassRule.h"

#include <QtTest>

using namespace gl;

class TestPassRule final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void judges_data();
    void judges();
    void invalidPatternIsAnErrorNamingIt();
};

void TestPassRule::judges_data()
{
    QTest::addColumn<PassRule>("rule");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("failure");  // empty: passes; else a part of the reason
    const auto rule = [](int code, const QString &pattern = QString(), PassRule::Match m = PassRule::Match::MustMatch) {
        PassRule r;
        r.expectedExitCode = code;
        r.outputPattern = pattern;
        r.match = m;
        return r;
    };
    using M = PassRule::Match;
    QTest::newRow("default passes 0") << PassRule() << 0 << QByteArray("anything") << QString();
    QTest::newRow("default fails 3") << PassRule() << 3 << QByteArray() << QStringLiteral("exited with code 3");
    QTest::newRow("expected 1 passes 1") << rule(1) << 1 << QByteArray() << QString();
    QTest::newRow("expected 1 fails 0") << rule(1) << 0 << QByteArray() << QStringLiteral("(expected 1)");
    QTest::newRow("must match found") << rule(0, QStringLiteral("^All \\d+ tests passed$"))
                                      << 0 << QByteArray("run\nAll 12 tests passed\ndone\n") << QString();
    QTest::newRow("must match missing") << rule(0, QStringLiteral("passed")) << 0 << QByteArray("ok")
                                        << QStringLiteral("does not match");
    QTest::newRow("must not match absent") << rule(0, QStringLiteral("\\bERROR\\b"), M::MustNotMatch) << 0
                                           << QByteArray("ERRORS: 0") << QString();
    QTest::newRow("must not match present") << rule(0, QStringLiteral("\\bERROR\\b"), M::MustNotMatch) << 0
                                            << QByteArray("x\nERROR: disk\n") << QStringLiteral("must not");
    QTest::newRow("exit code is checked first") << rule(0, QStringLiteral("x")) << 2 << QByteArray("x")
                                                << QStringLiteral("exited with code 2");
    QTest::newRow("utf-8 output") << rule(0, QStringLiteral("\u2705 \u00e9t\u00e9")) << 0
                                  << QStringLiteral("\u2705 \u00e9t\u00e9").toUtf8() << QString();
}

void TestPassRule::judges()
{
    QFETCH(PassRule, rule);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, output);
    QFETCH(QString, failure);
    QVERIFY(rule.validate().ok());
    const QString reason = rule.failure(exitCode, output);
    if (failure.isEmpty())
        QCOMPARE(reason, QString());
    else
        QVERIFY2(reason.contains(failure), qPrintable(reason));
}

void TestPassRule::invalidPatternIsAnErrorNamingIt()
{
    PassRule rule;
    rule.outputPattern = QStringLiteral("tests (passed");
    const Result<void> valid = rule.validate();
    QVERIFY(!valid.ok());
    QCOMPARE(valid.error().code, ErrorCode::Invalid);
    QVERIFY(valid.message().contains(QStringLiteral("tests (passed")));
    QVERIFY(valid.message().contains(QStringLiteral("offset")));
    // A run judged with it fails rather than passing silently.
    QVERIFY(!rule.failure(0, "tests (passed").isEmpty());
}

QTEST_GUILESS_MAIN(TestPassRule)
#include "tst_passrule.moc"
