// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tempcards {

enum class CardState {
    Processing,
    Ordered,
    InProduction,
    Produced,
    Failed,
    Aborted,
    Unassigned,
    Assigned,
    Expired,
    Locked
};

// What can happen to a card. Operator processes (Abort, Initialize, Assign, ...) and system events (dispatch outcome,
// Go Cards production events) are both listed, so every change goes through one table.
enum class CardEvent {
    DispatchAccepted,  // Go Cards accepted the order
    DispatchRefused,   // Go Cards refused the order permanently
    ProductionStarted, // CARD_IN_PRODUCTION
    ProductionDone,    // CARD_PRODUCED
    ProductionFailed,  // CARD_FAILED
    Abort,             // TempCardsAddonExtProdProcAbort
    Initialize,        // TempCardsAddonExtProdInitialize
    Assign,            // TempCardsProcAssign: handed to a person
    Withdraw,          // TempCardsProcWithdraw: returned, ready for the next person
    Extend,            // TempCardsProcExtend: stays assigned, valid for longer
    Lock,              // TempCardsProcLock: out of use for good
    Expire,            // the batch sync: an assigned card past its validity
};

namespace CardStates {
QList<CardState> all();
QString toStorage(CardState state); // "processing", "in_production", ...
std::optional<CardState> fromStorage(const QString &text);
QString displayName(CardState state); // translated, as the operator sees it
bool isFinal(CardState state);
// The state after `event`, or nothing when the graph of the design does not allow it.
std::optional<CardState> next(CardState from, CardEvent event);
// The state a new card starts in: processing, whether queued or sent at once (it is ordered only when Go
// Cards has accepted it, so a card never claims more than is known).
constexpr CardState initial()
{
    return CardState::Processing;
}
} // namespace CardStates

} // namespace tempcards
