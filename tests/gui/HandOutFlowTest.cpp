// SPDX-License-Identifier: Apache-2.0
// Handing a card out through the main window, clicked with real widgets (offscreen): assign by searching the
// person, withdraw with each reason, extend, lock, and a refusal shown in the dialog.
#include "CardListModel.h"
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "MainWindow.h"
#include "NotificationBar.h"
#include "PeopleQuery.h"
#include "TemporaryCardView.h"
#include "TestBackend.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>

using namespace tempcards;
using namespace tempcards::test;

namespace {

void prepare(TestBackend &t)
{
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    for (const ProcessId id : {ProcessId::AssignTemporaryCard, ProcessId::WithdrawTemporaryCard,
                               ProcessId::ExtendTemporaryCard, ProcessId::LockTemporaryCard})
        t.enableProcess(id);
}

MainWindow *logIn()
{
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    quickSearchTemporaryCards(window);
    return window;
}

QAbstractButton *processButton(MainWindow *window, const char *name)
{
    return child<QAbstractButton>(window, QLatin1String(name));
}

QDialog *open(MainWindow *window, const char *button, const char *dialog)
{
    QAbstractButton *start = processButton(window, button);
    REQUIRE(start->isEnabled());
    click(start);
    return waitForVisible<QDialog>(QLatin1String(dialog));
}

void next(QDialog *dialog)
{
    click(child<QAbstractButton>(dialog, QStringLiteral("nextPushButton")));
}

} // namespace

TEST_CASE("an operator assigns a card by searching the person, then withdraws, extends and locks", "[gui][handout]")
{
    TestBackend t;
    const qint64 card = t.insertCard(CardState::Unassigned);
    const qint64 other = t.insertCard(CardState::Unassigned);
    t.createPerson(QStringLiteral("E1"), true, QStringLiteral("Anna"), QStringLiteral("Svensson"));
    t.createPerson(QStringLiteral("E2"), false, QStringLiteral("Anders"), QStringLiteral("Sund"));
    prepare(t);
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logIn();

    // Only the processes that start from the selection are offered.
    selectCards(window, {card});
    CHECK_FALSE(processButton(window, "withdrawTemporaryCardPushButton")->isEnabled());
    CHECK_FALSE(processButton(window, "extendTemporaryCardPushButton")->isEnabled());
    QDialog *assign = open(window, "assignTemporaryCardPushButton", "assignDialog");
    auto *search = child<QLineEdit>(assign, QStringLiteral("personSearchLineEdit"));
    auto *found = child<QListWidget>(assign, QStringLiteral("peopleListWidget"));
    QAbstractButton *nextButton = child<QAbstractButton>(assign, QStringLiteral("nextPushButton"));
    CHECK_FALSE(nextButton->isEnabled());
    QTest::keyClicks(search, QStringLiteral("an"));
    REQUIRE(waitFor([&] { return found->count() == 2; }));
    // The inactive person is listed but cannot be picked.
    CHECK(found->item(1)->text().contains(QStringLiteral("inactive")));
    CHECK_FALSE(found->item(1)->flags() & Qt::ItemIsEnabled);
    QTest::keyClicks(search, QStringLiteral("na sv"));
    REQUIRE(waitFor([&] { return found->count() == 1; }));
    found->setCurrentRow(0);
    REQUIRE(nextButton->isEnabled());
    next(assign);
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("assignDialog")); }));
    REQUIRE(waitFor([&] { return t.cardState(card) == QStringLiteral("assigned"); }));
    // The list shows the holder (read off the GUI thread) and the valid-until.
    CardListModel *model = window->temporaryCardView()->model();
    REQUIRE(waitFor([&] {
        const int row = model->rowOf(card);
        return row >= 0 &&
               model->index(row, CardListModel::HolderColumn).data().toString() == QStringLiteral("Anna Svensson (E1)");
    }));
    CHECK_FALSE(model->index(model->rowOf(card), CardListModel::ValidUntilColumn).data().toString().isEmpty());

    // A second card for Anna is refused, and the dialog says why and stays.
    selectCards(window, {other});
    assign = open(window, "assignTemporaryCardPushButton", "assignDialog");
    search = child<QLineEdit>(assign, QStringLiteral("personSearchLineEdit"));
    found = child<QListWidget>(assign, QStringLiteral("peopleListWidget"));
    QTest::keyClicks(search, QStringLiteral("E1"));
    REQUIRE(waitFor([&] { return found->count() == 1; }));
    found->setCurrentRow(0);
    next(assign);
    auto *message = child<QLabel>(assign, QStringLiteral("messageLabel"));
    REQUIRE(waitFor([&] { return message->isVisible(); }));
    CHECK(message->text().contains(QStringLiteral("already holds")));
    click(child<QAbstractButton>(assign, QStringLiteral("cancelPushButton")));
    CHECK(t.cardState(other) == QStringLiteral("unassigned"));

    // Extend, then withdraw with a reason (Next waits for one), then lock the other card with a reason.
    REQUIRE(waitFor([&] { return window->temporaryCardView()->model()->rowOf(card) >= 0; }));
    selectCards(window, {card});
    const QDateTime before = CardQuery::byId(t.database().connection(), card)->validUntil;
    QDialog *extend = open(window, "extendTemporaryCardPushButton", "extendDialog");
    next(extend);
    REQUIRE(waitFor([&] { return CardQuery::byId(t.database().connection(), card)->validUntil > before; }));
    selectCards(window, {card});
    QDialog *withdraw = open(window, "withdrawTemporaryCardPushButton", "withdrawDialog");
    CHECK_FALSE(child<QAbstractButton>(withdraw, QStringLiteral("nextPushButton"))->isEnabled());
    click(child<QRadioButton>(withdraw, QStringLiteral("lostRadioButton")));
    next(withdraw);
    REQUIRE(waitFor([&] { return t.cardState(card) == QStringLiteral("unassigned"); }));
    CHECK(CardQuery::byId(t.database().connection(), card)->reason == QStringLiteral("lost"));
    REQUIRE(waitFor([&] {
        const int row = model->rowOf(card);
        return row >= 0 && model->index(row, CardListModel::ReasonColumn).data().toString() == QStringLiteral("Lost") &&
               model->index(row, CardListModel::HolderColumn).data().toString().isEmpty();
    }));

    selectCards(window, {other});
    QDialog *lock = open(window, "lockTemporaryCardPushButton", "lockDialog");
    QAbstractButton *lockNext = child<QAbstractButton>(lock, QStringLiteral("nextPushButton"));
    CHECK_FALSE(lockNext->isEnabled());
    QTest::keyClicks(child<QLineEdit>(lock, QStringLiteral("reasonLineEdit")), QStringLiteral("damaged"));
    REQUIRE(lockNext->isEnabled());
    next(lock);
    REQUIRE(waitFor([&] { return t.cardState(other) == QStringLiteral("locked"); }));
}

TEST_CASE("a low stock is said in the status bar and the notification bar, and opens the order with the amount",
          "[gui][handout][stock]")
{
    TestBackend t;
    prepare(t);
    t.setOption(QStringLiteral("lowStockThreshold"), 8);
    t.insertCard(CardState::Unassigned);
    t.insertCard(CardState::Produced);
    t.insertCard(CardState::Ordered);
    t.insertCard(CardState::Assigned); // handed out: not stock
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logIn();
    auto *label = child<QLabel>(window, QStringLiteral("stockStatusLabel"));
    REQUIRE(waitFor([&] { return label->isVisible(); }));
    CHECK(label->text().contains(QStringLiteral("1 unassigned, 2 on the way")));
    auto *bar = child<NotificationBar>(window, QStringLiteral("notificationBar"));
    CHECK(bar->message().contains(QStringLiteral("Low stock")));
    auto *order = child<QAbstractButton>(window, QStringLiteral("orderStockToolButton"));
    CHECK(order->text().contains(QStringLiteral("5")));
    click(order);
    auto *dialog = waitForVisible<QDialog>(QStringLiteral("orderDialog"));
    CHECK(child<QComboBox>(dialog, QStringLiteral("amountComboBox"))->currentText() == QStringLiteral("5"));
    click(child<QAbstractButton>(dialog, QStringLiteral("cancelPushButton")));

    // Enough stock again (an administrator lowered the threshold): the warning goes.
    t.setOption(QStringLiteral("lowStockThreshold"), 3);
    t.backend().cards()->noteChanged({});
    REQUIRE(waitFor([&] { return !label->isVisible(); }));
}
