// SPDX-License-Identifier: Apache-2.0
// With login roles (resources/postgres/rules.sql) the directory's bind password follows the Go Cards secret's
// rules: the batch sync's role alone reads it, an administrator saves it and keeps it unread but only for the
// server and bind DN it was saved for, and an operator can neither read nor write the directory's settings. The
// mail server's password, in the same table, likewise.
// Each attack is a hostile client's own statement, next to the legitimate path succeeding.
#include "DirectoryConnectionService.h"
#include "DirectoryReadJob.h"
#include "DirectoryServer.h"
#include "LoginRoles.h"
#include "MailConnectionService.h"
#include "MailServer.h"
#include "PeopleSyncJob.h"

#include <QSignalSpy>

using namespace tempcards;
using namespace tempcards::test;

TEST_CASE("with login roles only the batch sync reads the bind password, kept unread for its own server alone",
          "[postgres][accounts][directory]")
{
    InstallationRoles roles;
    TestBackend t;
    if (!TestBackend::onPostgres())
        return;
    DirectoryServer server(DirectoryServer::peopleLdif(20));
    const Session olle = t.createAccount(QStringLiteral("olle"), {QStringLiteral("operator")});
    t.createAccount(QStringLiteral("ada"), {QStringLiteral("administrator")});
    install(t, roles);
    const QSqlDatabase owner = t.database().connection();
    const QString p = roles.prefix;
    for (const QString &name : {olle.userName, QStringLiteral("ada")})
        SqlQuery::run(
            owner, QStringLiteral("ALTER ROLE \"%1%2\" PASSWORD '%3'").arg(p, name, verifier(TestBackend::kPassword)));

    Desk adminDesk(t, roles);
    const LoginResult admin = adminDesk.login(QStringLiteral("ada"), TestBackend::kPassword);
    REQUIRE(admin.ok);
    DirectoryConnectionService *directory = adminDesk.backend->directory();
    const DirectoryConfig settings = server.config();
    DirectoryConnectionForm form{settings.url.toString(), settings};
    Outcome saved = await(directory->save(admin.session, form));
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok);
    form.settings.password.clear();
    form.settings.filter = QStringLiteral("(objectClass=person)");
    saved = await(directory->save(admin.session, form));
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok); // kept without being read
    CHECK(SqlQuery(owner, QStringLiteral("SELECT secret FROM service_connections WHERE service = 'directory'"))
              .scalar()
              .toString() == settings.password);
    CHECK(directory->view().passwordSaved);
    QString problem;
    CHECK(directory->test(admin.session, form, 5, &problem) == nullptr);
    CHECK(problem.contains(QStringLiteral("type it again")));
    bool hidden = false;
    CHECK(directory->effective(&problem, &hidden));
    CHECK(hidden);

    // Another server with the kept password: refused by the core, and by the database when asked directly.
    DirectoryConnectionForm moved = form;
    moved.address = QStringLiteral("ldaps://evil.example.net");
    CHECK_FALSE(await(directory->save(admin.session, moved)).ok);
    std::unique_ptr<Database> asAdmin = openAs(t, p + QStringLiteral("ada"), TestBackend::kPassword);
    std::unique_ptr<Database> asOperator = openAs(t, p + olle.userName, TestBackend::kPassword);
    const QString elsewhere =
        QStringLiteral("UPDATE service_connections SET settings = replace(settings, '127.0.0.1', 'evil.example.net') "
                       "WHERE service = 'directory'");
    CHECK(refused(asAdmin->connection(), elsewhere).contains(QStringLiteral("stays with its server")));
    CHECK(refused(asAdmin->connection(), QStringLiteral("UPDATE service_connections SET settings = "
                                                        "replace(settings, 'cn=tempcards', 'cn=admin')"))
              .contains(QStringLiteral("stays with its server")));

    // The mail server's password likewise: kept unread, and only for its own host.
    MailConfig mail;
    mail.host = QStringLiteral("mail.example.org");
    mail.user = QStringLiteral("tempcards");
    mail.password = QStringLiteral("Mail-Password-Only-The-Server-Knows");
    mail.sender = QStringLiteral("tempcards@example.org");
    REQUIRE(await(adminDesk.backend->mail()->save(admin.session, mail)).ok);
    mail.password.clear();
    mail.copyTo = QStringLiteral("card-desk@example.org");
    REQUIRE(await(adminDesk.backend->mail()->save(admin.session, mail)).ok);
    CHECK(refused(asAdmin->connection(), QStringLiteral("UPDATE service_connections SET settings = "
                                                        "replace(settings, 'mail.example.org', 'mail.evil.example') "
                                                        "WHERE service = 'mail'"))
              .contains(QStringLiteral("stays with its server")));

    // Nobody but the batch sync reads it back; an operator writes nothing.
    for (Database *db : {asAdmin.get(), asOperator.get()}) {
        for (const QString &attack : {QStringLiteral("SELECT secret FROM service_connections"),
                                      QStringLiteral("SELECT * FROM service_connections"),
                                      QStringLiteral("COPY service_connections TO STDOUT")}) {
            const QString message = refused(db->connection(), attack);
            INFO(attack.toStdString() << "\n -> " << message.toStdString());
            CHECK(message.contains(QStringLiteral("permission denied")));
        }
    }
    for (const QString &attack :
         {QStringLiteral("UPDATE service_connections SET settings = '{}'"),
          QStringLiteral("DELETE FROM service_connections"),
          QStringLiteral("INSERT INTO service_connections (service, settings, secret, updated_at, updated_by) "
                         "VALUES ('mail', '{}', 'x', '', 'olle')")}) {
        const QString message = refused(asOperator->connection(), attack);
        INFO(attack.toStdString() << "\n -> " << message.toStdString());
        CHECK(message.contains(QStringLiteral("permission denied")));
    }

    // Whether a reminder went out is the batch sync's to record: no workstation marks one sent (to hide it),
    // starts it over (for a second mail) or lists one.
    for (Database *db : {asAdmin.get(), asOperator.get()}) {
        for (const QString &attack :
             {QStringLiteral("UPDATE expiry_reminders SET sent_at = '2000-01-01T00:00:00.000Z'"),
              QStringLiteral("UPDATE expiry_reminders SET attempts = 0, last_error = ''"),
              QStringLiteral("INSERT INTO expiry_reminders (card_id, due_on, person_id, valid_until, days_left, "
                             "listed_at) SELECT id, '2000-01-01', holder_id, valid_until, 1, '' FROM cards")}) {
            const QString message = refused(db->connection(), attack);
            INFO(attack.toStdString() << "\n -> " << message.toStdString());
            CHECK(message.contains(QStringLiteral("permission denied")));
        }
    }

    // The batch sync reads it and brings the people in.
    Dispatcher dispatcher(t, roles);
    QString dispatcherProblem;
    bool dispatcherHidden = true;
    const std::optional<DirectoryConfig> effective =
        dispatcher.backend->directory()->effective(&dispatcherProblem, &dispatcherHidden);
    REQUIRE(effective);
    CHECK_FALSE(dispatcherHidden);
    CHECK(dispatcherProblem.isEmpty());
    CHECK(effective->password == settings.password);
    PeopleSyncJob job(dispatcher.backend->context(), *effective, std::nullopt);
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    REQUIRE(waitFor([&] { return finished.count() > 0; }, 60000));
    INFO(job.message().toStdString());
    CHECK(job.error() == PeopleSyncJob::None);
    CHECK(job.result().added == 20);
    checkIntact(owner);
}

TEST_CASE("with login roles the batch sync's role mails the reminders and a workstation's run sends none",
          "[postgres][accounts][mail][reminders]")
{
    InstallationRoles roles;
    TestBackend t;
    if (!TestBackend::onPostgres())
        return;
    MailServer server;
    t.createAccount(QStringLiteral("ada"), {QStringLiteral("administrator")});
    // Valid seven more days: its first reminder is due today.
    const qint64 card = t.insertCard(CardState::Assigned);
    const QSqlDatabase owner = t.database().connection();
    SqlQuery(owner, QStringLiteral("UPDATE cards SET valid_until = ? WHERE id = ?"))
        .bind(toStorageTime(QDateTime::currentDateTimeUtc().addDays(7)))
        .bind(card)
        .exec();
    install(t, roles);
    SqlQuery::run(
        owner,
        QStringLiteral("ALTER ROLE \"%1ada\" PASSWORD '%2'").arg(roles.prefix, verifier(TestBackend::kPassword)));
    Desk adminDesk(t, roles);
    const LoginResult admin = adminDesk.login(QStringLiteral("ada"), TestBackend::kPassword);
    REQUIRE(admin.ok);
    MailConfig config = server.config();
    config.copyTo = QStringLiteral("card-desk@example.org");
    REQUIRE(await(adminDesk.backend->mail()->save(admin.session, config)).ok);

    // A workstation's own batch sync may not read the password: it lists the reminder and sends nothing.
    const BatchSyncJob::Report workstation = runSyncOf(*adminDesk.backend);
    CHECK(workstation.remindersSent == 0);
    CHECK(server.received().isEmpty());

    Dispatcher dispatcher(t, roles);
    const BatchSyncJob::Report report = runSyncOf(*dispatcher.backend);
    INFO(report.reminderProblem.toStdString());
    CHECK(report.remindersSent == 1);
    REQUIRE(server.received().size() == 1);
    CHECK(server.received().first().header("Message-ID").startsWith(QStringLiteral("<reminder.%1.").arg(card)));
    CHECK(runSyncOf(*dispatcher.backend).remindersSent == 0);
    CHECK(SqlQuery(owner, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'reminder.send' AND actor = "
                                         "'batch-sync' AND outcome = 'success'"))
              .scalar()
              .toInt() == 1);
    checkIntact(owner);
}
