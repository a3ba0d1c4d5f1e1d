// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "MailConfig.h"
#include "MailMessage.h"
#include "Person.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace tempcards {

// One expiry reminder as the outbox holds it: the card, the day it became due, and the holder it is for.
struct Reminder
{
    qint64 cardId = 0;
    QDate dueOn;
    QDateTime validUntil; // UTC
    int daysLeft = 0;     // from dueOn to validUntil, as listed
    int attempts = 0;     // sends begun before this one
    QString lastError;
    Person holder;
};

// The reminder mail: in the holder's language where tempcards speaks it (English, German, Swedish; any other
// or none is English), from the settings' sender to the holder's address only, with the operators' copy in
// the envelope, and a Message-ID that is the same for every send of one reminder
// ("reminder.<card>.<due day>@<sender's domain>"), so a copy sent again after a crash is known as one.
// The texts are this class's tr() sources, looked up in the compiled translations (":/i18n", which every
// tempcards executable embeds) for the holder's language, not the process's. Plain functions; any thread.
class ReminderMail
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::ReminderMail)

public:
    static QString languageFor(const Person &holder); // "en", "de" or "sv"
    static QString messageId(const Reminder &reminder, const QString &sender);
    static MailMessage compose(const Reminder &reminder, const MailConfig &config, const QDateTime &now);
};

} // namespace tempcards
