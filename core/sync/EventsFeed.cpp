// SPDX-License-Identifier: Apache-2.0
#include "EventsFeed.h"

#include "Sql.h"
#include "SyncStore.h"

namespace tempcards {

std::optional<CardReports::Applied> EventsFeed::applyPage(const QSqlDatabase &db, const AuditLog &audit,
                                                          const QString &actor, const QDateTime &now,
                                                          const EventsPage &page, const LeaseTicket &lease)
{
    CardReports::Applied applied;
    WriteTransaction transaction(db);
    if (!SyncLease::heldUntil(db, lease, now).isValid())
        return std::nullopt;
    for (const GoCardsEvent &event : page.events)
        CardReports::apply(db, audit, actor, now, event.card, &applied);
    SyncStore::setValue(db, SyncStore::EventsCursor, page.nextCursor);
    transaction.commit();
    return applied;
}

} // namespace tempcards
