// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tempcards {

// The bodies of docs/gocards-api.md, built and checked in one place. Parsers accept exactly what the
// contract promises and report the first missing or mistyped field.
namespace GoCardsMessages {

QByteArray tokenRequest(const QString &clientId, const QString &clientSecret, const QString &organisationId);

struct Token
{
    QString accessToken;
    int expiresInSeconds = 0;
};
std::optional<Token> parseToken(const QJsonObject &json, QString *problem);

// What an order asks for besides its cards; one set per batch, kept in its body.
struct OrderTerms
{
    QString organisationId;
    QString productionType;
    QString layoutId;
};
// The order body: compact JSON, keys in a fixed order, so the same batch always sends the same bytes. The one
// encoder of it: every batch that is made or rebuilt (OrderBatchStore) is written here.
QByteArray orderRequest(const QString &organisationId, const QString &productionType, const QString &layoutId,
                        const QStringList &externalIds);
inline QByteArray orderRequest(const OrderTerms &terms, const QStringList &externalIds)
{
    return orderRequest(terms.organisationId, terms.productionType, terms.layoutId, externalIds);
}
// The terms of a body orderRequest() wrote, to rebuild it with other cards; empty fields where it has none.
OrderTerms orderTermsOf(const QByteArray &body);

struct OrderedCard
{
    QString externalId;
    QString cardId;
    QString state;
};
struct OrderResponse
{
    QString orderId;
    QDateTime createdAt;
    QList<OrderedCard> cards;
};
std::optional<OrderResponse> parseOrderResponse(const QJsonObject &json, QString *problem);
// The external ids an order body names, in its order.
QStringList orderExternalIds(const QByteArray &body);
// Whether `order` holds exactly the cards `body` orders: Go Cards answers a key with such an order only.
bool ordersExactly(const OrderResponse &order, const QByteArray &body);
// GET /api/v2/orders?externalId=…: {"orders": [ <as parseOrderResponse> ]}.
std::optional<QList<OrderResponse>> parseOrdersList(const QJsonObject &json, QString *problem);
// GET /api/v2/order-log: the same list, and whether more orders follow the last (`more`, false when absent).
std::optional<QList<OrderResponse>> parseOrderLog(const QJsonObject &json, bool *more, QString *problem);

} // namespace GoCardsMessages

} // namespace tempcards
