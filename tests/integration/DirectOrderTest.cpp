// SPDX-License-Identifier: Apache-2.0
#include "OrderHelpers.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace tempcards;
using namespace tempcards::test;
using Result = OrderTemporaryCardsJob::Result;

TEST_CASE("queue off: the cards are ordered from the simulator at once", "[integration]")
{
    TestBackend t;
    const Session session = orderingOperator(t, false);
    const auto job = order(t, session, 3);
    INFO(job->message());
    CHECK(job->result() == Result::Ordered);
    CHECK(job->message().contains(QStringLiteral("3 temporary cards ordered")));
    CHECK(t.cardCount(QStringLiteral("ordered")) == 3);
    CHECK(t.cardCount() == 3);
    CHECK(batchState(t) == QStringLiteral("accepted"));
    CHECK(t.simulator().ledger().orderedCardCount() == 3);
    CHECK(t.simulator().ledger().orders().size() == 1);
    // Every card got its own Go Cards id and the order id, and the change is audited.
    CHECK(SqlQuery(t.database().connection(), QStringLiteral("SELECT COUNT(DISTINCT gocards_card_id) FROM cards WHERE "
                                                             "gocards_order_id = 'ord-000001'"))
              .scalar()
              .toInt() == 3);
    CHECK(t.auditCount(QStringLiteral("card.state")) == 6); // created, then ordered
    CHECK(t.auditCount(QStringLiteral("order.batch"), QStringLiteral("success")) == 1);
    // The request carried a request id and the batch's key.
    const auto &exchanges = t.simulator().exchanges();
    REQUIRE(exchanges.size() == 2); // token, order
    CHECK(exchanges.last().requestId.size() == 36);
    CHECK(exchanges.last().idempotencyKey ==
          SqlQuery(t.database().connection(), QStringLiteral("SELECT idempotency_key FROM order_batches"))
              .scalar()
              .toString());
}

TEST_CASE("queue on: the cards wait in processing and the simulator hears nothing", "[integration]")
{
    TestBackend t;
    const Session session = orderingOperator(t, true);
    const auto job = order(t, session, 9);
    CHECK(job->result() == Result::Queued);
    CHECK(t.cardCount(QStringLiteral("processing")) == 9);
    CHECK(t.simulator().exchanges().isEmpty());
    CHECK(t.simulator().ledger().orderedCardCount() == 0);
}

TEST_CASE("one token serves many orders until it is revoked: then the client logs in again once", "[integration]")
{
    TestBackend t;
    const Session session = orderingOperator(t, false);
    for (int i = 0; i < 3; ++i)
        CHECK(order(t, session, 1)->result() == Result::Ordered);
    CHECK(ordersAt(t, QStringLiteral("/api/v2/auth/token")) == 1);
    t.simulator().revokeTokens();
    CHECK(order(t, session, 2)->result() == Result::Ordered);
    CHECK(ordersAt(t, QStringLiteral("/api/v2/auth/token")) == 2);
    CHECK(t.simulator().ledger().orderedCardCount() == 5);
}

TEST_CASE("many orders at once: every card ordered exactly once", "[integration]")
{
    TestBackend t;
    const Session session = orderingOperator(t, false);
    std::vector<std::unique_ptr<OrderTemporaryCardsJob>> jobs;
    int finished = 0;
    for (int i = 1; i <= 9; ++i) {
        jobs.emplace_back(t.backend().ordering()->orderTemporaryCards(session, i));
        QObject::connect(jobs.back().get(), &OrderTemporaryCardsJob::finished, [&] { ++finished; });
        jobs.back()->start();
    }
    REQUIRE(waitFor([&] { return finished == 9; }));
    for (const auto &job : jobs)
        CHECK(job->result() == Result::Ordered);
    CHECK(t.cardCount(QStringLiteral("ordered")) == 45);
    CHECK(t.simulator().ledger().orderedCardCount() == 45);
    CHECK(t.simulator().ledger().orders().size() == 9);
}
