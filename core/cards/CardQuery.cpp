// SPDX-License-Identifier: Apache-2.0
#include "CardQuery.h"

#include <algorithm>

#include "CardListQuery.h"
#include "Clock.h"
#include "Sql.h"

#include <QStringList>

namespace tempcards {

namespace {

const QString kColumns =
    QStringLiteral("id, external_id, state, ordered_at, ordered_by, gocards_card_id, gocards_order_id, "
                   "failure_reason, batch_id, report_uid, produced_at, chip_uid, holder_id, assigned_at, valid_until, "
                   "reason");

QList<CardRow> readRows(SqlQuery &query)
{
    QList<CardRow> rows;
    while (query.next())
        rows << CardQuery::readRow(query, 0);
    return rows;
}

} // namespace

QString CardQuery::columns(const QString &alias)
{
    if (alias.isEmpty())
        return kColumns;
    QStringList qualified;
    for (const QString &column : kColumns.split(QStringLiteral(", ")))
        qualified << alias + QLatin1Char('.') + column;
    return qualified.join(QStringLiteral(", "));
}

CardRow CardQuery::readRow(const SqlQuery &query, int first)
{
    const auto at = [&](int i) { return query.value(first + i); };
    const auto time = [&](int i) { return at(i).isNull() ? QDateTime() : fromStorageTime(at(i).toString()); };
    CardRow row;
    row.id = at(0).toLongLong();
    row.externalId = at(1).toString();
    row.state = CardStates::fromStorage(at(2).toString()).value_or(CardState::Processing);
    row.orderedAt = fromStorageTime(at(3).toString());
    row.orderedBy = at(4).toString();
    row.goCardsCardId = at(5).toString();
    row.goCardsOrderId = at(6).toString();
    row.failureReason = at(7).toString();
    row.batchId = at(8).toLongLong();
    row.reportUid = at(9).toString();
    row.producedAt = time(10);
    row.chipUid = at(11).toString();
    row.holderId = at(12).toLongLong();
    row.assignedAt = time(13);
    row.validUntil = time(14);
    row.reason = at(15).toString();
    return row;
}

QList<CardRow> CardQuery::page(const QSqlDatabase &db, const CardFilter &filter, qint64 beforeId, int limit)
{
    std::optional<CardPosition> after;
    if (beforeId > 0)
        after = CardPosition{0, {}, 0, beforeId};
    QList<CardRow> rows;
    for (const SortedCard &card : CardListQuery::page(db, filter, CardSort{}, after, limit))
        rows << card.card;
    return rows;
}

QList<CardRow> CardQuery::byIds(const QSqlDatabase &db, const QList<qint64> &ids)
{
    QList<CardRow> rows;
    constexpr int kChunk = 500;
    for (int start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        SqlQuery query(
            db, QStringLiteral("SELECT %1 FROM cards WHERE id IN (%2)").arg(kColumns, placeholders(chunk.size())));
        for (const qint64 id : chunk)
            query.bind(id);
        query.exec();
        rows += readRows(query);
    }
    return rows;
}

std::optional<CardRow> CardQuery::byId(const QSqlDatabase &db, qint64 id)
{
    const QList<CardRow> rows = byIds(db, {id});
    return rows.isEmpty() ? std::nullopt : std::optional<CardRow>(rows.first());
}

int CardQuery::countInBatch(const QSqlDatabase &db, qint64 batchId)
{
    return SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM cards WHERE batch_id = ?")).bind(batchId).scalar().toInt();
}

QList<CardRow> CardQuery::inBatch(const QSqlDatabase &db, qint64 batchId)
{
    SqlQuery query(db, QStringLiteral("SELECT %1 FROM cards WHERE batch_id = ? ORDER BY id").arg(kColumns));
    query.bind(batchId).exec();
    return readRows(query);
}

std::optional<CardRow> CardQuery::byGoCardsIds(const QSqlDatabase &db, const QString &cardId, const QString &externalId)
{
    for (const auto &[column, value] :
         {std::pair{QStringLiteral("gocards_card_id"), cardId}, std::pair{QStringLiteral("external_id"), externalId}}) {
        if (value.isEmpty())
            continue;
        SqlQuery query(db, QStringLiteral("SELECT %1 FROM cards WHERE %2 = ?").arg(kColumns, column));
        query.bind(value).exec();
        const QList<CardRow> rows = readRows(query);
        if (!rows.isEmpty())
            return rows.first();
    }
    return std::nullopt;
}

void CardQuery::lock(const QSqlDatabase &db, const QList<qint64> &ids)
{
    if (dialectOf(db) != Dialect::Postgres || ids.isEmpty())
        return;
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end()); // one order for every locker, so two never wait on each other
    SqlQuery query(db, QStringLiteral("SELECT id FROM cards WHERE id IN (%1) ORDER BY id FOR UPDATE")
                           .arg(placeholders(sorted.size())));
    for (const qint64 id : sorted)
        query.bind(id);
    query.exec();
}

QList<CardRow> CardQuery::queued(const QSqlDatabase &db, int limit, qint64 upToId)
{
    // On PostgreSQL the cards are claimed for the caller's transaction; cards an abort holds are skipped.
    SqlQuery query(db, QStringLiteral("SELECT %1 FROM cards WHERE state = 'processing' AND batch_id IS NULL "
                                      "AND id <= ? ORDER BY id LIMIT ?%2")
                           .arg(kColumns, dialectOf(db) == Dialect::Postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED")
                                                                             : QString()));
    query.bind(upToId).bind(limit).exec();
    return readRows(query);
}

qint64 CardQuery::newestId(const QSqlDatabase &db)
{
    return SqlQuery(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM cards")).scalar().toLongLong();
}

QList<QPair<qint64, QString>> CardQuery::changedSince(const QSqlDatabase &db, const QString &since, int limit)
{
    SqlQuery query(
        db, QStringLiteral("SELECT id, updated_at FROM cards WHERE updated_at >= ? ORDER BY updated_at LIMIT ?"));
    query.bind(since).bind(limit).exec();
    QList<QPair<qint64, QString>> changes;
    while (query.next())
        changes.append({query.value(0).toLongLong(), query.value(1).toString()});
    return changes;
}

} // namespace tempcards
