// SPDX-License-Identifier: Apache-2.0
#include "AuditLog.h"
#include "OrderTemporaryCards.h"
#include "OrderTemporaryCardsJob.h"
#include "Sql.h"
#include "TestBackend.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace tempcards;
using namespace tempcards::test;
using Status = OrderTemporaryCards::Placed::Status;

namespace {
OrderTemporaryCards::Placed place(TestBackend &t, const Session &session, const QVariant &amount)
{
    const CoreContext &context = t.backend().context();
    return await(t.database().writer().run([&](QSqlDatabase &db) {
        return OrderTemporaryCards::place(db, *context.audit, *context.clock, session, amount,
                                          QStringLiteral("demo-org"));
    }));
}
} // namespace

TEST_CASE("the core refuses the order when the process is disabled, not granted or the account inactive", "[order]")
{
    TestBackend t;
    const Session operatorSession = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    const Session auditorSession = t.createAccount(QStringLiteral("aud"), {Roles::Auditor});

    auto placed = place(t, operatorSession, 3);
    CHECK(placed.status == Status::Refused);
    CHECK(placed.message.contains(QStringLiteral("not enabled")));

    t.enableProcess(ProcessId::OrderTemporaryCards);
    placed = place(t, auditorSession, 3);
    CHECK(placed.status == Status::Refused);
    CHECK(placed.message.contains(QStringLiteral("do not allow")));

    t.setAccountActive(QStringLiteral("olle"), false);
    placed = place(t, operatorSession, 3);
    CHECK(placed.status == Status::Refused);
    CHECK(placed.message.contains(QStringLiteral("no longer active")));

    CHECK(t.cardCount() == 0);
    CHECK(t.auditCount(QStringLiteral("process.start"), QStringLiteral("refused")) == 3);
}

TEST_CASE("a bad amount through the core API creates nothing and is audited", "[order]")
{
    TestBackend t;
    const Session session = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::OrderTemporaryCards);
    for (const QVariant &amount : {QVariant(0), QVariant(10), QVariant(QStringLiteral("abc")), QVariant()}) {
        const auto placed = place(t, session, amount);
        CHECK(placed.status == Status::Refused);
        CHECK(placed.message.contains(QStringLiteral("1 to 9")));
    }
    CHECK(t.cardCount() == 0);
    CHECK(t.auditCount(QStringLiteral("process.start"), QStringLiteral("refused")) == 4);
    CHECK(t.auditCount(QStringLiteral("card.state")) == 0);
}

TEST_CASE("queue on: Next puts the cards in processing, audited, and nothing is sent", "[order]")
{
    TestBackend t;
    const Session session = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::OrderTemporaryCards);
    const auto placed = place(t, session, 9);
    CHECK(placed.status == Status::Queued);
    CHECK(placed.cardIds.size() == 9);
    CHECK(placed.batchId == 0);
    CHECK(t.cardCount(QStringLiteral("processing")) == 9);
    CHECK(t.auditCount(QStringLiteral("card.state")) == 9);
    CHECK(t.auditCount(QStringLiteral("process.start"), QStringLiteral("success")) == 1);
    CHECK(SqlQuery(t.database().connection(), QStringLiteral("SELECT COUNT(DISTINCT external_id) FROM cards"))
              .scalar()
              .toInt() == 9);
    CHECK(SqlQuery(t.database().connection(), QStringLiteral("SELECT COUNT(*) FROM order_batches")).scalar().toInt() ==
          0);
    CHECK(t.simulator().exchanges().isEmpty());
}

TEST_CASE("queue off: the batch, its key and its exact body are committed with the cards", "[order]")
{
    TestBackend t;
    const Session session = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::OrderTemporaryCards);
    t.setQueueTemporaryCards(false);
    const auto placed = place(t, session, 2);
    REQUIRE(placed.status == Status::ToDispatch);
    REQUIRE(placed.batchId > 0);
    const QSqlDatabase db = t.database().connection();
    SqlQuery batch(db, QStringLiteral("SELECT idempotency_key, request_body, state FROM order_batches WHERE id = ?"));
    batch.bind(placed.batchId).exec();
    REQUIRE(batch.next());
    CHECK(batch.value(0).toString().size() == 36);
    CHECK(batch.value(2).toString() == QStringLiteral("pending"));
    const QJsonArray cards =
        QJsonDocument::fromJson(batch.value(1).toString().toUtf8()).object().value(QStringLiteral("cards")).toArray();
    REQUIRE(cards.size() == 2);
    SqlQuery ids(db, QStringLiteral("SELECT external_id FROM cards WHERE batch_id = ? ORDER BY id"));
    ids.bind(placed.batchId).exec();
    for (const QJsonValue &card : cards) {
        REQUIRE(ids.next());
        CHECK(card.toObject().value(QStringLiteral("externalId")).toString() == ids.value(0).toString());
    }
    CHECK(t.cardCount(QStringLiteral("processing")) == 2);
}

TEST_CASE("the order job reports a queued order in words", "[order]")
{
    TestBackend t;
    const Session session = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::OrderTemporaryCards);
    std::unique_ptr<OrderTemporaryCardsJob> job(t.backend().ordering()->orderTemporaryCards(session, 4));
    bool finished = false;
    int changes = 0;
    QObject::connect(job.get(), &OrderTemporaryCardsJob::finished, [&] { finished = true; });
    QObject::connect(t.backend().cards(), &CardService::changed, [&] { ++changes; });
    job->start();
    CHECK_FALSE(finished); // never from inside start()
    REQUIRE(waitFor([&] { return finished; }));
    CHECK(job->result() == OrderTemporaryCardsJob::Result::Queued);
    CHECK(job->message().contains(QStringLiteral("4 temporary card")));
    CHECK(job->cardIds().size() == 4);
    CHECK(changes == 1);
}

TEST_CASE("a write failing halfway through an order leaves nothing of it behind", "[order]")
{
    TestBackend t;
    const Session session = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::OrderTemporaryCards);
    t.setQueueTemporaryCards(false);
    const int auditBefore =
        SqlQuery(t.database().connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).scalar().toInt();
    // The database refuses the third card, as a full disk or a lost lock would.
    failInsertsAfter(t.database().connection(), QStringLiteral("cards"), 2);
    const auto placed = place(t, session, 5);
    CHECK(placed.status == Status::DatabaseFailed);
    CHECK(placed.message.contains(QStringLiteral("nothing was saved")));
    CHECK(t.cardCount() == 0);
    CHECK(SqlQuery(t.database().connection(), QStringLiteral("SELECT COUNT(*) FROM order_batches")).scalar().toInt() ==
          0);
    CHECK(SqlQuery(t.database().connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).scalar().toInt() ==
          auditBefore);
    CHECK(t.simulator().exchanges().isEmpty());
}
