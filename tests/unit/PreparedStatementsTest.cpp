// SPDX-License-Identifier: Apache-2.0
#include "PreparedStatements.h"
#include "Sql.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QTemporaryDir>

using namespace tempcards;

namespace {

const QString kName = QStringLiteral("prepared-statements-test");

// A bare SQLite connection under kName with one table t(n); removed (and its statements forgotten, unless
// told not to) when it goes.
class Connection
{
public:
    explicit Connection(const QString &path, bool forgetOnRemove = true) : m_forget(forgetOnRemove)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kName);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        SqlQuery::run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS t (n INTEGER NOT NULL)"));
    }
    ~Connection()
    {
        if (m_forget)
            PreparedStatements::forget(kName);
        QSqlDatabase::removeDatabase(kName);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(kName, false); }

private:
    bool m_forget;
};

qint64 countOf(const QSqlDatabase &db)
{
    return SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM t")).scalar().toLongLong();
}

} // namespace

TEST_CASE("A statement run again is taken from the connection's cache, not prepared again", "[sql]")
{
    QTemporaryDir dir;
    Connection connection(dir.filePath(QStringLiteral("a.sqlite")));
    const QSqlDatabase db = connection.db();
    const QString insert = QStringLiteral("INSERT INTO t (n) VALUES (?)");

    SqlQuery(db, insert).bind(1).exec();
    CHECK(PreparedStatements::count(kName) == 1);
    SqlQuery(db, insert).bind(2).exec(); // taken and given back: still one
    CHECK(PreparedStatements::count(kName) == 1);
    CHECK(countOf(db) == 2);
    CHECK(PreparedStatements::count(kName) == 2);

    SECTION("two live queries with the same text each get a statement of their own")
    {
        const QString select = QStringLiteral("SELECT n FROM t ORDER BY n");
        SqlQuery outer(db, select);
        outer.exec();
        QList<qint64> pairs;
        while (outer.next()) {
            SqlQuery inner(db, select); // while outer is still reading
            inner.exec();
            while (inner.next())
                pairs << outer.value(0).toLongLong() * 10 + inner.value(0).toLongLong();
        }
        CHECK(pairs == QList<qint64>{11, 12, 21, 22});
    }
    SECTION("a statement that failed is not kept")
    {
        const int before = PreparedStatements::count(kName);
        CHECK_THROWS_AS(SqlQuery(db, insert).bind(QVariant()).exec(), DatabaseError); // n is NOT NULL
        CHECK(PreparedStatements::count(kName) == before - 1);
        SqlQuery(db, insert).bind(3).exec(); // prepared afresh, and works
        CHECK(countOf(db) == 3);
    }
    SECTION("a reset statement holds no read lock: another connection can write while it is cached")
    {
        SqlQuery(db, QStringLiteral("SELECT n FROM t")).exec(); // kept after reading one row of two
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(dir.filePath(QStringLiteral("a.sqlite")));
            REQUIRE(other.open());
            // Rollback journal mode: a writer needs every reader gone, so a statement left open would make
            // this fail with "database is locked".
            CHECK_NOTHROW(SqlQuery::run(other, QStringLiteral("DELETE FROM t")));
            PreparedStatements::forget(QStringLiteral("other"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        CHECK(countOf(db) == 0);
    }
    SECTION("forget() drops them all")
    {
        PreparedStatements::forget(kName);
        CHECK(PreparedStatements::count(kName) == 0);
        CHECK(countOf(db) == 2);
    }
}

TEST_CASE("Statements built for one use do not pile up past the limit", "[sql]")
{
    QTemporaryDir dir;
    Connection connection(dir.filePath(QStringLiteral("b.sqlite")));
    for (int i = 0; i < PreparedStatements::kLimit + 50; ++i)
        SqlQuery(connection.db(), QStringLiteral("SELECT %1").arg(i)).exec();
    CHECK(PreparedStatements::count(kName) == PreparedStatements::kLimit);
}

TEST_CASE("A connection added again under the same name never runs the old connection's statements", "[sql]")
{
    QTemporaryDir dir;
    const QString insert = QStringLiteral("INSERT INTO t (n) VALUES (?)");
    {
        Connection first(dir.filePath(QStringLiteral("first.sqlite")), false); // removed without forget()
        SqlQuery(first.db(), insert).bind(1).exec();
        REQUIRE(PreparedStatements::count(kName) == 1);
    }
    Connection second(dir.filePath(QStringLiteral("second.sqlite")));
    SqlQuery(second.db(), insert).bind(2).exec();
    CHECK(countOf(second.db()) == 1);
    CHECK(SqlQuery(second.db(), QStringLiteral("SELECT n FROM t")).scalar().toLongLong() == 2);
}
