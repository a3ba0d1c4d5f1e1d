// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SimulatorFaults.h"
#include "SimulatorLedger.h"
#include "SimulatorProduction.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSslConfiguration>
#include <QTimer>

namespace tempcards::sim {

// The Nexus GO Cards simulator: the contract of docs/gocards-api.md over real HTTP, on loopback
// unless told otherwise. Orders, cards and events are kept in memory (the ledger). With a production step
// configured, accepted cards move through production by themselves. Lives on one thread.
class GoCardsSimulator : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit GoCardsSimulator(const SimulatorConfig &config, QObject *parent = nullptr);

    // Serve HTTPS with this configuration (certificate, key, and for mutual TLS the CAs that client
    // certificates must chain to, with peer verification on). Call before listenOn().
    void useTls(const QSslConfiguration &configuration) { sslSetup(configuration); }
    // Returns the port, or 0 when it could not listen. Port 0 picks a free one.
    quint16 listenOn(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }

    void queueFaults(const QString &path, const QList<Fault> &faults, int retryAfterSeconds = 1);
    // The faults drawn at the configured rates so far (queued ones are not counted), by name.
    const FaultInjector &injector() const { return m_injector; }
    void setResponseDelay(int milliseconds) { m_delayMs = milliseconds; }
    void revokeTokens() { m_ledger.revokeTokens(); }
    const SimulatorLedger &ledger() const { return m_ledger; }
    // Production, for tests: advance cards, publish arbitrary events, change how pages are delivered.
    SimulatorProduction &production() { return m_ledger.production(); }

    struct Exchange
    {
        QString method;
        QString path;
        QString idempotencyKey;
        QString requestId;
        int status = 0; // 0: no answer written (dropped or stalled)
        QString fault;  // faultName() of the fault that struck it, if one did
    };
    const QList<Exchange> &exchanges() const { return m_exchanges; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SimReply route(const QHttpServerRequest &request, const QString &path, std::optional<Fault> fault);
    SimReply events(const QHttpServerRequest &request, std::optional<Fault> fault);
    // GET /_sim/ledger: what was accepted and injected, for tests that run the simulator as a process.
    SimReply ledgerReport() const;
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, const SimReply &reply,
                 std::optional<Fault> fault, int exchange);

    SimulatorLedger m_ledger;
    FaultInjector m_injector;
    int m_unknownCards = 0;
    QTimer m_productionTimer;
    int m_delayMs;
    quint16 m_port = 0;
    int m_retryAfterSeconds = 1;
    QHash<QString, QList<Fault>> m_faults;
    QSet<QString> m_keysInFlight;
    QList<Exchange> m_exchanges;
};

} // namespace tempcards::sim
