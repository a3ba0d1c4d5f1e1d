// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SimulatorFaults.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace tempcards::sim {

struct SimulatorConfig
{
    QString clientId = QStringLiteral("demo");
    QString clientSecret = QStringLiteral("demo-secret");
    QString organisationId = QStringLiteral("demo-org");
    int tokenLifetimeSeconds = 3600;
    int idempotencyWindowSeconds = 24 * 3600; // how long an order's key answers with the first answer
    int responseDelayMs = 0;
    int productionStepMs = 0; // each production step takes this long; 0: only when a test advances it
    double failureRate = 0.0; // share of cards that fail in production
    quint32 seed = 1;
    QList<FaultRate> faultRates; // faults drawn for every request at these rates (none by default)
    quint32 faultSeed = 1;
};

// An HTTP answer before it is written.
struct SimReply
{
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

class SimulatorProduction;

// What the simulated Go Cards knows: tokens and accepted orders, with the contract's idempotency rules.
// Tests read the ledger to count what was really ordered. Not thread-safe; lives with the server.
class SimulatorLedger
{
public:
    struct Order
    {
        QString orderId;
        QString idempotencyKey;
        QByteArray body;
        QJsonObject response;
        QDateTime createdAt;
    };

    explicit SimulatorLedger(const SimulatorConfig &config);
    ~SimulatorLedger();
    const SimulatorConfig &config() const { return m_config; }

    SimReply issueToken(const QByteArray &body, const QDateTime &now);
    bool isTokenValid(const QByteArray &authorization, const QDateTime &now) const;
    void revokeTokens() { m_tokens.clear(); }

    SimReply placeOrder(const QString &idempotencyKey, const QByteArray &body, const QDateTime &now);
    // As if the key's window had passed (the key-expiry fault); the order itself is kept.
    void forgetKey(const QString &idempotencyKey) { m_orderByKey.remove(idempotencyKey); }
    // GET /api/v2/orders?externalId=…: the orders holding any of these cards, as their 201 answered.
    SimReply ordersHolding(const QStringList &externalIds) const;
    // GET /api/v2/order-log?since=…&after=…&limit=…: the orders created at or after `since`, oldest first,
    // those up to and including the order `after` left out (a page's last), at most `limit` (1 to 500).
    SimReply orderLog(const QString &since, const QString &after, const QString &limit) const;

    const QList<Order> &orders() const { return m_orders; }
    int orderedCardCount() const { return int(m_externalIds.size()); }
    // How many times an external id was accepted: more than once would be a double order.
    int timesOrdered(const QString &externalId) const { return m_orderedCount.value(externalId); }

    SimulatorProduction &production() { return *m_production; }
    const SimulatorProduction &production() const { return *m_production; }

    static SimReply error(int status, const QString &code, const QString &detail);

private:
    SimulatorConfig m_config;
    QHash<QString, QDateTime> m_tokens; // token -> expiry
    QList<Order> m_orders;
    QHash<QString, int> m_orderByKey;        // key -> index in m_orders, while the key is remembered
    QHash<QString, int> m_orderOfExternalId; // for ever
    QSet<QString> m_externalIds;
    QHash<QString, int> m_orderedCount;
    int m_nextCard = 1;
    std::unique_ptr<SimulatorProduction> m_production;
};

} // namespace tempcards::sim
