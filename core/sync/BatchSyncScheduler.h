// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "BatchSyncJob.h"
#include "DirectorySyncTimer.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace tempcards {

// Runs the batch sync on the options' interval (batchSyncIntervalSeconds, re-read after every run), one
// run at a time: the in-client batch sync of the single-workstation setup, and tempcards-sync --interval.
// runFinished() follows each run. On PostgreSQL it also runs at once when a workstation hands it an order
// (HandOver: a workstation that may not send orders itself notifies), and each run leaves the time it
// began in sync_state, so workstations can tell that a dispatcher is alive. After a run that held the lease,
// the people are brought in from the directory when its interval says so.
class BatchSyncScheduler : public QObject
{
    Q_OBJECT

public:
    explicit BatchSyncScheduler(const CoreContext &context, QObject *parent = nullptr);
    // The first run follows after `firstDelayMs`, then one every interval.
    void start(int firstDelayMs = 2000);
    // A fixed interval instead of the options' one (tempcards-sync --interval); 0 goes back to the options.
    void setFixedInterval(int seconds) { m_fixedSeconds = seconds; }
    void stop();
    // Starts a run now unless one is running.
    void runNow();
    bool isRunning() const { return !m_run.isNull(); }

signals:
    // Just before each run starts, on this object's thread (Backend picks up a changed Go Cards connection).
    void aboutToRun();
    void runFinished(const tempcards::BatchSyncJob::Report &report);
    void changed(const QList<qint64> &cardIds);
    // A directory sync on the saved directory's interval ended (DirectorySyncTimer), after a run that held
    // the lease.
    void peopleSynced(const QString &message, bool ok);

private:
    void scheduleNext();
    void listen();
    // A workstation asked for a card's refresh (HandOver): asked of Go Cards here, with the secret.
    void refresh(qint64 cardId);

    CoreContext m_context;
    QTimer m_timer;
    QPointer<BatchSyncJob> m_run;
    int m_fixedSeconds = 0;
    bool m_again = false;      // an order was handed over while a run was going on
    QString m_listeningOn;     // the connection subscribed to HandOver's channels, by name
    QSet<qint64> m_refreshing; // cards being refreshed for a workstation
    DirectorySyncTimer m_people;
};

} // namespace tempcards
