// SPDX-License-Identifier: Apache-2.0
// The idle lock, on the core's fake clock: an administrator's windows lock after the options' minutes
// without use (a key press starts the count again), hide everything they showed, refuse a wrong password
// and a request to show the window, and come back as they were with the right one; an operator's do not
// lock unless the option says so, and Log out from the lock ends the session.
#include "IdleLock.h"
#include "ClientFlow.h"
#include "ClientSteps.h"

#include <QLabel>
#include <QLineEdit>

using namespace tempcards;
using namespace tempcards::test;

namespace {

TestBackend::Options onFakeClock()
{
    TestBackend::Options options;
    options.fakeClock = true;
    return options;
}

// `minutes` later by the core's clock, and the lock's look at it.
void idleFor(TestBackend &t, MainWindow *window, int minutes)
{
    t.fakeClock().advance(qint64(minutes) * 60);
    window->idleLock()->check();
}

void unlockWith(QDialog *dialog, const QString &password)
{
    typeInto(child<QLineEdit>(dialog, QStringLiteral("unlockPasswordLineEdit")), password);
    click(child<QAbstractButton>(dialog, QStringLiteral("unlockPushButton")));
}

} // namespace

TEST_CASE("an administrator's idle windows lock and come back with the password", "[gui][idlelock]")
{
    TestBackend t(onFakeClock());
    t.createAccount(QStringLiteral("ada"), {Roles::Administrator, Roles::Operator});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("ada"));
    REQUIRE(window->idleLock()->minutes() == 10); // the administrators' default
    child<QAction>(window, QStringLiteral("circulationAction"))->trigger();
    QWidget *circulation = waitForVisible<QDialog>(QStringLiteral("circulationDialog"));

    idleFor(t, window, 9);
    CHECK_FALSE(window->idleLock()->isLocked());
    QTest::keyClick(window, Qt::Key_Shift); // a key press: the count starts again
    idleFor(t, window, 9);
    CHECK_FALSE(window->idleLock()->isLocked());
    idleFor(t, window, 1);
    REQUIRE(window->idleLock()->isLocked());
    CHECK_FALSE(window->isVisible());
    CHECK_FALSE(circulation->isVisible());
    auto *dialog = waitForVisible<QDialog>(QStringLiteral("unlockDialog"));
    CHECK(child<QLabel>(dialog, QStringLiteral("lockedLabel"))->text() ==
          QStringLiteral("tempcards was locked after 10 minutes without use. Enter the password of ada to go on."));

    // Neither Esc nor a request to show the window (a notification's click, a second start) gets past it.
    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK(dialog->isVisible());
    window->bringToFront();
    CHECK_FALSE(window->isVisible());
    CHECK(dialog->isVisible());

    unlockWith(dialog, QStringLiteral("not the password"));
    auto *message = child<QLabel>(dialog, QStringLiteral("messageLabel"));
    REQUIRE(waitFor([&] { return message->isVisible(); }));
    CHECK(message->text().contains(QStringLiteral("password is wrong")));
    CHECK(window->idleLock()->isLocked());
    CHECK_FALSE(window->isVisible());

    unlockWith(dialog, TestBackend::kPassword);
    REQUIRE(waitFor([&] { return !window->idleLock()->isLocked(); }));
    CHECK(window->isVisible());
    CHECK(circulation->isVisible());
    CHECK_FALSE(findVisible(QStringLiteral("unlockDialog")));
    // The count starts again from the unlock.
    idleFor(t, window, 9);
    CHECK_FALSE(window->idleLock()->isLocked());
    idleFor(t, window, 1);
    CHECK(window->idleLock()->isLocked());
}

TEST_CASE("an operator's windows lock only when the option says so, and Log out ends the session there",
          "[gui][idlelock]")
{
    TestBackend t(onFakeClock());
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    CHECK(window->idleLock()->minutes() == 0);
    idleFor(t, window, 24 * 60);
    CHECK_FALSE(window->idleLock()->isLocked());
    CHECK(window->isVisible());

    // The administrator sets it for everyone: it holds from the next login.
    t.setOption(QStringLiteral("idleLockMinutes"), 5);
    child<QAction>(window, QStringLiteral("logoutAction"))->trigger();
    REQUIRE(waitFor([&] { return findVisible(QStringLiteral("mainWindow")) == nullptr; }));
    window = logInToMainWindow(QStringLiteral("olle"));
    CHECK(window->idleLock()->minutes() == 5);
    idleFor(t, window, 5);
    REQUIRE(window->idleLock()->isLocked());
    auto *dialog = waitForVisible<QDialog>(QStringLiteral("unlockDialog"));
    QPointer<MainWindow> ended = window;
    click(child<QAbstractButton>(dialog, QStringLiteral("logOutPushButton")));
    auto *login = waitForVisible<QDialog>(QStringLiteral("loginDialog"));
    CHECK(child<QLineEdit>(login, QStringLiteral("userNameLineEdit"))->text() == QStringLiteral("olle"));
    CHECK(waitFor([&] { return ended.isNull(); }));
    CHECK_FALSE(findVisible(QStringLiteral("unlockDialog")));
}
