// SPDX-License-Identifier: Apache-2.0
// With login roles the database hands cards out only through their processes: each attack of a hostile
// client refused next to the process through tempcards succeeding, and two desks racing for one card or one
// person: exactly one wins, the other is told why.
#include "HandOutService.h"
#include "LoginRoles.h"
#include "PeopleQuery.h"
#include "PeopleService.h"

using namespace tempcards;
using namespace tempcards::test;

namespace {

void enableHandOut(TestBackend &t)
{
    for (const ProcessId id : {ProcessId::AssignTemporaryCard, ProcessId::WithdrawTemporaryCard,
                               ProcessId::ExtendTemporaryCard, ProcessId::LockTemporaryCard})
        t.enableProcess(id);
}

void setPasswords(TestBackend &t, const InstallationRoles &roles, const QStringList &names)
{
    for (const QString &name : names)
        SqlQuery::run(
            t.database().connection(),
            QStringLiteral("ALTER ROLE %1%2 PASSWORD '%3'").arg(roles.prefix, name, verifier(TestBackend::kPassword)));
}

} // namespace

TEST_CASE("with login roles the database hands a card out only through a process its person may run",
          "[postgres][accounts][handout]")
{
    InstallationRoles roles;
    TestBackend t;
    if (!TestBackend::onPostgres())
        return;
    const Session olle = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    t.createAccount(QStringLiteral("aud"), {Roles::Auditor});
    enableHandOut(t);
    const qint64 anna = t.createPerson(QStringLiteral("E1"));
    const qint64 bo = t.createPerson(QStringLiteral("E2"));
    const qint64 gone = t.createPerson(QStringLiteral("E0"), false);
    const qint64 shelf1 = t.insertCard(CardState::Unassigned);
    const qint64 shelf2 = t.insertCard(CardState::Unassigned);
    const qint64 shelf3 = t.insertCard(CardState::Unassigned);
    const qint64 held = t.insertCard(CardState::Assigned);
    const qint64 heldToo = t.insertCard(CardState::Assigned);
    const qint64 expired = t.insertCard(CardState::Expired);
    install(t, roles);
    setPasswords(t, roles, {olle.userName, QStringLiteral("ada"), QStringLiteral("aud")});
    const QSqlDatabase owner = t.database().connection();
    const QString p = roles.prefix;

    // The processes through tempcards, as the operator.
    Desk desk(t, roles);
    const LoginResult login = desk.login(olle.userName, TestBackend::kPassword);
    REQUIRE(login.ok);
    HandOutService *handOut = desk.backend->handOut();
    auto result = await(handOut->assign(login.session, shelf1, anna));
    INFO(result.message.toStdString());
    CHECK(result.ok);
    CHECK(await(handOut->extend(login.session, {held})).ok);
    CHECK(await(handOut->withdraw(login.session, expired, WithdrawReason::Lost)).ok);
    CHECK(await(handOut->lock(login.session, {shelf2}, QStringLiteral("damaged"))).ok);
    // An administrator imports cardholders through tempcards.
    Desk adminDesk(t, roles);
    const LoginResult admin = adminDesk.login(QStringLiteral("ada"), TestBackend::kPassword);
    REQUIRE(admin.ok);
    const auto imported =
        await(adminDesk.backend->people()->importFile(admin.session, "employee_id,given_name,surname\nE3,Cleo,New\n",
                                                      QStringLiteral("hr.csv"), PeopleImport::Mode::Partial));
    INFO(imported.message.toStdString());
    CHECK(imported.ok);

    std::unique_ptr<Database> asOlle = openAs(t, p + olle.userName, TestBackend::kPassword);
    std::unique_ptr<Database> asAda = openAs(t, p + QStringLiteral("ada"), TestBackend::kPassword);
    std::unique_ptr<Database> asAuditor = openAs(t, p + QStringLiteral("aud"), TestBackend::kPassword);
    const QString assignTo = QStringLiteral("UPDATE cards SET state = 'assigned', holder_id = %1, assigned_at = "
                                            "'2026-12-01T10:00:00.000Z', valid_until = '2026-12-15T10:00:00.000Z' "
                                            "WHERE id = %2");
    const QList<std::pair<Database *, QString>> attacks{
        // An inactive person, a person at the option's limit, a card changing hands outside the processes.
        {asOlle.get(), assignTo.arg(gone).arg(shelf3)},
        {asOlle.get(), assignTo.arg(anna).arg(shelf3)},
        {asOlle.get(), QStringLiteral("UPDATE cards SET holder_id = %1 WHERE id = %2").arg(bo).arg(heldToo)},
        {asOlle.get(), QStringLiteral("UPDATE cards SET assigned_at = 'x' WHERE id = %1").arg(heldToo)},
        // Validity: only longer, only by Extend; expiry is the batch sync's.
        {asOlle.get(),
         QStringLiteral("UPDATE cards SET valid_until = '2000-01-01T00:00:00.000Z' WHERE id = %1").arg(heldToo)},
        {asOlle.get(),
         QStringLiteral("UPDATE cards SET valid_until = '2099-01-01T00:00:00.000Z' WHERE id = %1").arg(shelf3)},
        {asOlle.get(), QStringLiteral("UPDATE cards SET state = 'expired' WHERE id = %1").arg(heldToo)},
        // Withdraw and Lock with their reasons; a locked card stays locked.
        {asOlle.get(), QStringLiteral("UPDATE cards SET state = 'unassigned', holder_id = NULL, assigned_at = NULL, "
                                      "valid_until = NULL, reason = 'whatever' WHERE id = %1")
                           .arg(heldToo)},
        {asOlle.get(), QStringLiteral("UPDATE cards SET state = 'locked', reason = ' ' WHERE id = %1").arg(shelf3)},
        {asOlle.get(), QStringLiteral("UPDATE cards SET state = 'unassigned' WHERE id = %1").arg(shelf2)},
        // Holdings only with their card's process; never removed.
        {asOlle.get(), QStringLiteral("INSERT INTO card_holdings (card_id, person_id, started_at, started_by) VALUES "
                                      "(%1, %2, 'x', '%3')")
                           .arg(shelf3)
                           .arg(bo)
                           .arg(olle.userName)},
        {asOlle.get(), QStringLiteral("UPDATE card_holdings SET ended_at = 'x', ended_by = '%1' WHERE card_id = %2")
                           .arg(olle.userName)
                           .arg(heldToo)},
        {asOlle.get(), QStringLiteral("DELETE FROM card_holdings")},
        // Cardholders: operators and auditors do not write them; an administrator only in their own name.
        {asOlle.get(), QStringLiteral("UPDATE people SET state = 'active' WHERE id = %1").arg(gone)},
        {asOlle.get(), QStringLiteral("INSERT INTO expiry_reminders (card_id, due_on, person_id, valid_until, "
                                      "days_left, listed_at) VALUES (%1, 'x', %2, 'x', 1, 'x')")
                           .arg(heldToo)
                           .arg(bo)},
        {asAuditor.get(), QStringLiteral("UPDATE people SET surname = 'x'")},
        {asAda.get(),
         QStringLiteral("UPDATE people SET state = 'active', updated_by = 'olle' WHERE id = %1").arg(gone)},
        {asAda.get(),
         QStringLiteral("UPDATE people SET employee_id = 'E99', updated_by = 'ada' WHERE id = %1").arg(bo)},
        {asAda.get(), QStringLiteral("DELETE FROM people")},
        // An administrator runs Assign only when granted it (it is not, by default).
        {asAda.get(), assignTo.arg(bo).arg(shelf3)},
    };
    // (The administrator's import above added E3; Bo is still free for the legitimate edge below.)
    for (const auto &[database, attack] : attacks) {
        const QString message = refused(database->connection(), attack);
        INFO(attack.toStdString() << "\n -> " << message.toStdString());
        CHECK_FALSE(message.isEmpty());
    }
    CHECK(refused(asOlle->connection(), assignTo.arg(anna).arg(shelf3)).contains(QStringLiteral("as many")));
    CHECK(t.cardState(shelf3) == QStringLiteral("unassigned"));
    CHECK(t.cardState(heldToo) == QStringLiteral("assigned"));
    CHECK(t.cardState(shelf2) == QStringLiteral("locked"));
    // The same edge made the right way is accepted from the person's own connection: it is the rules that refuse.
    SqlQuery::run(asOlle->connection(), assignTo.arg(bo).arg(shelf3));
    CHECK(t.cardState(shelf3) == QStringLiteral("assigned"));
    SqlQuery::run(owner, QStringLiteral("UPDATE processes SET enabled = 0 WHERE symbolic_name = 'TempCardsProcLock'"));
    CHECK_FALSE(refused(asOlle->connection(),
                        QStringLiteral("UPDATE cards SET state = 'locked', holder_id = NULL, valid_until = NULL, "
                                       "reason = 'lost' WHERE id = %1")
                            .arg(heldToo))
                    .isEmpty());
    CHECK(t.cardState(heldToo) == QStringLiteral("assigned"));
}

TEST_CASE("two desks assigning one card, or one person two cards, at once: exactly one wins",
          "[postgres][accounts][handout][concurrency]")
{
    InstallationRoles roles;
    TestBackend t;
    if (!TestBackend::onPostgres())
        return;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.createAccount(QStringLiteral("bea"), {Roles::Operator});
    enableHandOut(t);
    QList<qint64> people;
    QList<qint64> cards;
    for (int i = 0; i < 10; ++i) {
        people << t.createPerson(QStringLiteral("R%1").arg(i));
        cards << t.insertCard(CardState::Unassigned) << t.insertCard(CardState::Unassigned);
    }
    install(t, roles);
    setPasswords(t, roles, {QStringLiteral("olle"), QStringLiteral("bea")});
    Desk one(t, roles);
    Desk two(t, roles);
    const LoginResult a = one.login(QStringLiteral("olle"), TestBackend::kPassword);
    const LoginResult b = two.login(QStringLiteral("bea"), TestBackend::kPassword);
    REQUIRE((a.ok && b.ok));
    for (int round = 0; round < 5; ++round) {
        INFO("round " << round);
        // One card, two people.
        const qint64 card = cards.at(4 * round);
        auto first = one.backend->handOut()->assign(a.session, card, people.at(2 * round));
        auto second = two.backend->handOut()->assign(b.session, card, people.at(2 * round + 1));
        const auto r1 = await(first);
        const auto r2 = await(second);
        CHECK(r1.ok != r2.ok);
        CHECK((r1.ok ? r2 : r1).message.contains(QStringLiteral("is assigned")));
        // One person, two cards.
        const qint64 person = people.at(2 * round + 1 - (r1.ok ? 0 : 1));
        auto third = one.backend->handOut()->assign(a.session, cards.at(4 * round + 1), person);
        auto fourth = two.backend->handOut()->assign(b.session, cards.at(4 * round + 2), person);
        const auto r3 = await(third);
        const auto r4 = await(fourth);
        CHECK(r3.ok != r4.ok);
        CHECK((r3.ok ? r4 : r3).message.contains(QStringLiteral("already holds")));
        CHECK(CardHoldings::heldBy(t.database().connection(), person) == 1);
    }
}
