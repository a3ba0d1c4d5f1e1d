// SPDX-License-Identifier: Apache-2.0
// A batch Go Cards answered in a way that sending it again cannot change is held, and the others go on; an
// administrator sends it again or fails it, and a fail asks Go Cards first whether it holds the cards.
#include "BatchSyncScheduler.h"
#include "HeldBatches.h"
#include "OrderHelpers.h"
#include "SyncService.h"
#include "TempCardOptions.h"

#include <catch2/catch.hpp>

using namespace tempcards;
using namespace tempcards::test;
using sim::Fault;

namespace {

QList<HeldBatch> held(TestBackend &t)
{
    return await(t.backend().sync()->heldBatches());
}

Outcome decide(TestBackend &t, const Session &session, qint64 id, HeldBatch::Decision decision,
               const QString &reason = {})
{
    return await(t.backend().sync()->decide(session, id, decision, reason));
}

// The next run of the batch sync this process finishes (the one a decision asks for). Made before the
// decision, so a quick run cannot end unseen.
struct NextRun
{
    explicit NextRun(TestBackend &t)
    {
        QObject::connect(t.backend().sync(), &SyncService::runFinished, &context,
                         [this](const BatchSyncJob::Report &r) { report = r; });
    }
    BatchSyncJob::Report wait()
    {
        REQUIRE(waitFor([&] { return report.has_value(); }, 20000));
        return *report;
    }
    QObject context;
    std::optional<BatchSyncJob::Report> report;
};

QString failureReason(TestBackend &t, qint64 batchId)
{
    return SqlQuery(t.database().connection(),
                    QStringLiteral("SELECT DISTINCT failure_reason FROM cards WHERE batch_id = ?"))
        .bind(batchId)
        .scalar()
        .toString();
}

} // namespace

TEST_CASE("a batch Go Cards answers so that a resend cannot help is held, and the batches after it are sent",
          "[sync][held]")
{
    TestBackend t;
    const Session session = orderingOperator(t, true);
    t.setOption(TempCardOptions::BatchSize, 2);
    order(t, session, 6);
    t.simulator().queueFaults(QStringLiteral("/api/v2/orders"), {Fault::KeyReused});

    const BatchSyncJob::Report first = t.runSync();
    CHECK(first.batchesHeld == 1);
    CHECK(first.cardsOrdered == 4);
    CHECK(t.cardCount(QStringLiteral("ordered")) == 4);
    CHECK(t.cardCount(QStringLiteral("processing")) == 2); // never failed, never aborted: Go Cards may hold them
    const QList<HeldBatch> list = held(t);
    REQUIRE(list.size() == 1);
    CHECK(list.first().cards == 2);
    CHECK(list.first().sent);
    CHECK(list.first().reason.contains(QStringLiteral("different body")));
    CHECK(t.auditCount(QStringLiteral("order.batch"), QStringLiteral("failure")) == 1);
    CHECK(SyncStore::status(t.database().connection(), QDateTime::currentDateTimeUtc()).held == 1);

    // Later runs leave it alone, so it blocks nothing.
    const int posts = ordersAt(t);
    order(t, session, 1);
    const BatchSyncJob::Report second = t.runSync();
    CHECK(second.cardsOrdered == 1);
    CHECK(ordersAt(t) == posts + 1);

    // Sent again by an administrator's decision: this time Go Cards takes it.
    const Session admin = t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    NextRun run(t);
    const Outcome decided = decide(t, admin, list.first().id, HeldBatch::Decision::SendAgain);
    INFO(decided.message.toStdString());
    REQUIRE(decided.ok);
    const BatchSyncJob::Report third = run.wait();
    CHECK(third.decisionsCarriedOut == 1);
    CHECK(third.cardsOrdered == 2);
    CHECK(t.cardCount(QStringLiteral("ordered")) == 7);
    CHECK(held(t).isEmpty());
    CHECK(t.simulator().ledger().orderedCardCount() == 7);
}

TEST_CASE("failing a held batch fails its cards only when Go Cards holds none of them", "[sync][held]")
{
    TestBackend t;
    const Session session = orderingOperator(t, true);
    t.setOption(TempCardOptions::BatchSize, 2);
    order(t, session, 4);
    // The first order is refused before Go Cards takes it; the second is taken, and its answer is too large
    // to read, at every attempt of the run.
    t.simulator().queueFaults(QStringLiteral("/api/v2/orders"),
                              {Fault::KeyReused, Fault::OversizeBody, Fault::OversizeBody, Fault::OversizeBody});
    const BatchSyncJob::Report report = t.runSync();
    INFO(report.errorString.toStdString());
    REQUIRE(report.batchesHeld == 2);
    const QList<HeldBatch> list = held(t);
    REQUIRE(list.size() == 2);
    CHECK(t.simulator().ledger().orderedCardCount() == 2);

    const Session admin = t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    CHECK_FALSE(decide(t, admin, list.at(0).id, HeldBatch::Decision::Fail, QStringLiteral("  ")).ok);
    {
        NextRun run(t);
        REQUIRE(decide(t, admin, list.at(0).id, HeldBatch::Decision::Fail, QStringLiteral("layout withdrawn")).ok);
        // A second decision on the same batch waits for the first to be carried out.
        CHECK_FALSE(decide(t, admin, list.at(0).id, HeldBatch::Decision::SendAgain).ok);
        CHECK(run.wait().decisionsCarriedOut == 1);
    }
    NextRun run(t);
    REQUIRE(decide(t, admin, list.at(1).id, HeldBatch::Decision::Fail, QStringLiteral("no longer needed")).ok);
    CHECK(run.wait().decisionsCarriedOut == 1);

    // Go Cards never had the first: its cards fail with the reason and who gave it.
    CHECK(failureReason(t, list.at(0).id) == QStringLiteral("failed by ada: layout withdrawn"));
    // Go Cards holds the second: its cards are ordered with Go Cards' ids, not failed.
    CHECK(t.cardCount(QStringLiteral("failed")) == 2);
    CHECK(t.cardCount(QStringLiteral("ordered")) == 2);
    CHECK(SqlQuery(t.database().connection(),
                   QStringLiteral("SELECT COUNT(*) FROM cards WHERE batch_id = ? AND gocards_card_id IS NOT NULL"))
              .bind(list.at(1).id)
              .scalar()
              .toInt() == 2);
    CHECK(held(t).isEmpty());
    CHECK(SqlQuery(t.database().connection(),
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'order.batch' AND "
                                  "detail LIKE '%ada asked to fail it, but Go Cards holds it%'"))
              .scalar()
              .toInt() == 1);
}

TEST_CASE("only an administrator decides on a held batch", "[sync][held]")
{
    TestBackend t;
    const Session session = orderingOperator(t, true);
    order(t, session, 1);
    t.simulator().queueFaults(QStringLiteral("/api/v2/orders"), {Fault::KeyReused});
    t.runSync();
    const QList<HeldBatch> list = held(t);
    REQUIRE(list.size() == 1);
    const Outcome refused = decide(t, session, list.first().id, HeldBatch::Decision::SendAgain);
    CHECK_FALSE(refused.ok);
    CHECK(held(t).first().decision == HeldBatch::Decision::None);
    const Session auditor = t.createAccount(QStringLiteral("aud"), {Roles::Auditor});
    CHECK_FALSE(decide(t, auditor, list.first().id, HeldBatch::Decision::Fail, QStringLiteral("x")).ok);
    CHECK(t.cardCount(QStringLiteral("processing")) == 1);
}
