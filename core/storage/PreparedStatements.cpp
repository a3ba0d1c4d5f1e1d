// SPDX-License-Identifier: Apache-2.0
#include "PreparedStatements.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <unordered_map>
#include <vector>

namespace tempcards {

namespace {

struct TextHash
{
    size_t operator()(const QString &text) const { return qHash(text); }
};

// Standard containers: QSqlQuery can only be moved, and Qt's containers copy when they detach.
struct Connection
{
    std::unordered_map<QString, std::vector<QSqlQuery>, TextHash> free; // statement text -> queries not in use
    int count = 0;
};

// One lock for all connections: held for a lookup and a push or pop, never while a statement runs.
QMutex s_mutex;
std::unordered_map<QString, Connection, TextHash> s_connections;
// The session number of each connection name forget() was called for (one int per name ever forgotten).
std::unordered_map<QString, int, TextHash> s_sessions;
int s_lastSession = 0;
bool s_cleanupRegistered = false;

// Runs when the QCoreApplication is destroyed. A QSqlQuery destroyed later, with the other static objects,
// no longer frees its result (Qt's own statics are gone by then), so what forget() was never called for
// (a connection removed without it) is dropped here.
void dropAll()
{
    std::unordered_map<QString, Connection, TextHash> dropped;
    QMutexLocker lock(&s_mutex);
    dropped.swap(s_connections);
    lock.unlock();
}

} // namespace

QSqlQuery PreparedStatements::take(const QSqlDatabase &db, const QString &statement, bool *ok, int *session)
{
    Connection stale; // finalized after the lock is released
    {
        QMutexLocker lock(&s_mutex);
        const auto known = s_sessions.find(db.connectionName());
        *session = known == s_sessions.end() ? 0 : known->second;
        const auto connection = s_connections.find(db.connectionName());
        if (connection != s_connections.end()) {
            const auto queries = connection->second.free.find(statement);
            if (queries != connection->second.free.end() && !queries->second.empty()) {
                QSqlQuery query = std::move(queries->second.back());
                queries->second.pop_back();
                --connection->second.count;
                // A connection removed and added again under the same name without forget(): its old
                // statements have lost their driver (Qt clears the pointer), so they are all dropped.
                if (query.driver() == db.driver()) {
                    *ok = true;
                    return query;
                }
                stale = std::move(connection->second);
                s_connections.erase(connection);
            }
        }
    }
    QSqlQuery query(db);
    *ok = query.prepare(statement);
    return query;
}

void PreparedStatements::giveBack(const QSqlDatabase &db, const QString &statement, QSqlQuery query, int session)
{
    query.finish();
    QMutexLocker lock(&s_mutex);
    const auto known = s_sessions.find(db.connectionName());
    if ((known == s_sessions.end() ? 0 : known->second) != session)
        return; // prepared on a session forgotten since; destroyed after the lock is released
    if (!s_cleanupRegistered) {
        qAddPostRoutine(dropAll);
        s_cleanupRegistered = true;
    }
    Connection &connection = s_connections[db.connectionName()];
    if (connection.count >= kLimit)
        return; // the query parameter is destroyed after the lock is released
    connection.free[statement].push_back(std::move(query));
    ++connection.count;
}

void PreparedStatements::forget(const QString &connectionName)
{
    Connection dropped; // its statements are finalized after the lock is released
    QMutexLocker lock(&s_mutex);
    s_sessions[connectionName] = ++s_lastSession;
    const auto connection = s_connections.find(connectionName);
    if (connection == s_connections.end())
        return;
    dropped = std::move(connection->second);
    s_connections.erase(connection);
}

int PreparedStatements::count(const QString &connectionName)
{
    QMutexLocker lock(&s_mutex);
    const auto connection = s_connections.find(connectionName);
    return connection == s_connections.end() ? 0 : connection->second.count;
}

} // namespace tempcards
