// SPDX-License-Identifier: Apache-2.0
// Points 2 to 6 of the order capability, clicked through with real widgets (offscreen).
#include "ClientFlow.h"
#include "AccountService.h"
#include "CardListModel.h"
#include "ClientSteps.h"
#include "MainWindow.h"
#include "NotificationBar.h"
#include "OrderTemporaryCardsJob.h"
#include "SettingsService.h"
#include "TemporaryCardView.h"
#include "TestBackend.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>

using namespace tempcards;
using namespace tempcards::test;

namespace {

const QString kStrongPassword = QStringLiteral("a long enough password");

TemporaryCardView *chooseTemporaryCards(MainWindow *window)
{
    auto *quickSearch = child<QComboBox>(window, QStringLiteral("quickSearchComboBox"));
    CHECK(quickSearch->currentIndex() == -1);
    CHECK_FALSE(window->temporaryCardView()->isVisible());
    return quickSearchTemporaryCards(window);
}

QAbstractButton *orderButton(MainWindow *window)
{
    return window->findChild<QAbstractButton *>(QStringLiteral("orderTemporaryCardsPushButton"));
}

} // namespace

TEST_CASE("a new database asks for the first administrator, then login admits only the right password", "[gui]")
{
    TestBackend t;
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();

    auto *dialog = waitForVisible<QDialog>(QStringLiteral("firstAdministratorDialog"));
    auto *message = child<QLabel>(dialog, QStringLiteral("messageLabel"));
    typeInto(child<QLineEdit>(dialog, QStringLiteral("userNameLineEdit")), QStringLiteral("Admin"));
    typeInto(child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit")), QStringLiteral("short"));
    typeInto(child<QLineEdit>(dialog, QStringLiteral("repeatPasswordLineEdit")), QStringLiteral("short"));
    click(child<QAbstractButton>(dialog, QStringLiteral("createPushButton")));
    REQUIRE(waitFor([&] { return message->text().contains(QStringLiteral("at least 12")); }));
    typeInto(child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit")), kStrongPassword);
    typeInto(child<QLineEdit>(dialog, QStringLiteral("repeatPasswordLineEdit")), kStrongPassword + QLatin1Char('!'));
    click(child<QAbstractButton>(dialog, QStringLiteral("createPushButton")));
    REQUIRE(waitFor([&] { return message->text().contains(QStringLiteral("not the same")); }));
    CHECK_FALSE(t.backend().accounts()->hasAccounts());
    typeInto(child<QLineEdit>(dialog, QStringLiteral("repeatPasswordLineEdit")), kStrongPassword);
    click(child<QAbstractButton>(dialog, QStringLiteral("createPushButton")));

    auto *login = waitForVisible<QDialog>(QStringLiteral("loginDialog"));
    CHECK(child<QLineEdit>(login, QStringLiteral("userNameLineEdit"))->text() == QStringLiteral("admin"));
    submitLogin(QStringLiteral("admin"), QStringLiteral("a wrong password!!"));
    auto *loginMessage = child<QLabel>(login, QStringLiteral("messageLabel"));
    REQUIRE(waitFor([&] { return loginMessage->text().contains(QStringLiteral("wrong")); }));
    const QString wrongPasswordText = loginMessage->text();
    CHECK(child<QLineEdit>(login, QStringLiteral("passwordLineEdit"))->text().isEmpty());

    // An inactive account gets the very same words.
    t.createAccount(QStringLiteral("former"), {Roles::Operator});
    t.setAccountActive(QStringLiteral("former"), false);
    submitLogin(QStringLiteral("former"), TestBackend::kPassword);
    REQUIRE(waitFor([&] { return loginMessage->text() == wrongPasswordText && loginMessage->isVisible(); }));
    CHECK_FALSE(findVisible(QStringLiteral("mainWindow")));

    MainWindow *window = logInToMainWindow(QStringLiteral("admin"), kStrongPassword);
    CHECK(child<QLabel>(window, QStringLiteral("sessionLabel"))->text() == QStringLiteral("admin (Administrator)"));
}

TEST_CASE("an administrator enables ordering, sets the queue option and creates an operator", "[gui]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("admin"), {Roles::Administrator});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("admin"));
    TemporaryCardView *view = chooseTemporaryCards(window);
    CHECK(child<QLabel>(view, QStringLiteral("noProcessesLabel"))->isVisible());

    child<QAction>(window, QStringLiteral("settingsAction"))->trigger();
    auto *settings = waitForVisible<QDialog>(QStringLiteral("settingsDialog"));
    auto *processList = child<QListWidget>(settings, QStringLiteral("newProcessListWidget"));
    auto *newProcess = child<QComboBox>(settings, QStringLiteral("newProcessComboBox"));
    CHECK(processList->count() == 0);
    CHECK(newProcess->currentText() == QStringLiteral("Order temporary cards"));
    click(child<QAbstractButton>(settings, QStringLiteral("addNewProcessPushButton")));
    REQUIRE(processList->count() == 1);
    CHECK(processList->item(0)->text() == QStringLiteral("Order temporary cards"));
    CHECK(newProcess->count() == 0);
    auto *queue = child<QCheckBox>(settings, QStringLiteral("queueTemporaryCardsCheckBox"));
    CHECK(queue->isChecked());
    click(queue);
    CHECK(child<QComboBox>(settings, QStringLiteral("productionTypeComboBox"))->currentData() ==
          QStringLiteral("external"));
    click(child<QAbstractButton>(settings, QStringLiteral("savePushButton")));
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("settingsDialog")); }));
    CHECK(window->notificationBar()->message().contains(QStringLiteral("saved")));
    const TempCardSettings saved = t.backend().settings()->load();
    CHECK(saved.enabled == QSet<ProcessId>{ProcessId::OrderTemporaryCards});
    CHECK_FALSE(saved.options.queueTemporaryCards);
    CHECK(saved.optionsScript.contains(QStringLiteral("// Queue temporary cards.")));
    CHECK(t.auditCount(QStringLiteral("settings.change")) == 2);

    // Accounts: a new operator.
    child<QAction>(window, QStringLiteral("settingsAction"))->trigger();
    settings = waitForVisible<QDialog>(QStringLiteral("settingsDialog"));
    auto *sections = child<QListWidget>(settings, QStringLiteral("sectionsListWidget"));
    QTest::mouseClick(
        sections->viewport(), Qt::LeftButton, {},
        sections->visualItemRect(sections->findItems(QStringLiteral("Accounts"), Qt::MatchExactly).first()).center());
    auto *accounts = child<QTableWidget>(settings, QStringLiteral("accountsTableWidget"));
    REQUIRE(accounts->isVisible());
    REQUIRE(waitFor([&] { return accounts->rowCount() == 1; }));
    click(child<QAbstractButton>(settings, QStringLiteral("newAccountPushButton")));
    auto *newAccount = waitForVisible<QDialog>(QStringLiteral("newAccountDialog"));
    typeInto(child<QLineEdit>(newAccount, QStringLiteral("userNameLineEdit")), QStringLiteral("olle"));
    typeInto(child<QLineEdit>(newAccount, QStringLiteral("passwordLineEdit")), kStrongPassword);
    typeInto(child<QLineEdit>(newAccount, QStringLiteral("repeatPasswordLineEdit")), kStrongPassword);
    CHECK(child<QCheckBox>(newAccount, QStringLiteral("operatorCheckBox"))->isChecked());
    click(child<QAbstractButton>(newAccount, QStringLiteral("createPushButton")));
    REQUIRE(waitFor([&] { return accounts->rowCount() == 2; }));
    CHECK_FALSE(findVisible(QStringLiteral("newAccountDialog")));
    CHECK(accounts->item(1, 0)->text() == QStringLiteral("olle"));
    CHECK(accounts->item(1, 1)->text() == QStringLiteral("Operator"));
    click(child<QAbstractButton>(settings, QStringLiteral("cancelPushButton")));

    logOut(window);
    window = logInToMainWindow(QStringLiteral("olle"), kStrongPassword);
    chooseTemporaryCards(window);
    REQUIRE(orderButton(window));
    CHECK(orderButton(window)->isVisible());
}

TEST_CASE("an operator orders temporary cards: queued, sent at once, cancelled, and by keyboard", "[gui]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::OrderTemporaryCards);
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    TemporaryCardView *view = chooseTemporaryCards(window);
    CardListModel *model = view->model();
    auto *table = child<QTableView>(view, QStringLiteral("cardsTableView"));
    CHECK(model->rowCount() == 0);
    CHECK(model->headerData(CardListModel::GoCardsIdColumn, Qt::Horizontal, Qt::DisplayRole) ==
          QStringLiteral("Go Cards card id"));

    SECTION("queue on: Next puts the cards in processing")
    {
        click(orderButton(window));
        auto *dialog = waitForVisible<QDialog>(QStringLiteral("orderDialog"));
        CHECK(dialog->windowTitle() == QStringLiteral("Order temporary cards"));
        auto *amount = child<QComboBox>(dialog, QStringLiteral("amountComboBox"));
        REQUIRE(amount->count() == 9);
        CHECK(amount->itemText(0) == QStringLiteral("1"));
        CHECK(amount->itemText(8) == QStringLiteral("9"));
        chooseByTyping(amount, QStringLiteral("3"));
        click(child<QAbstractButton>(dialog, QStringLiteral("nextPushButton")));
        REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("orderDialog")); }));
        REQUIRE(waitFor([&] { return model->rowCount() == 3; }));
        for (int row = 0; row < 3; ++row)
            CHECK(model->index(row, CardListModel::StateColumn).data() == QStringLiteral("processing"));
        CHECK(table->model() == model);
        CHECK(window->notificationBar()->message().contains(QStringLiteral("3 temporary cards put in the queue")));
    }

    SECTION("queue off: the cards are ordered and show their Go Cards ids")
    {
        t.setQueueTemporaryCards(false);
        click(orderButton(window));
        auto *dialog = waitForVisible<QDialog>(QStringLiteral("orderDialog"));
        chooseByTyping(child<QComboBox>(dialog, QStringLiteral("amountComboBox")), QStringLiteral("2"));
        click(child<QAbstractButton>(dialog, QStringLiteral("nextPushButton")));
        REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("orderDialog")); }));
        REQUIRE(waitFor([&] {
            return model->rowCount() == 2 &&
                   model->index(0, CardListModel::StateColumn).data() == QStringLiteral("ordered") &&
                   model->index(1, CardListModel::StateColumn).data() == QStringLiteral("ordered");
        }));
        CHECK(model->index(0, CardListModel::GoCardsIdColumn).data().toString().startsWith(QStringLiteral("gc-")));
        CHECK(t.simulator().ledger().orderedCardCount() == 2);
        CHECK(window->notificationBar()->message().contains(QStringLiteral("2 temporary cards ordered")));
    }

    SECTION("Cancel and Esc close the process and create nothing; Enter is Next")
    {
        click(orderButton(window));
        auto *dialog = waitForVisible<QDialog>(QStringLiteral("orderDialog"));
        click(child<QAbstractButton>(dialog, QStringLiteral("cancelPushButton")));
        REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("orderDialog")); }));

        click(orderButton(window));
        dialog = waitForVisible<QDialog>(QStringLiteral("orderDialog"));
        QTest::keyClick(dialog, Qt::Key_Escape);
        REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("orderDialog")); }));
        QCoreApplication::processEvents();
        CHECK(t.cardCount() == 0);
        CHECK(model->rowCount() == 0);

        click(orderButton(window));
        dialog = waitForVisible<QDialog>(QStringLiteral("orderDialog"));
        auto *amount = child<QComboBox>(dialog, QStringLiteral("amountComboBox"));
        chooseByTyping(amount, QStringLiteral("5"));
        QTest::keyClick(amount, Qt::Key_Return);
        REQUIRE(waitFor([&] { return model->rowCount() == 5; }));
        CHECK(t.cardCount(QStringLiteral("processing")) == 5);
    }
}

TEST_CASE("an unreachable Go Cards is explained in the order dialog, and Try again orders once", "[gui]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::OrderTemporaryCards);
    t.setQueueTemporaryCards(false);
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    TemporaryCardView *view = chooseTemporaryCards(window);
    t.simulator().queueFaults(QStringLiteral("/api/v2/orders"), {sim::Fault::ServerError, sim::Fault::ServerError,
                                                                 sim::Fault::ServerError, sim::Fault::ServerError});
    click(orderButton(window));
    auto *dialog = waitForVisible<QDialog>(QStringLiteral("orderDialog"));
    CHECK_FALSE(child<QAbstractButton>(dialog, QStringLiteral("tryAgainPushButton"))->isVisible());
    CHECK_FALSE(child<QAbstractButton>(dialog, QStringLiteral("closePushButton"))->isVisible());
    click(child<QAbstractButton>(dialog, QStringLiteral("nextPushButton")));
    auto *tryAgain = waitForVisible<QAbstractButton>(QStringLiteral("tryAgainPushButton"));
    CHECK(child<QAbstractButton>(dialog, QStringLiteral("closePushButton"))->isVisible());
    CHECK_FALSE(child<QAbstractButton>(dialog, QStringLiteral("nextPushButton"))->isVisible());
    const QString message = child<QLabel>(dialog, QStringLiteral("messageLabel"))->text();
    INFO(message);
    CHECK(message.contains(QStringLiteral("problem on its side")));
    CHECK(message.contains(QStringLiteral("stays in processing")));
    CHECK(view->model()->index(0, CardListModel::StateColumn).data() == QStringLiteral("processing"));
    click(tryAgain);
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("orderDialog")); }));
    REQUIRE(waitFor(
        [&] { return view->model()->index(0, CardListModel::StateColumn).data() == QStringLiteral("ordered"); }));
    CHECK(t.simulator().ledger().orders().size() == 1);
}

TEST_CASE("the order process is not offered when disabled or not granted, and the core refuses it anyway", "[gui]")
{
    TestBackend t;
    const Session operatorSession = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.createAccount(QStringLiteral("audrey"), {Roles::Auditor});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();

    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    TemporaryCardView *view = chooseTemporaryCards(window);
    CHECK_FALSE(orderButton(window));
    CHECK(child<QLabel>(view, QStringLiteral("noProcessesLabel"))->isVisible());
    t.enableProcess(ProcessId::OrderTemporaryCards); // an administrator elsewhere enables it
    // The button is made, then shown once its layout runs: wait for what the operator sees.
    CHECK(waitFor([&] { return orderButton(window) != nullptr && orderButton(window)->isVisible(); }));
    t.enableProcess(ProcessId::OrderTemporaryCards, false);
    REQUIRE(waitFor([&] { return orderButton(window) == nullptr; }));

    // Called anyway, the core refuses and creates nothing.
    std::unique_ptr<OrderTemporaryCardsJob> job(t.backend().ordering()->orderTemporaryCards(operatorSession, 1));
    bool finished = false;
    QObject::connect(job.get(), &OrderTemporaryCardsJob::finished, [&] { finished = true; });
    job->start();
    REQUIRE(waitFor([&] { return finished; }));
    CHECK(job->result() == OrderTemporaryCardsJob::Result::Refused);
    CHECK(t.cardCount() == 0);

    // An account whose roles do not grant the process is not offered it, enabled or not.
    t.enableProcess(ProcessId::OrderTemporaryCards);
    logOut(window);
    window = logInToMainWindow(QStringLiteral("audrey"));
    chooseTemporaryCards(window);
    CHECK_FALSE(orderButton(window));
    CHECK(child<QLabel>(window, QStringLiteral("sessionLabel"))->text() == QStringLiteral("audrey (Auditor)"));
    CHECK(window->findChild<QAction *>(QStringLiteral("settingsAction")) == nullptr);
}
