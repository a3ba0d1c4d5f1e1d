// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Database.h"

#include <QObject>

#include <memory>

namespace tempcards {

// Opens (checks, and migrates when needed) a database on a thread of its own, because connecting to a
// PostgreSQL server can take up to its connect timeout and migrating takes as long as it takes; the GUI
// thread only waits for finished(). finished() fires once, after start(), on the thread that called start():
// with the database (take it with takeDatabase()), an error, or Cancelled. cancel() makes finished() fire at
// once; a connection already under way completes in the background and its database is closed there.
class DatabaseOpenJob : public QObject
{
    Q_OBJECT

public:
    enum class Error { None, Cancelled, CannotOpen, NotSqlite, ReadOnly, ForeignOrNewer, MigrationFailed };

    explicit DatabaseOpenJob(DatabaseConfig config, QObject *parent = nullptr);
    ~DatabaseOpenJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    Error error() const { return m_error; }
    QString errorMessage() const { return m_message; } // a sentence for the user, when error() is set
    const DatabaseConfig &config() const { return m_config; }
    // The opened database, once; null after an error or when already taken.
    std::unique_ptr<Database> takeDatabase() { return std::move(m_database); }

    static Error errorFor(Database::OpenError error);

signals:
    void finished();

private:
    struct Shared;
    void finish(Database::Opened opened);

    DatabaseConfig m_config;
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
    Error m_error = Error::None;
    QString m_message;
    std::unique_ptr<Database> m_database;
};

} // namespace tempcards
