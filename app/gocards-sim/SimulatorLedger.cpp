// SPDX-License-Identifier: Apache-2.0
#include "SimulatorLedger.h"

#include "SimulatorProduction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace tempcards::sim {

namespace {

QJsonObject parseObject(const QByteArray &body, bool *ok)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

} // namespace

SimulatorLedger::SimulatorLedger(const SimulatorConfig &config)
    : m_config(config), m_production(std::make_unique<SimulatorProduction>(config.seed))
{}

SimulatorLedger::~SimulatorLedger() = default;

SimReply SimulatorLedger::error(int status, const QString &code, const QString &detail)
{
    return {status, QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("detail"), detail}}, {}};
}

SimReply SimulatorLedger::issueToken(const QByteArray &body, const QDateTime &now)
{
    bool ok = false;
    const QJsonObject request = parseObject(body, &ok);
    if (!ok)
        return error(400, QStringLiteral("invalid_request"), QStringLiteral("the body is not a JSON object"));
    if (request.value(QStringLiteral("clientId")).toString() != m_config.clientId ||
        request.value(QStringLiteral("clientSecret")).toString() != m_config.clientSecret ||
        request.value(QStringLiteral("organisationId")).toString() != m_config.organisationId)
        return error(401, QStringLiteral("invalid_client"), QStringLiteral("unknown client or wrong secret"));
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    m_tokens.insert(token, now.addSecs(m_config.tokenLifetimeSeconds));
    return {200,
            QJsonObject{{QStringLiteral("accessToken"), token},
                        {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
                        {QStringLiteral("expiresIn"), m_config.tokenLifetimeSeconds}},
            {}};
}

bool SimulatorLedger::isTokenValid(const QByteArray &authorization, const QDateTime &now) const
{
    if (!authorization.startsWith("Bearer "))
        return false;
    const auto it = m_tokens.constFind(QString::fromLatin1(authorization.mid(7)));
    return it != m_tokens.cend() && now < it.value();
}

SimReply SimulatorLedger::placeOrder(const QString &key, const QByteArray &body, const QDateTime &now)
{
    const QString invalid = QStringLiteral("invalid_request");
    if (key.isEmpty())
        return error(400, invalid, QStringLiteral("the Idempotency-Key header is required"));
    if (body.size() > 1024 * 1024)
        return error(400, invalid, QStringLiteral("the request body is larger than 1 MiB"));
    // A key older than the window is forgotten: from then on the same request is a new one.
    if (const auto old = m_orderByKey.constFind(key);
        old != m_orderByKey.cend() &&
        m_orders.at(old.value()).createdAt.secsTo(now) >= m_config.idempotencyWindowSeconds)
        m_orderByKey.remove(key);
    const auto known = m_orderByKey.constFind(key);
    if (known != m_orderByKey.cend()) {
        const Order &order = m_orders.at(known.value());
        if (order.body != body)
            return error(422, QStringLiteral("idempotency_key_reused"),
                         QStringLiteral("this Idempotency-Key was used with a different body"));
        return {201, order.response, {{"Idempotent-Replayed", "true"}}};
    }
    bool ok = false;
    const QJsonObject request = parseObject(body, &ok);
    if (!ok)
        return error(400, invalid, QStringLiteral("the body is not a JSON object"));
    if (request.value(QStringLiteral("organisationId")).toString() != m_config.organisationId)
        return error(400, invalid, QStringLiteral("unknown organisationId"));
    if (request.value(QStringLiteral("productionType")).toString() != QLatin1String("external"))
        return error(400, invalid, QStringLiteral("productionType must be \"external\""));
    if (request.value(QStringLiteral("layoutId")).toString().isEmpty())
        return error(400, invalid, QStringLiteral("layoutId is required"));
    const QJsonArray cards = request.value(QStringLiteral("cards")).toArray();
    if (cards.isEmpty() || cards.size() > 500)
        return error(400, invalid, QStringLiteral("an order holds 1 to 500 cards"));
    QStringList externalIds;
    QSet<QString> seen; // a list's contains() made a 500-card order cost 125,000 comparisons
    for (const QJsonValue &value : cards) {
        const QString id = value.toObject().value(QStringLiteral("externalId")).toString();
        if (id.isEmpty() || value.toObject().value(QStringLiteral("cardType")).toString() != QLatin1String("temporary"))
            return error(400, invalid, QStringLiteral("every card needs an externalId and cardType \"temporary\""));
        if (seen.contains(id) || m_externalIds.contains(id))
            return error(400, invalid, QStringLiteral("externalId %1 was already ordered").arg(id));
        seen.insert(id);
        externalIds << id;
    }

    Order order;
    order.orderId = QStringLiteral("ord-%1").arg(m_orders.size() + 1, 6, 10, QLatin1Char('0'));
    order.idempotencyKey = key;
    order.body = body;
    order.createdAt = now;
    QJsonArray accepted;
    for (const QString &id : std::as_const(externalIds)) {
        const QString cardId = QStringLiteral("gc-%1").arg(m_nextCard++, 8, 10, QLatin1Char('0'));
        accepted.append(QJsonObject{{QStringLiteral("externalId"), id},
                                    {QStringLiteral("cardId"), cardId},
                                    {QStringLiteral("state"), QStringLiteral("ORDERED")}});
        m_production->addOrdered(cardId, id, order.orderId, now);
        m_externalIds.insert(id);
        m_orderedCount[id] += 1;
        m_orderOfExternalId.insert(id, int(m_orders.size()));
    }
    order.response = QJsonObject{{QStringLiteral("orderId"), order.orderId},
                                 {QStringLiteral("createdAt"), now.toUTC().toString(Qt::ISODate)},
                                 {QStringLiteral("cards"), accepted}};
    m_orderByKey.insert(key, int(m_orders.size()));
    m_orders.append(order);
    return {201, order.response, {}};
}

SimReply SimulatorLedger::ordersHolding(const QStringList &externalIds) const
{
    if (externalIds.isEmpty() || externalIds.size() > 100)
        return error(400, QStringLiteral("invalid_request"), QStringLiteral("ask for 1 to 100 externalId values"));
    QList<int> found;
    for (const QString &id : externalIds) {
        const int index = m_orderOfExternalId.value(id, -1);
        if (index >= 0 && !found.contains(index))
            found << index;
    }
    std::sort(found.begin(), found.end());
    QJsonArray orders;
    for (const int index : std::as_const(found))
        orders << m_orders.at(index).response;
    return {200, QJsonObject{{QStringLiteral("orders"), orders}}, {}};
}

SimReply SimulatorLedger::orderLog(const QString &since, const QString &after, const QString &limit) const
{
    const QString invalid = QStringLiteral("invalid_request");
    const QDateTime from = QDateTime::fromString(since, Qt::ISODate);
    if (!from.isValid())
        return error(400, invalid, QStringLiteral("since must be an RFC 3339 time"));
    bool ok = false;
    const int count = limit.isEmpty() ? 100 : limit.toInt(&ok);
    if ((!limit.isEmpty() && !ok) || count < 1 || count > 500)
        return error(400, invalid, QStringLiteral("limit must be 1 to 500"));
    qsizetype start = 0;
    if (!after.isEmpty()) {
        const auto it = std::find_if(m_orders.cbegin(), m_orders.cend(),
                                     [&](const Order &order) { return order.orderId == after; });
        if (it == m_orders.cend())
            return error(400, invalid, QStringLiteral("after names no order"));
        start = (it - m_orders.cbegin()) + 1;
    }
    QJsonArray orders;
    bool more = false;
    for (qsizetype i = start; i < m_orders.size(); ++i) {
        if (m_orders.at(i).createdAt < from)
            continue;
        if (orders.size() == count) {
            more = true;
            break;
        }
        orders << m_orders.at(i).response;
    }
    return {200, QJsonObject{{QStringLiteral("orders"), orders}, {QStringLiteral("more"), more}}, {}};
}

} // namespace tempcards::sim
