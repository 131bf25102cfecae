// childEnvironment: PATH, HOME, LANG and TERM from the parent, what the release adds, nothing else.

#include "execution/ChildEnvironment.h"

#include <QDir>
#include <QtTest>

using namespace gl;

class TestChildEnvironment final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void passesOnlyTheFourAndTheAdded();
    void fillsDefaultsWhenTheParentHasNone();
    void addedValuesWin();
};

void TestChildEnvironment::passesOnlyTheFourAndTheAdded()
{
    QProcessEnvironment parent;
    parent.insert(QStringLiteral("PATH"), QStringLiteral("/opt/bin:/usr/bin"));
    parent.insert(QStringLiteral("HOME"), QStringLiteral("/home/qa"));
    parent.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    parent.insert(QStringLiteral("TERM"), QStringLiteral("xterm-256color"));
    parent.insert(QStringLiteral("GITHUB_TOKEN"), QStringLiteral("ghp_secret"));
    parent.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral("/tmp/evil.so"));
    parent.insert(QStringLiteral("SSH_AUTH_SOCK"), QStringLiteral("/run/agent"));
    QProcessEnvironment added;
    added.insert(QStringLiteral("STAGING_ENV"), QStringLiteral("staging"));

    const QProcessEnvironment env = childEnvironment(added, parent);
    QStringList keys = env.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList { QStringLiteral("HOME"), QStringLiteral("LANG"), QStringLiteral("PATH"),
                       QStringLiteral("STAGING_ENV"), QStringLiteral("TERM") }));
    QCOMPARE(env.value(QStringLiteral("PATH")), QStringLiteral("/opt/bin:/usr/bin"));
    QCOMPARE(env.value(QStringLiteral("HOME")), QStringLiteral("/home/qa"));
    QCOMPARE(env.value(QStringLiteral("LANG")), QStringLiteral("de_DE.UTF-8"));
    QCOMPARE(env.value(QStringLiteral("TERM")), QStringLiteral("xterm-256color"));
    QCOMPARE(env.value(QStringLiteral("STAGING_ENV")), QStringLiteral("staging"));
}

void TestChildEnvironment::fillsDefaultsWhenTheParentHasNone()
{
    const QProcessEnvironment env = childEnvironment({}, QProcessEnvironment());
    QCOMPARE(env.keys().size(), 4);
    QCOMPARE(env.value(QStringLiteral("PATH")), QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
    QCOMPARE(env.value(QStringLiteral("HOME")), QDir::homePath());
    QCOMPARE(env.value(QStringLiteral("LANG")), QStringLiteral("C.UTF-8"));
    QCOMPARE(env.value(QStringLiteral("TERM")), QStringLiteral("dumb"));
}

void TestChildEnvironment::addedValuesWin()
{
    QProcessEnvironment parent;
    parent.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
    QProcessEnvironment added;
    added.insert(QStringLiteral("PATH"), QStringLiteral("/opt/release/bin"));
    QCOMPARE(childEnvironment(added, parent).value(QStringLiteral("PATH")), QStringLiteral("/opt/release/bin"));
}

QTEST_GUILESS_MAIN(TestChildEnvironment)
#include "tst_childenvironment.moc"
