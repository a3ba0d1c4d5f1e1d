// SPDX-License-Identifier: Apache-2.0
// A database restored from a backup, against a Go Cards that went on: orders sent after the backup was taken
// are found in Go Cards' order log before anything is sent again or aborted. A batch the backup shows never
// sent, but which Go Cards holds, takes Go Cards' order as its answer, and cards the backup shows queued are
// ordered from the orders Go Cards made of them; the cards ordered after the backup, which the database does
// not know, are listed for administrators; nothing is ordered twice. Go Cards here
// forgets keys at once, so a batch sent again would be refused, and its cards failed, without this.
#include "AbortTemporaryCardOrder.h"
#include "ClientCore.h"
#include "OrderHelpers.h"
#include "UnknownCards.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace tempcards;
using namespace tempcards::test;

namespace {

TestBackend::Options forgetful()
{
    TestBackend::Options options;
    options.simulator.idempotencyWindowSeconds = 0;
    return options;
}

QList<qint64> cardsOf(TestBackend &t, qint64 batchId)
{
    SqlQuery query(t.database().connection(), QStringLiteral("SELECT id FROM cards WHERE batch_id = ? ORDER BY id"));
    query.bind(batchId).exec();
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

AbortTemporaryCardOrder::Result abortCards(TestBackend &t, const Session &session, const QList<qint64> &ids)
{
    return await(t.backend().ordering()->abortCards(session, ids));
}

void checkNothingDoubled(TestBackend &t)
{
    const auto &orders = t.simulator().ledger().orders();
    for (const auto &order : orders) {
        for (const QString &id : GoCardsMessages::orderExternalIds(order.body))
            CHECK(t.simulator().ledger().timesOrdered(id) == 1);
    }
}

int postsRefused(TestBackend &t)
{
    int refused = 0;
    for (const auto &exchange : t.simulator().exchanges())
        refused += exchange.method == QLatin1String("POST") && exchange.path == QLatin1String("/api/v2/orders") &&
                   exchange.status >= 400;
    return refused;
}

} // namespace

TEST_CASE("a restored database takes Go Cards' orders as the answers it lost, and lists the cards it does not know",
          "[sync][restore]")
{
    TestBackend t(forgetful());
    const Session session = orderingOperator(t, true);
    t.enableProcess(ProcessId::AbortTemporaryCardOrder);
    order(t, session, 3);
    REQUIRE(t.runSync().cardsOrdered == 3);
    order(t, session, 2);
    const qint64 pending = pendingBatch(t);
    REQUIRE(pending > 0);
    const QString backup = t.backUp();

    // After the backup: the pending batch is sent, and four more cards are ordered.
    REQUIRE(t.runSync().cardsOrdered == 2);
    order(t, session, 4);
    REQUIRE(t.runSync().cardsOrdered == 4);
    REQUIRE(t.simulator().ledger().orders().size() == 3);

    t.restore(backup);
    REQUIRE(t.cardCount() == 5);
    REQUIRE(t.cardCount(QStringLiteral("processing")) == 2);

    const BatchSyncJob::Report report = t.runSync();
    INFO(report.errorString.toStdString());
    CHECK(report.errorString.isEmpty());
    CHECK(report.restoreRecognised);
    CHECK(report.answersFound == 1);
    CHECK(report.cardsFailed == 0);
    // The pending batch was not sent again: Go Cards' order is its answer.
    CHECK(t.cardCount(QStringLiteral("ordered")) == 5);
    CHECK(t.cardCount(QStringLiteral("failed")) == 0);
    CHECK(postsRefused(t) == 0);
    CHECK(t.simulator().ledger().orders().size() == 3);
    checkNothingDoubled(t);
    CHECK(t.auditCount(QStringLiteral("sync.restore")) == 1);
    // The four cards ordered after the backup are listed, with where Go Cards holds them.
    const QList<UnknownCard> unknown = await(t.backend().sync()->unknownCards());
    REQUIRE(unknown.size() == 4);
    for (const UnknownCard &card : unknown) {
        CHECK(card.state == QStringLiteral("ORDERED"));
        CHECK(card.detail.contains(t.simulator().ledger().orders().constLast().orderId));
        CHECK(card.detail.contains(QStringLiteral("not in this database")));
    }
    // What Go Cards holds is not aborted.
    const AbortTemporaryCardOrder::Result abort = abortCards(t, session, cardsOf(t, pending));
    CHECK(abort.changed.isEmpty());

    // The next run reads the log on from where this one stopped: no restore, nothing listed twice.
    const BatchSyncJob::Report next = t.runSync();
    CHECK(next.errorString.isEmpty());
    CHECK_FALSE(next.restoreRecognised);
    CHECK(t.auditCount(QStringLiteral("sync.restore")) == 1);
    CHECK(await(t.backend().sync()->unknownCards()).size() == 4);
}

TEST_CASE("after a restore, a batch Go Cards holds none of is sent as usual, and new orders go on", "[sync][restore]")
{
    TestBackend t(forgetful());
    const Session session = orderingOperator(t, true);
    order(t, session, 2);
    const qint64 pending = pendingBatch(t);
    const QString backup = t.backUp();
    // After the backup, one card is ordered at once (queue off); the pending batch is never sent.
    t.setQueueTemporaryCards(false);
    order(t, session, 1);
    REQUIRE(t.simulator().ledger().orders().size() == 1);
    t.restore(backup);

    order(t, session, 2); // ordered on the restored database, queued as the backup says
    const BatchSyncJob::Report report = t.runSync();
    INFO(report.errorString.toStdString());
    CHECK(report.errorString.isEmpty());
    CHECK(report.restoreRecognised);
    CHECK(report.answersFound == 0);
    CHECK(report.cardsOrdered == 4);
    CHECK(t.cardCount(QStringLiteral("ordered")) == 4);
    CHECK(t.cardState(cardsOf(t, pending).constFirst()) == QStringLiteral("ordered"));
    CHECK(SqlQuery(t.database().connection(),
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'order.batch' AND detail LIKE "
                                  "'%holds none of its cards%'"))
              .scalar()
              .toInt() == 1);
    CHECK(await(t.backend().sync()->unknownCards()).size() == 1);
    CHECK(t.simulator().ledger().orders().size() == 3);
    checkNothingDoubled(t);
}

TEST_CASE("an abort on a restored database before the batch sync ran is named, and the rest of its order is "
          "found at Go Cards",
          "[sync][restore]")
{
    TestBackend t(forgetful());
    const Session session = orderingOperator(t, true);
    t.enableProcess(ProcessId::AbortTemporaryCardOrder);
    order(t, session, 3);
    const qint64 pending = pendingBatch(t);
    const QList<qint64> cards = cardsOf(t, pending);
    const QString backup = t.backUp();
    REQUIRE(t.runSync().cardsOrdered == 3);
    t.restore(backup);

    // The window a restore leaves until the batch sync has run: an operator aborts one of the cards, and
    // the batch is rebuilt with a new key, which Go Cards would refuse.
    REQUIRE(abortCards(t, session, {cards.constFirst()}).changed.size() == 1);

    const BatchSyncJob::Report report = t.runSync();
    INFO(report.errorString.toStdString());
    CHECK(report.errorString.isEmpty());
    CHECK(report.restoreRecognised);
    CHECK(report.answersFound == 1);
    CHECK(report.cardsFailed == 0);
    // Not sent under its new key: the two cards Go Cards holds are ordered with Go Cards' ids.
    CHECK(postsRefused(t) == 0);
    CHECK(t.simulator().ledger().orders().size() == 1);
    const QString orderId = t.simulator().ledger().orders().constFirst().orderId;
    for (const qint64 id : {cards.at(1), cards.at(2)}) {
        CHECK(t.cardState(id) == QStringLiteral("ordered"));
        CHECK(SqlQuery(t.database().connection(), QStringLiteral("SELECT gocards_order_id FROM cards WHERE id = ?"))
                  .bind(id)
                  .scalar()
                  .toString() == orderId);
    }
    CHECK(abortCards(t, session, {cards.at(2)}).changed.isEmpty());
    // The aborted card Go Cards holds is listed, and says so.
    const QList<UnknownCard> unknown = await(t.backend().sync()->unknownCards());
    REQUIRE(unknown.size() == 1);
    CHECK(unknown.constFirst().detail.contains(QStringLiteral("aborted")));
    checkNothingDoubled(t);
}

TEST_CASE("cards a restored database shows queued, which Go Cards holds, are ordered from Go Cards' orders, not "
          "refused",
          "[sync][restore]")
{
    TestBackend t(forgetful());
    const Session session = orderingOperator(t, true);
    order(t, session, 3);
    const QString backup = t.backUp(); // the three cards queued, in no batch yet
    REQUIRE(t.runSync().cardsOrdered == 3);
    t.restore(backup);
    order(t, session, 2);

    // No batch is unresolved, so the run makes one of all five queued cards; Go Cards refuses it (three are
    // ordered) and, asked, names the order holding those three.
    const BatchSyncJob::Report report = t.runSync();
    INFO(report.errorString.toStdString());
    CHECK(report.errorString.isEmpty());
    CHECK(report.cardsOrdered == 5);
    CHECK(report.cardsFailed == 0);
    CHECK(t.cardCount(QStringLiteral("ordered")) == 5);
    CHECK(t.simulator().ledger().orders().size() == 2);
    checkNothingDoubled(t);
    CHECK(SqlQuery(t.database().connection(),
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'order.batch' AND detail LIKE "
                                  "'%Go Cards holds 3 of its cards in orders made before%'"))
              .scalar()
              .toInt() == 1);
}

TEST_CASE("a workstation's own batch sync publishes checkpoints, and holds back the orders of a database put back "
          "behind them",
          "[sync][restore][checkpoints]")
{
    TestBackend t;
    const Session session = orderingOperator(t, true);
    order(t, session, 2);
    const qint64 pending = pendingBatch(t);
    const QString backup = t.backUp();
    QTemporaryDir dir;
    const CheckpointPublisher::Options checkpoints{dir.filePath(QStringLiteral("checkpoints.txt")),
                                                   dir.filePath(QStringLiteral("checkpoint.key")), 1000};
    QNetworkAccessManager nam;
    Backend::Options options;
    options.goCards = t.goCardsConfig();
    const auto openCore = [&] {
        Database::Opened opened = Database::open(t.databaseConfig(), wallClock());
        REQUIRE(opened.database);
        auto core = std::make_unique<ClientCore>(std::move(opened.database), &nam, &wallClock(), options, checkpoints);
        REQUIRE(core->checkpointProblem().isEmpty());
        return core;
    };
    const auto lines = [&] {
        QFile file(checkpoints.file);
        return file.open(QIODevice::ReadOnly) ? int(file.readAll().count('\n')) : 0;
    };
    {
        auto core = openCore();
        REQUIRE(runSyncOf(*core->backend()).cardsOrdered == 2);
        REQUIRE(waitFor([&] { return lines() == 1; }));
    }
    t.restore(backup);
    auto core = openCore();
    REQUIRE(waitFor([&] {
        return SqlQuery(t.database().connection(),
                        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'sync.restore'"))
                   .scalar()
                   .toInt() == 1;
    }));
    CHECK(SqlQuery(t.database().connection(),
                   QStringLiteral("SELECT answer_unknown_since IS NOT NULL FROM order_batches WHERE id = ?"))
              .bind(pending)
              .scalar()
              .toBool());
    CHECK(core->backend()->sync()->status().answerUnknown == 1);
    // Held back, the batch is taken from Go Cards' order, not sent again.
    const BatchSyncJob::Report report = runSyncOf(*core->backend());
    INFO(report.errorString.toStdString());
    CHECK(report.answersFound == 1);
    CHECK(t.cardCount(QStringLiteral("ordered")) == 2);
    CHECK(t.simulator().ledger().orders().size() == 1);
    CHECK(core->backend()->sync()->status().answerUnknown == 0);
    CHECK(waitFor([&] { return lines() == 2; }));
}
