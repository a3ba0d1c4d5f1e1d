// SPDX-License-Identifier: Apache-2.0
// tempcards-sync killed with SIGKILL at the two moments that matter, then started again: every card is
// ordered exactly once (counted in the simulator's own ledger) and none is lost.
#include "OrderHelpers.h"

#include <catch2/catch.hpp>

#include <QProcess>

using namespace tempcards;
using namespace tempcards::test;
using sim::Fault;

namespace {

std::unique_ptr<QProcess> startSync(TestBackend &t)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TEMPCARDS_GOCARDS_CLIENT_SECRET"), t.goCardsConfig().clientSecret);
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(QStringLiteral(TEMPCARDS_SYNC_BINARY),
                   {QStringLiteral("--once"), QStringLiteral("--database"), t.databasePath(),
                    QStringLiteral("--gocards-url"), t.goCardsConfig().baseUrl.toString()});
    REQUIRE(process->waitForStarted());
    return process;
}

// The simulator lives in this process, so wait while running its event loop.
void waitForExit(QProcess &process)
{
    const bool exited = waitFor([&] { return process.state() == QProcess::NotRunning; }, 30000);
    INFO(process.readAll().toStdString());
    REQUIRE(exited);
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
}

int requestsTo(TestBackend &t, const QString &path)
{
    return ordersAt(t, path);
}

// What time does for a process that died: its lease and its batch claims run out.
void letClaimsExpire(TestBackend &t)
{
    SqlQuery::run(t.database().connection(),
                  QStringLiteral("UPDATE sync_lease SET expires_at = '2000-01-01T00:00:00.000Z'"));
    SqlQuery::run(t.database().connection(),
                  QStringLiteral("UPDATE order_batches SET claimed_until = '2000-01-01T00:00:00.000Z' "
                                 "WHERE claimed_until IS NOT NULL"));
}

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
    sync->kill(); // SIGKILL
    REQUIRE(waitFor([&] { return sync->state() == QProcess::NotRunning; }));
    // The batch and its key were committed; nothing reached Go Cards.
    CHECK(batchState(t) == QStringLiteral("pending"));
    CHECK(t.cardCount(QStringLiteral("processing")) == 7);
    CHECK(requestsTo(t, QStringLiteral("/api/v2/orders")) == 0);
    const QString key = SqlQuery(t.database().connection(), QStringLiteral("SELECT idempotency_key FROM order_batches"))
                            .scalar()
                            .toString();

    letClaimsExpire(t);
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
    sync->kill();
    REQUIRE(waitFor([&] { return sync->state() == QProcess::NotRunning; }));
    // Go Cards holds the order; the client does not know yet.
    CHECK(t.simulator().ledger().orders().size() == 1);
    CHECK(batchState(t) == QStringLiteral("sent"));
    CHECK(t.cardCount(QStringLiteral("processing")) == 5);

    letClaimsExpire(t);
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
    first->kill();
    REQUIRE(waitFor([&] { return first->state() == QProcess::NotRunning; }));
}
