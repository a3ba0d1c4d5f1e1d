// SPDX-License-Identifier: Apache-2.0
#include "SyncRunSteps.h"

#include "CardQuery.h"
#include "Logging.h"
#include "SettingsStore.h"
#include "Sql.h"
#include "SyncStore.h"

namespace tempcards {

SyncRunSteps::Started SyncRunSteps::start(const QSqlDatabase &db, const QString &holder, const QDateTime &now,
                                          int leaseSeconds)
{
    Started started;
    try {
        WriteTransaction transaction(db);
        started.lease = SyncLease::acquire(db, holder, now, leaseSeconds);
        if (started.lease.isHeld())
            WriteTransaction::pruneReceipts(db);
        transaction.commit();
        started.options = SettingsStore::options(db);
        started.cursor = SyncStore::value(db, SyncStore::EventsCursor);
        started.newestCard = CardQuery::newestId(db);
    } catch (const DatabaseError &error) {
        started.problem = error.userMessage();
        started.databaseLost = error.isConnectionLost();
    }
    return started;
}

bool SyncRunSteps::renew(const QSqlDatabase &db, const LeaseTicket &lease, const QDateTime &now, int leaseSeconds)
{
    try {
        WriteTransaction transaction(db);
        const bool kept = SyncLease::renew(db, lease, now, leaseSeconds);
        transaction.commit();
        return kept;
    } catch (const DatabaseError &) {
        // Not knowing is losing: a successor may take the lease once it runs out, and this run could not tell.
        return false;
    }
}

void SyncRunSteps::finish(const QSqlDatabase &db, const QString &holder, const QDateTime &now, const QString &problem)
{
    try {
        WriteTransaction transaction(db);
        SyncStore::recordRun(db, now, problem);
        SyncLease::release(db, holder);
        transaction.commit();
    } catch (const DatabaseError &error) {
        // The lease expires by itself; the status shows the previous run.
        qCWarning(lcProcess) << "the batch sync could not record its run nor hand back its lease:" << error.what();
    }
}

} // namespace tempcards
