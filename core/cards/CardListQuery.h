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
    // How a filter is read, measured by tempcards-bench on a million cards. A filter part matching fewer than
    // commonMatches cards gives the candidates, which are sorted (that many sort in about 20 ms). A commoner one
    // is checked on the cards the order's index walks, at most walkLimit of them (a quarter by holder); if that
    // ends short of a page, the candidates are sorted after all, unless there are manyCandidates or more: then
    // the walk goes on. Tests lower them to take every way on a small stock.
    struct Tuning
    {
        int commonMatches = 20000;
        int walkLimit = 20000;
        int manyCandidates = 50000;
    };
    static void setTuning(const Tuning &tuning);
    static QList<SortedCard> byIds(const QSqlDatabase &db, const CardSort &sort, const QList<qint64> &ids);
};

} // namespace tempcards
