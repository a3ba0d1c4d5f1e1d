// SPDX-License-Identifier: Apache-2.0
// Scenario 5: one PBKDF2 verification at the configured iterations, alone and as a login through the core,
// with the GUI thread's longest stall meanwhile (the hashing runs on the core's thread pool).
#include "BenchScenarios.h"
#include "BenchSupport.h"

#include "AccountService.h"
#include "PasswordHasher.h"

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
                      {QStringLiteral("loginMs"), loginMs},
                      {QStringLiteral("guiLongestStallMs"), meter.longestStallMs()},
                      {QStringLiteral("offGuiThread"), meter.longestStallMs() < loginMs / 2}});
}

} // namespace tempcards::bench
