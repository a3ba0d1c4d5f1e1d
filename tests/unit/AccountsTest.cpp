// SPDX-License-Identifier: Apache-2.0
#include "AccountAdministration.h"
#include "AccountService.h"
#include "Sql.h"
#include "TestBackend.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace tempcards;
using namespace tempcards::test;

TEST_CASE("the first administrator can be created once, on an empty database", "[accounts]")
{
    TestBackend t;
    AccountService *accounts = t.backend().accounts();
    CHECK_FALSE(accounts->hasAccounts());
    Outcome outcome = await(accounts->createFirstAdministrator(QStringLiteral("Root.Admin"), QStringLiteral("short"),
                                                               QStringLiteral("short")));
    CHECK_FALSE(outcome.ok);
    CHECK(outcome.message.contains(QStringLiteral("at least 12")));
    outcome = await(accounts->createFirstAdministrator(QStringLiteral("Root.Admin"), TestBackend::kPassword,
                                                       QStringLiteral("different")));
    CHECK_FALSE(outcome.ok);
    CHECK_FALSE(accounts->hasAccounts());

    outcome = await(accounts->createFirstAdministrator(QStringLiteral("Root.Admin"), TestBackend::kPassword,
                                                       TestBackend::kPassword));
    CHECK(outcome.ok);
    CHECK(accounts->hasAccounts());
    outcome = await(
        accounts->createFirstAdministrator(QStringLiteral("second"), TestBackend::kPassword, TestBackend::kPassword));
    CHECK_FALSE(outcome.ok);
    CHECK(outcome.message.contains(QStringLiteral("already exists")));

    const LoginResult login = await(accounts->login(QStringLiteral(" root.admin "), TestBackend::kPassword));
    CHECK(login.ok);
    CHECK(login.session.userName == QStringLiteral("root.admin"));
    CHECK(login.session.roles == QSet<QString>{Roles::Administrator});
    CHECK(login.session.can(Permissions::ManageAccounts));
    CHECK(t.auditCount(QStringLiteral("account.create")) == 1);
}

TEST_CASE("login failures share one message, whatever was wrong, and are audited", "[accounts]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.createAccount(QStringLiteral("gone"), {Roles::Operator});
    t.setAccountActive(QStringLiteral("gone"), false);
    AccountService *accounts = t.backend().accounts();

    const LoginResult wrongPassword =
        await(accounts->login(QStringLiteral("olle"), QStringLiteral("not the password")));
    const LoginResult inactive = await(accounts->login(QStringLiteral("gone"), TestBackend::kPassword));
    const LoginResult unknown = await(accounts->login(QStringLiteral("nobody"), TestBackend::kPassword));
    const LoginResult injection = await(accounts->login(QStringLiteral("' OR '1'='1"), QStringLiteral("' OR '1'='1")));
    for (const LoginResult &result : {wrongPassword, inactive, unknown, injection}) {
        CHECK_FALSE(result.ok);
        CHECK_FALSE(result.session.isValid());
        CHECK(result.message == wrongPassword.message);
    }
    CHECK(wrongPassword.message.contains(QStringLiteral("not active")));
    const LoginResult good = await(accounts->login(QStringLiteral("OLLE"), TestBackend::kPassword));
    CHECK(good.ok);
    CHECK(good.session.can(QStringLiteral("process:TempCardsAddonExtProdProcOrder")));
    CHECK(t.auditCount(QStringLiteral("login"), QStringLiteral("failure")) == 4);
    CHECK(t.auditCount(QStringLiteral("login"), QStringLiteral("success")) == 1);
    CHECK(SqlQuery(t.database().connection(), QStringLiteral("SELECT detail FROM audit_log WHERE actor = 'gone'"))
              .scalar()
              .toString() == QStringLiteral("account not active"));
}

TEST_CASE("only account managers create accounts, with valid names, roles and unique names", "[accounts]")
{
    TestBackend t;
    const Session admin = t.createAccount(QStringLiteral("boss"), {Roles::Administrator});
    const Session operatorSession = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    AccountAdministration *administration = t.backend().administration();
    auto create = [&](const Session &by, const QString &name, const QStringList &roles) {
        return await(administration->createAccount(by, name, TestBackend::kPassword, TestBackend::kPassword, roles));
    };
    CHECK_FALSE(create(operatorSession, QStringLiteral("eve"), {Roles::Administrator}).ok);
    CHECK_FALSE(create(admin, QStringLiteral("anna"), {}).ok);
    CHECK_FALSE(create(admin, QStringLiteral("anna"), {QStringLiteral("superuser")}).ok);
    CHECK_FALSE(create(admin, QStringLiteral("an na"), {Roles::Operator}).ok);
    const Outcome created = create(admin, QStringLiteral("anna"), {Roles::Operator, Roles::Auditor});
    INFO(created.message);
    CHECK(created.ok);
    const Outcome duplicate = create(admin, QStringLiteral("ANNA"), {Roles::Operator});
    CHECK_FALSE(duplicate.ok);
    CHECK(duplicate.message.contains(QStringLiteral("already taken")));
    const QList<AccountRecord> all = await(administration->accounts());
    CHECK(all.size() == 3);
    CHECK(t.session(QStringLiteral("anna")).roles == QSet<QString>{Roles::Operator, Roles::Auditor});
}
