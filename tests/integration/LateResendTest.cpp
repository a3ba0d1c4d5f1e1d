// SPDX-License-Identifier: Apache-2.0
// A batch sent again after Go Cards forgot its idempotency key (24 hours in the contract, seconds here) is
// refused as already ordered. The client then asks Go Cards which orders hold its cards, and takes Go Cards'
// own order as the answer; only a batch none of whose cards Go Cards holds fails.
#include "OrderHelpers.h"

#include <catch2/catch.hpp>

#include <QThread>

using namespace tempcards;
using namespace tempcards::test;
using sim::Fault;

namespace {

TestBackend::Options shortMemory()
{
    TestBackend::Options options;
    options.simulator.idempotencyWindowSeconds = 1;
    return options;
}

// The first send reaches Go Cards and its answer is lost; so are the retries of this run. (One more server
// error than retries: the network stack may resend a POST once by itself when a connection closes
// unanswered, and a fault left over only delays the next run's resend.)
void sendAndLoseTheAnswer(TestBackend &t)
{
    t.simulator().queueFaults(QStringLiteral("/api/v2/orders"),
                              {Fault::DropAfterCommit, Fault::ServerError, Fault::ServerError, Fault::ServerError});
    const BatchSyncJob::Report lost = t.runSync();
    REQUIRE_FALSE(lost.errorString.isEmpty());
    REQUIRE(batchState(t) == QStringLiteral("sent"));
    REQUIRE(t.simulator().ledger().orders().size() == 1);
    QThread::msleep(1100); // Go Cards forgets the key
}

} // namespace

TEST_CASE("a resend after Go Cards forgot the key takes Go Cards' own order, and fails no card", "[sync][resend]")
{
    TestBackend t(shortMemory());
    const Session session = orderingOperator(t, true);
    order(t, session, 5);
    sendAndLoseTheAnswer(t);

    const BatchSyncJob::Report report = t.runSync();
    INFO(report.errorString.toStdString());
    CHECK(report.errorString.isEmpty());
    CHECK(report.cardsOrdered == 5);
    CHECK(report.cardsFailed == 0);
    CHECK(t.cardCount(QStringLiteral("ordered")) == 5);
    CHECK(t.cardCount(QStringLiteral("failed")) == 0);
    CHECK(batchState(t) == QStringLiteral("accepted"));
    // The resend was refused; the lookup found the one order; its card ids are the ones Go Cards made.
    const auto &exchanges = t.simulator().exchanges();
    CHECK(std::any_of(exchanges.cbegin(), exchanges.cend(), [](const auto &exchange) {
        return exchange.path == QLatin1String("/api/v2/orders") && exchange.status == 400;
    }));
    CHECK(t.simulator().ledger().orders().size() == 1);
    const auto &made = t.simulator().ledger().production().cards();
    SqlQuery cards(t.database().connection(), QStringLiteral("SELECT external_id, gocards_card_id FROM cards"));
    cards.exec();
    while (cards.next()) {
        CHECK(t.simulator().ledger().timesOrdered(cards.value(0).toString()) == 1);
        const auto card = made.constFind(cards.value(1).toString());
        REQUIRE(card != made.cend());
        CHECK(card->externalId == cards.value(0).toString());
    }
    CHECK(SqlQuery(t.database().connection(),
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'order.batch' AND detail LIKE "
                                  "'%found at Go Cards after it refused the order sent again%'"))
              .scalar()
              .toInt() == 1);
}

TEST_CASE("a resend refused for a batch whose cards Go Cards does not hold fails them, as a first send would",
          "[sync][resend]")
{
    TestBackend t(shortMemory());
    const Session session = orderingOperator(t, true);
    order(t, session, 3);
    // Nothing reaches Go Cards in the first run; the resend is refused for a reason of its own.
    t.simulator().queueFaults(QStringLiteral("/api/v2/orders"),
                              {Fault::ServerError, Fault::ServerError, Fault::ServerError});
    t.runSync();
    REQUIRE(batchState(t) == QStringLiteral("sent"));
    REQUIRE(t.simulator().ledger().orders().isEmpty());
    t.simulator().queueFaults(QStringLiteral("/api/v2/orders"), {Fault::InvalidRequest});

    const BatchSyncJob::Report report = t.runSync();
    CHECK(report.cardsFailed == 3);
    CHECK(t.cardCount(QStringLiteral("failed")) == 3);
    CHECK(batchState(t) == QStringLiteral("refused"));
    CHECK(ordersAt(t, QStringLiteral("/api/v2/orders")) == 4 + 1); // the lookup is a GET on the same path
}

TEST_CASE("the key-expiry fault makes Go Cards forget one order's key, and the resend is settled the same way",
          "[sync][resend]")
{
    TestBackend t; // Go Cards remembers keys for 24 hours, except the one the fault strikes
    const Session session = orderingOperator(t, true);
    order(t, session, 4);
    t.simulator().queueFaults(QStringLiteral("/api/v2/orders"),
                              {Fault::DropAfterCommit, Fault::ServerError, Fault::ServerError, Fault::ServerError});
    REQUIRE_FALSE(t.runSync().errorString.isEmpty());
    REQUIRE(batchState(t) == QStringLiteral("sent"));
    t.simulator().queueFaults(QStringLiteral("/api/v2/orders"), {Fault::KeyExpiry});

    const BatchSyncJob::Report report = t.runSync();
    INFO(report.errorString.toStdString());
    CHECK(report.errorString.isEmpty());
    CHECK(t.cardCount(QStringLiteral("ordered")) == 4);
    CHECK(t.cardCount(QStringLiteral("failed")) == 0);
    CHECK(t.simulator().ledger().orders().size() == 1);
    const auto &exchanges = t.simulator().exchanges();
    CHECK(std::any_of(exchanges.cbegin(), exchanges.cend(), [](const auto &exchange) {
        return exchange.fault == QLatin1String("key-expiry") && exchange.status == 400;
    }));
}
