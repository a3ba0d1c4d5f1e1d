// SPDX-License-Identifier: Apache-2.0
// Four workstations on one card stock: four processes, each logged in as its own operator, run 500 mixed
// orders, aborts and batch sync runs at the same time on one database (SQLite in WAL mode, or PostgreSQL).
// Afterwards every card anyone created exists, every aborted card was never sent, every other card was
// ordered exactly once at the simulator, no process met an error, and the audit chain verifies.
#include "AuditChain.h"
#include "OrderHelpers.h"
#include "StressWorkers.h"
#include "SyncProcess.h"
#include "TempCardOptions.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSet>

using namespace tempcards;
using namespace tempcards::test;

TEST_CASE("four workstations order, abort and dispatch on one card stock at once, losing and doubling nothing",
          "[faults][concurrency]")
{
    constexpr int kWorkers = 4;
    constexpr int kOperations = 500;
    TestBackend t;
    t.enableProcess(ProcessId::OrderTemporaryCards);
    t.enableProcess(ProcessId::AbortTemporaryCardOrder);
    t.setQueueTemporaryCards(true);
    t.setOption(TempCardOptions::BatchSize, 7); // many small orders, so dispatches overlap with aborts
    std::vector<std::unique_ptr<QProcess>> workers;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kWorkers; ++i) {
        const QString user = QStringLiteral("desk%1").arg(i + 1);
        t.createAccount(user, {Roles::Operator});
        workers.push_back(startWorker(t, user, kOperations, 20261124 + i));
    }
    REQUIRE(waitFor(
        [&] {
            return std::all_of(workers.cbegin(), workers.cend(),
                               [](const auto &w) { return w->state() == QProcess::NotRunning; });
        },
        600000));
    const qint64 elapsedMs = timer.elapsed();

    QList<qint64> created;
    QSet<qint64> aborted;
    QStringList doneLines;
    for (int i = 0; i < kWorkers; ++i) {
        const WorkerResult result = read(*workers[i]);
        INFO("desk" << i + 1 << ": " << result.errors.join(QLatin1Char('\n')).toStdString());
        CHECK(result.errors.isEmpty()); // no "database is locked", no refused order, no failed sync
        CHECK(workers[i]->exitCode() == 0);
        CHECK_FALSE(result.done.isEmpty());
        created += result.created;
        aborted += result.aborted;
        doneLines << result.done;
    }
    // What is still queued is sent now; then nothing may be left in between.
    const BatchSyncJob::Report last = t.runSync();
    CHECK(last.errorString.isEmpty());
    CHECK(t.cardCount(QStringLiteral("processing")) == 0);

    const QSet<qint64> createdSet(created.cbegin(), created.cend());
    CHECK(createdSet.size() == created.size()); // no card id handed out twice
    CHECK(t.cardCount() == created.size());     // no card lost, none appeared from nowhere
    CHECK(t.cardCount(QStringLiteral("aborted")) == aborted.size());
    int ordered = 0;
    int doubles = 0;
    int abortedAndOrdered = 0;
    SqlQuery query(t.database().connection(), QStringLiteral("SELECT id, state, external_id FROM cards"));
    query.exec();
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString state = query.value(1).toString();
        const int sent = t.simulator().ledger().timesOrdered(query.value(2).toString());
        INFO("card " << id << " is " << state.toStdString() << ", ordered at Go Cards " << sent << " time(s)");
        CHECK(createdSet.contains(id));
        if (state == QLatin1String("aborted")) {
            CHECK(aborted.contains(id));
            abortedAndOrdered += sent > 0 ? 1 : 0;
        } else {
            CHECK(state == QLatin1String("ordered"));
            ++ordered;
        }
        doubles += sent > 1 ? 1 : 0;
    }
    CHECK(abortedAndOrdered == 0);
    CHECK(doubles == 0);
    CHECK(t.simulator().ledger().orderedCardCount() == ordered);
    const AuditChain::Verdict verdict = AuditChain::verify(t.database().connection());
    INFO(verdict.reason.toStdString());
    CHECK(verdict.ok);
    WARN("concurrency (" << (TestBackend::onPostgres() ? "PostgreSQL" : "SQLite") << "): " << kWorkers << " x "
                         << kOperations << " operations in " << elapsedMs << " ms; " << created.size() << " cards, "
                         << ordered << " ordered, " << aborted.size() << " aborted, "
                         << t.simulator().ledger().orders().size() << " orders at Go Cards, " << verdict.records
                         << " audit records; per desk orders/aborts/syncs/busy syncs: "
                         << doneLines.join(QStringLiteral(", ")).toStdString());
}
