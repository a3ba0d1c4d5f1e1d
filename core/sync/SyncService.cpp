// SPDX-License-Identifier: Apache-2.0
#include "SyncService.h"

#include "Authorizer.h"
#include "BatchSyncScheduler.h"
#include "CardService.h"
#include "Clock.h"
#include "Database.h"
#include "HandOver.h"
#include "Logging.h"
#include "OrderLog.h"
#include "Sql.h"

namespace tempcards {

SyncService::SyncService(const CoreContext &context, CardService *cards, QObject *parent)
    : QObject(parent), m_context(context), m_cards(cards), m_scheduler(new BatchSyncScheduler(context, this))
{
    connect(m_scheduler, &BatchSyncScheduler::changed, m_cards, &CardService::noteChanged);
    connect(m_scheduler, &BatchSyncScheduler::runFinished, this, &SyncService::runFinished);
}

BatchSyncJob *SyncService::newRun()
{
    auto *run = new BatchSyncJob(m_context);
    connect(run, &BatchSyncJob::changed, m_cards, &CardService::noteChanged);
    connect(run, &BatchSyncJob::finished, this, [this, run] { emit runFinished(run->report()); });
    return run;
}

SyncStatus SyncService::status()
{
    try {
        return SyncStore::status(m_context.database->connection(), m_context.clock->nowUtc());
    } catch (const DatabaseError &) {
        return {};
    }
}

QFuture<QList<UnknownCard>> SyncService::unknownCards()
{
    return m_context.database->writer().run([](QSqlDatabase &db) {
        try {
            return UnknownCards::list(db);
        } catch (const DatabaseError &) {
            return QList<UnknownCard>();
        }
    });
}

QFuture<int> SyncService::markRestored(const QString &reason)
{
    const CoreContext context = m_context;
    return m_context.database->writer().run([context, reason](QSqlDatabase &db) {
        try {
            return OrderLog::markRestored(db, *context.audit, BatchSyncJob::Actor, reason, context.clock->nowUtc());
        } catch (const DatabaseError &error) {
            qCWarning(lcProcess) << "the batches could not be marked after a restore:" << error.what();
            return -1;
        }
    });
}

QFuture<QList<HeldBatch>> SyncService::heldBatches()
{
    return m_context.database->writer().run([](QSqlDatabase &db) {
        try {
            return HeldBatches::list(db);
        } catch (const DatabaseError &) {
            return QList<HeldBatch>();
        }
    });
}

QFuture<Outcome> SyncService::decide(const Session &session, qint64 batchId, HeldBatch::Decision decision,
                                     const QString &reason)
{
    const CoreContext context = m_context;
    const bool handOver = m_context.database->hasLoginRoles();
    return m_context.database->writer()
        .run([context, session, batchId, decision, reason, handOver](QSqlDatabase &db) {
            if (decision == HeldBatch::Decision::Fail && reason.trimmed().isEmpty())
                return Outcome::failure(tr("Say why the cards of this order fail."));
            try {
                WriteTransaction transaction(db);
                const auto refusal = Authorizer::checkPermission(db, session, Permissions::ManageSettings);
                if (refusal != Authorizer::Refusal::None)
                    return Outcome::failure(Authorizer::message(refusal, tr("Decide on a held order")));
                if (!HeldBatches::decide(db, *context.audit, batchId, decision, reason, session.userName))
                    return Outcome::failure(
                        tr("This order is no longer held, or a decision on it waits for the batch sync."));
                if (handOver)
                    HandOver::notify(db);
                transaction.commit();
            } catch (const DatabaseError &error) {
                return Outcome::failure(error.userMessage());
            }
            return Outcome::success(decision == HeldBatch::Decision::SendAgain
                                        ? tr("The batch sync sends the order again at its next run.")
                                        : tr("At its next run the batch sync asks Nexus GO Cards whether it holds the "
                                             "cards: if it does not, they fail; if it does, they are ordered."));
        })
        .then(this, [this, handOver](const Outcome &outcome) {
            if (outcome.ok && !handOver)
                m_scheduler->runNow();
            return outcome;
        });
}

} // namespace tempcards
