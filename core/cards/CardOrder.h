// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardQuery.h"

#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace tempcards {

// The orders the card list can be sorted in: by one column, either way, each card's id breaking ties in the
// same direction. Blank values (no Go Cards id yet, no holder, no date, no reason) come after the rest in both
// directions. State sorts by the lifecycle (CardState's order), Reason by the stored text (a withdraw reason's
// storage name, a Go Cards failure as sent), Holder by the holder's given name, then surname, then person.
enum class CardSortColumn { Id, State, OrderedAt, GoCardsCardId, GoCardsOrderId, Holder, ValidUntil, Reason };

struct CardSort
{
    CardSortColumn column = CardSortColumn::Id;
    bool ascending = false; // the default order is newest first

    bool operator==(const CardSort &other) const { return column == other.column && ascending == other.ascending; }
};

// Where a card stands in an order. Compared segment first (the states one after another; or the cards with a
// value, then the blank ones), then by the values, the group (the holder, so that two people of one name stay
// apart) and the id, in the order's direction.
struct CardPosition
{
    int segment = 0;
    QStringList values;
    qint64 group = 0;
    qint64 id = 0;
};

struct SortedCard
{
    CardRow card;
    CardPosition position;
};

// An order's parts, the SQL that reads them and the comparison of two positions. The SQL and the comparison
// agree: texts compare code point by code point (SQLite's BINARY, PostgreSQL's "C"), so a changed card can be
// put where the next page would have put it.
class CardOrder
{
public:
    CardOrder(const QSqlDatabase &db, CardSort sort);

    // One part of the order, read in one index: the cards matching `where`, by `keys`, group and id.
    struct Segment
    {
        QString where;
        QStringList keys;
        bool byHolder = false;          // joins the holder (people p), whose id is the group
        std::optional<CardState> state; // the only state in it, when there is one
        bool indexed = true;            // `where` is served by an index (not so a blank check)
        bool stateIndexed = false;      // an index on (state, keys..., id) serves a state filter
    };
    const QList<Segment> &segments() const { return m_segments; }
    const CardSort &sort() const { return m_sort; }

    // Expressions that read, for any card c (with its holder as p, left joined), what positionOf() needs.
    QStringList positionColumns() const;
    bool needsHolder() const { return m_sort.column == CardSortColumn::Holder; }
    CardPosition positionOf(const CardRow &card, const QStringList &values) const;
    // Whether a comes before b.
    bool before(const CardPosition &a, const CardPosition &b) const { return comesBefore(m_sort, a, b); }
    static bool comesBefore(const CardSort &sort, const CardPosition &a, const CardPosition &b);
    // The cards after `position` in a segment, as conditions read one after the other: first the rest of its
    // tie (every value equal, a greater id), then a greater group, and so on to a greater first value. Each
    // is an equality on a prefix of the index and a range on the next column, which both databases seek to;
    // one condition over all columns would make them read a whole tie (half a million cards of one order
    // date) before the first card after it.
    struct Level
    {
        QString condition;
        QVariantList values;
    };
    QList<Level> levels(const Segment &segment, const CardPosition &position) const;
    // The segment's terms (keys, group, id) as ORDER BY, or as the aliases k0, k1, ..., g, id of a
    // subquery aliased c.
    QString orderBy(const Segment &segment, bool aliased = false) const;
    // The keys, and group, as a subquery's columns: ", <key> AS k0, ...".
    QString aliasedKeys(const Segment &segment) const;

    // Every column, in CardSortColumn's order (the card list's own).
    static QList<CardSortColumn> allColumns();
    // Code point order, as SQLite's BINARY and PostgreSQL's "C" collations compare.
    static int compareText(const QString &a, const QString &b);

private:
    CardSort m_sort;
    bool m_postgres = false;
    QString m_key; // the sorted column's expression, for the columns with one value
    QList<Segment> m_segments;
};

} // namespace tempcards
