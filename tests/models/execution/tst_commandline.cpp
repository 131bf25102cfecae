// CommandLine: plain commands split exactly as a POSIX shell would read them, with nothing inside
// an argument interpreted; everything only a shell understands is detected and sent to /bin/sh;
// programs resolve to absolute paths from the child's PATH, never from the working folder by accident.

#include "execution/CommandLine.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace gl;
using Feature = CommandLine::ShellFeature;

Q_DECLARE_METATYPE(gl::CommandLine::ShellFeature)

namespace {

QString makeExecutable(const QString &path, const QByteArray &content = "#!/bin/sh\nexit 0\n")
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return QString();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

} // namespace

class TestCommandLine final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitsPlainCommands_data();
    void splitsPlainCommands();
    void detectsShellFeatures_data();
    void detectsShellFeatures();
    void reportsSyntaxErrors_data();
    void reportsSyntaxErrors();
    void shellReasonNamesTheFeature();
    void searchPathKeepsOnlyAbsoluteDirectories();
    void resolvesAgainstTheGivenPathInOrder();
    void neverResolvesFromTheWorkingFolderByAccident();
    void resolvesExplicitRelativeProgramsInTheWorkingFolder();
    void refusesWhatCannotBeExecuted();
    void shellCommandsRunThroughBinSh();
};

void TestCommandLine::splitsPlainCommands_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    auto row = [](const char *name, const QString &text, const QStringList &words) {
        QTest::newRow(name) << text << words;
    };
    row("simple", QStringLiteral("npm test"), { QStringLiteral("npm"), QStringLiteral("test") });
    row("extra blanks and tabs", QStringLiteral("  npm \t run   test:critical  "),
        { QStringLiteral("npm"), QStringLiteral("run"), QStringLiteral("test:critical") });
    row("seed docker line", QStringLiteral("docker-compose -f docker-compose.staging.yml config --quiet"),
        { QStringLiteral("docker-compose"), QStringLiteral("-f"), QStringLiteral("docker-compose.staging.yml"),
            QStringLiteral("config"), QStringLiteral("--quiet") });
    row("seed kubectl json in single quotes",
        QStringLiteral("kubectl patch deployment medianest-app -p '{\"spec\":{\"replicas\":2}}'"),
        { QStringLiteral("kubectl"), QStringLiteral("patch"), QStringLiteral("deployment"),
            QStringLiteral("medianest-app"), QStringLiteral("-p"), QStringLiteral("{\"spec\":{\"replicas\":2}}") });
    row("seed psql sql in double quotes",
        QStringLiteral("psql -d medianest_staging -c \"SELECT COUNT(*) FROM critical_tables;\""),
        { QStringLiteral("psql"), QStringLiteral("-d"), QStringLiteral("medianest_staging"), QStringLiteral("-c"),
            QStringLiteral("SELECT COUNT(*) FROM critical_tables;") });
    row("hostile semicolon quoted", QStringLiteral("printf '%s\\n' '; touch /tmp/x'"),
        { QStringLiteral("printf"), QStringLiteral("%s\\n"), QStringLiteral("; touch /tmp/x") });
    row("hostile substitution quoted", QStringLiteral("echo '$(rm -rf ~)' '`id`'"),
        { QStringLiteral("echo"), QStringLiteral("$(rm -rf ~)"), QStringLiteral("`id`") });
    row("hostile operators quoted", QStringLiteral("echo '|' '&&' '>x' '<y' '*' \"#\""),
        { QStringLiteral("echo"), QStringLiteral("|"), QStringLiteral("&&"), QStringLiteral(">x"),
            QStringLiteral("<y"), QStringLiteral("*"), QStringLiteral("#") });
    row("hostile escaped semicolon", QStringLiteral("echo \\; touch /tmp/x"),
        { QStringLiteral("echo"), QStringLiteral(";"), QStringLiteral("touch"), QStringLiteral("/tmp/x") });
    row("hostile escaped dollar", QStringLiteral("echo \\$HOME \\`id\\`"),
        { QStringLiteral("echo"), QStringLiteral("$HOME"), QStringLiteral("`id`") });
    row("newline inside quotes", QStringLiteral("printf '%s' 'line1\n; touch /tmp/x'"),
        { QStringLiteral("printf"), QStringLiteral("%s"), QStringLiteral("line1\n; touch /tmp/x") });
    row("apostrophe in double quotes", QStringLiteral("echo \"it's\""), { QStringLiteral("echo"), QStringLiteral("it's") });
    row("escaped apostrophe", QStringLiteral("echo it\\'s"), { QStringLiteral("echo"), QStringLiteral("it's") });
    row("double quote escapes", QStringLiteral("echo \"a\\\"b\\\\c\\d\""),
        { QStringLiteral("echo"), QStringLiteral("a\"b\\c\\d") });
    row("escaped blank joins", QStringLiteral("echo a\\ b"), { QStringLiteral("echo"), QStringLiteral("a b") });
    row("empty arguments", QStringLiteral("echo '' \"\""), { QStringLiteral("echo"), QString(), QString() });
    row("adjacent quoting concatenates", QStringLiteral("echo ab'cd'\"ef\"gh"),
        { QStringLiteral("echo"), QStringLiteral("abcdefgh") });
    row("line continuation", QStringLiteral("npm \\\nrun test"),
        { QStringLiteral("npm"), QStringLiteral("run"), QStringLiteral("test") });
    row("trailing newline", QStringLiteral("npm test\n"), { QStringLiteral("npm"), QStringLiteral("test") });
    row("crlf line", QStringLiteral("npm test\r\n"), { QStringLiteral("npm"), QStringLiteral("test") });
    row("options with equals", QStringLiteral("npm run build --mode=production a=b"),
        { QStringLiteral("npm"), QStringLiteral("run"), QStringLiteral("build"), QStringLiteral("--mode=production"),
            QStringLiteral("a=b") });
    row("quoted assignment is a program name", QStringLiteral("'A=1' cmd"),
        { QStringLiteral("A=1"), QStringLiteral("cmd") });
    row("hash and tilde inside a word", QStringLiteral("echo a#b a~b"),
        { QStringLiteral("echo"), QStringLiteral("a#b"), QStringLiteral("a~b") });
    row("unicode", QStringLiteral("echo 'h\u00e9llo \u2705'"), { QStringLiteral("echo"), QStringLiteral("h\u00e9llo \u2705") });
    row("curl probe line", QStringLiteral("curl -f http://staging.medianest.com/health/ready"),
        { QStringLiteral("curl"), QStringLiteral("-f"), QStringLiteral("http://staging.medianest.com/health/ready") });
}

void TestCommandLine::splitsPlainCommands()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    const CommandLine line = CommandLine::parse(text);
    QVERIFY2(!line.needsShell(), qPrintable(line.shellReason()));
    QCOMPARE(line.syntaxError(), QString());
    QCOMPARE(line.words(), words);
    QCOMPARE(line.text(), text);
}

void TestCommandLine::detectsShellFeatures_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Feature>("feature");
    auto row = [](const char *name, const QString &text, Feature feature) { QTest::newRow(name) << text << feature; };
    row("pipe", QStringLiteral("npm test | tee log"), Feature::Pipe);
    row("or", QStringLiteral("make || true"), Feature::ControlOperator);
    row("and", QStringLiteral("cd build && make"), Feature::ControlOperator);
    row("hostile semicolon", QStringLiteral("echo ; touch /tmp/x"), Feature::ControlOperator);
    row("hostile glued semicolon", QStringLiteral("echo hi;touch /tmp/x"), Feature::ControlOperator);
    row("background", QStringLiteral("sleep 1 &"), Feature::ControlOperator);
    row("redirect out", QStringLiteral("echo x > out"), Feature::Redirection);
    row("append", QStringLiteral("echo x >>out"), Feature::Redirection);
    row("redirect in", QStringLiteral("wc -l < in"), Feature::Redirection);
    row("stderr to stdout", QStringLiteral("make 2>&1"), Feature::Redirection);
    row("here-doc", QStringLiteral("cat <<EOF\nit's\nEOF"), Feature::Redirection);
    row("variable", QStringLiteral("echo $HOME"), Feature::Expansion);
    row("braced variable", QStringLiteral("echo ${HOME}"), Feature::Expansion);
    row("hostile substitution", QStringLiteral("echo $(touch /tmp/x)"), Feature::Expansion);
    row("hostile backticks", QStringLiteral("echo `touch /tmp/x`"), Feature::Expansion);
    row("variable in double quotes", QStringLiteral("echo \"$HOME\""), Feature::Expansion);
    row("substitution in double quotes", QStringLiteral("echo \"a $(touch /tmp/x)\""), Feature::Expansion);
    row("seed export with substitution", QStringLiteral("export DEPLOYMENT_ID=$(date +%Y%m%d_%H%M%S)"),
        Feature::Expansion);
    row("star", QStringLiteral("ls *.txt"), Feature::Glob);
    row("question mark", QStringLiteral("ls file?"), Feature::Glob);
    row("bracket", QStringLiteral("ls [ab]"), Feature::Glob);
    row("test bracket", QStringLiteral("[ -f x ]"), Feature::Glob);
    row("subshell", QStringLiteral("(make)"), Feature::Group);
    row("brace group", QStringLiteral("{ make; }"), Feature::Group);
    row("brace expansion", QStringLiteral("echo a{b,c}"), Feature::Group);
    row("cd", QStringLiteral("cd build"), Feature::Builtin);
    row("seed export", QStringLiteral("export STAGING_ENV=\"staging\""), Feature::Builtin);
    row("source", QStringLiteral("source .env"), Feature::Builtin);
    row("dot", QStringLiteral(". ./env.sh"), Feature::Builtin);
    row("exit", QStringLiteral("exit 3"), Feature::Builtin);
    row("quoted builtin is still one", QStringLiteral("'cd' build"), Feature::Builtin);
    row("negation", QStringLiteral("! grep -q x file"), Feature::Builtin);
    row("time", QStringLiteral("time make"), Feature::Builtin);
    row("assignment prefix", QStringLiteral("NODE_ENV=production npm run build"), Feature::Assignment);
    row("bare assignment", QStringLiteral("A=1"), Feature::Assignment);
    row("tilde", QStringLiteral("~/bin/tool"), Feature::Tilde);
    row("tilde argument", QStringLiteral("ls ~"), Feature::Tilde);
    row("comment line", QStringLiteral("# Environment Preparation"), Feature::Comment);
    row("trailing comment", QStringLiteral("npm test # critical"), Feature::Comment);
    row("several lines", QStringLiteral("npm ci\nnpm test"), Feature::SeveralLines);
    row("hostile newline", QStringLiteral("echo hi\ntouch /tmp/x"), Feature::SeveralLines);
    row("unclosed quote after a pipe is the shell's to report", QStringLiteral("a | echo 'x"), Feature::Pipe);
}

void TestCommandLine::detectsShellFeatures()
{
    QFETCH(QString, text);
    QFETCH(Feature, feature);
    const CommandLine line = CommandLine::parse(text);
    QVERIFY(line.needsShell());
    QCOMPARE(line.shellFeature(), feature);
    QVERIFY(line.words().isEmpty());
    QCOMPARE(line.syntaxError(), QString());
    QVERIFY(!line.shellReason().isEmpty());
}

void TestCommandLine::reportsSyntaxErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("  \t\n ");
    QTest::newRow("unclosed single quote") << QStringLiteral("echo 'abc");
    QTest::newRow("unclosed double quote") << QStringLiteral("echo \"abc");
    QTest::newRow("lone trailing backslash") << QStringLiteral("echo abc\\");
    QTest::newRow("nul character") << (QStringLiteral("echo a") + QChar(u'\0') + QStringLiteral("; touch /tmp/x"));
}

void TestCommandLine::reportsSyntaxErrors()
{
    QFETCH(QString, text);
    const CommandLine line = CommandLine::parse(text);
    QVERIFY(!line.syntaxError().isEmpty());
    QVERIFY(!line.needsShell());
    QVERIFY(line.words().isEmpty());
    const Result<Invocation> invocation = line.resolve({ QStringLiteral("/usr/bin"), QStringLiteral("/bin") },
        QStringLiteral("/"));
    QVERIFY(!invocation.ok());
    QCOMPARE(invocation.error().code, ErrorCode::Invalid);
    QVERIFY(invocation.message().contains(line.syntaxError()));
}

void TestCommandLine::shellReasonNamesTheFeature()
{
    QVERIFY(CommandLine::parse(QStringLiteral("a | b")).shellReason().contains(u'|'));
    QVERIFY(CommandLine::parse(QStringLiteral("a && b")).shellReason().contains(QStringLiteral("&&")));
    QVERIFY(CommandLine::parse(QStringLiteral("a >> b")).shellReason().contains(QStringLiteral(">>")));
    QVERIFY(CommandLine::parse(QStringLiteral("cd x")).shellReason().contains(QStringLiteral("cd")));
    QVERIFY(CommandLine::parse(QStringLiteral("FOO=1 x")).shellReason().contains(QStringLiteral("FOO=")));
    QCOMPARE(CommandLine::parse(QStringLiteral("npm test")).shellReason(), QString());
}

void TestCommandLine::searchPathKeepsOnlyAbsoluteDirectories()
{
    QCOMPARE(CommandLine::searchPathFrom(QStringLiteral("/usr/local/bin::.:bin:/bin/:./x:/opt//tools")),
        (QStringList { QStringLiteral("/usr/local/bin"), QStringLiteral("/bin"), QStringLiteral("/opt/tools") }));
    QCOMPARE(CommandLine::searchPathFrom(QString()), QStringList());
}

void TestCommandLine::resolvesAgainstTheGivenPathInOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("first")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("second")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("second/dironly")));
    const QString second = makeExecutable(dir.filePath(QStringLiteral("second/tool")));
    const QString first = makeExecutable(dir.filePath(QStringLiteral("first/tool")));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const QStringList path { dir.filePath(QStringLiteral("first")), dir.filePath(QStringLiteral("second")) };

    const Result<Invocation> found = CommandLine::parse(QStringLiteral("tool --flag 'two words'")).resolve(path, dir.path());
    QVERIFY2(found.ok(), qPrintable(found.message()));
    QCOMPARE(found->program, first);
    QCOMPARE(found->arguments, (QStringList { QStringLiteral("--flag"), QStringLiteral("two words") }));
    QVERIFY(!found->viaShell);

    // Only the given PATH counts: /usr/bin has sh, but it is not on this one.
    const Result<Invocation> missing = CommandLine::parse(QStringLiteral("sh -c true")).resolve(path, dir.path());
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.message().contains(QStringLiteral("\u201csh\u201d")));
    QVERIFY(missing.message().contains(path.constFirst()));

    // A directory is not a program even with its x bit.
    QVERIFY(!CommandLine::parse(QStringLiteral("dironly")).resolve(path, dir.path()).ok());
}

void TestCommandLine::neverResolvesFromTheWorkingFolderByAccident()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(!makeExecutable(dir.filePath(QStringLiteral("trap-tool"))).isEmpty());
    // Even when our own current folder is the working folder and PATH names "." and "", the
    // bare name must not be found there.
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const QStringList path = CommandLine::searchPathFrom(QStringLiteral(".::") + dir.path() + QStringLiteral("/missing"));
    const Result<Invocation> found = CommandLine::parse(QStringLiteral("trap-tool")).resolve(
        path + QStringList { QStringLiteral("."), QString() }, dir.path());
    QDir::setCurrent(before);
    QVERIFY(!found.ok());
    QCOMPARE(found.error().code, ErrorCode::NotFound);
    QVERIFY(found.message().contains(QStringLiteral("trap-tool")));
}

void TestCommandLine::resolvesExplicitRelativeProgramsInTheWorkingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("scripts")));
    const QString here = makeExecutable(dir.filePath(QStringLiteral("run.sh")));
    const QString nested = makeExecutable(dir.filePath(QStringLiteral("scripts/check.sh")));
    QVERIFY(!here.isEmpty() && !nested.isEmpty());
    const QStringList none;

    const Result<Invocation> dotSlash = CommandLine::parse(QStringLiteral("./run.sh a")).resolve(none, dir.path());
    QVERIFY2(dotSlash.ok(), qPrintable(dotSlash.message()));
    QCOMPARE(dotSlash->program, here);
    QCOMPARE(dotSlash->arguments, QStringList { QStringLiteral("a") });
    const Result<Invocation> sub = CommandLine::parse(QStringLiteral("scripts/check.sh")).resolve(none, dir.path());
    QVERIFY2(sub.ok(), qPrintable(sub.message()));
    QCOMPARE(sub->program, nested);
    const Result<Invocation> up = CommandLine::parse(QStringLiteral("scripts/../run.sh")).resolve(none, dir.path());
    QVERIFY2(up.ok(), qPrintable(up.message()));
    QCOMPARE(up->program, here);
    const Result<Invocation> absolute = CommandLine::parse(QStringLiteral("/bin/sh -c true")).resolve(none, dir.path());
    QVERIFY2(absolute.ok(), qPrintable(absolute.message()));
    QCOMPARE(absolute->program, QStringLiteral("/bin/sh"));
    // A relative program needs a working folder to be relative to: never our own current one.
    QVERIFY(!CommandLine::parse(QStringLiteral("./run.sh")).resolve(none, QString()).ok());
}

void TestCommandLine::refusesWhatCannotBeExecuted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile data(dir.filePath(QStringLiteral("data.txt")));
    QVERIFY(data.open(QIODevice::WriteOnly));
    data.close();

    const Result<Invocation> plain = CommandLine::parse(QStringLiteral("./data.txt")).resolve({}, dir.path());
    QVERIFY(!plain.ok());
    QCOMPARE(plain.error().code, ErrorCode::Invalid);
    QVERIFY(plain.message().contains(QStringLiteral("./data.txt")));
    const Result<Invocation> missing = CommandLine::parse(QStringLiteral("./nothing --x")).resolve({}, dir.path());
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.message().contains(QStringLiteral("./nothing")));
    QVERIFY(missing.message().contains(dir.filePath(QStringLiteral("nothing"))));
}

void TestCommandLine::shellCommandsRunThroughBinSh()
{
    const QString text = QStringLiteral("npm test | tee 'log file'");
    const Result<Invocation> invocation = CommandLine::parse(text).resolve({}, QStringLiteral("/"));
    QVERIFY2(invocation.ok(), qPrintable(invocation.message()));
    QCOMPARE(invocation->program, QStringLiteral("/bin/sh"));
    QCOMPARE(invocation->arguments, (QStringList { QStringLiteral("-c"), text }));
    QVERIFY(invocation->viaShell);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
