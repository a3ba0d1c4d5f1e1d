// SPDX-License-Identifier: Apache-2.0
#include "ScramVerifier.h"

#include "Pbkdf2.h"
#include "SaslPrep.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace tempcards {

QByteArray ScramVerifier::compute(const QString &password, QRandomGenerator &random, int iterations)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    for (char &byte : salt)
        byte = char(random.bounded(256));
    return compute(password, salt, iterations);
}

QByteArray ScramVerifier::compute(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray salted = Pbkdf2::sha256(SaslPrep::prepare(password), salt, iterations, 32);
    const auto hmac = [&salted](const char *text) {
        return QMessageAuthenticationCode::hash(text, salted, QCryptographicHash::Sha256);
    };
    const QByteArray storedKey = QCryptographicHash::hash(hmac("Client Key"), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac("Server Key");
    return "SCRAM-SHA-256$" + QByteArray::number(iterations) + ':' + salt.toBase64() + '$' + storedKey.toBase64() +
           ':' + serverKey.toBase64();
}

bool ScramVerifier::looksValid(const QByteArray &verifier)
{
    static const QRegularExpression shape(QStringLiteral(
        "^SCRAM-SHA-256\\$[1-9][0-9]{0,9}:[A-Za-z0-9+/]+={0,2}\\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$"));
    return shape.match(QString::fromLatin1(verifier)).hasMatch();
}

} // namespace tempcards
