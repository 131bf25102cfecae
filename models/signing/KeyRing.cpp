#include "signing/KeyRing.h"

#include "domain/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gl {

namespace {

constexpr qint64 largestKeyFile = 64 * 1024;
const QString keyFormat = QStringLiteral("greenlight-key/1");
const QString publicFormat = QStringLiteral("greenlight-public-key/1");
const QString keySuffix = QStringLiteral(".glkey");

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Error sodiumMissing()
{
    return makeError(ErrorCode::Io, KeyRing::tr("libsodium could not be initialised on this machine."));
}

QString b64(QByteArrayView bytes)
{
    return QString::fromLatin1(QByteArray(bytes.data(), bytes.size()).toBase64());
}

std::optional<QByteArray> unb64(const QJsonValue &value, qsizetype expectedSize)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (expectedSize >= 0 && decoded.decoded.size() != expectedSize))
        return std::nullopt;
    return decoded.decoded;
}

QString compactFingerprint(const QString &fingerprint)
{
    QString out = fingerprint;
    out.remove(u' ');
    return out.toLower();
}

// 32 hex digits (spaces aside): nothing else ever becomes part of a path.
bool isFingerprint(const QString &fingerprint)
{
    const QString compact = compactFingerprint(fingerprint);
    if (compact.size() != 32)
        return false;
    for (const QChar c : compact) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

// Secret bytes that are wiped however the scope is left.
template<size_t N> struct Secret {
    std::array<unsigned char, N> bytes {};
    ~Secret() { sodium_memzero(bytes.data(), bytes.size()); }
    unsigned char *data() { return bytes.data(); }
};

struct KeyFile {
    PublicKey key;
    QByteArray salt, nonce, sealed;
    unsigned long long opslimit = 0;
    size_t memlimit = 0;
};

Result<KeyFile> parseKeyFile(const QByteArray &text, const QString &where)
{
    const auto bad = [&](const QString &what) {
        return makeError(
            ErrorCode::Invalid, KeyRing::tr("%1 is not a Greenlight key file: %2.").arg(where, what));
    };
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (!doc.isObject())
        return bad(
            KeyRing::tr("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != keyFormat)
        return bad(KeyRing::tr("its format is not %1").arg(keyFormat));
    if (o.value(QStringLiteral("kdf")).toString() != QLatin1String("argon2id13"))
        return bad(KeyRing::tr("field \u201ckdf\u201d is not argon2id13"));
    KeyFile f;
    const auto publicKey = unb64(o.value(QStringLiteral("public_key")), crypto_sign_PUBLICKEYBYTES);
    const auto salt = unb64(o.value(QStringLiteral("salt")), crypto_pwhash_SALTBYTES);
    const auto nonce = unb64(o.value(QStringLiteral("nonce")), crypto_secretbox_NONCEBYTES);
    const auto sealed = unb64(
        o.value(QStringLiteral("secret_key")), crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES);
    if (!publicKey)
        return bad(KeyRing::tr("field \u201cpublic_key\u201d is not a base64 Ed25519 key"));
    if (!salt || !nonce || !sealed)
        return bad(
            KeyRing::tr("field \u201csalt\u201d, \u201cnonce\u201d or \u201csecret_key\u201d is damaged"));
    const double ops = o.value(QStringLiteral("opslimit")).toDouble();
    const double mem = o.value(QStringLiteral("memlimit")).toDouble();
    // At most libsodium's "sensitive" cost: a key file from elsewhere must not make opening it take
    // minutes or gigabytes.
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE
        || mem < crypto_pwhash_MEMLIMIT_MIN || mem > double(crypto_pwhash_MEMLIMIT_SENSITIVE))
        return bad(KeyRing::tr("field \u201copslimit\u201d or \u201cmemlimit\u201d is out of range"));
    f.key.bytes = *publicKey;
    f.key.owner = o.value(QStringLiteral("owner")).toString();
    f.salt = *salt;
    f.nonce = *nonce;
    f.sealed = *sealed;
    f.opslimit = static_cast<unsigned long long>(ops);
    f.memlimit = static_cast<size_t>(mem);
    if (compactFingerprint(o.value(QStringLiteral("fingerprint")).toString())
        != compactFingerprint(f.key.fingerprint()))
        return bad(KeyRing::tr("its fingerprint does not match its public key"));
    return f;
}

Result<QByteArray> readSmallFile(const QString &path);

// The secretbox key for a passphrase: Argon2id with the file's salt and cost.
bool deriveBoxKey(unsigned char *key, const Passphrase &passphrase, const QByteArray &salt,
    unsigned long long opslimit, size_t memlimit)
{
    return crypto_pwhash(key, crypto_secretbox_KEYBYTES, passphrase.bytes().data(),
               size_t(passphrase.bytes().size()), reinterpret_cast<const unsigned char *>(salt.constData()),
               opslimit, memlimit, crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}

Result<KeyFile> readKeyFile(const QString &path)
{
    Result<QByteArray> text = readSmallFile(path);
    if (!text)
        return text.error();
    return parseKeyFile(*text, QDir::toNativeSeparators(path));
}

Result<QByteArray> readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.error() == QFileDevice::OpenError && !QFileInfo::exists(path)
                ? ErrorCode::NotFound
                : ErrorCode::Io,
            KeyRing::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray text = file.read(largestKeyFile + 1);
    if (text.size() > largestKeyFile)
        return makeError(ErrorCode::Invalid,
            KeyRing::tr("%1 is too large to be a key file.").arg(QDir::toNativeSeparators(path)));
    return text;
}

// Written to a new file of mode 0600 beside the target and renamed over it: never readable by
// others, never half written.
Result<void> writePrivateFile(const QString &path, const QByteArray &content)
{
    const QString temporary
        = path + QStringLiteral(".%1.tmp").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QByteArray native = QFile::encodeName(temporary);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    const auto failed = [&](int error) {
        return makeError(ErrorCode::Io,
            KeyRing::tr("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(error))));
    };
    if (fd < 0)
        return failed(errno);
    qsizetype written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + written, size_t(content.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = errno;
            ::close(fd);
            ::unlink(native.constData());
            return failed(error);
        }
        written += n;
    }
    const bool synced = ::fsync(fd) == 0;
    const int syncError = errno;
    const bool closed = ::close(fd) == 0;
    if (!synced || !closed || ::rename(native.constData(), QFile::encodeName(path).constData()) != 0) {
        const int error = !synced ? syncError : errno;
        ::unlink(native.constData());
        return failed(error);
    }
    // The rename is durable once the folder is: a crash must not lose a key the workspace knows.
    const int dir = ::open(
        QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

Result<void> ensurePrivateFolder(const QString &folder)
{
    if (!QDir().mkpath(folder) || ::chmod(QFile::encodeName(folder).constData(), 0700) != 0)
        return makeError(ErrorCode::Io,
            KeyRing::tr("Cannot create the key folder %1.").arg(QDir::toNativeSeparators(folder)));
    return {};
}

} // namespace

// ---- Passphrase -----------------------------------------------------------------------------

Passphrase::Passphrase(QByteArray utf8)
    : m_utf8(std::move(utf8))
{
}

Passphrase::~Passphrase()
{
    wipe();
}

Passphrase::Passphrase(Passphrase &&other) noexcept
    : m_utf8(std::move(other.m_utf8))
{
}

Passphrase &Passphrase::operator=(Passphrase &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_utf8 = std::move(other.m_utf8);
    }
    return *this;
}

void Passphrase::wipe()
{
    if (!m_utf8.isEmpty() && !m_utf8.isDetached())
        m_utf8.detach(); // never wipe bytes another QByteArray still shares
    if (!m_utf8.isEmpty())
        sodium_memzero(m_utf8.data(), size_t(m_utf8.size()));
    m_utf8.clear();
}

qsizetype Passphrase::length() const
{
    return QString::fromUtf8(m_utf8).size();
}

// ---- PublicKey ------------------------------------------------------------------------------

QString PublicKey::fingerprint() const
{
    return keyFingerprint(bytes);
}

QString PublicKey::exportText() const
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(publicFormat, compactFingerprint(fingerprint()), b64(bytes), owner);
}

Result<PublicKey> PublicKey::fromExportText(const QString &text)
{
    const QString line = text.trimmed();
    const QStringList parts = line.split(u' ');
    if (parts.size() < 3 || parts[0] != publicFormat)
        return makeError(ErrorCode::Invalid,
            KeyRing::tr("This is not a Greenlight public key: it must start with \u201c%1\u201d.")
                .arg(publicFormat));
    const auto bytes = unb64(QJsonValue(parts[2]), crypto_sign_PUBLICKEYBYTES);
    if (!bytes)
        return makeError(ErrorCode::Invalid, KeyRing::tr("The public key is not a base64 Ed25519 key."));
    PublicKey key;
    key.bytes = *bytes;
    key.owner = parts.mid(3).join(u' ');
    if (compactFingerprint(key.fingerprint()) != compactFingerprint(parts[1]))
        return makeError(ErrorCode::Invalid,
            KeyRing::tr("The public key's fingerprint %1 does not match the key (%2): it was changed or cut.")
                .arg(parts[1], key.fingerprint()));
    return key;
}

bool verifySignature(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (!sodiumReady() || publicKey.size() != crypto_sign_PUBLICKEYBYTES
        || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.data()),
               reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.data()))
        == 0;
}

// ---- KeyRing --------------------------------------------------------------------------------

QString KeyRing::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("greenlight/keys"));
}

KeyRing::KeyRing(const QString &folder)
    : m_folder(folder)
{
}

QString KeyRing::keyFilePath(const QString &fingerprint) const
{
    const QString name
        = isFingerprint(fingerprint) ? compactFingerprint(fingerprint) : QStringLiteral("invalid");
    return QDir(m_folder).filePath(name + keySuffix);
}

bool KeyRing::hasPrivateKey(const QString &fingerprint) const
{
    return QFileInfo(keyFilePath(fingerprint)).isFile();
}

Result<PublicKey> KeyRing::create(const QString &owner, const Passphrase &passphrase) const
{
    if (!sodiumReady())
        return sodiumMissing();
    if (passphrase.length() < minimumPassphraseLength)
        return makeError(ErrorCode::Invalid,
            tr("A passphrase needs at least %n character(s).", nullptr, minimumPassphraseLength));
    if (Result<void> r = ensurePrivateFolder(m_folder); !r)
        return r.error();

    PublicKey key;
    key.owner = owner;
    key.bytes.resize(crypto_sign_PUBLICKEYBYTES);
    Secret<crypto_sign_SECRETKEYBYTES> secret;
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(key.bytes.data()), secret.data());

    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    const unsigned long long ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    Secret<crypto_secretbox_KEYBYTES> boxKey;
    if (!deriveBoxKey(boxKey.data(), passphrase, salt, ops, mem))
        return makeError(ErrorCode::Io,
            tr("There is not enough memory to protect the key (Argon2id needs %1 MiB).").arg(mem >> 20));
    QByteArray sealed(crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(sealed.data()), secret.data(),
        crypto_sign_SECRETKEYBYTES, reinterpret_cast<const unsigned char *>(nonce.constData()),
        boxKey.data());

    const QJsonObject file {
        { QStringLiteral("format"), keyFormat },
        { QStringLiteral("owner"), owner },
        { QStringLiteral("fingerprint"), key.fingerprint() },
        { QStringLiteral("public_key"), b64(key.bytes) },
        { QStringLiteral("kdf"), QStringLiteral("argon2id13") },
        { QStringLiteral("opslimit"), double(ops) },
        { QStringLiteral("memlimit"), double(mem) },
        { QStringLiteral("salt"), b64(salt) },
        { QStringLiteral("cipher"), QStringLiteral("xsalsa20poly1305") },
        { QStringLiteral("nonce"), b64(nonce) },
        { QStringLiteral("secret_key"), b64(sealed) },
    };
    if (Result<void> r = writePrivateFile(keyFilePath(key.fingerprint()), QJsonDocument(file).toJson()); !r)
        return r.error();
    return key;
}

Result<PublicKey> KeyRing::publicKeyOf(const QString &fingerprint) const
{
    Result<KeyFile> file = readKeyFile(keyFilePath(fingerprint));
    if (!file)
        return file.error();
    return file->key;
}

Result<QByteArray> KeyRing::sign(
    const QString &fingerprint, const Passphrase &passphrase, QByteArrayView message) const
{
    if (!sodiumReady())
        return sodiumMissing();
    if (!isFingerprint(fingerprint))
        return makeError(ErrorCode::Invalid, tr("\u201c%1\u201d is not a key fingerprint.").arg(fingerprint));
    const QString path = keyFilePath(fingerprint);
    if (!QFileInfo(path).isFile())
        return makeError(ErrorCode::NotFound,
            tr("The private key %1 is not on this machine (looked for %2). Create a key with "
               "\u201cgreenlight key create\u201d "
               "or import the key file made on another machine with \u201cgreenlight key import\u201d.")
                .arg(fingerprint, QDir::toNativeSeparators(path)));
    Result<KeyFile> file = readKeyFile(path);
    if (!file)
        return file.error();
    if (compactFingerprint(file->key.fingerprint()) != compactFingerprint(fingerprint))
        return makeError(ErrorCode::Corrupt,
            tr("The key file %1 holds the key %2, not %3.")
                .arg(QDir::toNativeSeparators(path), file->key.fingerprint(), fingerprint));
    Secret<crypto_secretbox_KEYBYTES> boxKey;
    if (!deriveBoxKey(boxKey.data(), passphrase, file->salt, file->opslimit, file->memlimit))
        return makeError(ErrorCode::Io, tr("There is not enough memory to open the key."));
    Secret<crypto_sign_SECRETKEYBYTES> secret;
    if (crypto_secretbox_open_easy(secret.data(),
            reinterpret_cast<const unsigned char *>(file->sealed.constData()), size_t(file->sealed.size()),
            reinterpret_cast<const unsigned char *>(file->nonce.constData()), boxKey.data())
        != 0)
        return makeError(ErrorCode::Invalid, tr("Wrong passphrase for the key %1.").arg(fingerprint));
    // The secret key holds its public half: a key file whose two halves disagree is damaged.
    if (std::memcmp(
            secret.data() + crypto_sign_SEEDBYTES, file->key.bytes.constData(), crypto_sign_PUBLICKEYBYTES)
        != 0)
        return makeError(ErrorCode::Corrupt,
            tr("The key file %1 is damaged: its halves do not match.").arg(QDir::toNativeSeparators(path)));
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size()), secret.data());
    return signature;
}

Result<PublicKey> KeyRing::importKeyFile(const QString &path) const
{
    Result<QByteArray> text = readSmallFile(path);
    if (!text)
        return text.error();
    Result<KeyFile> file = parseKeyFile(*text, QDir::toNativeSeparators(path));
    if (!file)
        return file.error();
    if (Result<void> r = ensurePrivateFolder(m_folder); !r)
        return r.error();
    const QString target = keyFilePath(file->key.fingerprint());
    if (QFileInfo::exists(target)) {
        // The same public half with another sealed secret would destroy the key that is here.
        Result<QByteArray> present = readSmallFile(target);
        if (present && *present == *text)
            return file->key;
        return makeError(ErrorCode::Invalid,
            tr("A different key file for %1 is already on this machine (%2); it was left as it is.")
                .arg(file->key.fingerprint(), QDir::toNativeSeparators(target)));
    }
    if (Result<void> r = writePrivateFile(target, *text); !r)
        return r.error();
    return file->key;
}

} // namespace gl
