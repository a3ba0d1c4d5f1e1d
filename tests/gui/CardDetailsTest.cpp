// SPDX-License-Identifier: Apache-2.0
// The details under the card list, clicked with real widgets (offscreen): nothing chosen, one card with its
// holder and who held it, several cards, and the details following a withdraw made in the same window.
#include "CardDetailsPane.h"
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "MainWindow.h"
#include "PeopleQuery.h"
#include "Sql.h"
#include "TemporaryCardView.h"
#include "TestBackend.h"

#include <QLabel>
#include <QRadioButton>
#include <QTableWidget>

using namespace tempcards;
using namespace tempcards::test;

namespace {

QLabel *value(QWidget *pane, const char *field)
{
    return child<QLabel>(pane, QLatin1String(field) + QLatin1String("ValueLabel"));
}

QString cell(QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

TEST_CASE("the details pane shows the chosen card with its holder and follows a withdraw", "[gui][handout][details]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::WithdrawTemporaryCard);
    const qint64 held = t.insertCard(CardState::Assigned);
    const qint64 produced =
        t.insertCard(CardState::Produced, 0, QStringLiteral("gc-7"), QStringLiteral("04A1B2C3D4E5F6"));
    const QSqlDatabase db = t.database().connection();
    const qint64 holderId = CardQuery::byId(db, held)->holderId;
    SqlQuery(db, QStringLiteral("UPDATE people SET department = 'Facilities' WHERE id = ?")).bind(holderId).exec();
    const Person holder = *PeopleQuery::byId(db, holderId);
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    quickSearchTemporaryCards(window);
    CardDetailsPane *pane = window->temporaryCardView()->details();
    auto *title = child<QLabel>(pane, QStringLiteral("detailsTitleLabel"));
    auto *holdings = child<QTableWidget>(pane, QStringLiteral("holdingsTableWidget"));
    CHECK(title->text() == QStringLiteral("Choose a card to see its details."));
    CHECK_FALSE(value(pane, "state")->isVisible());

    // One card that is out: its holder, department and validity, and the open holding.
    REQUIRE(waitFor([&] { return window->temporaryCardView()->model()->rowOf(held) >= 0; }));
    selectCards(window, {held});
    REQUIRE(waitFor([&] { return title->text() == QStringLiteral("Card %1").arg(held); }));
    CHECK(value(pane, "state")->text() == QStringLiteral("assigned"));
    CHECK(value(pane, "holder")->text() == holder.displayName());
    CHECK(value(pane, "department")->text() == QStringLiteral("Facilities"));
    CHECK_FALSE(value(pane, "validUntil")->text().isEmpty());
    CHECK(value(pane, "validUntil")->isVisible());
    CHECK_FALSE(value(pane, "chipUid")->isVisible()); // an empty field's row is left out
    // A screen reader reads the caption with the value.
    CHECK(value(pane, "holder")->accessibleName() == QStringLiteral("Holder: ") + holder.displayName());
    REQUIRE(holdings->isVisible());
    REQUIRE(holdings->rowCount() == 1);
    CHECK(cell(holdings, 0, 0) == holder.displayName());
    CHECK(cell(holdings, 0, 3) == QStringLiteral("holds it"));

    // Several cards: a count, no fields.
    selectCards(window, {held, produced});
    REQUIRE(waitFor([&] { return title->text().startsWith(QStringLiteral("2 cards chosen")); }));
    CHECK_FALSE(value(pane, "state")->isVisible());

    // A produced card: its Go Cards fields, never handed out.
    selectCards(window, {produced});
    REQUIRE(waitFor([&] { return title->text() == QStringLiteral("Card %1").arg(produced); }));
    CHECK(value(pane, "goCardsCardId")->text() == QStringLiteral("gc-7"));
    CHECK_FALSE(value(pane, "holder")->isVisible());
    CHECK(child<QLabel>(pane, QStringLiteral("holdingsTitleLabel"))->text() == QStringLiteral("Never handed out."));
    CHECK_FALSE(holdings->isVisible());

    // Withdrawn as lost in this window: the details follow without choosing the card again.
    selectCards(window, {held});
    REQUIRE(waitFor([&] { return value(pane, "state")->text() == QStringLiteral("assigned"); }));
    click(child<QAbstractButton>(window, QStringLiteral("withdrawTemporaryCardPushButton")));
    QDialog *withdraw = waitForVisible<QDialog>(QStringLiteral("withdrawDialog"));
    click(child<QRadioButton>(withdraw, QStringLiteral("lostRadioButton")));
    click(child<QAbstractButton>(withdraw, QStringLiteral("nextPushButton")));
    REQUIRE(waitFor([&] { return value(pane, "state")->text() == QStringLiteral("unassigned"); }));
    CHECK_FALSE(value(pane, "holder")->isVisible());
    CHECK(value(pane, "reason")->text() == QStringLiteral("Lost"));
    REQUIRE(holdings->rowCount() == 1);
    CHECK(cell(holdings, 0, 2) == QStringLiteral("test")); // who handed it out, as the test wrote it
    CHECK(cell(holdings, 0, 4) == QStringLiteral("olle"));
    CHECK(cell(holdings, 0, 5) == QStringLiteral("Lost"));
}

TEST_CASE("an auditor sees the chosen card's history in the details pane and it follows the card",
          "[gui][details][audit]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("anna"), {Roles::Operator, Roles::Auditor});
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::OrderTemporaryCards);
    t.enableProcess(ProcessId::AbortTemporaryCardOrder);
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("anna"));
    quickSearchTemporaryCards(window);
    // Eleven cards queued through the Order dialog, so that card 1's history is not card 10's or 11's.
    for (const QString &amount : {QStringLiteral("9"), QStringLiteral("2")}) {
        click(child<QAbstractButton>(window, QStringLiteral("orderTemporaryCardsPushButton")));
        auto *order = waitForVisible<QDialog>(QStringLiteral("orderDialog"));
        chooseByTyping(child<QComboBox>(order, QStringLiteral("amountComboBox")), amount);
        click(child<QAbstractButton>(order, QStringLiteral("nextPushButton")));
        REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("orderDialog")); }));
    }
    REQUIRE(waitFor([&] { return t.cardCount(QStringLiteral("processing")) == 11; }));
    CardDetailsPane *pane = window->temporaryCardView()->details();
    auto *history = child<QTableWidget>(pane, QStringLiteral("cardHistoryTableWidget"));
    auto *title = child<QLabel>(pane, QStringLiteral("historyTitleLabel"));
    CHECK_FALSE(history->isVisible()); // no card chosen
    REQUIRE(waitFor([&] { return window->temporaryCardView()->model()->rowOf(1) >= 0; }));
    selectCards(window, {1});
    REQUIRE(waitFor([&] { return history->isVisible() && history->rowCount() == 1; }));
    CHECK(title->text() == QStringLiteral("History, 1 record:"));
    CHECK(cell(history, 0, 1) == QStringLiteral("anna"));
    CHECK(cell(history, 0, 2) == QStringLiteral("Card state changed"));
    CHECK(cell(history, 0, 3) == QStringLiteral("processing"));
    CHECK(cell(history, 0, 4) == QStringLiteral("Success"));

    // Aborted in the same window: the history has the change at the top, states by name.
    click(child<QAbstractButton>(window, QStringLiteral("abortTemporaryCardOrderPushButton")));
    auto *abort = waitForVisible<QDialog>(QStringLiteral("abortDialog"));
    click(child<QAbstractButton>(abort, QStringLiteral("nextPushButton")));
    click(waitForVisible<QAbstractButton>(QStringLiteral("closePushButton")));
    REQUIRE(waitFor([&] { return history->rowCount() == 2; }));
    CHECK(cell(history, 0, 3) == QStringLiteral("processing → aborted"));
    CHECK(title->text() == QStringLiteral("History, 2 records:"));

    // Enter opens the record in full.
    history->setFocus();
    history->setCurrentCell(0, 0);
    QTest::keyClick(history, Qt::Key_Return);
    auto *record = waitForVisible<QDialog>(QStringLiteral("auditRecordDialog"));
    record->reject();

    // An operator who may not read the audit trail has no history in the pane.
    logOut(window);
    window = logInToMainWindow(QStringLiteral("olle"));
    quickSearchTemporaryCards(window);
    CHECK(window->temporaryCardView()->details()->findChild<QTableWidget *>(QStringLiteral("cardHistoryTableWidget")) ==
          nullptr);
}
