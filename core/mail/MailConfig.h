// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace tempcards {

// How to reach the organisation's mail server. Always TLS, the server's certificate always verified against
// its host name: STARTTLS (required, never plain text) or implicit TLS (SMTPS). With a user, AUTH with the
// password; the password is never logged and never written to the audit trail.
struct MailConfig
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::MailConfig)

public:
    enum class Tls { StartTls, Implicit };

    QString host;
    int port = 587;
    Tls tls = Tls::StartTls;
    QString user; // empty: no AUTH
    QString password;
    QString sender;            // the From address
    QString copyTo;            // an operators' address that gets a copy of every reminder; empty: none
    QByteArray caCertificates; // PEM: authorities to trust besides the system's (a private CA)
    int timeoutMs = 10000;     // no answer for this long: given up
    int deadlineMs = 60000;    // one message, from connecting to the server's last answer

    static constexpr int kMaxTextLength = 1000;
    static constexpr int kMaxCertificateBytes = 1024 * 1024;

    // Why these settings cannot be used, in words for the administrator; empty when they can.
    QString problem() const;
    // An address a message may go to or come from: local@domain, no spaces, brackets or control characters.
    static bool isAddress(const QString &address);
    // Everything but the password (and the time limits, which are this program's), as saved in the database.
    // The keys host, port and user name the server a saved password belongs to (resources/postgres/rules.sql).
    QJsonObject toJson() const;
    static MailConfig fromJson(const QJsonObject &json);
    // Everything but the password, for the audit trail and logs.
    QString describe() const;
};

} // namespace tempcards
