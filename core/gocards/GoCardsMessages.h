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

// The bodies of ../shared/gocards-api.md, built and checked in one place. Parsers accept exactly what the
// contract promises and report the first missing or mistyped field.
namespace GoCardsMessages {

QByteArray tokenRequest(const QString &clientId, const QString &clientSecret, const QString &organisationId);

struct Token
{
    QString accessToken;
    int expiresInSeconds = 0;
};
std::optional<Token> parseToken(const QJsonObject &json, QString *problem);

// The order body: compact JSON, keys in a fixed order, so the same batch always sends the same bytes.
QByteArray orderRequest(const QString &organisationId, const QString &productionType, const QString &layoutId,
                        const QStringList &externalIds);

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

} // namespace GoCardsMessages

} // namespace tempcards
