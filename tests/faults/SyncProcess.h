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

// Starts `binary`, a program taking the client's command line, with `arguments` against the test's database
// and simulator; `environment` is added to this process's.
inline std::unique_ptr<QProcess> startClientProgram(TestBackend &t, const QString &binary, const QStringList &arguments,
                                                    const QProcessEnvironment &environment = {},
                                                    QProcess::ProcessChannelMode channels = QProcess::MergedChannels)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TEMPCARDS_GOCARDS_CLIENT_SECRET"), t.goCardsConfig().clientSecret);
    env.insert(environment);
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(channels);
    process->start(binary, arguments + databaseArguments(t) +
                               QStringList{QStringLiteral("--gocards-url"), t.goCardsConfig().baseUrl.toString()});
    REQUIRE(process->waitForStarted());
    return process;
}

// Starts tempcards-sync with `arguments` (--once by default) against the test's database and simulator.
inline std::unique_ptr<QProcess> startSync(TestBackend &t, const QStringList &arguments = {QStringLiteral("--once")})
{
    return startClientProgram(t, QStringLiteral(TEMPCARDS_SYNC_BINARY), arguments);
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

// What time does for a process that died: its lease runs out, and with it the claims it made under the
// lease (a claim made while sending at once, outside the lease, keeps its own time).
inline void lapseLease(TestBackend &t)
{
    const QSqlDatabase db = t.database().connection();
    SqlQuery(db,
             QStringLiteral("UPDATE order_batches SET claimed_until = '2000-01-01T00:00:00.000Z' WHERE claimed_by = "
                            "(SELECT holder FROM sync_lease) AND claimed_until <= (SELECT expires_at FROM sync_lease)"))
        .exec();
    SqlQuery::run(db, QStringLiteral("UPDATE sync_lease SET expires_at = '2000-01-01T00:00:00.000Z'"));
}

inline void kill(QProcess &process)
{
    process.kill(); // SIGKILL
    REQUIRE(waitFor([&] { return process.state() == QProcess::NotRunning; }));
}

} // namespace tempcards::test
