// SPDX-License-Identifier: Apache-2.0
// libFuzzer targets for the parsers of Go Cards' answers (docs/gocards-api.md), one executable per parser
// (TEMPCARDS_FUZZ_PARSER names it; built by scripts/fuzz.sh with AddressSanitizer and UndefinedBehaviorSanitizer).
// The input is an answer body, taken the way GoCardsRequestJob takes it: JSON, and only an object goes on to the
// parser. Whatever the body: no crash, no sanitizer report, a refusal always says why, and what is accepted
// keeps the promises the rest of the client relies on (ids present and bounded, states known, UIDs hex).
#include "GoCardsEvents.h"
#include "GoCardsMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>

using namespace tempcards;

namespace {

[[noreturn]] void violated(const char *what)
{
    std::fprintf(stderr, "property violated: %s\n", what);
    std::abort();
}

bool isId(const QString &id)
{
    return !id.isEmpty() && id.size() <= 256;
}

void checkCard(const CardReport &card)
{
    static const QStringList states = {QStringLiteral("ORDERED"), QStringLiteral("IN_PRODUCTION"),
                                       QStringLiteral("PRODUCED"), QStringLiteral("FAILED")};
    static const QRegularExpression uid(QStringLiteral("^[0-9A-F]{8,20}$"));
    if (!isId(card.cardId))
        violated("an accepted card has no id or one over 256 characters");
    if (!states.contains(card.state))
        violated("an accepted card has an unknown state");
    if (!card.uid.isEmpty() && !uid.match(card.uid).hasMatch())
        violated("an accepted UID is not 8 to 20 upper-case hexadecimal digits");
    if (card.externalId.size() > 256 || card.failureReason.size() > 1000)
        violated("an accepted text is longer than its bound");
}

void refusedWithReason(bool accepted, const QString &problem)
{
    if (!accepted && problem.isEmpty())
        violated("a refusal without a reason");
}

void parse(const QJsonObject &json)
{
    QString problem;
#if TEMPCARDS_FUZZ_PARSER == 1
    const auto token = GoCardsMessages::parseToken(json, &problem);
    refusedWithReason(token.has_value(), problem);
    if (token && (!isId(token->accessToken) || token->expiresInSeconds < 1 || token->expiresInSeconds > 7 * 24 * 3600))
        violated("an accepted token is empty or its lifetime out of range");
#elif TEMPCARDS_FUZZ_PARSER == 2
    const auto order = GoCardsMessages::parseOrderResponse(json, &problem);
    refusedWithReason(order.has_value(), problem);
    if (order) {
        if (!isId(order->orderId) || !order->createdAt.isValid())
            violated("an accepted order has no id or no date");
        for (const GoCardsMessages::OrderedCard &card : order->cards) {
            if (!isId(card.externalId) || !isId(card.cardId) || card.state != QLatin1String("ORDERED"))
                violated("an accepted ordered card lacks an id or is not ORDERED");
        }
    }
#elif TEMPCARDS_FUZZ_PARSER == 3
    const auto page = GoCardsEvents::parsePage(json, &problem);
    refusedWithReason(page.has_value(), problem);
    if (page) {
        if (!isId(page->nextCursor))
            violated("an accepted page has no next cursor");
        const qsizetype given = json.value(QStringLiteral("events")).toArray().size();
        if (page->skipped < 0 || page->events.size() + page->skipped != given)
            violated("events were neither taken nor counted as skipped");
        for (const GoCardsEvent &event : page->events)
            checkCard(event.card);
    }
#elif TEMPCARDS_FUZZ_PARSER == 4
    const auto card = GoCardsEvents::parseCard(json, &problem);
    refusedWithReason(card.has_value(), problem);
    if (card)
        checkCard(*card);
#else
#error "TEMPCARDS_FUZZ_PARSER must be 1 (token), 2 (order), 3 (events page) or 4 (card)"
#endif
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Skipped events are logged as warnings; at fuzzing speed that is only noise.
    QLoggingCategory::setFilterRules(QStringLiteral("tempcards.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return -1; // the client refuses answers over 1 MiB before parsing; keep runs fast
    QJsonParseError error{};
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (error.error == QJsonParseError::NoError && document.isObject())
        parse(document.object());
    return 0;
}
