// SPDX-License-Identifier: Apache-2.0
// Role x process x state: every cell started through the core, with the default grants and after an
// administrator changed them. A start happens only when the role holds the grant, the process is enabled
// and the card is in the state the process starts from.
#include "AbortTemporaryCardOrder.h"
#include "HandOutService.h"
#include "InitializeTemporaryCard.h"
#include "OrderTemporaryCardsJob.h"
#include "SettingsService.h"
#include "TestBackend.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace tempcards;
using namespace tempcards::test;

namespace {

const QString kUid = QStringLiteral("04A1B2C3D4E5F6");

bool orderStarts(TestBackend &t, const Session &session)
{
    std::unique_ptr<OrderTemporaryCardsJob> job(t.backend().ordering()->orderTemporaryCards(session, 1));
    bool finished = false;
    QObject::connect(job.get(), &OrderTemporaryCardsJob::finished, [&] { finished = true; });
    job->start();
    REQUIRE(waitFor([&] { return finished; }));
    return job->result() == OrderTemporaryCardsJob::Result::Queued;
}

// Runs every cell; returns how many were checked.
int checkMatrix(TestBackend &t, const QMap<QString, Session> &sessions, const ProcessGrants &grants)
{
    int cells = 0;
    for (auto role = sessions.cbegin(); role != sessions.cend(); ++role) {
        const Session &session = role.value();
        INFO("role " << role.key().toStdString());
        CHECK(orderStarts(t, session) == grants.value(ProcessId::OrderTemporaryCards).contains(role.key()));
        ++cells;
        for (const CardState state : CardStates::all()) {
            INFO("state " << CardStates::toStorage(state).toStdString());
            const qint64 abortCard = t.insertCard(state, 0, {}, kUid);
            const auto aborted = await(t.backend().ordering()->abortCards(session, {abortCard}));
            const bool abortAllowed =
                grants.value(ProcessId::AbortTemporaryCardOrder).contains(role.key()) && state == CardState::Processing;
            CHECK((aborted.started && aborted.cards.value(0).aborted) == abortAllowed);
            ++cells;
            const qint64 initCard = t.insertCard(state, 0, {}, kUid);
            const bool initAllowed =
                grants.value(ProcessId::InitializeTemporaryCard).contains(role.key()) && state == CardState::Produced;
            CHECK(await(t.backend().cards()->initialize(session, initCard, kUid)).ok == initAllowed);
            ++cells;
            // Handing out: each process on a card of its own in this state.
            HandOutService *handOut = t.backend().handOut();
            const auto allowed = [&](ProcessId id) {
                return grants.value(id).contains(role.key()) && Processes::startStates(id).contains(state);
            };
            const qint64 assignCard = t.insertCard(state);
            const qint64 person = t.createPerson(QStringLiteral("p-%1-%2").arg(role.key()).arg(assignCard));
            CHECK(await(handOut->assign(session, assignCard, person)).ok == allowed(ProcessId::AssignTemporaryCard));
            const qint64 withdrawCard = t.insertCard(state);
            CHECK(await(handOut->withdraw(session, withdrawCard, WithdrawReason::NoUsage)).ok ==
                  allowed(ProcessId::WithdrawTemporaryCard));
            const qint64 extendCard = t.insertCard(state);
            CHECK(await(handOut->extend(session, {extendCard})).ok == allowed(ProcessId::ExtendTemporaryCard));
            const qint64 lockCard = t.insertCard(state);
            CHECK(await(handOut->lock(session, {lockCard}, QStringLiteral("damaged"))).ok ==
                  allowed(ProcessId::LockTemporaryCard));
            cells += 4;
        }
    }
    return cells;
}

} // namespace

TEST_CASE("every role x process x state cell is decided by the core", "[permissions][matrix]")
{
    TestBackend t;
    const QMap<QString, Session> sessions{
        {Roles::Operator, t.createAccount(QStringLiteral("op"), {Roles::Operator})},
        {Roles::Administrator, t.createAccount(QStringLiteral("ad"), {Roles::Administrator})},
        {Roles::Auditor, t.createAccount(QStringLiteral("au"), {Roles::Auditor})}};
    for (const ProcessId id : Processes::all())
        t.enableProcess(id);
    SettingsService *settings = t.backend().settings();
    const ProcessGrants defaults = settings->load().grants;
    // Least privilege out of the box: only operators start card processes.
    for (const ProcessId id : Processes::all())
        CHECK(defaults.value(id) == QSet<QString>{Roles::Operator});
    const int cells = checkMatrix(t, sessions, defaults);
    CHECK(cells == 3 * (1 + 6 * CardStates::all().size()));

    // An administrator grants Initialize to auditors and takes Abort away from operators.
    ProcessGrants changed = defaults;
    changed[ProcessId::InitializeTemporaryCard].insert(Roles::Auditor);
    changed[ProcessId::AbortTemporaryCardOrder].remove(Roles::Operator);
    changed[ProcessId::LockTemporaryCard].insert(Roles::Administrator);
    changed[ProcessId::WithdrawTemporaryCard].remove(Roles::Operator);
    const TempCardSettings current = settings->load();
    REQUIRE(await(settings->save(sessions.value(Roles::Administrator), current.enabled, current.optionsScript, changed))
                .ok);
    CHECK(settings->load().grants == changed);
    CHECK(t.auditCount(QStringLiteral("settings.change")) == 7 + 4); // seven processes enabled, four grants
    checkMatrix(t, sessions, changed);
    // Only an administrator changes grants.
    CHECK_FALSE(
        await(settings->save(sessions.value(Roles::Operator), current.enabled, current.optionsScript, defaults)).ok);
}
