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
// Statements of sessions that are gone (retire()), by connection name, until bury().
std::unordered_map<QString, std::vector<QSqlQuery>, TextHash> s_retired;
bool s_cleanupRegistered = false;

// Runs when the QCoreApplication is destroyed. A QSqlQuery destroyed later, with the other static objects,
// no longer frees its result (Qt's own statics are gone by then), so what forget() was never called for
// (a connection removed without it) is dropped here.
void dropAll()
{
    std::unordered_map<QString, Connection, TextHash> dropped;
    std::unordered_map<QString, std::vector<QSqlQuery>, TextHash> retired;
    QMutexLocker lock(&s_mutex);
    dropped.swap(s_connections);
    retired.swap(s_retired);
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
    if ((known == s_sessions.end() ? 0 : known->second) != session) {
        // Prepared on a session forgotten since: of a retired one, kept aside; otherwise freed after the lock
        // is released.
        const auto retired = s_retired.find(db.connectionName());
        if (retired != s_retired.end())
            retired->second.push_back(std::move(query));
        return;
    }
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

void PreparedStatements::retire(const QString &connectionName)
{
    QMutexLocker lock(&s_mutex);
    s_sessions[connectionName] = ++s_lastSession;
    std::vector<QSqlQuery> &kept = s_retired[connectionName];
    if (kept.size() > size_t(5 * kLimit))
        kept.erase(kept.begin(), kept.begin() + kLimit); // a connection reopened very often: the oldest go
    const auto connection = s_connections.find(connectionName);
    if (connection == s_connections.end())
        return;
    for (auto &[text, queries] : connection->second.free) {
        for (QSqlQuery &query : queries)
            kept.push_back(std::move(query));
    }
    s_connections.erase(connection);
}

void PreparedStatements::keepAside(const QSqlDatabase &db, QSqlQuery query)
{
    QMutexLocker lock(&s_mutex);
    s_retired[db.connectionName()].push_back(std::move(query));
}

void PreparedStatements::bury(const QString &connectionName)
{
    std::vector<QSqlQuery> dead; // freed after the lock is released, with no driver to talk to
    QMutexLocker lock(&s_mutex);
    const auto retired = s_retired.find(connectionName);
    if (retired == s_retired.end())
        return;
    dead.swap(retired->second);
    s_retired.erase(retired);
}

int PreparedStatements::count(const QString &connectionName)
{
    QMutexLocker lock(&s_mutex);
    const auto connection = s_connections.find(connectionName);
    return connection == s_connections.end() ? 0 : connection->second.count;
}

} // namespace tempcards
