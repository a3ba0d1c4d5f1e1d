// SPDX-License-Identifier: Apache-2.0
// tempcards-sync killed with SIGKILL at the two moments that matter, then started again: every card is
// ordered exactly once (counted in the simulator's own ledger) and none is lost.
#include "OrderHelpers.h"
#include "SyncProcess.h"

#include <catch2/catch.hpp>

#include <QProcess>

using namespace tempcards;
using namespace tempcards::test;
using sim::Fault;

namespace {

int requestsTo(TestBackend &t, const QString &path)
{
    return ordersAt(t, path);
}

// What time does for a process that died: its lease runs out. Its batch claims are not touched: the next
// lease holder frees them when it takes over.
void checkEveryCardOrderedOnce(TestBackend &t, int cards)
{
    CHECK(t.cardCount() == cards);
    CHECK(t.cardCount(QStringLiteral("ordered")) == cards);
    CHECK(t.simulator().ledger().orderedCardCount() == cards);
    SqlQuery query(t.database().connection(), QStringLiteral("SELECT external_id FROM cards"));
    query.exec();
    while (query.next())
        CHECK(t.simulator().ledger().timesOrdered(query.value(0).toString()) == 1);
}

} // namespace

TEST_CASE("tempcards-sync killed after committing a batch, before sending it", "[faults][kill]")
{
    TestBackend t;
    const Session session = orderingOperator(t, true);
    order(t, session, 7);
    t.simulator().queueFaults(QStringLiteral("/api/v2/auth/token"), {Fault::Stall});

    auto sync = startSync(t);
    REQUIRE(waitFor([&] { return requestsTo(t, QStringLiteral("/api/v2/auth/token")) == 1; }, 20000));
    kill(*sync);
    // The batch and its key were committed; nothing reached Go Cards.
    CHECK(batchState(t) == QStringLiteral("pending"));
    CHECK(t.cardCount(QStringLiteral("processing")) == 7);
    CHECK(requestsTo(t, QStringLiteral("/api/v2/orders")) == 0);
    const QString key = SqlQuery(t.database().connection(), QStringLiteral("SELECT idempotency_key FROM order_batches"))
                            .scalar()
                            .toString();

    lapseLease(t);
    auto again = startSync(t);
    waitForExit(*again);
    checkEveryCardOrderedOnce(t, 7);
    CHECK(t.simulator().ledger().orders().size() == 1);
    CHECK(t.simulator().ledger().orders().first().idempotencyKey == key);
}

TEST_CASE("tempcards-sync killed after Go Cards took the order, before the answer was recorded", "[faults][kill]")
{
    TestBackend t;
    const Session session = orderingOperator(t, true);
    order(t, session, 5);
    t.simulator().queueFaults(QStringLiteral("/api/v2/orders"), {Fault::Stall});

    auto sync = startSync(t);
    REQUIRE(waitFor([&] { return requestsTo(t, QStringLiteral("/api/v2/orders")) == 1; }, 20000));
    kill(*sync);
    // Go Cards holds the order; the client does not know yet.
    CHECK(t.simulator().ledger().orders().size() == 1);
    CHECK(batchState(t) == QStringLiteral("sent"));
    CHECK(t.cardCount(QStringLiteral("processing")) == 5);
    // The dead process still claims the batch, until its lease runs out.
    CHECK(SqlQuery(t.database().connection(),
                   QStringLiteral("SELECT COUNT(*) FROM order_batches WHERE claimed_by IS NOT NULL"))
              .scalar()
              .toInt() == 1);

    lapseLease(t);
    auto again = startSync(t);
    waitForExit(*again);
    checkEveryCardOrderedOnce(t, 5);
    CHECK(t.simulator().ledger().orders().size() == 1); // the second send was a replay, not a new order
    CHECK(requestsTo(t, QStringLiteral("/api/v2/orders")) == 2);
}

TEST_CASE("a second tempcards-sync does nothing while the first holds the lease", "[faults][kill]")
{
    TestBackend t;
    const Session session = orderingOperator(t, true);
    order(t, session, 2);
    t.simulator().queueFaults(QStringLiteral("/api/v2/auth/token"), {Fault::Stall});
    auto first = startSync(t);
    REQUIRE(waitFor([&] { return requestsTo(t, QStringLiteral("/api/v2/auth/token")) == 1; }, 20000));
    auto second = startSync(t);
    waitForExit(*second);
    CHECK(requestsTo(t, QStringLiteral("/api/v2/auth/token")) == 1);
    kill(*first);
}
