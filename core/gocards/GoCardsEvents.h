// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tempcards {

// One event of GET /api/v2/events, or the state of one card from GET /api/v2/cards/{id}: what Go Cards
// says about a card, in the client's terms.
struct CardReport
{
    QString cardId;
    QString externalId;
    QString state; // ORDERED, IN_PRODUCTION, PRODUCED or FAILED
    QString uid;   // reportData.uid, for PRODUCED
    QDateTime produced;
    QDateTime shipped;
    QString failureReason;
};

struct GoCardsEvent
{
    QString eventId;
    QString topic;
    CardReport card;
};

struct EventsPage
{
    QList<GoCardsEvent> events;
    QString nextCursor;
    int skipped = 0; // events that could not be read, or of an unknown topic; logged and passed over
};

namespace GoCardsEvents {
// The page, or nothing when it has no usable nextCursor. A single unreadable event does not stop the feed:
// it is logged, counted in skipped, and passed over.
std::optional<EventsPage> parsePage(const QJsonObject &json, QString *problem);
std::optional<CardReport> parseCard(const QJsonObject &json, QString *problem);
} // namespace GoCardsEvents

} // namespace tempcards
