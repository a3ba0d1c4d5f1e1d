// SPDX-License-Identifier: Apache-2.0
#include "CardState.h"

#include <QCoreApplication>

namespace tempcards {

namespace {

struct StateName
{
    CardState state;
    const char *storage;
    const char *display;
};

const StateName kNames[] = {
    {CardState::Processing, "processing", QT_TRANSLATE_NOOP("tempcards::CardStates", "processing")},
    {CardState::Ordered, "ordered", QT_TRANSLATE_NOOP("tempcards::CardStates", "ordered")},
    {CardState::InProduction, "in_production", QT_TRANSLATE_NOOP("tempcards::CardStates", "in production")},
    {CardState::Produced, "produced", QT_TRANSLATE_NOOP("tempcards::CardStates", "produced")},
    {CardState::Failed, "failed", QT_TRANSLATE_NOOP("tempcards::CardStates", "failed")},
    {CardState::Aborted, "aborted", QT_TRANSLATE_NOOP("tempcards::CardStates", "aborted")},
    {CardState::Unassigned, "unassigned", QT_TRANSLATE_NOOP("tempcards::CardStates", "unassigned")},
    {CardState::Assigned, "assigned", QT_TRANSLATE_NOOP("tempcards::CardStates", "assigned")},
    {CardState::Expired, "expired", QT_TRANSLATE_NOOP("tempcards::CardStates", "expired")},
    {CardState::Locked, "locked", QT_TRANSLATE_NOOP("tempcards::CardStates", "locked")},
};

struct Edge
{
    CardState from;
    CardEvent event;
    CardState to;
};

// The graph of docs/design.md, and nothing else.
const Edge kEdges[] = {
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
    {CardState::Assigned, CardEvent::Extend, CardState::Assigned}, // the state stays; valid until moves on
    {CardState::Assigned, CardEvent::Lock, CardState::Locked},
    {CardState::Assigned, CardEvent::Expire, CardState::Expired},
    {CardState::Expired, CardEvent::Withdraw, CardState::Unassigned},
};

} // namespace

QList<CardState> CardStates::all()
{
    QList<CardState> states;
    for (const StateName &n : kNames)
        states << n.state;
    return states;
}

QString CardStates::toStorage(CardState state)
{
    for (const StateName &n : kNames) {
        if (n.state == state)
            return QString::fromLatin1(n.storage);
    }
    Q_UNREACHABLE();
}

std::optional<CardState> CardStates::fromStorage(const QString &text)
{
    for (const StateName &n : kNames) {
        if (text == QLatin1String(n.storage))
            return n.state;
    }
    return std::nullopt;
}

QString CardStates::displayName(CardState state)
{
    for (const StateName &n : kNames) {
        if (n.state == state)
            return QCoreApplication::translate("tempcards::CardStates", n.display);
    }
    Q_UNREACHABLE();
}

bool CardStates::isFinal(CardState state)
{
    return state == CardState::Failed || state == CardState::Aborted || state == CardState::Locked;
}

std::optional<CardState> CardStates::next(CardState from, CardEvent event)
{
    for (const Edge &edge : kEdges) {
        if (edge.from == from && edge.event == event)
            return edge.to;
    }
    return std::nullopt;
}

} // namespace tempcards
