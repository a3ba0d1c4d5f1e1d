// SPDX-License-Identifier: Apache-2.0
#include "DatabaseOpenJob.h"

#include "Logging.h"

#include <QPointer>
#include <QThread>

namespace tempcards {

// Who still wants the result when the opening thread ends: null once the job was cancelled or deleted. Only
// touched on the job's thread.
struct DatabaseOpenJob::Shared
{
    QPointer<DatabaseOpenJob> job;
};

DatabaseOpenJob::DatabaseOpenJob(DatabaseConfig config, const Clock *clock, QObject *parent)
    : Job(parent), m_config(std::move(config)), m_clock(clock)
{}

DatabaseOpenJob::~DatabaseOpenJob()
{
    cancel();
}

void DatabaseOpenJob::run()
{
    m_shared = std::make_shared<Shared>();
    m_shared->job = this;
    auto result = std::make_shared<Database::Opened>();
    const DatabaseConfig config = m_config;
    const Clock *clock = m_clock;
    QThread *thread = QThread::create([result, config, clock] { *result = Database::open(config, *clock); });
    thread->setObjectName(QStringLiteral("tempcards-db-open"));
    // Queued to this thread; the database's connection for the opening thread was removed when it finished.
    // Its writer thread was started there too, which is fine: a QThread may be stopped from any thread.
    connect(thread, &QThread::finished, this, [result, shared = m_shared] {
        if (DatabaseOpenJob *job = shared->job)
            job->finish(std::move(*result));
        else if (result->database)
            qCInfo(lcDatabase) << "a cancelled open of" << result->database->location() << "completed; closed";
    });
    // Also when the job was deleted meanwhile; a database nobody took is closed with the thread's callable.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void DatabaseOpenJob::abort()
{
    if (m_shared)
        m_shared->job = nullptr;
    Job::finish(int(Error::Cancelled), tr("Cancelled."));
}

void DatabaseOpenJob::finish(Database::Opened opened)
{
    m_shared->job = nullptr;
    m_database = std::move(opened.database);
    Job::finish(int(errorFor(opened.error)), opened.message);
}

DatabaseOpenJob::Error DatabaseOpenJob::errorFor(Database::OpenError error)
{
    switch (error) {
    case Database::OpenError::None:
        return Error::None;
    case Database::OpenError::CannotOpen:
    case Database::OpenError::Unreachable: // the window says why and offers to try again either way
        return Error::CannotOpen;
    case Database::OpenError::NotSqlite:
        return Error::NotSqlite;
    case Database::OpenError::ReadOnly:
        return Error::ReadOnly;
    case Database::OpenError::ForeignOrNewer:
        return Error::ForeignOrNewer;
    case Database::OpenError::MigrationFailed:
        return Error::MigrationFailed;
    }
    return Error::CannotOpen;
}

} // namespace tempcards
