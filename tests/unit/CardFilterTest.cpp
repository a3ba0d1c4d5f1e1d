// SPDX-License-Identifier: Apache-2.0
#include "CardQuery.h"
#include "Sql.h"
#include "TestBackend.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace tempcards;
using namespace tempcards::test;

TEST_CASE("Quick search filters by state and by card, Go Cards card or order id, newest first", "[filter]")
{
    TestBackend t;
    QList<qint64> processing;
    for (int i = 0; i < 5; ++i)
        processing << t.insertCard(CardState::Processing);
    const qint64 ordered1 = t.insertCard(CardState::Ordered, 0, QStringLiteral("gc-00000123"));
    const qint64 ordered2 = t.insertCard(CardState::Ordered, 0, QStringLiteral("gc-00000124"));
    const qint64 produced = t.insertCard(CardState::Produced, 0, QStringLiteral("gc-00000999"));
    SqlQuery::run(t.database().connection(),
                  QStringLiteral("UPDATE cards SET gocards_order_id = 'ord-7' WHERE gocards_card_id IS NOT NULL"));
    Backend &backend = t.backend();
    auto ids = [](const QList<CardRow> &rows) {
        QList<qint64> list;
        for (const CardRow &row : rows)
            list << row.id;
        return list;
    };

    CHECK(backend.cards()->page({}, 0, 100).size() == 8);
    CHECK(ids(backend.cards()->page({CardState::Processing, {}}, 0, 100)) ==
          QList<qint64>{processing[4], processing[3], processing[2], processing[1], processing[0]});
    // Paging continues below the last row seen.
    CHECK(ids(backend.cards()->page({CardState::Processing, {}}, processing[3], 2)) ==
          QList<qint64>{processing[2], processing[1]});
    CHECK(ids(backend.cards()->page({std::nullopt, QStringLiteral("gc-000001")}, 0, 100)) ==
          QList<qint64>{ordered2, ordered1});
    CHECK(ids(backend.cards()->page({std::nullopt, QStringLiteral("gc-00000999")}, 0, 100)) == QList<qint64>{produced});
    CHECK(ids(backend.cards()->page({std::nullopt, QStringLiteral("ord-7")}, 0, 100)).size() == 3);
    CHECK(ids(backend.cards()->page({CardState::Ordered, QStringLiteral("ord-")}, 0, 100)) ==
          QList<qint64>{ordered2, ordered1});
    CHECK(ids(backend.cards()->page({std::nullopt, QString::number(processing[2])}, 0, 100)) ==
          QList<qint64>{processing[2]});
    for (const QString &nothing :
         {QStringLiteral("zzz"), QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("' OR 1=1 --"),
          QStringLiteral("-1"), QString(10000, QLatin1Char('x'))}) {
        INFO(nothing.left(20).toStdString());
        CHECK(backend.cards()->page({std::nullopt, nothing}, 0, 100).isEmpty());
    }
    // The same rules in memory, for merging changes into a filtered list.
    const CardFilter orderedFilter{CardState::Ordered, QStringLiteral("gc-0000012")};
    CHECK(orderedFilter.matches(backend.cards()->byIds({ordered1}).first()));
    CHECK_FALSE(orderedFilter.matches(backend.cards()->byIds({produced}).first()));
}
