// SPDX-License-Identifier: Apache-2.0
// An administrator's account work and the forced password change, clicked through with real widgets.
#include "AccountAdministration.h"
#include "AccountService.h"
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "SettingsService.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>

using namespace tempcards;
using namespace tempcards::test;

namespace {

QString stateOf(QTableWidget *table, const QString &userName)
{
    const auto items = table->findItems(userName, Qt::MatchExactly);
    return items.isEmpty() ? QString() : table->item(items.first()->row(), 2)->text();
}

} // namespace

TEST_CASE("an administrator deactivates, reactivates, resets a password and changes roles", "[gui][accounts]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("ada"));
    QDialog *settings = openSettingsAt(window, QStringLiteral("Accounts"));
    auto *table = child<QTableWidget>(settings, QStringLiteral("accountsTableWidget"));
    auto *message = child<QLabel>(settings, QStringLiteral("accountsMessageLabel"));

    // Not herself.
    selectAccount(table, QStringLiteral("ada"));
    click(child<QAbstractButton>(settings, QStringLiteral("deactivatePushButton")));
    REQUIRE(waitFor([&] { return message->text().contains(QStringLiteral("your own account")); }));

    selectAccount(table, QStringLiteral("olle"));
    click(child<QAbstractButton>(settings, QStringLiteral("deactivatePushButton")));
    REQUIRE(waitFor([&] { return stateOf(table, QStringLiteral("olle")) == QStringLiteral("inactive"); }));
    auto *reactivate = child<QAbstractButton>(settings, QStringLiteral("reactivatePushButton"));
    REQUIRE(waitFor([&] { return reactivate->isEnabled(); }));
    click(reactivate);
    REQUIRE(waitFor([&] { return stateOf(table, QStringLiteral("olle")) == QStringLiteral("active"); }));

    click(child<QAbstractButton>(settings, QStringLiteral("resetPasswordPushButton")));
    auto *reset = waitForVisible<QDialog>(QStringLiteral("resetPasswordDialog"));
    typeInto(child<QLineEdit>(reset, QStringLiteral("passwordLineEdit")), QStringLiteral("temporary password 1"));
    typeInto(child<QLineEdit>(reset, QStringLiteral("repeatPasswordLineEdit")), QStringLiteral("temporary password 1"));
    click(child<QAbstractButton>(reset, QStringLiteral("resetPushButton")));
    REQUIRE(waitFor([&] {
        return stateOf(table, QStringLiteral("olle")) == QStringLiteral("active, must choose a new password");
    }));

    selectAccount(table, QStringLiteral("olle"));
    click(child<QAbstractButton>(settings, QStringLiteral("editRolesPushButton")));
    auto *roles = waitForVisible<QDialog>(QStringLiteral("editRolesDialog"));
    click(child<QCheckBox>(roles, QStringLiteral("auditorCheckBox")));
    click(child<QAbstractButton>(roles, QStringLiteral("saveRolesPushButton")));
    REQUIRE(waitFor([&] {
        return table->item(table->findItems(QStringLiteral("olle"), Qt::MatchExactly).first()->row(), 1)->text() ==
               QStringLiteral("Auditor, Operator");
    }));
    CHECK(message->text() == QStringLiteral("The roles of \"olle\" were changed."));
}

TEST_CASE("a person whose password was reset chooses a new one before the main window opens", "[gui][accounts]")
{
    TestBackend t;
    const Session ada = t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    REQUIRE(await(t.backend().administration()->resetPassword(ada, t.session(QStringLiteral("olle")).accountId,
                                                              QStringLiteral("temporary password 1"),
                                                              QStringLiteral("temporary password 1")))
                .ok);
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    submitLogin(QStringLiteral("olle"), QStringLiteral("temporary password 1"));
    auto *change = waitForVisible<QDialog>(QStringLiteral("changePasswordDialog"));
    CHECK_FALSE(child<QLineEdit>(change, QStringLiteral("currentPasswordLineEdit"))->isVisible());
    CHECK_FALSE(findVisible(QStringLiteral("mainWindow")));
    typeInto(child<QLineEdit>(change, QStringLiteral("passwordLineEdit")), QStringLiteral("my own password 22"));
    typeInto(child<QLineEdit>(change, QStringLiteral("repeatPasswordLineEdit")), QStringLiteral("my own password 22"));
    click(child<QAbstractButton>(change, QStringLiteral("changePushButton")));
    waitForVisible<MainWindow>(QStringLiteral("mainWindow"));
    CHECK(await(t.backend().accounts()->login(QStringLiteral("olle"), QStringLiteral("my own password 22"))).ok);
}

TEST_CASE("five wrong passwords lock the account, with the same words as any failure", "[gui][lockout]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    auto *login = waitForVisible<QDialog>(QStringLiteral("loginDialog"));
    auto *message = child<QLabel>(login, QStringLiteral("messageLabel"));
    for (int i = 0; i < 5; ++i) {
        submitLogin(QStringLiteral("olle"), QStringLiteral("not my password"));
        REQUIRE(waitFor([&] { return message->text().contains(QStringLiteral("wrong")); }));
        message->clear();
    }
    submitLogin(QStringLiteral("olle"), TestBackend::kPassword);
    REQUIRE(waitFor([&] { return message->text().contains(QStringLiteral("locked for a while")); }));
    CHECK_FALSE(findVisible(QStringLiteral("mainWindow")));
    CHECK(t.auditCount(QStringLiteral("account.lock")) == 1);
}

TEST_CASE("an administrator grants a process to another role on the Permissions page", "[gui][permissions]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("ada"));
    QDialog *settings = openSettingsAt(window, QStringLiteral("Permissions"));
    auto *grants = child<QTableWidget>(settings, QStringLiteral("grantsTableWidget"));
    REQUIRE(grants->isVisible());
    // Row "Initialize temporary card", column "Administrator".
    QTableWidgetItem *cell = grants->item(int(Processes::all().indexOf(ProcessId::InitializeTemporaryCard)),
                                          int(Roles::all().indexOf(Roles::Administrator)));
    CHECK(cell->checkState() == Qt::Unchecked);
    cell->setCheckState(Qt::Checked);
    click(child<QAbstractButton>(settings, QStringLiteral("savePushButton")));
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("settingsDialog")); }));
    CHECK(t.backend().settings()->load().grants.value(ProcessId::InitializeTemporaryCard) ==
          QSet<QString>{Roles::Operator, Roles::Administrator});
}
