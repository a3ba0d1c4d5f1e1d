// SPDX-License-Identifier: Apache-2.0
#include "BatchSyncScheduler.h"

#include "Clock.h"
#include "Database.h"
#include "HandOver.h"
#include "Logging.h"
#include "RefreshCardJob.h"
#include "SettingsStore.h"
#include "Sql.h"
#include "SyncStore.h"

#include <QSqlDriver>

namespace tempcards {

BatchSyncScheduler::BatchSyncScheduler(const CoreContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_people(context)
{
    connect(&m_people, &DirectorySyncTimer::synced, this, &BatchSyncScheduler::peopleSynced);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BatchSyncScheduler::runNow);
}

void BatchSyncScheduler::start(int firstDelayMs)
{
    m_timer.start(firstDelayMs);
    listen();
}

void BatchSyncScheduler::listen()
{
    if (m_context.database->dialect() != Dialect::Postgres)
        return;
    try {
        // A connection opened again in place after the server cut it lost its LISTEN: subscribed again,
        // without a second connection to the driver's signal.
        const QSqlDatabase db = m_context.database->connection();
        QSqlDriver *driver = db.driver();
        if (DatabaseError::connectionLost(db))
            return; // listened again at a run once it is back
        const bool sameConnection = db.connectionName() == m_listeningOn;
        if (sameConnection && driver->subscribedToNotifications().contains(HandOver::kChannel))
            return;
        m_listeningOn = db.connectionName();
        if (!driver->subscribeToNotification(HandOver::kChannel) ||
            !driver->subscribeToNotification(HandOver::kRefreshChannel)) {
            qCWarning(lcProcess) << "cannot listen for work handed over; orders are sent at the next run";
            return;
        }
        if (sameConnection)
            return;
        connect(driver,
                qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(&QSqlDriver::notification),
                this, [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    if (!m_timer.isActive() && !m_run)
                        return; // stopped
                    if (name == HandOver::kChannel)
                        runNow();
                    else if (name == HandOver::kRefreshChannel)
                        refresh(payload.toString().toLongLong());
                });
    } catch (const DatabaseError &) {
        // logged where it arose; the interval still runs
    }
}

void BatchSyncScheduler::refresh(qint64 cardId)
{
    // One at a time per card: a workstation (or a hostile client) asking again meanwhile gets the same answer.
    if (cardId <= 0 || m_refreshing.contains(cardId))
        return;
    m_refreshing.insert(cardId);
    auto *job = new RefreshCardJob(m_context, Session{0, BatchSyncJob::Actor, {}, {}}, cardId, this);
    job->setForWorkstation();
    connect(job, &RefreshCardJob::changed, this, &BatchSyncScheduler::changed);
    connect(job, &RefreshCardJob::finished, this, [this, job, cardId] {
        m_refreshing.remove(cardId);
        job->deleteLater();
    });
    job->start();
}

void BatchSyncScheduler::stop()
{
    m_timer.stop();
    m_again = false;
    if (m_run)
        m_run->cancel();
}

void BatchSyncScheduler::runNow()
{
    if (m_run) {
        m_again = true; // what was handed over after this run read its queue goes in the next one
        return;
    }
    m_timer.stop();
    m_again = false;
    listen();
    // Only workstations on PostgreSQL with login roles read it (HandOver), so SQLite is spared the write.
    if (m_context.database->dialect() == Dialect::Postgres) {
        const QString seen = toStorageTime(m_context.clock->nowUtc());
        m_context.database->writer().run([seen](QSqlDatabase &db) {
            try {
                WriteTransaction transaction(db);
                SyncStore::setValue(db, HandOver::kSeenKey, seen);
                transaction.commit();
            } catch (const DatabaseError &) {
                // logged where it arose; only the workstations' "no dispatcher" hint depends on it
            }
        });
    }
    auto *run = new BatchSyncJob(m_context, this);
    m_run = run;
    connect(run, &BatchSyncJob::changed, this, &BatchSyncScheduler::changed);
    connect(run, &BatchSyncJob::finished, this, [this, run] {
        run->deleteLater();
        m_run = nullptr;
        emit runFinished(run->report());
        if (!run->report().leaseBusy && run->report().errorString.isEmpty())
            m_people.batchRunFinished();
        if (m_again)
            return runNow();
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
