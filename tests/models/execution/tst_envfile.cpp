// EnvFile: KEY=VALUE files parsed as a shell or compose reads them; errors name file and line, never a value.

#include "execution/EnvFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace gl;

namespace {

QString envText(const EnvVariables &vars)
{
    QStringList parts;
    for (const auto &[k, v] : vars)
        parts << k + u'=' + u'[' + v + u']';
    return parts.join(u'|');
}

} // namespace

class TestEnvFile final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesValidFiles_data();
    void parsesValidFiles();
    void rejectsMalformedLines_data();
    void rejectsMalformedLines();
    void readsARealFile();
    void missingFileIsNamed();
    void folderIsNotAFile();
    void oversizedFileIsRefused();
    void validNames_data();
    void validNames();
};

void TestEnvFile::parsesValidFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("blank and comments") << QByteArray("\n  \n# a comment\n   # indented\n\t\n") << QString();
    QTest::newRow("plain") << QByteArray("A=1\nB_2=two\n") << QStringLiteral("A=[1]|B_2=[two]");
    QTest::newRow("no final newline") << QByteArray("A=1") << QStringLiteral("A=[1]");
    QTest::newRow("crlf") << QByteArray("A=1\r\nB=2\r\n") << QStringLiteral("A=[1]|B=[2]");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFX=y\n") << QStringLiteral("X=[y]");
    QTest::newRow("empty value") << QByteArray("EMPTY=\n") << QStringLiteral("EMPTY=[]");
    QTest::newRow("export prefix") << QByteArray("export API_TOKEN=abc\nexport\tB=c\n")
                                   << QStringLiteral("API_TOKEN=[abc]|B=[c]");
    QTest::newRow("export is also a name") << QByteArray("exporter=1\nexport=2\n")
                                           << QStringLiteral("exporter=[1]|export=[2]");
    QTest::newRow("blanks around") << QByteArray("  KEY = value with spaces  \n")
                                   << QStringLiteral("KEY=[value with spaces]");
    QTest::newRow("inline comment") << QByteArray("A=abc # note\nB=abc#def\n") << QStringLiteral("A=[abc]|B=[abc#def]");
    QTest::newRow("equals in value") << QByteArray("URL=postgres://u:p@h/db?x=1\n")
                                     << QStringLiteral("URL=[postgres://u:p@h/db?x=1]");
    QTest::newRow("single quotes literal") << QByteArray("A='x \\n $HOME \"q\" # not a comment'\n")
                                           << QStringLiteral("A=[x \\n $HOME \"q\" # not a comment]");
    QTest::newRow("double quotes escapes") << QByteArray("A=\"l1\\nl2\\t\\\"q\\\" \\\\ \\$ \\z\"\n")
                                           << QStringLiteral("A=[l1\nl2\t\"q\" \\ $ \\z]");
    QTest::newRow("quotes then comment") << QByteArray("A=\"v\"   # trailing\nB='w'\n")
                                         << QStringLiteral("A=[v]|B=[w]");
    QTest::newRow("empty quotes") << QByteArray("A=\"\"\nB=''\n") << QStringLiteral("A=[]|B=[]");
    QTest::newRow("multi-line double") << QByteArray("KEY=\"-----BEGIN-----\nabc\n-----END-----\"\nNEXT=1\n")
                                       << QStringLiteral("KEY=[-----BEGIN-----\nabc\n-----END-----]|NEXT=[1]");
    QTest::newRow("multi-line single") << QByteArray("K='a\n\nb'\n") << QStringLiteral("K=[a\n\nb]");
    QTest::newRow("utf-8") << QByteArray("GREETING=gr\xC3\xBC\xC3\x9F dich\n") << QStringLiteral("GREETING=[grüß dich]");
    QTest::newRow("duplicate keeps first place, last value") << QByteArray("A=1\nB=2\nA=3\n")
                                                             << QStringLiteral("A=[3]|B=[2]");
    QTest::newRow("seed style") << QByteArray("# staging\nDATABASE_URL=postgres://db:5432/app\n"
                                              "JWT_SECRET=\"s3cr3t value\"\nDEBUG=false\n")
                                << QStringLiteral("DATABASE_URL=[postgres://db:5432/app]|JWT_SECRET=[s3cr3t value]|DEBUG=[false]");
}

void TestEnvFile::parsesValidFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const Result<EnvVariables> vars = EnvFile::parse(text, QStringLiteral(".env.staging"));
    QVERIFY2(vars.ok(), qPrintable(vars.message()));
    QCOMPARE(envText(*vars), expected);
}

void TestEnvFile::rejectsMalformedLines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");  // the whole message
    QTest::addColumn<QByteArray>("secret");  // must not appear in the message

    QTest::newRow("no equals") << QByteArray("A=1\n\nhunter2secret\n")
                               << QStringLiteral(".env.staging, line 3: expected KEY=VALUE") << QByteArray("hunter2secret");
    QTest::newRow("bad name digit") << QByteArray("1API_TOKEN=pa55word\n")
                                    << QStringLiteral(".env.staging, line 1: \"1API_TOKEN\" is not a valid variable name "
                                                      "(letters, digits and _, not starting with a digit)")
                                    << QByteArray("pa55word");
    QTest::newRow("bad name dash") << QByteArray("# c\nMY-KEY=pa55word\n")
                                   << QStringLiteral(".env.staging, line 2: \"MY-KEY\" is not a valid variable name "
                                                     "(letters, digits and _, not starting with a digit)")
                                   << QByteArray("pa55word");
    QTest::newRow("empty name") << QByteArray("=pa55word\n")
                                << QStringLiteral(".env.staging, line 1: \"\" is not a valid variable name "
                                                  "(letters, digits and _, not starting with a digit)")
                                << QByteArray("pa55word");
    QTest::newRow("unterminated double") << QByteArray("A=1\nDB_PASSWORD=\"pa55word\nB=2\n")
                                         << QStringLiteral(".env.staging, line 2: the value of DB_PASSWORD opens a quote "
                                                           "that is never closed")
                                         << QByteArray("pa55word");
    QTest::newRow("unterminated single") << QByteArray("TOKEN='pa55word\n")
                                         << QStringLiteral(".env.staging, line 1: the value of TOKEN opens a quote that "
                                                           "is never closed")
                                         << QByteArray("pa55word");
    QTest::newRow("text after quote") << QByteArray("A=1\nTOKEN=\"pa55\"word\n")
                                      << QStringLiteral(".env.staging, line 2: unexpected text after the closing quote "
                                                        "of TOKEN")
                                      << QByteArray("word");
    QTest::newRow("text after multi-line quote") << QByteArray("K='a\nb'c\n")
                                                 << QStringLiteral(".env.staging, line 2: unexpected text after the "
                                                                   "closing quote of K")
                                                 << QByteArray("b'c");
    QTest::newRow("nul") << QByteArray("K=pa55\0word\n", 12)
                         << QStringLiteral(".env.staging, line 1: the value of K contains a NUL character")
                         << QByteArray("pa55");
    QTest::newRow("invalid utf-8") << QByteArray("A=1\nK=pa55\xFF\xFEword\n")
                                   << QStringLiteral(".env.staging, line 2: not valid UTF-8 text") << QByteArray("pa55");
}

void TestEnvFile::rejectsMalformedLines()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QFETCH(QByteArray, secret);
    const Result<EnvVariables> vars = EnvFile::parse(text, QStringLiteral(".env.staging"));
    QVERIFY(!vars.ok());
    QCOMPARE(vars.error().code, ErrorCode::Invalid);
    QCOMPARE(vars.message(), expected);
    QVERIFY(!vars.message().toUtf8().contains(secret));
}

void TestEnvFile::readsARealFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral(".env.staging"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("export STAGING_URL=https://staging.example.test\nAPI_TOKEN='t0ken value'\n");
    file.close();

    const Result<EnvVariables> vars = EnvFile::read(path);
    QVERIFY2(vars.ok(), qPrintable(vars.message()));
    QCOMPARE(envText(*vars), QStringLiteral("STAGING_URL=[https://staging.example.test]|API_TOKEN=[t0ken value]"));
    const QProcessEnvironment env = EnvFile::toEnvironment(*vars);
    QCOMPARE(env.value(QStringLiteral("API_TOKEN")), QStringLiteral("t0ken value"));
    QCOMPARE(env.keys().size(), 2);

    // A malformed line in a real file names that file's path.
    QVERIFY(file.open(QIODevice::Append));
    file.write("oops\n");
    file.close();
    const Result<EnvVariables> bad = EnvFile::read(path);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.message(), QDir::toNativeSeparators(path) + QStringLiteral(", line 3: expected KEY=VALUE"));
}

void TestEnvFile::missingFileIsNamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nope.env"));
    const Result<EnvVariables> vars = EnvFile::read(path);
    QVERIFY(!vars.ok());
    QCOMPARE(vars.error().code, ErrorCode::NotFound);
    QCOMPARE(vars.message(), QStringLiteral("The env file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
}

void TestEnvFile::folderIsNotAFile()
{
    QTemporaryDir dir;
    const Result<EnvVariables> vars = EnvFile::read(dir.path());
    QVERIFY(!vars.ok());
    QCOMPARE(vars.error().code, ErrorCode::Io);
    QVERIFY(vars.message().contains(QDir::toNativeSeparators(dir.path())));
}

void TestEnvFile::oversizedFileIsRefused()
{
    // /dev/zero would never end; the size bound must stop the read, not the file's reported size.
    const Result<EnvVariables> vars = EnvFile::read(QStringLiteral("/dev/zero"));
    QVERIFY(!vars.ok());
    QCOMPARE(vars.error().code, ErrorCode::Io);
    QVERIFY(vars.message().contains(QStringLiteral("/dev/zero")));
}

void TestEnvFile::validNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("upper") << QStringLiteral("API_TOKEN") << true;
    QTest::newRow("lower") << QStringLiteral("path") << true;
    QTest::newRow("underscore first") << QStringLiteral("_X1") << true;
    QTest::newRow("digit first") << QStringLiteral("1X") << false;
    QTest::newRow("dot") << QStringLiteral("a.b") << false;
    QTest::newRow("space") << QStringLiteral("A B") << false;
    QTest::newRow("non-ascii") << QStringLiteral("CLÉ") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestEnvFile::validNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(EnvFile::isValidName(name), valid);
}

QTEST_GUILESS_MAIN(TestEnvFile)
#include "tst_envfile.moc"
