// SPDX-License-Identifier: Apache-2.0
#include "SyncLease.h"

#include "Clock.h"
#include "Sql.h"

namespace tempcards {

namespace {
const QString kLease = QStringLiteral("batch-sync");
} // namespace

LeaseTicket SyncLease::acquire(const QSqlDatabase &db, const QString &holder, const QDateTime &now, int seconds)
{
    SqlQuery take(db, QStringLiteral("UPDATE sync_lease SET holder = ?, expires_at = ?, epoch = epoch + 1 "
                                     "WHERE name = ? AND (holder IS NULL OR holder = ? OR expires_at < ?) "
                                     "RETURNING epoch"));
    take.bind(holder).bind(toStorageTime(now.addSecs(seconds))).bind(kLease).bind(holder).bind(toStorageTime(now));
    take.exec();
    if (!take.next())
        return {};
    return {holder, take.value(0).toLongLong()};
}

bool SyncLease::renew(const QSqlDatabase &db, const LeaseTicket &ticket, const QDateTime &now, int seconds)
{
    const QString until = toStorageTime(now.addSecs(seconds));
    SqlQuery renewal(
        db, QStringLiteral("UPDATE sync_lease SET expires_at = ? WHERE name = ? AND holder = ? AND epoch = ?"));
    renewal.bind(until).bind(kLease).bind(ticket.holder).bind(ticket.epoch).exec();
    if (renewal.numRowsAffected() != 1)
        return false;
    // Only ever later: a claim this process made while sending at once (outside the lease) may already
    // reach further.
    SqlQuery(db, QStringLiteral("UPDATE order_batches SET claimed_until = ? WHERE claimed_by = ? AND claimed_until < ? "
                                "AND state IN ('pending', 'sent')"))
        .bind(until)
        .bind(ticket.holder)
        .bind(until)
        .exec();
    return true;
}

QDateTime SyncLease::heldUntil(const QSqlDatabase &db, const LeaseTicket &ticket, const QDateTime &now)
{
    if (!ticket.isHeld())
        return {};
    SqlQuery query(db, QStringLiteral("SELECT expires_at FROM sync_lease WHERE name = ? AND holder = ? AND epoch = ?") +
                           forUpdate(db));
    query.bind(kLease).bind(ticket.holder).bind(ticket.epoch).exec();
    if (!query.next() || query.value(0).isNull())
        return {};
    const QDateTime until = fromStorageTime(query.value(0).toString());
    return until >= now ? until : QDateTime();
}

void SyncLease::release(const QSqlDatabase &db, const QString &holder)
{
    SqlQuery(db, QStringLiteral("UPDATE sync_lease SET holder = NULL, expires_at = NULL WHERE name = ? AND holder = ?"))
        .bind(kLease)
        .bind(holder)
        .exec();
}

QString SyncLease::holderAt(const QSqlDatabase &db, const QDateTime &now)
{
    return SqlQuery(db, QStringLiteral("SELECT holder FROM sync_lease WHERE name = ? AND expires_at >= ?"))
        .bind(kLease)
        .bind(toStorageTime(now))
        .scalar()
        .toString();
}

} // namespace tempcards
