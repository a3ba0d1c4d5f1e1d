// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

class QSqlDatabase;

namespace tempcards {

// The batch sync's lease as one holder took it: the epoch tells this taking apart from every other, so a
// holder that was paused or cut off cannot mistake a successor's lease for its own.
struct LeaseTicket
{
    QString holder;
    qint64 epoch = 0; // 0: not held
    bool isHeld() const { return epoch > 0; }
};

// The lease only one process at a time holds to run the batch sync on a database. It lives here, below the
// batch sync, because sending a batch is fenced by it. Every function must run inside a WriteTransaction;
// throws DatabaseError.
//
// Claims: a batch the holder sends is claimed until the lease runs out (OrderBatchStore::markSent), and each
// renewal moves those claims on with the lease. So a successor takes a dead or paused holder's claims only
// once they have lapsed, and that is when the lease it took over lapsed too: never while the holder lives.
class SyncLease
{
public:
    // Takes the lease for `holder` until now + seconds with a new epoch, when it is free, expired, or
    // `holder`'s own (a new run of the same process fences the old one). Not held while another holder's
    // lease has not expired: then this process does not run the batch sync.
    static LeaseTicket acquire(const QSqlDatabase &db, const QString &holder, const QDateTime &now, int seconds);
    // Moves the lease and the holder's claims on to now + seconds. False once another holder has taken the
    // lease since (its epoch is newer): the caller stops. A lease that ran out but was taken by nobody is
    // still this ticket's, since nobody else can have acted on it.
    static bool renew(const QSqlDatabase &db, const LeaseTicket &ticket, const QDateTime &now, int seconds);
    // When the lease runs out, if it is still the ticket's and has not run out at `now`; otherwise an
    // invalid time. On PostgreSQL the lease row stays locked until the transaction ends, so no successor
    // can take it between this check and the commit of what it fences.
    static QDateTime heldUntil(const QSqlDatabase &db, const LeaseTicket &ticket, const QDateTime &now);
    // For work that may run under a lease or without one (a workstation's): true when `ticket` is a lease
    // that is no longer its holder's (heldUntil), so the work must change nothing.
    static bool lost(const QSqlDatabase &db, const LeaseTicket &ticket, const QDateTime &now)
    {
        return ticket.isHeld() && !heldUntil(db, ticket, now).isValid();
    }
    static void release(const QSqlDatabase &db, const QString &holder);
    // Who holds an unexpired lease at `now`, or nobody (empty). A plain read.
    static QString holderAt(const QSqlDatabase &db, const QDateTime &now);
};

} // namespace tempcards
