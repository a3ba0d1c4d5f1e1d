// SPDX-License-Identifier: Apache-2.0
#include "PasswordHasher.h"
#include "Credentials.h"
#include "Pbkdf2.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QPasswordDigestor>
#include <QStringList>

using namespace tempcards;

TEST_CASE("the default is PBKDF2-HMAC-SHA256 with 600,000 iterations and a 16-byte salt", "[password]")
{
    CHECK(PasswordHasher::kDefaultIterations >= 600000);
    const QString encoded = PasswordHasher().hash(QStringLiteral("correct horse battery"));
    const QStringList parts = encoded.split(QLatin1Char('$'));
    REQUIRE(parts.size() == 4);
    CHECK(parts.at(0) == QStringLiteral("pbkdf2-sha256"));
    CHECK(parts.at(1).toInt() == PasswordHasher::kDefaultIterations);
    CHECK(QByteArray::fromBase64(parts.at(2).toLatin1()).size() == 16);
    CHECK(QByteArray::fromBase64(parts.at(3).toLatin1()).size() == 32);
    CHECK(PasswordHasher::verify(QStringLiteral("correct horse battery"), encoded));
    CHECK_FALSE(PasswordHasher::verify(QStringLiteral("correct horse batterY"), encoded));
}

TEST_CASE("the stored key is PBKDF2-HMAC-SHA256 of the password with the stored salt", "[password]")
{
    const QString encoded = PasswordHasher(2).hash(QStringLiteral("password"));
    const QStringList parts = encoded.split(QLatin1Char('$'));
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, "password", salt, 2, 32);
    CHECK(QByteArray::fromBase64(parts.at(3).toLatin1()) == expected);
    // RFC 7914 section 11 vector, to pin the primitive itself.
    CHECK(QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, "passwd", "salt", 1, 64).toHex().left(32) ==
          QByteArray("55ac046e56e3089fec1691c22544b605"));
}

TEST_CASE("OpenSSL's PBKDF2 gives the bytes Qt's gave, so every hash stored before verifies", "[password]")
{
    // RFC 7914 section 11, both blocks of the 64-byte key.
    CHECK(Pbkdf2::sha256("passwd", "salt", 1, 64).toHex() ==
          QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317"
                     "c71b845b1e30bd509112041d3a19783"));
    // Passwords from empty to past HMAC's 64-byte block, several salts, counts and key lengths.
    for (int length = 0; length <= 130; length += 13) {
        QByteArray password;
        for (int i = 0; i < length; ++i)
            password += char(0x20 + (i * 37 + length) % 0x5f);
        for (const QByteArray &salt : {QByteArray(), QByteArray("salt"), QByteArray(16, '\x9c')}) {
            for (const int iterations : {1, 3}) {
                for (const int bytes : {20, 32, 64}) {
                    INFO(length << " " << salt.toHex().toStdString() << " " << iterations << " " << bytes);
                    CHECK(Pbkdf2::sha256(password, salt, iterations, bytes) ==
                          QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password, salt, iterations,
                                                             bytes));
                }
            }
        }
    }
    // A hash written as the client wrote them before, with Qt's PBKDF2.
    const QByteArray salt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    const QString stored = QStringLiteral("pbkdf2-sha256$1000$%1$%2")
                               .arg(QString::fromLatin1(salt.toBase64()),
                                    QString::fromLatin1(QPasswordDigestor::deriveKeyPbkdf2(
                                                            QCryptographicHash::Sha256,
                                                            QStringLiteral("Äpfel ünd Birnen").toUtf8(), salt, 1000, 32)
                                                            .toBase64()));
    CHECK(PasswordHasher::verify(QStringLiteral("Äpfel ünd Birnen"), stored));
    CHECK_FALSE(PasswordHasher::verify(QStringLiteral("Apfel ünd Birnen"), stored));
    CHECK(Pbkdf2::sha256("x", "salt", 0, 32).isEmpty());
}

TEST_CASE("each hash has its own salt, and parameters travel with the hash", "[password]")
{
    const PasswordHasher fast(1000);
    const QString a = fast.hash(QStringLiteral("same password"));
    const QString b = fast.hash(QStringLiteral("same password"));
    CHECK(a != b);
    CHECK(PasswordHasher::iterationsOf(a) == 1000);
    CHECK(PasswordHasher::verify(QStringLiteral("same password"), a));
    CHECK(PasswordHasher::verify(QStringLiteral("same password"), b));
}

TEST_CASE("malformed stored hashes never verify", "[password]")
{
    for (const QString &encoded : {QString(), QStringLiteral("plain"), QStringLiteral("pbkdf2-sha256$x$AAAA$AAAA"),
                                   QStringLiteral("pbkdf2-sha256$0$AAAA$AAAA"), QStringLiteral("md5$1$AAAA$AAAA"),
                                   QStringLiteral("pbkdf2-sha256$10$!!!$AAAA"), QStringLiteral("pbkdf2-sha256$10$$")}) {
        INFO(encoded.toStdString());
        CHECK_FALSE(PasswordHasher::verify(QString(), encoded));
        CHECK(PasswordHasher::iterationsOf(encoded) == 0);
    }
}

TEST_CASE("passwords compare in Unicode NFKC", "[password]")
{
    const QString composed = QStringLiteral("caf\u00e9 au lait!!");
    const QString decomposed = QStringLiteral("cafe\u0301 au lait!!");
    CHECK(PasswordHasher::verify(decomposed, PasswordHasher(10).hash(composed)));
}

TEST_CASE("new credentials follow the rules", "[password]")
{
    CHECK(Credentials::checkUserName(QStringLiteral("anna.operator")).isEmpty());
    CHECK(Credentials::normalizedUserName(QStringLiteral("  Anna ")) == QStringLiteral("anna"));
    CHECK_FALSE(Credentials::checkUserName(QString()).isEmpty());
    CHECK_FALSE(Credentials::checkUserName(QStringLiteral("anna smith")).isEmpty());
    CHECK_FALSE(Credentials::checkUserName(QStringLiteral("'; DROP TABLE accounts; --")).isEmpty());
    CHECK_FALSE(Credentials::checkUserName(QString(65, QLatin1Char('a'))).isEmpty());
    CHECK(Credentials::checkNewPassword(QStringLiteral("twelve chars"), QStringLiteral("twelve chars")).isEmpty());
    CHECK_FALSE(Credentials::checkNewPassword(QStringLiteral("short"), QStringLiteral("short")).isEmpty());
    CHECK_FALSE(
        Credentials::checkNewPassword(QStringLiteral("twelve chars"), QStringLiteral("twelve charz")).isEmpty());
    CHECK_FALSE(
        Credentials::checkNewPassword(QStringLiteral("twelve\tchars"), QStringLiteral("twelve\tchars")).isEmpty());
    CHECK_FALSE(
        Credentials::checkNewPassword(QString(257, QLatin1Char('x')), QString(257, QLatin1Char('x'))).isEmpty());
}
