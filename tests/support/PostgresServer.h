// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace tempcards::test {

// A PostgreSQL server of the test's own (scripts/pg-test-server.sh), for tests that restart, stop or cut it,
// which the server the suites share must not suffer. While it lives, TEMPCARDS_TEST_POSTGRES names it (or a
// proxy in front of it, see useOptions()), so TestBackend makes its databases there; the old value is put back
// when it stops. Create it before the TestBackend that uses it, so that it is stopped after.
class PostgresServer
{
public:
    PostgresServer();
    // A streaming standby of `primary` (pg_basebackup), on a port of its own; TEMPCARDS_TEST_POSTGRES is left
    // as it is. Create it after its primary, so that it is stopped first.
    struct StandbyOf
    {
        const PostgresServer &primary;
    };
    explicit PostgresServer(StandbyOf standby);
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    bool started() const { return !m_options.isEmpty(); }
    QString options() const { return m_options; } // libpq options of the server itself
    int port() const;
    // TEMPCARDS_TEST_POSTGRES becomes `options` (a proxy's address, say) for the TestBackends made next.
    void useOptions(const QString &options);

    // pg_ctl stop -m fast (every session is cut) and start again on the same port, as an operations team's
    // restart; down() and up() are the two halves, for a server that stays away a while.
    void restart();
    void down();
    void up();
    // Ends every session of tempcards (application_name), as pg_terminate_backend from a DBA's psql.
    int terminateSessions();
    // A standby becomes the primary (pg_ctl promote) and takes writes.
    void promote();
    // Whether the server is a standby still (pg_is_in_recovery()).
    bool inRecovery();

    // Runs one statement on the server's maintenance database as its superuser; the first column of the first row.
    QString query(const QString &statement, const QString &database = QStringLiteral("postgres"));

private:
    void script(const QString &action);
    QString folder() const { return m_dir.filePath(QStringLiteral("pg")); }
    void makeReachable();

    QTemporaryDir m_dir;
    QString m_options;
    QByteArray m_previous; // TEMPCARDS_TEST_POSTGRES before
    bool m_hadPrevious = false;
    bool m_setsEnvironment = true;
};

} // namespace tempcards::test
