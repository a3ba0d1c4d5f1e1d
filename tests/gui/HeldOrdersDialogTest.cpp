// SPDX-License-Identifier: Apache-2.0
// File › Held orders with real widgets: an administrator sees why an order is held, cannot fail it without
// a reason, sends it again and sees the decision wait for the batch sync; an operator is not offered it.
#include "ClientFlow.h"
#include "ClientSteps.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

using namespace tempcards;
using namespace tempcards::test;

namespace {

qint64 heldBatch(TestBackend &t, const QString &reason)
{
    const qint64 id = t.insertBatch(QStringLiteral("sent"), {t.insertCard(CardState::Processing)});
    SqlQuery(t.database().connection(),
             QStringLiteral("UPDATE order_batches SET held_at = '2026-12-01T08:00:00.000Z', held_reason = ? "
                            "WHERE id = ?"))
        .bind(reason)
        .bind(id)
        .exec();
    return id;
}

} // namespace

TEST_CASE("an administrator sends a held order again, and cannot fail one without a reason", "[gui][held]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("anna"), {Roles::Administrator});
    const qint64 id = heldBatch(t, QStringLiteral("a redirect to elsewhere.example"));
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("anna"));
    child<QAction>(window, QStringLiteral("heldOrdersAction"))->trigger();
    auto *dialog = waitForVisible<QDialog>(QStringLiteral("heldOrdersDialog"));
    auto *table = child<QTableWidget>(dialog, QStringLiteral("heldOrdersTableWidget"));
    auto *reason = child<QLineEdit>(dialog, QStringLiteral("failReasonLineEdit"));
    auto *sendAgain = child<QAbstractButton>(dialog, QStringLiteral("sendAgainPushButton"));
    auto *fail = child<QAbstractButton>(dialog, QStringLiteral("failPushButton"));
    auto *message = child<QLabel>(dialog, QStringLiteral("messageLabel"));
    REQUIRE(waitFor([&] { return table->rowCount() == 1; }));
    CHECK(table->item(0, 0)->text() == QString::number(id));
    CHECK(table->item(0, 3)->text() == QStringLiteral("a redirect to elsewhere.example"));
    CHECK(table->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK_FALSE(sendAgain->isEnabled()); // nothing selected yet

    table->selectRow(0);
    CHECK(sendAgain->isEnabled());
    CHECK_FALSE(fail->isEnabled());
    typeInto(reason, QStringLiteral("   "));
    CHECK_FALSE(fail->isEnabled());
    typeInto(reason, QStringLiteral("layout withdrawn"));
    CHECK(fail->isEnabled());

    click(sendAgain);
    REQUIRE(waitFor([&] { return message->isVisible() && message->text().contains(QStringLiteral("again")); }));
    REQUIRE(waitFor([&] { return table->rowCount() == 0 || !table->item(0, 4)->text().isEmpty(); }));
    if (table->rowCount() == 1) { // the batch sync has not carried it out yet
        CHECK(table->item(0, 4)->text().contains(QStringLiteral("anna")));
        CHECK_FALSE(sendAgain->isEnabled());
        CHECK_FALSE(fail->isEnabled());
    }
    CHECK(t.auditCount(QStringLiteral("order.batch"), QStringLiteral("success")) >= 1);
}

TEST_CASE("an administrator sees the cards Go Cards reports that this database does not know", "[gui][held]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("anna"), {Roles::Administrator});
    t.simulator().queueFaults(QStringLiteral("/api/v2/events"), {sim::Fault::EventsUnknownCard});
    t.runSync();
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("anna"));
    child<QAction>(window, QStringLiteral("unknownCardsAction"))->trigger();
    auto *dialog = waitForVisible<QDialog>(QStringLiteral("unknownCardsDialog"));
    auto *table = child<QTableWidget>(dialog, QStringLiteral("unknownCardsTableWidget"));
    REQUIRE(waitFor([&] { return table->rowCount() == 1; }));
    CHECK(table->item(0, 0)->text() == QStringLiteral("unknown-1"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("PRODUCED"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("04FFFFFFFFFFFF"));
    CHECK(table->editTriggers() == QAbstractItemView::NoEditTriggers);
}

TEST_CASE("an operator is not offered the held orders", "[gui][held]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("bo"), {Roles::Operator});
    heldBatch(t, QStringLiteral("x"));
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("bo"));
    CHECK(window->findChild<QAction *>(QStringLiteral("heldOrdersAction")) == nullptr);
    CHECK(window->findChild<QAction *>(QStringLiteral("unknownCardsAction")) == nullptr);
}
