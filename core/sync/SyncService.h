// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "BatchSyncJob.h"
#include "CoreContext.h"
#include "HeldBatches.h"
#include "Outcome.h"
#include "Session.h"
#include "SyncStore.h"
#include "UnknownCards.h"

#include <QFuture>
#include <QObject>

namespace tempcards {

class BatchSyncScheduler;
class CardService;

// The batch sync as this process runs it: runs on demand, the scheduler that runs it on the options'
// interval (the client's in-process batch sync, tempcards-sync's loop), and the status every process shares.
// The card service hears of every change a run commits. Lives on the GUI (main) thread; the context's objects
// and the card service outlive it.
class SyncService : public QObject
{
    Q_OBJECT

public:
    SyncService(const CoreContext &context, CardService *cards, QObject *parent = nullptr);

    // A new, unstarted run owned by the caller; runFinished() follows its end.
    BatchSyncJob *newRun();
    BatchSyncScheduler *scheduler() const { return m_scheduler; }
    // What every process working on the database sees of the batch sync; empty on a database error (logged).
    SyncStatus status();

    // The cards Go Cards reported that this database does not know, oldest first; nothing on a database error.
    QFuture<QList<UnknownCard>> unknownCards();
    // The database no longer matches the audit checkpoints kept outside it (restored from a backup, or cut):
    // every unresolved batch waits for Go Cards' word before it is sent again or aborted (OrderLog), audited.
    // The batches marked, or -1 on a database error (logged).
    QFuture<int> markRestored(const QString &reason);
    // The batches held for an administrator, oldest first; nothing on a database error.
    QFuture<QList<HeldBatch>> heldBatches();
    // An administrator's decision on a held batch (ManageSettings), audited; the batch sync carries it out at
    // its next run, which this asks for at once (here, or by notifying the dispatchers where only they may
    // talk to Go Cards). A fail needs a reason.
    QFuture<Outcome> decide(const Session &session, qint64 batchId, HeldBatch::Decision decision,
                            const QString &reason);

signals:
    // A run started by this process ended: one of newRun() or one of the scheduler's.
    void runFinished(const tempcards::BatchSyncJob::Report &report);

private:
    CoreContext m_context;
    CardService *m_cards;
    BatchSyncScheduler *m_scheduler;
};

} // namespace tempcards
