// SPDX-License-Identifier: Apache-2.0
#include "CardQuery.h"

#include <algorithm>

#include "Clock.h"
#include "InputText.h"
#include "Sql.h"

#include <QStringList>

#include <limits>

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

bool isCardNumber(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0 && !text.startsWith(QLatin1Char('+'));
}

// Whether at least kCommonMatches cards have a Go Cards card or order id starting with `prefix`: counted in
// the indexes, and never further than that.
bool isCommonPrefix(const QSqlDatabase &db, const QString &prefix)
{
    constexpr int kCommonMatches = 5000;
    for (const QString &column : {QStringLiteral("gocards_card_id"), QStringLiteral("gocards_order_id")}) {
        SqlQuery count(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM cards WHERE %1 LIMIT %2) AS c")
                               .arg(prefixRange(db, column))
                               .arg(kCommonMatches));
        if (count.bind(prefix).bind(prefixEnd(prefix)).scalar().toInt() >= kCommonMatches)
            return true;
    }
    return false;
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

bool CardFilter::matches(const CardRow &card) const
{
    if (state && card.state != *state)
        return false;
    const QString t = InputText::withoutInvisible(text).trimmed();
    if (t.isEmpty())
        return true;
    qint64 id = 0;
    return (isCardNumber(t, &id) && card.id == id) || card.goCardsCardId.startsWith(t) ||
           card.goCardsOrderId.startsWith(t);
}

QList<CardRow> CardQuery::page(const QSqlDatabase &db, const CardFilter &filter, qint64 beforeId, int limit)
{
    QStringList where{QStringLiteral("id < ?")};
    QVariantList values{beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max()};
    if (filter.state) {
        where << QStringLiteral("state = ?");
        values << CardStates::toStorage(*filter.state);
    }
    const QString text = InputText::withoutInvisible(filter.text).trimmed();
    if (!text.isEmpty()) {
        qint64 id = 0;
        values << (isCardNumber(text, &id) ? id : qint64(0)) << text << prefixEnd(text) << text << prefixEnd(text);
        if (isCommonPrefix(db, text)) {
            // Most cards match: walking the cards newest first finds a page at once, where collecting and
            // sorting every match would take half a second on a million cards. On SQLite the unary + keeps
            // the planner from collecting through the text indexes anyway; PostgreSQL's statistics see it.
            where << QStringLiteral("(id = ? OR (%1) OR (%2))")
                         .arg(prefixRange(db, QStringLiteral("gocards_card_id"), true),
                              prefixRange(db, QStringLiteral("gocards_order_id"), true));
        } else {
            // Few match: the candidates come from the indexes first; only they are sorted.
            where << QStringLiteral("id IN (SELECT id FROM cards WHERE id = ? UNION SELECT id FROM cards WHERE %1 "
                                    "UNION SELECT id FROM cards WHERE %2)")
                         .arg(prefixRange(db, QStringLiteral("gocards_card_id")),
                              prefixRange(db, QStringLiteral("gocards_order_id")));
        }
    }
    SqlQuery query(db, QStringLiteral("SELECT %1 FROM cards WHERE %2 ORDER BY id DESC LIMIT ?")
                           .arg(kColumns, where.join(QStringLiteral(" AND "))));
    for (const QVariant &value : std::as_const(values))
        query.bind(value);
    query.bind(limit).exec();
    return readRows(query);
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
