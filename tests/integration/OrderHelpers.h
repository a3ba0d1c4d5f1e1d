// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "BatchSyncJob.h"
#include "OrderBatchStore.h"
#include "OrderTemporaryCardsJob.h"
#include "Sql.h"
#include "SyncService.h"
#include "TestBackend.h"
#include "TestSupport.h"

#include <memory>

namespace tempcards::test {

// An operator allowed to order, with queueing as given.
inline Session orderingOperator(TestBackend &t, bool queue)
{
    const Session session = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::OrderTemporaryCards);
    t.setQueueTemporaryCards(queue);
    return session;
}

// Runs "Order temporary cards" to its outcome.
inline std::unique_ptr<OrderTemporaryCardsJob> order(TestBackend &t, const Session &session, int amount,
                                                     int timeoutMs = 20000)
{
    std::unique_ptr<OrderTemporaryCardsJob> job(t.backend().ordering()->orderTemporaryCards(session, amount));
    bool finished = false;
    QObject context; // the connection ends with this scope
    QObject::connect(job.get(), &OrderTemporaryCardsJob::finished, &context, [&] { finished = true; });
    job->start();
    REQUIRE(waitFor([&] { return finished; }, timeoutMs));
    return job;
}

// "Try again" after Pending: the same batch sent again by a new job, which takes the place of `job`.
inline void retry(std::unique_ptr<OrderTemporaryCardsJob> &job)
{
    std::unique_ptr<OrderTemporaryCardsJob> again(job->retry());
    REQUIRE(again);
    bool finished = false;
    QObject context;
    QObject::connect(again.get(), &OrderTemporaryCardsJob::finished, &context, [&] { finished = true; });
    again->start();
    REQUIRE(waitFor([&] { return finished; }));
    job = std::move(again);
}

// A batch made from the queue (all of it) and not yet sent, as a batch sync stopped between the two, or a
// backup taken between them, leaves it.
inline qint64 pendingBatch(TestBackend &t)
{
    const GoCardsMessages::OrderTerms terms{t.goCardsConfig().organisationId, QStringLiteral("external"),
                                            QStringLiteral("temporary-card-default")};
    return await(t.database().writer().run([terms](QSqlDatabase &db) {
        WriteTransaction transaction(db);
        const qint64 id = OrderBatchStore::createFromQueue(db, 500, 1000000, terms, QStringLiteral("batch-sync"),
                                                           QDateTime::currentDateTimeUtc());
        transaction.commit();
        return id;
    }));
}

inline QString batchState(TestBackend &t)
{
    return SqlQuery(t.database().connection(),
                    QStringLiteral("SELECT state FROM order_batches ORDER BY id DESC LIMIT 1"))
        .scalar()
        .toString();
}

inline int ordersAt(TestBackend &t, const QString &path = QStringLiteral("/api/v2/orders"))
{
    int n = 0;
    for (const auto &exchange : t.simulator().exchanges())
        n += exchange.path == path ? 1 : 0;
    return n;
}

// One run of `backend`'s batch sync to its end (TestBackend::runSync() for a core of the test's own making).
inline BatchSyncJob::Report runSyncOf(Backend &backend)
{
    std::unique_ptr<BatchSyncJob> run(backend.sync()->newRun());
    bool ran = false;
    QObject context;
    QObject::connect(run.get(), &BatchSyncJob::finished, &context, [&] { ran = true; });
    run->start();
    REQUIRE(waitFor([&] { return ran; }, 30000));
    return run->report();
}

} // namespace tempcards::test
