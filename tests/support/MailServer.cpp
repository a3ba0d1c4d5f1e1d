// SPDX-License-Identifier: Apache-2.0
#include "MailServer.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tempcards::test {

namespace {
const QString kScripts = QStringLiteral(TEMPCARDS_SOURCE_DIR "/scripts/");
const QString kUser = QStringLiteral("tempcards-mailer");
const QString kPassword = QStringLiteral("Mail-Password-0nly-Its-Server-Knows");

// RFC 2047 encoded words (UTF-8, B) in a header value.
QString decoded(const QByteArray &value)
{
    QString out;
    for (const QByteArray &word : value.split(' ')) {
        if (word.startsWith("=?UTF-8?B?") && word.endsWith("?="))
            out += QString::fromUtf8(QByteArray::fromBase64(word.mid(10, word.size() - 12)));
        else
            out += (out.isEmpty() ? QString() : QStringLiteral(" ")) + QString::fromUtf8(word);
    }
    return out;
}
} // namespace

MailServer::MailServer(MailConfig::Tls tls) : m_tls(tls)
{
    const QString tlsFolder = m_dir.filePath(QStringLiteral("tls"));
    REQUIRE(QProcess::execute(kScripts + QStringLiteral("test-authority.sh"),
                              {tlsFolder, QStringLiteral("tempcards mail test authority")}) == 0);
    QFile authority(tlsFolder + QStringLiteral("/ca.crt"));
    REQUIRE(authority.open(QIODevice::ReadOnly));
    m_authority = authority.readAll();
    m_process = std::make_unique<QProcess>();
    m_process->setStandardErrorFile(m_dir.filePath(QStringLiteral("server.log"))); // aiosmtpd's tracebacks
    m_process->start(
        kScripts + QStringLiteral("smtp-test-server.py"),
        {m_dir.path(), tls == MailConfig::Tls::Implicit ? QStringLiteral("implicit") : QStringLiteral("starttls"),
         tlsFolder + QStringLiteral("/server.crt"), tlsFolder + QStringLiteral("/server.key"), kUser, kPassword});
    QByteArray said;
    REQUIRE(waitFor(
        [&] {
            said += m_process->readAllStandardOutput();
            return said.contains('\n') || m_process->state() == QProcess::NotRunning;
        },
        20000));
    INFO(said.toStdString());
    REQUIRE(said.startsWith("port="));
    m_port = said.mid(5).trimmed().toInt();
    REQUIRE(m_port > 0);
}

MailServer::~MailServer()
{
    m_process->kill();
    m_process->waitForFinished(5000);
}

MailConfig MailServer::config() const
{
    MailConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = m_port;
    config.tls = m_tls;
    config.user = kUser;
    config.password = kPassword;
    config.sender = QStringLiteral("tempcards@example.org");
    config.caCertificates = m_authority;
    config.timeoutMs = 5000;
    config.deadlineMs = 15000;
    return config;
}

QList<MailServer::Received> MailServer::received() const
{
    QList<Received> all;
    const QDir messages(m_dir.filePath(QStringLiteral("messages")));
    for (const QString &name : messages.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(messages.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject record = QJsonDocument::fromJson(file.readAll()).object();
        Received received;
        received.from = record.value(QLatin1String("mail_from")).toString();
        for (const QJsonValue &to : record.value(QLatin1String("rcpt_tos")).toArray())
            received.to << to.toString();
        received.data = record.value(QLatin1String("data")).toString().toUtf8();
        received.user = record.value(QLatin1String("user")).toString();
        received.tls = record.value(QLatin1String("tls")).toBool();
        all << received;
    }
    return all;
}

void MailServer::failNext(const QString &mode, int count)
{
    QFile file(m_dir.filePath(QStringLiteral("fail")));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QStringLiteral("%1 %2").arg(mode).arg(count).toUtf8());
}

QString MailServer::Received::header(const QByteArray &name) const
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    QByteArray headers = data.left(end);
    headers.replace("\r\n ", " ");
    for (const QByteArray &line : headers.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith(name.toLower() + ':'))
            return decoded(trimmed.mid(name.size() + 1).trimmed());
    }
    return {};
}

QString MailServer::Received::body() const
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    return QString::fromUtf8(QByteArray::fromBase64(data.mid(end + 4)));
}

} // namespace tempcards::test
