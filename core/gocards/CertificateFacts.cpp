// SPDX-License-Identifier: Apache-2.0
#include "CertificateFacts.h"

#include <QSslCertificate>

namespace tempcards {

CertificateFacts::Validity CertificateFacts::validityAt(const QDateTime &now) const
{
    if (now >= notAfter)
        return Validity::Expired;
    if (now < notBefore)
        return Validity::NotYetValid;
    if (now.addDays(kExpiryWarningDays) >= notAfter)
        return Validity::ExpiresSoon;
    return Validity::Valid;
}

QList<CertificateFacts> CertificateFacts::fromPem(const QByteArray &pem)
{
    QList<CertificateFacts> facts;
    for (const QSslCertificate &certificate : QSslCertificate::fromData(pem, QSsl::Pem)) {
        if (certificate.isNull())
            continue;
        facts.append({certificate.subjectDisplayName(), certificate.issuerDisplayName(),
                      certificate.effectiveDate().toUTC(), certificate.expiryDate().toUTC()});
    }
    return facts;
}

} // namespace tempcards
