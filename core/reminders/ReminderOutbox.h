// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ReminderMail.h"
#include "SyncLease.h"

#include <QList>

class QSqlDatabase;

namespace tempcards {

class AuditLog;

// The expiry reminders the batch sync lists (ExpiryPass) as mail to send, in expiry_reminders. A reminder
// stands while its card is still assigned to the holder and valid-until it was listed for, and has not run
// out; of a card's reminders only the newest is sent (an older one the holder never got is covered by it).
// Each send is recorded before the message leaves, committed, under the batch sync's lease: a run that dies
// between the record and the server's answer leaves a reminder begun and not sent, which the next run sends
// again (at least once; the Message-ID says it is the same reminder). On the writer thread; throws
// DatabaseError.
class ReminderOutbox
{
public:
    // Standing unsent reminders of cards after `afterCard`, by card, at most `limit`.
    static QList<Reminder> pending(const QSqlDatabase &db, const QDateTime &now, qint64 afterCard, int limit);

    enum class Begun { Yes, Gone, LeaseLost };
    // Records that a send of `reminder` to `to` begins; Gone when it no longer stands or another run began
    // one meanwhile.
    static Begun begin(const QSqlDatabase &db, const LeaseTicket &lease, const Reminder &reminder, const QString &to,
                       const QDateTime &now);
    // The server took it: sent, audited (who it went to and the Message-ID, never the text).
    static void sent(const QSqlDatabase &db, const AuditLog &audit, const Reminder &reminder, const QString &to,
                     const QString &messageId, const QDateTime &now);
    // It was not sent, or it is not known whether it was: the reason is kept for the administrator, and
    // audited when it is not the one the last attempt already recorded. The next run tries again.
    static void failed(const QSqlDatabase &db, const AuditLog &audit, const Reminder &reminder, const QString &why);
};

} // namespace tempcards
