// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace tempcards {

// Prepared statements kept per connection, so a statement run again (the same INSERT for every order, the
// same permission check for every process) is not parsed and planned again: Qt's prepare() was about a
// quarter of an order's time. SqlQuery takes from here and gives back; nothing else needs to.
//
// Thread contract: a connection's statements are taken and given back only on the connection's own thread
// (as QSqlDatabase requires); forget() may run on any thread once the connection's thread has stopped using
// it. Two live SqlQuery objects with the same text each get a statement of their own.
class PreparedStatements
{
public:
    // A query prepared for `statement` on `db`: a cached one when one is free, else a new one; `ok` is false
    // when preparing failed (the query's lastError() says why). `session` receives the connection's session
    // number, which giveBack() is handed again.
    static QSqlQuery take(const QSqlDatabase &db, const QString &statement, bool *ok, int *session);
    // Keeps a query that ran without error for the next take(); finishes it first, so a reset SQLite
    // statement holds no read lock. A connection keeps at most kLimit statements; beyond, the ones given
    // back are dropped (statements built for one use, such as long IN lists, must not pile up). A query taken
    // before the last forget() is dropped too: it was prepared on a session that is gone.
    static void giveBack(const QSqlDatabase &db, const QString &statement, QSqlQuery query, int session);
    // Drops every statement kept for the connection and starts a new session number. Call before
    // QSqlDatabase::removeDatabase() (a statement must not outlive its connection), after the schema
    // changed, and when a connection is opened again (the server forgot the old session's statements).
    static void forget(const QString &connectionName);
    // For a connection whose session is gone (the server cut it) and that is about to be opened again: like
    // forget(), but the statements are kept aside, not freed, and so are those given back later from the old
    // session. Freeing one would send DEALLOCATE over the dead or the new session, and Qt warns for each that
    // fails. They are freed by bury(), once the connection is removed and they have no driver left.
    static void retire(const QString &connectionName);
    // A statement that failed because the connection was cut: kept aside with the retired ones, for the same
    // reason.
    static void keepAside(const QSqlDatabase &db, QSqlQuery query);
    // After QSqlDatabase::removeDatabase(): frees what retire() and keepAside() kept aside.
    static void bury(const QString &connectionName);
    // How many statements the connection keeps, for tests.
    static int count(const QString &connectionName);

    static constexpr int kLimit = 200;
};

} // namespace tempcards
