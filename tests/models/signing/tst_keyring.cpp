// Stakeholders' keys (issue 5): made with libsodium, the private half encrypted under the
// passphrase in a 0600 file of a 0700 folder, usable only with that passphrase, portable to
// another machine as a file, the public half as one line that refuses a changed fingerprint.

#include "signing/KeyRing.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

using namespace gl;

namespace {
Passphrase pass(const char *text)
{
    return Passphrase(QByteArray(text));
}
} // namespace

class TestKeyRing final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createSignVerify();
    void privateFileIsPrivateAndEncrypted();
    void wrongOrShortPassphraseRefused();
    void keyFileMovesToAnotherMachine();
    void damagedKeyFilesRefused();
    void publicKeyText();
    void defaultFolderIsTheUsersConfig();

private:
    QTemporaryDir m_dir;
};

void TestKeyRing::createSignVerify()
{
    const KeyRing ring(m_dir.filePath(QStringLiteral("a/keys")));
    Result<PublicKey> key = ring.create(QStringLiteral("Alice Example"), pass("correct horse"));
    QVERIFY2(key, qPrintable(key.message()));
    QCOMPARE(key->bytes.size(), 32);
    QCOMPARE(key->fingerprint().size(), 39); // 8 groups of 4 hex digits
    QVERIFY(ring.hasPrivateKey(key->fingerprint()));
    const QByteArray message("the snapshot");
    Result<QByteArray> signature = ring.sign(key->fingerprint(), pass("correct horse"), message);
    QVERIFY2(signature, qPrintable(signature.message()));
    QCOMPARE(signature->size(), 64);
    QVERIFY(verifySignature(key->bytes, message, *signature));
    QVERIFY(!verifySignature(key->bytes, QByteArray("the snapshoT"), *signature));
    QByteArray flipped = *signature;
    flipped[10] = char(flipped[10] ^ 1);
    QVERIFY(!verifySignature(key->bytes, message, flipped));
    QVERIFY(!verifySignature(key->bytes.left(31), message, *signature));
    Result<PublicKey> other = ring.create(QStringLiteral("Bob"), pass("another passphrase"));
    QVERIFY(other);
    QVERIFY(!verifySignature(other->bytes, message, *signature));
}

void TestKeyRing::privateFileIsPrivateAndEncrypted()
{
    const QString folder = m_dir.filePath(QStringLiteral("b/keys"));
    const KeyRing ring(folder);
    Result<PublicKey> key = ring.create(QStringLiteral("Alice"), pass("correct horse"));
    QVERIFY(key);
    struct stat st { };
    QCOMPARE(::stat(QFile::encodeName(ring.keyFilePath(key->fingerprint())).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    QCOMPARE(::stat(QFile::encodeName(folder).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0700);
    QFile f(ring.keyFilePath(key->fingerprint()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(!text.contains("correct horse"));
    const QJsonObject o = QJsonDocument::fromJson(text).object();
    QCOMPARE(o.value(QStringLiteral("kdf")).toString(), QStringLiteral("argon2id13"));
    QCOMPARE(o.value(QStringLiteral("fingerprint")).toString(), key->fingerprint());
    QCOMPARE(
        QByteArray::fromBase64(o.value(QStringLiteral("secret_key")).toString().toLatin1()).size(), 64 + 16);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1); // no temporary file left behind
}

void TestKeyRing::wrongOrShortPassphraseRefused()
{
    const KeyRing ring(m_dir.filePath(QStringLiteral("c/keys")));
    Result<PublicKey> tooShort = ring.create(QStringLiteral("Alice"), pass("short"));
    QVERIFY(!tooShort);
    QVERIFY(tooShort.message().contains(QStringLiteral("8")));
    Result<PublicKey> key = ring.create(QStringLiteral("Alice"), pass("correct horse"));
    QVERIFY(key);
    Result<QByteArray> wrong = ring.sign(key->fingerprint(), pass("correct horsE"), QByteArray("m"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::Invalid);
    QVERIFY(wrong.message().contains(QStringLiteral("Wrong passphrase")));
    Result<QByteArray> missing
        = ring.sign(QStringLiteral("0000 0000 0000 0000 0000 0000 0000 0000"), pass("correct horse"), "m");
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.message().contains(QStringLiteral("greenlight key import")));
}

void TestKeyRing::keyFileMovesToAnotherMachine()
{
    const KeyRing first(m_dir.filePath(QStringLiteral("d/first")));
    const KeyRing second(m_dir.filePath(QStringLiteral("d/second")));
    Result<PublicKey> key = first.create(QStringLiteral("Alice"), pass("correct horse"));
    QVERIFY(key);
    QVERIFY(!second.hasPrivateKey(key->fingerprint()));
    Result<PublicKey> imported = second.importKeyFile(first.keyFilePath(key->fingerprint()));
    QVERIFY2(imported, qPrintable(imported.message()));
    QCOMPARE(imported->bytes, key->bytes);
    QCOMPARE(imported->owner, QStringLiteral("Alice"));
    Result<QByteArray> signature = second.sign(key->fingerprint(), pass("correct horse"), QByteArray("m"));
    QVERIFY(signature);
    QVERIFY(verifySignature(key->bytes, QByteArray("m"), *signature));
    // Importing the same file again is harmless; a different file under that fingerprint (the same
    // public half, another sealed secret) would destroy the key, and is refused.
    QVERIFY(second.importKeyFile(first.keyFilePath(key->fingerprint())));
    QFile f(first.keyFilePath(key->fingerprint()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    QByteArray sealed = QByteArray::fromBase64(o.value(QStringLiteral("secret_key")).toString().toLatin1());
    sealed[0] = char(sealed[0] ^ 1);
    o.insert(QStringLiteral("secret_key"), QString::fromLatin1(sealed.toBase64()));
    const QString forged = m_dir.filePath(QStringLiteral("d/forged.glkey"));
    QFile out(forged);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(o).toJson());
    out.close();
    Result<PublicKey> refused = second.importKeyFile(forged);
    QVERIFY(!refused);
    QVERIFY(refused.message().contains(QStringLiteral("different key file")));
    QVERIFY(second.sign(key->fingerprint(), pass("correct horse"), QByteArray("m"))); // still the real key
    // A fingerprint that is not one never reaches the file system.
    Result<QByteArray> bad = second.sign(QStringLiteral("../../etc/passwd"), pass("correct horse"), QByteArray("m"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::Invalid);
}

void TestKeyRing::damagedKeyFilesRefused()
{
    const KeyRing ring(m_dir.filePath(QStringLiteral("e/keys")));
    Result<PublicKey> key = ring.create(QStringLiteral("Alice"), pass("correct horse"));
    QVERIFY(key);
    QFile f(ring.keyFilePath(key->fingerprint()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject original = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        const QString path = m_dir.filePath(QStringLiteral("e/") + name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return QString();
        out.write(bytes);
        return path;
    };
    // Another public key under the same fingerprint, a cut ciphertext, not JSON, too large.
    QJsonObject swapped = original;
    Result<PublicKey> other = ring.create(QStringLiteral("Mallory"), pass("another one"));
    QVERIFY(other);
    swapped.insert(QStringLiteral("public_key"), QString::fromLatin1(other->bytes.toBase64()));
    QJsonObject cut = original;
    cut.insert(
        QStringLiteral("secret_key"), original.value(QStringLiteral("secret_key")).toString().left(20));
    const QStringList bad = { write(QStringLiteral("swapped.glkey"), QJsonDocument(swapped).toJson()),
        write(QStringLiteral("cut.glkey"), QJsonDocument(cut).toJson()),
        write(QStringLiteral("text.glkey"), "hello"),
        write(QStringLiteral("huge.glkey"), QByteArray(100 * 1024, ' ')) };
    const KeyRing target(m_dir.filePath(QStringLiteral("e/target")));
    for (const QString &path : bad) {
        Result<PublicKey> r = target.importKeyFile(path);
        QVERIFY2(!r, qPrintable(path));
        QVERIFY2(r.message().contains(QFileInfo(path).fileName()), qPrintable(r.message()));
    }
    QVERIFY(!QDir(m_dir.filePath(QStringLiteral("e/target"))).exists()
        || QDir(m_dir.filePath(QStringLiteral("e/target"))).entryList(QDir::Files).isEmpty());
}

void TestKeyRing::publicKeyText()
{
    const KeyRing ring(m_dir.filePath(QStringLiteral("f/keys")));
    Result<PublicKey> key = ring.create(QStringLiteral("Alice Example"), pass("correct horse"));
    QVERIFY(key);
    const QString line = key->exportText();
    QVERIFY(line.startsWith(QStringLiteral("greenlight-public-key/1 ")));
    QVERIFY(line.endsWith(QStringLiteral(" Alice Example")));
    Result<PublicKey> back = PublicKey::fromExportText(line + u'\n');
    QVERIFY(back);
    QCOMPARE(back->bytes, key->bytes);
    QCOMPARE(back->owner, QStringLiteral("Alice Example"));
    QString tampered = line;
    const qsizetype at = tampered.indexOf(u' ') + 1;
    tampered[at] = tampered[at] == u'0' ? u'1' : u'0';
    Result<PublicKey> refused = PublicKey::fromExportText(tampered);
    QVERIFY(!refused);
    QVERIFY(refused.message().contains(QStringLiteral("fingerprint")));
    QVERIFY(!PublicKey::fromExportText(QStringLiteral("ssh-ed25519 AAAA x")));
}

void TestKeyRing::defaultFolderIsTheUsersConfig()
{
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    QCOMPARE(KeyRing::defaultFolder(), m_dir.filePath(QStringLiteral("config/greenlight/keys")));
    qputenv("XDG_CONFIG_HOME", saved);
}

QTEST_GUILESS_MAIN(TestKeyRing)
#include "tst_keyring.moc"
