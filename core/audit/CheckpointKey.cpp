// SPDX-License-Identifier: Apache-2.0
#include "CheckpointKey.h"

#include "PrivateFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>

#include <openssl/evp.h>

namespace tempcards {

namespace {

const QByteArray kHeader = QByteArrayLiteral("tempcards-checkpoint-key v1 ed25519");

struct PkeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct MdFree
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

QByteArray rawKey(EVP_PKEY *key, bool isPrivate)
{
    size_t length = 32;
    QByteArray raw(32, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    const int ok =
        isPrivate ? EVP_PKEY_get_raw_private_key(key, out, &length) : EVP_PKEY_get_raw_public_key(key, out, &length);
    return ok == 1 && length == 32 ? raw : QByteArray();
}

} // namespace

struct CheckpointKey::Private
{
    Pkey key;
};

CheckpointKey::CheckpointKey(std::unique_ptr<Private> p) : d(std::move(p))
{
    m_publicKey = rawKey(d->key.get(), false);
}

CheckpointKey::~CheckpointKey() = default;
CheckpointKey::CheckpointKey(CheckpointKey &&) noexcept = default;

std::optional<CheckpointKey> CheckpointKey::loadOrCreate(const QString &path, QString *problem)
{
    auto d = std::make_unique<Private>();
    QFile file(path);
    if (file.exists()) {
        if (!PrivateFiles::readableByOthers({path}).isEmpty()) {
            *problem = tr("The checkpoint key %1 may be read by others; make it readable by its owner alone "
                          "(chmod 600).")
                           .arg(path);
            return std::nullopt;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            *problem = tr("The checkpoint key %1 cannot be read: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        const QList<QByteArray> lines = file.readAll().split('\n');
        const QByteArray raw = lines.size() >= 2 ? QByteArray::fromBase64(lines.at(1).trimmed()) : QByteArray();
        if (lines.value(0).trimmed() != kHeader || raw.size() != 32) {
            *problem = tr("%1 is not a tempcards checkpoint key.").arg(path);
            return std::nullopt;
        }
        d->key.reset(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                                  reinterpret_cast<const unsigned char *>(raw.constData()), 32));
    } else {
        EVP_PKEY *made = nullptr;
        EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
        if (ctx && EVP_PKEY_keygen_init(ctx) == 1)
            EVP_PKEY_keygen(ctx, &made);
        EVP_PKEY_CTX_free(ctx);
        d->key.reset(made);
        const QByteArray raw = d->key ? rawKey(d->key.get(), true) : QByteArray();
        if (raw.isEmpty() || !PrivateFiles::prepareFile(path, problem)) {
            if (problem->isEmpty())
                *problem = tr("A checkpoint key could not be made.");
            return std::nullopt;
        }
        QSaveFile out(path); // replaces the empty 0600 file, keeping its mode
        out.open(QIODevice::WriteOnly);
        out.write(kHeader + '\n' + raw.toBase64() + '\n');
        QSaveFile pub(path + QStringLiteral(".pub"));
        pub.open(QIODevice::WriteOnly);
        pub.write(rawKey(d->key.get(), false).toBase64() + '\n');
        if (!out.commit() || !pub.commit()) {
            *problem = tr("The checkpoint key %1 could not be written: %2").arg(path, out.errorString());
            return std::nullopt;
        }
    }
    if (!d->key) {
        *problem = tr("%1 is not a tempcards checkpoint key.").arg(path);
        return std::nullopt;
    }
    return CheckpointKey(std::move(d));
}

QByteArray CheckpointKey::sign(const QByteArray &message) const
{
    std::unique_ptr<EVP_MD_CTX, MdFree> ctx(EVP_MD_CTX_new());
    QByteArray signature(64, Qt::Uninitialized);
    size_t length = 64;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, d->key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size())) != 1)
        return {};
    return signature;
}

bool CheckpointKey::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != 32 || signature.size() != 64)
        return false;
    Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                         reinterpret_cast<const unsigned char *>(publicKey.constData()), 32));
    std::unique_ptr<EVP_MD_CTX, MdFree> ctx(EVP_MD_CTX_new());
    return key && ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()), 64,
                            reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size())) == 1;
}

QString CheckpointKey::fingerprint(const QByteArray &publicKey)
{
    return QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace tempcards
