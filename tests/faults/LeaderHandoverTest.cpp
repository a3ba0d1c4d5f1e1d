// SPDX-License-Identifier: Apache-2.0
// Two tempcards-sync services on one database: the one dispatching is killed, the other takes over once
// the lease has run out, and the order in flight is sent again with its own key, so Go Cards holds it once.
#include "OrderHelpers.h"
#include "SyncProcess.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <signal.h>

using namespace tempcards;
using namespace tempcards::test;
using sim::Fault;

namespace {
QString leaseHolder(TestBackend &t)
{
    return SqlQuery(t.database().connection(), QStringLiteral("SELECT holder FROM sync_lease")).scalar().toString();
}
} // namespace

TEST_CASE("when the dispatching tempcards-sync dies, another takes over within the lease and sends nothing twice",
          "[faults][kill][lease]")
{
    constexpr int kLeaseSeconds = 10;
    constexpr int kIntervalSeconds = 1;
    TestBackend t;
    const Session session = orderingOperator(t, true);
    order(t, session, 6);
    // The first order hangs at Go Cards after it was taken, the worst moment to die.
    t.simulator().queueFaults(QStringLiteral("/api/v2/orders"), {Fault::Stall});
    const QStringList service{QStringLiteral("--interval"), QString::number(kIntervalSeconds),
                              QStringLiteral("--lease"), QString::number(kLeaseSeconds)};

    auto leader = startSync(t, service);
    REQUIRE(waitFor([&] { return ordersAt(t) == 1; }, 20000));
    const QString firstHolder = leaseHolder(t);
    REQUIRE_FALSE(firstHolder.isEmpty());
    auto standby = startSync(t, service);
    // The standby runs every second and finds the lease taken.
    waitFor([] { return false; }, 2500);
    CHECK(ordersAt(t) == 1);
    CHECK(leaseHolder(t) == firstHolder);

    kill(*leader);
    QElapsedTimer sinceKill;
    sinceKill.start();
    REQUIRE(waitFor([&] { return ordersAt(t) == 2; }, (kLeaseSeconds + 10) * 1000));
    const qint64 takeoverMs = sinceKill.elapsed();
    REQUIRE(waitFor([&] { return t.cardCount(QStringLiteral("ordered")) == 6; }, 20000));
    kill(*standby);

    // The lease was last renewed at most a third of it before the kill; the standby looks every second.
    CHECK(takeoverMs <= (kLeaseSeconds + kIntervalSeconds + 2) * 1000);
    CHECK(t.simulator().ledger().orders().size() == 1); // the standby's send was answered as a replay
    CHECK(t.simulator().ledger().orderedCardCount() == 6);
    CHECK(ordersAt(t) == 2);
    CHECK(t.cardCount() == 6);
    WARN("leader handover: the standby sent the dead leader's order again "
         << takeoverMs << " ms after the kill (lease " << kLeaseSeconds << " s)");
}

TEST_CASE("a tempcards-sync paused past its lease sends nothing when it wakes, and its successor sends each card once",
          "[faults][kill][lease]")
{
    constexpr int kLeaseSeconds = 10;
    TestBackend t;
    const Session session = orderingOperator(t, true);
    order(t, session, 4);
    t.simulator().queueFaults(QStringLiteral("/api/v2/orders"), {Fault::Stall});
    const QStringList service{QStringLiteral("--interval"), QStringLiteral("1"), QStringLiteral("--lease"),
                              QString::number(kLeaseSeconds)};

    // Go Cards took the first order and the holder waits for the answer: then it is stopped, as a virtual
    // machine is paused or a process swapped out.
    auto paused = startSync(t, service);
    const bool posted = waitFor([&] { return ordersAt(t) == 1; }, 20000);
    INFO(paused->readAll().toStdString());
    REQUIRE(posted);
    REQUIRE(::kill(pid_t(paused->processId()), SIGSTOP) == 0);
    auto successor = startSync(t, service);
    REQUIRE(waitFor([&] { return t.cardCount(QStringLiteral("ordered")) == 4; }, (kLeaseSeconds + 15) * 1000));
    order(t, session, 3);
    REQUIRE(waitFor([&] { return t.cardCount(QStringLiteral("ordered")) == 7; }, 20000));
    const int postsBeforeWaking = ordersAt(t);

    // It wakes with its answer overdue and its renewal late, and more cards arrive in the queue.
    REQUIRE(::kill(pid_t(paused->processId()), SIGCONT) == 0);
    order(t, session, 2);
    REQUIRE(waitFor([&] { return t.cardCount(QStringLiteral("ordered")) == 9; }, 20000));
    waitFor([] { return false; }, 3000);         // time for the woken process to send, if it would
    CHECK(ordersAt(t) == postsBeforeWaking + 1); // the successor's order of the last two cards, nothing else
    const QString said = QString::fromUtf8(paused->readAll());
    kill(*paused);
    kill(*successor);
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral("lost its lease")));
    CHECK(t.simulator().ledger().orders().size() == 3); // the successor's resend of the first was a replay
    CHECK(t.simulator().ledger().orderedCardCount() == 9);
    SqlQuery cards(t.database().connection(), QStringLiteral("SELECT external_id, state FROM cards"));
    cards.exec();
    while (cards.next()) {
        CHECK(t.simulator().ledger().timesOrdered(cards.value(0).toString()) == 1);
        CHECK(cards.value(1).toString() == QStringLiteral("ordered"));
    }
}
