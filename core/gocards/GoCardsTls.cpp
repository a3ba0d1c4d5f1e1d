// SPDX-License-Identifier: Apache-2.0
#include "GoCardsTls.h"

#include <QLocale>
#include <QSslCertificate>
#include <QSslKey>

namespace tempcards {

std::optional<QSslConfiguration> GoCardsTls::configuration(const GoCardsConfig &config, QString *problem)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    if (!config.caCertificates.trimmed().isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromData(config.caCertificates, QSsl::Pem);
        if (cas.isEmpty()) {
            *problem = tr("The trusted certificates for Go Cards are not PEM certificates.");
            return std::nullopt;
        }
        ssl.addCaCertificates(cas);
    }
    const bool hasCertificate = !config.clientCertificate.trimmed().isEmpty();
    const bool hasKey = !config.clientKey.trimmed().isEmpty();
    if (hasCertificate != hasKey) {
        *problem = tr("A client certificate needs its private key, and a key its certificate.");
        return std::nullopt;
    }
    if (hasCertificate) {
        const QList<QSslCertificate> certificate = QSslCertificate::fromData(config.clientCertificate, QSsl::Pem);
        if (certificate.isEmpty()) {
            *problem = tr("The client certificate for Go Cards is not a PEM certificate.");
            return std::nullopt;
        }
        QSslKey key(config.clientKey, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(config.clientKey, QSsl::Ec, QSsl::Pem);
        if (key.isNull()) {
            *problem = tr("The client key for Go Cards is not an unencrypted PEM RSA or EC private key.");
            return std::nullopt;
        }
        ssl.setLocalCertificateChain(certificate);
        ssl.setPrivateKey(key);
    }
    return ssl;
}

QString GoCardsTls::describe(const QList<QSslError> &errors, const QString &host)
{
    const QLocale locale;
    for (const QSslError &error : errors) {
        const QSslCertificate certificate = error.certificate();
        switch (error.error()) {
        case QSslError::CertificateExpired:
            return tr("The certificate of %1 expired on %2, so the connection was refused.")
                .arg(host, locale.toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat));
        case QSslError::CertificateNotYetValid:
            return tr("The certificate of %1 is valid only from %2, so the connection was refused.")
                .arg(host, locale.toString(certificate.effectiveDate().toLocalTime(), QLocale::ShortFormat));
        case QSslError::HostNameMismatch:
            return tr("The certificate presented by %1 is for another host (%2), so the connection was refused.")
                .arg(host, certificate.subjectDisplayName());
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::UnableToGetIssuerCertificate:
            return tr("The certificate of %1 is not trusted: it is self-signed, or its issuer is not among the trusted "
                      "certificates. An administrator can add the issuer's certificate in the Go Cards settings.")
                .arg(host);
        default:
            break;
        }
    }
    return errors.isEmpty() ? QString()
                            : tr("The certificate of %1 was refused: %2").arg(host, errors.first().errorString());
}

} // namespace tempcards
