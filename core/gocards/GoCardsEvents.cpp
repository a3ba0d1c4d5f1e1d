// SPDX-License-Identifier: Apache-2.0
#include "GoCardsEvents.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace tempcards {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tempcards::GoCardsEvents", text);
}

const QStringList kStates = {QStringLiteral("ORDERED"), QStringLiteral("IN_PRODUCTION"), QStringLiteral("PRODUCED"),
                             QStringLiteral("FAILED")};

bool isId(const QJsonValue &value)
{
    return value.isString() && !value.toString().isEmpty() && value.toString().size() <= 256;
}

// The card's part of an event's data or of a card answer.
std::optional<CardReport> readCard(const QJsonObject &json, QString *problem)
{
    CardReport card;
    if (!isId(json.value(QStringLiteral("cardId")))) {
        *problem = tr("the card id is missing or not valid");
        return std::nullopt;
    }
    card.cardId = json.value(QStringLiteral("cardId")).toString();
    card.externalId = json.value(QStringLiteral("externalId")).toString().left(256);
    card.state = json.value(QStringLiteral("state")).toString();
    if (!kStates.contains(card.state)) {
        *problem = tr("the card state \"%1\" is unknown").arg(card.state.left(40));
        return std::nullopt;
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{8,20}$"));
    const QString uid = json.value(QStringLiteral("reportData")).toObject().value(QStringLiteral("uid")).toString();
    if (!uid.isEmpty()) {
        if (!hex.match(uid).hasMatch()) {
            *problem = tr("the reported chip UID is not 8 to 20 hexadecimal digits");
            return std::nullopt;
        }
        card.uid = uid.toUpper();
    }
    card.produced = QDateTime::fromString(json.value(QStringLiteral("produced")).toString(), Qt::ISODateWithMs);
    card.shipped = QDateTime::fromString(json.value(QStringLiteral("shipped")).toString(), Qt::ISODateWithMs);
    card.failureReason = json.value(QStringLiteral("failureReason")).toString().left(1000);
    return card;
}

} // namespace

std::optional<EventsPage> GoCardsEvents::parsePage(const QJsonObject &json, QString *problem)
{
    const QJsonValue next = json.value(QStringLiteral("nextCursor"));
    const QJsonValue events = json.value(QStringLiteral("events"));
    if (!isId(next) || !events.isArray()) {
        *problem = tr("the events page has no events list or no next cursor");
        return std::nullopt;
    }
    static const QStringList topics = {QStringLiteral("CARD_IN_PRODUCTION"), QStringLiteral("CARD_PRODUCED"),
                                       QStringLiteral("CARD_FAILED")};
    EventsPage page;
    page.nextCursor = next.toString();
    for (const QJsonValue &value : events.toArray()) {
        const QJsonObject object = value.toObject();
        GoCardsEvent event;
        event.eventId = object.value(QStringLiteral("eventId")).toString().left(256);
        event.topic = object.value(QStringLiteral("topic")).toString();
        QString why;
        const auto card = readCard(object.value(QStringLiteral("data")).toObject(), &why);
        if (!topics.contains(event.topic) || !card) {
            qCWarning(lcGoCards) << "skipping event" << event.eventId << event.topic.left(40) << why;
            ++page.skipped;
            continue;
        }
        event.card = *card;
        page.events << event;
    }
    return page;
}

std::optional<CardReport> GoCardsEvents::parseCard(const QJsonObject &json, QString *problem)
{
    return readCard(json, problem);
}

} // namespace tempcards
