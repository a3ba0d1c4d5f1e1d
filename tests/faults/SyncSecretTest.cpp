// SPDX-License-Identifier: Apache-2.0
// tempcards-sync started with another Go Cards address, as an insider with a workstation's database would:
// the secret saved for the saved address is not sent there. As a systemd service, the secret of its
// credential (LoadCredential=) is the one it sends.
#include "ClientOptions.h"
#include "GoCardsConnectionStore.h"
#include "OrderHelpers.h"
#include "SyncProcess.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

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

TEST_CASE("tempcards-sync as a systemd service orders with the secret of its credential", "[faults][security]")
{
    TestBackend t;
    const Session session = orderingOperator(t, true);
    order(t, session, 3);
    QTemporaryDir credentials;
    const auto runWithCredential = [&](const QByteArray &secret) {
        QFile file(QDir(credentials.path()).filePath(ClientOptions::SecretCredential));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(secret + '\n'); // as an administrator's echo writes it
        file.close();
        QProcess sync;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(ClientOptions::SecretVariable); // as systemd starts it: nothing in the environment
        environment.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials.path());
        sync.setProcessEnvironment(environment);
        sync.setProcessChannelMode(QProcess::MergedChannels);
        sync.start(QStringLiteral(TEMPCARDS_SYNC_BINARY),
                   QStringList{QStringLiteral("--once"), QStringLiteral("--gocards-url"),
                               t.goCardsConfig().baseUrl.toString()} +
                       databaseArguments(t));
        REQUIRE(sync.waitForStarted());
        REQUIRE(waitFor([&] { return sync.state() == QProcess::NotRunning; }, 30000));
        const QString said = QString::fromUtf8(sync.readAll());
        CHECK_FALSE(said.contains(QString::fromUtf8(secret))); // never in what it says
        return std::make_pair(sync.exitCode(), said);
    };

    // A wrong secret in the credential is the one sent: Go Cards refuses it and nothing is ordered.
    const auto [refusedCode, refusedSaid] = runWithCredential("not-the-secret");
    INFO(refusedSaid.toStdString());
    CHECK(refusedCode == 1);
    CHECK(t.cardCount(QStringLiteral("processing")) == 3);

    const auto [code, said] = runWithCredential(t.goCardsConfig().clientSecret.toUtf8());
    INFO(said.toStdString());
    CHECK(code == 0);
    CHECK(t.cardCount(QStringLiteral("ordered")) == 3);
}
