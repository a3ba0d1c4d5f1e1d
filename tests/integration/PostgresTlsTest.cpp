// SPDX-License-Identifier: Apache-2.0
// PostgreSQL over the network as tempcards connects by default: the server's certificate and name are
// checked (sslmode=verify-full). The test server (scripts/pg-test-server.sh) has TLS on with a certificate
// for 127.0.0.1 only, so "localhost" is another name for the same server.
#include "Database.h"
#include "Sql.h"
#include "TestBackend.h"

#include <catch2/catch.hpp>

using namespace tempcards;
using namespace tempcards::test;

namespace {
DatabaseConfig withOptions(const TestBackend &t, const QString &from, const QString &to)
{
    DatabaseConfig config = t.databaseConfig();
    REQUIRE(config.postgres.contains(from));
    config.postgres.replace(from, to);
    return config;
}
} // namespace

TEST_CASE("PostgreSQL: the server's certificate and name are checked unless the person chooses less",
          "[database][postgres][security]")
{
    TestBackend t;
    if (!TestBackend::onPostgres())
        return; // the test command runs this suite again on its PostgreSQL server
    REQUIRE_FALSE(t.databaseConfig().postgres.contains(QStringLiteral("sslmode")));

    // By default: TLS, checked, and no warning.
    Database::Opened opened = Database::open(t.databaseConfig(), wallClock());
    REQUIRE(opened.database);
    CHECK(opened.database->warning().isEmpty());
    CHECK(SqlQuery(opened.database->connection(),
                   QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
              .scalar()
              .toBool());
    opened.database.reset();

    // The same server by a name its certificate is not for, as a server posing as it would be: refused.
    // hostaddr: no name lookup (which might try ::1 first), only the name the certificate is checked against.
    const QString otherName = QStringLiteral("host=localhost hostaddr=127.0.0.1");
    opened = Database::open(withOptions(t, QStringLiteral("host=127.0.0.1"), otherName), wallClock());
    REQUIRE_FALSE(opened.database);
    INFO(opened.message.toStdString());
    CHECK(opened.error == Database::OpenError::CannotOpen);
    CHECK(opened.message.contains(QStringLiteral("does not match host name")));

    // A weaker mode chosen on purpose connects, and says what it leaves open.
    opened = Database::open(
        withOptions(t, QStringLiteral("host=127.0.0.1"), otherName + QStringLiteral(" sslmode=require")), wallClock());
    REQUIRE(opened.database);
    CHECK(opened.database->warning().contains(QStringLiteral("pose as the server")));
    opened.database.reset();

    // Trusting only a certificate the server's was not issued by (its own leaf, not the authority):
    // refused, as for a server whose certificate comes from an authority this workstation does not trust.
    opened = Database::open(withOptions(t, QStringLiteral("/ca.crt"), QStringLiteral("/server.crt")), wallClock());
    REQUIRE_FALSE(opened.database);
    INFO(opened.message.toStdString());
    CHECK(opened.message.contains(QStringLiteral("certificate verify failed")));
}
