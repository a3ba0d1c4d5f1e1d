// SPDX-License-Identifier: Apache-2.0
#include "ProcessUi.h"

#include "DirectoryConnectionService.h"

#include "AbortDialog.h"
#include "AssignDialog.h"
#include "ExtendDialog.h"
#include "InitializeDialog.h"
#include "LockDialog.h"
#include "OrderDialog.h"
#include "ProcessCommand.h"
#include "TableEntry.h"
#include "WithdrawDialog.h"

#include <QCoreApplication>

namespace tempcards {

namespace {

template <typename Dialog> QDialog *forwarding(Dialog *dialog, ProcessCommand *command)
{
    QObject::connect(dialog, &Dialog::succeeded, command, &ProcessCommand::succeeded);
    return dialog;
}

struct Entry
{
    ProcessId id;
    const char *objectName;
    // Translated in the card view's context, where the buttons are and where translators find them.
    const char *buttonText;
    const char *description; // what the button does, in words a screen reader reads out (same context)
    QDialog *(*newDialog)(const ProcessUi::DialogContext &context, ProcessCommand *command);
};

const Entry kEntries[] = {
    {ProcessId::OrderTemporaryCards, "orderTemporaryCardsPushButton",
     QT_TRANSLATE_NOOP("tempcards::TemporaryCardView", "&Order temporary cards"),
     QT_TRANSLATE_NOOP("tempcards::TemporaryCardView",
                       "Order new temporary cards from Nexus GO Cards, 1 to 9 at a time"),
     [](const ProcessUi::DialogContext &c, ProcessCommand *command) {
         auto *dialog = new OrderDialog(c.services.ordering, c.session, c.parent);
         if (c.amount > 0)
             dialog->setAmount(c.amount);
         return forwarding(dialog, command);
     }},
    {ProcessId::AbortTemporaryCardOrder, "abortTemporaryCardOrderPushButton",
     QT_TRANSLATE_NOOP("tempcards::TemporaryCardView", "&Abort temporary card order"),
     QT_TRANSLATE_NOOP("tempcards::TemporaryCardView",
                       "Take the chosen queued cards out of the queue before they are ordered"),
     [](const ProcessUi::DialogContext &c, ProcessCommand *command) {
         return forwarding(new AbortDialog(c.services.ordering, c.session, c.selected, c.parent), command);
     }},
    {ProcessId::InitializeTemporaryCard, "initializeTemporaryCardPushButton",
     QT_TRANSLATE_NOOP("tempcards::TemporaryCardView", "&Initialize temporary card"),
     QT_TRANSLATE_NOOP(
         "tempcards::TemporaryCardView",
         "Check the chip UIDs of the chosen produced cards, one after the other, and make them ready to hand out"),
     [](const ProcessUi::DialogContext &c, ProcessCommand *command) {
         return forwarding(new InitializeDialog(c.services.cards, c.session, c.selected, c.parent), command);
     }},
    {ProcessId::AssignTemporaryCard, "assignTemporaryCardPushButton",
     QT_TRANSLATE_NOOP("tempcards::TemporaryCardView", "A&ssign temporary card"),
     QT_TRANSLATE_NOOP("tempcards::TemporaryCardView", "Hand the chosen unassigned card to a cardholder"),
     [](const ProcessUi::DialogContext &c, ProcessCommand *command) {
         if (c.person)
             return forwarding(new AssignDialog(c.services.handOut, c.services.cards, c.session, *c.person, c.parent),
                               command);
         return forwarding(new AssignDialog(c.services.handOut, c.services.people, c.session, c.selected.first(),
                                            c.parent,
                                            c.services.directory ? c.services.directory->newSearch() : nullptr),
                           command);
     }},
    {ProcessId::WithdrawTemporaryCard, "withdrawTemporaryCardPushButton",
     QT_TRANSLATE_NOOP("tempcards::TemporaryCardView", "&Withdraw temporary card"),
     QT_TRANSLATE_NOOP("tempcards::TemporaryCardView",
                       "Take the chosen card back from its holder, as lost or as no longer needed"),
     [](const ProcessUi::DialogContext &c, ProcessCommand *command) {
         return forwarding(new WithdrawDialog(c.services.handOut, c.session, c.selected.first(), c.parent), command);
     }},
    {ProcessId::ExtendTemporaryCard, "extendTemporaryCardPushButton",
     QT_TRANSLATE_NOOP("tempcards::TemporaryCardView", "E&xtend temporary card"),
     QT_TRANSLATE_NOOP("tempcards::TemporaryCardView", "Move the chosen cards' valid-until on by the validity option"),
     [](const ProcessUi::DialogContext &c, ProcessCommand *command) {
         return forwarding(new ExtendDialog(c.services.handOut, c.session, c.selected, c.parent), command);
     }},
    {ProcessId::LockTemporaryCard, "lockTemporaryCardPushButton",
     QT_TRANSLATE_NOOP("tempcards::TemporaryCardView", "&Lock temporary card"),
     QT_TRANSLATE_NOOP("tempcards::TemporaryCardView", "Lock the chosen cards for good, with a reason"),
     [](const ProcessUi::DialogContext &c, ProcessCommand *command) {
         return forwarding(new LockDialog(c.services.handOut, c.session, c.selected, c.parent), command);
     }},
};

struct Tab
{
    CardState state;
    const char *objectNamePrefix;
    const char *title; // in the settings dialog's context, with the other tab titles
};

const Tab kTabs[] = {
    {CardState::Processing, "processingCommand", QT_TRANSLATE_NOOP("tempcards::SettingsDialog", "Proc&essing")},
    {CardState::Produced, "producedCommand", QT_TRANSLATE_NOOP("tempcards::SettingsDialog", "Pro&duced")},
    {CardState::Unassigned, "unassignedCommand", QT_TRANSLATE_NOOP("tempcards::SettingsDialog", "&Unassigned")},
    {CardState::Assigned, "assignedCommand", QT_TRANSLATE_NOOP("tempcards::SettingsDialog", "Ass&igned")},
    {CardState::Expired, "expiredCommand", QT_TRANSLATE_NOOP("tempcards::SettingsDialog", "E&xpired")},
};

const Entry &entry(ProcessId id)
{
    return tableEntry(kEntries, id);
}

} // namespace

QString ProcessUi::buttonObjectName(ProcessId id)
{
    return QString::fromLatin1(entry(id).objectName);
}

QString ProcessUi::buttonText(ProcessId id)
{
    return QCoreApplication::translate("tempcards::TemporaryCardView", entry(id).buttonText);
}

QString ProcessUi::buttonDescription(ProcessId id)
{
    return QCoreApplication::translate("tempcards::TemporaryCardView", entry(id).description);
}

QDialog *ProcessUi::newDialog(ProcessId id, const DialogContext &context, ProcessCommand *command)
{
    // Assign from a person picks its card in the dialog.
    const bool fromPerson = id == ProcessId::AssignTemporaryCard && context.person && context.selected.isEmpty();
    if (!Processes::startsFromQuickSearch(id) && !fromPerson) {
        QList<CardState> states;
        for (const CardRow &card : context.selected)
            states << card.state;
        if (!Processes::canStartOn(id, states))
            return nullptr;
    }
    return entry(id).newDialog(context, command);
}

ProcessUi::CommandTab ProcessUi::commandTab(CardState state)
{
    for (const Tab &tab : kTabs) {
        if (tab.state == state)
            return {QString::fromLatin1(tab.objectNamePrefix),
                    QCoreApplication::translate("tempcards::SettingsDialog", tab.title)};
    }
    // A state that gains commands needs its tab here; until then it is named after the state.
    return {CardStates::toStorage(state) + QStringLiteral("Command"), CardStates::displayName(state)};
}

} // namespace tempcards
