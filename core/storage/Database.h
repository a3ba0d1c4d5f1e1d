// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DbWorker.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>
#include <optional>

namespace tempcards {

class Clock;
class DatabaseHealth;

struct DatabaseConfig
{
    DatabaseConfig() = default;
    DatabaseConfig(QString sqlitePath, QString postgres = {})
        : sqlitePath(std::move(sqlitePath)), postgres(std::move(postgres))
    {}

    QString sqlitePath; // the SQLite file; created with its folder when missing
    // PostgreSQL instead, when set: libpq connection options such as "host=db.example port=5432
    // dbname=tempcards user=tempcards sslmode=verify-full" or "service=tempcards". The password comes from
    // PGPASSWORD or ~/.pgpass, never from here (this text is shown and logged).
    QString postgres;
    // PostgreSQL: a password typed for this session, kept in memory only and never shown or logged. Empty:
    // libpq looks in PGPASSWORD, ~/.pgpass and the service file.
    QString password;

    bool isPostgres() const { return !postgres.trimmed().isEmpty(); }
    // What the user sees as the database's location.
    QString describe() const;
};

// Owns the database: checks and migrates it when opened, hands each thread its own named connection
// (QSqlDatabase connections must not cross threads) and owns the writer thread. Reads may run on any thread
// through connection(); writes go through writer(). Destroy it after every object that uses it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::Database)

public:
    // Unreachable: PostgreSQL did not answer (down, refused, no route, timed out), which may pass by itself.
    enum class OpenError { None, CannotOpen, NotSqlite, ReadOnly, ForeignOrNewer, MigrationFailed, Unreachable };
    struct Opened
    {
        std::unique_ptr<Database> database;
        OpenError error = OpenError::None;
        QString message; // a sentence for the user when database is null
    };

    static Opened open(const DatabaseConfig &config, const Clock &clock);
    ~Database();

    // This thread's connection. PostgreSQL: one that was cut is opened again here while the server answers
    // (see DatabaseHealth); while it does not, the closed connection is returned, and its first statement
    // throws DatabaseError::Kind::ConnectionLost.
    QSqlDatabase connection();
    DbWorker &writer() { return *m_writer; }
    // Whether the server answers; its changed() signal says when that changes. Owned by this Database.
    DatabaseHealth &health() { return *m_health; }
    Dialect dialect() const { return m_config.isPostgres() ? Dialect::Postgres : Dialect::Sqlite; }
    QString location() const { return m_config.describe(); }
    // A sentence for the person when the database opened but is not safe as it is (a SQLite file others
    // can read, a PostgreSQL connection whose server is not checked); empty otherwise.
    QString warning() const { return m_warning; }

    // PostgreSQL set up with resources/postgres/accounts.sql: every account logs in as a PostgreSQL role of
    // its own, so the server checks the password and what the person's roles allow.
    bool hasLoginRoles() const { return m_rolePrefix.has_value(); }
    // The login role of an account (its normalized user name after the installation's prefix).
    QString loginRoleOf(const QString &userName) const { return m_rolePrefix.value_or(QString()) + userName; }
    enum class SignIn { Done, Refused, Failed };
    // Connects as `role` with `password` on the calling thread (up to connect_timeout; never on the GUI
    // thread). When that works, and `keep` is set, every thread's next connection() is a new one as that
    // role, and the password is kept in memory for them; otherwise nothing changes. Refused: the server did
    // not accept the role and password (which of them is not said); Failed: `problem` says why.
    SignIn signIn(const QString &role, const QString &password, bool keep, QString *problem = nullptr);
    // Back to the identity the database was opened with, for every thread's next connection().
    void signOut();
    // The role signIn() kept, or empty.
    QString signedInRole() const;

private:
    struct Identity
    {
        QString role; // empty: as the configuration says
        QString password;
    };
    Database(const DatabaseConfig &config, const Clock &clock);
    QSqlDatabase openConnection(const QString &name, const Identity &identity);
    // A connection found cut (or never opened): opened when the health allows, else left closed.
    void heal(QSqlDatabase &db, bool wasCut);
    // The health's probe: a connection of its own, opened and closed.
    bool probe(QString *problem);
    static QString checkSqliteFile(const QString &path, OpenError *error);
    // PostgreSQL over a network with an SSL mode that checks less than verify-full: what that means.
    static QString tlsWeakness(const QString &options);
    // The role prefix of a PostgreSQL database with login roles, or nothing.
    static std::optional<QString> loginRolePrefix(const QSqlDatabase &db);

    // The connection names by thread. Shared with each thread's clean-up at QThread::finished, which may
    // run after this Database is gone (a refused open is freed while its opening thread still runs): whoever
    // takes a name out of it, under its mutex, removes that connection; the other finds nothing.
    // The identity that new connections use is kept with them: a sign-in changes `generation`, and each
    // thread replaces its connection at its next connection().
    struct Connections
    {
        QMutex mutex;
        QHash<QThread *, QString> names;
        QString role;
        QString password;
        int generation = 0;
    };
    QSqlDatabase addConnection(const QString &name, const Identity &identity);

    DatabaseConfig m_config;
    QString m_prefix;
    std::shared_ptr<Connections> m_connections = std::make_shared<Connections>();
    std::unique_ptr<DbWorker> m_writer;
    QString m_warning;
    QString m_connectProblem; // PostgreSQL: why the last connection attempt failed, for the user
    std::optional<QString> m_rolePrefix;
    bool m_opened = false; // open() finished: from now on connection() heals instead of throwing (PostgreSQL)
    std::unique_ptr<DatabaseHealth> m_health;
};

} // namespace tempcards
