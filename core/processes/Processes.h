// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardState.h"

#include <QList>
#include <QString>

#include <optional>

namespace tempcards {

// The card processes of the use cases, from one table. Each has a symbolic name (stored, and shown to
// administrators), an operator-facing name, a start permission and an enabled flag (all are disabled on a new
// installation), and starts either from Quick search or from selected cards: then its event in the card graph
// says from which states (CardStates::next), and those states' settings tabs are where it is enabled. The
// windows build their buttons, their enabling and the settings tabs from here (with the ui's table of texts
// and dialogs, ProcessUi), so a new process is an entry here and one there.
enum class ProcessId {
    OrderTemporaryCards,
    AbortTemporaryCardOrder,
    InitializeTemporaryCard,
    AssignTemporaryCard,
    WithdrawTemporaryCard,
    ExtendTemporaryCard,
    LockTemporaryCard,
};

namespace Processes {
QList<ProcessId> all();
QString symbolicName(ProcessId id);
QString displayName(ProcessId id); // translated
QString permission(ProcessId id);  // the permission a role needs to start it
std::optional<ProcessId> fromSymbolicName(const QString &name);
// Processes that start from Quick search rather than from selected cards (the General tab's New-Process).
QList<ProcessId> newProcesses();
bool startsFromQuickSearch(ProcessId id);
// The states a card process starts from (its event leaves them), in CardStates::all() order; empty for a
// Quick-search process.
QList<CardState> startStates(ProcessId id);
// Whether a card process may start on cards in these states: at least one card, exactly one for a process
// that works on one card (Initialize, Assign, Withdraw), and every card in a state its event leaves. The core checks
// again when it runs; this is what the window offers.
bool canStartOn(ProcessId id, const QList<CardState> &states);
// The additional commands on cards in `state` (the settings tab named after the state), and the states that
// have any, in CardStates::all() order.
QList<ProcessId> commandsOn(CardState state);
QList<CardState> statesWithCommands();
} // namespace Processes

} // namespace tempcards
