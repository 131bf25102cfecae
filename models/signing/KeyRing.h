#pragma once
// Stakeholders' signing keys (issue 5), with libsodium: Ed25519 key pairs whose private half never
// enters a workspace. It lives in a key file in the signer's own config folder
// (<config>/greenlight/keys/<fingerprint>.glkey, folder 0700, file 0600), encrypted with
// XSalsa20-Poly1305 under a key derived from the passphrase with Argon2id (libsodium's
// crypto_pwhash, the cost stored in the file so it can be raised later). The public half and its
// fingerprint go into the workspace. A key file can be copied to another machine and imported
// there; it is useless without its passphrase.

#include "domain/Result.h"
#include "domain/SignOff.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace gl {

// A passphrase held as UTF-8 bytes and wiped when it goes out of scope.
class Passphrase final {
public:
    Passphrase() = default;
    explicit Passphrase(QByteArray utf8);
    ~Passphrase();
    Passphrase(Passphrase &&other) noexcept;
    Passphrase &operator=(Passphrase &&other) noexcept;
    Passphrase(const Passphrase &) = delete;
    Passphrase &operator=(const Passphrase &) = delete;

    QByteArrayView bytes() const { return m_utf8; }
    bool isEmpty() const { return m_utf8.isEmpty(); }
    qsizetype length() const; // in characters

private:
    void wipe();
    QByteArray m_utf8;
};

struct PublicKey {
    QByteArray bytes; // 32 bytes, Ed25519
    QString owner; // the stakeholder's printed name when it was made
    QString fingerprint() const; // keyFingerprint(bytes), domain/SignOff.h
    // One line a person can mail and another workspace can import:
    //   greenlight-public-key/1 <fingerprint without spaces> <base64 key> <owner>
    QString exportText() const;
    static Result<PublicKey> fromExportText(const QString &text);
};

// Checks an Ed25519 signature; false for anything malformed.
bool verifySignature(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

class KeyRing final {
    Q_DECLARE_TR_FUNCTIONS(KeyRing)
public:
    static constexpr int minimumPassphraseLength = 8;

    // <GenericConfigLocation>/greenlight/keys: the user's own config folder (XDG_CONFIG_HOME).
    static QString defaultFolder();
    explicit KeyRing(const QString &folder = defaultFolder());
    QString folder() const { return m_folder; }

    // Makes a key pair, writes its private half encrypted under the passphrase, returns the public
    // half. The passphrase must have at least minimumPassphraseLength characters.
    Result<PublicKey> create(const QString &owner, const Passphrase &passphrase) const;
    bool hasPrivateKey(const QString &fingerprint) const;
    QString keyFilePath(const QString &fingerprint) const;
    // Signs with the private key of that fingerprint; a wrong passphrase is refused (Invalid),
    // a missing key file is NotFound with what to do.
    Result<QByteArray> sign(
        const QString &fingerprint, const Passphrase &passphrase, QByteArrayView message) const;
    // Reads a key file made elsewhere (without its passphrase: only its form and public half are
    // checked) and copies it into this key ring. Returns its public half.
    Result<PublicKey> importKeyFile(const QString &path) const;
    // The public half stored in a key file.
    Result<PublicKey> publicKeyOf(const QString &fingerprint) const;

private:
    QString m_folder;
};

} // namespace gl
