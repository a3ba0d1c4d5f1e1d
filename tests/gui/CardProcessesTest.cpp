// SPDX-License-Identifier: Apache-2.0
// Abort, initialize, refresh and the Quick search filter, clicked through with real widgets (offscreen).
#include "AccountService.h"
#include "CardListModel.h"
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "MainWindow.h"
#include "NotificationBar.h"
#include "ProcessUi.h"
#include "SettingsService.h"
#include "Sql.h"
#include "TemporaryCardView.h"
#include "TestBackend.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

using namespace tempcards;
using namespace tempcards::test;

namespace {

MainWindow *logIn(const QString &userName)
{
    MainWindow *window = logInToMainWindow(userName);
    quickSearchTemporaryCards(window);
    return window;
}

QAbstractButton *button(MainWindow *window, const char *name)
{
    return window->findChild<QAbstractButton *>(QLatin1String(name));
}

} // namespace

TEST_CASE("an administrator enables Abort on the Processing tab and Initialize on the Produced tab", "[gui][settings]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("admin"), {Roles::Administrator});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logIn(QStringLiteral("admin"));
    child<QAction>(window, QStringLiteral("settingsAction"))->trigger();
    auto *settings = waitForVisible<QDialog>(QStringLiteral("settingsDialog"));
    auto *tabs = child<QTabWidget>(settings, QStringLiteral("temporaryCardTabWidget"));
    // General, Processing, Produced, Unassigned, Assigned, Expired, Options script
    REQUIRE(tabs->count() == 7);
    for (const auto &[tab, prefix, process] :
         {std::tuple{1, QStringLiteral("processingCommand"), QStringLiteral("Abort temporary card order")},
          std::tuple{2, QStringLiteral("producedCommand"), QStringLiteral("Initialize temporary card")}}) {
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tab).center());
        REQUIRE(tabs->currentIndex() == tab);
        auto *pick = child<QComboBox>(settings, prefix + QStringLiteral("ComboBox"));
        CHECK(pick->currentText() == process);
        click(child<QAbstractButton>(settings, QStringLiteral("add") + prefix.left(1).toUpper() + prefix.mid(1) +
                                                   QStringLiteral("PushButton")));
        CHECK(child<QListWidget>(settings, prefix + QStringLiteral("ListWidget"))->count() == 1);
    }
    click(child<QAbstractButton>(settings, QStringLiteral("savePushButton")));
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("settingsDialog")); }));
    CHECK(t.backend().settings()->load().enabled ==
          QSet<ProcessId>{ProcessId::AbortTemporaryCardOrder, ProcessId::InitializeTemporaryCard});
}

TEST_CASE("an operator aborts queued cards: a card whose order was sent is refused with the reason", "[gui][abort]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::AbortTemporaryCardOrder);
    const qint64 queued1 = t.insertCard(CardState::Processing);
    const qint64 queued2 = t.insertCard(CardState::Processing);
    const qint64 sent = t.insertCard(CardState::Processing);
    t.insertBatch(QStringLiteral("sent"), {sent});
    const qint64 ordered = t.insertCard(CardState::Ordered, 0, QStringLiteral("gc-1"));
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logIn(QStringLiteral("olle"));
    QAbstractButton *abort = button(window, "abortTemporaryCardOrderPushButton");
    REQUIRE(abort);
    CHECK_FALSE(abort->isEnabled()); // nothing selected
    selectCards(window, {queued1, ordered});
    CHECK_FALSE(abort->isEnabled()); // an ordered card cannot be aborted
    selectCards(window, {queued1, queued2, sent});
    REQUIRE(abort->isEnabled());
    click(abort);

    auto *dialog = waitForVisible<QDialog>(QStringLiteral("abortDialog"));
    auto *list = child<QListWidget>(dialog, QStringLiteral("cardsListWidget"));
    CHECK(list->count() == 3);
    click(child<QAbstractButton>(dialog, QStringLiteral("nextPushButton")));
    auto *close = waitForVisible<QAbstractButton>(QStringLiteral("closePushButton"));
    REQUIRE(list->count() == 3);
    CHECK(list->item(0)->text() == QStringLiteral("Card %1: aborted").arg(queued1));
    CHECK(list->item(1)->text() == QStringLiteral("Card %1: aborted").arg(queued2));
    CHECK(list->item(2)->text().contains(QStringLiteral("not aborted")));
    CHECK(list->item(2)->text().contains(QStringLiteral("Go Cards' answer is known")));
    CHECK(child<QLabel>(dialog, QStringLiteral("messageLabel"))->text() == QStringLiteral("2 cards aborted."));
    click(close);
    CardListModel *model = window->temporaryCardView()->model();
    REQUIRE(waitFor([&] {
        return model->index(model->rowOf(queued1), CardListModel::StateColumn).data() == QStringLiteral("aborted");
    }));
    CHECK(model->index(model->rowOf(sent), CardListModel::StateColumn).data() == QStringLiteral("processing"));
    CHECK(window->notificationBar()->message() == QStringLiteral("2 cards aborted."));

    // Cancel aborts nothing.
    selectCards(window, {sent});
    click(abort);
    dialog = waitForVisible<QDialog>(QStringLiteral("abortDialog"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("abortDialog")); }));
    CHECK(t.cardState(sent) == QStringLiteral("processing"));
}

TEST_CASE("an operator initializes a produced card: a UID that does not match is refused in the dialog",
          "[gui][initialize]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::InitializeTemporaryCard);
    const qint64 produced =
        t.insertCard(CardState::Produced, 0, QStringLiteral("gc-7"), QStringLiteral("04A1B2C3D4E5F6"));
    const qint64 inProduction = t.insertCard(CardState::InProduction, 0, QStringLiteral("gc-8"));
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logIn(QStringLiteral("olle"));
    QAbstractButton *initialize = button(window, "initializeTemporaryCardPushButton");
    REQUIRE(initialize);
    selectCards(window, {inProduction});
    CHECK_FALSE(initialize->isEnabled());
    selectCards(window, {produced});
    REQUIRE(initialize->isEnabled());
    click(initialize);

    auto *dialog = waitForVisible<QDialog>(QStringLiteral("initializeDialog"));
    auto *uid = child<QLineEdit>(dialog, QStringLiteral("chipUidLineEdit"));
    CHECK(uid->text().isEmpty()); // what it is checked against is not given away
    typeInto(uid, QStringLiteral("04A1B2C3D4E5F7"));
    click(child<QAbstractButton>(dialog, QStringLiteral("nextPushButton")));
    auto *message = child<QLabel>(dialog, QStringLiteral("messageLabel"));
    REQUIRE(waitFor([&] { return message->isVisible(); }));
    CHECK(message->text().contains(QStringLiteral("not the one Nexus GO Cards reported")));
    CHECK(t.cardState(produced) == QStringLiteral("produced"));
    typeInto(uid, QStringLiteral("04 a1 b2 c3 d4 e5 f6"));
    QTest::keyClick(uid, Qt::Key_Return);
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("initializeDialog")); }));
    CHECK(t.cardState(produced) == QStringLiteral("unassigned"));
    CardListModel *model = window->temporaryCardView()->model();
    REQUIRE(waitFor([&] {
        return model->index(model->rowOf(produced), CardListModel::StateColumn).data() == QStringLiteral("unassigned");
    }));
    CHECK(window->notificationBar()->message().contains(QStringLiteral("ready to hand out")));
}

TEST_CASE("the state filter and the search narrow the list, and live changes follow the filter", "[gui][filter]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    for (int i = 0; i < 3; ++i)
        t.insertCard(CardState::Processing);
    const qint64 ordered = t.insertCard(CardState::Ordered, 0, QStringLiteral("gc-00000042"));
    const qint64 produced = t.insertCard(CardState::Produced, 0, QStringLiteral("gc-00000043"));
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logIn(QStringLiteral("olle"));
    CardListModel *model = window->temporaryCardView()->model();
    CHECK(model->rowCount() == 5);

    auto *state = child<QComboBox>(window, QStringLiteral("stateFilterComboBox"));
    chooseByTyping(state, QStringLiteral("processing"));
    REQUIRE(waitFor([&] { return model->rowCount() == 3; }));
    for (int row = 0; row < 3; ++row)
        CHECK(model->index(row, CardListModel::StateColumn).data() == QStringLiteral("processing"));

    // The search field, reached with Ctrl+F as well as by click.
    window->activateWindow(); // shortcuts work in the active window only
    REQUIRE(QTest::qWaitForWindowActive(window));
    QTest::keySequence(window, QKeySequence::Find);
    auto *search = child<QLineEdit>(window, QStringLiteral("searchLineEdit"));
    CHECK(search->hasFocus());
    chooseByTyping(state, QStringLiteral("All"));
    QTest::keyClicks(search, QStringLiteral("gc-0000004"));
    REQUIRE(waitFor([&] { return model->rowCount() == 2; }));
    QTest::keyClicks(search, QStringLiteral("3"));
    REQUIRE(waitFor([&] { return model->rowCount() == 1; }));
    CHECK(model->card(0).id == produced);

    // A filter on "produced" takes in a card that becomes produced while the list is open, in its place.
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    chooseByTyping(state, QStringLiteral("produced"));
    REQUIRE(waitFor([&] { return model->rowCount() == 1; }));
    SqlQuery::run(t.database().connection(),
                  QStringLiteral("UPDATE cards SET state = 'produced' WHERE id = %1").arg(ordered));
    t.backend().cards()->noteChanged({ordered});
    REQUIRE(model->rowCount() == 2);
    CHECK(model->card(0).id == produced);
    CHECK(model->card(1).id == ordered);
}

TEST_CASE("Refresh from Go Cards brings one card up to date and says so", "[gui][refresh]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::OrderTemporaryCards);
    t.setQueueTemporaryCards(false);
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logIn(QStringLiteral("olle"));
    click(button(window, "orderTemporaryCardsPushButton"));
    click(child<QAbstractButton>(waitForVisible<QDialog>(QStringLiteral("orderDialog")),
                                 QStringLiteral("nextPushButton")));
    CardListModel *model = window->temporaryCardView()->model();
    REQUIRE(waitFor([&] { return model->rowCount() == 1 && model->card(0).state == CardState::Ordered; }));
    t.simulator().production().advanceCard(model->card(0).goCardsCardId, QDateTime::currentDateTimeUtc());

    QAbstractButton *refresh = button(window, "refreshFromGoCardsPushButton");
    CHECK_FALSE(refresh->isEnabled());
    selectCards(window, {model->card(0).id});
    click(refresh);
    REQUIRE(waitFor(
        [&] { return window->notificationBar()->message() == QStringLiteral("Card 1 is now in production."); }));
    CHECK(model->card(0).state == CardState::InProduction);
}

TEST_CASE("every process has its button, key and dialog in the ui's table, every command state its tab", "[gui]")
{
    QSet<QString> names;
    for (const ProcessId id : Processes::all()) {
        INFO(Processes::symbolicName(id).toStdString());
        const QString name = ProcessUi::buttonObjectName(id);
        CHECK(name.endsWith(QStringLiteral("PushButton")));
        CHECK_FALSE(names.contains(name));
        names.insert(name);
        CHECK(ProcessUi::buttonText(id).contains(QLatin1Char('&')));
    }
    QSet<QString> prefixes;
    for (const CardState state : Processes::statesWithCommands()) {
        const ProcessUi::CommandTab tab = ProcessUi::commandTab(state);
        INFO(CardStates::toStorage(state).toStdString());
        CHECK(tab.title.contains(QLatin1Char('&'))); // a tab of its own, not the fallback named after the state
        CHECK_FALSE(prefixes.contains(tab.objectNamePrefix));
        prefixes.insert(tab.objectNamePrefix);
    }
}

TEST_CASE("Initialize takes a whole delivery: each card in turn, a skip, and the count at the end", "[gui][initialize]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::InitializeTemporaryCard);
    const qint64 first = t.insertCard(CardState::Produced, 0, QStringLiteral("gc-1"), QStringLiteral("04A1B2C3D4E5F1"));
    const qint64 second =
        t.insertCard(CardState::Produced, 0, QStringLiteral("gc-2"), QStringLiteral("04A1B2C3D4E5F2"));
    const qint64 third = t.insertCard(CardState::Produced, 0, QStringLiteral("gc-3"), QStringLiteral("04A1B2C3D4E5F3"));
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logIn(QStringLiteral("olle"));
    selectCards(window, {first, second, third});
    QAbstractButton *initialize = button(window, "initializeTemporaryCardPushButton");
    REQUIRE(initialize->isEnabled());
    click(initialize);
    auto *dialog = waitForVisible<QDialog>(QStringLiteral("initializeDialog"));
    auto *uid = child<QLineEdit>(dialog, QStringLiteral("chipUidLineEdit"));
    auto *current = child<QLabel>(dialog, QStringLiteral("currentCardLabel"));
    auto *list = child<QListWidget>(dialog, QStringLiteral("deliveryListWidget"));
    REQUIRE(list->count() == 3);
    CHECK(current->text().startsWith(QStringLiteral("Card 1 of 3: card %1").arg(first)));

    // The first card, read as a reader types it: the field is ready for the next one at once.
    typeInto(uid, QStringLiteral("04A1B2C3D4E5F1"));
    QTest::keyClick(uid, Qt::Key_Return);
    REQUIRE(waitFor([&] { return current->text().startsWith(QStringLiteral("Card 2 of 3")); }));
    CHECK(uid->text().isEmpty());
    CHECK(t.cardState(first) == QStringLiteral("unassigned"));
    CHECK(list->item(0)->text().endsWith(QStringLiteral("ready to hand out")));

    // A wrong chip is refused with what Go Cards reported; the second card is not in this delivery.
    typeInto(uid, QStringLiteral("04A1B2C3D4E5F9"));
    QTest::keyClick(uid, Qt::Key_Return);
    auto *message = child<QLabel>(dialog, QStringLiteral("messageLabel"));
    REQUIRE(waitFor([&] { return message->text().contains(QStringLiteral("not the one")); }));
    CHECK(message->text().contains(QStringLiteral("04A1B2C3D4E5F2")));
    CHECK(t.cardState(second) == QStringLiteral("produced"));
    click(child<QAbstractButton>(dialog, QStringLiteral("skipPushButton")));
    CHECK(list->item(1)->text().endsWith(QStringLiteral("skipped")));
    REQUIRE(current->text().startsWith(QStringLiteral("Card 3 of 3")));

    typeInto(uid, QStringLiteral("04a1b2c3d4e5f3"));
    QTest::keyClick(uid, Qt::Key_Return);
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("initializeDialog")); }));
    CHECK(t.cardState(third) == QStringLiteral("unassigned"));
    CHECK(t.cardState(second) == QStringLiteral("produced"));
    CHECK(waitFor([&] {
        return window->notificationBar()->message() == QStringLiteral("2 cards initialized and ready to hand out.");
    }));
}
