// SPDX-License-Identifier: Apache-2.0
// The day's news on the desktop: cards produced, cards failed, the batch sync failing and working again,
// and low stock reach the session's notification service (a recording one here, where GNOME Shell or
// Plasma would be) over D-Bus; each kind can be turned off in View › Desktop notifications, which is
// remembered; a click on a notification brings the window up. The [dbus] case needs a session bus
// (scripts/desktop-test.sh); the tray menu is checked offscreen.
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "NotificationRecorder.h"
#include "OrderTemporaryCardsJob.h"

#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

using namespace tempcards;
using namespace tempcards::test;

namespace {

// Orders `amount` cards at once (the queue is off) and returns their Go Cards card ids.
QStringList orderCards(TestBackend &t, const Session &session, int amount)
{
    std::unique_ptr<OrderTemporaryCardsJob> job(t.backend().ordering()->orderTemporaryCards(session, amount));
    bool done = false;
    QObject context;
    QObject::connect(job.get(), &OrderTemporaryCardsJob::finished, &context, [&] { done = true; });
    job->start();
    REQUIRE(waitFor([&] { return done; }));
    QStringList ids;
    for (const CardRow &card : t.backend().cards()->byIds(job->cardIds())) {
        REQUIRE(card.state == CardState::Ordered);
        ids << card.goCardsCardId;
    }
    return ids;
}

// Go Cards moves the card to produced (or failed) now.
void produce(TestBackend &t, const QString &cardId, bool fail = false)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    REQUIRE(t.simulator().production().advanceCard(cardId, now));
    REQUIRE(t.simulator().production().advanceCard(cardId, now, fail));
}

int countOf(const NotificationRecorder &desktop, const QString &summary)
{
    int n = 0;
    for (const NotificationRecorder::Shown &shown : desktop.shown())
        n += shown.summary == summary ? 1 : 0;
    return n;
}

const NotificationRecorder::Shown &last(const NotificationRecorder &desktop, const QString &summary)
{
    for (auto it = desktop.shown().crbegin(); it != desktop.shown().crend(); ++it) {
        if (it->summary == summary)
            return *it;
    }
    FAIL("no notification " << summary.toStdString());
    return desktop.shown().first();
}

} // namespace

TEST_CASE("the day's news reaches the desktop's notification service and each kind can be turned off", "[.][dbus]")
{
    NotificationRecorder desktop;
    REQUIRE(desktop.isRegistered());
    TestBackend t;
    const Session olle = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::OrderTemporaryCards);
    t.setQueueTemporaryCards(false);
    t.setOption(QStringLiteral("lowStockThreshold"), 2);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("tempcards.conf")), QSettings::IniFormat);
    ClientFlow flow(&t.backend());
    flow.setSettings(&settings);
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));

    // Nothing in stock: said as the window opens, from tempcards, with a way back to the window.
    const QString lowStock = QStringLiteral("Low stock of temporary cards");
    REQUIRE(waitFor([&] { return countOf(desktop, lowStock) == 1; }));
    const NotificationRecorder::Shown &low = last(desktop, lowStock);
    CHECK(low.appName == QStringLiteral("tempcards"));
    CHECK(low.body.contains(QStringLiteral("0 unassigned, 0 on the way")));
    CHECK(low.hints.value(QStringLiteral("desktop-entry")) == QStringLiteral("org.tempcards.tempcards"));
    CHECK(low.actions == QStringList{QStringLiteral("default"), QStringLiteral("Show tempcards")});

    // Three cards produced in one sync run: one notification that names them.
    const QStringList three = orderCards(t, olle, 3);
    for (const QString &id : three)
        produce(t, id);
    REQUIRE(t.runSync().errorString.isEmpty());
    const QString produced = QStringLiteral("3 temporary cards produced");
    REQUIRE(waitFor([&] { return countOf(desktop, produced) == 1; }));
    const QString named = last(desktop, produced).body;
    CHECK(named.startsWith(QStringLiteral("Cards 1, 2")));
    CHECK(named.contains(QStringLiteral("3 are on their way; initialize them when they arrive.")));

    // A failed card, with Go Cards' reason as written.
    produce(t, orderCards(t, olle, 1).first(), true);
    REQUIRE(t.runSync().errorString.isEmpty());
    const QString failed = QStringLiteral("1 temporary card failed");
    REQUIRE(waitFor([&] { return countOf(desktop, failed) == 1; }));
    CHECK(last(desktop, failed).body == QStringLiteral("Card 4: The chip failed its test after personalisation."));

    // The batch sync failing, then working again in its place.
    t.simulator().queueFaults(QStringLiteral("/api/v2/events"), {sim::Fault::InvalidRequest}); // not retried
    CHECK_FALSE(t.runSync().errorString.isEmpty());
    const QString failing = QStringLiteral("The batch sync is failing");
    REQUIRE(waitFor([&] { return countOf(desktop, failing) == 1; }));
    const uint failingId = last(desktop, failing).id;
    CHECK(last(desktop, failing).body.contains(QStringLiteral("it keeps trying")));
    REQUIRE(t.runSync().errorString.isEmpty());
    const QString works = QStringLiteral("The batch sync works again");
    REQUIRE(waitFor([&] { return countOf(desktop, works) == 1; }));
    CHECK(last(desktop, works).replacesId == failingId);

    // Produced news turned off: the next run's failed card is told, its produced card is not.
    auto *producedChoice = child<QAction>(window, QStringLiteral("notifyProducedAction"));
    REQUIRE(producedChoice->isChecked());
    producedChoice->trigger();
    const QStringList two = orderCards(t, olle, 2);
    produce(t, two.at(0));
    produce(t, two.at(1), true);
    REQUIRE(t.runSync().errorString.isEmpty());
    REQUIRE(waitFor([&] { return countOf(desktop, failed) == 2; }));
    CHECK(last(desktop, failed).body.startsWith(QStringLiteral("Card 6:")));
    CHECK(countOf(desktop, QStringLiteral("1 temporary card produced")) == 0);
    CHECK(countOf(desktop, produced) == 1);
    CHECK(settings.value(QStringLiteral("layout/olle/notifications/produced")) == false);

    // A click on a notification brings the window up from behind another application's.
    QWidget elsewhere;
    elsewhere.setWindowTitle(QStringLiteral("another application"));
    elsewhere.show();
    elsewhere.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&elsewhere));
    desktop.click(last(desktop, failed).id);
    CHECK(waitFor([&] { return window->isActiveWindow(); }));
}

TEST_CASE("the tray icon's menu shows the window, runs the sync, chooses notifications and quits", "[gui]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("tempcards.conf")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("layout/olle/notifications/lowStock"), false);
    ClientFlow flow(&t.backend());
    flow.setSettings(&settings);
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    auto *menu = child<QMenu>(window, QStringLiteral("trayMenu"));
    QStringList names;
    for (const QAction *action : menu->actions())
        names << (action->menu() ? action->menu()->objectName() : action->objectName());
    CHECK(names == QStringList{QStringLiteral("showWindowAction"), QStringLiteral("runBatchSyncAction"),
                               QStringLiteral("notificationsMenu"), QString(), QStringLiteral("quitAction")});
    // The same choices as View › Desktop notifications, as remembered.
    CHECK_FALSE(child<QAction>(window, QStringLiteral("notifyLowStockAction"))->isChecked());
    CHECK(child<QAction>(window, QStringLiteral("notifyFailedAction"))->isChecked());

    window->hide();
    child<QAction>(menu, QStringLiteral("showWindowAction"))->trigger();
    CHECK(window->isVisible());
}
