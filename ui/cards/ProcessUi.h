// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardQuery.h"
#include "Person.h"
#include "Processes.h"
#include "Session.h"

#include <QString>

class QDialog;
class QWidget;

namespace tempcards {

class CardService;
class HandOutService;
class OrderingService;
class PeopleService;
class ProcessCommand;
class DirectoryConnectionService;

// The windows' half of the process table (the core's half is Processes): for each process the object name
// of its button, the button's text with its key, and the dialog it opens; for each card state that has
// commands, the settings tab they are enabled on. The card view, the process command and the settings
// dialog read only these two tables, so a new process is an entry here and one in Processes.
namespace ProcessUi {

// The services the process dialogs use; they outlive every dialog.
struct Services
{
    OrderingService *ordering = nullptr;
    CardService *cards = nullptr;
    HandOutService *handOut = nullptr;
    PeopleService *people = nullptr;
    DirectoryConnectionService *directory = nullptr; // the Assign dialog's directory search, when one is set
};

// What a process's dialog is made with.
struct DialogContext
{
    Services services;
    Session session;
    QList<CardRow> selected;      // empty for a Quick-search process
    int amount = 0;               // Order temporary cards: the amount to propose (0: the dialog's own)
    std::optional<Person> person; // Assign temporary card started from a person (Quick search > Person)
    QWidget *parent = nullptr;
};

QString buttonObjectName(ProcessId id);  // "orderTemporaryCardsPushButton"
QString buttonText(ProcessId id);        // translated, with its key in the main window: "&Order temporary cards"
QString buttonDescription(ProcessId id); // translated: what the process does, for the tooltip and a screen reader

// The process's dialog, not yet shown, whose succeeded(message) reaches `command`'s succeeded(). Null when the
// selection does not fit the process (Processes::canStartOn).
QDialog *newDialog(ProcessId id, const DialogContext &context, ProcessCommand *command);

// The settings tab of the commands on cards in `state`: the prefix of its object names ("processingCommand")
// and its title with its key ("Proc&essing").
struct CommandTab
{
    QString objectNamePrefix;
    QString title;
};
CommandTab commandTab(CardState state);

} // namespace ProcessUi

} // namespace tempcards
