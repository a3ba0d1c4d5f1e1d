// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardReports.h"
#include "GoCardsEvents.h"

#include <QDateTime>

class QSqlDatabase;

namespace tempcards {

class AuditLog;

// Go Cards' events feed as the batch sync reads it: a page of events and the cursor after it.
class EventsFeed
{
public:
    // Applies a page's events (CardReports::apply) and stores its next cursor, in one transaction, so the
    // cursor moves only with its changes. Throws DatabaseError, and then nothing of the page is applied.
    static CardReports::Applied applyPage(const QSqlDatabase &db, const AuditLog &audit, const QString &actor,
                                          const QDateTime &now, const EventsPage &page);
};

} // namespace tempcards
