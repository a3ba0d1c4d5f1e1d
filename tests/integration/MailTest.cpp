// SPDX-License-Identifier: Apache-2.0
// The SMTP client against a real SMTP server over TLS (scripts/smtp-test-server.py): a message over STARTTLS
// and over implicit TLS, with AUTH, arrives as written (UTF-8 subject and body, the copy in the envelope
// only); a certificate that does not prove the server, a wrong password, an unreachable server, a refusal for
// good, one for now and a connection cut at the end of DATA each say so; a header that would carry a line
// break is refused before anything is sent; a cancelled send finishes once.
#include "MailSendJob.h"
#include "MailServer.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace tempcards;
using namespace tempcards::test;

namespace {

struct Sent
{
    SmtpClient::Error error;
    QString message;
};

MailMessage reminder()
{
    MailMessage message;
    message.from = QStringLiteral("tempcards@example.org");
    message.to = {QStringLiteral("anna.svensson@example.org")};
    message.bcc = {QStringLiteral("card-desk@example.org")};
    message.subject = QStringLiteral("Ihre temporäre Karte läuft am 10.12.2026 ab");
    message.body = QStringLiteral("Hallo Anna,\n\nIhre temporäre Karte 4711 gilt bis zum 10.12.2026.\n.\nEnde\n");
    message.messageId = QStringLiteral("reminder.4711.2026-12-03@example.org");
    message.date = QDateTime(QDate(2026, 12, 3), QTime(7, 30), Qt::UTC);
    return message;
}

Sent send(const MailConfig &config, const MailMessage &message = reminder())
{
    MailSendJob job(config, message);
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    REQUIRE(waitFor([&] { return finished.count() > 0; }, 30000));
    return {job.error(), job.errorString()};
}

} // namespace

TEST_CASE("a message arrives over STARTTLS and over implicit TLS, with AUTH, as it was written", "[mail][smtp]")
{
    for (const MailConfig::Tls tls : {MailConfig::Tls::StartTls, MailConfig::Tls::Implicit}) {
        MailServer server(tls);
        const Sent sent = send(server.config());
        INFO(sent.message.toStdString());
        REQUIRE(sent.error == SmtpClient::Error::None);
        const QList<MailServer::Received> received = server.received();
        REQUIRE(received.size() == 1);
        const MailServer::Received &mail = received.first();
        CHECK(mail.tls);
        CHECK(mail.user == server.config().user);
        CHECK(mail.from == QStringLiteral("tempcards@example.org"));
        CHECK(mail.to ==
              QStringList{QStringLiteral("anna.svensson@example.org"), QStringLiteral("card-desk@example.org")});
        CHECK(mail.header("Subject") == reminder().subject);
        CHECK(mail.header("To") == QStringLiteral("anna.svensson@example.org")); // the copy is not named
        CHECK(mail.header("Message-ID") == QStringLiteral("<reminder.4711.2026-12-03@example.org>"));
        CHECK(mail.header("Date") == QStringLiteral("Thu, 03 Dec 2026 07:30:00 +0000"));
        CHECK(mail.body() == QString(reminder().body).replace(QLatin1String("\n"), QLatin1String("\r\n")));
    }
}

TEST_CASE("a server that does not prove its name, a wrong password and an unreachable one each say so",
          "[mail][smtp][tls]")
{
    MailServer server;
    MailConfig byName = server.config();
    byName.host = QStringLiteral("localhost"); // the certificate names 127.0.0.1 only
    CHECK(send(byName).error == SmtpClient::Error::Tls);
    MailConfig untrusted = server.config();
    untrusted.caCertificates.clear();
    const Sent refused = send(untrusted);
    CHECK(refused.error == SmtpClient::Error::Tls);
    CHECK(refused.message.contains(QStringLiteral("did not prove who it is")));

    MailConfig wrong = server.config();
    wrong.password = QStringLiteral("not the password");
    const Sent denied = send(wrong);
    CHECK(denied.error == SmtpClient::Error::Auth);
    CHECK_FALSE(denied.message.contains(wrong.password));

    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    MailConfig away = server.config();
    away.port = closed.serverPort();
    closed.close();
    const Sent unreachable = send(away);
    CHECK(unreachable.error == SmtpClient::Error::Unreachable);
    CHECK(unreachable.message.startsWith(QStringLiteral("The mail server at 127.0.0.1:")));
    CHECK(server.received().isEmpty());
}

TEST_CASE("a refusal for good, one for now and a connection cut at the end of the message each say so", "[mail][smtp]")
{
    MailServer server;
    server.failNext(QStringLiteral("reject"));
    CHECK(send(server.config()).error == SmtpClient::Error::Refused);
    server.failNext(QStringLiteral("defer"));
    CHECK(send(server.config()).error == SmtpClient::Error::Temporary);
    server.failNext(QStringLiteral("cut"));
    const Sent cut = send(server.config());
    INFO(cut.message.toStdString());
    CHECK(cut.error == SmtpClient::Error::Failed);
    CHECK(cut.message.contains(QStringLiteral("is not known")));
    CHECK(server.received().isEmpty());
    CHECK(send(server.config()).error == SmtpClient::Error::None);
    CHECK(server.received().size() == 1);
}

TEST_CASE("a header that would carry a line break, or an address that is none, is refused before sending",
          "[mail][smtp][hostile]")
{
    MailServer server;
    MailMessage injected = reminder();
    injected.subject = QStringLiteral("Expiring\r\nBcc: everyone@example.org");
    CHECK(send(server.config(), injected).error == SmtpClient::Error::InvalidSettings);
    MailMessage notAnAddress = reminder();
    notAnAddress.to = {QStringLiteral("anna@example.org>\r\nRCPT TO:<everyone@example.org")};
    CHECK(send(server.config(), notAnAddress).error == SmtpClient::Error::InvalidSettings);
    MailConfig noTls = server.config();
    noTls.sender = QStringLiteral("not an address");
    CHECK(send(noTls).error == SmtpClient::Error::InvalidSettings);
    CHECK(server.received().isEmpty());

    MailSendJob job(server.config(), reminder());
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    job.cancel();
    REQUIRE(waitFor([&] { return finished.count() > 0; }));
    CHECK(job.error() == SmtpClient::Error::Cancelled);
    QTest::qWait(300);
    CHECK(finished.count() == 1);
}
