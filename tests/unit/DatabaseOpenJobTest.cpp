// SPDX-License-Identifier: Apache-2.0
// Opening a database off the GUI thread: the result, the refusals, and cancelling a connection that hangs.
#include "DatabaseOpenJob.h"
#include "Migrator.h"
#include "TestBackend.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace tempcards;
using namespace tempcards::test;

namespace {
// Runs the job to its end; finished() must fire exactly once.
void runToEnd(DatabaseOpenJob &job)
{
    QSignalSpy finished(&job, &DatabaseOpenJob::finished);
    job.start();
    CHECK(job.isRunning());
    REQUIRE(waitFor([&] { return finished.count() > 0; }, 30000));
    QCoreApplication::processEvents();
    CHECK(finished.count() == 1);
    CHECK_FALSE(job.isRunning());
}
} // namespace

TEST_CASE("a database opens and migrates off the calling thread", "[database]")
{
    QTemporaryDir dir;
    TestBackend t; // its database config: a SQLite file, or a PostgreSQL database when the suite runs there
    const DatabaseConfig config = t.databaseConfig().isPostgres()
                                      ? t.databaseConfig()
                                      : DatabaseConfig(dir.filePath(QStringLiteral("sub/new.sqlite")));
    DatabaseOpenJob job(config, &wallClock());
    runToEnd(job);
    INFO(job.errorString().toStdString());
    REQUIRE(job.error() == DatabaseOpenJob::Error::None);
    std::unique_ptr<Database> database = job.takeDatabase();
    REQUIRE(database);
    CHECK_FALSE(job.takeDatabase()); // once
    // Usable from this thread, migrated to this version's schema.
    QSqlDatabase db = database->connection();
    CHECK(Migrator::refusal(db).isEmpty());
    const QVariant accounts = SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM accounts")).scalar();
    CHECK(accounts.isValid());
    if (!config.isPostgres())
        CHECK(accounts.toInt() == 0);
}

TEST_CASE("a database that cannot be used is refused with the reason, and nothing is changed", "[database]")
{
    QTemporaryDir dir;
    DatabaseOpenJob folder{DatabaseConfig(dir.path()), &wallClock()};
    runToEnd(folder);
    CHECK(folder.error() == DatabaseOpenJob::Error::CannotOpen);
    CHECK(folder.errorString().contains(QStringLiteral("is a folder")));
    CHECK_FALSE(folder.takeDatabase());

    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(notes);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a database, but somebody's notes\n");
    }
    DatabaseOpenJob foreign{DatabaseConfig(notes), &wallClock()};
    runToEnd(foreign);
    CHECK(foreign.error() == DatabaseOpenJob::Error::NotSqlite);
    QFile file(notes);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "not a database, but somebody's notes\n");

    // Nothing listens on this port: libpq's own words come back.
    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    DatabaseOpenJob refused(DatabaseConfig({}, QStringLiteral("host=127.0.0.1 port=%1 dbname=x user=x").arg(port)),
                            &wallClock());
    runToEnd(refused);
    CHECK(refused.error() == DatabaseOpenJob::Error::CannotOpen);
    INFO(refused.errorString().toStdString());
    CHECK(refused.errorString().contains(QStringLiteral("PostgreSQL")));
    CHECK(refused.errorString().contains(QStringLiteral("refused"), Qt::CaseInsensitive));
}

TEST_CASE("a newer or foreign SQLite database is refused off the calling thread, and the thread ends cleanly",
          "[database]")
{
    // The opening thread's connection outlives the refused Database until the thread ends; its clean-up
    // once wrote into the freed Database (AddressSanitizer: heap-use-after-free).
    QTemporaryDir dir;
    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    Database::open({newer}, wallClock()).database.reset();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(newer);
        REQUIRE(raw.open());
        SqlQuery::run(raw, QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'future', 'later')")
                               .arg(Migrator::latestVersion() + 1));
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        raw.close();
        raw.setDatabaseName(other);
        REQUIRE(raw.open());
        SqlQuery::run(raw, QStringLiteral("CREATE TABLE recipes (name TEXT)"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    for (int attempt = 0; attempt < 3; ++attempt) {
        DatabaseOpenJob refusedNewer{DatabaseConfig(newer), &wallClock()};
        runToEnd(refusedNewer);
        CHECK(refusedNewer.error() == DatabaseOpenJob::Error::ForeignOrNewer);
        CHECK(refusedNewer.errorString().contains(QStringLiteral("newer version")));
        DatabaseOpenJob refusedOther{DatabaseConfig(dir.filePath(QStringLiteral("other.sqlite"))), &wallClock()};
        runToEnd(refusedOther);
        CHECK(refusedOther.error() == DatabaseOpenJob::Error::ForeignOrNewer);
        CHECK(refusedOther.errorString().contains(QStringLiteral("another application")));
    }
    // The job is told from QThread::finished; the thread's own clean-up ran just before it.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

TEST_CASE("cancelling an open that hangs answers at once, and the late result is closed", "[database]")
{
    // Accepts the connection and never answers: libpq waits for its connect timeout.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    auto job = std::make_unique<DatabaseOpenJob>(
        DatabaseConfig(
            {}, QStringLiteral("host=127.0.0.1 port=%1 dbname=x user=x connect_timeout=2").arg(silent.serverPort())),
        &wallClock());
    QSignalSpy finished(job.get(), &DatabaseOpenJob::finished);
    job->start();
    REQUIRE(waitFor([&] { return silent.hasPendingConnections() || silent.waitForNewConnection(10); }, 5000));
    QElapsedTimer clock;
    clock.start();
    job->cancel();
    CHECK(clock.elapsed() < 100);
    QCoreApplication::processEvents(); // finished() comes from the event loop, never from inside cancel()
    CHECK(finished.count() == 1);
    CHECK(job->error() == DatabaseOpenJob::Error::Cancelled);
    CHECK_FALSE(job->isRunning());
    job.reset(); // deleting it while the thread still waits is allowed
    // The thread ends with the timeout; nothing arrives for the job, nothing crashes.
    waitFor([] { return false; }, 3000);
    CHECK(finished.count() == 1);
}
