// SPDX-License-Identifier: Apache-2.0
#include "PasswordHasher.h"

#include "Pbkdf2.h"

#include <QRandomGenerator>
#include <QStringList>

namespace tempcards {

namespace {

const QString kScheme = QStringLiteral("pbkdf2-sha256");

// Passwords are compared as Unicode NFKC, so the same password typed on two keyboards matches.
QByteArray derive(const QString &password, const QByteArray &salt, int iterations, int bytes)
{
    return Pbkdf2::sha256(password.normalized(QString::NormalizationForm_KC).toUtf8(), salt, iterations, bytes);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (int i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

bool parse(const QString &encoded, Parsed *out)
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != kScheme)
        return false;
    bool ok = false;
    out->iterations = parts.at(1).toInt(&ok);
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto key = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!ok || out->iterations < 1 || !salt || !key || salt.decoded.isEmpty() || key.decoded.isEmpty())
        return false;
    out->salt = salt.decoded;
    out->key = key.decoded;
    return true;
}

} // namespace

QString PasswordHasher::hash(const QString &password) const
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), kSaltBytes / 4);
    const QByteArray key = derive(password, salt, m_iterations, kKeyBytes);
    return QStringList{kScheme, QString::number(m_iterations), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(key.toBase64())}
        .join(QLatin1Char('$'));
}

bool PasswordHasher::verify(const QString &password, const QString &encoded)
{
    Parsed parsed;
    if (!parse(encoded, &parsed))
        return false;
    const QByteArray key = derive(password, parsed.salt, parsed.iterations, int(parsed.key.size()));
    return !key.isEmpty() && constantTimeEquals(key, parsed.key);
}

int PasswordHasher::iterationsOf(const QString &encoded)
{
    Parsed parsed;
    return parse(encoded, &parsed) ? parsed.iterations : 0;
}

} // namespace tempcards
