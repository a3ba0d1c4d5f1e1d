// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "MailConfig.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace tempcards::test {

// A real SMTP server of the test's own (scripts/smtp-test-server.py on Debian's aiosmtpd): TLS with a
// certificate for 127.0.0.1 only from an authority made for it, STARTTLS or implicit, AUTH required, every
// message it accepts recorded. It can be told to fail the next messages. Stopped in the destructor.
class MailServer
{
public:
    struct Received
    {
        QString from;
        QStringList to;
        QByteArray data; // the message as it arrived
        QString user;    // who it came as
        bool tls = false;
        QString header(const QByteArray &name) const; // unfolded, encoded words decoded
        QString body() const;                         // the base64 body decoded
    };

    explicit MailServer(MailConfig::Tls tls = MailConfig::Tls::StartTls);
    ~MailServer();
    MailServer(const MailServer &) = delete;
    MailServer &operator=(const MailServer &) = delete;

    // Settings that reach it as its user, trusting its authority.
    MailConfig config() const;
    QList<Received> received() const;
    // The next `count` messages get, at the end of DATA, "reject" (554), "defer" (451) or "cut" (the
    // connection closed with no answer), and are not kept.
    void failNext(const QString &mode, int count = 1);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    MailConfig::Tls m_tls;
    int m_port = 0;
    QByteArray m_authority;
};

} // namespace tempcards::test
