// SPDX-License-Identifier: Apache-2.0
#include "BatchSyncScheduler.h"

#include "Database.h"
#include "SettingsStore.h"
#include "Sql.h"

namespace tempcards {

BatchSyncScheduler::BatchSyncScheduler(const CoreContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BatchSyncScheduler::runNow);
}

void BatchSyncScheduler::start(int firstDelayMs)
{
    m_timer.start(firstDelayMs);
}

void BatchSyncScheduler::stop()
{
    m_timer.stop();
    if (m_run)
        m_run->cancel();
}

void BatchSyncScheduler::runNow()
{
    if (m_run)
        return;
    m_timer.stop();
    auto *run = new BatchSyncJob(m_context, this);
    m_run = run;
    connect(run, &BatchSyncJob::changed, this, &BatchSyncScheduler::changed);
    connect(run, &BatchSyncJob::finished, this, [this, run] {
        run->deleteLater();
        m_run = nullptr;
        emit runFinished(run->report());
        scheduleNext();
    });
    emit aboutToRun();
    run->start();
}

void BatchSyncScheduler::scheduleNext()
{
    if (m_fixedSeconds > 0)
        return m_timer.start(m_fixedSeconds * 1000);
    m_context.database->writer()
        .run([](QSqlDatabase &db) {
            try {
                return SettingsStore::options(db).batchSyncIntervalSeconds;
            } catch (const DatabaseError &) {
                return TempCardOptions().batchSyncIntervalSeconds;
            }
        })
        .then(this, [this](int seconds) { m_timer.start(seconds * 1000); });
}

} // namespace tempcards
