// SPDX-License-Identifier: Apache-2.0
#include "Database.h"
#include "ClientOptions.h"
#include "Migrator.h"
#include "Sql.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/wait.h>
#include <unistd.h>

using namespace tempcards;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs `check` in a child process that has dropped root, because root ignores file permissions.
// Returns the child's exit code.
int asUnprivileged(const std::function<int()> &check)
{
    const pid_t pid = fork();
    if (pid == 0) {
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(99);
        _exit(check());
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 98;
}

// A bare connection to a file, outside Database, to build databases in given states.
void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            REQUIRE(query.exec(statement));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST_CASE("an empty folder gets a new database at the latest schema", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
    auto opened = Database::open({path}, test::wallClock());
    INFO(opened.message.toStdString());
    REQUIRE(opened.database);
    CHECK(Migrator::currentVersion(opened.database->connection()) == Migrator::latestVersion());
    CHECK(SqlQuery(opened.database->connection(), QStringLiteral("PRAGMA journal_mode")).scalar().toString() ==
          QStringLiteral("wal"));
    // All processes start disabled.
    CHECK(SqlQuery(opened.database->connection(), QStringLiteral("SELECT COUNT(*) FROM processes WHERE enabled = 1"))
              .scalar()
              .toInt() == 0);
    opened.database.reset();
    // Opening again changes nothing.
    auto again = Database::open({path}, test::wallClock());
    REQUIRE(again.database);
    CHECK(SqlQuery(again.database->connection(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations"))
              .scalar()
              .toInt() == Migrator::latestVersion());
}

TEST_CASE("an older database is migrated and keeps its data", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(Migrator::migrate(db, test::wallClock(), 1).isEmpty());
        QSqlQuery(db).exec(
            QStringLiteral("INSERT INTO accounts (username, password_hash, state, created_at, updated_at) "
                           "VALUES ('anna', 'x', 'active', 't', 't')"));
        CHECK(Migrator::currentVersion(db) == 1);
        CHECK_FALSE(db.tables().contains(QStringLiteral("cards")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    auto opened = Database::open({path}, test::wallClock());
    REQUIRE(opened.database);
    const QSqlDatabase db = opened.database->connection();
    CHECK(Migrator::currentVersion(db) == Migrator::latestVersion());
    CHECK(db.tables().contains(QStringLiteral("cards")));
    CHECK(SqlQuery(db, QStringLiteral("SELECT username FROM accounts")).scalar().toString() == QStringLiteral("anna"));
}

TEST_CASE("a database from a newer version is refused and left unchanged", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    Database::open({path}, test::wallClock()).database.reset();
    rawExec(path, {QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'future', 'later')")
                       .arg(Migrator::latestVersion() + 5),
                   QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    const QByteArray before = fileHash(path);
    const auto opened = Database::open({path}, test::wallClock());
    CHECK_FALSE(opened.database);
    CHECK(opened.error == Database::OpenError::ForeignOrNewer);
    CHECK(opened.message.contains(QStringLiteral("newer version")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a file that is not SQLite is refused and left unchanged", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("These are my notes, not a database.\n");
    file.close();
    const QByteArray before = fileHash(path);
    const auto opened = Database::open({path}, test::wallClock());
    CHECK_FALSE(opened.database);
    CHECK(opened.error == Database::OpenError::NotSqlite);
    CHECK(opened.message.contains(QStringLiteral("not a SQLite database")));
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a SQLite database of another application is refused and left unchanged", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    rawExec(path, {QStringLiteral("CREATE TABLE recipes (name TEXT)")});
    const QByteArray before = fileHash(path);
    const auto opened = Database::open({path}, test::wallClock());
    CHECK_FALSE(opened.database);
    CHECK(opened.message.contains(QStringLiteral("another application")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a read-only database file or folder is refused with a clear message", "[database]")
{
    const QFile::Permissions readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const QFile::Permissions traverse = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    const QFile::Permissions writable = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    for (const bool folderWritable : {true, false}) {
        INFO("folder writable: " << folderWritable);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
        Database::open({path}, test::wallClock()).database.reset();
        REQUIRE(QFile::setPermissions(path, readOnly));
        REQUIRE(QFile::setPermissions(dir.path(),
                                      readOnly | traverse | (folderWritable ? writable : QFile::Permissions())));
        const QByteArray before = fileHash(path);
        const int code = asUnprivileged([&] {
            const auto opened = Database::open({path}, test::wallClock());
            if (opened.database)
                return 1;
            if (opened.error != Database::OpenError::ReadOnly || !opened.message.contains(QStringLiteral("read-only")))
                return 2;
            return 0;
        });
        CHECK(code == 0);
        CHECK(fileHash(path) == before);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}

TEST_CASE("a write transaction rolls back unless committed", "[database]")
{
    QTemporaryDir dir;
    auto opened = Database::open({dir.filePath(QStringLiteral("tx.sqlite"))}, test::wallClock());
    REQUIRE(opened.database);
    const QSqlDatabase db = opened.database->connection();
    {
        WriteTransaction transaction(db);
        SqlQuery::run(db, QStringLiteral("INSERT INTO installation (key, value) VALUES ('a', '1')"));
    }
    CHECK(SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM installation")).scalar().toInt() == 0);
    {
        WriteTransaction transaction(db);
        SqlQuery::run(db, QStringLiteral("INSERT INTO installation (key, value) VALUES ('a', '1')"));
        transaction.commit();
    }
    CHECK(SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM installation")).scalar().toInt() == 1);
    CHECK_THROWS_AS(SqlQuery::run(db, QStringLiteral("INSERT INTO installation (key, value) VALUES ('a', '2')")),
                    DatabaseError);
}

TEST_CASE("the writer thread runs tasks in order on its own connection", "[database]")
{
    QTemporaryDir dir;
    auto opened = Database::open({dir.filePath(QStringLiteral("w.sqlite"))}, test::wallClock());
    REQUIRE(opened.database);
    Database &database = *opened.database;
    QList<QFuture<QString>> futures;
    for (int i = 0; i < 20; ++i) {
        futures << database.writer().run([i](QSqlDatabase &db) {
            SqlQuery(db, QStringLiteral("INSERT INTO installation (key, value) VALUES (?, ?)"))
                .bind(QString::number(i))
                .bind(db.connectionName())
                .exec();
            return db.connectionName();
        });
    }
    for (auto &future : futures)
        test::await(future);
    CHECK(futures.first().result() != database.connection().connectionName());
    CHECK(SqlQuery(database.connection(), QStringLiteral("SELECT COUNT(*) FROM installation")).scalar().toInt() == 20);
}

TEST_CASE("PostgreSQL is chosen with --postgres, its password never on the command line", "[database][postgres]")
{
    const auto parse = [](const QStringList &arguments) {
        return ClientOptions::parse(QStringList{QStringLiteral("tempcards")} + arguments, QProcessEnvironment());
    };
    ClientOptions options = parse({QStringLiteral("--postgres"), QStringLiteral("host=db.example  dbname=tc")});
    REQUIRE(options.action == ClientOptions::Action::Run);
    CHECK(options.postgres == QStringLiteral("host=db.example dbname=tc"));
    options = parse({QStringLiteral("--postgres"), QStringLiteral("host=db password=hunter2")});
    CHECK(options.action == ClientOptions::Action::Fail);
    CHECK(options.text.contains(QStringLiteral("PGPASSWORD")));
    CHECK_FALSE(options.text.contains(QStringLiteral("hunter2")));
    options = parse({QStringLiteral("--postgres"), QStringLiteral("service=tc"), QStringLiteral("--database"),
                     QStringLiteral("/tmp/x.sqlite")});
    CHECK(options.action == ClientOptions::Action::Fail);
    CHECK(options.text.contains(QStringLiteral("either")));
    CHECK(parse({QStringLiteral("--postgres"), QStringLiteral(" ")}).action == ClientOptions::Action::Fail);
}

TEST_CASE("an unreachable PostgreSQL server is refused, naming it", "[database][postgres]")
{
    DatabaseConfig config;
    config.postgres = QStringLiteral("host=127.0.0.1 port=1 dbname=tempcards user=tempcards connect_timeout=2");
    const Database::Opened opened = Database::open(config, test::wallClock());
    REQUIRE_FALSE(opened.database);
    CHECK(opened.error == Database::OpenError::Unreachable);
    CHECK(opened.message.contains(QStringLiteral("PostgreSQL (host=127.0.0.1 port=1")));
    INFO(opened.message.toStdString());
    CHECK(opened.message.contains(QStringLiteral("Connection refused")));
}

TEST_CASE("a database error is read by the kind of code each driver gives", "[database]")
{
    const auto kindOf = [](const QString &native) {
        return DatabaseError::fromSqlError(
                   QSqlError(QStringLiteral("driver"), QStringLiteral("database"), QSqlError::StatementError, native),
                   QStringLiteral("test"))
            .kind();
    };
    // SQLite: (extended) result codes.
    CHECK(kindOf(QStringLiteral("5")) == DatabaseError::Kind::Busy);
    CHECK(kindOf(QStringLiteral("517")) == DatabaseError::Kind::Busy); // SQLITE_BUSY_SNAPSHOT
    CHECK(kindOf(QStringLiteral("2067")) == DatabaseError::Kind::Constraint);
    // PostgreSQL: SQLSTATEs, five characters that are often all digits. 42501 once read as SQLITE_BUSY
    // (42501 & 0xff == 5), telling a person refused by the database to try again.
    CHECK(kindOf(QStringLiteral("42501")) == DatabaseError::Kind::Refused);
    CHECK(kindOf(QStringLiteral("23505")) == DatabaseError::Kind::Constraint);
    CHECK(kindOf(QStringLiteral("40001")) == DatabaseError::Kind::Busy);
    CHECK(kindOf(QStringLiteral("40P01")) == DatabaseError::Kind::Busy);
    CHECK(kindOf(QStringLiteral("53100")) == DatabaseError::Kind::DiskFull);
    // The server going away: a shutdown, a terminated session, a connection failure.
    CHECK(kindOf(QStringLiteral("57P01")) == DatabaseError::Kind::ConnectionLost);
    CHECK(kindOf(QStringLiteral("08006")) == DatabaseError::Kind::ConnectionLost);
    CHECK(kindOf(QStringLiteral("57014")) == DatabaseError::Kind::Other); // a cancelled statement is not a loss
    CHECK(DatabaseError(DatabaseError::Kind::Refused, {}).userMessage().contains(QStringLiteral("does not allow")));
}
