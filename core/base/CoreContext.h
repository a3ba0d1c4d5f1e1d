// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Backoff.h"

#include <QString>

class QRandomGenerator;
class QThreadPool;

namespace tempcards {

class AuditLog;
class Clock;
class Database;
class GoCardsClient;

// What jobs need from their surroundings, all owned elsewhere (by Backend, or by a test) and alive for
// as long as any job runs.
struct CoreContext
{
    Database *database = nullptr;
    GoCardsClient *goCards = nullptr;
    const AuditLog *audit = nullptr;
    const Clock *clock = nullptr;
    QRandomGenerator *random = nullptr;
    QThreadPool *pool = nullptr; // for CPU-heavy work such as password hashing
    // This process, for batch claims and the sync lease: unique per process and start.
    QString holder;
    RetryPolicy directOrderRetry; // while the operator waits on an order sent at once
    RetryPolicy syncRetry;        // per batch, in a run of the batch sync
    int leaseSeconds = 120;       // the batch sync's lease; renewed at a third of it
};

} // namespace tempcards
