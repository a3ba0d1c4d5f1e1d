// SPDX-License-Identifier: Apache-2.0
#include "HandOver.h"

#include "Clock.h"
#include "Sql.h"

namespace tempcards {

void HandOver::notify(const QSqlDatabase &db)
{
    SqlQuery(db, QStringLiteral("SELECT pg_notify(?, '')")).bind(kChannel).exec();
}

void HandOver::notifyRefresh(const QSqlDatabase &db, qint64 cardId)
{
    SqlQuery(db, QStringLiteral("SELECT pg_notify(?, ?)")).bind(kRefreshChannel).bind(QString::number(cardId)).exec();
}

qint64 HandOver::lastAuditId(const QSqlDatabase &db)
{
    return SqlQuery(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log")).scalar().toLongLong();
}

std::optional<HandOver::RefreshAnswer> HandOver::refreshAnswer(const QSqlDatabase &db, qint64 cardId,
                                                               qint64 afterAuditId)
{
    SqlQuery query(db, QStringLiteral("SELECT outcome, detail FROM audit_log WHERE action = 'card.refresh' AND "
                                      "object = ? AND actor = 'batch-sync' AND id > ? ORDER BY id LIMIT 1"));
    query.bind(QStringLiteral("card:%1").arg(cardId)).bind(afterAuditId).exec();
    if (!query.next())
        return std::nullopt;
    return RefreshAnswer{query.value(0).toString() == QLatin1String("success"), query.value(1).toString()};
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
