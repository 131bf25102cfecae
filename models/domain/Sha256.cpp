#include "Sha256.h"

#include <openssl/evp.h>

namespace gl {

struct Sha256::Context {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
    void reset() { EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr); }
};

Sha256::Sha256() : d(std::make_unique<Context>())
{
    d->reset();
}

Sha256::~Sha256() = default;

void Sha256::add(QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        EVP_DigestUpdate(d->ctx, bytes.data(), size_t(bytes.size()));
}

QByteArray Sha256::result()
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(d->ctx, reinterpret_cast<unsigned char *>(digest.data()), &length);
    digest.truncate(qsizetype(length));
    d->reset();
    return digest;
}

QString Sha256::hexResult()
{
    return QString::fromLatin1(result().toHex());
}

QByteArray Sha256::hash(QByteArrayView bytes)
{
    Sha256 h;
    h.add(bytes);
    return h.result();
}

QString Sha256::hex(QByteArrayView bytes)
{
    return QString::fromLatin1(hash(bytes).toHex());
}

} // namespace gl
