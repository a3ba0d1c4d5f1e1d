// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>

namespace tempcards::test {

// Certificates made with the openssl command when a test starts: a test CA, server certificates for
// 127.0.0.1 that are valid, expired, self-signed or for another host, and a client certificate.
class TestCertificates
{
public:
    enum class Server { Valid, Expired, SelfSigned, WrongHost };

    TestCertificates(); // throws std::runtime_error when openssl fails
    QByteArray caPem() const;
    QByteArray clientCertificatePem() const;
    QByteArray clientKeyPem() const;
    // What the simulator serves; with requireClientCertificate, a client certificate from the test CA.
    QSslConfiguration server(Server kind, bool requireClientCertificate = false) const;

private:
    void openssl(const QStringList &arguments);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray read(const QString &name) const;

    QTemporaryDir m_dir;
};

} // namespace tempcards::test
