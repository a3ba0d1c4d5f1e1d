// SPDX-License-Identifier: Apache-2.0
// tempcards-sync as a child process on the test backend's database (SQLite file or PostgreSQL database)
// and simulator.
#pragma once

#include "TestBackend.h"

#include <catch2/catch.hpp>

#include <QProcess>

#include <memory>

namespace tempcards::test {

// --database <file>, or --postgres <options> when the tests run on PostgreSQL.
inline QStringList databaseArguments(TestBackend &t)
{
    if (TestBackend::onPostgres())
        return {QStringLiteral("--postgres"), t.databaseConfig().postgres};
    return {QStringLiteral("--database"), t.databasePath()};
}

// Starts tempcards-sync with `arguments` (--once by default) against the test's database and simulator.
inline std::unique_ptr<QProcess> startSync(TestBackend &t, const QStringList &arguments = {QStringLiteral("--once")})
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TEMPCARDS_GOCARDS_CLIENT_SECRET"), t.goCardsConfig().clientSecret);
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(QStringLiteral(TEMPCARDS_SYNC_BINARY),
                   arguments + databaseArguments(t) +
                       QStringList{QStringLiteral("--gocards-url"), t.goCardsConfig().baseUrl.toString()});
    REQUIRE(process->waitForStarted());
    return process;
}

// The simulator lives in this process, so wait while running its event loop.
inline void waitForExit(QProcess &process, int timeoutMs = 30000)
{
    const bool exited = waitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    INFO(process.readAll().toStdString());
    REQUIRE(exited);
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
}

inline void kill(QProcess &process)
{
    process.kill(); // SIGKILL
    REQUIRE(waitFor([&] { return process.state() == QProcess::NotRunning; }));
}

} // namespace tempcards::test
