// SPDX-License-Identifier: Apache-2.0
#include "Backend.h"
#include "CardChangeWatcher.h"
#include "Clock.h"
#include "Database.h"
#include "OrderBatchStore.h"
#include "Sql.h"
#include "SyncLease.h"
#include "SyncStore.h"
#include "TestBackend.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QThread>

using namespace tempcards;
using namespace tempcards::test;

TEST_CASE("changes made by other processes are noticed once each", "[watcher]")
{
    TestBackend t;
    const qint64 a = t.insertCard(CardState::Ordered);
    const qint64 b = t.insertCard(CardState::Ordered);
    CardChangeWatcher watcher(&t.database(), t.backend().context().clock);
    QList<QList<qint64>> reports;
    QObject::connect(&watcher, &CardChangeWatcher::changed, [&](const QList<qint64> &ids) { reports << ids; });
    watcher.start(60000); // polled by hand below
    watcher.poll();
    CHECK(reports.isEmpty()); // nothing changed since the start

    // Another process changes card a.
    const QString at = toStorageTime(QDateTime::currentDateTimeUtc().addSecs(1));
    SqlQuery::run(
        t.database().connection(),
        QStringLiteral("UPDATE cards SET state = 'in_production', updated_at = '%1' WHERE id = %2").arg(at).arg(a));
    watcher.poll();
    REQUIRE(reports.size() == 1);
    CHECK(reports.last() == QList<qint64>{a});
    watcher.poll();
    CHECK(reports.size() == 1); // not reported again

    // b changes within the same millisecond as a's change: still noticed, once.
    SqlQuery::run(
        t.database().connection(),
        QStringLiteral("UPDATE cards SET state = 'in_production', updated_at = '%1' WHERE id = %2").arg(at).arg(b));
    watcher.poll();
    REQUIRE(reports.size() == 2);
    CHECK(reports.last() == QList<qint64>{b});
    watcher.poll();
    CHECK(reports.size() == 2);
}

TEST_CASE("a change made at another workstation is noticed within a second", "[watcher]")
{
    TestBackend t;
    const qint64 card = t.insertCard(CardState::Ordered);
    CardChangeWatcher watcher(&t.database(), t.backend().context().clock);
    QList<qint64> reported;
    QObject::connect(&watcher, &CardChangeWatcher::changed, [&](const QList<qint64> &ids) { reported += ids; });
    // PostgreSQL: its notification alone must bring the change (the poll is a minute away). SQLite: the poll.
    watcher.start(TestBackend::onPostgres() ? 60000 : 300);

    // The other workstation: a connection of another thread, committing an update of the card.
    std::unique_ptr<QThread> other(QThread::create([&] {
        const QString at = toStorageTime(QDateTime::currentDateTimeUtc().addSecs(1));
        SqlQuery::run(t.database().connection(),
                      QStringLiteral("UPDATE cards SET state = 'in_production', updated_at = '%1' WHERE id = %2")
                          .arg(at)
                          .arg(card));
    }));
    QElapsedTimer clock;
    clock.start();
    other->start();
    REQUIRE(waitFor([&] { return reported.contains(card); }, 5000));
    CHECK(clock.elapsed() < 1000);
    other->wait();
}

TEST_CASE("a client that stops hands back its sync lease and batch claims", "[watcher][sync]")
{
    QTemporaryDir dir;
    auto opened = Database::open({dir.filePath(QStringLiteral("stop.sqlite"))}, wallClock());
    REQUIRE(opened.database);
    Database &database = *opened.database;
    {
        QNetworkAccessManager nam;
        SystemClock clock;
        Backend backend(&database, &nam, &clock, Backend::Options::forThisWorkstation({}));
        const QString holder = backend.context().holder;
        await(database.writer().run([holder](QSqlDatabase &db) {
            WriteTransaction transaction(db);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            SyncLease::acquire(db, holder, now, 600);
            const qint64 batch = OrderBatchStore::create(db, {}, {}, QStringLiteral("test"), now);
            OrderBatchStore::markSent(db, batch, OrderBatchStore::load(db, batch)->idempotencyKey, holder, now,
                                      now.addSecs(600));
            transaction.commit();
            return true;
        }));
        CHECK(SyncStore::status(database.connection(), QDateTime::currentDateTimeUtc()).leaseHolder == holder);
    }
    const QSqlDatabase db = database.connection();
    CHECK(SyncStore::status(db, QDateTime::currentDateTimeUtc()).leaseHolder.isEmpty());
    CHECK(SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM order_batches WHERE claimed_by IS NOT NULL"))
              .scalar()
              .toInt() == 0);
    CHECK(SqlQuery(db, QStringLiteral("SELECT state FROM order_batches")).scalar().toString() ==
          QStringLiteral("sent"));
}
