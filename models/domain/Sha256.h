#pragma once
// SHA-256 through OpenSSL's libcrypto (EVP), incrementally: evidence, run logs and approval hashes
// are all hashed with this one class. Qt 6.4's QCryptographicHash is about ten times slower.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

namespace gl {

class Sha256 final {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(QByteArrayView bytes);
    // The 32-byte digest; the object is then ready for a new message.
    QByteArray result();
    // Lowercase hex of the digest; the object is then ready for a new message.
    QString hexResult();

    static QByteArray hash(QByteArrayView bytes);
    static QString hex(QByteArrayView bytes);

private:
    struct Context;
    std::unique_ptr<Context> d;
};

} // namespace gl
