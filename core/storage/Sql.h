// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <stdexcept>

namespace tempcards {

enum class Dialect { Sqlite, Postgres };
Dialect dialectOf(const QSqlDatabase &db);
// " FOR UPDATE" on PostgreSQL, to end a SELECT whose rows the transaction is about to change: there, two
// transactions may read the same row at once. Empty on SQLite, where BEGIN IMMEDIATE already lets only one
// write transaction run at a time.
QString forUpdate(const QSqlDatabase &db);
// "?,?,...,?" with `count` marks, for IN lists.
QString placeholders(qsizetype count);
// "column >= ? AND column < ?": the texts that start with a prefix, bound as the prefix and prefixEnd() of
// it. Needs no LIKE escaping and can use an index. Compared code point by code point, which the range
// needs: on PostgreSQL in the "C" collation (the database's own may ignore case; migration 7 indexes the
// searched columns in "C"). `scan` keeps SQLite from using the column's index (the unary +).
QString prefixRange(const QSqlDatabase &db, const QString &column, bool scan = false);
QString prefixEnd(const QString &prefix);

// Thrown by SqlQuery and WriteTransaction when the database fails. Database tasks catch it at their
// boundary; WriteTransaction's destructor has rolled back by then, so nothing is half-written.
class DatabaseError : public std::runtime_error
{
public:
    enum class Kind { Other, Busy, ReadOnly, NotADatabase, Constraint, DiskFull, Refused };
    DatabaseError(Kind kind, const QString &message);
    static DatabaseError fromSqlError(const QSqlError &error, const QString &context);
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    // A sentence for the user; the technical text goes to the log.
    QString userMessage() const;

private:
    Kind m_kind;
    QString m_message;
};

// SQL NULL for SqlQuery::bind(). A null QString is bound as '' (see bind()), so NULL is always asked for.
inline QVariant sqlNull()
{
    return QVariant(QMetaType::fromType<QString>());
}

// A prepared statement with positional '?' parameters that throws DatabaseError instead of returning false.
// bind() fills the placeholders in order; after exec() the next bind() starts again at the first, so one
// prepared statement can be run many times in a loop. The statement comes from the connection's
// PreparedStatements and goes back there when the SqlQuery is destroyed, unless it failed.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &statement);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;
    // A QString that isNull() is bound as '' (Qt would bind it as NULL, and most columns are NOT NULL);
    // bind sqlNull() for NULL.
    SqlQuery &bind(const QVariant &value);
    SqlQuery &exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    // Executes and returns the first column of the first row (invalid QVariant when there is no row).
    QVariant scalar();
    // Runs one statement without parameters.
    static void run(const QSqlDatabase &db, const QString &statement);

private:
    QSqlDatabase m_db;
    bool m_ok = false; // prepared, and the last exec() succeeded; before m_query, whose initializer sets it
    QSqlQuery m_query;
    QString m_statement;
    int m_nextBind = 0;
};

// BEGIN IMMEDIATE on SQLite (the write lock is taken up front, so two writers never deadlock on an upgrade),
// BEGIN and the audit head's row lock on PostgreSQL (the same, for the same reason). Rolls back in the destructor
// unless commit() succeeded.
class WriteTransaction
{
public:
    enum class Kind { Data, Schema };
    // Data: on PostgreSQL the transaction first locks the audit head row (see Sql.cpp). Schema: for the
    // migrations, which run before that row exists and take a lock of their own.
    explicit WriteTransaction(const QSqlDatabase &db, Kind kind = Kind::Data);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace tempcards
