// SPDX-License-Identifier: Apache-2.0
// tempcards-sync started with another Go Cards address, as an insider with a workstation's database would:
// the secret saved for the saved address is not sent there.
#include "GoCardsConnectionStore.h"
#include "SyncProcess.h"

#include <catch2/catch.hpp>

#include <QTcpServer>
#include <QTcpSocket>

using namespace tempcards;
using namespace tempcards::test;

TEST_CASE("tempcards-sync --once with another --gocards-url sends it no saved secret", "[faults][security]")
{
    TestBackend t;
    const GoCardsConfig saved = t.goCardsConfig(); // the simulator's own secret
    REQUIRE(saved.clientSecret.size() >= 8);
    GoCardsConnectionStore::save(t.database().connection(), saved, QStringLiteral("admin"), wallClock().nowUtc());

    QTcpServer listener;
    REQUIRE(listener.listen(QHostAddress::LocalHost));
    int connections = 0;
    QByteArray received;
    QObject::connect(&listener, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *socket = listener.nextPendingConnection()) {
            ++connections;
            QObject::connect(socket, &QTcpSocket::readyRead, [&, socket] { received += socket->readAll(); });
        }
    });
    QProcess sync;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("TEMPCARDS_GOCARDS_CLIENT_SECRET"));
    sync.setProcessEnvironment(environment);
    sync.setProcessChannelMode(QProcess::MergedChannels);
    sync.start(QStringLiteral(TEMPCARDS_SYNC_BINARY),
               QStringList{QStringLiteral("--once"), QStringLiteral("--gocards-url"),
                           QStringLiteral("http://127.0.0.1:%1").arg(listener.serverPort())} +
                   databaseArguments(t));
    REQUIRE(sync.waitForStarted());
    REQUIRE(waitFor([&] { return sync.state() == QProcess::NotRunning; }, 30000));
    const QString said = QString::fromUtf8(sync.readAll());
    INFO(said.toStdString());
    CHECK(sync.exitCode() == 1);
    CHECK(said.contains(QStringLiteral("never sent to http://127.0.0.1:%1").arg(listener.serverPort())));
    CHECK(connections == 0);
    CHECK_FALSE(received.contains(saved.clientSecret.toUtf8()));

    // The saved address itself still gets its saved secret (the simulator answers as Go Cards).
    sync.start(QStringLiteral(TEMPCARDS_SYNC_BINARY), QStringList{QStringLiteral("--once")} + databaseArguments(t));
    REQUIRE(sync.waitForStarted());
    waitForExit(sync);
}
