// SPDX-License-Identifier: Apache-2.0
#include "Backoff.h"
#include "ClientOptions.h"
#include "GoCardsConfig.h"
#include "GoCardsError.h"
#include "GoCardsMessages.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace tempcards;

TEST_CASE("Go Cards URLs: https anywhere, http only to this computer", "[gocards]")
{
    for (const char *good : {"https://gocards.example.com", "https://gocards.example.com:8443/base/",
                             "http://127.0.0.1:8787", "http://localhost:1", "http://[::1]:8787"}) {
        INFO(good);
        CHECK(GoCardsConfig::checkUrl(QUrl(QString::fromLatin1(good))).isEmpty());
    }
    for (const char *bad :
         {"", "gocards.example.com", "ftp://gocards.example.com", "http://gocards.example.com", "http://10.0.0.1:8787",
          "https://user:pw@gocards.example.com", "https://gocards.example.com/?a=1", "https://", "not a url at all",
          "javascript:alert(1)"}) {
        INFO(bad);
        CHECK_FALSE(GoCardsConfig::checkUrl(QUrl(QString::fromLatin1(bad))).isEmpty());
    }
    GoCardsConfig config;
    config.baseUrl = QUrl(QStringLiteral("https://gocards.example.com/base/"));
    CHECK(config.endpoint(QStringLiteral("/api/v2/orders")).toString() ==
          QStringLiteral("https://gocards.example.com/base/api/v2/orders"));
    // Card ids arrive percent-encoded and stay so: one path segment, not encoded twice.
    const QUrl card = config.endpoint(QStringLiteral("/api/v2/cards/") +
                                      QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("a/b c%"))));
    CHECK(card.toString(QUrl::FullyEncoded) ==
          QStringLiteral("https://gocards.example.com/base/api/v2/cards/a%2Fb%20c%25"));
    CHECK_FALSE(config.check().isEmpty()); // credentials missing
}

TEST_CASE("the error table of the contract", "[gocards]")
{
    using E = GoCardsError;
    CHECK(GoCardsErrors::classify(201, {}) == E::None);
    CHECK(GoCardsErrors::classify(400, QStringLiteral("invalid_request")) == E::InvalidRequest);
    CHECK(GoCardsErrors::classify(401, QStringLiteral("invalid_client")) == E::InvalidClient);
    CHECK(GoCardsErrors::classify(401, QStringLiteral("invalid_token")) == E::InvalidToken);
    CHECK(GoCardsErrors::classify(409, QStringLiteral("idempotency_key_in_use")) == E::IdempotencyKeyInUse);
    CHECK(GoCardsErrors::classify(422, QStringLiteral("idempotency_key_reused")) == E::IdempotencyKeyReused);
    CHECK(GoCardsErrors::classify(429, QStringLiteral("rate_limited")) == E::RateLimited);
    CHECK(GoCardsErrors::classify(500, {}) == E::ServerError);
    CHECK(GoCardsErrors::classify(503, QStringLiteral("whatever")) == E::ServerError);
    CHECK(GoCardsErrors::classify(307, {}) == E::Redirect);
    CHECK(GoCardsErrors::classify(404, QStringLiteral("not_found")) == E::UnexpectedStatus);
    CHECK(GoCardsErrors::classify(400, QStringLiteral("other")) == E::UnexpectedStatus);
    // Retried: only what cannot make a second order and may succeed later.
    for (const E e :
         {E::IdempotencyKeyInUse, E::RateLimited, E::ServerError, E::Network, E::Timeout, E::BadResponse, E::TooLarge})
        CHECK(GoCardsErrors::isTransient(e));
    for (const E e : {E::InvalidRequest, E::InvalidClient, E::IdempotencyKeyReused, E::Redirect, E::UnexpectedStatus,
                      E::Configuration, E::Cancelled})
        CHECK_FALSE(GoCardsErrors::isTransient(e));
}

TEST_CASE("order bodies are byte-for-byte repeatable", "[gocards]")
{
    const QStringList ids = {QStringLiteral("a"), QStringLiteral("b")};
    const QByteArray body =
        GoCardsMessages::orderRequest(QStringLiteral("org"), QStringLiteral("external"), QStringLiteral("layout"), ids);
    CHECK(body == GoCardsMessages::orderRequest(QStringLiteral("org"), QStringLiteral("external"),
                                                QStringLiteral("layout"), ids));
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    CHECK(json.value(QStringLiteral("organisationId")) == QStringLiteral("org"));
    CHECK(json.value(QStringLiteral("cards")).toArray().size() == 2);
    CHECK(json.value(QStringLiteral("cards")).toArray().at(1).toObject().value(QStringLiteral("cardType")) ==
          QStringLiteral("temporary"));
}

TEST_CASE("order bodies are what QJsonDocument writes, whatever the ids hold", "[gocards]")
{
    QStringList ids{QStringLiteral("9f1c2d3e-0000-4000-8000-000000000001"), QStringLiteral("quote\" back\\slash"),
                    QStringLiteral("äöå 漢字 😀"), QStringLiteral("slash / and tab\t and newline\n")};
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    controls += QChar(0x7F);
    controls += QChar(0x2028);
    ids << controls << QString() << QString(QChar(0xD800)); // and a lone surrogate
    const auto expected = [](const QString &organisation, const QString &type, const QString &layout,
                             const QStringList &externalIds) {
        QJsonArray cards;
        for (const QString &id : externalIds)
            cards.append(QJsonObject{{QStringLiteral("cardType"), QStringLiteral("temporary")},
                                     {QStringLiteral("externalId"), id}});
        return QJsonDocument(QJsonObject{{QStringLiteral("organisationId"), organisation},
                                         {QStringLiteral("productionType"), type},
                                         {QStringLiteral("layoutId"), layout},
                                         {QStringLiteral("cards"), cards}})
            .toJson(QJsonDocument::Compact);
    };
    for (const QString &id : std::as_const(ids)) {
        INFO(id.toUtf8().toHex().toStdString());
        CHECK(GoCardsMessages::orderRequest(QStringLiteral("org \"1\""), QStringLiteral("external"), id, {id}) ==
              expected(QStringLiteral("org \"1\""), QStringLiteral("external"), id, {id}));
    }
    CHECK(GoCardsMessages::orderRequest(QStringLiteral("o"), QStringLiteral("t"), QStringLiteral("l"), ids) ==
          expected(QStringLiteral("o"), QStringLiteral("t"), QStringLiteral("l"), ids));
    CHECK(GoCardsMessages::orderRequest(QStringLiteral("o"), QStringLiteral("t"), QStringLiteral("l"), {}) ==
          expected(QStringLiteral("o"), QStringLiteral("t"), QStringLiteral("l"), {}));
}

TEST_CASE("order and token answers are checked field by field", "[gocards]")
{
    QString problem;
    const QJsonObject good{
        {QStringLiteral("orderId"), QStringLiteral("o1")},
        {QStringLiteral("createdAt"), QStringLiteral("2026-11-23T10:00:00Z")},
        {QStringLiteral("cards"), QJsonArray{QJsonObject{{QStringLiteral("externalId"), QStringLiteral("e1")},
                                                         {QStringLiteral("cardId"), QStringLiteral("c1")},
                                                         {QStringLiteral("state"), QStringLiteral("ORDERED")}}}}};
    const auto parsed = GoCardsMessages::parseOrderResponse(good, &problem);
    REQUIRE(parsed);
    CHECK(parsed->cards.first().cardId == QStringLiteral("c1"));

    auto without = [&](const QString &key) {
        QJsonObject o = good;
        o.remove(key);
        return o;
    };
    CHECK_FALSE(GoCardsMessages::parseOrderResponse(without(QStringLiteral("orderId")), &problem));
    CHECK(problem.contains(QStringLiteral("orderId")));
    CHECK_FALSE(GoCardsMessages::parseOrderResponse(without(QStringLiteral("createdAt")), &problem));
    CHECK_FALSE(GoCardsMessages::parseOrderResponse(without(QStringLiteral("cards")), &problem));
    QJsonObject wrongType = good;
    wrongType.insert(QStringLiteral("orderId"), 42);
    CHECK_FALSE(GoCardsMessages::parseOrderResponse(wrongType, &problem));
    QJsonObject huge = good;
    huge.insert(QStringLiteral("orderId"), QString(10000, QLatin1Char('x')));
    CHECK_FALSE(GoCardsMessages::parseOrderResponse(huge, &problem));
    QJsonObject unknownState = good;
    unknownState.insert(QStringLiteral("cards"),
                        QJsonArray{QJsonObject{{QStringLiteral("externalId"), QStringLiteral("e1")},
                                               {QStringLiteral("cardId"), QStringLiteral("c1")},
                                               {QStringLiteral("state"), QStringLiteral("SHREDDED")}}});
    CHECK_FALSE(GoCardsMessages::parseOrderResponse(unknownState, &problem));
    CHECK(problem.contains(QStringLiteral("SHREDDED")));

    const QJsonObject token{{QStringLiteral("accessToken"), QStringLiteral("t")},
                            {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
                            {QStringLiteral("expiresIn"), 3600}};
    CHECK(GoCardsMessages::parseToken(token, &problem)->expiresInSeconds == 3600);
    QJsonObject badToken = token;
    badToken.insert(QStringLiteral("expiresIn"), QStringLiteral("soon"));
    CHECK_FALSE(GoCardsMessages::parseToken(badToken, &problem));
    badToken = token;
    badToken.insert(QStringLiteral("tokenType"), QStringLiteral("MAC"));
    CHECK_FALSE(GoCardsMessages::parseToken(badToken, &problem));
    // Found by the token fuzzer: a fractional lifetime was read as 0 s, a token expired on arrival.
    QJsonObject fractional = token;
    fractional.insert(QStringLiteral("expiresIn"), 88888.888883);
    CHECK(GoCardsMessages::parseToken(fractional, &problem)->expiresInSeconds == 88888);
}

TEST_CASE("backoff: full jitter under a doubling, capped ceiling, never below Retry-After", "[gocards]")
{
    const RetryPolicy policy{10, 100, 1000, 60000};
    QRandomGenerator random(42);
    for (int failures = 1; failures <= 8; ++failures) {
        const int ceiling = qMin(1000, 100 << (failures - 1));
        int highest = 0;
        for (int i = 0; i < 300; ++i) {
            const int delay = Backoff::delayMs(policy, failures, -1, random);
            CHECK(delay >= 0);
            CHECK(delay <= ceiling);
            highest = qMax(highest, delay);
        }
        CHECK(highest > ceiling / 2); // it does spread over the range
    }
    for (int i = 0; i < 50; ++i)
        CHECK(Backoff::delayMs(policy, 1, 3, random) >= 3000);
}

TEST_CASE("client options: defaults reach the simulator, the secret comes from the environment", "[options]")
{
    QProcessEnvironment env;
    ClientOptions options = ClientOptions::parse({QStringLiteral("tempcards")}, env);
    CHECK(options.action == ClientOptions::Action::Run);
    CHECK(options.goCards.baseUrl == QUrl(QStringLiteral("http://127.0.0.1:8787")));
    CHECK(options.goCards.clientSecret == QStringLiteral("demo-secret"));
    CHECK(options.databasePath.endsWith(QStringLiteral("tempcards.sqlite")));

    env.insert(ClientOptions::SecretVariable, QStringLiteral("s3cret"));
    options = ClientOptions::parse({QStringLiteral("tempcards"), QStringLiteral("--database"),
                                    QStringLiteral("/tmp/x.sqlite"), QStringLiteral("--gocards-url"),
                                    QStringLiteral("https://gocards.example.com")},
                                   env);
    CHECK(options.action == ClientOptions::Action::Run);
    CHECK(options.goCards.clientSecret == QStringLiteral("s3cret"));
    CHECK(options.databasePath == QStringLiteral("/tmp/x.sqlite"));

    for (const QStringList &bad :
         {QStringList{QStringLiteral("--gocards-url"), QStringLiteral("http://gocards.example.com")},
          QStringList{QStringLiteral("--gocards-url"), QStringLiteral("::::")},
          QStringList{QStringLiteral("--database"), QStringLiteral("  ")},
          QStringList{QStringLiteral("--no-such-option")}, QStringList{QStringLiteral("stray")}}) {
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        options = ClientOptions::parse(QStringList{QStringLiteral("tempcards")} + bad, env);
        CHECK(options.action == ClientOptions::Action::Fail);
        CHECK_FALSE(options.text.isEmpty());
    }
    options = ClientOptions::parse({QStringLiteral("tempcards"), QStringLiteral("--help")}, env);
    CHECK(options.action == ClientOptions::Action::ShowText);
    CHECK(options.text.contains(QStringLiteral("--gocards-url")));
}

TEST_CASE("tempcards-sync's lease is 120 s unless --lease gives 10 to 3600 s", "[options]")
{
    const QProcessEnvironment env;
    auto sync = [&](const QStringList &arguments) {
        return ClientOptions::parse(QStringList{QStringLiteral("tempcards-sync")} + arguments, env,
                                    ClientOptions::Program::Sync);
    };
    CHECK(sync({}).leaseSeconds == 120);
    CHECK(sync({QStringLiteral("--lease"), QStringLiteral("10")}).leaseSeconds == 10);
    CHECK(sync({QStringLiteral("--lease"), QStringLiteral("3600")}).action == ClientOptions::Action::Run);
    for (const QString &bad :
         {QStringLiteral("9"), QStringLiteral("3601"), QStringLiteral("ten"), QStringLiteral("")}) {
        INFO(bad.toStdString());
        const ClientOptions options = sync({QStringLiteral("--lease"), bad});
        CHECK(options.action == ClientOptions::Action::Fail);
        CHECK(options.text.contains(QStringLiteral("--lease")));
    }
    // The client runs its batch sync between its own runs only; the option is tempcards-sync's.
    CHECK(ClientOptions::parse({QStringLiteral("tempcards"), QStringLiteral("--lease"), QStringLiteral("30")}, env)
              .action == ClientOptions::Action::Fail);
}

TEST_CASE("the client takes --checkpoints for its own batch sync, and pinning a key is for tempcards-sync", "[options]")
{
    const QProcessEnvironment env;
    const auto client = [&](const QStringList &arguments) {
        return ClientOptions::parse(QStringList{QStringLiteral("tempcards")} + arguments, env);
    };
    const ClientOptions options = client({QStringLiteral("--checkpoints"), QStringLiteral("/tmp/c.txt"),
                                          QStringLiteral("--checkpoint-every"), QStringLiteral("50")});
    CHECK(options.action == ClientOptions::Action::Run);
    CHECK(options.checkpointFile == QStringLiteral("/tmp/c.txt"));
    CHECK(options.checkpointEvery == 50);
    CHECK(options.checkpointKeyFile == ClientOptions::defaultCheckpointKeyPath());
    CHECK(client({QStringLiteral("--checkpoint-every"), QStringLiteral("0")}).action == ClientOptions::Action::Fail);
    CHECK(client({QStringLiteral("--checkpoint-public-key"), QStringLiteral("x")}).action ==
          ClientOptions::Action::Fail);
    CHECK(client({}).checkpointFile.isEmpty());
}

TEST_CASE("a list of orders is read order by order, and one bad order refuses the list with its reason", "[gocards]")
{
    const auto orderOf = [](const QString &id, const QString &externalId) {
        return QJsonObject{
            {QStringLiteral("orderId"), id},
            {QStringLiteral("createdAt"), QStringLiteral("2026-11-23T10:00:00Z")},
            {QStringLiteral("cards"), QJsonArray{QJsonObject{{QStringLiteral("externalId"), externalId},
                                                             {QStringLiteral("cardId"), id + QStringLiteral("-c")},
                                                             {QStringLiteral("state"), QStringLiteral("ORDERED")}}}}};
    };
    QString problem;
    const auto two = GoCardsMessages::parseOrdersList(
        QJsonObject{{QStringLiteral("orders"), QJsonArray{orderOf(QStringLiteral("o1"), QStringLiteral("e1")),
                                                          orderOf(QStringLiteral("o2"), QStringLiteral("e2"))}}},
        &problem);
    REQUIRE(two);
    REQUIRE(two->size() == 2);
    CHECK(two->at(1).cards.first().externalId == QStringLiteral("e2"));
    const auto none = GoCardsMessages::parseOrdersList(QJsonObject{{QStringLiteral("orders"), QJsonArray{}}}, &problem);
    REQUIRE(none);
    CHECK(none->isEmpty());

    CHECK_FALSE(GoCardsMessages::parseOrdersList(QJsonObject{}, &problem));
    CHECK(problem.contains(QStringLiteral("orders")));
    QJsonObject bad = orderOf(QStringLiteral("o3"), QStringLiteral("e3"));
    bad.remove(QStringLiteral("orderId"));
    CHECK_FALSE(GoCardsMessages::parseOrdersList(
        QJsonObject{{QStringLiteral("orders"), QJsonArray{orderOf(QStringLiteral("o1"), QStringLiteral("e1")), bad}}},
        &problem));
    CHECK(problem.contains(QStringLiteral("orderId")));

    const QByteArray body = GoCardsMessages::orderRequest(
        {QStringLiteral("o"), QStringLiteral("t"), QStringLiteral("l")}, {QStringLiteral("a"), QStringLiteral("b")});
    CHECK(GoCardsMessages::orderExternalIds(body) == QStringList{QStringLiteral("a"), QStringLiteral("b")});
}
