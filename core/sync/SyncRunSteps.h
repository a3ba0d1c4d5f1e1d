// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SyncLease.h"
#include "TempCardOptions.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace tempcards {

// The batch sync run's own bookkeeping in the database, apart from the work it does (BatchSyncJob): taking the
// lease and reading what the run starts from, keeping the lease, and recording the run as it hands the lease
// back. Each runs in a write transaction of its own on the writer thread and never throws.
class SyncRunSteps
{
public:
    struct Started
    {
        QString problem;           // in words; empty when the run may go on
        bool databaseLost = false; // the problem is a database that does not answer
        LeaseTicket lease;
        TempCardOptions options;
        QString cursor;
        qint64 newestCard = 0;
    };
    // Takes the lease (and, holding it, removes old write receipts), then reads the options, the events
    // cursor and the newest card.
    static Started start(const QSqlDatabase &db, const QString &holder, const QDateTime &now, int leaseSeconds);
    // False when the lease is no longer this run's, or that cannot be known.
    static bool renew(const QSqlDatabase &db, const LeaseTicket &lease, const QDateTime &now, int leaseSeconds);
    // Records the run's outcome (empty: success) and releases the lease; a failure is logged only, as the
    // lease expires by itself.
    static void finish(const QSqlDatabase &db, const QString &holder, const QDateTime &now, const QString &problem);
};

} // namespace tempcards
