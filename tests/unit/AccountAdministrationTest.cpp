// SPDX-License-Identifier: Apache-2.0
#include "AccountAdministration.h"
#include "AccountService.h"
#include "OrderTemporaryCardsJob.h"
#include "Sql.h"
#include "TempCardOptions.h"
#include "TestBackend.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace tempcards;
using namespace tempcards::test;

namespace {
const QString kNewPassword = QStringLiteral("another good password");

qint64 idOf(TestBackend &t, const QString &name)
{
    return t.session(name).accountId;
}
} // namespace

TEST_CASE("administrators deactivate, reactivate and change roles, within the rules", "[accounts][admin]")
{
    TestBackend t;
    const Session ada = t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    const Session olle = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    AccountAdministration *admin = t.backend().administration();

    // The only administrator can neither be deactivated nor demoted, and cannot change her own roles.
    CHECK_FALSE(await(admin->setActive(ada, ada.accountId, false)).ok);
    Outcome outcome = await(admin->setRoles(ada, ada.accountId, {Roles::Operator}));
    CHECK_FALSE(outcome.ok);
    CHECK(outcome.message.contains(QStringLiteral("your own roles")));
    // An operator may do none of it.
    outcome = await(admin->setActive(olle, ada.accountId, false));
    CHECK_FALSE(outcome.ok);
    CHECK(outcome.message.contains(QStringLiteral("do not allow")));

    // A second administrator: now ada may be demoted, by bob, but bob then is the last one.
    CHECK(await(admin->setRoles(ada, idOf(t, QStringLiteral("olle")), {Roles::Operator, Roles::Administrator})).ok);
    const Session bob = t.session(QStringLiteral("olle"));
    CHECK(await(admin->setRoles(bob, ada.accountId, {Roles::Auditor})).ok);
    CHECK(t.session(QStringLiteral("ada")).roles == QSet<QString>{Roles::Auditor});
    outcome = await(admin->setActive(t.session(QStringLiteral("ada")), bob.accountId, false));
    CHECK_FALSE(outcome.ok); // ada is no administrator any more
    CHECK(await(admin->setRoles(bob, ada.accountId, {Roles::Administrator})).ok);
    const Session adaAgain = t.session(QStringLiteral("ada"));
    CHECK(await(admin->setActive(adaAgain, bob.accountId, false)).ok);
    CHECK_FALSE(AccountStore::findById(t.database().connection(), bob.accountId)->active);
    outcome = await(admin->setActive(adaAgain, adaAgain.accountId, false));
    CHECK_FALSE(outcome.ok);
    CHECK(await(admin->setActive(adaAgain, bob.accountId, true)).ok);
    CHECK(t.auditCount(QStringLiteral("account.roles")) == 3);
    CHECK(t.auditCount(QStringLiteral("account.deactivate")) == 1);
    CHECK(t.auditCount(QStringLiteral("account.reactivate")) == 1);
}

TEST_CASE("a reset password must be changed before the account may work", "[accounts][admin]")
{
    TestBackend t;
    const Session ada = t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::OrderTemporaryCards);
    AccountAdministration *admin = t.backend().administration();
    AccountService *accounts = t.backend().accounts();
    REQUIRE(await(admin->resetPassword(ada, idOf(t, QStringLiteral("olle")), kNewPassword, kNewPassword)).ok);

    CHECK_FALSE(await(accounts->login(QStringLiteral("olle"), TestBackend::kPassword)).ok);
    const LoginResult login = await(accounts->login(QStringLiteral("olle"), kNewPassword));
    REQUIRE(login.ok);
    CHECK(login.mustChangePassword);
    // Until then the core refuses work.
    std::unique_ptr<OrderTemporaryCardsJob> job(t.backend().ordering()->orderTemporaryCards(login.session, 1));
    bool finished = false;
    QObject::connect(job.get(), &OrderTemporaryCardsJob::finished, [&] { finished = true; });
    job->start();
    REQUIRE(waitFor([&] { return finished; }));
    CHECK(job->result() == OrderTemporaryCardsJob::Result::Refused);
    CHECK(job->message().contains(QStringLiteral("new password first")));

    CHECK_FALSE(
        await(accounts->changePassword(login.session, QStringLiteral("not it at all"),
                                       QStringLiteral("a third password!"), QStringLiteral("a third password!")))
            .ok);
    CHECK_FALSE(
        await(accounts->changePassword(login.session, kNewPassword, kNewPassword, kNewPassword)).ok); // the same again
    CHECK(await(accounts->changePassword(login.session, kNewPassword, QStringLiteral("a third password!"),
                                         QStringLiteral("a third password!")))
              .ok);
    const LoginResult after = await(accounts->login(QStringLiteral("olle"), QStringLiteral("a third password!")));
    CHECK(after.ok);
    CHECK_FALSE(after.mustChangePassword);
    CHECK(t.auditCount(QStringLiteral("account.password"), QStringLiteral("success")) == 2);
    CHECK(t.auditCount(QStringLiteral("account.password"), QStringLiteral("failure")) == 1);
}

TEST_CASE("five wrong passwords lock an account for fifteen minutes, whatever the password then", "[accounts][lockout]")
{
    TestBackend::Options options;
    options.fakeClock = true;
    TestBackend t(options);
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    AccountService *accounts = t.backend().accounts();
    const QString locked = await(accounts->login(QStringLiteral("olle"), QStringLiteral("wrong 1 wrong 1"))).message;
    for (int i = 2; i <= 5; ++i)
        CHECK_FALSE(await(accounts->login(QStringLiteral("olle"), QStringLiteral("wrong %1 wrong %1").arg(i))).ok);
    CHECK(t.auditCount(QStringLiteral("account.lock")) == 1);

    // Locked: the right password is refused too, with the same words an unknown user gets.
    LoginResult result = await(accounts->login(QStringLiteral("olle"), TestBackend::kPassword));
    CHECK_FALSE(result.ok);
    CHECK(result.message == locked);
    CHECK(await(accounts->login(QStringLiteral("nobody"), TestBackend::kPassword)).message == locked);
    t.fakeClock().advance(14 * 60);
    CHECK_FALSE(await(accounts->login(QStringLiteral("olle"), TestBackend::kPassword)).ok);

    // After fifteen minutes the lock ends, audited, and the right password works.
    t.fakeClock().advance(61);
    result = await(accounts->login(QStringLiteral("olle"), TestBackend::kPassword));
    CHECK(result.ok);
    CHECK(t.auditCount(QStringLiteral("account.unlock")) == 1);
    // The count started again: four wrong ones do not lock.
    for (int i = 0; i < 4; ++i)
        await(accounts->login(QStringLiteral("olle"), QStringLiteral("wrong again!!")));
    CHECK(await(accounts->login(QStringLiteral("olle"), TestBackend::kPassword)).ok);
    CHECK(t.auditCount(QStringLiteral("account.lock")) == 1);
}

TEST_CASE("the lockout numbers come from the options script, and a reset lifts a lock", "[accounts][lockout]")
{
    TestBackend::Options options;
    options.fakeClock = true;
    TestBackend t(options);
    const Session ada = t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.setOption(TempCardOptions::LockoutThreshold, 2);
    t.setOption(TempCardOptions::LockoutMinutes, 1);
    AccountService *accounts = t.backend().accounts();
    await(accounts->login(QStringLiteral("olle"), QStringLiteral("wrong wrong wrong")));
    await(accounts->login(QStringLiteral("olle"), QStringLiteral("wrong wrong wrong")));
    CHECK_FALSE(await(accounts->login(QStringLiteral("olle"), TestBackend::kPassword)).ok);
    REQUIRE(await(t.backend().administration()->resetPassword(ada, idOf(t, QStringLiteral("olle")), kNewPassword,
                                                              kNewPassword))
                .ok);
    CHECK(await(accounts->login(QStringLiteral("olle"), kNewPassword)).ok);
}
