// SPDX-License-Identifier: Apache-2.0
// What the desktop is told about changed cards: each produced or failed card once, nothing for cards that
// only changed while staying where they were, and nothing for a card produced long before the client started.
#include "CardNews.h"

#include <catch2/catch.hpp>

using namespace tempcards;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);

CardRow card(qint64 id, CardState state, const QDateTime &producedAt = {})
{
    CardRow row;
    row.id = id;
    row.state = state;
    row.producedAt = producedAt;
    if (state == CardState::Failed)
        row.failureReason = QStringLiteral("laminator jam");
    return row;
}

QList<qint64> ids(const QList<CardRow> &rows)
{
    QList<qint64> out;
    for (const CardRow &row : rows)
        out << row.id;
    return out;
}

} // namespace

TEST_CASE("produced and failed cards are news once each")
{
    CardNews news(kStart);
    const QDateTime later = kStart.addSecs(120);
    CardNews::Findings first = news.take({card(1, CardState::Produced, later), card(2, CardState::Ordered),
                                          card(3, CardState::Failed), card(4, CardState::Produced, later)});
    CHECK(ids(first.produced) == QList<qint64>{1, 4});
    CHECK(ids(first.failed) == QList<qint64>{3});
    CHECK(first.failed.first().failureReason == QStringLiteral("laminator jam"));

    // The same cards changing again where they are (a refresh, another desk) are not news.
    CHECK(news.take({card(1, CardState::Produced, later), card(3, CardState::Failed)}).isEmpty());
    // Card 2 now produced is; card 1 initialized is not.
    CardNews::Findings second = news.take({card(2, CardState::Produced, later), card(1, CardState::Unassigned)});
    CHECK(ids(second.produced) == QList<qint64>{2});
    CHECK(second.failed.isEmpty());
}

TEST_CASE("a card produced long before watching began is not news")
{
    CardNews news(kStart);
    CHECK(news.take({card(7, CardState::Produced, kStart.addDays(-3))}).isEmpty());
    // Within the clock skew allowed between Go Cards and this workstation it still is.
    const QDateTime skewed = kStart.addSecs(-CardNews::kClockSkewSeconds + 5);
    CHECK(ids(news.take({card(8, CardState::Produced, skewed)}).produced) == QList<qint64>{8});
    // Without a production time (Go Cards gave none), a change seen while watching is news.
    CHECK(ids(news.take({card(9, CardState::Produced)}).produced) == QList<qint64>{9});
}

TEST_CASE("a card that leaves a state and comes back to it is news again")
{
    CardNews news(kStart);
    REQUIRE(news.take({card(5, CardState::Failed)}).failed.size() == 1);
    CHECK(news.take({card(5, CardState::Failed)}).isEmpty());
    CHECK(news.take({card(5, CardState::Ordered)}).isEmpty());
    CHECK(news.take({card(5, CardState::Failed)}).failed.size() == 1);
}
