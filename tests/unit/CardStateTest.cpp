// SPDX-License-Identifier: Apache-2.0
#include "CardState.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace tempcards;

namespace {
const QList<CardEvent> kEvents = {CardEvent::DispatchAccepted,
                                  CardEvent::DispatchRefused,
                                  CardEvent::ProductionStarted,
                                  CardEvent::ProductionDone,
                                  CardEvent::ProductionFailed,
                                  CardEvent::Abort,
                                  CardEvent::Initialize,
                                  CardEvent::Assign,
                                  CardEvent::Withdraw,
                                  CardEvent::Extend,
                                  CardEvent::Lock,
                                  CardEvent::Expire};

struct Edge
{
    CardState from;
    CardEvent event;
    CardState to;
};
// The graph of docs/design.md, written out independently of the implementation's table.
const QList<Edge> kAllowed = {
    {CardState::Processing, CardEvent::DispatchAccepted, CardState::Ordered},
    {CardState::Processing, CardEvent::DispatchRefused, CardState::Failed},
    {CardState::Processing, CardEvent::Abort, CardState::Aborted},
    {CardState::Ordered, CardEvent::ProductionStarted, CardState::InProduction},
    {CardState::Ordered, CardEvent::ProductionFailed, CardState::Failed},
    {CardState::InProduction, CardEvent::ProductionDone, CardState::Produced},
    {CardState::InProduction, CardEvent::ProductionFailed, CardState::Failed},
    {CardState::Produced, CardEvent::Initialize, CardState::Unassigned},
    {CardState::Unassigned, CardEvent::Assign, CardState::Assigned},
    {CardState::Unassigned, CardEvent::Lock, CardState::Locked},
    {CardState::Assigned, CardEvent::Withdraw, CardState::Unassigned},
    {CardState::Assigned, CardEvent::Extend, CardState::Assigned},
    {CardState::Assigned, CardEvent::Lock, CardState::Locked},
    {CardState::Assigned, CardEvent::Expire, CardState::Expired},
    {CardState::Expired, CardEvent::Withdraw, CardState::Unassigned},
};
} // namespace

TEST_CASE("every (state, event) pair follows the design's graph and nothing else", "[state]")
{
    int allowed = 0;
    for (const CardState state : CardStates::all()) {
        for (const CardEvent event : kEvents) {
            const auto expected = std::find_if(kAllowed.cbegin(), kAllowed.cend(),
                                               [&](const Edge &e) { return e.from == state && e.event == event; });
            const auto next = CardStates::next(state, event);
            INFO("state " << CardStates::toStorage(state).toStdString() << ", event " << int(event));
            if (expected == kAllowed.cend()) {
                CHECK_FALSE(next.has_value());
            } else {
                REQUIRE(next.has_value());
                CHECK(*next == expected->to);
                ++allowed;
            }
        }
    }
    CHECK(allowed == kAllowed.size());
}

TEST_CASE("final states allow no event", "[state]")
{
    for (const CardState state : {CardState::Failed, CardState::Aborted, CardState::Locked}) {
        CHECK(CardStates::isFinal(state));
        for (const CardEvent event : kEvents)
            CHECK_FALSE(CardStates::next(state, event).has_value());
    }
}

TEST_CASE("a new card starts in processing", "[state]")
{
    CHECK(CardStates::initial() == CardState::Processing);
}

TEST_CASE("state names round-trip through storage and are distinct", "[state]")
{
    QSet<QString> names;
    for (const CardState state : CardStates::all()) {
        const QString name = CardStates::toStorage(state);
        names.insert(name);
        CHECK(CardStates::fromStorage(name) == state);
        CHECK_FALSE(CardStates::displayName(state).isEmpty());
    }
    CHECK(names.size() == CardStates::all().size());
    CHECK(CardStates::toStorage(CardState::InProduction) == QStringLiteral("in_production"));
    CHECK_FALSE(CardStates::fromStorage(QStringLiteral("ORDERED")).has_value());
    CHECK_FALSE(CardStates::fromStorage(QString()).has_value());
}
