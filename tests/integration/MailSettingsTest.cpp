// SPDX-License-Identifier: Apache-2.0
// The mail server saved by administrators: the password write-only, kept only for the host, port and user it
// was saved for, never in the audit trail; Test sends one message, to the operators' copy address only, over
// a real SMTP server; every field through the hostile-input catalogue.
#include "HostileInput.h"
#include "MailConnectionService.h"
#include "MailSendJob.h"
#include "MailServer.h"
#include "Sql.h"
#include "TestBackend.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace tempcards;
using namespace tempcards::test;

namespace {

MailConfig goodSettings()
{
    MailConfig config;
    config.host = QStringLiteral("mail.example.org");
    config.port = 587;
    config.user = QStringLiteral("tempcards");
    config.password = QStringLiteral("Mail-Password-Only-The-Server-Knows");
    config.sender = QStringLiteral("tempcards@example.org");
    config.copyTo = QStringLiteral("card-desk@example.org");
    return config;
}

} // namespace

TEST_CASE("the mail password is write-only, kept only for its own host, port and user, and never audited",
          "[mail][settings]")
{
    TestBackend t;
    const Session admin = t.createAccount(QStringLiteral("ada"), {QStringLiteral("administrator")});
    const Session olle = t.createAccount(QStringLiteral("olle"), {QStringLiteral("operator")});
    MailConnectionService *mail = t.backend().mail();
    CHECK_FALSE(mail->view().saved);
    const MailConfig settings = goodSettings();
    CHECK_FALSE(await(mail->save(olle, settings)).ok);
    CHECK_FALSE(mail->view().saved);
    REQUIRE(await(mail->save(admin, settings)).ok);
    CHECK(mail->view().saved);
    CHECK(mail->view().passwordSaved);
    CHECK(mail->view().settings.password.isEmpty());

    MailConfig again = settings;
    again.password.clear();
    again.copyTo = QStringLiteral("other-desk@example.org");
    REQUIRE(await(mail->save(admin, again)).ok);
    QString problem;
    CHECK(mail->effective(&problem)->password == settings.password);
    CHECK(mail->effective(&problem)->copyTo == QStringLiteral("other-desk@example.org"));

    for (const auto &change : std::initializer_list<std::function<void(MailConfig &)>>{
             [](MailConfig &c) { c.host = QStringLiteral("mail.evil.example.net"); },
             [](MailConfig &c) { c.port = 2525; }, [](MailConfig &c) { c.user = QStringLiteral("someone-else"); }}) {
        MailConfig moved = again;
        change(moved);
        const Outcome refused = await(mail->save(admin, moved));
        CHECK_FALSE(refused.ok);
        CHECK(refused.message.contains(QStringLiteral("type the password again")));
        CHECK(mail->view().settings.toJson() == again.toJson());
    }
    const QString audited = t.auditText();
    CHECK(audited.contains(QStringLiteral("mail:connection")));
    CHECK(audited.contains(QStringLiteral("mail password replaced")));
    CHECK_FALSE(audited.contains(settings.password));
    REQUIRE(await(mail->forget(admin)).ok);
    CHECK_FALSE(mail->view().saved);
    CHECK_FALSE(mail->effective(&problem));
}

TEST_CASE("Test sends one message with the form's settings, to the copy address only", "[mail][settings][smtp]")
{
    MailServer server;
    TestBackend t;
    const Session admin = t.createAccount(QStringLiteral("ada"), {QStringLiteral("administrator")});
    MailConfig form = server.config();
    QString problem;
    CHECK(t.backend().mail()->test(admin, form, &problem) == nullptr);
    CHECK(problem.contains(QStringLiteral("copy address")));
    form.copyTo = QStringLiteral("card-desk@example.org");
    std::unique_ptr<MailSendJob> job(t.backend().mail()->test(admin, form, &problem));
    REQUIRE(job);
    QSignalSpy finished(job.get(), &Job::finished);
    job->start();
    REQUIRE(waitFor([&] { return finished.count() > 0; }, 30000));
    INFO(job->errorString().toStdString());
    REQUIRE(job->error() == SmtpClient::Error::None);
    REQUIRE(server.received().size() == 1);
    CHECK(server.received().first().to == QStringList{QStringLiteral("card-desk@example.org")});
    CHECK(server.received().first().body().contains(QStringLiteral("ada")));
    CHECK_FALSE(t.backend().mail()->view().saved); // a test saves nothing
}

TEST_CASE("every mail field through the hostile-input catalogue: refused with a reason, or taken as it is",
          "[mail][settings][hostile]")
{
    TestBackend t;
    const Session admin = t.createAccount(QStringLiteral("ada"), {QStringLiteral("administrator")});
    MailConnectionService *mail = t.backend().mail();
    REQUIRE(await(mail->save(admin, goodSettings())).ok);
    const QJsonObject saved = mail->view().settings.toJson();
    struct Field
    {
        const char *name;
        std::function<void(MailConfig &, const QString &)> set;
        QList<Hostile> taken;
    };
    // A password is anything but too long or a control character; an empty one is the saved one kept.
    const QList<Field> fields{
        {"host", [](MailConfig &c, const QString &v) { c.host = v; }, {}},
        {"user", [](MailConfig &c, const QString &v) { c.user = v; }, {Hostile::Empty, Hostile::Sql}},
        {"password",
         [](MailConfig &c, const QString &v) { c.password = v; },
         {Hostile::Empty, Hostile::Sql, Hostile::RightToLeft}},
        {"sender", [](MailConfig &c, const QString &v) { c.sender = v; }, {}},
        {"copy address", [](MailConfig &c, const QString &v) { c.copyTo = v; }, {Hostile::Empty}},
        {"trusted certificates",
         [](MailConfig &c, const QString &v) { c.caCertificates = v.toUtf8(); },
         {Hostile::Empty}},
    };
    for (const Field &field : fields) {
        for (const HostileText &hostile : hostileTexts()) {
            INFO(field.name << " <- " << hostile.name);
            MailConfig form = goodSettings();
            field.set(form, hostile.text);
            const Outcome outcome = await(mail->save(admin, form));
            INFO(outcome.message.toStdString());
            const bool taken = field.taken.contains(hostile.kind);
            CHECK(outcome.ok == taken);
            if (!taken) {
                CHECK_FALSE(outcome.message.isEmpty());
                CHECK(mail->view().settings.toJson() == saved);
            } else {
                REQUIRE(await(mail->save(admin, goodSettings())).ok);
            }
        }
    }
}
