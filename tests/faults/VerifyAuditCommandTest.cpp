// SPDX-License-Identifier: Apache-2.0
// tempcards-sync --verify-audit as an operator of the installation would run it.
#include "OrderHelpers.h"
#include "SyncProcess.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QSqlQuery>

using namespace tempcards;
using namespace tempcards::test;

namespace {
QPair<int, QString> verify(const QStringList &database)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(TEMPCARDS_SYNC_BINARY), QStringList{QStringLiteral("--verify-audit")} + database);
    REQUIRE(process.waitForFinished(30000));
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}
} // namespace

TEST_CASE("tempcards-sync --verify-audit reports an intact trail and names the first bad record", "[faults][audit]")
{
    TestBackend t;
    const Session session = orderingOperator(t, true);
    order(t, session, 2);
    const auto intact = verify(databaseArguments(t));
    CHECK(intact.first == 0);
    CHECK(intact.second.contains(QStringLiteral("The audit trail is intact: 4 records.")));

    if (TestBackend::onPostgres()) {
        // Someone with the database owner's rights drops the triggers and rewrites history.
        const QSqlDatabase db = t.database().connection();
        for (const QString &statement : dropAuditTriggers(db))
            SqlQuery::run(db, statement);
        SqlQuery::run(db, QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = 2"));
        const auto tampered = verify(databaseArguments(t));
        CHECK(tampered.first == 1);
        CHECK(tampered.second.contains(QStringLiteral("Audit record 2 was changed")));
        return;
    }
    SqlQuery::run(t.database().connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QString copy = t.databasePath() + QStringLiteral(".tampered");
    REQUIRE(QFile::copy(t.databasePath(), copy));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(copy);
        REQUIRE(db.open());
        for (const char *statement :
             {"DROP TRIGGER audit_log_no_update", "UPDATE audit_log SET actor = 'someone else' WHERE id = 2"})
            REQUIRE(QSqlQuery(db).exec(QString::fromLatin1(statement)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    const auto tampered = verify({QStringLiteral("--database"), copy});
    CHECK(tampered.first == 1);
    CHECK(tampered.second.contains(QStringLiteral("NOT intact")));
    CHECK(tampered.second.contains(QStringLiteral("Audit record 2 was changed")));
}
