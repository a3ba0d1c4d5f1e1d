// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SimulatorLedger.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace tempcards::sim {

// The cards the simulated Go Cards produces and the events it publishes about them, in cursor order.
// Cards move ORDERED -> IN_PRODUCTION -> PRODUCED, or FAILED at the failure rate. Tests can also publish
// any event they like (for unknown cards, out of order) and have pages delivered twice or reversed.
class SimulatorProduction
{
public:
    struct Card
    {
        QString cardId;
        QString externalId;
        QString orderId;
        QString state = QStringLiteral("ORDERED");
        QDateTime updatedAt;
        QDateTime produced;
        QDateTime shipped;
        QString failureReason;
        QString uid;
    };

    explicit SimulatorProduction(quint32 seed) : m_random(seed) {}

    void addOrdered(const QString &cardId, const QString &externalId, const QString &orderId, const QDateTime &now);
    // Moves every card whose last change is at least stepMs old one step on; returns how many moved.
    int advance(const QDateTime &now, qint64 stepMs, double failureRate);
    // Moves one card one step on, whatever its age; false when it cannot move.
    bool advanceCard(const QString &cardId, const QDateTime &now, bool fail = false);
    void publish(const QString &topic, const QJsonObject &data, const QDateTime &now);

    SimReply events(const QString &after, const QString &limit) const;
    SimReply card(const QString &cardId) const;
    const Card *find(const QString &cardId) const;
    int count(const QString &state) const;
    int eventCount() const { return int(m_events.size()); }
    const QHash<QString, Card> &cards() const { return m_cards; } // by Go Cards card id

    bool duplicateEvents = false; // every event of a page twice
    bool reverseEvents = false;   // a page's events in reverse order

private:
    struct Event
    {
        qint64 sequence;
        QString topic;
        QDateTime created;
        QJsonObject data;
    };
    QJsonObject cardData(const Card &card) const;
    QJsonObject eventJson(const Event &event) const;

    QHash<QString, Card> m_cards;
    QList<Event> m_events;
    QRandomGenerator m_random;
};

} // namespace tempcards::sim
