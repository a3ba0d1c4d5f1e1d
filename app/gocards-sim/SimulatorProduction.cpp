// SPDX-License-Identifier: Apache-2.0
#include "SimulatorProduction.h"

#include <QJsonArray>

namespace tempcards::sim {

namespace {
QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

void SimulatorProduction::addOrdered(const QString &cardId, const QString &externalId, const QString &orderId,
                                     const QDateTime &now)
{
    Card card;
    card.cardId = cardId;
    card.externalId = externalId;
    card.orderId = orderId;
    card.updatedAt = now;
    m_cards.insert(cardId, card);
}

int SimulatorProduction::advance(const QDateTime &now, qint64 stepMs, double failureRate)
{
    QStringList due;
    for (const Card &card : std::as_const(m_cards)) {
        if ((card.state == QLatin1String("ORDERED") || card.state == QLatin1String("IN_PRODUCTION")) &&
            card.updatedAt.msecsTo(now) >= stepMs)
            due << card.cardId;
    }
    due.sort(); // a stable order, so the same run publishes the same events
    for (const QString &id : std::as_const(due)) {
        const bool fail =
            m_cards.value(id).state == QLatin1String("IN_PRODUCTION") && m_random.generateDouble() < failureRate;
        advanceCard(id, now, fail);
    }
    return int(due.size());
}

bool SimulatorProduction::advanceCard(const QString &cardId, const QDateTime &now, bool fail)
{
    auto it = m_cards.find(cardId);
    if (it == m_cards.end())
        return false;
    Card &card = *it;
    QString topic;
    if (card.state == QLatin1String("ORDERED")) {
        card.state = QStringLiteral("IN_PRODUCTION");
        topic = QStringLiteral("CARD_IN_PRODUCTION");
    } else if (card.state == QLatin1String("IN_PRODUCTION") && fail) {
        card.state = QStringLiteral("FAILED");
        card.failureReason = QStringLiteral("The chip failed its test after personalisation.");
        topic = QStringLiteral("CARD_FAILED");
    } else if (card.state == QLatin1String("IN_PRODUCTION")) {
        card.state = QStringLiteral("PRODUCED");
        card.produced = now;
        card.shipped = now;
        card.uid = QStringLiteral("04%1")
                       .arg(m_random.generate64() & Q_UINT64_C(0xFFFFFFFFFFFF), 12, 16, QLatin1Char('0'))
                       .toUpper();
        topic = QStringLiteral("CARD_PRODUCED");
    } else {
        return false;
    }
    card.updatedAt = now;
    publish(topic, cardData(card), now);
    return true;
}

void SimulatorProduction::publish(const QString &topic, const QJsonObject &data, const QDateTime &now)
{
    m_events.append({qint64(m_events.size()) + 1, topic, now, data});
}

QJsonObject SimulatorProduction::cardData(const Card &card) const
{
    QJsonObject data{{QStringLiteral("cardId"), card.cardId},
                     {QStringLiteral("externalId"), card.externalId},
                     {QStringLiteral("state"), card.state}};
    if (card.state == QLatin1String("PRODUCED")) {
        data.insert(QStringLiteral("produced"), iso(card.produced));
        data.insert(QStringLiteral("shipped"), iso(card.shipped));
        data.insert(QStringLiteral("reportData"), QJsonObject{{QStringLiteral("uid"), card.uid}});
    }
    if (card.state == QLatin1String("FAILED"))
        data.insert(QStringLiteral("failureReason"), card.failureReason);
    return data;
}

QJsonObject SimulatorProduction::eventJson(const Event &event) const
{
    return {{QStringLiteral("eventId"), QStringLiteral("evt-%1").arg(event.sequence)},
            {QStringLiteral("cursor"), QString::number(event.sequence)},
            {QStringLiteral("topic"), event.topic},
            {QStringLiteral("created"), iso(event.created)},
            {QStringLiteral("data"), event.data}};
}

SimReply SimulatorProduction::events(const QString &after, const QString &limitText) const
{
    bool ok = true;
    const qint64 start = after.isEmpty() ? 0 : after.toLongLong(&ok);
    if (!ok || start < 0)
        return SimulatorLedger::error(400, QStringLiteral("invalid_request"), QStringLiteral("unknown cursor"));
    const int limit = limitText.isEmpty() ? 100 : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > 1000)
        return SimulatorLedger::error(400, QStringLiteral("invalid_request"),
                                      QStringLiteral("limit must be 1 to 1000"));
    QJsonArray page;
    qint64 next = start;
    for (qint64 i = start; i < m_events.size() && page.size() < limit; ++i) {
        const QJsonObject event = eventJson(m_events.at(i));
        page.append(event);
        if (duplicateEvents)
            page.append(event);
        next = m_events.at(i).sequence;
    }
    if (reverseEvents) {
        QJsonArray reversed;
        for (qsizetype i = page.size() - 1; i >= 0; --i)
            reversed.append(page.at(i));
        page = reversed;
    }
    return {
        200, QJsonObject{{QStringLiteral("events"), page}, {QStringLiteral("nextCursor"), QString::number(next)}}, {}};
}

SimReply SimulatorProduction::card(const QString &cardId) const
{
    const Card *found = find(cardId);
    if (!found)
        return SimulatorLedger::error(404, QStringLiteral("not_found"), QStringLiteral("no such card"));
    QJsonObject json{
        {QStringLiteral("cardId"), found->cardId},
        {QStringLiteral("externalId"), found->externalId},
        {QStringLiteral("orderId"), found->orderId},
        {QStringLiteral("state"), found->state},
        {QStringLiteral("updatedAt"), iso(found->updatedAt)},
        {QStringLiteral("failureReason"),
         found->failureReason.isEmpty() ? QJsonValue() : QJsonValue(found->failureReason)},
        {QStringLiteral("reportData"),
         found->uid.isEmpty() ? QJsonValue() : QJsonValue(QJsonObject{{QStringLiteral("uid"), found->uid}})}};
    return {200, json, {}};
}

const SimulatorProduction::Card *SimulatorProduction::find(const QString &cardId) const
{
    const auto it = m_cards.constFind(cardId);
    return it == m_cards.cend() ? nullptr : &it.value();
}

int SimulatorProduction::count(const QString &state) const
{
    int n = 0;
    for (const Card &card : m_cards)
        n += card.state == state ? 1 : 0;
    return n;
}

} // namespace tempcards::sim
