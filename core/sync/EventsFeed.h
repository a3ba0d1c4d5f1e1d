// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardReports.h"
#include "GoCardsEvents.h"
#include "SyncLease.h"

#include <QDateTime>

#include <optional>

class QSqlDatabase;

namespace tempcards {

class AuditLog;

// Go Cards' events feed as the batch sync reads it: a page of events and the cursor after it.
class EventsFeed
{
public:
    // Applies a page's events (CardReports::apply) and stores its next cursor, in one transaction, so the
    // cursor moves only with its changes, and only while the batch sync's lease is still `lease` (so a
    // holder that was paused cannot move the cursor back under its successor): nullopt otherwise. Throws
    // DatabaseError. Either way nothing of the page is applied.
    static std::optional<CardReports::Applied> applyPage(const QSqlDatabase &db, const AuditLog &audit,
                                                         const QString &actor, const QDateTime &now,
                                                         const EventsPage &page, const LeaseTicket &lease);
};

} // namespace tempcards
