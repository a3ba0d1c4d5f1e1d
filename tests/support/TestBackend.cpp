// SPDX-License-Identifier: Apache-2.0
#include "TestBackend.h"

#include "AccountStore.h"
#include "Clock.h"
#include "GoCardsClient.h"
#include "OptionsScript.h"
#include "PasswordHasher.h"
#include "PeopleStore.h"
#include "SettingsService.h"
#include "Sql.h"
#include "TestSupport.h"

#include <QFile>
#include <QHostAddress>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <stdexcept>

namespace tempcards::test {

namespace {

// The server's options from TEMPCARDS_TEST_POSTGRES with the database replaced by `database`.
QString postgresOptions(const QString &database)
{
    QStringList kept;
    for (const QString &option : qEnvironmentVariable("TEMPCARDS_TEST_POSTGRES").simplified().split(QLatin1Char(' '))) {
        if (!option.startsWith(QLatin1String("dbname=")))
            kept << option;
    }
    return (kept << QStringLiteral("dbname=") + database).join(QLatin1Char(' '));
}

// CREATE and DROP DATABASE, on a connection of their own to the server's maintenance database.
void postgresMaintenance(const QString &statement)
{
    const QString name = QStringLiteral("tempcards-test-maintenance");
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setConnectOptions(postgresOptions(QStringLiteral("postgres")));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                problem = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        throw std::runtime_error((statement + QStringLiteral(": ") + problem).toStdString());
}

} // namespace

TestBackend::TestBackend() : TestBackend(Options()) {}

TestBackend::TestBackend(const Options &options) : m_options(options)
{
    if (!m_dir.isValid())
        throw std::runtime_error("no temporary folder");
    m_simulator = std::make_unique<sim::GoCardsSimulator>(options.simulator);
    if (options.simulatorTls)
        m_simulator->useTls(*options.simulatorTls);
    if (m_simulator->listenOn(QHostAddress::LocalHost, 0) == 0)
        throw std::runtime_error("the simulator cannot listen");
    m_databaseConfig.sqlitePath = databasePath();
    if (onPostgres()) {
        m_postgresDatabase = QStringLiteral("tempcards_test_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
        postgresMaintenance(QStringLiteral("CREATE DATABASE ") + m_postgresDatabase +
                            (options.postgresIcuLocale.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE '%1' LOCALE 'C'")
                                       .arg(options.postgresIcuLocale)));
        m_databaseConfig.postgres = postgresOptions(m_postgresDatabase);
    }
    open();
}

TestBackend::~TestBackend()
{
    m_backend.reset();
    m_database.reset();
    if (!m_postgresDatabase.isEmpty()) {
        try {
            postgresMaintenance(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_postgresDatabase));
            for (const QString &copy : std::as_const(m_postgresCopies))
                postgresMaintenance(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(copy));
        } catch (const std::exception &error) {
            qWarning("could not drop the test database: %s", error.what());
        }
    }
}

void TestBackend::open()
{
    const Clock *clock = m_options.fakeClock ? static_cast<const Clock *>(&m_fakeClock) : &m_systemClock;
    Database::Opened opened = Database::open(m_databaseConfig, *clock);
    if (!opened.database)
        throw std::runtime_error(opened.message.toStdString());
    m_database = std::move(opened.database);
    Backend::Options backendOptions;
    backendOptions.goCards = goCardsConfig();
    backendOptions.workstation = QStringLiteral("test-workstation");
    backendOptions.passwordIterations = m_options.passwordIterations;
    backendOptions.directOrderRetry = m_options.retry;
    backendOptions.syncRetry = m_options.syncRetry;
    backendOptions.leaseSeconds = m_options.leaseSeconds;
    m_backend = std::make_unique<Backend>(m_database.get(), &m_nam, clock, backendOptions);
}

QString TestBackend::backUp()
{
    const QString name = QStringLiteral("backup%1").arg(++m_backups);
    if (!onPostgres()) {
        const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
        SqlQuery::run(m_database->connection(), QStringLiteral("VACUUM INTO '%1'").arg(path));
        return path;
    }
    // A template must have no other connection: close ours for the copy.
    m_backend.reset();
    m_database.reset();
    const QString copy = m_postgresDatabase + QStringLiteral("_") + name;
    postgresMaintenance(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(copy, m_postgresDatabase));
    m_postgresCopies << copy;
    open();
    return copy;
}

void TestBackend::restore(const QString &backup)
{
    m_backend.reset();
    m_database.reset();
    if (!onPostgres()) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(databasePath() + suffix);
        if (!QFile::copy(backup, databasePath()))
            throw std::runtime_error("the backup cannot be copied back");
    } else {
        postgresMaintenance(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_postgresDatabase));
        postgresMaintenance(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_postgresDatabase, backup));
    }
    open();
}

QString TestBackend::databasePath() const
{
    return m_dir.filePath(QStringLiteral("tempcards.sqlite"));
}

QString TestBackend::postgresAs(const QString &user) const
{
    QStringList kept;
    for (const QString &option : m_databaseConfig.postgres.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!option.startsWith(QLatin1String("user=")))
            kept << option;
    }
    return (kept << QStringLiteral("user=") + user).join(QLatin1Char(' '));
}

GoCardsConfig TestBackend::goCardsConfig() const
{
    GoCardsConfig config;
    config.baseUrl = QUrl(QStringLiteral("%1://127.0.0.1:%2")
                              .arg(m_options.simulatorTls ? QStringLiteral("https") : QStringLiteral("http"))
                              .arg(m_simulator->port()));
    config.caCertificates = m_options.goCardsExtras.caCertificates;
    config.clientCertificate = m_options.goCardsExtras.clientCertificate;
    config.clientKey = m_options.goCardsExtras.clientKey;
    config.clientId = m_options.simulator.clientId;
    config.clientSecret = m_options.simulator.clientSecret;
    config.organisationId = m_options.simulator.organisationId;
    config.transferTimeoutMs = m_options.transferTimeoutMs;
    config.deadlineMs = m_options.deadlineMs;
    return config;
}

void TestBackend::setGoCardsConfig(const GoCardsConfig &config)
{
    m_backend->goCards()->setConfig(config);
}

Session TestBackend::createAccount(const QString &userName, const QStringList &roles)
{
    const QString hash = PasswordHasher(m_options.passwordIterations).hash(kPassword);
    await(m_database->writer().run([&](QSqlDatabase &db) {
        WriteTransaction transaction(db);
        AccountStore::insert(db, userName, hash, roles, QDateTime::currentDateTimeUtc());
        transaction.commit();
        return true;
    }));
    return session(userName);
}

Session TestBackend::session(const QString &userName)
{
    const QSqlDatabase db = m_database->connection();
    const auto account = AccountStore::findByName(db, userName);
    if (!account)
        throw std::runtime_error("no such account");
    return AccountStore::sessionOf(db, *account);
}

void TestBackend::setAccountActive(const QString &userName, bool active)
{
    await(m_database->writer().run([&](QSqlDatabase &db) {
        SqlQuery(db, QStringLiteral("UPDATE accounts SET state = ? WHERE username = ?"))
            .bind(active ? QStringLiteral("active") : QStringLiteral("inactive"))
            .bind(userName)
            .exec();
        return true;
    }));
}

Session TestBackend::admin()
{
    const QString name = QStringLiteral("test-admin");
    if (!AccountStore::findByName(m_database->connection(), name))
        return createAccount(name, {Roles::Administrator});
    return session(name);
}

void TestBackend::enableProcess(ProcessId process, bool enabled)
{
    SettingsService *settings = m_backend->settings();
    const TempCardSettings current = settings->load();
    QSet<ProcessId> processes = current.enabled;
    if (enabled)
        processes.insert(process);
    else
        processes.remove(process);
    const Outcome outcome = await(settings->save(admin(), processes, current.optionsScript));
    if (!outcome.ok)
        throw std::runtime_error(outcome.message.toStdString());
}

void TestBackend::setQueueTemporaryCards(bool queue)
{
    setOption(TempCardOptions::QueueTemporaryCards, queue);
}

void TestBackend::setOption(const QString &name, const QVariant &value)
{
    SettingsService *settings = m_backend->settings();
    const TempCardSettings current = settings->load();
    const QString script = OptionsScript::withValue(current.optionsScript, name, value);
    const Outcome outcome = await(settings->save(admin(), current.enabled, script));
    if (!outcome.ok)
        throw std::runtime_error(outcome.message.toStdString());
}

BatchSyncJob::Report TestBackend::runSync()
{
    std::unique_ptr<BatchSyncJob> run(m_backend->sync()->newRun());
    bool finished = false;
    QObject context;
    QObject::connect(run.get(), &BatchSyncJob::finished, &context, [&] { finished = true; });
    run->start();
    if (!waitFor([&] { return finished; }, 60000))
        throw std::runtime_error("the batch sync did not finish");
    return run->report();
}

qint64 TestBackend::insertCard(CardState state, qint64 batchId, const QString &goCardsCardId, const QString &reportUid)
{
    // A card that is held has a holder, a holding and a valid-until, as Assign leaves them.
    const bool held = state == CardState::Assigned || state == CardState::Expired;
    const qint64 holder =
        held ? createPerson(QStringLiteral("holder-") + QUuid::createUuid().toString(QUuid::Id128).left(8)) : 0;
    const QDateTime now = m_backend->context().clock->nowUtc();
    return await(m_database->writer().run([=](QSqlDatabase &db) {
        auto nullable = [](const QString &s) { return s.isEmpty() ? sqlNull() : QVariant(s); };
        const qint64 id =
            SqlQuery(db,
                     QStringLiteral("INSERT INTO cards (external_id, production_type, state, ordered_at, ordered_by, "
                                    "updated_at, batch_id, gocards_card_id, report_uid, holder_id, assigned_at, "
                                    "valid_until) VALUES (?, 'external', ?, '2026-11-23T10:00:00.000Z', 'test', "
                                    "'2026-11-23T10:00:00.000Z', ?, ?, ?, ?, ?, ?) RETURNING id"))
                .bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
                .bind(CardStates::toStorage(state))
                .bind(batchId > 0 ? QVariant(batchId) : sqlNull())
                .bind(nullable(goCardsCardId))
                .bind(nullable(reportUid))
                .bind(held ? QVariant(holder) : sqlNull())
                .bind(held ? QVariant(toStorageTime(now.addDays(-10))) : sqlNull())
                .bind(held ? QVariant(toStorageTime(now.addDays(state == CardState::Assigned ? 4 : -1))) : sqlNull())
                .scalar()
                .toLongLong();
        if (held)
            SqlQuery(db, QStringLiteral("INSERT INTO card_holdings (card_id, person_id, started_at, started_by) "
                                        "VALUES (?, ?, ?, 'test')"))
                .bind(id)
                .bind(holder)
                .bind(toStorageTime(now.addDays(-10)))
                .exec();
        return id;
    }));
}

qint64 TestBackend::createPerson(const QString &employeeId, bool active, const QString &givenName,
                                 const QString &surname)
{
    Person person;
    person.employeeId = employeeId;
    person.givenName = givenName.isEmpty() ? QStringLiteral("Test") : givenName;
    person.surname = surname.isEmpty() ? employeeId : surname;
    person.email = employeeId + QStringLiteral("@example.org");
    person.active = active;
    const QDateTime now = m_backend->context().clock->nowUtc();
    return await(m_database->writer().run(
        [=](QSqlDatabase &db) { return PeopleStore::insert(db, {person}, QStringLiteral("test"), now).value(0); }));
}

void TestBackend::setPersonActive(const QString &employeeId, bool active)
{
    await(m_database->writer().run([=](QSqlDatabase &db) {
        SqlQuery(db, QStringLiteral("UPDATE people SET state = ? WHERE employee_id = ?"))
            .bind(active ? QStringLiteral("active") : QStringLiteral("inactive"))
            .bind(employeeId)
            .exec();
        return true;
    }));
}

qint64 TestBackend::insertBatch(const QString &state, const QList<qint64> &cardIds)
{
    return await(m_database->writer().run([=](QSqlDatabase &db) {
        const qint64 id =
            SqlQuery(db, QStringLiteral("INSERT INTO order_batches (idempotency_key, request_body, state, "
                                        "created_at, created_by) VALUES (?, '{}', ?, 't', 'test') RETURNING id"))
                .bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
                .bind(state)
                .scalar()
                .toLongLong();
        for (const qint64 card : cardIds)
            SqlQuery(db, QStringLiteral("UPDATE cards SET batch_id = ? WHERE id = ?")).bind(id).bind(card).exec();
        return id;
    }));
}

QString TestBackend::cardState(qint64 cardId)
{
    return SqlQuery(m_database->connection(), QStringLiteral("SELECT state FROM cards WHERE id = ?"))
        .bind(cardId)
        .scalar()
        .toString();
}

bool TestBackend::readsAgain(int ms)
{
    return waitFor(
        [&] {
            try {
                cardCount();
                return true;
            } catch (const DatabaseError &) {
                return false;
            }
        },
        ms);
}

int TestBackend::cardCount(const QString &state)
{
    if (state.isEmpty())
        return SqlQuery(m_database->connection(), QStringLiteral("SELECT COUNT(*) FROM cards")).scalar().toInt();
    return SqlQuery(m_database->connection(), QStringLiteral("SELECT COUNT(*) FROM cards WHERE state = ?"))
        .bind(state)
        .scalar()
        .toInt();
}

QString TestBackend::auditText()
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT actor || action || object || coalesce(before_value, '') || "
                                  "coalesce(after_value, '') || detail FROM audit_log ORDER BY id"));
    query.exec();
    QString all;
    while (query.next())
        all += query.value(0).toString() + QLatin1Char('\n');
    return all;
}

int TestBackend::auditCount(const QString &action, const QString &outcome)
{
    if (outcome.isEmpty()) {
        return SqlQuery(m_database->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"))
            .bind(action)
            .scalar()
            .toInt();
    }
    return SqlQuery(m_database->connection(),
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND outcome = ?"))
        .bind(action)
        .bind(outcome)
        .scalar()
        .toInt();
}

} // namespace tempcards::test
