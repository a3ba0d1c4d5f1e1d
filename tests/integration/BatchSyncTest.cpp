// SPDX-License-Identifier: Apache-2.0
#include "OrderHelpers.h"
#include "RefreshCardJob.h"
#include "SyncLease.h"
#include "SyncStore.h"
#include "TempCardOptions.h"

#include <QJsonObject>

#include <catch2/catch.hpp>

#include <QSet>

using namespace tempcards;
using namespace tempcards::test;
using sim::Fault;

TEST_CASE("queued cards are ordered by the batch sync, split into batches of the configured size", "[sync]")
{
    TestBackend t;
    const Session session = orderingOperator(t, true);
    t.setOption(TempCardOptions::BatchSize, 2);
    order(t, session, 5);
    CHECK(t.cardCount(QStringLiteral("processing")) == 5);

    const BatchSyncJob::Report report = t.runSync();
    INFO(report.errorString);
    CHECK(report.errorString.isEmpty());
    CHECK(report.batchesSent == 3);
    CHECK(report.cardsOrdered == 5);
    CHECK(t.cardCount(QStringLiteral("ordered")) == 5);
    CHECK(t.simulator().ledger().orders().size() == 3);
    CHECK(t.simulator().ledger().orderedCardCount() == 5);
    // Oldest cards first: the first order holds cards 1 and 2.
    const QSqlDatabase db = t.database().connection();
    CHECK(SqlQuery(db, QStringLiteral("SELECT gocards_order_id FROM cards WHERE id = 1")).scalar() ==
          SqlQuery(db, QStringLiteral("SELECT gocards_order_id FROM cards WHERE id = 2")).scalar());
    const SyncStatus status = SyncStore::status(db, QDateTime::currentDateTimeUtc());
    CHECK(status.waiting == 0);
    CHECK(status.lastSuccess.isValid());
    CHECK_FALSE(status.lastRunFailed());
    CHECK(status.leaseHolder.isEmpty()); // released at the end of the run
    // Nothing left: a second run sends nothing.
    CHECK(t.runSync().batchesSent == 0);
}

TEST_CASE("an order Go Cards did not answer is sent again by the batch sync with its own key", "[sync]")
{
    TestBackend t;
    const Session session = orderingOperator(t, false);
    GoCardsConfig config = t.goCardsConfig();
    config.deadlineMs = 500; // a stalled answer is given up quickly
    t.setGoCardsConfig(config);
    // Go Cards commits the first attempt but never answers; then fails the retries.
    t.simulator().queueFaults(QStringLiteral("/api/v2/orders"),
                              {Fault::Stall, Fault::ServerError, Fault::ServerError, Fault::ServerError});
    const auto job = order(t, session, 3);
    CHECK(job->result() == OrderTemporaryCardsJob::Result::Pending);
    CHECK(job->message().contains(QStringLiteral("The batch sync sends it again with the same order key")));
    CHECK(t.simulator().ledger().orders().size() == 1); // the stalled attempt was committed at Go Cards

    const BatchSyncJob::Report report = t.runSync();
    CHECK(report.cardsOrdered == 3);
    CHECK(t.cardCount(QStringLiteral("ordered")) == 3);
    CHECK(t.simulator().ledger().orders().size() == 1);
    QSet<QString> keys;
    for (const auto &exchange : t.simulator().exchanges()) {
        if (exchange.path == QLatin1String("/api/v2/orders"))
            keys.insert(exchange.idempotencyKey);
    }
    CHECK(keys.size() == 1);
}

TEST_CASE("only one batch sync works on a database at a time", "[sync]")
{
    TestBackend t;
    const Session session = orderingOperator(t, true);
    order(t, session, 2);
    await(t.database().writer().run([](QSqlDatabase &db) {
        WriteTransaction transaction(db);
        const bool taken =
            SyncLease::acquire(db, QStringLiteral("elsewhere:1:abc"), QDateTime::currentDateTimeUtc(), 60).isHeld();
        transaction.commit();
        return taken;
    }));
    const BatchSyncJob::Report busy = t.runSync();
    CHECK(busy.leaseBusy);
    CHECK(t.simulator().exchanges().isEmpty());
    CHECK(SyncStore::status(t.database().connection(), QDateTime::currentDateTimeUtc()).leaseHolder ==
          QStringLiteral("elsewhere:1:abc"));

    // The holder died: once its lease has run out, this process takes over.
    SqlQuery::run(t.database().connection(),
                  QStringLiteral("UPDATE sync_lease SET expires_at = '2000-01-01T00:00:00.000Z'"));
    const BatchSyncJob::Report taken = t.runSync();
    CHECK_FALSE(taken.leaseBusy);
    CHECK(taken.cardsOrdered == 2);
}

TEST_CASE("a run of the batch sync sends what was queued when it began, so orders elsewhere cannot keep it going",
          "[sync]")
{
    TestBackend t;
    const Session session = orderingOperator(t, true);
    t.setOption(TempCardOptions::BatchSize, 1);
    order(t, session, 2);
    t.simulator().setResponseDelay(300);
    std::unique_ptr<BatchSyncJob> run(t.backend().sync()->newRun());
    bool finished = false;
    QObject context;
    QObject::connect(run.get(), &BatchSyncJob::finished, &context, [&] { finished = true; });
    run->start();
    REQUIRE(waitFor([&] { return ordersAt(t) == 1; }));
    order(t, session, 3); // another workstation's order, while the run is sending
    REQUIRE(waitFor([&] { return finished; }, 20000));
    CHECK(run->report().errorString.isEmpty());
    CHECK(run->report().cardsOrdered == 2);
    CHECK(t.cardCount(QStringLiteral("processing")) == 3);
    // The run recorded its end and gave the lease back; the next run takes the rest.
    CHECK(SyncStore::status(t.database().connection(), QDateTime::currentDateTimeUtc()).leaseHolder.isEmpty());
    CHECK(t.runSync().cardsOrdered == 3);
    CHECK(t.cardCount(QStringLiteral("ordered")) == 5);
}

TEST_CASE("cards follow production through the events feed, despite repeats and unknown cards", "[sync][events]")
{
    TestBackend t;
    const Session session = orderingOperator(t, false);
    REQUIRE(order(t, session, 3)->result() == OrderTemporaryCardsJob::Result::Ordered);
    sim::SimulatorProduction &production = t.simulator().production();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &card :
         {QStringLiteral("gc-00000001"), QStringLiteral("gc-00000002"), QStringLiteral("gc-00000003")})
        production.advanceCard(card, now);
    production.advanceCard(QStringLiteral("gc-00000001"), now);
    production.advanceCard(QStringLiteral("gc-00000002"), now, true);
    production.publish(QStringLiteral("CARD_PRODUCED"),
                       QJsonObject{{QStringLiteral("cardId"), QStringLiteral("gc-99999999")},
                                   {QStringLiteral("state"), QStringLiteral("PRODUCED")}},
                       now);
    production.duplicateEvents = true;
    production.reverseEvents = true;

    const BatchSyncJob::Report report = t.runSync();
    INFO(report.errorString);
    CHECK(report.errorString.isEmpty());
    CHECK(report.unknownEvents == 2); // the unknown card's event, delivered twice
    const QSqlDatabase db = t.database().connection();
    CHECK(t.cardState(1) == QStringLiteral("produced"));
    CHECK(t.cardState(2) == QStringLiteral("failed"));
    CHECK(t.cardState(3) == QStringLiteral("in_production"));
    CHECK(SqlQuery(db, QStringLiteral("SELECT report_uid FROM cards WHERE id = 1")).scalar().toString() ==
          production.find(QStringLiteral("gc-00000001"))->uid);
    CHECK(SqlQuery(db, QStringLiteral("SELECT failure_reason FROM cards WHERE id = 2"))
              .scalar()
              .toString()
              .contains(QStringLiteral("chip failed")));
    CHECK(SyncStore::value(db, SyncStore::EventsCursor) == QString::number(production.eventCount()));

    // Nothing new: the next run applies nothing and keeps the cursor.
    const BatchSyncJob::Report again = t.runSync();
    CHECK(again.eventsApplied == 0);
    CHECK(SyncStore::value(db, SyncStore::EventsCursor) == QString::number(production.eventCount()));
}

TEST_CASE("Refresh from Go Cards updates one card on demand", "[sync]")
{
    TestBackend t;
    const Session session = orderingOperator(t, false);
    order(t, session, 1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    t.simulator().production().advanceCard(QStringLiteral("gc-00000001"), now);
    t.simulator().production().advanceCard(QStringLiteral("gc-00000001"), now);

    std::unique_ptr<RefreshCardJob> job(t.backend().cards()->refresh(session, 1));
    bool finished = false;
    QObject::connect(job.get(), &RefreshCardJob::finished, [&] { finished = true; });
    job->start();
    REQUIRE(waitFor([&] { return finished; }));
    INFO(job->message());
    CHECK(job->ok());
    CHECK(job->message() == QStringLiteral("Card 1 is now produced."));
    CHECK(t.cardState(1) == QStringLiteral("produced"));
    CHECK(t.auditCount(QStringLiteral("card.refresh")) == 1);

    // A card Go Cards has not accepted yet cannot be asked about.
    t.setQueueTemporaryCards(true);
    order(t, session, 1);
    std::unique_ptr<RefreshCardJob> early(t.backend().cards()->refresh(session, 2));
    finished = false;
    QObject::connect(early.get(), &RefreshCardJob::finished, [&] { finished = true; });
    early->start();
    REQUIRE(waitFor([&] { return finished; }));
    CHECK_FALSE(early->ok());
    CHECK(early->message().contains(QStringLiteral("not been accepted")));
}

TEST_CASE("a failing run is recorded in words for the status bar, and cleared by the next good one", "[sync]")
{
    TestBackend t;
    const Session session = orderingOperator(t, true);
    order(t, session, 2);
    GoCardsConfig wrong = t.goCardsConfig();
    wrong.clientSecret = QStringLiteral("not-the-secret");
    t.setGoCardsConfig(wrong);
    const BatchSyncJob::Report failed = t.runSync();
    CHECK(failed.errorString.contains(QStringLiteral("refused the credentials")));
    SyncStatus status = t.backend().sync()->status();
    CHECK(status.lastRunFailed());
    CHECK(status.lastError.contains(QStringLiteral("refused the credentials")));
    CHECK(status.waiting == 2);
    CHECK(t.cardCount(QStringLiteral("processing")) == 2);

    t.setGoCardsConfig(t.goCardsConfig());
    CHECK(t.runSync().errorString.isEmpty());
    status = t.backend().sync()->status();
    CHECK_FALSE(status.lastRunFailed());
    CHECK(status.waiting == 0);
}
