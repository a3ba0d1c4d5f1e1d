// SPDX-License-Identifier: Apache-2.0
#include "Processes.h"

#include "TableEntry.h"

#include <QCoreApplication>

#include <algorithm>

namespace tempcards {

namespace {

enum class Cards { None, Many, One }; // what a process starts on: Quick search, or selected cards

struct Entry
{
    ProcessId id;
    const char *symbolicName;
    const char *displayName;
    Cards cards;
    std::optional<CardEvent> event; // for card processes: where it leads in the card graph
};

const Entry kEntries[] = {
    {ProcessId::OrderTemporaryCards, "TempCardsAddonExtProdProcOrder",
     QT_TRANSLATE_NOOP("tempcards::Processes", "Order temporary cards"), Cards::None, std::nullopt},
    {ProcessId::AbortTemporaryCardOrder, "TempCardsAddonExtProdProcAbort",
     QT_TRANSLATE_NOOP("tempcards::Processes", "Abort temporary card order"), Cards::Many, CardEvent::Abort},
    {ProcessId::InitializeTemporaryCard, "TempCardsAddonExtProdInitialize",
     QT_TRANSLATE_NOOP("tempcards::Processes", "Initialize temporary card"), Cards::Many, CardEvent::Initialize},
    {ProcessId::AssignTemporaryCard, "TempCardsProcAssign",
     QT_TRANSLATE_NOOP("tempcards::Processes", "Assign temporary card"), Cards::One, CardEvent::Assign},
    {ProcessId::WithdrawTemporaryCard, "TempCardsProcWithdraw",
     QT_TRANSLATE_NOOP("tempcards::Processes", "Withdraw temporary card"), Cards::One, CardEvent::Withdraw},
    {ProcessId::ExtendTemporaryCard, "TempCardsProcExtend",
     QT_TRANSLATE_NOOP("tempcards::Processes", "Extend temporary card"), Cards::Many, CardEvent::Extend},
    {ProcessId::LockTemporaryCard, "TempCardsProcLock",
     QT_TRANSLATE_NOOP("tempcards::Processes", "Lock temporary card"), Cards::Many, CardEvent::Lock},
};

const Entry &entry(ProcessId id)
{
    return tableEntry(kEntries, id);
}

} // namespace

QList<ProcessId> Processes::all()
{
    QList<ProcessId> ids;
    for (const Entry &e : kEntries)
        ids << e.id;
    return ids;
}

QString Processes::symbolicName(ProcessId id)
{
    return QString::fromLatin1(entry(id).symbolicName);
}

QString Processes::displayName(ProcessId id)
{
    return QCoreApplication::translate("tempcards::Processes", entry(id).displayName);
}

QString Processes::permission(ProcessId id)
{
    return QStringLiteral("process:") + symbolicName(id);
}

QList<ProcessId> Processes::newProcesses()
{
    QList<ProcessId> ids;
    for (const Entry &e : kEntries) {
        if (e.cards == Cards::None)
            ids << e.id;
    }
    return ids;
}

bool Processes::startsFromQuickSearch(ProcessId id)
{
    return entry(id).cards == Cards::None;
}

QList<CardState> Processes::startStates(ProcessId id)
{
    const std::optional<CardEvent> event = entry(id).event;
    QList<CardState> states;
    if (!event)
        return states;
    for (const CardState state : CardStates::all()) {
        if (CardStates::next(state, *event))
            states << state;
    }
    return states;
}

bool Processes::canStartOn(ProcessId id, const QList<CardState> &states)
{
    const Entry &e = entry(id);
    if (e.cards == Cards::None || states.isEmpty() || (e.cards == Cards::One && states.size() != 1))
        return false;
    const QList<CardState> from = startStates(id);
    return std::all_of(states.cbegin(), states.cend(), [&from](CardState state) { return from.contains(state); });
}

QList<ProcessId> Processes::commandsOn(CardState state)
{
    QList<ProcessId> ids;
    for (const Entry &e : kEntries) {
        if (e.cards != Cards::None && startStates(e.id).contains(state))
            ids << e.id;
    }
    return ids;
}

QList<CardState> Processes::statesWithCommands()
{
    QList<CardState> states;
    for (const CardState state : CardStates::all()) {
        if (!commandsOn(state).isEmpty())
            states << state;
    }
    return states;
}

std::optional<ProcessId> Processes::fromSymbolicName(const QString &name)
{
    for (const Entry &e : kEntries) {
        if (name == QLatin1String(e.symbolicName))
            return e.id;
    }
    return std::nullopt;
}

} // namespace tempcards
