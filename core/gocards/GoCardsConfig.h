// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace tempcards {

// How to reach Nexus GO Cards. The secret is never logged and never written to the audit trail.
struct GoCardsConfig
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::GoCardsConfig)

public:
    QUrl baseUrl;
    QString clientId;
    QString clientSecret;
    QString organisationId;
    // PEM texts: certificates to trust besides the system's (a private CA), and the client certificate and
    // key presented when Go Cards asks for one (mutual TLS). Empty when not used.
    QByteArray caCertificates;
    QByteArray clientCertificate;
    QByteArray clientKey;
    int transferTimeoutMs = 10000; // no byte moved for this long: the request is given up
    int deadlineMs = 30000;        // the whole request, however slowly bytes trickle in

    static constexpr int kMaxUrlLength = 2000;
    static constexpr int kMaxIdLength = 200;
    static constexpr int kMaxSecretLength = 1000;

    // Empty when the typed address may be used, else why not, quoting the address as typed (bounded,
    // invisible characters spelled out). Then checkUrl() on what it parses to.
    static QString checkUrlText(const QString &text);
    // Empty when the URL may be used, else why not: it must be absolute https, or http to a loopback
    // address (the simulator and tests), without user info, query or fragment.
    static QString checkUrl(const QUrl &url);
    // checkUrl() plus the organisation id, client id and secret: present, bounded, and the ids without
    // control or formatting characters, which no one could see or type again.
    QString check() const;
    // The same server, credentials and certificates (timeouts aside).
    bool sameConnection(const GoCardsConfig &other) const;
    // baseUrl with `path` (percent-encoded, starting with /api/...) appended to its own path.
    QUrl endpoint(const QString &path) const;

private:
    // `what` names the field in the message ("client id").
    static QString checkIdentifier(const QString &value, const QString &what);
};

} // namespace tempcards
