// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Database.h"
#include "Job.h"

#include <memory>

namespace tempcards {

// Opens (checks, and migrates when needed) a database on a thread of its own, because connecting to a
// PostgreSQL server can take up to its connect timeout and migrating takes as long as it takes; the GUI
// thread only waits for finished(). A Job: finished() comes on the thread that called start(), with the
// database (take it with takeDatabase()) or an error (errorCode() is an Error). cancel() ends the job at once,
// Cancelled; a connection already under way completes in the background and its database is closed there.
class DatabaseOpenJob : public Job
{
    Q_OBJECT

public:
    enum class Error { None, Cancelled, CannotOpen, NotSqlite, ReadOnly, ForeignOrNewer, MigrationFailed };

    // The clock dates the migrations; it must outlive the opening thread, which may outlast the job.
    DatabaseOpenJob(DatabaseConfig config, const Clock *clock, QObject *parent = nullptr);
    ~DatabaseOpenJob() override;

    Error error() const { return Error(errorCode()); }
    const DatabaseConfig &config() const { return m_config; }
    // The opened database, once; null after an error or when already taken.
    std::unique_ptr<Database> takeDatabase() { return std::move(m_database); }

    static Error errorFor(Database::OpenError error);

private:
    struct Shared;
    void run() override;
    void abort() override;
    void finish(Database::Opened opened);

    DatabaseConfig m_config;
    const Clock *m_clock;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<Database> m_database;
};

} // namespace tempcards
