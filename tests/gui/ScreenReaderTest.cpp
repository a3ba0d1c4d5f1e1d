// SPDX-License-Identifier: Apache-2.0
// What a blind operator hears: the real client's windows read over AT-SPI by a screen reader's own library
// (pyatspi), under Xvfb with a D-Bus session (scripts/desktop-test.sh runs these; they are hidden from
// the offscreen run, which has no accessibility bus). Each flow's messages must reach the reader twice: as
// the name of a showing label in the tree, and as an event when they appear or change. Every showing control
// a person can focus, and every showing label, must have a name. Buttons are pressed through AT-SPI, as
// assistive technology operates the client; text is typed with the keyboard.
#include "ScreenReader.h"
#include "ClientFlow.h"
#include "ClientSteps.h"

#include <QAccessible>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>

using namespace tempcards;
using namespace tempcards::test;

namespace {

// The message is read out, and it is what the window shows: the reader heard it and finds a showing
// label of that name in the tree.
void checkSpoken(ScreenReader &reader, const QString &message)
{
    INFO("message: " << message.toStdString());
    CHECK_FALSE(message.isEmpty());
    const bool heard = reader.heard(message);
    INFO("heard:\n" << reader.heardSoFar().toStdString());
    CHECK(heard);
    CHECK_FALSE(reader.find(QStringLiteral("label"), message).isEmpty());
}

void checkNothingSilent(ScreenReader &reader, const QString &where)
{
    const QStringList silent = ScreenReader::silent(reader.tree());
    INFO(where.toStdString() << ":\n" << silent.join(QLatin1Char('\n')).toStdString());
    CHECK(silent.isEmpty());
}

// Presses the button through AT-SPI, found by the role and name Qt gives it.
void press(ScreenReader &reader, QAbstractButton *button)
{
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    reader.forget();
    const QString name = QAccessible::queryAccessibleInterface(button)->text(QAccessible::Name);
    reader.press(QStringLiteral("push button"), name);
}

void press(ScreenReader &reader, QWidget *window, const char *objectName)
{
    press(reader, child<QAbstractButton>(window, QLatin1String(objectName)));
}

// With a screen reader listening, Qt's bridge hands each key to it first (so it can take its own keys) and
// delivers the key only when the reader's answer comes back: typing is done once the field shows it.
void type(QLineEdit *edit, const QString &text)
{
    typeInto(edit, text);
    INFO("typing into " << edit->objectName().toStdString());
    REQUIRE(waitFor([&] { return edit->text() == text; }));
}

void type(QWidget *window, const char *objectName, const QString &text)
{
    type(child<QLineEdit>(window, QLatin1String(objectName)), text);
}

// Chooses by typing the first letters, as chooseByTyping() does, once the keys have arrived.
void choose(QComboBox *combo, const QString &text)
{
    QTest::qWait(QApplication::keyboardInputInterval() + 10);
    combo->setFocus();
    QTest::keyClicks(combo, text.section(QLatin1Char(' '), 0, 0));
    INFO("choosing " << text.toStdString());
    REQUIRE(waitFor([&] { return combo->currentText() == text; }));
}

QString textOf(QWidget *window, const char *objectName)
{
    return child<QLabel>(window, QLatin1String(objectName))->text();
}

QString notification(MainWindow *window)
{
    return textOf(window, "notificationLabel");
}

MainWindow *logIn(ScreenReader &reader, const QString &userName)
{
    auto *login = waitForVisible<QDialog>(QStringLiteral("loginDialog"));
    type(login, "userNameLineEdit", userName);
    type(login, "passwordLineEdit", TestBackend::kPassword);
    press(reader, login, "loginPushButton");
    auto *window = waitForVisible<MainWindow>(QStringLiteral("mainWindow"));
    // A real X server without a window manager: the keyboard goes to the window made active.
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    return window;
}

void selectOnly(MainWindow *window, const QList<qint64> &cardIds)
{
    auto *table = child<QTableView>(window, QStringLiteral("cardsTableView"));
    CardListModel *model = window->temporaryCardView()->model();
    table->selectionModel()->clearSelection();
    for (const qint64 id : cardIds) {
        REQUIRE(waitFor([&] { return model->rowOf(id) >= 0; }));
        table->selectionModel()->select(model->index(model->rowOf(id), 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    REQUIRE(window->temporaryCardView()->selectedCards().size() == cardIds.size());
}

} // namespace

TEST_CASE("a screen reader hears the first start and the login refuse and admit", "[.][atspi]")
{
    TestBackend t;
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    auto *first = waitForVisible<QDialog>(QStringLiteral("firstAdministratorDialog"));
    ScreenReader reader;
    checkNothingSilent(reader, QStringLiteral("first start"));

    type(first, "userNameLineEdit", QStringLiteral("admin"));
    type(first, "passwordLineEdit", QStringLiteral("short"));
    type(first, "repeatPasswordLineEdit", QStringLiteral("short"));
    press(reader, first, "createPushButton");
    REQUIRE(waitFor([&] { return textOf(first, "messageLabel").contains(QStringLiteral("at least 12")); }));
    checkSpoken(reader, textOf(first, "messageLabel"));

    type(first, "passwordLineEdit", TestBackend::kPassword);
    type(first, "repeatPasswordLineEdit", TestBackend::kPassword);
    press(reader, first, "createPushButton");

    auto *login = waitForVisible<QDialog>(QStringLiteral("loginDialog"));
    checkNothingSilent(reader, QStringLiteral("login"));
    type(login, "passwordLineEdit", QStringLiteral("a wrong password!!"));
    press(reader, login, "loginPushButton");
    REQUIRE(waitFor([&] { return textOf(login, "messageLabel").contains(QStringLiteral("wrong")); }));
    checkSpoken(reader, textOf(login, "messageLabel"));

    MainWindow *window = logIn(reader, QStringLiteral("admin"));
    checkNothingSilent(reader, QStringLiteral("main window"));
    choose(child<QComboBox>(window, QStringLiteral("quickSearchComboBox")), QStringLiteral("Temporary card"));
    checkNothingSilent(reader, QStringLiteral("main window, temporary cards"));
    // The search field's clear button shows once there is something to clear.
    type(window, "searchLineEdit", QStringLiteral("gc-"));
    checkNothingSilent(reader, QStringLiteral("main window, a search typed"));
    CHECK(reader.find(QStringLiteral("push button"), QStringLiteral("Clear")).size() == 1);
}

TEST_CASE("a screen reader hears what ordering, aborting and initializing did", "[.][atspi]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    for (const ProcessId id :
         {ProcessId::OrderTemporaryCards, ProcessId::AbortTemporaryCardOrder, ProcessId::InitializeTemporaryCard})
        t.enableProcess(id);
    const qint64 produced =
        t.insertCard(CardState::Produced, 0, QStringLiteral("gc-7"), QStringLiteral("04A1B2C3D4E5F6"));
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    waitForVisible<QDialog>(QStringLiteral("loginDialog"));
    ScreenReader reader;
    MainWindow *window = logIn(reader, QStringLiteral("olle"));
    choose(child<QComboBox>(window, QStringLiteral("quickSearchComboBox")), QStringLiteral("Temporary card"));
    TemporaryCardView *view = window->temporaryCardView();

    // Order: queued, then refused by an unreachable Go Cards, with the order dialog's message.
    press(reader, window, "orderTemporaryCardsPushButton");
    auto *order = waitForVisible<QDialog>(QStringLiteral("orderDialog"));
    checkNothingSilent(reader, QStringLiteral("order dialog"));
    choose(child<QComboBox>(order, QStringLiteral("amountComboBox")), QStringLiteral("3"));
    press(reader, order, "nextPushButton");
    REQUIRE(waitFor([&] { return notification(window).contains(QStringLiteral("3 temporary cards")); }));
    checkSpoken(reader, notification(window));
    QList<qint64> queued;
    REQUIRE(waitFor([&] { return view->model()->rowCount() == 4; }));
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, CardListModel::StateColumn).data() == QStringLiteral("processing"))
            queued << view->model()->card(row).id;
    }
    REQUIRE(queued.size() == 3);

    t.setQueueTemporaryCards(false);
    t.simulator().queueFaults(QStringLiteral("/api/v2/orders"), {sim::Fault::ServerError, sim::Fault::ServerError,
                                                                 sim::Fault::ServerError, sim::Fault::ServerError});
    press(reader, window, "orderTemporaryCardsPushButton");
    order = waitForVisible<QDialog>(QStringLiteral("orderDialog"));
    press(reader, order, "nextPushButton");
    REQUIRE(waitFor([&] { return textOf(order, "messageLabel").contains(QStringLiteral("problem on its side")); }));
    checkSpoken(reader, textOf(order, "messageLabel"));
    checkNothingSilent(reader, QStringLiteral("order dialog, refused"));
    press(reader, order, "closePushButton");
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("orderDialog")); }));

    // Abort the three queued cards.
    selectOnly(window, queued);
    press(reader, window, "abortTemporaryCardOrderPushButton");
    auto *abort = waitForVisible<QDialog>(QStringLiteral("abortDialog"));
    checkNothingSilent(reader, QStringLiteral("abort dialog"));
    press(reader, abort, "nextPushButton");
    REQUIRE(waitFor([&] { return textOf(abort, "messageLabel") == QStringLiteral("3 cards aborted."); }));
    checkSpoken(reader, textOf(abort, "messageLabel"));
    press(reader, abort, "closePushButton");
    REQUIRE(waitFor([&] { return notification(window) == QStringLiteral("3 cards aborted."); }));
    checkSpoken(reader, notification(window));

    // Initialize: a UID that does not match is refused, the right one makes the card ready.
    selectOnly(window, {produced});
    press(reader, window, "initializeTemporaryCardPushButton");
    auto *initialize = waitForVisible<QDialog>(QStringLiteral("initializeDialog"));
    checkNothingSilent(reader, QStringLiteral("initialize dialog"));
    auto *uid = child<QLineEdit>(initialize, QStringLiteral("chipUidLineEdit"));
    type(uid, QStringLiteral("04A1B2C3D4E5F7"));
    press(reader, initialize, "nextPushButton");
    REQUIRE(waitFor([&] { return textOf(initialize, "messageLabel").contains(QStringLiteral("not the one")); }));
    checkSpoken(reader, textOf(initialize, "messageLabel"));
    type(uid, QStringLiteral("04A1B2C3D4E5F6"));
    press(reader, initialize, "nextPushButton");
    REQUIRE(waitFor([&] { return notification(window).contains(QStringLiteral("ready to hand out")); }));
    checkSpoken(reader, notification(window));
}

TEST_CASE("a screen reader hears the settings' results and the audit trail's check", "[.][atspi]")
{
    const QString secret = QStringLiteral("atspi-secret-4711");
    TestBackend::Options options;
    options.simulator.clientSecret = secret;
    TestBackend t(options);
    t.createAccount(QStringLiteral("ada"), {Roles::Administrator, Roles::Auditor});
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    waitForVisible<QDialog>(QStringLiteral("loginDialog"));
    ScreenReader reader;
    MainWindow *window = logIn(reader, QStringLiteral("ada"));

    QDialog *settings = openSettingsAt(window, QStringLiteral("Go Cards connection"));
    checkNothingSilent(reader, QStringLiteral("settings, Go Cards connection"));
    type(settings, "clientSecretLineEdit", QStringLiteral("not-the-secret"));
    press(reader, settings, "testConnectionPushButton");
    REQUIRE(waitFor([&] { return textOf(settings, "connectionResultLabel").contains(QStringLiteral("refused")); }));
    checkSpoken(reader, textOf(settings, "connectionResultLabel"));
    // A refusal names the page; a save closes the dialog and says so in the window.
    const QString address = child<QLineEdit>(settings, QStringLiteral("urlLineEdit"))->text();
    type(settings, "urlLineEdit", QStringLiteral("ftp://gocards.example"));
    press(reader, settings, "savePushButton");
    REQUIRE(waitFor([&] { return textOf(settings, "messageLabel").contains(QStringLiteral("not saved")); }));
    checkSpoken(reader, textOf(settings, "messageLabel"));
    type(settings, "urlLineEdit", address);
    type(settings, "clientSecretLineEdit", secret);
    press(reader, settings, "savePushButton");
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("settingsDialog")); }));
    REQUIRE(waitFor([&] { return notification(window).contains(QStringLiteral("saved")); }));
    checkSpoken(reader, notification(window));
    reader.forget();
    settings = openSettingsAt(window, QStringLiteral("Go Cards connection"));
    REQUIRE(textOf(settings, "connectionStateLabel").startsWith(QStringLiteral("Saved by")));
    checkSpoken(reader, textOf(settings, "connectionStateLabel"));

    settings->reject();
    settings = openSettingsAt(window, QStringLiteral("Accounts"));
    checkNothingSilent(reader, QStringLiteral("settings, Accounts"));
    selectAccount(child<QTableWidget>(settings, QStringLiteral("accountsTableWidget")), QStringLiteral("ada"));
    press(reader, settings, "deactivatePushButton");
    REQUIRE(waitFor([&] { return textOf(settings, "accountsMessageLabel").contains(QStringLiteral("own account")); }));
    checkSpoken(reader, textOf(settings, "accountsMessageLabel"));

    // Cancel with edits asks, and the question is read out.
    settings->reject();
    settings = openSettingsAt(window, QStringLiteral("Go Cards connection"));
    type(settings, "organisationLineEdit", QStringLiteral("another-org"));
    press(reader, settings, "cancelPushButton");
    auto *ask = waitForVisible<QDialog>(QStringLiteral("discardChangesMessageBox"));
    checkNothingSilent(reader, QStringLiteral("discard changes?"));
    checkSpoken(reader, static_cast<QMessageBox *>(ask)->text());
    press(reader, ask, "discardPushButton");
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("settingsDialog")); }));

    child<QAction>(window, QStringLiteral("auditTrailAction"))->trigger();
    auto *audit = waitForVisible<QDialog>(QStringLiteral("auditTrailDialog"));
    checkNothingSilent(reader, QStringLiteral("audit trail"));
    press(reader, audit, "verifyPushButton");
    REQUIRE(waitFor(
        [&] { return textOf(audit, "auditMessageLabel").startsWith(QStringLiteral("The audit trail is intact")); }));
    checkSpoken(reader, textOf(audit, "auditMessageLabel"));
}
