// SecretMasker: secret values and their base64 forms become "***" in a stream, however it is split.

#include "execution/SecretMasker.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

using namespace gl;

namespace {

QByteArray feedAll(SecretMasker &masker, const QList<QByteArray> &chunks)
{
    QByteArray out;
    for (const QByteArray &c : chunks)
        out += masker.feed(c);
    return out + masker.finish();
}

SecretMasker maskerFor(const QList<QByteArray> &values) { return SecretMasker::fromValues(values); }

} // namespace

class TestSecretMasker final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void secretNames_data();
    void secretNames();
    void buildsFromEnvVariables();
    void oneShot_data();
    void oneShot();
    void splitInTwoAtEveryPosition_data();
    void splitInTwoAtEveryPosition();
    void splitInThreeAtEveryPosition();
    void holdsBackOnlyAPossibleStart();
    void byteByByte();
    void reusableAfterFinish();
    void inactivePassesThroughWithoutCopy();
    void largeStreamMatchesOneShot();
};

void TestSecretMasker::secretNames_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("secret");
    QTest::newRow("token") << QStringLiteral("GITHUB_TOKEN") << true;
    QTest::newRow("lower") << QStringLiteral("jwt_secret") << true;
    QTest::newRow("password") << QStringLiteral("DB_PASSWORD") << true;
    QTest::newRow("passwd") << QStringLiteral("SMTP_PASSWD") << true;
    QTest::newRow("key") << QStringLiteral("STRIPE_API_KEY") << true;
    QTest::newRow("credential") << QStringLiteral("GCP_CREDENTIALS") << true;
    QTest::newRow("private") << QStringLiteral("Private_Pem") << true;
    QTest::newRow("url") << QStringLiteral("DATABASE_URL") << false;
    QTest::newRow("debug") << QStringLiteral("DEBUG") << false;
    QTest::newRow("pass alone") << QStringLiteral("PASS_THROUGH") << false;
}

void TestSecretMasker::secretNames()
{
    QFETCH(QString, key);
    QFETCH(bool, secret);
    QCOMPARE(SecretMasker::isSecretName(key), secret);
}

void TestSecretMasker::buildsFromEnvVariables()
{
    const EnvVariables vars { { QStringLiteral("API_TOKEN"), QStringLiteral("tok-ABCDEF") },
        { QStringLiteral("STAGING_HOST"), QStringLiteral("staging.example.test") },
        { QStringLiteral("DB_PASSWORD"), QStringLiteral("pw!") },  // too short to mask
        { QStringLiteral("Db_Passwd"), QStringLiteral("grüßgott") } };
    SecretMasker masker(vars);
    QVERIFY(masker.isActive());
    QCOMPARE(masker.mask("host=staging.example.test token=tok-ABCDEF pw=pw! x=gr\xC3\xBC\xC3\x9Fgott"),
        QByteArray("host=staging.example.test token=*** pw=pw! x=***"));

    // Custom markers replace the defaults.
    SecretMasker custom(vars, { QStringLiteral("host") });
    QCOMPARE(custom.mask("host=staging.example.test token=tok-ABCDEF"), QByteArray("host=*** token=tok-ABCDEF"));

    QVERIFY(!SecretMasker(EnvVariables { { QStringLiteral("DEBUG"), QStringLiteral("verbose") } }).isActive());
}

void TestSecretMasker::oneShot_data()
{
    QTest::addColumn<QList<QByteArray>>("secrets");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray s("s3cr3t-value");
    QTest::newRow("none") << QList<QByteArray> { s } << QByteArray("nothing here") << QByteArray("nothing here");
    QTest::newRow("whole") << QList<QByteArray> { s } << s << QByteArray("***");
    QTest::newRow("twice") << QList<QByteArray> { s } << QByteArray("a s3cr3t-value b s3cr3t-value")
                           << QByteArray("a *** b ***");
    QTest::newRow("back to back") << QList<QByteArray> { s } << QByteArray("s3cr3t-values3cr3t-value")
                                  << QByteArray("******");
    QTest::newRow("near miss") << QList<QByteArray> { s } << QByteArray("s3cr3t-valu s3cr3t_value")
                               << QByteArray("s3cr3t-valu s3cr3t_value");
    QTest::newRow("base64 padded") << QList<QByteArray> { s } << (QByteArray("Authorization: ") + s.toBase64())
                                   << QByteArray("Authorization: ***");
    QTest::newRow("base64 unpadded") << QList<QByteArray> { s }
                                     << (s.toBase64(QByteArray::OmitTrailingEquals) + QByteArray("."))
                                     << QByteArray("***.");
    const QByteArray binaryish("\xfb\xff\xfe-?>?>");  // differs between the two alphabets
    QVERIFY(binaryish.toBase64() != binaryish.toBase64(QByteArray::Base64UrlEncoding));
    QTest::newRow("base64 standard") << QList<QByteArray> { binaryish } << (binaryish.toBase64() + "|")
                                     << QByteArray("***|");
    QTest::newRow("base64 url") << QList<QByteArray> { binaryish }
                                << ("x=" + binaryish.toBase64(QByteArray::Base64UrlEncoding) + "&")
                                << QByteArray("x=***&");
    QTest::newRow("base64 url unpadded")
        << QList<QByteArray> { binaryish }
        << ("x=" + binaryish.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + "&")
        << QByteArray("x=***&");
    QTest::newRow("overlapping secrets merge") << QList<QByteArray> { "abcdef", "defghi" }
                                               << QByteArray("[abcdefghi]") << QByteArray("[***]");
    QTest::newRow("overlap, second starts earlier") << QList<QByteArray> { "cdef", "abcdefgh" }
                                                    << QByteArray("xabcdefghx abcdefx") << QByteArray("x***x ab***x");
    QTest::newRow("prefix of another") << QList<QByteArray> { "pass", "password123" }
                                       << QByteArray("password123 passw pass password12")
                                       << QByteArray("*** ***w *** ***word12");
    QTest::newRow("inside another") << QList<QByteArray> { "word", "password123" }
                                    << QByteArray("password123 sword") << QByteArray("*** s***");
    QTest::newRow("self-overlap") << QList<QByteArray> { "abab" } << QByteArray("ababab") << QByteArray("***");
    QTest::newRow("short values ignored") << QList<QByteArray> { "on", "443", "yes" }
                                          << QByteArray("port 443 is on, yes") << QByteArray("port 443 is on, yes");
    QTest::newRow("four bytes masked") << QList<QByteArray> { "abcd" } << QByteArray("xabcdx") << QByteArray("x***x");
    QTest::newRow("empty input") << QList<QByteArray> { s } << QByteArray() << QByteArray();
    QTest::newRow("binary bytes") << QList<QByteArray> { QByteArray("\x00\x01\xff\x80", 4) }
                                  << QByteArray("a\x00\x01\xff\x80z", 6) << QByteArray("a***z");
    QTest::newRow("multi-line value") << QList<QByteArray> { "-----BEGIN-----\nabc\n-----END-----" }
                                      << QByteArray("key:\n-----BEGIN-----\nabc\n-----END-----\n")
                                      << QByteArray("key:\n***\n");
}

void TestSecretMasker::oneShot()
{
    QFETCH(QList<QByteArray>, secrets);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const SecretMasker masker = maskerFor(secrets);
    QCOMPARE(masker.mask(input), expected);
    // And the same through the stream in one piece.
    SecretMasker streaming = maskerFor(secrets);
    QCOMPARE(feedAll(streaming, { input }), expected);
}

void TestSecretMasker::splitInTwoAtEveryPosition_data()
{
    oneShot_data();
}

void TestSecretMasker::splitInTwoAtEveryPosition()
{
    QFETCH(QList<QByteArray>, secrets);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    SecretMasker masker = maskerFor(secrets);
    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        const QByteArray out = feedAll(masker, { input.left(cut), input.mid(cut) });
        QVERIFY2(out == expected, qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(QString::fromLatin1(out))));
    }
}

void TestSecretMasker::splitInThreeAtEveryPosition()
{
    const QByteArray secret("ghp_R3leaseT0ken");
    const QByteArray input = "curl -H 'Authorization: " + secret + "' and basic " + secret.toBase64() + " done";
    const QByteArray expected("curl -H 'Authorization: ***' and basic *** done");
    SecretMasker masker = maskerFor({ secret });
    QCOMPARE(masker.mask(input), expected);
    for (qsizetype a = 0; a <= input.size(); ++a) {
        for (qsizetype b = a; b <= input.size(); ++b) {
            const QByteArray out = feedAll(masker, { input.left(a), input.mid(a, b - a), input.mid(b) });
            if (out != expected)
                QFAIL(qPrintable(QStringLiteral("cuts at %1 and %2: %3").arg(a).arg(b).arg(QString::fromLatin1(out))));
        }
    }
}

void TestSecretMasker::holdsBackOnlyAPossibleStart()
{
    SecretMasker masker = maskerFor({ "topsecret" });
    QCOMPARE(masker.feed("line one\nline two\n"), QByteArray("line one\nline two\n"));
    QCOMPARE(masker.pendingSize(), 0);
    // "top" could begin the secret: only those three bytes wait.
    QCOMPARE(masker.feed("value: top"), QByteArray("value: "));
    QCOMPARE(masker.pendingSize(), 3);
    QCOMPARE(masker.feed("sec"), QByteArray());
    QCOMPARE(masker.feed("ret!\n"), QByteArray("***!\n"));
    QCOMPARE(masker.pendingSize(), 0);
    // A near miss is released as soon as it stops matching.
    QCOMPARE(masker.feed("topsecre"), QByteArray());
    QCOMPARE(masker.feed("T"), QByteArray("topsecreT"));
    // finish() flushes a partial prefix unmasked, since it never became the secret.
    QCOMPARE(masker.feed("tops"), QByteArray());
    QCOMPARE(masker.finish(), QByteArray("tops"));
}

void TestSecretMasker::byteByByte()
{
    const QByteArray secret("p@ss-w0rd!");
    const QByteArray input = "user=admin pass=" + secret + " b64=" + secret.toBase64(QByteArray::Base64UrlEncoding)
        + " p@ss-w0rd p@ss-w0rd!";
    SecretMasker masker = maskerFor({ secret });
    QByteArray out;
    for (char c : input)
        out += masker.feed(QByteArray(1, c));
    out += masker.finish();
    QCOMPARE(out, QByteArray("user=admin pass=*** b64=*** p@ss-w0rd ***"));
}

void TestSecretMasker::reusableAfterFinish()
{
    SecretMasker masker = maskerFor({ "abcdef" });
    QCOMPARE(masker.feed("xxabc"), QByteArray("xx"));
    QCOMPARE(masker.finish(), QByteArray("abc"));
    // A new stream must not continue the old partial match.
    QCOMPARE(feedAll(masker, { "def abcdef" }), QByteArray("def ***"));
    // mask() leaves a stream in progress alone.
    QCOMPARE(masker.feed("abc"), QByteArray());
    QCOMPARE(masker.mask("abcdef"), QByteArray("***"));
    QCOMPARE(masker.feed("def"), QByteArray());
    QCOMPARE(masker.finish(), QByteArray("***"));
}

void TestSecretMasker::inactivePassesThroughWithoutCopy()
{
    SecretMasker masker = maskerFor({ "abc" });  // too short: nothing to mask
    QVERIFY(!masker.isActive());
    QVERIFY(masker.patterns().isEmpty());
    const QByteArray chunk("abc abc");
    const QByteArray out = masker.feed(chunk);
    QCOMPARE(out, chunk);
    QCOMPARE(out.constData(), chunk.constData());
    QCOMPARE(masker.finish(), QByteArray());

    // An active masker shares a chunk that holds nothing to mask, too.
    SecretMasker active = maskerFor({ "zzzz" });
    const QByteArray plain("plain text\n");
    QCOMPARE(active.feed(plain).constData(), plain.constData());
}

void TestSecretMasker::largeStreamMatchesOneShot()
{
    QList<QByteArray> secrets { "ghp_0123456789abcdefABCDEF", "hunter22", "hunter2222-long", "sk_live_xyzzy" };
    const SecretMasker reference = maskerFor(secrets);

    // ~8 MB of log lines with secrets (raw and base64) scattered through them and near misses.
    QRandomGenerator rng(20261121);
    QByteArray input;
    input.reserve(9 * 1024 * 1024);
    qsizetype planted = 0;
    while (input.size() < 8 * 1024 * 1024) {
        input += "2026-11-21T17:00:00Z step ";
        input += QByteArray::number(rng.generate());
        switch (rng.bounded(8)) {
        case 0: input += " token=" + secrets[rng.bounded(secrets.size())]; ++planted; break;
        case 1: input += " basic " + secrets[rng.bounded(secrets.size())].toBase64(); ++planted; break;
        case 2: input += " hunter2 ghp_0123 sk_live_"; break;
        default: break;
        }
        input += " ok\n";
    }
    QVERIFY(planted > 1000);

    QElapsedTimer timer;
    timer.start();
    const QByteArray expected = reference.mask(input);
    const qint64 oneShotMs = timer.elapsed();
    QVERIFY(!expected.contains("hunter22"));
    QVERIFY(!expected.contains("ghp_0123456789"));
    QVERIFY(!expected.contains(QByteArray("sk_live_xyzzy").toBase64()));
    QVERIFY(expected.count("***") >= planted);

    SecretMasker masker = maskerFor(secrets);
    QByteArray out;
    out.reserve(input.size());
    timer.restart();
    qsizetype pos = 0;
    qsizetype maxPending = 0;
    while (pos < input.size()) {
        // Mostly small reads, with the odd big one, like a pipe under load.
        const qsizetype n = rng.bounded(10) == 0 ? rng.bounded(1, 70000) : rng.bounded(1, 40);
        out += masker.feed(input.mid(pos, n));
        maxPending = std::max(maxPending, masker.pendingSize());
        pos += n;
    }
    out += masker.finish();
    const qint64 streamMs = timer.elapsed();
    QCOMPARE(out.size(), expected.size());
    QVERIFY(out == expected);
    // Held back no more than a secret's base64 form could need.
    QVERIFY2(maxPending <= 2 * secrets[0].toBase64().size(), qPrintable(QString::number(maxPending)));
    qDebug("8 MB: one-shot %lld ms, streamed in small chunks %lld ms", oneShotMs, streamMs);
}

QTEST_GUILESS_MAIN(TestSecretMasker)
#include "tst_secretmasker.moc"
