// SPDX-License-Identifier: Apache-2.0
// The database a workstation uses when the command line names none: the fields, libpq's quoting, what is
// refused, and what is (and is never) written to the user's settings.
#include "DatabaseSettings.h"
#include "ClientOptions.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace tempcards;

namespace {
PostgresParameters server()
{
    PostgresParameters pg;
    pg.host = QStringLiteral("db.example");
    pg.port = 6543;
    pg.dbname = QStringLiteral("card stock");
    pg.user = QStringLiteral("o'brien\\x");
    pg.sslmode = QStringLiteral("verify-full");
    pg.extra = QStringLiteral("sslrootcert=/etc/ssl/db-ca.pem connect_timeout=3");
    return pg;
}
} // namespace

TEST_CASE("PostgreSQL fields become a libpq connection string with values quoted where libpq needs it", "[database]")
{
    const PostgresParameters pg = server();
    REQUIRE(pg.check().isEmpty());
    CHECK(pg.toConnectOptions() ==
          QStringLiteral("host=db.example port=6543 dbname='card stock' user='o\\'brien\\\\x' sslmode=verify-full "
                         "sslrootcert=/etc/ssl/db-ca.pem connect_timeout=3"));
    // And back: what the command line gave fills the dialog's fields.
    CHECK(PostgresParameters::fromConnectOptions(pg.toConnectOptions()) == pg);

    PostgresParameters service;
    service.service = QStringLiteral("tempcards");
    REQUIRE(service.check().isEmpty());
    // The service's port wins; the server is checked unless the person chooses less (libpq would "prefer").
    CHECK(service.toConnectOptions() == QStringLiteral("service=tempcards sslmode=verify-full"));
    CHECK(PostgresParameters::fromConnectOptions(QStringLiteral("host=db.example")).sslmode ==
          QStringLiteral("verify-full"));
    CHECK(PostgresParameters::sets(QStringLiteral("host=db sslmode = require"), QStringLiteral("sslmode")));
    CHECK(PostgresParameters::fromConnectOptions(QStringLiteral("host=db sslmode = require")).sslmode ==
          QStringLiteral("require"));
    CHECK_FALSE(PostgresParameters::sets(QStringLiteral("host=db options='-c sslmode=x'"), QStringLiteral("sslmode")));
}

TEST_CASE("every SSL mode below verify-full is explained to the person who chooses it", "[database][postgres]")
{
    CHECK(PostgresParameters::sslWeakness(QStringLiteral("verify-full")).isEmpty());
    for (const QString &mode : PostgresParameters::sslModes()) {
        if (mode != QLatin1String("verify-full")) {
            INFO(mode.toStdString());
            CHECK(PostgresParameters::sslWeakness(mode).contains(QStringLiteral("Use verify-full")));
        }
    }
    CHECK(PostgresParameters::sslWeakness(QStringLiteral("prefer")).contains(QStringLiteral("without encryption")));
    CHECK(PostgresParameters::sslWeakness(QStringLiteral("require")).contains(QStringLiteral("pose as the server")));
    CHECK(PostgresParameters::sslWeakness(QStringLiteral("verify-ca")).contains(QStringLiteral("not its name")));
}

TEST_CASE("PostgreSQL fields that cannot work are refused with the field named", "[database]")
{
    const auto refusal = [](auto change) {
        PostgresParameters pg = server();
        change(pg);
        return pg.check();
    };
    CHECK(refusal([](PostgresParameters &pg) { pg.host.clear(); }).contains(QStringLiteral("host name")));
    CHECK(refusal([](PostgresParameters &pg) { pg.port = 0; }).contains(QStringLiteral("port")));
    CHECK(refusal([](PostgresParameters &pg) { pg.port = 65536; }).contains(QStringLiteral("port")));
    CHECK(
        refusal([](PostgresParameters &pg) { pg.sslmode = QStringLiteral("always"); }).contains(QStringLiteral("SSL")));
    CHECK(refusal([](PostgresParameters &pg) {
              pg.extra = QStringLiteral("password=secret");
          }).contains(QStringLiteral("password")));
    CHECK(refusal([](PostgresParameters &pg) {
              pg.extra = QStringLiteral("Robert'); DROP TABLE cards");
          }).contains(QStringLiteral("More options")));
    CHECK(refusal([](PostgresParameters &pg) {
              pg.extra = QStringLiteral("sslmode");
          }).contains(QStringLiteral("sslmode")));
    CHECK(refusal([](PostgresParameters &pg) { pg.dbname = QStringLiteral("a;b"); }).contains(QStringLiteral("\";\"")));
    CHECK(refusal([](PostgresParameters &pg) {
              pg.host = QStringLiteral("db\u0001.example");
          }).contains(QStringLiteral("control characters")));
    CHECK(refusal([](PostgresParameters &pg) {
              pg.user = QStringLiteral("\u202Enimda");
          }).contains(QStringLiteral("control characters")));
    CHECK(refusal([](PostgresParameters &pg) {
              pg.dbname = QString(10000, QLatin1Char('x'));
          }).contains(QStringLiteral("1,000")));
    // A host is not needed when a service names the server.
    CHECK(refusal([](PostgresParameters &pg) {
              pg.host.clear();
              pg.service = QStringLiteral("tempcards");
          }).isEmpty());
}

TEST_CASE("the chosen database is kept in the user's settings, never with a password", "[database]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("tempcards.conf"));
    const QString fallback = dir.filePath(QStringLiteral("default.sqlite"));
    {
        QSettings settings(file, QSettings::IniFormat);
        const DatabaseSettings nothing = DatabaseSettings::load(settings, fallback);
        CHECK(nothing.backend == DatabaseSettings::Backend::Sqlite);
        CHECK(nothing.config().sqlitePath == fallback);
        CHECK_FALSE(nothing.config().isPostgres());
    }
    DatabaseSettings chosen;
    chosen.backend = DatabaseSettings::Backend::Postgres;
    chosen.sqlitePath = dir.filePath(QStringLiteral("local.sqlite"));
    chosen.postgres = server();
    {
        QSettings settings(file, QSettings::IniFormat);
        chosen.save(settings);
    }
    QSettings settings(file, QSettings::IniFormat);
    const DatabaseSettings loaded = DatabaseSettings::load(settings, fallback);
    CHECK(loaded.backend == DatabaseSettings::Backend::Postgres);
    CHECK(loaded.sqlitePath == chosen.sqlitePath); // kept for switching back
    CHECK(loaded.postgres == chosen.postgres);
    CHECK(loaded.config().postgres == chosen.postgres.toConnectOptions());
    CHECK(loaded.config().password.isEmpty());
    QFile text(file);
    REQUIRE(text.open(QIODevice::ReadOnly));
    CHECK_FALSE(text.readAll().contains("password"));

    // The command line wins over the saved choice; without it, the saved choice applies, for both programs.
    const auto parse = [](const QStringList &arguments) {
        return ClientOptions::parse(QStringList{QStringLiteral("tempcards-sync")} + arguments, {},
                                    ClientOptions::Program::Sync);
    };
    const ClientOptions none = parse({QStringLiteral("--once")});
    REQUIRE(none.action == ClientOptions::Action::Run);
    CHECK_FALSE(none.databaseGiven);
    CHECK(none.databaseConfig(settings).postgres == chosen.postgres.toConnectOptions());
    const ClientOptions file2 = parse({QStringLiteral("--database"), dir.filePath(QStringLiteral("other.sqlite"))});
    CHECK(file2.databaseGiven);
    CHECK_FALSE(file2.databaseConfig(settings).isPostgres());
    CHECK(file2.databaseConfig(settings).sqlitePath == dir.filePath(QStringLiteral("other.sqlite")));
    const ClientOptions pg = parse({QStringLiteral("--postgres"), QStringLiteral("service=elsewhere")});
    CHECK(pg.databaseConfig(settings).postgres == QStringLiteral("service=elsewhere"));
}
