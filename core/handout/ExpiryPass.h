// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>

class QSqlDatabase;

namespace tempcards {

class AuditLog;

// The batch sync's pass over the cards handed out, once per run: assigned cards past their valid-until
// become expired (each change audited as the batch sync's), and the expiry reminders due today by the
// options are listed in expiry_reminders. Each chunk of cards is one write transaction whose UPDATE names the
// state it leaves, so a card expires exactly once, also when a run is killed between chunks (the next run
// finds the rest), and a reminder is listed once per card and day (its key).
class ExpiryPass
{
public:
    static constexpr int kChunk = 2000;

    struct Report
    {
        QList<qint64> expired; // the cards that expired in this pass
        int remindersListed = 0;
    };
    // On the writer thread; throws DatabaseError (what the chunks before committed stays).
    static Report run(const QSqlDatabase &db, const AuditLog &audit, const QDateTime &now);
};

} // namespace tempcards
