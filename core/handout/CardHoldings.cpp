// SPDX-License-Identifier: Apache-2.0
#include "CardHoldings.h"

#include "Clock.h"
#include "Sql.h"

namespace tempcards {

namespace {

QList<Holding> readRows(SqlQuery &query)
{
    QList<Holding> rows;
    while (query.next()) {
        Holding h;
        h.id = query.value(0).toLongLong();
        h.cardId = query.value(1).toLongLong();
        h.personId = query.value(2).toLongLong();
        h.started = fromStorageTime(query.value(3).toString());
        h.startedBy = query.value(4).toString();
        h.ended = query.value(5).isNull() ? QDateTime() : fromStorageTime(query.value(5).toString());
        h.endedBy = query.value(6).toString();
        h.endReason = query.value(7).toString();
        rows << h;
    }
    return rows;
}

QList<Holding> select(const QSqlDatabase &db, const QString &column, qint64 id, int limit)
{
    SqlQuery query(db, QStringLiteral("SELECT id, card_id, person_id, started_at, started_by, ended_at, ended_by, "
                                      "end_reason FROM card_holdings WHERE %1 = ? ORDER BY id DESC LIMIT %2")
                           .arg(column)
                           .arg(limit));
    query.bind(id).exec();
    return readRows(query);
}

} // namespace

void CardHoldings::open(const QSqlDatabase &db, qint64 cardId, qint64 personId, const QString &by, const QDateTime &now)
{
    SqlQuery(db, QStringLiteral("INSERT INTO card_holdings (card_id, person_id, started_at, started_by) "
                                "VALUES (?, ?, ?, ?)"))
        .bind(cardId)
        .bind(personId)
        .bind(toStorageTime(now))
        .bind(by)
        .exec();
}

bool CardHoldings::close(const QSqlDatabase &db, qint64 cardId, const QString &reason, const QString &by,
                         const QDateTime &now)
{
    SqlQuery query(db, QStringLiteral("UPDATE card_holdings SET ended_at = ?, ended_by = ?, end_reason = ? "
                                      "WHERE card_id = ? AND ended_at IS NULL"));
    query.bind(toStorageTime(now)).bind(by).bind(reason).bind(cardId).exec();
    return query.numRowsAffected() == 1;
}

int CardHoldings::heldBy(const QSqlDatabase &db, qint64 personId)
{
    return SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM cards WHERE holder_id = ? AND state IN ('assigned', "
                                       "'expired')"))
        .bind(personId)
        .scalar()
        .toInt();
}

QList<Holding> CardHoldings::ofPerson(const QSqlDatabase &db, qint64 personId, int limit)
{
    return select(db, QStringLiteral("person_id"), personId, limit);
}

QList<Holding> CardHoldings::ofCard(const QSqlDatabase &db, qint64 cardId, int limit)
{
    return select(db, QStringLiteral("card_id"), cardId, limit);
}

} // namespace tempcards
