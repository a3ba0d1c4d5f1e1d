// SPDX-License-Identifier: Apache-2.0
#include "CardListQuery.h"

#include "InputText.h"
#include "Sql.h"

namespace tempcards {

namespace {

constexpr int kCommonMatches = 5000;

bool isCardNumber(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0 && !text.startsWith(QLatin1Char('+'));
}

// Whether at least kCommonMatches cards are in `state`: counted in the index, and never further than that.
bool isCommonState(const QSqlDatabase &db, const QString &state)
{
    SqlQuery count(
        db,
        QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM cards WHERE state = ? LIMIT %1) AS c").arg(kCommonMatches));
    return count.bind(state).scalar().toInt() >= kCommonMatches;
}

// Whether at least kCommonMatches cards have a Go Cards card or order id starting with `prefix`, likewise.
bool isCommonPrefix(const QSqlDatabase &db, const QString &prefix)
{
    for (const QString &column : {QStringLiteral("gocards_card_id"), QStringLiteral("gocards_order_id")}) {
        SqlQuery count(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM cards WHERE %1 LIMIT %2) AS c")
                               .arg(prefixRange(db, column))
                               .arg(kCommonMatches));
        if (count.bind(prefix).bind(prefixEnd(prefix)).scalar().toInt() >= kCommonMatches)
            return true;
    }
    return false;
}

// How a filter is read: a part that many cards match is checked on the cards an order's index walks (it finds
// a page soon); a part few match gives the candidates through its own index, and only they are sorted.
struct FilterPlan
{
    QString state;
    QString text;
    bool commonState = true;
    bool commonText = true;

    FilterPlan(const QSqlDatabase &db, const CardFilter &filter, bool keyed)
        : state(filter.state ? CardStates::toStorage(*filter.state) : QString()),
          text(InputText::withoutInvisible(filter.text).trimmed())
    {
        if (keyed && !state.isEmpty())
            commonState = isCommonState(db, state);
        if (!text.isEmpty())
            commonText = isCommonPrefix(db, text);
    }

    bool fewMatch() const { return !commonState || !commonText; }

    // The conditions on cards c for a part of an order walked by id (`keyed` false) or by a column.
    void addTo(const QSqlDatabase &db, bool keyed, QStringList *where, QVariantList *values) const
    {
        if (!state.isEmpty()) {
            if (!keyed)
                *where << QStringLiteral("c.state = ?"); // (state, id) is the index walked
            else if (commonState)
                *where << (dialectOf(db) == Dialect::Sqlite ? QStringLiteral("+c.state = ?")
                                                            : QStringLiteral("c.state = ?"));
            else
                *where << QStringLiteral("c.id IN (SELECT id FROM cards WHERE state = ?)");
            *values << state;
        }
        if (text.isEmpty())
            return;
        qint64 id = 0;
        *values << (isCardNumber(text, &id) ? id : qint64(0)) << text << prefixEnd(text) << text << prefixEnd(text);
        if (commonText) {
            // Most cards match: walking the order finds a page at once, where collecting and sorting every
            // match would take half a second on a million cards. On SQLite the unary + keeps the planner from
            // collecting through the text indexes anyway; PostgreSQL's statistics see it.
            *where << QStringLiteral("(c.id = ? OR (%1) OR (%2))")
                          .arg(prefixRange(db, QStringLiteral("c.gocards_card_id"), true),
                               prefixRange(db, QStringLiteral("c.gocards_order_id"), true));
        } else {
            *where << QStringLiteral("c.id IN (SELECT id FROM cards WHERE id = ? UNION SELECT id FROM cards WHERE %1 "
                                     "UNION SELECT id FROM cards WHERE %2)")
                          .arg(prefixRange(db, QStringLiteral("gocards_card_id")),
                               prefixRange(db, QStringLiteral("gocards_order_id")));
        }
    }
};

QString selected(const CardOrder &order, bool holderJoined)
{
    QStringList columns{CardQuery::columns(QStringLiteral("c"))};
    if (order.needsHolder() && !holderJoined)
        columns << QStringLiteral("NULL, NULL");
    else
        columns << order.positionColumns();
    return columns.join(QStringLiteral(", "));
}

QList<SortedCard> readCards(SqlQuery &query, const CardOrder &order)
{
    const int valueCount = int(order.positionColumns().size());
    QList<SortedCard> cards;
    while (query.next()) {
        SortedCard sorted{CardQuery::readRow(query, 0), {}};
        QStringList values;
        for (int i = 0; i < valueCount; ++i)
            values << query.value(CardQuery::kColumnCount + i).toString();
        sorted.position = order.positionOf(sorted.card, values);
        cards << sorted;
    }
    return cards;
}

} // namespace

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

QList<SortedCard> CardListQuery::page(const QSqlDatabase &db, const CardFilter &filter, const CardSort &sort,
                                      const std::optional<CardPosition> &after, int limit)
{
    const CardOrder order(db, sort);
    const bool keyedOrder = sort.column != CardSortColumn::Id && sort.column != CardSortColumn::State;
    const FilterPlan plan(db, filter, keyedOrder);
    QList<SortedCard> cards;
    for (int s = after ? after->segment : 0; s < order.segments().size() && cards.size() < limit; ++s) {
        const CardOrder::Segment &segment = order.segments().at(s);
        const bool keyed = !segment.keys.isEmpty();
        QStringList where;
        QVariantList values;
        if (!segment.where.isEmpty())
            where << segment.where;
        plan.addTo(db, keyed, &where, &values);
        QString from = QStringLiteral("cards c");
        if (segment.byHolder) {
            // Many cards: people in name order lead (CROSS JOIN fixes that order on SQLite), each one's cards
            // by the holder index. Few: the candidates lead, and their holders are looked up.
            from = plan.fewMatch() ? QStringLiteral("cards c JOIN people p ON p.id = c.holder_id")
                                   : QStringLiteral("people p CROSS JOIN cards c");
            where << QStringLiteral("c.holder_id = p.id");
        }
        QString sql = QStringLiteral("SELECT %1 FROM %2").arg(selected(order, segment.byHolder), from);
        if (!where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
        if (after && after->segment == s)
            sql +=
                (where.isEmpty() ? QStringLiteral(" WHERE 1 = 1") : QString()) + order.after(segment, *after, &values);
        sql += QStringLiteral(" ORDER BY %1 LIMIT ?").arg(order.orderBy(segment));
        SqlQuery query(db, sql);
        for (const QVariant &value : std::as_const(values))
            query.bind(value);
        query.bind(limit - int(cards.size())).exec();
        cards += readCards(query, order);
    }
    return cards;
}

QList<SortedCard> CardListQuery::byIds(const QSqlDatabase &db, const CardSort &sort, const QList<qint64> &ids)
{
    const CardOrder order(db, sort);
    const QString from = order.needsHolder() ? QStringLiteral("cards c LEFT JOIN people p ON p.id = c.holder_id")
                                             : QStringLiteral("cards c");
    QList<SortedCard> cards;
    constexpr int kChunk = 500;
    for (int start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        SqlQuery query(db, QStringLiteral("SELECT %1 FROM %2 WHERE c.id IN (%3)")
                               .arg(selected(order, true), from, placeholders(chunk.size())));
        for (const qint64 id : chunk)
            query.bind(id);
        query.exec();
        cards += readCards(query, order);
    }
    return cards;
}

} // namespace tempcards
