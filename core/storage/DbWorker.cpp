// SPDX-License-Identifier: Apache-2.0
#include "DbWorker.h"

#include "Database.h"
#include "Logging.h"

#include <QSemaphore>

namespace tempcards {

DbWorker::DbWorker(Database *database) : m_database(database)
{
    m_thread.setObjectName(QStringLiteral("tempcards-db-writer"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

DbWorker::~DbWorker()
{
    m_thread.quit();
    m_thread.wait();
}

bool DbWorker::post(std::function<void(QSqlDatabase &)> task)
{
    const bool queued = QMetaObject::invokeMethod(
        m_context,
        [this, task = std::move(task)] {
            // A connection that cannot be opened is handed over closed (or invalid): the task's first statement
            // throws, and the task reports it as it reports every database error.
            QSqlDatabase db;
            try {
                db = m_database->connection();
            } catch (const DatabaseError &error) {
                qCWarning(lcDatabase).noquote() << "no connection for a database task:" << error.message();
            }
            try {
                task(db);
            } catch (const std::exception &error) {
                // Tasks handle DatabaseError themselves; reaching here is a programming error. The promise is
                // destroyed unfinished, which cancels the future, so the caller is not left waiting.
                qCCritical(lcDatabase) << "database task threw:" << error.what();
            }
        },
        Qt::QueuedConnection);
    if (!queued)
        qCWarning(lcDatabase) << "database task posted after shutdown was dropped";
    return queued;
}

void DbWorker::drain()
{
    QSemaphore done;
    if (post([&done](QSqlDatabase &) { done.release(); }))
        done.acquire();
}

} // namespace tempcards
