// SPDX-License-Identifier: Apache-2.0
// The window while PostgreSQL is away: the status bar says so with the last success, the open Order dialog
// keeps the operator's choice, and Next goes through once the server is back. A server of the test's own
// (it is stopped), so this runs in the suites' first pass only.
#include "CardListModel.h"
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "MainWindow.h"
#include "NotificationBar.h"
#include "PostgresServer.h"
#include "TemporaryCardView.h"
#include "TestBackend.h"

#include <QAccessible>
#include <QComboBox>
#include <QLabel>

using namespace tempcards;
using namespace tempcards::test;

TEST_CASE("the window says 'database unreachable, retrying' and keeps the open dialog until the database is back",
          "[gui][postgres][database]")
{
    if (TestBackend::onPostgres()) {
        WARN("runs in the first pass, on a PostgreSQL server of its own");
        return;
    }
    PostgresServer server;
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::OrderTemporaryCards);
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    TemporaryCardView *view = quickSearchTemporaryCards(window);
    auto *status = child<QLabel>(window, QStringLiteral("databaseStatusLabel"));
    CHECK_FALSE(status->isVisible());

    click(window->findChild<QAbstractButton *>(QStringLiteral("orderTemporaryCardsPushButton")));
    auto *dialog = waitForVisible<QDialog>(QStringLiteral("orderDialog"));
    auto *amount = child<QComboBox>(dialog, QStringLiteral("amountComboBox"));
    chooseByTyping(amount, QStringLiteral("4"));

    server.down();
    // The card view's watcher finds the connection cut at its next look; shown after a moment's grace.
    REQUIRE(waitFor([&] { return status->isVisible(); }, 15000));
    CHECK(status->text().startsWith(QStringLiteral("Database unreachable, retrying")));
    CHECK(status->text().contains(QStringLiteral("Last success:")));
    // A screen reader reads what the label says (it has no name of its own) and why it is there.
    CHECK(QAccessible::queryAccessibleInterface(status)->text(QAccessible::Name) == status->text());
    CHECK(status->accessibleDescription() == QStringLiteral("Shown while the database does not answer"));
    CHECK_FALSE(status->toolTip().isEmpty());

    auto *next = child<QAbstractButton>(dialog, QStringLiteral("nextPushButton"));
    click(next);
    auto *message = child<QLabel>(dialog, QStringLiteral("messageLabel"));
    REQUIRE(waitFor([&] { return message->isVisible() && next->isEnabled(); }, 15000));
    CHECK(message->text().contains(QStringLiteral("connection to the database was lost")));
    CHECK(dialog->isVisible());
    CHECK(amount->currentText() == QStringLiteral("4"));
    CHECK(amount->isEnabled());
    // The whole sentence fits: the dialog grew to show it.
    CHECK(message->height() >= message->heightForWidth(message->width()));

    server.up();
    REQUIRE(waitFor([&] { return !status->isVisible(); }, 15000));
    CHECK(window->notificationBar()->message() == QStringLiteral("The database answers again."));
    click(next);
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("orderDialog")); }, 15000));
    REQUIRE(waitFor([&] { return view->model()->rowCount() == 4; }, 15000));
    CHECK(t.cardCount(QStringLiteral("processing")) == 4);
}
