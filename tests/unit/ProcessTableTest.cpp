// SPDX-License-Identifier: Apache-2.0
// Every (state, process) pair through the core: the allowed transitions happen, every other is refused and
// changes nothing.
#include "AbortTemporaryCardOrder.h"
#include "InitializeTemporaryCard.h"
#include "Sql.h"
#include "TestBackend.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace tempcards;
using namespace tempcards::test;

namespace {
const QString kUid = QStringLiteral("04A1B2C3D4E5F6");
} // namespace

TEST_CASE("abort and initialize over every card state", "[process][state]")
{
    TestBackend t;
    const Session session = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::AbortTemporaryCardOrder);
    t.enableProcess(ProcessId::InitializeTemporaryCard);
    Backend &backend = t.backend();

    for (const CardState state : CardStates::all()) {
        const QString name = CardStates::toStorage(state);
        INFO("state " << name);

        const qint64 toAbort = t.insertCard(state, 0, QStringLiteral("gc-a-") + name, kUid);
        const auto aborted = await(backend.ordering()->abortCards(session, {toAbort}));
        REQUIRE(aborted.started);
        REQUIRE(aborted.cards.size() == 1);
        const bool abortAllowed = state == CardState::Processing;
        CHECK(aborted.cards.first().aborted == abortAllowed);
        CHECK(t.cardState(toAbort) == (abortAllowed ? QStringLiteral("aborted") : name));
        if (!abortAllowed)
            CHECK_FALSE(aborted.cards.first().reason.isEmpty());

        const qint64 toInitialize = t.insertCard(state, 0, QStringLiteral("gc-i-") + name, kUid);
        const auto initialized = await(backend.cards()->initialize(session, toInitialize, kUid));
        const bool initializeAllowed = state == CardState::Produced;
        CHECK(initialized.ok == initializeAllowed);
        CHECK(t.cardState(toInitialize) == (initializeAllowed ? QStringLiteral("unassigned") : name));
    }
}

TEST_CASE("abort: a never-sent batch gives its card back, a sent batch keeps it", "[process][abort]")
{
    TestBackend t;
    const Session session = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::AbortTemporaryCardOrder);
    const qint64 a = t.insertCard(CardState::Processing);
    const qint64 b = t.insertCard(CardState::Processing);
    const qint64 c = t.insertCard(CardState::Processing);
    const qint64 pending = t.insertBatch(QStringLiteral("pending"), {a, b});
    t.insertBatch(QStringLiteral("sent"), {c});
    const QString keyBefore =
        SqlQuery(t.database().connection(), QStringLiteral("SELECT idempotency_key FROM order_batches WHERE id = ?"))
            .bind(pending)
            .scalar()
            .toString();

    const auto result = await(t.backend().ordering()->abortCards(session, {a, c}));
    REQUIRE(result.cards.size() == 2);
    CHECK(result.cards.at(0).aborted);
    CHECK_FALSE(result.cards.at(1).aborted);
    CHECK(result.cards.at(1).reason.contains(QStringLiteral("may have accepted it")));
    CHECK(t.cardState(a) == QStringLiteral("aborted"));
    CHECK(t.cardState(c) == QStringLiteral("processing"));
    // The pending batch now holds b only, under a new key (the old one was never sent).
    const QSqlDatabase db = t.database().connection();
    CHECK(SqlQuery(db, QStringLiteral("SELECT batch_id FROM cards WHERE id = ?")).bind(a).scalar().isNull());
    CHECK(SqlQuery(db, QStringLiteral("SELECT idempotency_key FROM order_batches WHERE id = ?"))
              .bind(pending)
              .scalar()
              .toString() != keyBefore);

    // Aborting the last card of a never-sent batch removes the batch.
    CHECK(await(t.backend().ordering()->abortCards(session, {b})).cards.first().aborted);
    CHECK(SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM order_batches WHERE id = ?"))
              .bind(pending)
              .scalar()
              .toInt() == 0);
}

TEST_CASE("the core refuses abort and initialize when disabled or not granted", "[process]")
{
    TestBackend t;
    const Session operatorSession = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    const Session auditor = t.createAccount(QStringLiteral("aud"), {Roles::Auditor});
    const qint64 processing = t.insertCard(CardState::Processing);
    const qint64 produced = t.insertCard(CardState::Produced, 0, QStringLiteral("gc-1"), kUid);
    CHECK_FALSE(await(t.backend().ordering()->abortCards(operatorSession, {processing})).started);
    CHECK_FALSE(await(t.backend().cards()->initialize(operatorSession, produced, kUid)).ok);
    t.enableProcess(ProcessId::AbortTemporaryCardOrder);
    t.enableProcess(ProcessId::InitializeTemporaryCard);
    CHECK_FALSE(await(t.backend().ordering()->abortCards(auditor, {processing})).started);
    CHECK_FALSE(await(t.backend().cards()->initialize(auditor, produced, kUid)).ok);
    CHECK(t.cardState(processing) == QStringLiteral("processing"));
    CHECK(t.cardState(produced) == QStringLiteral("produced"));
    CHECK(t.auditCount(QStringLiteral("process.start"), QStringLiteral("refused")) == 4);
}

TEST_CASE("initialize checks the chip UID against Go Cards' report", "[process][initialize]")
{
    TestBackend t;
    const Session session = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::InitializeTemporaryCard);
    const qint64 card = t.insertCard(CardState::Produced, 0, QStringLiteral("gc-1"), kUid);
    for (const QString &bad : {QString(), QStringLiteral("04A1B2"), QStringLiteral("04A1B2C3D4E5FG"),
                               QStringLiteral("04A1B2C3D4E5F7"), QStringLiteral("'; DELETE FROM cards; --")}) {
        INFO(bad.toStdString());
        const auto result = await(t.backend().cards()->initialize(session, card, bad));
        CHECK_FALSE(result.ok);
        CHECK_FALSE(result.message.isEmpty());
    }
    CHECK(t.cardState(card) == QStringLiteral("produced"));
    const auto result = await(t.backend().cards()->initialize(session, card, QStringLiteral("04:a1:b2:c3:d4:e5:f6")));
    CHECK(result.ok);
    CHECK(t.cardState(card) == QStringLiteral("unassigned"));
    CHECK(SqlQuery(t.database().connection(), QStringLiteral("SELECT chip_uid FROM cards WHERE id = ?"))
              .bind(card)
              .scalar()
              .toString() == kUid);
    // Without a report, any well-formed UID is taken.
    const qint64 unreported = t.insertCard(CardState::Produced, 0, QStringLiteral("gc-2"));
    CHECK(await(t.backend().cards()->initialize(session, unreported, QStringLiteral("04 11 22 33 44 55 66"))).ok);
}

TEST_CASE("the process table says where each process starts, as the card graph allows", "[process]")
{
    CHECK(Processes::newProcesses() == QList<ProcessId>{ProcessId::OrderTemporaryCards});
    CHECK(Processes::startsFromQuickSearch(ProcessId::OrderTemporaryCards));
    CHECK(Processes::startStates(ProcessId::OrderTemporaryCards).isEmpty());
    CHECK_FALSE(Processes::canStartOn(ProcessId::OrderTemporaryCards, {CardState::Processing}));

    CHECK(Processes::startStates(ProcessId::AbortTemporaryCardOrder) == QList<CardState>{CardState::Processing});
    CHECK(Processes::canStartOn(ProcessId::AbortTemporaryCardOrder, {CardState::Processing, CardState::Processing}));
    CHECK_FALSE(Processes::canStartOn(ProcessId::AbortTemporaryCardOrder, {CardState::Processing, CardState::Ordered}));
    CHECK_FALSE(Processes::canStartOn(ProcessId::AbortTemporaryCardOrder, {}));

    CHECK(Processes::startStates(ProcessId::InitializeTemporaryCard) == QList<CardState>{CardState::Produced});
    CHECK(Processes::canStartOn(ProcessId::InitializeTemporaryCard, {CardState::Produced}));
    // A whole delivery at once, as long as every card of it is produced.
    CHECK(Processes::canStartOn(ProcessId::InitializeTemporaryCard, {CardState::Produced, CardState::Produced}));
    CHECK_FALSE(Processes::canStartOn(ProcessId::InitializeTemporaryCard, {CardState::Produced, CardState::Ordered}));
    CHECK_FALSE(Processes::canStartOn(ProcessId::InitializeTemporaryCard, {CardState::Unassigned}));

    // Handing out: Assign and Withdraw take one card, Extend and Lock any number in their states.
    CHECK(Processes::startStates(ProcessId::AssignTemporaryCard) == QList<CardState>{CardState::Unassigned});
    CHECK(Processes::startStates(ProcessId::WithdrawTemporaryCard) ==
          QList<CardState>{CardState::Assigned, CardState::Expired});
    CHECK(Processes::startStates(ProcessId::ExtendTemporaryCard) == QList<CardState>{CardState::Assigned});
    CHECK(Processes::startStates(ProcessId::LockTemporaryCard) ==
          QList<CardState>{CardState::Unassigned, CardState::Assigned});
    CHECK_FALSE(Processes::canStartOn(ProcessId::AssignTemporaryCard, {CardState::Unassigned, CardState::Unassigned}));
    CHECK(Processes::canStartOn(ProcessId::WithdrawTemporaryCard, {CardState::Expired}));
    CHECK_FALSE(Processes::canStartOn(ProcessId::WithdrawTemporaryCard, {CardState::Assigned, CardState::Assigned}));
    CHECK(Processes::canStartOn(ProcessId::ExtendTemporaryCard, {CardState::Assigned, CardState::Assigned}));
    CHECK_FALSE(Processes::canStartOn(ProcessId::ExtendTemporaryCard, {CardState::Expired}));
    CHECK(Processes::canStartOn(ProcessId::LockTemporaryCard, {CardState::Unassigned, CardState::Assigned}));
    CHECK_FALSE(Processes::canStartOn(ProcessId::LockTemporaryCard, {CardState::Locked}));

    CHECK(Processes::statesWithCommands() == QList<CardState>{CardState::Processing, CardState::Produced,
                                                              CardState::Unassigned, CardState::Assigned,
                                                              CardState::Expired});
    CHECK(Processes::commandsOn(CardState::Processing) == QList<ProcessId>{ProcessId::AbortTemporaryCardOrder});
    CHECK(Processes::commandsOn(CardState::Produced) == QList<ProcessId>{ProcessId::InitializeTemporaryCard});
    CHECK(Processes::commandsOn(CardState::Unassigned) ==
          QList<ProcessId>{ProcessId::AssignTemporaryCard, ProcessId::LockTemporaryCard});
    CHECK(Processes::commandsOn(CardState::Assigned) == QList<ProcessId>{ProcessId::WithdrawTemporaryCard,
                                                                         ProcessId::ExtendTemporaryCard,
                                                                         ProcessId::LockTemporaryCard});
    CHECK(Processes::commandsOn(CardState::Expired) == QList<ProcessId>{ProcessId::WithdrawTemporaryCard});
    CHECK(Processes::commandsOn(CardState::Ordered).isEmpty());
    CHECK(Processes::commandsOn(CardState::Locked).isEmpty());
    for (const ProcessId id : Processes::all()) {
        INFO(Processes::symbolicName(id).toStdString());
        CHECK(Processes::fromSymbolicName(Processes::symbolicName(id)) == id);
        CHECK(Processes::startsFromQuickSearch(id) == Processes::startStates(id).isEmpty());
    }
}
