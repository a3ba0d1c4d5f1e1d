// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardQuery.h"
#include "ProcessUi.h"
#include "Processes.h"
#include "Session.h"

#include <QObject>

class QWidget;

namespace tempcards {

class CardService;
class OrderingService;

// Runs one card process from the main window: opens its dialog (ProcessUi; window-modal, not blocking) for
// the given cards and reports a success in words. Deletes itself when the dialog closes. The services outlive it.
class ProcessCommand : public QObject
{
    Q_OBJECT

public:
    ProcessCommand(const ProcessUi::Services &services, const Session &session, ProcessId process,
                   const QList<CardRow> &selected, QWidget *parentWidget);
    // Order temporary cards: the amount its dialog proposes.
    void setAmount(int amount) { m_amount = amount; }
    // Assign temporary card: for this person, the card chosen in the dialog (with no cards selected).
    void setPerson(const Person &person) { m_person = person; }
    void start();

signals:
    void succeeded(const QString &message);

private:
    int m_amount = 0;
    std::optional<Person> m_person;
    ProcessUi::Services m_services;
    Session m_session;
    ProcessId m_process;
    QList<CardRow> m_cards;
    QWidget *m_parentWidget;
};

// "Refresh from Go Cards" for one card: runs the job and reports its outcome in words. Deletes itself.
class RefreshCardCommand : public QObject
{
    Q_OBJECT

public:
    RefreshCardCommand(CardService *cards, const Session &session, qint64 cardId, QObject *parent);
    void start();

signals:
    void done(const QString &message);

private:
    CardService *m_cardService;
    Session m_session;
    qint64 m_cardId;
};

} // namespace tempcards
