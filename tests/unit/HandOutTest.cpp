// SPDX-License-Identifier: Apache-2.0
// Handing cards out through the core: Assign's rules, Withdraw's reasons, Extend and Lock all or none, the
// holdings and the audit trail, and the batch sync's expiry pass and reminders over simulated days.
#include "CardHoldings.h"
#include "CirculationQuery.h"
#include "HandOutService.h"
#include "PeopleQuery.h"
#include "Sql.h"
#include "TestBackend.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace tempcards;
using namespace tempcards::test;

namespace {

TestBackend::Options withFakeClock()
{
    TestBackend::Options options;
    options.fakeClock = true;
    return options;
}

struct Desk
{
    explicit Desk(TestBackend &t) : t(t), handOut(t.backend().handOut())
    {
        for (const ProcessId id : {ProcessId::AssignTemporaryCard, ProcessId::WithdrawTemporaryCard,
                                   ProcessId::ExtendTemporaryCard, ProcessId::LockTemporaryCard})
            t.enableProcess(id);
        op = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    }
    CardHandOut::Result assign(qint64 card, qint64 person) { return await(handOut->assign(op, card, person)); }
    CardRow card(qint64 id) { return *CardQuery::byId(t.database().connection(), id); }

    TestBackend &t;
    HandOutService *handOut;
    Session op;
};

} // namespace

TEST_CASE("assign hands an unassigned card to an active person for the validity option's days", "[handout][assign]")
{
    TestBackend t(withFakeClock());
    Desk desk(t);
    const qint64 card = t.insertCard(CardState::Unassigned);
    const qint64 anna = t.createPerson(QStringLiteral("E1"), true, QStringLiteral("Anna"), QStringLiteral("Svensson"));
    const auto result = desk.assign(card, anna);
    REQUIRE(result.ok);
    CHECK(result.message.contains(QStringLiteral("Anna Svensson (E1)")));
    const CardRow row = desk.card(card);
    CHECK(row.state == CardState::Assigned);
    CHECK(row.holderId == anna);
    CHECK(row.assignedAt == t.fakeClock().nowUtc());
    CHECK(row.validUntil == t.fakeClock().nowUtc().addDays(14));
    const QList<Holding> holdings = CardHoldings::ofCard(t.database().connection(), card, 10);
    REQUIRE(holdings.size() == 1);
    CHECK(holdings.first().personId == anna);
    CHECK_FALSE(holdings.first().ended.isValid());
    CHECK(t.auditCount(QStringLiteral("card.state")) == 1);
    const QString detail =
        SqlQuery(t.database().connection(),
                 QStringLiteral("SELECT detail FROM audit_log WHERE action = 'process.start' AND outcome = 'success'"))
            .scalar()
            .toString();
    CHECK(detail.contains(QStringLiteral("card:%1 person:E1").arg(card)));

    // The option says how long.
    t.setOption(QStringLiteral("TempCardsValidityDays"), 30);
    const qint64 second = t.insertCard(CardState::Unassigned);
    const qint64 bo = t.createPerson(QStringLiteral("E2"));
    REQUIRE(desk.assign(second, bo).ok);
    CHECK(desk.card(second).validUntil == t.fakeClock().nowUtc().addDays(30));
}

TEST_CASE("assign refuses an inactive person, a second card by default, and a card not unassigned", "[handout][assign]")
{
    TestBackend t;
    Desk desk(t);
    const qint64 gone = t.createPerson(QStringLiteral("E0"), false);
    const qint64 anna = t.createPerson(QStringLiteral("E1"));
    const qint64 a = t.insertCard(CardState::Unassigned);
    const qint64 b = t.insertCard(CardState::Unassigned);

    auto result = desk.assign(a, gone);
    CHECK_FALSE(result.ok);
    CHECK(result.message.contains(QStringLiteral("inactive")));
    CHECK(desk.card(a).state == CardState::Unassigned);

    REQUIRE(desk.assign(a, anna).ok);
    result = desk.assign(b, anna);
    CHECK_FALSE(result.ok);
    CHECK(result.message.contains(QStringLiteral("already holds")));
    CHECK(desk.card(b).state == CardState::Unassigned);
    result = desk.assign(a, t.createPerson(QStringLiteral("E2")));
    CHECK_FALSE(result.ok);
    CHECK(result.message.contains(QStringLiteral("is assigned")));
    CHECK_FALSE(desk.assign(b, 999999).ok);
    CHECK_FALSE(desk.assign(999999, anna).ok);
    CHECK(t.auditCount(QStringLiteral("process.start"), QStringLiteral("refused")) == 5);

    // An expired card not returned still counts; the option allows more.
    t.setOption(QStringLiteral("maxActiveCardsPerPerson"), 2);
    REQUIRE(desk.assign(b, anna).ok);
    CHECK(CardHoldings::heldBy(t.database().connection(), anna) == 2);
}

TEST_CASE("withdraw takes an assigned or expired card back with its reason, and the holding ends",
          "[handout][withdraw]")
{
    TestBackend t;
    Desk desk(t);
    const qint64 anna = t.createPerson(QStringLiteral("E1"));
    const qint64 card = t.insertCard(CardState::Unassigned);
    REQUIRE(desk.assign(card, anna).ok);
    auto result = await(desk.handOut->withdraw(desk.op, card, WithdrawReason::Lost));
    REQUIRE(result.ok);
    CardRow row = desk.card(card);
    CHECK(row.state == CardState::Unassigned);
    CHECK(row.holderId == 0);
    CHECK_FALSE(row.validUntil.isValid());
    CHECK(row.reason == QStringLiteral("lost"));
    QList<Holding> holdings = CardHoldings::ofPerson(t.database().connection(), anna, 10);
    REQUIRE(holdings.size() == 1);
    CHECK(holdings.first().ended.isValid());
    CHECK(holdings.first().endReason == QStringLiteral("lost"));
    CHECK(CardHoldings::heldBy(t.database().connection(), anna) == 0);

    // Handed out again, and back from expired with the other reason.
    const qint64 expired = t.insertCard(CardState::Expired);
    result = await(desk.handOut->withdraw(desk.op, expired, WithdrawReason::NoUsage));
    REQUIRE(result.ok);
    CHECK(desk.card(expired).reason == QStringLiteral("no_usage"));
    CHECK_FALSE(await(desk.handOut->withdraw(desk.op, card, WithdrawReason::Lost)).ok); // unassigned already
}

TEST_CASE("extend moves valid-until on, lock is final, and both are all or none", "[handout][extend][lock]")
{
    TestBackend t;
    Desk desk(t);
    const qint64 a = t.insertCard(CardState::Assigned);
    const qint64 b = t.insertCard(CardState::Assigned);
    const qint64 shelf = t.insertCard(CardState::Unassigned);
    const QDateTime before = desk.card(a).validUntil;
    REQUIRE(await(desk.handOut->extend(desk.op, {a, b})).ok);
    CHECK(desk.card(a).validUntil == before.addDays(14));
    CHECK(t.auditCount(QStringLiteral("card.validity")) == 2);

    // One card that may not be extended refuses them all.
    const QDateTime extended = desk.card(a).validUntil;
    CHECK_FALSE(await(desk.handOut->extend(desk.op, {a, shelf})).ok);
    CHECK(desk.card(a).validUntil == extended);

    CHECK_FALSE(await(desk.handOut->lock(desk.op, {a}, QStringLiteral("  "))).ok);
    CHECK_FALSE(await(desk.handOut->lock(desk.op, {a}, QStringLiteral("bad\u202Ereason"))).ok);
    const qint64 aborted = t.insertCard(CardState::Aborted);
    CHECK_FALSE(await(desk.handOut->lock(desk.op, {a, aborted}, QStringLiteral("damaged"))).ok);
    CHECK(desk.card(a).state == CardState::Assigned);
    REQUIRE(await(desk.handOut->lock(desk.op, {a, shelf}, QStringLiteral("damaged"))).ok);
    CHECK(desk.card(a).state == CardState::Locked);
    CHECK(desk.card(a).reason == QStringLiteral("damaged"));
    CHECK(desk.card(a).holderId == 0);
    CHECK(desk.card(shelf).state == CardState::Locked);
    CHECK(CardHoldings::ofCard(t.database().connection(), a, 1).first().endReason == QStringLiteral("locked: damaged"));
    // Final: nothing moves a locked card.
    CHECK_FALSE(await(desk.handOut->withdraw(desk.op, a, WithdrawReason::Lost)).ok);
    CHECK_FALSE(desk.assign(shelf, t.createPerson(QStringLiteral("E9"))).ok);
}

TEST_CASE("the batch sync expires cards past their validity once, and lists the reminders the options name",
          "[handout][expiry][sync]")
{
    TestBackend t(withFakeClock());
    Desk desk(t);
    // Reminders 7 and 3 days before, then every day: for a card valid 10 days from now, due on days 3, 7, 8,
    // 9 and 10 (the last the day it runs out).
    const qint64 card = t.insertCard(CardState::Unassigned);
    REQUIRE(desk.assign(card, t.createPerson(QStringLiteral("E1"))).ok);
    t.setOption(QStringLiteral("TempCardsValidityDays"), 10);
    const qint64 other = t.insertCard(CardState::Unassigned);
    REQUIRE(desk.assign(other, t.createPerson(QStringLiteral("E2"))).ok);
    // The first card is valid 14 days, the second 10.
    QList<int> dueDays;
    int expiredOn = -1;
    for (int day = 0; day <= 16; ++day) {
        const BatchSyncJob::Report report = t.runSync();
        INFO("day " << day);
        CHECK(report.expiryProblem.isEmpty());
        const int listed =
            SqlQuery(t.database().connection(),
                     QStringLiteral("SELECT COUNT(*) FROM expiry_reminders WHERE card_id = ? AND due_on = ?"))
                .bind(other)
                .bind(t.fakeClock().nowUtc().date().toString(Qt::ISODate))
                .scalar()
                .toInt();
        if (listed > 0)
            dueDays << day;
        // A second run the same day lists nothing again and expires nothing again.
        const BatchSyncJob::Report again = t.runSync();
        CHECK(again.remindersListed == 0);
        CHECK(again.cardsExpired == 0);
        if (desk.card(other).state == CardState::Expired && expiredOn < 0)
            expiredOn = day;
        t.fakeClock().advance(24 * 3600);
    }
    CHECK(dueDays == QList<int>{3, 7, 8, 9});
    CHECK(expiredOn == 10);
    CHECK(desk.card(card).state == CardState::Expired);
    CHECK(t.auditCount(QStringLiteral("card.state")) == 4); // two assigned, two expired: each exactly once
    const int byBatchSync = SqlQuery(t.database().connection(),
                                     QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'card.state' AND "
                                                    "actor = 'batch-sync' AND after_value = 'expired'"))
                                .scalar()
                                .toInt();
    CHECK(byBatchSync == 2);
    // Expired and not returned, with its holder.
    const auto rows = CirculationQuery::rows(t.database().connection(), CirculationView::ExpiredNotReturned,
                                             t.fakeClock().nowUtc(), 10);
    CHECK(rows.size() == 2);
}

TEST_CASE("a reminder listed today is no longer due once the card is extended or handed to someone else",
          "[handout][expiry][views]")
{
    TestBackend t(withFakeClock());
    Desk desk(t);
    t.setOption(QStringLiteral("TempCardsValidityDays"), 7); // due at once: seven days left
    const qint64 extended = t.insertCard(CardState::Unassigned);
    const qint64 returned = t.insertCard(CardState::Unassigned);
    const qint64 kept = t.insertCard(CardState::Unassigned);
    REQUIRE(desk.assign(extended, t.createPerson(QStringLiteral("E1"))).ok);
    REQUIRE(desk.assign(returned, t.createPerson(QStringLiteral("E2"))).ok);
    REQUIRE(desk.assign(kept, t.createPerson(QStringLiteral("E3"))).ok);
    REQUIRE(t.runSync().remindersListed == 3);
    const auto due = [&] {
        QList<qint64> ids;
        for (const CirculationRow &row : await(desk.handOut->view(CirculationView::DueReminders, 10)).rows)
            ids << row.card.id;
        return ids;
    };
    CHECK(due() == QList<qint64>{extended, returned, kept});

    REQUIRE(await(desk.handOut->extend(desk.op, {extended})).ok);
    REQUIRE(await(desk.handOut->withdraw(desk.op, returned, WithdrawReason::NoUsage)).ok);
    REQUIRE(desk.assign(returned, t.createPerson(QStringLiteral("E4"))).ok);
    CHECK(due() == QList<qint64>{kept});
    CHECK(await(desk.handOut->view(CirculationView::DueReminders, 10)).total == 1);
}

TEST_CASE("the views say what is out, with whom, and what is left on the shelf", "[handout][views]")
{
    TestBackend t;
    Desk desk(t);
    const qint64 anna = t.createPerson(QStringLiteral("E1"), true, QStringLiteral("Anna"), QStringLiteral("=cmd"));
    const qint64 soon = t.insertCard(CardState::Assigned); // valid 4 more days
    const qint64 later = t.insertCard(CardState::Unassigned);
    REQUIRE(desk.assign(later, anna).ok); // valid 14 days
    const qint64 expired = t.insertCard(CardState::Expired);
    const qint64 locked = t.insertCard(CardState::Unassigned);
    REQUIRE(await(desk.handOut->lock(desk.op, {locked}, QStringLiteral("damaged, at the desk"))).ok);
    t.insertCard(CardState::Unassigned);
    t.insertCard(CardState::Produced);
    t.insertCard(CardState::Processing);
    t.insertCard(CardState::Failed);

    const auto ids = [&](CirculationView view) {
        QList<qint64> list;
        for (const CirculationRow &row : await(desk.handOut->view(view, 100)).rows)
            list << row.card.id;
        return list;
    };
    CHECK(ids(CirculationView::InCirculation) == QList<qint64>{soon, later});
    CHECK(ids(CirculationView::ExpiringSoon) == QList<qint64>{soon});
    CHECK(ids(CirculationView::ExpiredNotReturned) == QList<qint64>{expired});
    CHECK(ids(CirculationView::Locked) == QList<qint64>{locked});
    CHECK(ids(CirculationView::NeedingAttention).isEmpty());
    const auto circulation = await(desk.handOut->view(CirculationView::InCirculation, 1));
    CHECK(circulation.rows.size() == 1);
    CHECK(circulation.total == 2);
    CHECK(circulation.rows.first().holder.id > 0);

    // Anna leaves: her card needs attention.
    t.setPersonActive(QStringLiteral("E1"), false);
    CHECK(ids(CirculationView::NeedingAttention) == QList<qint64>{later});

    // The stock: one on the shelf, two on the way; a threshold of 8 proposes five more.
    const auto level = await(desk.handOut->stock());
    CHECK(level.stock.unassigned == 1);
    CHECK(level.stock.onTheWay == 2);
    CHECK_FALSE(level.low());
    CHECK(level.stock.shortfall(8) == 5);
    CHECK(level.stock.shortfall(30) == 9);
    t.setOption(QStringLiteral("lowStockThreshold"), 8);
    CHECK(await(desk.handOut->stock()).low());

    // The export: every row, a formula in a name kept as text, and audited.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    const Outcome exported = await(desk.handOut->exportCsv(desk.op, CirculationView::InCirculation, path));
    REQUIRE(exported.ok);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    CHECK(lines.first().startsWith("card,state,employee_id"));
    CHECK(lines.size() == 4); // header, two rows, and the last line's end
    CHECK(lines.at(2).contains(",'=cmd,"));
    CHECK(t.auditCount(QStringLiteral("cards.export")) == 1);
    const Outcome locks = await(desk.handOut->exportCsv(desk.op, CirculationView::Locked, path));
    REQUIRE(locks.ok);
    QFile again(path);
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK(again.readAll().contains("\"damaged, at the desk\""));

    // When the trail refuses the record, no file is left behind, and the message says why.
    const QSqlDatabase db = t.database().connection();
    failInsertsAfter(db, QStringLiteral("audit_log"),
                     SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).scalar().toInt());
    const QString unrecorded = dir.filePath(QStringLiteral("unrecorded.csv"));
    const Outcome refused = await(desk.handOut->exportCsv(desk.op, CirculationView::InCirculation, unrecorded));
    CHECK_FALSE(refused.ok);
    CHECK(refused.message.contains(QStringLiteral("audit trail")));
    CHECK_FALSE(QFile::exists(unrecorded));
    CHECK(t.auditCount(QStringLiteral("cards.export")) == 2);
}
