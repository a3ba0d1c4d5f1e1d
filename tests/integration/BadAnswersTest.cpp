// SPDX-License-Identifier: Apache-2.0
// Each bad answer of the issue, against the simulator on a real loopback port: the cards are never lost
// and never ordered twice, and the operator reads what happened and what happens next.
#include "GoCardsClient.h"
#include "OrderHelpers.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSet>
#include <QTcpServer>

using namespace tempcards;
using namespace tempcards::test;
using Result = OrderTemporaryCardsJob::Result;
using sim::Fault;

namespace {

const QString kOrders = QStringLiteral("/api/v2/orders");

// Every POST of the order used one key, and the simulator accepted the cards once.
void checkOneOrderOneKey(TestBackend &t, int cards)
{
    QSet<QString> keys;
    for (const auto &exchange : t.simulator().exchanges()) {
        if (exchange.path == kOrders)
            keys.insert(exchange.idempotencyKey);
    }
    CHECK(keys.size() == 1);
    CHECK(t.simulator().ledger().orders().size() == 1);
    CHECK(t.simulator().ledger().orderedCardCount() == cards);
    CHECK(t.cardCount(QStringLiteral("ordered")) == cards);
    CHECK(t.cardCount() == cards);
}

} // namespace

TEST_CASE("transient answers are retried with the same key until the order is accepted once", "[integration][faults]")
{
    const QList<Fault> faults = {Fault::ServerError,   Fault::Unavailable,  Fault::RateLimited,    Fault::KeyInUse,
                                 Fault::MalformedJson, Fault::OversizeBody, Fault::DropAfterCommit};
    for (const Fault fault : faults) {
        DYNAMIC_SECTION("fault " << int(fault))
        {
            TestBackend t;
            const Session session = orderingOperator(t, false);
            t.simulator().queueFaults(kOrders, {fault}, 0);
            const auto job = order(t, session, 4);
            INFO(job->message());
            CHECK(job->result() == Result::Ordered);
            CHECK(ordersAt(t) == 2);
            checkOneOrderOneKey(t, 4);
        }
    }
}

TEST_CASE("Retry-After is honoured before the next attempt", "[integration][faults]")
{
    TestBackend t;
    const Session session = orderingOperator(t, false);
    t.simulator().queueFaults(kOrders, {Fault::Unavailable}, 1);
    QElapsedTimer timer;
    timer.start();
    const auto job = order(t, session, 1);
    CHECK(job->result() == Result::Ordered);
    CHECK(timer.elapsed() >= 1000);
    checkOneOrderOneKey(t, 1);
}

TEST_CASE("a server that keeps failing leaves the cards in processing: Try again orders them once",
          "[integration][faults]")
{
    TestBackend t; // four attempts per run
    const Session session = orderingOperator(t, false);
    t.simulator().queueFaults(kOrders,
                              {Fault::ServerError, Fault::ServerError, Fault::ServerError, Fault::ServerError});
    auto job = order(t, session, 2);
    CHECK(job->result() == Result::Pending);
    CHECK(job->message().contains(QStringLiteral("problem on its side (HTTP 500")));
    CHECK(job->message().contains(QStringLiteral("same order key")));
    CHECK(t.cardCount(QStringLiteral("processing")) == 2);
    CHECK(batchState(t) == QStringLiteral("sent"));
    CHECK(ordersAt(t) == 4);
    CHECK(t.simulator().ledger().orderedCardCount() == 0);

    retry(job);
    CHECK(job->result() == Result::Ordered);
    checkOneOrderOneKey(t, 2);
}

TEST_CASE("a lost answer after Go Cards committed the order is resolved by the replay, not a second order",
          "[integration][faults]")
{
    TestBackend::Options options;
    options.deadlineMs = 800; // the stalled answer is given up quickly
    TestBackend t(options);
    const Session session = orderingOperator(t, false);
    t.simulator().queueFaults(kOrders, {Fault::Stall});
    const auto job = order(t, session, 5);
    CHECK(job->result() == Result::Ordered);
    checkOneOrderOneKey(t, 5);
}

TEST_CASE("a redirect is refused, never followed, and nothing is ordered", "[integration][faults]")
{
    TestBackend t;
    const Session session = orderingOperator(t, false);
    t.simulator().queueFaults(kOrders, {Fault::Redirect});
    const auto job = order(t, session, 2);
    CHECK(job->result() == Result::Pending);
    CHECK(job->message().contains(QStringLiteral("redirect to http://elsewhere.example")));
    CHECK(ordersAt(t) == 1);
    CHECK(t.cardCount(QStringLiteral("processing")) == 2);
    CHECK(t.simulator().ledger().orderedCardCount() == 0);
}

TEST_CASE("Go Cards refusing the order fails its cards with the reason", "[integration][faults]")
{
    TestBackend t;
    const Session session = orderingOperator(t, false);
    t.simulator().queueFaults(kOrders, {Fault::InvalidRequest});
    const auto job = order(t, session, 3);
    CHECK(job->result() == Result::Failed);
    CHECK(job->message().contains(QStringLiteral("layout withdrawn")));
    CHECK(t.cardCount(QStringLiteral("failed")) == 3);
    CHECK(batchState(t) == QStringLiteral("refused"));
    CHECK(SqlQuery(t.database().connection(), QStringLiteral("SELECT failure_reason FROM cards LIMIT 1"))
              .scalar()
              .toString()
              .contains(QStringLiteral("layout withdrawn")));
    // One POST; before failing the cards the client asked Go Cards whether it holds any of them.
    const auto &exchanges = t.simulator().exchanges();
    CHECK(std::count_if(exchanges.cbegin(), exchanges.cend(), [](const auto &exchange) {
              return exchange.method == QLatin1String("POST") && exchange.path == kOrders;
          }) == 1);
    CHECK(std::count_if(exchanges.cbegin(), exchanges.cend(), [](const auto &exchange) {
              return exchange.method == QLatin1String("GET") && exchange.path == kOrders;
          }) == 1);
}

TEST_CASE("a reused-key report stops at once and is reported as a fault of tempcards", "[integration][faults]")
{
    TestBackend t;
    const Session session = orderingOperator(t, false);
    t.simulator().queueFaults(kOrders, {Fault::KeyReused});
    const auto job = order(t, session, 1);
    CHECK(job->result() == Result::Pending);
    CHECK(job->message().contains(QStringLiteral("fault in tempcards")));
    CHECK(ordersAt(t) == 1);
    CHECK(t.cardCount(QStringLiteral("processing")) == 1);
}

TEST_CASE("wrong credentials: nothing is sent and nothing changes state", "[integration][faults]")
{
    TestBackend t;
    const Session session = orderingOperator(t, false);
    GoCardsConfig config = t.goCardsConfig();
    config.clientSecret = QStringLiteral("wrong");
    t.setGoCardsConfig(config);
    const auto job = order(t, session, 2);
    CHECK(job->result() == Result::Pending);
    CHECK(job->message().contains(QStringLiteral("refused the credentials")));
    CHECK(job->message().contains(QStringLiteral("Nothing was sent")));
    CHECK(ordersAt(t) == 0);
    CHECK(batchState(t) == QStringLiteral("pending"));
    CHECK(t.cardCount(QStringLiteral("processing")) == 2);
    CHECK(ordersAt(t, QStringLiteral("/api/v2/auth/token")) == 1); // not retried: it cannot get better by itself
}

TEST_CASE("an unreachable Go Cards: cards kept, retried, then reported", "[integration][faults]")
{
    TestBackend t;
    const Session session = orderingOperator(t, false);
    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    GoCardsConfig config = t.goCardsConfig();
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    t.setGoCardsConfig(config);
    auto job = order(t, session, 2);
    CHECK(job->result() == Result::Pending);
    CHECK(job->message().contains(QStringLiteral("could not be reached")));
    CHECK(batchState(t) == QStringLiteral("pending"));
    CHECK(t.cardCount(QStringLiteral("processing")) == 2);

    t.setGoCardsConfig(t.goCardsConfig()); // the administrator fixes the address
    retry(job);
    CHECK(job->result() == Result::Ordered);
    checkOneOrderOneKey(t, 2);
}

TEST_CASE("a malformed Go Cards URL sends nothing and says so", "[integration][faults]")
{
    TestBackend t;
    const Session session = orderingOperator(t, false);
    GoCardsConfig config = t.goCardsConfig();
    config.baseUrl = QUrl(QStringLiteral("http://gocards.example.com:8787"));
    t.setGoCardsConfig(config);
    const auto job = order(t, session, 1);
    CHECK(job->result() == Result::Pending);
    CHECK(job->message().contains(QStringLiteral("only https is allowed")));
    CHECK(t.simulator().exchanges().isEmpty());
    CHECK(t.cardCount(QStringLiteral("processing")) == 1);
}
