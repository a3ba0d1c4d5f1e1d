// SPDX-License-Identifier: Apache-2.0
#include "CardListQuery.h"
#include "Database.h"
#include "Sql.h"
#include "TestBackend.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace tempcards;
using namespace tempcards::test;

namespace {

// 9,000 cards: ordered ones are common (over the 5,000 at which a filter counts as common), every other state
// rare; ties in the order date, the Go Cards order and the holder's name; blank and empty Go Cards ids, dates
// and reasons; texts whose UTF-16 order is not their code point order (U+FB00 against U+1D538).
void fillCards(TestBackend &t)
{
    const QList<qint64> people{
        t.createPerson(QStringLiteral("e1"), true, QStringLiteral("Anna"), QStringLiteral("Berg")),
        t.createPerson(QStringLiteral("e2"), true, QStringLiteral("Anna"), QStringLiteral("Berg")),
        t.createPerson(QStringLiteral("e3"), true, QStringLiteral("Åsa"), QStringLiteral("Ek")),
        t.createPerson(QStringLiteral("e4"), true, QStringLiteral("\U0001D538lpha"), QStringLiteral("X")),
        t.createPerson(QStringLiteral("e5"), true, QStringLiteral("\uFB00ion"), QStringLiteral("Y")),
        t.createPerson(QStringLiteral("e6"), true, QStringLiteral("Bo"), QStringLiteral("\u00C5berg"))};
    QStringList holders;
    for (int i = 0; i < people.size(); ++i)
        holders << QStringLiteral("WHEN %1 THEN %2").arg(i).arg(people.at(i));
    SqlQuery::run(t.database().connection(), QStringLiteral(R"(
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 9000),
k(i, s) AS (SELECT i, CASE i % 7 WHEN 0 THEN 'processing' WHEN 3 THEN (CASE i % 2 WHEN 0 THEN 'expired'
    ELSE 'assigned' END) WHEN 5 THEN (CASE i % 2 WHEN 0 THEN 'failed' ELSE 'locked' END) ELSE 'ordered' END FROM n)
INSERT INTO cards (external_id, production_type, state, ordered_at, ordered_by, updated_at, gocards_card_id,
                   gocards_order_id, holder_id, valid_until, failure_reason, reason)
SELECT 'ext-' || i, 'external', s,
    CASE i % 3 WHEN 0 THEN '2026-11-20T10:00:00.000Z' WHEN 1 THEN '2026-11-21T09:00:00.000Z'
        ELSE '2026-11-19T23:59:59.999Z' END,
    'test', '2026-11-23T10:00:00.000Z',
    CASE WHEN s = 'processing' THEN NULL WHEN i % 13 = 0 THEN '' ELSE 'gc-' || ((i * 7919) % 9001) END,
    CASE WHEN s = 'processing' THEN NULL ELSE 'ord-' || (i % 37) END,
    CASE WHEN s IN ('assigned', 'expired') THEN (CASE (i / 7) % 6 %1 END) END,
    CASE WHEN s NOT IN ('assigned', 'expired') THEN NULL WHEN i % 5 = 0 THEN ''
        ELSE '2027-0' || (1 + i % 9) || '-01T00:00:00.000Z' END,
    CASE WHEN s <> 'failed' THEN NULL WHEN i % 3 = 0 THEN 'ﬀ refused' WHEN i % 3 = 1 THEN '𝔸 refused'
        ELSE '' END,
    CASE WHEN s = 'locked' THEN 'locked: ' || (i % 4) WHEN s = 'expired' AND i % 4 = 0 THEN 'lost' END
FROM k)")
                                                 .arg(holders.join(QLatin1Char(' '))));
}

QList<qint64> idsOf(const QList<SortedCard> &cards)
{
    QList<qint64> ids;
    for (const SortedCard &card : cards)
        ids << card.card.id;
    return ids;
}

} // namespace

TEST_CASE("Card sort orders compare texts by code point as both databases do", "[unit][sort]")
{
    // U+FB00 is above U+1D538 in UTF-16 (a surrogate pair starts at U+D835) and below it in code points.
    CHECK(QStringLiteral("\uFB00").compare(QStringLiteral("\U0001D538")) > 0);
    CHECK(CardOrder::compareText(QStringLiteral("\uFB00"), QStringLiteral("\U0001D538")) < 0);
    CHECK(CardOrder::compareText(QStringLiteral("ab"), QStringLiteral("abc")) < 0);
    CHECK(CardOrder::compareText(QStringLiteral("abc"), QStringLiteral("abc")) == 0);
    CHECK(CardOrder::compareText(QStringLiteral("B"), QStringLiteral("a")) < 0);
}

TEST_CASE("Every column sorts both ways page by page in the order its comparison gives, blanks last", "[sort][filter]")
{
    TestBackend t;
    fillCards(t);
    const QSqlDatabase db = t.database().connection();
    QList<qint64> all;
    for (const SortedCard &card : CardListQuery::page(db, {}, {}, std::nullopt, 100000))
        all << card.card.id;
    REQUIRE(all.size() == 9000);

    const QList<CardFilter> filters{{},
                                    {CardState::Ordered, {}},
                                    {CardState::Assigned, {}},
                                    {std::nullopt, QStringLiteral("gc-1")},
                                    {std::nullopt, QStringLiteral("ord-")},
                                    {CardState::Ordered, QStringLiteral("ord-1")}};
    const QList<CardSortColumn> columns = CardOrder::allColumns();
    // The ordered cards (5,142) and "ord-" (7,714) count as common, the rest as rare. With a walk that sees every
    // card; with one short enough that a common filter's candidates are read after it; and with the candidates
    // counted as too many to sort, so that the walk goes on.
    const auto [walkLimit, manyCandidates] = GENERATE(table<int, int>({{20000, 50000}, {300, 50000}, {300, 100}}));
    CardListQuery::setTuning({5000, walkLimit, manyCandidates});
    struct Restore
    {
        ~Restore() { CardListQuery::setTuning({}); } // also when a REQUIRE ends the case
    } restore;
    for (const CardSortColumn column : columns) {
        for (const bool ascending : {true, false}) {
            const CardSort sort{column, ascending};
            const CardOrder order(db, sort);
            QList<SortedCard> everyCard = CardListQuery::byIds(db, sort, all);
            REQUIRE(everyCard.size() == all.size());
            std::stable_sort(everyCard.begin(), everyCard.end(), [&](const SortedCard &a, const SortedCard &b) {
                return order.before(a.position, b.position);
            });
            for (const CardFilter &filter : filters) {
                // A short walk matters only where a common filter is checked on the walk.
                const bool walked = filter.state == CardState::Ordered || filter.text == QStringLiteral("ord-");
                if (walkLimit < 20000 && !walked)
                    continue;
                INFO("walk " << walkLimit << " many " << manyCandidates << " column " << int(column)
                             << (ascending ? " ascending" : " descending") << " state "
                             << (filter.state ? int(*filter.state) : -1) << " text " << filter.text.toStdString());
                QList<SortedCard> expected;
                std::copy_if(everyCard.cbegin(), everyCard.cend(), std::back_inserter(expected),
                             [&](const SortedCard &card) { return filter.matches(card.card); });
                REQUIRE(!expected.isEmpty());
                QList<SortedCard> paged;
                std::optional<CardPosition> after;
                for (int pages = 0; pages < 100; ++pages) {
                    const QList<SortedCard> page = CardListQuery::page(db, filter, sort, after, 400);
                    paged += page;
                    if (page.size() < 400)
                        break;
                    after = page.last().position;
                }
                REQUIRE(idsOf(paged) == idsOf(expected));
                // The positions the pages read are the ones read for single cards, which merging relies on.
                for (int i = 0; i < paged.size(); ++i) {
                    CHECK(paged.at(i).position.segment == expected.at(i).position.segment);
                    CHECK(paged.at(i).position.values == expected.at(i).position.values);
                }
            }
        }
    }
}
