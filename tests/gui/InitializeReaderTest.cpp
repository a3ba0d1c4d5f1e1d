// SPDX-License-Identifier: Apache-2.0
// Initialize with a card reader: each card of the delivery put on a PC/SC reader (the real pcscd with a
// virtual reader and cards, vpcd) is read and initialized without a key pressed; a card left lying there is
// not read twice; a wrong card is refused and the right one then taken. Without a reader the dialog says so
// and typing works. Needs root for pcscd ([pcsc], scripts/reader-test.sh).
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "NotificationBar.h"
#include "ReaderRig.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

using namespace tempcards;
using namespace tempcards::test;

namespace {

QDialog *openInitialize(MainWindow *window, const QList<qint64> &cards)
{
    selectCards(window, cards);
    click(child<QAbstractButton>(window, QStringLiteral("initializeTemporaryCardPushButton")));
    return waitForVisible<QDialog>(QStringLiteral("initializeDialog"));
}

} // namespace

TEST_CASE("Initialize reads each card of a delivery from the card reader", "[.][pcsc][initialize]")
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
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    quickSearchTemporaryCards(window);
    REQUIRE(waitFor([&] { return window->temporaryCardView()->model()->rowCount() == 3; }));
    {
        ReaderRig rig;
        REQUIRE(rig.problem().toStdString() == "");
        VirtualCard one(QByteArray::fromHex("04A1B2C3D4E5F1"));
        VirtualCard stranger(QByteArray::fromHex("04DEADBEEF0001"));
        VirtualCard two(QByteArray::fromHex("04A1B2C3D4E5F2"));
        QDialog *dialog = openInitialize(window, {first, second});
        auto *current = child<QLabel>(dialog, QStringLiteral("currentCardLabel"));
        auto *reader = child<QLabel>(dialog, QStringLiteral("readerLabel"));
        auto *list = child<QListWidget>(dialog, QStringLiteral("deliveryListWidget"));
        auto *message = child<QLabel>(dialog, QStringLiteral("messageLabel"));
        CHECK(reader->text() == QStringLiteral("Looking for a card reader…"));

        // The first card on the reader: read and initialized, no key pressed.
        one.put();
        REQUIRE(waitFor([&] { return current->text().startsWith(QStringLiteral("Card 2 of 2")); }));
        CHECK(t.cardState(first) == QStringLiteral("unassigned"));
        CHECK(list->item(0)->text().endsWith(QStringLiteral("ready to hand out")));
        CHECK(reader->text().startsWith(QStringLiteral("Read from the card on tempcards test reader")));
        // A screen reader hears it: the label's text is its name.
        CHECK(QAccessible::queryAccessibleInterface(reader)->text(QAccessible::Name) == reader->text());

        // Left lying there, it is not read again as the second card.
        QTest::qWait(1500);
        CHECK(one.uidRequests() == 1);
        CHECK(t.cardState(second) == QStringLiteral("produced"));

        // A card of another delivery: refused with what Go Cards reported; then the right one.
        one.takeOff();
        QTest::qWait(800);
        stranger.put();
        REQUIRE(waitFor([&] { return message->text().contains(QStringLiteral("not the one")); }));
        CHECK(t.cardState(second) == QStringLiteral("produced"));
        stranger.takeOff();
        QTest::qWait(800);
        two.put();
        REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("initializeDialog")); }));
        CHECK(t.cardState(second) == QStringLiteral("unassigned"));
        CHECK(window->notificationBar()->message() == QStringLiteral("2 cards initialized and ready to hand out."));
    }

    // No reader service: the dialog says so, and typing works as before.
    QDialog *dialog = openInitialize(window, {third});
    auto *reader = child<QLabel>(dialog, QStringLiteral("readerLabel"));
    REQUIRE(waitFor([&] {
        return reader->text() ==
               QStringLiteral("No card reader service is running (pcscd). Type the UID from the card.");
    }));
    auto *uid = child<QLineEdit>(dialog, QStringLiteral("chipUidLineEdit"));
    typeInto(uid, QStringLiteral("04A1B2C3D4E5F3"));
    QTest::keyClick(uid, Qt::Key_Return);
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("initializeDialog")); }));
    CHECK(t.cardState(third) == QStringLiteral("unassigned"));
}
