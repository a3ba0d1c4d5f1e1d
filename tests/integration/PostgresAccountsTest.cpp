// SPDX-License-Identifier: Apache-2.0
// Accounts as PostgreSQL login roles (resources/postgres/accounts.sql, audit.sql): people log in by connecting
// as their own role, administrators manage accounts through the tables the triggers guard, the database
// writes the audit trail, and each person connecting as a hostile client would is refused what their roles
// do not allow, next to the same change made through tempcards' own code succeeding.
#include "LoginRoles.h"

using namespace tempcards;
using namespace tempcards::test;

TEST_CASE("accounts are PostgreSQL login roles: the server checks the password and the roles",
          "[postgres][security][accounts]")
{
    InstallationRoles roles;
    TestBackend t;
    if (!TestBackend::onPostgres())
        return; // the test command runs this suite again on its PostgreSQL server
    install(t, roles);
    const QSqlDatabase owner = t.database().connection();
    const QString p = roles.prefix;

    Desk desk(t, roles);
    REQUIRE(desk.database->hasLoginRoles());
    REQUIRE_FALSE(desk.backend->accounts()->hasAccounts());
    const Outcome first = await(desk.backend->accounts()->createFirstAdministrator(
        QStringLiteral("ada"), TestBackend::kPassword, TestBackend::kPassword));
    INFO(first.message.toStdString());
    REQUIRE(first.ok);
    // PostgreSQL holds a SCRAM verifier for the role; the table holds no password at all.
    CHECK(SqlQuery(owner, QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1ada'").arg(p))
              .scalar()
              .toString()
              .startsWith(QLatin1String("SCRAM-SHA-256$4096:")));
    CHECK(SqlQuery(owner, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE password_hash <> ''")).scalar().toInt() ==
          0);
    CHECK(SqlQuery(owner, QStringLiteral("SELECT pg_has_role('%1ada', '%1administrator', 'MEMBER')").arg(p))
              .scalar()
              .toBool());
    // The first administrator is made once.
    CHECK_FALSE(await(desk.backend->accounts()->createFirstAdministrator(QStringLiteral("eve"), TestBackend::kPassword,
                                                                         TestBackend::kPassword))
                    .ok);

    // A wrong password is the server's refusal; the right one connects every thread as the person.
    const LoginResult wrong = desk.login(QStringLiteral("ada"), QStringLiteral("not the password at all"));
    CHECK_FALSE(wrong.ok);
    CHECK(wrong.message.contains(QStringLiteral("wrong")));
    CHECK(desk.database->signedInRole().isEmpty());
    // No password: left to libpq and pg_hba.conf (a certificate, Kerberos); this role needs its password.
    const LoginResult none = desk.login(QStringLiteral("ada"), QString());
    CHECK_FALSE(none.ok);
    CHECK(none.message.contains(QStringLiteral("wrong")));
    const LoginResult ada = desk.login(QStringLiteral("ada"), TestBackend::kPassword);
    INFO(ada.message.toStdString());
    REQUIRE(ada.ok);
    CHECK(ada.session.roles == QSet<QString>{Roles::Administrator});
    CHECK(SqlQuery(desk.database->connection(), QStringLiteral("SELECT session_user")).scalar().toString() ==
          p + QStringLiteral("ada"));
    const QString writerUser = await(desk.database->writer().run(
        [](QSqlDatabase &db) { return SqlQuery(db, QStringLiteral("SELECT session_user")).scalar().toString(); }));
    CHECK(writerUser == p + QStringLiteral("ada"));

    // An administrator makes an operator; the operator's role is a member of the operator group.
    AccountAdministration *admin = desk.backend->administration();
    const Outcome created = await(admin->createAccount(ada.session, QStringLiteral("nils"), TestBackend::kPassword,
                                                       TestBackend::kPassword, {Roles::Operator}));
    INFO(created.message.toStdString());
    REQUIRE(created.ok);
    CHECK(SqlQuery(owner, QStringLiteral("SELECT pg_has_role('%1nils', '%1operator', 'MEMBER') AND NOT "
                                         "pg_has_role('%1nils', '%1administrator', 'MEMBER')")
                              .arg(p))
              .scalar()
              .toBool());
    const qint64 nilsId =
        SqlQuery(owner, QStringLiteral("SELECT id FROM accounts WHERE username = 'nils'")).scalar().toLongLong();
    const qint64 adaId =
        SqlQuery(owner, QStringLiteral("SELECT id FROM accounts WHERE username = 'ada'")).scalar().toLongLong();

    // The operator, connected as a hostile client would, with their own password.
    {
        std::unique_ptr<Database> nils = openAs(t, p + QStringLiteral("nils"), TestBackend::kPassword);
        const QSqlDatabase db = nils->connection();
        const QString someVerifier = verifier(QStringLiteral("mallory's password"));
        const QStringList attacks{
            // Make an account, or become administrator.
            QStringLiteral("INSERT INTO accounts (username, password_hash, state, created_at, updated_at) VALUES "
                           "('mallory', '%1', 'active', 'x', 'x')")
                .arg(someVerifier),
            QStringLiteral("INSERT INTO account_roles (account_id, role) VALUES (%1, 'administrator')").arg(nilsId),
            QStringLiteral("GRANT %1administrator TO %1nils").arg(p),
            QStringLiteral("CREATE ROLE %1mallory LOGIN").arg(p),
            QStringLiteral("ALTER ROLE %1nils CREATEROLE").arg(p),
            // Take over or lock out another account.
            QStringLiteral("ALTER ROLE %1ada PASSWORD '%2'").arg(p, someVerifier),
            QStringLiteral("UPDATE accounts SET password_hash = '%1' WHERE username = 'ada'").arg(someVerifier),
            QStringLiteral("UPDATE accounts SET state = 'inactive' WHERE username = 'ada'"),
            QStringLiteral("DELETE FROM account_roles WHERE account_id = %1").arg(adaId),
            QStringLiteral("UPDATE accounts SET username = 'ada2' WHERE username = 'nils'"),
            QStringLiteral("UPDATE accounts SET failed_logins = 5 WHERE username = 'nils'"),
            // Read passwords: PostgreSQL's, or which role is whose.
            QStringLiteral("SELECT rolpassword FROM pg_authid"),
            QStringLiteral("SELECT * FROM account_logins"),
            // The settings are administrators'.
            QStringLiteral("UPDATE processes SET enabled = 1"),
            QStringLiteral("INSERT INTO role_permissions (role, permission) VALUES ('operator', 'accounts:manage')"),
            QStringLiteral("INSERT INTO options_scripts (script, created_at, created_by) VALUES ('', 'x', 'nils')"),
            QStringLiteral("DELETE FROM gocards_connection"),
            // The audit trail in another's name, and the tables themselves.
            QStringLiteral("INSERT INTO audit_log (at, actor, action, outcome, workstation) VALUES "
                           "('2026-01-01T00:00:00.000Z', 'ada', 'account.roles', 'success', 'x')"),
            QStringLiteral("DELETE FROM audit_log"),
            QStringLiteral("UPDATE audit_head SET last_id = 0, last_hash = ''"),
            QStringLiteral("SELECT key FROM audit_key"),
            QStringLiteral("SELECT tempcards_audit('ada', 'account.roles', 'account:nils', NULL, 'administrator', "
                           "'success', '', 'x')"),
            QStringLiteral("TRUNCATE cards"),
            QStringLiteral("DELETE FROM cards"),
            QStringLiteral("ALTER TABLE accounts DISABLE TRIGGER ALL"),
            QStringLiteral("DROP TRIGGER audit_log_actor ON audit_log"),
            QStringLiteral("SET session_replication_role = replica"),
        };
        QStringList everyTable;
        SqlQuery tables(owner,
                        QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"));
        tables.exec();
        while (tables.next())
            everyTable << tables.value(0).toString();
        REQUIRE(everyTable.size() >= 16);
        QStringList wholesale;
        for (const QString &table : std::as_const(everyTable)) {
            wholesale << QStringLiteral("TRUNCATE %1").arg(table) << QStringLiteral("DROP TABLE %1").arg(table);
            if (table != QLatin1String("order_batches")) // an abort removes an emptied batch (and there is none)
                wholesale << QStringLiteral("DELETE FROM %1").arg(table);
        }
        for (const QString &attack : attacks + wholesale) {
            const QString message = refused(db, attack);
            INFO(attack.toStdString() << "\n -> " << message.toStdString());
            CHECK_FALSE(message.isEmpty());
        }
        CHECK(SqlQuery(owner, QStringLiteral("SELECT pg_has_role('%1nils', '%1administrator', 'MEMBER')").arg(p))
                  .scalar()
                  .toBool() == false);
    }

    // The same person through tempcards: their own password, which the server then wants.
    {
        Desk nilsDesk(t, roles);
        const LoginResult nils = nilsDesk.login(QStringLiteral("nils"), TestBackend::kPassword);
        INFO(nils.message.toStdString());
        REQUIRE(nils.ok);
        CHECK(nils.session.roles == QSet<QString>{Roles::Operator});
        const Outcome changed = await(nilsDesk.backend->accounts()->changePassword(nils.session, TestBackend::kPassword,
                                                                                   kNewPassword, kNewPassword));
        INFO(changed.message.toStdString());
        CHECK(changed.ok);
        // New connections of this desk (a thread that had none) use the new password.
        QString user;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            user = SqlQuery(nilsDesk.database->connection(), QStringLiteral("SELECT session_user")).scalar().toString();
        }));
        thread->start();
        thread->wait();
        CHECK(user == p + QStringLiteral("nils"));
        const Outcome wrongCurrent = await(nilsDesk.backend->accounts()->changePassword(
            nils.session, QStringLiteral("not my password"), kNewPassword + QStringLiteral("!"),
            kNewPassword + QStringLiteral("!")));
        CHECK_FALSE(wrongCurrent.ok);
        nilsDesk.backend->accounts()->logout();
        CHECK(SqlQuery(nilsDesk.database->connection(), QStringLiteral("SELECT session_user")).scalar().toString() ==
              p + QStringLiteral("lobby"));
    }
    {
        Desk again(t, roles);
        CHECK_FALSE(again.login(QStringLiteral("nils"), TestBackend::kPassword).ok);
        CHECK(again.login(QStringLiteral("nils"), kNewPassword).ok);
    }

    // An administrator deactivates, reactivates, resets and changes roles; the server follows, and a
    // deactivated person's open connections end at once.
    std::unique_ptr<Database> open = openAs(t, p + QStringLiteral("nils"), kNewPassword);
    CHECK_NOTHROW(SqlQuery(open->connection(), QStringLiteral("SELECT COUNT(*) FROM cards")).scalar());
    CHECK(await(admin->setActive(ada.session, nilsId, false)).ok);
    CHECK_THROWS_AS(SqlQuery(open->connection(), QStringLiteral("SELECT COUNT(*) FROM cards")).scalar(), DatabaseError);
    open.reset();
    CHECK_FALSE(Desk(t, roles).login(QStringLiteral("nils"), kNewPassword).ok);
    CHECK(await(admin->setActive(ada.session, nilsId, true)).ok);
    CHECK(Desk(t, roles).login(QStringLiteral("nils"), kNewPassword).ok);
    CHECK(await(admin->resetPassword(ada.session, nilsId, TestBackend::kPassword, TestBackend::kPassword)).ok);
    {
        Desk reset(t, roles);
        const LoginResult nils = reset.login(QStringLiteral("nils"), TestBackend::kPassword);
        CHECK(nils.ok);
        CHECK(nils.mustChangePassword);
    }
    CHECK(await(admin->setRoles(ada.session, nilsId, {Roles::Operator, Roles::Auditor})).ok);
    CHECK(SqlQuery(owner, QStringLiteral("SELECT pg_has_role('%1nils', '%1auditor', 'MEMBER')").arg(p))
              .scalar()
              .toBool());

    // The administrator, connected directly: not their own roles, not themselves out, not the last one.
    {
        std::unique_ptr<Database> direct = openAs(t, p + QStringLiteral("ada"), TestBackend::kPassword);
        const QSqlDatabase db = direct->connection();
        for (const QString &attack :
             {QStringLiteral("DELETE FROM account_roles WHERE account_id = %1").arg(adaId),
              QStringLiteral("INSERT INTO account_roles (account_id, role) VALUES (%1, 'auditor')").arg(adaId),
              QStringLiteral("UPDATE accounts SET state = 'inactive' WHERE username = 'ada'"),
              QStringLiteral("UPDATE accounts SET password_hash = 'a clear password' WHERE username = 'nils'"),
              QStringLiteral("INSERT INTO audit_log (at, actor, action, outcome, workstation) VALUES "
                             "('2026-01-01T00:00:00.000Z', 'nils', 'login', 'success', 'x')"),
              QStringLiteral("GRANT %1administrator TO %1nils").arg(p),
              QStringLiteral("SELECT * FROM account_logins")}) {
            const QString message = refused(db, attack);
            INFO(attack.toStdString() << "\n -> " << message.toStdString());
            CHECK_FALSE(message.isEmpty());
        }
    }

    // Before anyone logs in, the workstation's role sees little and writes nothing once accounts exist.
    {
        std::unique_ptr<Database> lobby = openAs(t, p + QStringLiteral("lobby"), kLobbyPassword);
        const QSqlDatabase db = lobby->connection();
        for (const QString &attack :
             {QStringLiteral("INSERT INTO accounts (username, password_hash, state, created_at, updated_at) VALUES "
                             "('mallory', '%1', 'active', 'x', 'x')")
                  .arg(verifier(QStringLiteral("mallory's password"))),
              QStringLiteral("INSERT INTO audit_log (at, actor, action, outcome, workstation) VALUES "
                             "('2026-01-01T00:00:00.000Z', 'ada', 'login', 'success', 'x')"),
              QStringLiteral("SELECT COUNT(*) FROM cards"), QStringLiteral("SELECT * FROM gocards_connection"),
              QStringLiteral("UPDATE accounts SET state = 'inactive'")}) {
            const QString message = refused(db, attack);
            INFO(attack.toStdString() << "\n -> " << message.toStdString());
            CHECK_FALSE(message.isEmpty());
        }
    }

    // Every change above is in the trail, in the name of whoever made it, and the chain holds.
    CHECK(SqlQuery(owner, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'account.create' AND actor = "
                                         "'ada' AND object = 'account:nils'"))
              .scalar()
              .toInt() == 1);
    CHECK(SqlQuery(owner, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'login' AND actor = 'nils'"))
              .scalar()
              .toInt() >= 3);
    // The database wrote them: keyed, with its clock, and the person checks them through it.
    CHECK(SqlQuery(owner, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE hash NOT LIKE 'hmac-sha256:%'"))
              .scalar()
              .toInt() == 0);
    const qint64 records = SqlQuery(owner, QStringLiteral("SELECT COUNT(*) FROM audit_log")).scalar().toLongLong();
    {
        std::unique_ptr<Database> direct = openAs(t, p + QStringLiteral("ada"), TestBackend::kPassword);
        const AuditChain::Verdict verdict = AuditChain::verify(direct->connection());
        INFO(verdict.reason.toStdString());
        CHECK(verdict.ok);
        CHECK(verdict.records == records);
    }
    // Whoever can write the table but does not hold the key (a restored dump, an owner's password, a
    // superuser's mistake) cannot make a changed record pass: a recomputed plain hash is not the HMAC.
    SqlQuery::run(owner, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update"));
    SqlQuery read(owner, QStringLiteral("SELECT %1 FROM audit_log WHERE action = 'account.create' AND object = "
                                        "'account:nils'")
                             .arg(AuditChain::columns()));
    read.exec();
    REQUIRE(read.next());
    AuditRow row = AuditChain::readRow(read);
    row.actor = QStringLiteral("nils");
    row.hash = AuditChain::hashOf(row);
    SqlQuery(owner, QStringLiteral("UPDATE audit_log SET actor = ?, hash = ? WHERE id = ?"))
        .bind(row.actor)
        .bind(row.hash)
        .bind(row.id)
        .exec();
    SqlQuery::run(owner, QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update"));
    const AuditChain::Verdict verdict = AuditChain::verify(owner);
    CHECK_FALSE(verdict.ok);
    CHECK(verdict.firstBadId == row.id);
    CHECK(verdict.reason.contains(QStringLiteral("was changed")));
}

TEST_CASE("accounts.sql gives existing accounts login roles and refuses a prefix that takes another's role",
          "[postgres][accounts]")
{
    InstallationRoles roles;
    TestBackend t;
    if (!TestBackend::onPostgres())
        return;
    t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    t.createAccount(QStringLiteral("nils"), {Roles::Operator});
    t.enableProcess(ProcessId::OrderTemporaryCards); // audited under the plain chain
    const QSqlDatabase owner = t.database().connection();
    const QString p = roles.prefix;
    // A role of that name exists already (someone else's): nobody is given it, and nothing is lost.
    SqlQuery::run(owner, QStringLiteral("CREATE ROLE %1nils NOLOGIN").arg(p));
    CHECK_THROWS_AS(install(t, roles), DatabaseError);
    CHECK(SqlQuery(owner, QStringLiteral("SELECT COUNT(*) FROM account_logins")).scalar().toInt() == 0);
    CHECK(SqlQuery(owner, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE password_hash <> ''")).scalar().toInt() ==
          3); // and the harness's administrator
    SqlQuery::run(owner, QStringLiteral("DROP ROLE %1nils").arg(p));
    install(t, roles);
    CHECK(SqlQuery(owner, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE password_hash <> ''")).scalar().toInt() ==
          0);
    CHECK(SqlQuery(owner, QStringLiteral("SELECT pg_has_role('%1ada', '%1administrator', 'MEMBER') AND "
                                         "pg_has_role('%1nils', '%1operator', 'MEMBER')")
                              .arg(p))
              .scalar()
              .toBool());
    // Their old passwords are gone with the hashes: the database's administrator sets one (\password).
    CHECK_FALSE(Desk(t, roles).login(QStringLiteral("ada"), TestBackend::kPassword).ok);
    SqlQuery::run(owner, QStringLiteral("ALTER ROLE %1ada PASSWORD '%2'").arg(p, verifier(TestBackend::kPassword)));
    CHECK(Desk(t, roles).login(QStringLiteral("ada"), TestBackend::kPassword).ok);
    // The plain chain of before goes on as the keyed one, and the database checks both.
    checkIntact(owner);
    CHECK(SqlQuery(owner, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE hash LIKE 'hmac-sha256:%'"))
              .scalar()
              .toInt() == 1); // ada's login
    CHECK(SqlQuery(owner, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE hash NOT LIKE 'hmac-sha256:%'"))
              .scalar()
              .toInt() >= 1);
    // Running it again changes nothing.
    install(t, roles);
    CHECK(AuditChain::verify(owner).ok);
}

TEST_CASE("with login roles an operator orders as themselves and a batch sync service sends as its own role",
          "[postgres][accounts][sync]")
{
    InstallationRoles roles;
    TestBackend t;
    if (!TestBackend::onPostgres())
        return;
    const Session before = orderingOperator(t, true); // set up while the harness may still write directly
    install(t, roles);
    const QSqlDatabase owner = t.database().connection();
    const QString p = roles.prefix;
    SqlQuery::run(
        owner,
        QStringLiteral("ALTER ROLE %1%2 PASSWORD '%3'").arg(p, before.userName, verifier(TestBackend::kPassword)));

    Desk desk(t, roles);
    const LoginResult olle = desk.login(before.userName, TestBackend::kPassword);
    INFO(olle.message.toStdString());
    REQUIRE(olle.ok);
    std::unique_ptr<OrderTemporaryCardsJob> job(desk.backend->ordering()->orderTemporaryCards(olle.session, 2));
    bool finished = false;
    QObject context;
    QObject::connect(job.get(), &OrderTemporaryCardsJob::finished, &context, [&] { finished = true; });
    job->start();
    REQUIRE(waitFor([&] { return finished; }));
    INFO(job->errorString().toStdString());
    REQUIRE(job->result() == OrderTemporaryCardsJob::Result::Queued);

    // The installation's service: its own login role, a member of the batch sync's group.
    SqlQuery::run(owner, QStringLiteral("CREATE ROLE %1sync1 LOGIN PASSWORD '%2'").arg(p, kLobbyPassword));
    SqlQuery::run(owner, QStringLiteral("GRANT %1batch_sync TO %1sync1").arg(p));
    std::unique_ptr<Database> service = openAs(t, p + QStringLiteral("sync1"), kLobbyPassword);
    QNetworkAccessManager nam;
    SystemClock clock;
    Backend::Options options;
    options.goCards = t.goCardsConfig();
    {
        Backend sync(service.get(), &nam, &clock, options);
        const BatchSyncJob::Report report = runSyncOf(sync);
        INFO(report.errorString.toStdString());
        CHECK(report.errorString.isEmpty());
        CHECK(report.cardsOrdered == 2);
    }
    CHECK(t.cardCount(QStringLiteral("ordered")) == 2);
    CHECK(
        SqlQuery(owner, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'batch-sync'")).scalar().toInt() >
        0);
    CHECK(SqlQuery(owner, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = '%1' AND action = 'login'")
                              .arg(before.userName))
              .scalar()
              .toInt() == 1);

    // The service's role is no operator and no administrator.
    const QSqlDatabase db = service->connection();
    for (const QString &attack :
         {QStringLiteral("INSERT INTO audit_log (at, actor, action, outcome, workstation) VALUES "
                         "('2026-01-01T00:00:00.000Z', '%1', 'order', 'success', 'x')")
              .arg(before.userName),
          QStringLiteral("UPDATE processes SET enabled = 0"), QStringLiteral("DELETE FROM gocards_connection"),
          QStringLiteral("UPDATE accounts SET state = 'inactive'"),
          QStringLiteral("INSERT INTO account_roles (account_id, role) VALUES (%1, 'administrator')")
              .arg(before.accountId)}) {
        const QString message = refused(db, attack);
        INFO(attack.toStdString() << "\n -> " << message.toStdString());
        CHECK_FALSE(message.isEmpty());
    }
    CHECK(SqlQuery(owner, QStringLiteral("SELECT COUNT(*) FROM processes WHERE enabled = 1")).scalar().toInt() == 1);
}
