// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Sql.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

namespace tempcards {

class Database;

// The thread on which every write happens, with its own connection from Database. Tasks run one after the
// other in the order posted, so writes of this process never contend with each other, and the GUI thread
// never waits for a write lock. Results come back as QFuture; use QFuture::then(context, ...) to continue on
// the caller's thread. Beware: when the task has already finished by the time then() is called, Qt runs the
// continuation at once, inside then(); code after it must not assume the continuation has not run yet. A task posted
// after shutdown, or still queued at shutdown, is cancelled.
class DbWorker
{
public:
    explicit DbWorker(Database *database);
    ~DbWorker();
    DbWorker(const DbWorker &) = delete;
    DbWorker &operator=(const DbWorker &) = delete;

    template <typename Fn> auto run(Fn fn) -> QFuture<std::invoke_result_t<Fn, QSqlDatabase &>>
    {
        using T = std::invoke_result_t<Fn, QSqlDatabase &>;
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        post([promise, fn = std::move(fn)](QSqlDatabase &db) mutable {
            if constexpr (std::is_void_v<T>) {
                fn(db);
            } else {
                promise->addResult(fn(db));
            }
            promise->finish();
        });
        return future;
    }

    // Waits until every task posted so far has run (for shutdown and tests). Never call it from a task.
    void drain();
    QThread *thread() { return &m_thread; }

private:
    bool post(std::function<void(QSqlDatabase &)> task);

    Database *m_database;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; tasks are queued to it
};

} // namespace tempcards
