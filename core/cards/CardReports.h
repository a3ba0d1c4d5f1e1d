// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GoCardsEvents.h"

#include <QDateTime>
#include <QList>

class QSqlDatabase;

namespace tempcards {

class AuditLog;

// Applies what Go Cards reports about cards (events, or a card fetched on demand) through the state
// graph. A report that skips a step (PRODUCED for a card still ordered) applies the steps in between;
// a report at or behind the card's state is a repeat and changes nothing; a card Go Cards reports on but
// this database does not know is logged and skipped; so is a report the graph cannot reach.
class CardReports
{
public:
    struct Applied
    {
        QList<qint64> changed;
        int repeats = 0;
        int unknown = 0;
        int conflicts = 0;
    };

    // One report, inside the caller's WriteTransaction. A page of events is applied by the batch sync
    // (EventsFeed), which moves the events cursor with it.
    static void apply(const QSqlDatabase &db, const AuditLog &audit, const QString &actor, const QDateTime &now,
                      const CardReport &report, Applied *applied);
};

} // namespace tempcards
