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
    // ConnectionLost: the server went away or cut this session (restart, failover, a terminated backend, a
    // dropped network); what the statement was part of did not happen, and the connection heals by itself
    // (see DatabaseHealth). OutcomeUnknown: the connection was lost during COMMIT and did not come back in
    // time to ask whether the transaction happened (see WriteTransaction::commit).
    enum class Kind {
        Other,
        Busy,
        ReadOnly,
        NotADatabase,
        Constraint,
        DiskFull,
        Refused,
        ConnectionLost,
        OutcomeUnknown
    };
    DatabaseError(Kind kind, const QString &message);
    // `db`, when given, is asked whether its connection still stands: libpq reports a cut session in words
    // only, often without an SQLSTATE.
    static DatabaseError fromSqlError(const QSqlError &error, const QString &context, const QSqlDatabase *db = nullptr);
    // The connection of `db` is gone (PostgreSQL); SQLite's never is.
    static bool connectionLost(const QSqlDatabase &db);
    Kind kind() const { return m_kind; }
    // Nothing was saved, and the same work may simply be tried again once the database is back.
    bool isConnectionLost() const { return m_kind == Kind::ConnectionLost; }
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
    int m_session = 0; // the session the statement was prepared on (PreparedStatements); set there too
    QSqlQuery m_query;
    QString m_statement;
    int m_nextBind = 0;
};

// BEGIN IMMEDIATE on SQLite (the write lock is taken up front, so two writers never deadlock on an upgrade),
// BEGIN and one advisory lock on PostgreSQL (the same, for the same reason). Rolls back in the destructor
// unless commit() succeeded.
//
// PostgreSQL: a connection found cut at BEGIN is opened again once, in place, before anything else runs in
// the transaction. Every data transaction writes a receipt (a random key in write_receipts), so that a COMMIT
// whose answer was lost is resolved rather than guessed: commit() reconnects, with backoff, and looks for the
// receipt; found, the transaction happened and commit() returns; not found, it did not, and commit() throws
// ConnectionLost; no answer within the patience, OutcomeUnknown (and the key is in the log).
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
    // Removes the receipts older than a day (PostgreSQL; the batch sync's), inside the caller's transaction.
    static void pruneReceipts(const QSqlDatabase &db);
    // How long commit() keeps trying to learn a lost COMMIT's outcome; for the tests.
    static void setOutcomePatienceMs(int ms);

private:
    void begin(Kind kind);
    void resolveLostCommit(const DatabaseError &lost);

    QSqlDatabase m_db;
    bool m_open = false;
    QString m_receipt; // PostgreSQL data transactions: the key written to write_receipts
};

// Closes a PostgreSQL connection that was cut and opens it again with the same options and identity, as
// Database set it up (its session settings included); throws ConnectionLost when the server does not answer.
// Statements prepared on the old session are forgotten. Used in place, on the thread that owns `db`.
void reopenConnection(QSqlDatabase &db);
// The session settings every tempcards connection starts with (a lock timeout, UTC, on SQLite the pragmas).
void prepareSession(const QSqlDatabase &db);

} // namespace tempcards
