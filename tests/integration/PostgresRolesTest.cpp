// SPDX-License-Identifier: Apache-2.0
// The database roles of resources/postgres: a client logged in as tempcards_client orders and aborts
// cards, writing audit records, but cannot change, remove or unprotect them. On SQLite only the scripts'
// agreement with the schema is checked.
#include "AccountAdministration.h"
#include "AuditChain.h"
#include "BatchSyncJob.h"
#include "GoCardsConnectionService.h"
#include "OrderHelpers.h"
#include "SettingsService.h"
#include "SqlScript.h"
#include "SyncService.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>

using namespace tempcards;
using namespace tempcards::test;

namespace {

QStringList scriptStatements(const QString &name)
{
    QFile file(QStringLiteral(TEMPCARDS_SOURCE_DIR "/resources/postgres/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return SqlScript::split(QString::fromUtf8(file.readAll()));
}

void runScript(const QSqlDatabase &db, const QString &name)
{
    for (const QString &statement : scriptStatements(name))
        SqlQuery::run(db, statement);
}

} // namespace

TEST_CASE("the client's database role adds audit records but cannot change or remove them", "[postgres][audit]")
{
    TestBackend t; // created and migrated by the server's superuser, as the tables' owner would
    // Every table grants.sql names exists in the schema the migrations build, so a renamed table cannot
    // leave the trail silently unprotected.
    static const QRegularExpression namedTable(QStringLiteral("\\bON\\s+(?!ALL\\b)(\\w+)\\s+(FROM|TO)\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList named;
    for (const QString &statement : scriptStatements(QStringLiteral("grants.sql"))) {
        const QRegularExpressionMatch match = namedTable.match(statement);
        if (match.hasMatch())
            named << match.captured(1);
    }
    CHECK(named ==
          QStringList{QStringLiteral("accounts"), QStringLiteral("account_roles"), QStringLiteral("role_permissions"),
                      QStringLiteral("processes"), QStringLiteral("options_scripts"),
                      QStringLiteral("gocards_connection"), QStringLiteral("service_connections"),
                      QStringLiteral("cards"), QStringLiteral("order_batches"), QStringLiteral("sync_state"),
                      QStringLiteral("people"), QStringLiteral("card_holdings"), QStringLiteral("expiry_reminders"),
                      QStringLiteral("unknown_cards"), QStringLiteral("sync_lease"), QStringLiteral("audit_log"),
                      QStringLiteral("audit_head"), QStringLiteral("write_receipts")});
    for (const QString &table : named)
        CHECK_NOTHROW(SqlQuery(t.database().connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table).scalar());
    if (!TestBackend::onPostgres())
        return; // the roles themselves need PostgreSQL; the test command runs this again on its server

    const Session session = orderingOperator(t, true);
    t.enableProcess(ProcessId::AbortTemporaryCardOrder);
    runScript(t.database().connection(), QStringLiteral("roles.sql"));
    runScript(t.database().connection(), QStringLiteral("grants.sql"));

    Database::Opened opened = Database::open({{}, t.postgresAs(QStringLiteral("tempcards_client"))}, wallClock());
    INFO(opened.message.toStdString());
    REQUIRE(opened.database);
    const QSqlDatabase client = opened.database->connection();
    CHECK(SqlQuery(client, QStringLiteral("SELECT current_user")).scalar().toString() ==
          QStringLiteral("tempcards_client"));

    // Everyday work through the core: an order and an abort, each audited in its transaction.
    QNetworkAccessManager nam;
    SystemClock clock;
    Backend::Options options;
    options.goCards = t.goCardsConfig();
    options.passwordIterations = 1000;
    {
        Backend backend(opened.database.get(), &nam, &clock, options);
        std::unique_ptr<OrderTemporaryCardsJob> job(backend.ordering()->orderTemporaryCards(session, 3));
        bool finished = false;
        QObject context;
        QObject::connect(job.get(), &OrderTemporaryCardsJob::finished, &context, [&] { finished = true; });
        job->start();
        REQUIRE(waitFor([&] { return finished; }));
        CHECK(job->result() == OrderTemporaryCardsJob::Result::Queued);
        const auto aborted = await(backend.ordering()->abortCards(session, {job->cardIds().first()}));
        CHECK(aborted.started);
        CHECK(aborted.cards.first().aborted);

        // And every other kind of write the client makes, under the per-table grants: an account, the
        // settings with their grants, the Go Cards connection, and a batch sync that sends the rest.
        const Session admin = t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
        const Outcome created = await(backend.administration()->createAccount(
            admin, QStringLiteral("nils"), TestBackend::kPassword, TestBackend::kPassword, {Roles::Operator}));
        INFO(created.message.toStdString());
        CHECK(created.ok);
        const TempCardSettings current = backend.settings()->load();
        const Outcome saved = await(backend.settings()->save(
            admin, current.enabled, current.optionsScript + QStringLiteral("\n// saved by the roles test\n"),
            current.grants));
        INFO(saved.message.toStdString());
        CHECK(saved.ok);
        GoCardsConnectionForm form;
        form.baseUrl = t.goCardsConfig().baseUrl.toString();
        form.organisationId = t.goCardsConfig().organisationId;
        form.clientId = t.goCardsConfig().clientId;
        form.clientSecret = t.goCardsConfig().clientSecret;
        const Outcome connection = await(backend.connection()->save(admin, form));
        INFO(connection.message.toStdString());
        CHECK(connection.ok);
        const BatchSyncJob::Report report = runSyncOf(backend);
        INFO(report.errorString.toStdString());
        CHECK(report.errorString.isEmpty());
        CHECK(report.cardsOrdered == 2);
    }
    const int records = SqlQuery(client, QStringLiteral("SELECT COUNT(*) FROM audit_log")).scalar().toInt();
    CHECK(records >= 2);

    for (const QString &statement :
         {QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = 1"),
          QStringLiteral("DELETE FROM audit_log WHERE id = 1"), QStringLiteral("TRUNCATE audit_log"),
          QStringLiteral("DROP TRIGGER audit_log_no_update ON audit_log"),
          QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER ALL"), QStringLiteral("DROP TABLE audit_log"),
          QStringLiteral("DELETE FROM schema_migrations"),
          // Beyond the audit trail, what no client code does is refused as well.
          QStringLiteral("DELETE FROM cards"), QStringLiteral("DELETE FROM accounts"),
          QStringLiteral("UPDATE options_scripts SET script = ''"), QStringLiteral("DELETE FROM options_scripts"),
          QStringLiteral("INSERT INTO processes (symbolic_name) VALUES ('Forged')"),
          QStringLiteral("DELETE FROM processes"),
          QStringLiteral("UPDATE gocards_connection SET base_url = 'https://listener.example'"),
          QStringLiteral("UPDATE installation SET value = 'x'"), QStringLiteral("TRUNCATE cards")}) {
        INFO(statement.toStdString());
        try {
            SqlQuery::run(client, statement);
            FAIL("tempcards_client was allowed to do it");
        } catch (const DatabaseError &error) {
            const QString message = error.message();
            INFO(message.toStdString());
            CHECK((message.contains(QLatin1String("permission denied")) ||
                   message.contains(QLatin1String("must be owner"))));
        }
    }
    CHECK(SqlQuery(client, QStringLiteral("SELECT COUNT(*) FROM audit_log")).scalar().toInt() == records);
    const AuditChain::Verdict verdict = AuditChain::verify(client);
    INFO(verdict.reason.toStdString());
    CHECK(verdict.ok);
}

TEST_CASE("a client certificate logs a role in through tempcards' own connection, and nothing else does",
          "[postgres][security]")
{
    TestBackend t;
    if (!TestBackend::onPostgres())
        return; // the test command runs this suite again on its PostgreSQL server
    // scripts/pg-test-server.sh issued client.crt (CN tempcards_cert_login) next to the authority, and its
    // pg_hba.conf admits that role by certificate only.
    const QRegularExpression rootCert(QStringLiteral("sslrootcert=(\\S+)/ca\\.crt"));
    const QRegularExpressionMatch match = rootCert.match(t.databaseConfig().postgres);
    REQUIRE(match.hasMatch());
    const QString tls = match.captured(1);
    const QSqlDatabase db = t.database().connection();
    // Only this test makes this role (roles are the whole server's; roles.sql is left to the test above,
    // since two runs of it at once could race to create the same role). Reading is enough to log in.
    SqlQuery::run(db, QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                                     "'tempcards_cert_login') THEN CREATE ROLE tempcards_cert_login LOGIN; END IF; "
                                     "END $$"));
    SqlQuery::run(db, QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO tempcards_cert_login"));
    const QString asCertRole = t.postgresAs(QStringLiteral("tempcards_cert_login"));

    // As a workstation would be set up: the certificate and its key in More options (or --postgres).
    Database::Opened opened = Database::open(
        {{}, asCertRole + QStringLiteral(" sslcert=%1/client.crt sslkey=%1/client.key").arg(tls)}, wallClock());
    INFO(opened.message.toStdString());
    REQUIRE(opened.database);
    CHECK(SqlQuery(opened.database->connection(), QStringLiteral("SELECT session_user")).scalar().toString() ==
          QStringLiteral("tempcards_cert_login"));
    CHECK(SqlQuery(opened.database->connection(), QStringLiteral("SELECT COUNT(*) FROM cards")).scalar().isValid());
    opened.database.reset();

    // Without the certificate, a password does not help: pg_hba.conf asks for the certificate.
    DatabaseConfig withPassword({}, asCertRole);
    withPassword.password = QStringLiteral("a guessed password");
    opened = Database::open(withPassword, wallClock());
    REQUIRE_FALSE(opened.database);
    INFO(opened.message.toStdString());
    CHECK(opened.message.contains(QStringLiteral("certificate")));
    // Another role's certificate is not this role's: the server's own certificate has CN 127.0.0.1.
    opened = Database::open({{}, asCertRole + QStringLiteral(" sslcert=%1/server.crt sslkey=%1/client.key").arg(tls)},
                            wallClock());
    CHECK_FALSE(opened.database);
}
