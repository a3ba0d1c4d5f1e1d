// SPDX-License-Identifier: Apache-2.0
// SQLite's bad days: a disk that fills up during an order or a batch sync, and a workstation killed in the
// middle of its writes. The full disk is SQLite's page limit (PRAGMA max_page_count on the writer's
// connection), which fails a write with SQLITE_FULL exactly as a full filesystem does, without the mount a
// small filesystem would need.
#include "AuditChain.h"
#include "OrderHelpers.h"
#include "StressWorkers.h"
#include "TempCardOptions.h"

#include <QRandomGenerator>

using namespace tempcards;
using namespace tempcards::test;

namespace {

bool onSqlite()
{
    if (!TestBackend::onPostgres())
        return true;
    WARN("SQLite only");
    return false;
}

// The writer's connection may grow the file by `pages` more pages (0: not at all); -1 lifts the limit.
void limitGrowth(TestBackend &t, int pages)
{
    await(t.database().writer().run([pages](QSqlDatabase &db) {
        const qint64 now = SqlQuery(db, QStringLiteral("PRAGMA page_count")).scalar().toLongLong();
        SqlQuery::run(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages < 0 ? 1073741823 : now + pages));
        return 0;
    }));
}

QString integrity(TestBackend &t)
{
    return SqlQuery(t.database().connection(), QStringLiteral("PRAGMA integrity_check")).scalar().toString();
}

void chainIntact(TestBackend &t)
{
    const AuditChain::Verdict verdict = AuditChain::verify(t.database().connection());
    INFO(verdict.reason.toStdString());
    CHECK(verdict.ok);
}

} // namespace

TEST_CASE("a full disk refuses an order and a batch sync with 'the disk is full', half-writes nothing, and work "
          "resumes by itself when space returns",
          "[faults][sqlite][database][disk]")
{
    if (!onSqlite())
        return;
    TestBackend t;
    const Session session = orderingOperator(t, true);
    REQUIRE(order(t, session, 2)->result() == OrderTemporaryCardsJob::Result::Queued);

    SECTION("during an order")
    {
        limitGrowth(t, 0);
        int refused = 0;
        // Free pages inside the file take a few orders; then the file must grow, and cannot.
        for (int i = 0; i < 200 && refused == 0; ++i) {
            const int before = t.cardCount();
            const int startsBefore = t.auditCount(QStringLiteral("process.start"));
            const auto job = order(t, session, 9);
            if (job->result() == OrderTemporaryCardsJob::Result::Queued)
                continue;
            ++refused;
            CHECK(job->result() == OrderTemporaryCardsJob::Result::DatabaseFailed);
            CHECK(job->message() == QStringLiteral("The disk holding the database is full. Nothing was saved."));
            CHECK(t.cardCount() == before);
            CHECK(t.auditCount(QStringLiteral("process.start")) == startsBefore);
        }
        REQUIRE(refused == 1);
        CHECK(integrity(t) == QStringLiteral("ok"));
        limitGrowth(t, -1); // space returns: the same process goes on, nothing restarted
        const int before = t.cardCount();
        CHECK(order(t, session, 9)->result() == OrderTemporaryCardsJob::Result::Queued);
        CHECK(t.cardCount() == before + 9);
    }
    SECTION("during a batch sync: nothing is sent twice or lost once space returns")
    {
        for (int i = 0; i < 30; ++i)
            REQUIRE(order(t, session, 9)->result() == OrderTemporaryCardsJob::Result::Queued);
        const int queued = t.cardCount(QStringLiteral("processing"));
        t.setOption(TempCardOptions::BatchSize, 10); // many batches, many writes
        limitGrowth(t, 0);
        BatchSyncJob::Report full;
        for (int i = 0; i < 20; ++i) {
            full = t.runSync();
            if (full.errorString.contains(QStringLiteral("disk holding the database is full")))
                break;
        }
        INFO(full.errorString.toStdString());
        CHECK(full.errorString.contains(QStringLiteral("disk holding the database is full")));
        CHECK(integrity(t) == QStringLiteral("ok"));
        limitGrowth(t, -1);
        for (int i = 0; i < 10 && t.cardCount(QStringLiteral("processing")) > 0; ++i)
            CHECK(t.runSync().errorString.isEmpty());
        CHECK(t.cardCount(QStringLiteral("processing")) == 0);
        CHECK(t.cardCount(QStringLiteral("ordered")) == queued);
        CHECK(t.simulator().ledger().orderedCardCount() == queued); // each card ordered once
    }
    chainIntact(t);
}

TEST_CASE("a workstation killed in the middle of its writes leaves a sound database that lost no committed card",
          "[faults][sqlite][database][kill]")
{
    if (!onSqlite())
        return;
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::OrderTemporaryCards);
    t.enableProcess(ProcessId::AbortTemporaryCardOrder);
    t.setQueueTemporaryCards(true);
    QRandomGenerator random(20261202);
    QList<qint64> committed;
    constexpr int kKills = 6;
    for (int kill = 0; kill < kKills; ++kill) {
        auto worker = startWorker(t, QStringLiteral("olle"), 100000, kill);
        // Killed once it has written something, at a random moment of its work.
        REQUIRE(waitFor([&] { return worker->canReadLine(); }, 20000));
        waitFor([] { return false; }, 50 + int(random.bounded(300)));
        worker->kill();
        REQUIRE(waitFor([&] { return worker->state() == QProcess::NotRunning; }));
        const WorkerResult said = read(*worker);
        committed += said.created;
        REQUIRE(integrity(t) == QStringLiteral("ok"));
    }
    REQUIRE(committed.size() > 0);
    const QString ids = QStringList([&] {
                            QStringList out;
                            for (qint64 id : committed)
                                out << QString::number(id);
                            return out;
                        }())
                            .join(QLatin1Char(','));
    // Every card a worker said was committed is there, in a state it may be in.
    const qint64 found =
        SqlQuery(t.database().connection(), QStringLiteral("SELECT COUNT(*) FROM cards WHERE id IN (%1)").arg(ids))
            .scalar()
            .toLongLong();
    CHECK(found == committed.size());
    chainIntact(t);
    WARN("kill test: " << kKills << " workstations killed mid-write; " << committed.size()
                       << " committed cards, all found; integrity ok");
}
