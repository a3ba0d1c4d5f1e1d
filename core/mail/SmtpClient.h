// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "MailConfig.h"
#include "MailMessage.h"

#include <QCoreApplication>

#include <atomic>

namespace tempcards {

// A blocking SMTP client on libcurl, for a worker thread (MailSendJob): one message per send(), over TLS that
// is always verified (the system's authorities and the settings' own; the certificate must name the host),
// with AUTH when the settings have a user. Gives up after the settings' timeout without an answer, and after
// their deadline in all; a set `cancelled` stops it within about a second. error() and message() say why
// a send failed, in words for the administrator (never the password).
class SmtpClient
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::SmtpClient)

public:
    enum class Error {
        None,
        Cancelled,
        InvalidSettings, // the settings or the message cannot be used; nothing was sent
        Unreachable,     // no connection to the server
        Tls,             // the server did not prove who it is, or TLS failed
        Auth,            // the server refused the user or password
        Refused,         // the server refused the message for good (5xx)
        Temporary,       // the server refused it for now (4xx)
        Timeout,         // no answer in time
        Failed,          // the connection broke; whether the server kept the message is not known
    };

    SmtpClient(MailConfig config, const std::atomic_bool *cancelled);

    bool send(const MailMessage &message);
    Error error() const { return m_error; }
    QString message() const { return m_message; }

private:
    bool fail(Error error, const QString &message);

    MailConfig m_config;
    const std::atomic_bool *m_cancelled;
    Error m_error = Error::None;
    QString m_message;
};

} // namespace tempcards
