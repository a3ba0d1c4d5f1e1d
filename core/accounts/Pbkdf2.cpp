// SPDX-License-Identifier: Apache-2.0
#include "Pbkdf2.h"

#include <openssl/evp.h>

namespace tempcards {

QByteArray Pbkdf2::sha256(const QByteArray &password, const QByteArray &salt, int iterations, int bytes)
{
    if (iterations < 1 || bytes < 1)
        return {};
    QByteArray key(bytes, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                                     iterations, EVP_sha256(), bytes, reinterpret_cast<unsigned char *>(key.data()));
    return ok == 1 ? key : QByteArray();
}

} // namespace tempcards
