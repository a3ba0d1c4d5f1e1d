// SPDX-License-Identifier: Apache-2.0
#include "TestCertificates.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>

#include <stdexcept>

namespace tempcards::test {

void TestCertificates::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        throw std::runtime_error("openssl " + arguments.join(QLatin1Char(' ')).toStdString() + ": " +
                                 process.readAll().toStdString());
}

QByteArray TestCertificates::read(const QString &name) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + name.toStdString());
    return file.readAll();
}

TestCertificates::TestCertificates()
{
    const QString key = QStringLiteral("rsa:2048");
    openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), key, QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
             QStringLiteral("/CN=tempcards test CA")});
    auto signedBy = [&](const QString &name, const QString &subject, const QString &extensions, const QString &days) {
        QFile ext(path(name + QStringLiteral(".ext")));
        ext.open(QIODevice::WriteOnly);
        ext.write(extensions.toUtf8());
        ext.close();
        openssl({QStringLiteral("req"), QStringLiteral("-newkey"), key, QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                 name + QStringLiteral(".csr"), QStringLiteral("-subj"), subject});
        openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                 QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                 QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), name + QStringLiteral(".pem"),
                 QStringLiteral("-days"), days, QStringLiteral("-extfile"), name + QStringLiteral(".ext")});
    };
    const QString here = QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    signedBy(QStringLiteral("valid"), QStringLiteral("/CN=127.0.0.1"), here, QStringLiteral("2"));
    signedBy(QStringLiteral("expired"), QStringLiteral("/CN=127.0.0.1"), here, QStringLiteral("-1")); // ended yesterday
    signedBy(QStringLiteral("wronghost"), QStringLiteral("/CN=gocards.elsewhere.example"),
             QStringLiteral("subjectAltName=DNS:gocards.elsewhere.example\n"), QStringLiteral("2"));
    signedBy(QStringLiteral("client"), QStringLiteral("/CN=tempcards client"),
             QStringLiteral("extendedKeyUsage=clientAuth\n"), QStringLiteral("2"));
    openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), key, QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), QStringLiteral("selfsigned.key"), QStringLiteral("-out"),
             QStringLiteral("selfsigned.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
             QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=IP:127.0.0.1")});
}

QByteArray TestCertificates::caPem() const
{
    return read(QStringLiteral("ca.pem"));
}

QByteArray TestCertificates::clientCertificatePem() const
{
    return read(QStringLiteral("client.pem"));
}

QByteArray TestCertificates::clientKeyPem() const
{
    return read(QStringLiteral("client.key"));
}

QSslConfiguration TestCertificates::server(Server kind, bool requireClientCertificate) const
{
    const QString name = kind == Server::Valid        ? QStringLiteral("valid")
                         : kind == Server::Expired    ? QStringLiteral("expired")
                         : kind == Server::SelfSigned ? QStringLiteral("selfsigned")
                                                      : QStringLiteral("wronghost");
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(read(name + QStringLiteral(".pem")), QSsl::Pem));
    configuration.setPrivateKey(QSslKey(read(name + QStringLiteral(".key")), QSsl::Rsa, QSsl::Pem));
    if (requireClientCertificate) {
        configuration.setCaCertificates(QSslCertificate::fromData(caPem(), QSsl::Pem));
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    } else {
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for one
    }
    return configuration;
}

} // namespace tempcards::test
