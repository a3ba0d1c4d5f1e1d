// SPDX-License-Identifier: Apache-2.0
// Scenario 6: Next -> ordered on PostgreSQL with login roles, where only the batch sync's role reads the
// Go Cards secret: an operator's desk commits one card and hands it over (LISTEN/NOTIFY), a tempcards-sync
// service in this process sends it to gocards-sim on loopback, and the desk sees the batch answered.
// Needs a PostgreSQL server that a superuser can reach: TEMPCARDS_BENCH_POSTGRES holds its libpq options
// (scripts/pg-test-server.sh prints them). It makes a database and roles of its own and drops them. Also
// measured: the desk's login, which there is a connection as the person's own role (SCRAM-SHA-256).
#include "BenchScenarios.h"
#include "BenchSupport.h"

#include "AccountService.h"
#include "AccountStore.h"
#include "BatchSyncScheduler.h"
#include "Clock.h"
#include "OptionsScript.h"
#include "OrderTemporaryCardsJob.h"
#include "OrderingService.h"
#include "Pbkdf2.h"
#include "ScramVerifier.h"
#include "SettingsService.h"
#include "SqlScript.h"
#include "SyncService.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace tempcards::bench {

namespace {

const QString kPassword = QStringLiteral("a bench passphrase");

QString withDatabase(const QString &server, const QString &database, const QString &user = {})
{
    QStringList kept;
    for (const QString &option : server.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!option.startsWith(QLatin1String("dbname=")) &&
            (user.isEmpty() || !option.startsWith(QLatin1String("user="))))
            kept << option;
    }
    kept << QStringLiteral("dbname=") + database;
    if (!user.isEmpty())
        kept << QStringLiteral("user=") + user;
    return kept.join(QLatin1Char(' '));
}

// Statements on the server's own database, as its superuser: making and dropping what the scenario uses.
void maintenance(const QString &server, const QString &statement)
{
    const QString name = QStringLiteral("bench-maintenance");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setConnectOptions(withDatabase(server, QStringLiteral("postgres")));
        if (!db.open())
            throw BenchError("cannot reach PostgreSQL as its superuser");
        QSqlQuery(db).exec(statement);
    }
    QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<Database> open(const QString &options, const QString &password = {})
{
    DatabaseConfig config({}, options);
    config.password = password;
    static const SystemClock clock;
    Database::Opened opened = Database::open(config, clock);
    if (!opened.database)
        throw BenchError(opened.message.toStdString().c_str());
    return std::move(opened.database);
}

void install(const QSqlDatabase &db, const QString &prefix)
{
    SqlQuery::run(db, QStringLiteral("CREATE ROLE %1lobby LOGIN PASSWORD '%2'").arg(prefix, kPassword));
    SqlQuery::run(db, QStringLiteral("SET tempcards.role_prefix = '%1'").arg(prefix));
    SqlQuery::run(db, QStringLiteral("SET tempcards.lobby_role = '%1lobby'").arg(prefix));
    for (const char *script : {"accounts.sql", "audit.sql", "rules.sql"}) {
        QFile file(QStringLiteral(TEMPCARDS_SOURCE_DIR "/resources/postgres/") + QLatin1String(script));
        if (!file.open(QIODevice::ReadOnly))
            throw BenchError("resources/postgres is missing");
        for (const QString &statement : SqlScript::split(QString::fromUtf8(file.readAll())))
            SqlQuery::run(db, statement);
    }
}

} // namespace

void runHandOverScenario(const QString &folder, const Size &size)
{
    Q_UNUSED(folder)
    const QString server = qEnvironmentVariable("TEMPCARDS_BENCH_POSTGRES");
    if (server.isEmpty()) {
        print(QJsonObject{
            {QStringLiteral("scenario"), QStringLiteral("handover")},
            {QStringLiteral("skipped"), QStringLiteral("TEMPCARDS_BENCH_POSTGRES names no PostgreSQL server")}});
        return;
    }
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString prefix = QStringLiteral("b%1_").arg(tag);
    const QString database = QStringLiteral("tempcards_bench_") + tag;
    maintenance(server, QStringLiteral("CREATE DATABASE ") + database);
    struct Cleanup
    {
        QString server, database, prefix;
        ~Cleanup()
        {
            maintenance(server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
            maintenance(server, QStringLiteral("DO $$ DECLARE r TEXT; BEGIN FOR r IN SELECT rolname FROM pg_roles "
                                               "WHERE rolname LIKE '%1%%' LOOP EXECUTE format('DROP ROLE %I', r); "
                                               "END LOOP; END $$")
                                    .arg(prefix));
        }
    } cleanup{server, database, prefix};

    SimulatorProcess simulator;
    QNetworkAccessManager nam;
    SystemClock clock;
    Backend::Options options;
    options.goCards = BenchClient::goCardsConfig(simulator.url());
    options.passwordIterations = 1000;

    // The installation, as its database administrator sets it up: schema, login roles, an administrator
    // who enables ordering sent at once (Queue off), an operator, and a batch sync service's role.
    std::unique_ptr<Database> owner = open(withDatabase(server, database));
    install(owner->connection(), prefix);
    await(owner->writer().run([](QSqlDatabase &db) {
        WriteTransaction transaction(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        AccountStore::insert(db, QStringLiteral("ada"),
                             QString::fromLatin1(ScramVerifier::compute(kPassword, *QRandomGenerator::system())),
                             {Roles::Administrator}, now);
        AccountStore::insert(db, QStringLiteral("olle"),
                             QString::fromLatin1(ScramVerifier::compute(kPassword, *QRandomGenerator::system())),
                             {Roles::Operator}, now);
        transaction.commit();
        return true;
    }));
    SqlQuery::run(
        owner->connection(),
        QStringLiteral("CREATE ROLE %1sync1 LOGIN PASSWORD '%2' IN ROLE %1batch_sync").arg(prefix, kPassword));
    {
        Backend setup(owner.get(), &nam, &clock, options);
        const auto account = AccountStore::findByName(owner->connection(), QStringLiteral("ada"));
        const Session admin = AccountStore::sessionOf(owner->connection(), *account);
        const TempCardSettings current = setup.settings()->load();
        const Outcome saved = await(setup.settings()->save(
            admin, {ProcessId::OrderTemporaryCards},
            OptionsScript::withValue(current.optionsScript, TempCardOptions::QueueTemporaryCards, false)));
        if (!saved.ok)
            throw BenchError("could not enable ordering");
    }

    std::unique_ptr<Database> service =
        open(withDatabase(server, database, prefix + QStringLiteral("sync1")), kPassword);
    Backend dispatcher(service.get(), &nam, &clock, options);
    dispatcher.sync()->scheduler()->setFixedInterval(3600);
    dispatcher.sync()->scheduler()->start(3600 * 1000); // runs only when handed an order

    std::unique_ptr<Database> lobby = open(withDatabase(server, database, prefix + QStringLiteral("lobby")), kPassword);
    Backend desk(lobby.get(), &nam, &clock, options);
    // The login where the server authenticates: the desk connects as the person's own role, SCRAM-SHA-256 with
    // the verifier's iterations computed by libpq; beside it, that PBKDF2 alone.
    QList<double> logins;
    LoginResult login;
    for (int i = 0; i < 5; ++i)
        logins << timed([&] { login = await(desk.accounts()->login(QStringLiteral("olle"), kPassword)); });
    if (!login.ok)
        throw BenchError("the operator could not log in");
    std::sort(logins.begin(), logins.end());
    const double scramPbkdf2Ms =
        timed([] { Pbkdf2::sha256(kPassword.toUtf8(), QByteArray(16, 'x'), ScramVerifier::kIterations, 32); });

    const int runs = size.small ? 5 : 50;
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        std::unique_ptr<OrderTemporaryCardsJob> job(desk.ordering()->orderTemporaryCards(login.session, 1));
        bool finished = false;
        QObject context;
        QObject::connect(job.get(), &OrderTemporaryCardsJob::finished, &context, [&] { finished = true; });
        QElapsedTimer timer;
        timer.start();
        job->start();
        if (!waitUntil([&] { return finished; }, 60000))
            throw BenchError("an order handed over did not finish");
        if (job->result() != OrderTemporaryCardsJob::Result::Ordered)
            throw BenchError(job->message().toStdString().c_str());
        ms << millis(timer.nsecsElapsed());
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms.at(ms.size() / 2);
    const double p90 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.9)));
    print(QJsonObject{{QStringLiteral("scenario"), QStringLiteral("handover")},
                      {QStringLiteral("orders"), runs},
                      {QStringLiteral("loginMedianMs"), round1(logins.at(2))},
                      {QStringLiteral("loginMaxMs"), round1(logins.last())},
                      {QStringLiteral("scramIterations"), ScramVerifier::kIterations},
                      {QStringLiteral("scramPbkdf2Ms"), round2(scramPbkdf2Ms)},
                      {QStringLiteral("nextToOrderedMedianMs"), round1(median)},
                      {QStringLiteral("nextToOrderedP90Ms"), round1(p90)},
                      {QStringLiteral("nextToOrderedMaxMs"), round1(ms.last())},
                      {QStringLiteral("ceilingMedianMs"), 1000},
                      {QStringLiteral("met"), median <= 1000}});
}

} // namespace tempcards::bench
