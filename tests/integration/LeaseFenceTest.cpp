// SPDX-License-Identifier: Apache-2.0
// The batch sync's lease as a fence: a holder whose lease another process took sends nothing, makes no batch
// and stores no events, while the lease's holder does all three; a successor takes over claims only once
// they have lapsed.
#include "DispatchBatchJob.h"
#include "EventsFeed.h"
#include "HeldBatchDecisionJob.h"
#include "HeldBatches.h"
#include "OrderBatchStore.h"
#include "OrderHelpers.h"
#include "SyncLease.h"
#include "SyncStore.h"

#include <catch2/catch.hpp>

#include <QThread>

using namespace tempcards;
using namespace tempcards::test;

namespace {

LeaseTicket take(TestBackend &t, const QString &holder, int seconds)
{
    return await(t.database().writer().run([holder, seconds](QSqlDatabase &db) {
        WriteTransaction transaction(db);
        const LeaseTicket ticket = SyncLease::acquire(db, holder, QDateTime::currentDateTimeUtc(), seconds);
        transaction.commit();
        return ticket;
    }));
}

// Another process takes the lease as a successor would once it had run out (the holder may not know yet).
LeaseTicket takeOver(TestBackend &t, const QString &successor)
{
    SqlQuery::run(t.database().connection(),
                  QStringLiteral("UPDATE sync_lease SET expires_at = '2000-01-01T00:00:00.000Z'"));
    return take(t, successor, 60);
}

qint64 batchFromQueue(TestBackend &t, const LeaseTicket &lease, bool *fenced)
{
    const GoCardsMessages::OrderTerms terms{t.goCardsConfig().organisationId, QStringLiteral("external"),
                                            QStringLiteral("temporary-card-default")};
    return await(t.database().writer().run([lease, fenced, terms](QSqlDatabase &db) -> qint64 {
        WriteTransaction transaction(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        *fenced = !SyncLease::heldUntil(db, lease, now).isValid();
        if (*fenced)
            return 0;
        const qint64 id = OrderBatchStore::createFromQueue(db, 500, 1000000, terms, QStringLiteral("batch-sync"), now);
        transaction.commit();
        return id;
    }));
}

DispatchBatchJob::Result dispatchUnder(TestBackend &t, qint64 batchId, const LeaseTicket &lease)
{
    DispatchBatchJob job(t.backend().context(), batchId, QStringLiteral("batch-sync"), RetryPolicy{});
    job.setLease(lease);
    bool done = false;
    QObject::connect(&job, &DispatchBatchJob::finished, [&] { done = true; });
    job.start();
    REQUIRE(waitFor([&] { return done; }, 20000));
    INFO(job.errorString().toStdString());
    return job.result();
}

QString claimedUntil(TestBackend &t, qint64 batchId)
{
    return SqlQuery(t.database().connection(), QStringLiteral("SELECT claimed_until FROM order_batches WHERE id = ?"))
        .bind(batchId)
        .scalar()
        .toString();
}

} // namespace

TEST_CASE("a batch sync whose lease was taken over sends nothing, makes no batch and stores no events", "[sync][lease]")
{
    TestBackend t;
    const Session session = orderingOperator(t, true);
    order(t, session, 3);
    const LeaseTicket paused = take(t, t.backend().context().holder, 60);
    REQUIRE(paused.isHeld());
    bool fenced = true;
    const qint64 batch = batchFromQueue(t, paused, &fenced);
    REQUIRE_FALSE(fenced);
    REQUIRE(batch > 0);

    // While this holder was paused, its lease ran out and another process took it.
    const LeaseTicket successor = takeOver(t, QStringLiteral("successor:2:b"));
    REQUIRE(successor.isHeld());
    CHECK(successor.epoch == paused.epoch + 1);

    CHECK(dispatchUnder(t, batch, paused) == DispatchBatchJob::Result::LeaseLost);
    CHECK(ordersAt(t) == 0);
    CHECK(batchState(t) == QStringLiteral("pending")); // never marked sent, so an abort may still take it
    order(t, session, 2);
    CHECK(batchFromQueue(t, paused, &fenced) == 0);
    CHECK(fenced);
    const auto stored = await(t.database().writer().run([&](QSqlDatabase &db) {
        EventsPage page;
        page.nextCursor = QStringLiteral("cursor-of-the-past");
        return EventsFeed::applyPage(db, *t.backend().context().audit, QStringLiteral("batch-sync"),
                                     QDateTime::currentDateTimeUtc(), page, paused)
            .has_value();
    }));
    CHECK_FALSE(stored);
    CHECK(SyncStore::value(t.database().connection(), SyncStore::EventsCursor).isEmpty());
    const bool renewed = await(t.database().writer().run([&](QSqlDatabase &db) {
        WriteTransaction transaction(db);
        const bool kept = SyncLease::renew(db, paused, QDateTime::currentDateTimeUtc(), 60);
        transaction.commit();
        return kept;
    }));
    CHECK_FALSE(renewed);

    // The lease's holder does all of it.
    CHECK(dispatchUnder(t, batch, successor) == DispatchBatchJob::Result::Accepted);
    CHECK(batchFromQueue(t, successor, &fenced) > 0);
    CHECK_FALSE(fenced);
    CHECK(t.simulator().ledger().orderedCardCount() == 3);
}

TEST_CASE("claims made under the lease run out with it, and a successor takes only lapsed claims", "[sync][lease]")
{
    TestBackend t;
    const Session session = orderingOperator(t, true);
    order(t, session, 2);
    const QString holder = t.backend().context().holder;
    const LeaseTicket lease = take(t, holder, 2);
    bool fenced = true;
    const qint64 underLease = batchFromQueue(t, lease, &fenced);
    order(t, session, 1);
    const qint64 direct = batchFromQueue(t, lease, &fenced);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    await(t.database().writer().run([&](QSqlDatabase &db) {
        WriteTransaction transaction(db);
        const QString key = OrderBatchStore::load(db, underLease)->idempotencyKey;
        REQUIRE(OrderBatchStore::markSent(db, underLease, key, holder, now, now.addSecs(600), lease) ==
                OrderBatchStore::Mark::Marked);
        // The same process sending an order at once, outside the lease: its claim keeps its own time.
        const QString directKey = OrderBatchStore::load(db, direct)->idempotencyKey;
        REQUIRE(OrderBatchStore::markSent(db, direct, directKey, holder, now, now.addSecs(600)) ==
                OrderBatchStore::Mark::Marked);
        transaction.commit();
        return true;
    }));
    const QString leaseUntil =
        SqlQuery(t.database().connection(), QStringLiteral("SELECT expires_at FROM sync_lease")).scalar().toString();
    CHECK(claimedUntil(t, underLease) == leaseUntil);

    // A renewal moves the lease's claims on and leaves a longer claim as it is.
    const QString directUntil = claimedUntil(t, direct);
    await(t.database().writer().run([&](QSqlDatabase &db) {
        WriteTransaction transaction(db);
        REQUIRE(SyncLease::renew(db, lease, QDateTime::currentDateTimeUtc(), 2));
        transaction.commit();
        return true;
    }));
    CHECK(claimedUntil(t, underLease) ==
          SqlQuery(t.database().connection(), QStringLiteral("SELECT expires_at FROM sync_lease")).scalar().toString());
    CHECK(claimedUntil(t, underLease) > leaseUntil);
    CHECK(claimedUntil(t, direct) == directUntil);

    // The holder dies; a successor takes the lease once it has run out, and with it only the lapsed claim.
    QThread::msleep(2100);
    const LeaseTicket successor = take(t, QStringLiteral("successor:2:b"), 60);
    REQUIRE(successor.isHeld());
    const QDateTime later = QDateTime::currentDateTimeUtc();
    const qint64 first = OrderBatchStore::nextUnresolved(t.database().connection(), 0, successor.holder, later);
    CHECK(first == underLease);
    CHECK(OrderBatchStore::nextUnresolved(t.database().connection(), first, successor.holder, later) == 0);
}

TEST_CASE("a decision on a held batch is carried out only under the lease it was started under", "[sync][lease]")
{
    TestBackend t;
    const Session session = orderingOperator(t, true);
    order(t, session, 2);
    t.simulator().queueFaults(QStringLiteral("/api/v2/orders"), {sim::Fault::KeyReused});
    REQUIRE(t.runSync().batchesHeld == 1);
    const CoreContext &context = t.backend().context();
    const QSqlDatabase db = t.database().connection();
    const qint64 id = SqlQuery(db, QStringLiteral("SELECT id FROM order_batches")).scalar().toLongLong();
    const bool decided = await(t.database().writer().run([&](QSqlDatabase &writer) {
        WriteTransaction transaction(writer);
        const bool ok = HeldBatches::decide(writer, *context.audit, id, HeldBatch::Decision::Fail,
                                            QStringLiteral("not needed"), QStringLiteral("ada"));
        transaction.commit();
        return ok;
    }));
    REQUIRE(decided);
    const HeldBatch batch =
        await(t.database().writer().run([&](QSqlDatabase &writer) { return HeldBatches::nextDecided(writer, 0); }));
    REQUIRE(batch.id == id);

    const auto carryOut = [&](const LeaseTicket &lease) {
        HeldBatchDecisionJob job(context, batch, QStringLiteral("batch-sync"));
        job.setLease(lease);
        bool done = false;
        QObject::connect(&job, &HeldBatchDecisionJob::finished, [&] { done = true; });
        job.start();
        REQUIRE(waitFor([&] { return done; }, 20000));
        return job.outcome();
    };
    // Paused past its lease, the first holder wakes with Go Cards' answer (it holds none of the cards) and
    // fails nothing; the lease's holder carries the decision out.
    const LeaseTicket paused = take(t, context.holder, 60);
    const LeaseTicket successor = takeOver(t, QStringLiteral("successor:2:b"));
    CHECK(carryOut(paused) == HeldBatchDecisionJob::Outcome::LeaseLost);
    CHECK(t.cardCount(QStringLiteral("processing")) == 2);
    CHECK(carryOut(successor) == HeldBatchDecisionJob::Outcome::Failed);
    CHECK(t.cardCount(QStringLiteral("failed")) == 2);
}
