// SPDX-License-Identifier: Apache-2.0
// Scenario 5: one PBKDF2 verification at the configured iterations, alone and as a login through the core,
// with the GUI thread's longest stall meanwhile (the hashing runs on the core's thread pool). Its ceiling in
// the same run: OpenSSL's PKCS5_PBKDF2_HMAC called bare with the same parameters, and the `openssl kdf`
// command (its process start included).
#include "BenchScenarios.h"
#include "BenchSupport.h"

#include "AccountService.h"
#include "PasswordHasher.h"

#include <QProcess>

#include <openssl/evp.h>

#include <algorithm>

namespace tempcards::bench {

void runLoginScenario(const QString &folder, const Size &size)
{
    Q_UNUSED(size) // the configured iterations at every size: that is the figure asked for
    const int iterations = PasswordHasher::kDefaultIterations;
    const QString password = QStringLiteral("a bench password");
    const PasswordHasher hasher(iterations);
    const QString hash = hasher.hash(password);
    QList<double> verifications;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!PasswordHasher::verify(password, hash))
            throw BenchError("PBKDF2 did not verify its own hash");
        verifications << millis(timer.nsecsElapsed());
    }
    std::sort(verifications.begin(), verifications.end());

    QList<double> bare;
    for (int i = 0; i < 3; ++i) {
        unsigned char key[PasswordHasher::kKeyBytes];
        const QByteArray utf8 = password.toUtf8();
        const QByteArray salt(PasswordHasher::kSaltBytes, '\x5a');
        bare << timed([&] {
            if (PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()),
                                  reinterpret_cast<const unsigned char *>(salt.data()), int(salt.size()), iterations,
                                  EVP_sha256(), int(sizeof key), key) != 1)
                throw BenchError("OpenSSL's PBKDF2 failed");
        });
    }
    std::sort(bare.begin(), bare.end());
    double commandMs = -1; // not measured when the openssl command is missing
    {
        QProcess openssl;
        const QStringList arguments{QStringLiteral("kdf"),
                                    QStringLiteral("-keylen"),
                                    QStringLiteral("32"),
                                    QStringLiteral("-kdfopt"),
                                    QStringLiteral("digest:SHA256"),
                                    QStringLiteral("-kdfopt"),
                                    QStringLiteral("pass:") + password,
                                    QStringLiteral("-kdfopt"),
                                    QStringLiteral("salt:0123456789abcdef"),
                                    QStringLiteral("-kdfopt"),
                                    QStringLiteral("iter:%1").arg(iterations),
                                    QStringLiteral("PBKDF2")};
        QElapsedTimer timer;
        timer.start();
        openssl.start(QStringLiteral("openssl"), arguments);
        if (openssl.waitForFinished(60000) && openssl.exitCode() == 0)
            commandMs = millis(timer.nsecsElapsed());
    }

    BenchClient client(folder + QStringLiteral("/login.sqlite"), QUrl(QStringLiteral("http://127.0.0.1:1")),
                       iterations);
    client.createAccount(QStringLiteral("ada"), password, {Roles::Operator});
    QElapsedTimer timer;
    timer.start();
    GapMeter meter(5);
    const LoginResult result = await(client.backend().accounts()->login(QStringLiteral("ada"), password));
    const double loginMs = millis(timer.nsecsElapsed());
    if (!result.ok)
        throw BenchError("the login failed");
    print(QJsonObject{{QStringLiteral("scenario"), QStringLiteral("login")},
                      {QStringLiteral("iterations"), iterations},
                      {QStringLiteral("verifyMedianMs"), verifications.at(1)},
                      {QStringLiteral("ceilingOpenSslMedianMs"), bare.at(1)},
                      {QStringLiteral("ceilingOpenSslCommandMs"), commandMs},
                      {QStringLiteral("ratioToOpenSsl"), round2(verifications.at(1) / bare.at(1))},
                      {QStringLiteral("targets"), QJsonObject{{QStringLiteral("ratioToOpenSsl"), 1.2}}},
                      {QStringLiteral("met"), verifications.at(1) <= 1.2 * bare.at(1)},
                      {QStringLiteral("loginMs"), loginMs},
                      {QStringLiteral("guiLongestStallMs"), meter.longestStallMs()},
                      {QStringLiteral("offGuiThread"), meter.longestStallMs() < loginMs / 2}});
}

} // namespace tempcards::bench
