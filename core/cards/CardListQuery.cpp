// SPDX-License-Identifier: Apache-2.0
#include "CardListQuery.h"

#include "InputText.h"
#include "Sql.h"

#include <atomic>
#include <limits>

namespace tempcards {

namespace {

// How the filter's reading is chosen (CardListQuery::Tuning); one setting for the process.
std::atomic<int> s_commonMatches{CardListQuery::Tuning{}.commonMatches};
std::atomic<int> s_walkLimit{CardListQuery::Tuning{}.walkLimit};
std::atomic<int> s_manyCandidates{CardListQuery::Tuning{}.manyCandidates};

bool isCardNumber(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0 && !text.startsWith(QLatin1Char('+'));
}

// Whether at least Tuning::commonMatches cards are in `state`: counted in the index, and never further than that.
bool isCommonState(const QSqlDatabase &db, const QString &state)
{
    SqlQuery count(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM cards WHERE state = ? LIMIT %1) AS c")
                           .arg(int(s_commonMatches)));
    return count.bind(state).scalar().toInt() >= s_commonMatches;
}

// Whether at least as many cards have a Go Cards card or order id starting with `prefix`, likewise.
bool isCommonPrefix(const QSqlDatabase &db, const QString &prefix)
{
    for (const QString &column : {QStringLiteral("gocards_card_id"), QStringLiteral("gocards_order_id")}) {
        SqlQuery count(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM cards WHERE %1 LIMIT %2) AS c")
                               .arg(prefixRange(db, column))
                               .arg(int(s_commonMatches)));
        if (count.bind(prefix).bind(prefixEnd(prefix)).scalar().toInt() >= s_commonMatches)
            return true;
    }
    return false;
}

// The conditions of a query, with the values to bind, in order.
struct Terms
{
    QStringList where;
    QVariantList values;

    void add(const Terms &other)
    {
        where += other.where;
        values += other.values;
    }
    QString sql() const
    {
        return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    }
};

// How a filter is read. A part few cards match gives the candidates through its own index, and only they are
// sorted. A part many match is checked on the cards the order's index walks, which finds a page soon when the
// matches are spread through the order; as they may be bunched instead (a prefix of Go Cards ids is a run of
// cards), that walk is bounded (Tuning::walkLimit) and the candidates are read when it ends short of a page.
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

    // Whether the filter's candidates are too many to sort for a page (Tuning::manyCandidates), counted in their
    // indexes once, when a walk first ends short.
    bool manyCandidates(const QSqlDatabase &db) const
    {
        if (!many) {
            const auto count = [&](const QString &where, const QVariantList &values) {
                SqlQuery query(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM cards WHERE %1 LIMIT %2) AS c")
                                       .arg(where)
                                       .arg(int(s_manyCandidates)));
                for (const QVariant &value : values)
                    query.bind(value);
                return query.scalar().toInt();
            };
            int candidates = std::numeric_limits<int>::max();
            if (!state.isEmpty())
                candidates = count(QStringLiteral("state = ?"), {state});
            if (!text.isEmpty()) {
                int matches = 0;
                for (const QString &column : {QStringLiteral("gocards_card_id"), QStringLiteral("gocards_order_id")})
                    matches += count(prefixRange(db, column), {text, prefixEnd(text)});
                candidates = std::min(candidates, matches);
            }
            many = candidates >= s_manyCandidates;
        }
        return *many;
    }
    mutable std::optional<bool> many;

    // The filter on cards c, for a part of an order walked by id (`keyed` false) or by a column: the parts
    // served by an index into `indexed`, the parts checked on the walk into `checked` (none if `candidates`).
    // Returns whether the candidates lead (a part gives them through its own index).
    bool addTo(const QSqlDatabase &db, bool keyed, bool candidates, Terms *indexed, Terms *checked) const
    {
        const bool sqlite = dialectOf(db) == Dialect::Sqlite;
        bool lead = false;
        if (!state.isEmpty()) {
            if (!keyed) {
                indexed->where << QStringLiteral("c.state = ?"); // (state, id) is the index walked
                indexed->values << state;
            } else if (commonState && !candidates) {
                // On SQLite the unary + keeps the planner from collecting the state's cards and sorting them.
                checked->where << (sqlite ? QStringLiteral("+c.state = ?") : QStringLiteral("c.state = ?"));
                checked->values << state;
            } else {
                indexed->where << QStringLiteral("c.id IN (SELECT id FROM cards WHERE state = ?)");
                indexed->values << state;
                lead = true;
            }
        }
        if (text.isEmpty())
            return lead;
        qint64 id = 0;
        const QVariantList values{isCardNumber(text, &id) ? id : qint64(0), text, prefixEnd(text), text,
                                  prefixEnd(text)};
        if (commonText && !candidates) {
            checked->where << QStringLiteral("(c.id = ? OR (%1) OR (%2))")
                                  .arg(prefixRange(db, QStringLiteral("c.gocards_card_id"), true),
                                       prefixRange(db, QStringLiteral("c.gocards_order_id"), true));
            checked->values << values;
        } else {
            indexed->where << QStringLiteral("c.id IN (SELECT id FROM cards WHERE id = ? UNION SELECT id FROM cards "
                                             "WHERE %1 UNION SELECT id FROM cards WHERE %2)")
                                  .arg(prefixRange(db, QStringLiteral("gocards_card_id")),
                                       prefixRange(db, QStringLiteral("gocards_order_id")));
            indexed->values << values;
            lead = true;
        }
        return lead;
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

namespace {

QList<SortedCard> run(const QSqlDatabase &db, const CardOrder &order, const QString &sql, const QVariantList &values,
                      int limit)
{
    SqlQuery query(db, sql);
    for (const QVariant &value : values)
        query.bind(value);
    query.bind(limit).exec();
    return readCards(query, order);
}

// One page's reading: once a walk ended short of a page, the filter's matches are bunched elsewhere in the
// order, and the rest of the page reads the candidates at once.
struct PageRead
{
    const QSqlDatabase &db;
    const CardOrder &order;
    const FilterPlan &plan;
    bool candidates = false;
};

// Conditions that no index may serve (SQLite; PostgreSQL's statistics see it): with the candidates leading, an
// order's condition such as "ordered_at = ? AND id > ?" would otherwise win, and read a tie of half a million.
QStringList unindexed(const QSqlDatabase &db, const QStringList &conditions)
{
    if (dialectOf(db) != Dialect::Sqlite)
        return conditions;
    QStringList wrapped;
    for (const QString &condition : conditions)
        wrapped << QStringLiteral("+(%1)").arg(condition);
    return wrapped;
}

// Up to `limit` cards of one segment past one level of the cursor (or from the segment's start).
QList<SortedCard> readPart(PageRead &read, const CardOrder::Segment &segment, const CardOrder::Level &level, int limit)
{
    const QSqlDatabase &db = read.db;
    const CardOrder &order = read.order;
    const bool keyed = !segment.keys.isEmpty();
    // What the index walked serves, the level first: given two lower bounds on one column, SQLite seeks to the
    // first written ("ordered_at > ?" before the segment's "ordered_at > ''"). A blank check is made on the
    // cards the index gives.
    Terms part;
    if (!level.condition.isEmpty()) {
        part.where << level.condition;
        part.values << level.values;
    }
    if (segment.indexed && !segment.where.isEmpty())
        part.where << segment.where;
    const QStringList blankCheck = segment.indexed ? QStringList() : QStringList{segment.where};
    const bool stateChecked = keyed && !segment.stateIndexed;
    // Many cards by holder: people in name order lead (CROSS JOIN fixes the order on SQLite), each one's cards
    // by the holder index. With the candidates, the cards lead and their holders are looked up.
    const auto from = [&](bool cardsLead) {
        if (!segment.byHolder)
            return QStringLiteral("cards c");
        return cardsLead ? QStringLiteral("cards c CROSS JOIN people p")
                         : QStringLiteral("people p CROSS JOIN cards c");
    };
    const QString join = segment.byHolder ? QStringLiteral("c.holder_id = p.id") : QString();
    if (!read.candidates) {
        Terms indexed = part;
        Terms checked;
        if (!read.plan.addTo(db, stateChecked, false, &indexed, &checked)) {
            if (!join.isEmpty())
                indexed.where << join;
            if (checked.where.isEmpty()) {
                indexed.where += blankCheck;
                return run(
                    db, order,
                    QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 LIMIT ?")
                        .arg(selected(order, segment.byHolder), from(false), indexed.sql(), order.orderBy(segment)),
                    indexed.values, limit);
            }
            checked.where = blankCheck + checked.where;
            // The bounded walk: the next cards in the order, then the filter on them, in the walk's order (a
            // subquery with a LIMIT is read as it runs, on SQLite; PostgreSQL is told the order again).
            // A walk by holder reads a person and a card for each step: it goes a quarter as far.
            const int walkLimit = segment.byHolder ? std::max(1, s_walkLimit / 4) : int(s_walkLimit);
            const QString walk =
                QStringLiteral("SELECT c.*%1 FROM %2%3 ORDER BY %4 LIMIT %5")
                    .arg(order.aliasedKeys(segment), from(false), indexed.sql(), order.orderBy(segment))
                    .arg(walkLimit);
            QStringList columns{CardQuery::columns(QStringLiteral("c"))};
            for (qsizetype i = 0; i < segment.keys.size(); ++i)
                columns << QStringLiteral("c.k%1").arg(i);
            if (!keyed)
                columns << (order.needsHolder() ? QStringLiteral("NULL, NULL")
                                                : order.positionColumns().join(QStringLiteral(", ")));
            columns.removeAll(QString());
            const QString reorder = dialectOf(db) == Dialect::Postgres
                                        ? QStringLiteral(" ORDER BY ") + order.orderBy(segment, true)
                                        : QString();
            const QList<SortedCard> found =
                run(db, order,
                    QStringLiteral("SELECT %1 FROM (%2) AS c%3%4 LIMIT ?")
                        .arg(columns.join(QStringLiteral(", ")), walk, checked.sql(), reorder),
                    indexed.values + checked.values, limit);
            if (found.size() == limit)
                return found;
            SqlQuery rest(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1%2 LIMIT %3) AS w")
                                  .arg(from(false), indexed.sql())
                                  .arg(walkLimit + 1));
            for (const QVariant &value : std::as_const(indexed.values))
                rest.bind(value);
            if (rest.scalar().toInt() <= walkLimit)
                return found; // the walk saw every card left in the segment
            if (read.plan.manyCandidates(db)) {
                // Too many to sort for each page: the walk goes on to the end of the page, however far.
                indexed.add(checked);
                return run(
                    db, order,
                    QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 LIMIT ?")
                        .arg(selected(order, segment.byHolder), from(false), indexed.sql(), order.orderBy(segment)),
                    indexed.values, limit);
            }
            read.candidates = true;
        }
    }
    // The candidates lead: the filter's own indexes give them, and only they are sorted.
    Terms filter;
    Terms none;
    read.plan.addTo(db, stateChecked, true, &filter, &none);
    Terms terms;
    terms.where = unindexed(db, part.where + blankCheck);
    terms.values = part.values;
    terms.add(filter);
    if (!join.isEmpty())
        terms.where << join;
    return run(db, order,
               QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 LIMIT ?")
                   .arg(selected(order, segment.byHolder), from(true), terms.sql(), order.orderBy(segment)),
               terms.values, limit);
}

} // namespace

QList<SortedCard> CardListQuery::page(const QSqlDatabase &db, const CardFilter &filter, const CardSort &sort,
                                      const std::optional<CardPosition> &after, int limit)
{
    const CardOrder order(db, sort);
    const bool keyedOrder = sort.column != CardSortColumn::Id && sort.column != CardSortColumn::State;
    const FilterPlan plan(db, filter, keyedOrder);
    PageRead read{db, order, plan};
    QList<SortedCard> cards;
    for (int s = after ? after->segment : 0; s < order.segments().size() && cards.size() < limit; ++s) {
        const CardOrder::Segment &segment = order.segments().at(s);
        if (segment.state && filter.state && *segment.state != *filter.state)
            continue; // a state the filter leaves out
        const QList<CardOrder::Level> levels =
            after && after->segment == s ? order.levels(segment, *after) : QList<CardOrder::Level>{{}};
        for (qsizetype i = 0; i < levels.size() && cards.size() < limit; ++i) {
            if ((!read.candidates && !plan.fewMatch()) || levels.at(i).condition.isEmpty()) {
                cards += readPart(read, segment, levels.at(i), limit - int(cards.size()));
                continue;
            }
            // With the candidates leading, the levels are only a check on them: one query for all that are left.
            CardOrder::Level rest;
            QStringList conditions;
            for (qsizetype j = i; j < levels.size(); ++j) {
                conditions << QStringLiteral("(%1)").arg(levels.at(j).condition);
                rest.values << levels.at(j).values;
            }
            rest.condition = QStringLiteral("(%1)").arg(conditions.join(QStringLiteral(" OR ")));
            cards += readPart(read, segment, rest, limit - int(cards.size()));
            break;
        }
    }
    return cards;
}

void CardListQuery::setTuning(const Tuning &tuning)
{
    s_commonMatches = tuning.commonMatches;
    s_walkLimit = tuning.walkLimit;
    s_manyCandidates = tuning.manyCandidates;
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
