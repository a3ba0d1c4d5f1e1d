// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tempcards {

// What a person needs to know of a certificate pasted into a connection's settings: whose it is, who
// issued it, and until when it holds, with a flag when that is near. Read with Qt's TLS backend; no
// network. A text holding no certificate gives an empty list.
struct CertificateFacts
{
    static constexpr int kExpiryWarningDays = 30;
    enum class Validity { Valid, ExpiresSoon, Expired, NotYetValid };

    QString subject; // the subject's common name (or its organisation, or its whole name)
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;

    Validity validityAt(const QDateTime &now) const;
    // Whole days from `now` until it ends (0 on its last day; negative once it has ended).
    qint64 daysLeftAt(const QDateTime &now) const { return now.daysTo(notAfter); }

    static QList<CertificateFacts> fromPem(const QByteArray &pem);
};

} // namespace tempcards
