// SPDX-License-Identifier: Apache-2.0
// Issue 6, part 4 (the contract's part): every field of every Go Cards answer missing, of the wrong type, huge,
// and every state field unknown. Each case has its expected outcome: refused with a reason naming what is
// wrong, a single event skipped (the feed goes on), or a text cut to its bound. Nothing is taken half-read.
#include "GoCardsEvents.h"
#include "GoCardsMessages.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

using namespace tempcards;

namespace {

enum class Kind { Missing, WrongType, Huge, UnknownState };
enum class Expect { Refused, Skipped, Cut };

const QString kHuge = QString(1000000, QLatin1Char('x'));

// `object` with the value at `path` (keys, and indexes into lists) removed or replaced.
QJsonValue changed(const QJsonValue &node, QStringList path, const std::optional<QJsonValue> &value)
{
    const QString step = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = step.toInt();
        array[index] = changed(array[index], path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty()) {
        if (value)
            object.insert(step, *value);
        else
            object.remove(step);
    } else {
        object.insert(step, changed(object.value(step), path, value));
    }
    return object;
}

std::optional<QJsonValue> hostile(Kind kind, const QJsonValue &original)
{
    switch (kind) {
    case Kind::Missing:
        return std::nullopt;
    case Kind::WrongType:
        return original.isString()  ? QJsonValue(42)
               : original.isArray() ? QJsonValue(QJsonObject{})
                                    : QJsonValue(QStringLiteral("x"));
    case Kind::Huge:
        return original.isDouble() ? QJsonValue(1e300) : QJsonValue(kHuge);
    case Kind::UnknownState:
        return QJsonValue(QStringLiteral("SHREDDED"));
    }
    return std::nullopt;
}

QJsonValue at(QJsonValue node, const QStringList &path)
{
    for (const QString &step : path)
        node = node.isArray() ? node.toArray().at(step.toInt()) : node.toObject().value(step);
    return node;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

const QJsonObject kToken = json(R"({"accessToken":"tok","tokenType":"Bearer","expiresIn":3600})");
const QJsonObject kOrder = json(R"({"orderId":"ord-1","createdAt":"2026-11-24T08:00:00.000Z",
    "cards":[{"externalId":"TC-1","cardId":"gc-1","state":"ORDERED"}]})");
const QJsonObject kCard = json(R"({"cardId":"gc-1","externalId":"TC-1","state":"PRODUCED",
    "reportData":{"uid":"04A1B2C3D4E5F6"},"produced":"2026-11-24T09:00:00.000Z","failureReason":""})");
const QJsonObject kPage = json(R"({"nextCursor":"c-2","events":[{"eventId":"ev-1","topic":"CARD_PRODUCED",
    "data":{"cardId":"gc-1","externalId":"TC-1","state":"PRODUCED","reportData":{"uid":"04A1B2C3D4E5F6"},
    "failureReason":""}}]})");

struct Case
{
    const char *answer; // token, order, card, events
    const char *path;   // dotted: keys, and indexes into lists
    Kind kind;
    Expect expect;
    const char *reason = ""; // part of the refusal's text
};

// The outcome of parsing the changed answer, and the refusal's reason.
std::pair<Expect, QString> parse(const Case &c, QString *cut)
{
    QString problem;
    const auto base = QString::fromLatin1(c.answer);
    const QJsonObject original = base == QLatin1String("token")   ? kToken
                                 : base == QLatin1String("order") ? kOrder
                                 : base == QLatin1String("card")  ? kCard
                                                                  : kPage;
    const QStringList path = QString::fromLatin1(c.path).split(QLatin1Char('.'));
    const QJsonObject answer = changed(original, path, hostile(c.kind, at(original, path))).toObject();
    if (base == QLatin1String("token"))
        return {GoCardsMessages::parseToken(answer, &problem) ? Expect::Cut : Expect::Refused, problem};
    if (base == QLatin1String("order"))
        return {GoCardsMessages::parseOrderResponse(answer, &problem) ? Expect::Cut : Expect::Refused, problem};
    if (base == QLatin1String("card")) {
        const auto card = GoCardsEvents::parseCard(answer, &problem);
        if (card)
            *cut = card->externalId.size() > 256 ? card->externalId : card->failureReason;
        return {card ? Expect::Cut : Expect::Refused, problem};
    }
    const auto page = GoCardsEvents::parsePage(answer, &problem);
    if (!page)
        return {Expect::Refused, problem};
    if (page->skipped == 1 && page->events.isEmpty())
        return {Expect::Skipped, {}};
    if (page->events.size() == 1)
        *cut = page->events.first().card.failureReason;
    return {Expect::Cut, {}};
}

} // namespace

TEST_CASE("every field of every Go Cards answer, missing, mistyped, huge or unknown, has its expected outcome",
          "[gocards][hostile]")
{
    const QList<Case> cases = {
        // POST /api/v2/auth/token
        {"token", "accessToken", Kind::Missing, Expect::Refused, "accessToken"},
        {"token", "accessToken", Kind::WrongType, Expect::Refused, "accessToken"},
        {"token", "accessToken", Kind::Huge, Expect::Refused, "accessToken"},
        {"token", "tokenType", Kind::Missing, Expect::Refused, "Bearer"},
        {"token", "tokenType", Kind::WrongType, Expect::Refused, "Bearer"},
        {"token", "tokenType", Kind::Huge, Expect::Refused, "Bearer"},
        {"token", "expiresIn", Kind::Missing, Expect::Refused, "expiresIn"},
        {"token", "expiresIn", Kind::WrongType, Expect::Refused, "expiresIn"},
        {"token", "expiresIn", Kind::Huge, Expect::Refused, "expiresIn"},
        // POST /api/v2/orders
        {"order", "orderId", Kind::Missing, Expect::Refused, "orderId"},
        {"order", "orderId", Kind::WrongType, Expect::Refused, "orderId"},
        {"order", "orderId", Kind::Huge, Expect::Refused, "orderId"},
        {"order", "createdAt", Kind::Missing, Expect::Refused, "createdAt"},
        {"order", "createdAt", Kind::WrongType, Expect::Refused, "createdAt"},
        {"order", "createdAt", Kind::Huge, Expect::Refused, "createdAt"},
        {"order", "cards", Kind::Missing, Expect::Refused, "cards"},
        {"order", "cards", Kind::WrongType, Expect::Refused, "cards"},
        {"order", "cards.0.externalId", Kind::Missing, Expect::Refused, "externalId"},
        {"order", "cards.0.externalId", Kind::WrongType, Expect::Refused, "externalId"},
        {"order", "cards.0.externalId", Kind::Huge, Expect::Refused, "externalId"},
        {"order", "cards.0.cardId", Kind::Missing, Expect::Refused, "cardId"},
        {"order", "cards.0.cardId", Kind::WrongType, Expect::Refused, "cardId"},
        {"order", "cards.0.cardId", Kind::Huge, Expect::Refused, "cardId"},
        {"order", "cards.0.state", Kind::Missing, Expect::Refused, "state"},
        {"order", "cards.0.state", Kind::WrongType, Expect::Refused, "state"},
        {"order", "cards.0.state", Kind::UnknownState, Expect::Refused, "SHREDDED"},
        // GET /api/v2/cards/{id}
        {"card", "cardId", Kind::Missing, Expect::Refused, "card id"},
        {"card", "cardId", Kind::WrongType, Expect::Refused, "card id"},
        {"card", "cardId", Kind::Huge, Expect::Refused, "card id"},
        {"card", "state", Kind::Missing, Expect::Refused, "state"},
        {"card", "state", Kind::WrongType, Expect::Refused, "state"},
        {"card", "state", Kind::UnknownState, Expect::Refused, "SHREDDED"},
        {"card", "reportData.uid", Kind::WrongType, Expect::Cut}, // not a text: no UID reported
        {"card", "reportData.uid", Kind::Huge, Expect::Refused, "UID"},
        {"card", "externalId", Kind::Huge, Expect::Cut},
        {"card", "failureReason", Kind::Huge, Expect::Cut},
        // GET /api/v2/events: the page, then one event (which is skipped, and the feed goes on)
        {"events", "nextCursor", Kind::Missing, Expect::Refused, "next cursor"},
        {"events", "nextCursor", Kind::WrongType, Expect::Refused, "next cursor"},
        {"events", "nextCursor", Kind::Huge, Expect::Refused, "next cursor"},
        {"events", "events", Kind::Missing, Expect::Refused, "events list"},
        {"events", "events", Kind::WrongType, Expect::Refused, "events list"},
        {"events", "events.0.topic", Kind::Missing, Expect::Skipped},
        {"events", "events.0.topic", Kind::WrongType, Expect::Skipped},
        {"events", "events.0.topic", Kind::UnknownState, Expect::Skipped},
        {"events", "events.0.data", Kind::Missing, Expect::Skipped},
        {"events", "events.0.data", Kind::WrongType, Expect::Skipped},
        {"events", "events.0.data.cardId", Kind::Missing, Expect::Skipped},
        {"events", "events.0.data.cardId", Kind::WrongType, Expect::Skipped},
        {"events", "events.0.data.cardId", Kind::Huge, Expect::Skipped},
        {"events", "events.0.data.state", Kind::Missing, Expect::Skipped},
        {"events", "events.0.data.state", Kind::UnknownState, Expect::Skipped},
        {"events", "events.0.data.reportData.uid", Kind::Huge, Expect::Skipped},
        {"events", "events.0.data.failureReason", Kind::Huge, Expect::Cut},
        {"events", "events.0.eventId", Kind::Huge, Expect::Cut},
    };
    for (const Case &c : cases) {
        QString cut;
        const auto [outcome, reason] = parse(c, &cut);
        INFO(c.answer << " " << c.path << " kind " << int(c.kind) << ": " << reason.toStdString());
        CHECK(outcome == c.expect);
        if (c.expect == Expect::Refused)
            CHECK(reason.contains(QLatin1String(c.reason)));
        if (c.kind == Kind::Huge && c.expect == Expect::Cut)
            CHECK(cut.size() <= 1000); // a million characters never reach the database or the window
    }
}
