// SPDX-License-Identifier: Apache-2.0
// The batch sync run's ordering part (BatchSyncJob.cpp has the run's frame: the lease, the expiry pass,
// reconciling, the events feed, the reminders and the end): the held batches' decisions carried out, the
// batches left unresolved sent again, then the queue made into batches and each dispatched, one after another
// on the writer thread, each step ending in the next.
#include "BatchSyncJob.h"

#include "Clock.h"
#include "Database.h"
#include "DispatchBatchJob.h"
#include "HeldBatchDecisionJob.h"
#include "HeldBatches.h"
#include "Logging.h"
#include "OrderBatchStore.h"
#include "SyncStore.h"
#include "TempCardOptions.h"

namespace tempcards {

namespace {

constexpr qint64 kLeaseLost = -2;

} // namespace

void BatchSyncJob::decideAfter(qint64 batchId)
{
    if (isCancelRequested())
        return stopped();
    m_context.database->writer()
        .run([batchId](QSqlDatabase &db) {
            try {
                return std::optional<HeldBatch>(HeldBatches::nextDecided(db, batchId));
            } catch (const DatabaseError &) {
                return std::optional<HeldBatch>();
            }
        })
        .then(this, [this](const std::optional<HeldBatch> &next) {
            if (!next)
                return end(GoCardsError::None, tr("The database could not be read; see the log."));
            if (next->id == 0)
                return resendAfter(0);
            auto *job = new HeldBatchDecisionJob(m_context, *next, Actor, this);
            job->setLease(m_lease);
            m_decision = job;
            connect(job, &HeldBatchDecisionJob::changed, this, &BatchSyncJob::changed);
            connect(job, &HeldBatchDecisionJob::finished, this, [this, job, id = next->id] {
                job->deleteLater();
                if (job->outcome() == HeldBatchDecisionJob::Outcome::LeaseLost)
                    return leaseLost();
                ++m_report.decisionsCarriedOut;
                if (!job->errorString().isEmpty())
                    qCInfo(lcProcess) << "held batch" << id << job->errorString();
                decideAfter(id);
            });
            job->start();
        });
}

void BatchSyncJob::resendAfter(qint64 batchId)
{
    if (isCancelRequested())
        return stopped();
    const QString holder = m_context.holder;
    const Clock *clock = m_context.clock;
    m_context.database->writer()
        .run([batchId, holder, clock](QSqlDatabase &db) -> qint64 {
            try {
                return OrderBatchStore::nextUnresolved(db, batchId, holder, clock->nowUtc());
            } catch (const DatabaseError &) {
                return -1;
            }
        })
        .then(this, [this](qint64 next) {
            if (next < 0)
                return end(GoCardsError::None, tr("The database could not be read; see the log."));
            if (next == 0)
                return planNext();
            dispatch(next, [this, next] { resendAfter(next); });
        });
}

void BatchSyncJob::planNext()
{
    if (isCancelRequested())
        return stopped();
    if (m_dispatchStopped)
        return followEvents();
    const int size = qBound(1, m_batchSize, TempCardOptions::kMaxBatchSize);
    const GoCardsMessages::OrderTerms terms{m_organisationId, m_productionType, m_layoutId};
    const Clock *clock = m_context.clock;
    const qint64 upTo = m_newestCard;
    const LeaseTicket lease = m_lease;
    m_context.database->writer()
        .run([size, upTo, terms, clock, lease](QSqlDatabase &db) -> qint64 {
            try {
                WriteTransaction transaction(db);
                const QDateTime now = clock->nowUtc();
                if (!SyncLease::heldUntil(db, lease, now).isValid())
                    return kLeaseLost;
                const qint64 id = OrderBatchStore::createFromQueue(db, size, upTo, terms, Actor, now);
                transaction.commit();
                return id;
            } catch (const DatabaseError &) {
                return -1;
            }
        })
        .then(this, [this](qint64 batchId) {
            if (batchId == kLeaseLost)
                return leaseLost();
            if (batchId < 0)
                return end(GoCardsError::None, tr("The queue could not be turned into an order; see the log."));
            if (batchId == 0)
                return followEvents();
            dispatch(batchId, [this] { planNext(); });
        });
}

void BatchSyncJob::dispatch(qint64 batchId, const std::function<void()> &next)
{
    auto *job = new DispatchBatchJob(m_context, batchId, Actor, m_context.syncRetry, this);
    job->setLease(m_lease);
    m_dispatch = job;
    connect(job, &DispatchBatchJob::changed, this, &BatchSyncJob::changed);
    connect(job, &DispatchBatchJob::finished, this, [this, job, next] {
        job->deleteLater();
        ++m_report.batchesSent;
        switch (job->result()) {
        case DispatchBatchJob::Result::Accepted:
            m_report.cardsOrdered += job->cardCount();
            break;
        case DispatchBatchJob::Result::Refused:
            m_report.cardsFailed += job->cardCount();
            break;
        case DispatchBatchJob::Result::Adopted:
            // The cards Go Cards did not hold are queued again: this run makes them a batch of their own.
            m_report.cardsOrdered += job->adoptedCount();
            break;
        case DispatchBatchJob::Result::Busy:
        case DispatchBatchJob::Result::Emptied:
            break;
        case DispatchBatchJob::Result::Held:
            // Only this batch is the problem; the others go on.
            ++m_report.batchesHeld;
            break;
        case DispatchBatchJob::Result::LeaseLost:
            --m_report.batchesSent;
            return leaseLost();
        case DispatchBatchJob::Result::Unresolved:
        case DispatchBatchJob::Result::DatabaseFailed:
            // Go Cards is not answering as it should: keep the rest of the queue for a later run.
            m_dispatchStopped = true;
            m_report.error = job->error();
            m_report.errorString = job->errorString();
            break;
        }
        if (m_dispatchStopped)
            return job->error() == GoCardsError::Cancelled ? stopped() : followEvents();
        next();
    });
    job->start();
}

} // namespace tempcards
