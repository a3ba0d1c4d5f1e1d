// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardOrder.h"

#include <optional>

class QSqlDatabase;

namespace tempcards {

// The card list's reads: the cards matching a filter, a page at a time in any CardOrder, on any connection.
// Throws DatabaseError.
class CardListQuery
{
public:
    // Up to `limit` cards after `after` (from the first when empty), in the sort's order. Each part of the
    // order is walked in its index; a filter that few cards match is read through its own index first, and only
    // its cards are sorted, so no page reads the whole table (tempcards-bench measures them on a million).
    static QList<SortedCard> page(const QSqlDatabase &db, const CardFilter &filter, const CardSort &sort,
                                  const std::optional<CardPosition> &after, int limit);
    // These cards with their positions in the sort's order, in no particular order; missing ids are left out.
    static QList<SortedCard> byIds(const QSqlDatabase &db, const CardSort &sort, const QList<qint64> &ids);
};

} // namespace tempcards
