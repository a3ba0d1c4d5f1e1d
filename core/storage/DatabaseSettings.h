// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QString>

class QSettings;

namespace tempcards {

// A PostgreSQL server as a person fills it in: one field per libpq keyword, plus any further libpq options
// (sslrootcert, target_session_attrs, ...). Never a password: that comes from ~/.pgpass, PGPASSWORD, a
// service file, or is typed for one session and kept in memory only.
struct PostgresParameters
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::PostgresParameters)

public:
    QString host;
    int port = 5432;
    QString dbname;
    QString user;
    // libpq's own default is "prefer", which takes an unchecked TLS connection or a plaintext one without a
    // word; tempcards checks the server's certificate and name unless told otherwise (also for --postgres).
    QString sslmode = QStringLiteral("verify-full");
    QString service; // a pg_service.conf entry; when set, host may stay empty
    QString extra;   // further libpq options, as "keyword=value ..."

    static const QStringList &sslModes();
    // What a person should know about `mode` when it checks less than verify-full; empty for verify-full.
    static QString sslWeakness(const QString &mode);
    // libpq's connection string, each value quoted where libpq needs it. Call check() first.
    QString toConnectOptions() const;
    // Splits a connection string (as --postgres takes) into the fields; keywords without a field go to extra.
    static PostgresParameters fromConnectOptions(const QString &options);
    // Whether a connection string sets `keyword` (however it is spaced: libpq allows "sslmode = require").
    static bool sets(const QString &options, const QString &keyword);
    // A value as libpq reads it in a connection string: as it is, or in single quotes with \ and ' escaped.
    static QString quoted(const QString &value);
    enum class Server { Required, MayComeFromEnvironment };
    // Why these cannot be used (a sentence naming the field), or empty. With MayComeFromEnvironment an
    // empty host and service are accepted (libpq reads PGHOST, PGSERVICE).
    QString check(Server server = Server::Required) const;

    bool operator==(const PostgresParameters &other) const;
};

// The database this workstation uses when the command line names none, kept in the user's settings
// (QSettings: ~/.config/tempcards/tempcards.conf on Linux). The client's Database dialog writes it; the
// client and tempcards-sync read it. A password is never written.
class DatabaseSettings
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::DatabaseSettings)

public:
    enum class Backend { Sqlite, Postgres };
    Backend backend = Backend::Sqlite;
    QString sqlitePath;
    PostgresParameters postgres;

    // What `settings` holds; SQLite at `defaultSqlitePath` when nothing was saved.
    static DatabaseSettings load(const QSettings &settings, const QString &defaultSqlitePath);
    void save(QSettings &settings) const;
    // The configuration to open (no password; the caller may add one for this session).
    DatabaseConfig config() const;
    // The fields that describe `config`, to show what is in use.
    static DatabaseSettings fromConfig(const DatabaseConfig &config);
    QString check() const;
    // A PostgreSQL password typed for this session: libpq takes it as a C string, so no control characters.
    static QString checkPassword(const QString &password);
};

} // namespace tempcards
