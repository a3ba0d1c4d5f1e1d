// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace tempcards {

// One plain-text message as RFC 5322 and MIME write it: UTF-8, the subject as an encoded word when it is not
// ASCII, the body in base64 (so no line of it can end the message or look like a header). Its Message-ID is
// the caller's, stable for one piece of news, so a copy sent again after a crash can be told for what it is.
struct MailMessage
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::MailMessage)

public:
    QString from;
    QStringList to;
    QStringList bcc; // recipients the headers do not name (the operators' copy)
    QString subject;
    QString body;
    QString messageId; // without the angle brackets: "reminder.12.2026-12-03@example.org"
    QDateTime date;    // UTC

    // Why it cannot be sent (an address that is none, a line break in a header); empty when it can.
    QString problem() const;
    QByteArray toBytes() const;
    // Everyone it goes to: `to`, then `bcc`.
    QStringList recipients() const { return to + bcc; }
};

} // namespace tempcards
