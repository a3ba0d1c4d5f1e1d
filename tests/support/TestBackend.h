// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Backend.h"
#include "CardService.h"
#include "CardState.h"
#include "Clock.h"
#include "Database.h"
#include "GoCardsSimulator.h"
#include "OrderingService.h"
#include "Processes.h"
#include "Session.h"
#include "SyncService.h"
#include "TestSupport.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QTemporaryDir>

#include <optional>

#include <memory>

namespace tempcards::test {

// A whole core on a fresh SQLite file in a temporary folder, talking over real loopback HTTP to an
// in-process simulator. Accounts are hashed with few PBKDF2 iterations, so tests stay fast; the default
// count has tests of its own.
class TestBackend
{
public:
    struct Options
    {
        int passwordIterations = 1000;
        RetryPolicy retry{4, 20, 200, 10000};
        RetryPolicy syncRetry{3, 20, 200, 10000};
        int leaseSeconds = 30;
        bool fakeClock = false;                        // the core's clock is fakeClock(), moved by the test
        std::optional<QSslConfiguration> simulatorTls; // serve HTTPS; the client then talks https
        GoCardsConfig goCardsExtras;                   // CA and client certificate PEM texts for the client
        sim::SimulatorConfig simulator;
        int transferTimeoutMs = 5000;
        int deadlineMs = 10000;
        // PostgreSQL: the test database's collation, as many installations have it (an ICU locale such as
        // "en"); empty: "C", as the test server's initdb sets.
        QString postgresIcuLocale;
    };

    TestBackend();
    explicit TestBackend(const Options &options);
    ~TestBackend();

    Backend &backend() { return *m_backend; }
    // The clock the core uses when Options::fakeClock is set.
    FakeClock &fakeClock() { return m_fakeClock; }
    Database &database() { return *m_database; }
    QNetworkAccessManager &nam() { return m_nam; }
    sim::GoCardsSimulator &simulator() { return *m_simulator; }
    const Options &options() const { return m_options; }
    QString databasePath() const; // the SQLite file (unused when the tests run on PostgreSQL)
    // Where the core's database is: a SQLite file in the temporary folder, or, when the environment variable
    // TEMPCARDS_TEST_POSTGRES gives a PostgreSQL server's connection options, a database made for this
    // backend alone and dropped with it.
    const DatabaseConfig &databaseConfig() const { return m_databaseConfig; }
    static bool onPostgres() { return !qEnvironmentVariableIsEmpty("TEMPCARDS_TEST_POSTGRES"); }
    // PostgreSQL: this backend's connection options, logged in as `user` instead.
    QString postgresAs(const QString &user) const;
    GoCardsConfig goCardsConfig() const;
    void setGoCardsConfig(const GoCardsConfig &config);

    // An active account with these roles, created directly in the database; its session as login builds it.
    Session createAccount(const QString &userName, const QStringList &roles);
    Session session(const QString &userName);
    void setAccountActive(const QString &userName, bool active);
    // Through the settings service, as an administrator would.
    void enableProcess(ProcessId process, bool enabled = true);
    void setQueueTemporaryCards(bool queue);
    // Writes one option into the options script, through the settings service.
    void setOption(const QString &name, const QVariant &value);
    // A copy of the database as it is now, as an administrator's backup would be: a SQLite file, or a
    // PostgreSQL database copied from this one (the core reconnects). restore() puts it back in place of the
    // database and reopens the core on it; the simulator keeps everything it was told since.
    QString backUp();
    void restore(const QString &backup);
    // One run of the batch sync, to its end.
    BatchSyncJob::Report runSync();
    // A card put straight into a state, as if it had got there; for tests of what may happen next. An
    // assigned or expired card gets a holder of its own (a new person), a holding, and a valid-until 4 days
    // ahead (assigned) or a day past (expired).
    qint64 insertCard(CardState state, qint64 batchId = 0, const QString &goCardsCardId = {},
                      const QString &reportUid = {});
    // A cardholder, written directly (as an import would add them); their id.
    qint64 createPerson(const QString &employeeId, bool active = true, const QString &givenName = {},
                        const QString &surname = {});
    void setPersonActive(const QString &employeeId, bool active);
    // A batch in a state (storage name) holding the given cards.
    qint64 insertBatch(const QString &state, const QList<qint64> &cardIds);
    QString cardState(qint64 cardId);
    // Cards in a state (storage name), or all cards when empty.
    int cardCount(const QString &state = {});
    int auditCount(const QString &action, const QString &outcome = {});
    // Every text the audit trail holds (actor, action, object, before, after, detail), one record a line.
    QString auditText();
    // After the database server cut the connections: the test thread's own reads find theirs cut once and,
    // like the client's card view, heal at a later look. True once a read works again (within `ms`).
    bool readsAgain(int ms = 15000);

    static inline const QString kPassword = QStringLiteral("correct horse battery");

private:
    Session admin();
    void open();

    Options m_options;
    QTemporaryDir m_dir;
    DatabaseConfig m_databaseConfig;
    QString m_postgresDatabase;   // the database made for this backend, to drop at the end
    QStringList m_postgresCopies; // backups of it, dropped with it
    int m_backups = 0;
    std::unique_ptr<sim::GoCardsSimulator> m_simulator;
    std::unique_ptr<Database> m_database;
    QNetworkAccessManager m_nam;
    SystemClock m_systemClock;
    FakeClock m_fakeClock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<Backend> m_backend;
};

} // namespace tempcards::test
