// SPDX-License-Identifier: Apache-2.0
#include "HandOver.h"

#include "Clock.h"
#include "Sql.h"

namespace tempcards {

void HandOver::notify(const QSqlDatabase &db)
{
    SqlQuery(db, QStringLiteral("SELECT pg_notify(?, '')")).bind(kChannel).exec();
}

std::optional<QString> HandOver::batchState(const QSqlDatabase &db, qint64 batchId)
{
    SqlQuery query(db, QStringLiteral("SELECT state FROM order_batches WHERE id = ?"));
    query.bind(batchId).exec();
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QDateTime HandOver::dispatcherSeen(const QSqlDatabase &db)
{
    const QString seen =
        SqlQuery(db, QStringLiteral("SELECT value FROM sync_state WHERE key = ?")).bind(kSeenKey).scalar().toString();
    return seen.isEmpty() ? QDateTime() : fromStorageTime(seen);
}

} // namespace tempcards
