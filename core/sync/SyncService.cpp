// SPDX-License-Identifier: Apache-2.0
#include "SyncService.h"

#include "BatchSyncScheduler.h"
#include "CardService.h"
#include "Clock.h"
#include "Database.h"
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

} // namespace tempcards
