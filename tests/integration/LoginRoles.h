// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the login-role tests share (PostgresAccountsTest, PostgresRulesTest): an installation of
// resources/postgres/{accounts,audit,rules}.sql with roles of its own, a workstation's desk, a batch sync
// service, and the hostile client's refused statement.
#include "AccountAdministration.h"
#include "AccountService.h"
#include "AuditChain.h"
#include "BatchSyncJob.h"
#include "BatchSyncScheduler.h"
#include "CardService.h"
#include "GoCardsConnectionCheckJob.h"
#include "GoCardsConnectionService.h"
#include "OrderHelpers.h"
#include "OrderTemporaryCardsJob.h"
#include "OrderingService.h"
#include "RefreshCardJob.h"
#include "ScramVerifier.h"
#include "SqlScript.h"
#include "SyncService.h"
#include "TestBackend.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>
#include <QUuid>

namespace tempcards::test {

inline const QString kLobbyPassword = QStringLiteral("lobby password 1");
inline const QString kNewPassword = QStringLiteral("a brand new passphrase");

// Roles belong to the whole server: every test gives its installation a prefix of its own and drops its
// roles at the end, after its database (declare it before the TestBackend).
struct InstallationRoles
{
    QString prefix = QStringLiteral("t%1_").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));

    ~InstallationRoles()
    {
        const QString name = QStringLiteral("drop-roles-") + prefix;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setConnectOptions(qEnvironmentVariable("TEMPCARDS_TEST_POSTGRES"));
            if (db.open()) {
                QSqlQuery(db).exec(QStringLiteral("DO $$ DECLARE r TEXT; BEGIN FOR r IN SELECT rolname FROM pg_roles "
                                                  "WHERE rolname LIKE '%1%%' LOOP EXECUTE format('DROP ROLE %I', r); "
                                                  "END LOOP; END $$")
                                       .arg(prefix));
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
};

inline void install(TestBackend &t, const InstallationRoles &roles)
{
    const QSqlDatabase db = t.database().connection();
    SqlQuery::run(db, QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1lobby') THEN "
                                     "CREATE ROLE %1lobby LOGIN PASSWORD '%2'; END IF; END $$")
                          .arg(roles.prefix, kLobbyPassword));
    SqlQuery::run(db, QStringLiteral("SET tempcards.role_prefix = '%1'").arg(roles.prefix));
    SqlQuery::run(db, QStringLiteral("SET tempcards.lobby_role = '%1lobby'").arg(roles.prefix));
    for (const char *script : {"accounts.sql", "audit.sql", "rules.sql"}) {
        QFile file(QStringLiteral(TEMPCARDS_SOURCE_DIR "/resources/postgres/") + QLatin1String(script));
        REQUIRE(file.open(QIODevice::ReadOnly));
        for (const QString &statement : SqlScript::split(QString::fromUtf8(file.readAll())))
            SqlQuery::run(db, statement);
    }
}

inline std::unique_ptr<Database> openAs(TestBackend &t, const QString &role, const QString &password)
{
    DatabaseConfig config({}, t.postgresAs(role));
    config.password = password;
    Database::Opened opened = Database::open(config, wallClock());
    INFO(opened.message.toStdString());
    REQUIRE(opened.database);
    return std::move(opened.database);
}

// A workstation: connected as the lobby role until someone logs in.
struct Desk
{
    Desk(TestBackend &t, const InstallationRoles &roles)
        : database(openAs(t, roles.prefix + QStringLiteral("lobby"), kLobbyPassword))
    {
        Backend::Options options;
        options.goCards = t.goCardsConfig();
        options.passwordIterations = 1000;
        backend = std::make_unique<Backend>(database.get(), &nam, &clock, options);
    }
    LoginResult login(const QString &name, const QString &password)
    {
        return await(backend->accounts()->login(name, password));
    }

    QNetworkAccessManager nam;
    SystemClock clock;
    std::unique_ptr<Database> database;
    std::unique_ptr<Backend> backend;
};

// A tempcards-sync service of the installation: its own login role in the batch sync's group, running only
// when a workstation hands it an order (its interval is far away).
struct Dispatcher
{
    Dispatcher(TestBackend &t, const InstallationRoles &roles, const QString &name = QStringLiteral("sync1"))
    {
        const QSqlDatabase owner = t.database().connection();
        SqlQuery::run(owner, QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1%2') "
                                            "THEN CREATE ROLE %1%2 LOGIN PASSWORD '%3'; END IF; END $$")
                                 .arg(roles.prefix, name, kLobbyPassword));
        SqlQuery::run(owner, QStringLiteral("GRANT %1batch_sync TO %1%2").arg(roles.prefix, name));
        database = openAs(t, roles.prefix + name, kLobbyPassword);
        Backend::Options options;
        options.goCards = t.goCardsConfig();
        backend = std::make_unique<Backend>(database.get(), &nam, &clock, options);
    }
    void start()
    {
        backend->sync()->scheduler()->setFixedInterval(3600);
        backend->sync()->scheduler()->start(3600 * 1000);
    }

    QNetworkAccessManager nam;
    SystemClock clock;
    std::unique_ptr<Database> database;
    std::unique_ptr<Backend> backend;
};

inline std::unique_ptr<OrderTemporaryCardsJob> orderAt(Desk &desk, const Session &session, int amount)
{
    std::unique_ptr<OrderTemporaryCardsJob> job(desk.backend->ordering()->orderTemporaryCards(session, amount));
    bool finished = false;
    QObject context;
    QObject::connect(job.get(), &OrderTemporaryCardsJob::finished, &context, [&] { finished = true; });
    job->start();
    REQUIRE(waitFor([&] { return finished; }, 30000));
    return job;
}

// Runs Refresh from Go Cards for one card to its end.
inline std::unique_ptr<RefreshCardJob> refreshAt(Desk &desk, const Session &session, qint64 cardId)
{
    std::unique_ptr<RefreshCardJob> job(desk.backend->cards()->refresh(session, cardId));
    bool finished = false;
    QObject context;
    QObject::connect(job.get(), &RefreshCardJob::finished, &context, [&] { finished = true; });
    job->start();
    REQUIRE(waitFor([&] { return finished; }, 30000));
    return job;
}

inline void checkIntact(const QSqlDatabase &db)
{
    const AuditChain::Verdict verdict = AuditChain::verify(db);
    INFO(verdict.reason.toStdString());
    CHECK(verdict.ok);
}

// Runs `statement` and expects PostgreSQL to refuse it; returns its message.
inline QString refused(const QSqlDatabase &db, const QString &statement)
{
    INFO(statement.toStdString());
    try {
        SqlQuery::run(db, statement);
    } catch (const DatabaseError &error) {
        return error.message();
    }
    FAIL("PostgreSQL allowed it");
    return {};
}

inline QString verifier(const QString &password)
{
    return QString::fromLatin1(ScramVerifier::compute(password, *QRandomGenerator::system()));
}

} // namespace tempcards::test
