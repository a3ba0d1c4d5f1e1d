// SPDX-License-Identifier: Apache-2.0
// What the operator sees while the client waits on Go Cards and when the batch sync fails or recovers,
// and the state icons of the card list.
#include "CardListModel.h"
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "MainWindow.h"
#include "NotificationBar.h"
#include "StateLook.h"
#include "SyncStatusLabel.h"
#include "TemporaryCardView.h"
#include "TestBackend.h"

#include <QAction>
#include <QImage>
#include <QProgressBar>

using namespace tempcards;
using namespace tempcards::test;

TEST_CASE("a wait on Go Cards shows a running bar and the busy cursor, for as long as it lasts", "[gui][activity]")
{
    TestBackend::Options options;
    options.transferTimeoutMs = 1500;
    options.deadlineMs = 2000;
    TestBackend t(options);
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    const qint64 card = t.insertCard(CardState::Ordered, 0, QStringLiteral("gc-00000042"));
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    quickSearchTemporaryCards(window);
    auto *activity = child<QWidget>(window, QStringLiteral("goCardsActivity"));
    CHECK_FALSE(activity->isVisible());
    CHECK(window->cursor().shape() == Qt::ArrowCursor);

    // Go Cards takes the refresh and never answers: the client waits until its deadline.
    t.simulator().queueFaults(QStringLiteral("/api/v2/cards/gc-00000042"), {sim::Fault::Stall});
    selectCards(window, {card});
    click(child<QAbstractButton>(window, QStringLiteral("refreshFromGoCardsPushButton")));
    REQUIRE(waitFor([&] { return activity->isVisible(); }, 1500));
    CHECK(child<QProgressBar>(activity, QStringLiteral("goCardsActivityProgressBar"))->maximum() == 0);
    CHECK(window->cursor().shape() == Qt::BusyCursor);
    REQUIRE(waitFor([&] { return !window->notificationBar()->message().isEmpty(); }, 15000));
    CHECK_FALSE(activity->isVisible());
    CHECK(window->cursor().shape() == Qt::ArrowCursor);

    // A quick answer does not flash the bar.
    window->notificationBar()->hide();
    click(child<QAbstractButton>(window, QStringLiteral("refreshFromGoCardsPushButton")));
    bool flashed = false;
    REQUIRE(waitFor([&] {
        flashed = flashed || activity->isVisible();
        return !window->notificationBar()->message().isEmpty();
    }));
    CHECK_FALSE(flashed);
    CHECK(window->cursor().shape() == Qt::ArrowCursor);
}

TEST_CASE("the operator is told when the batch sync fails and when it works again", "[gui][activity]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::OrderTemporaryCards);
    t.setQueueTemporaryCards(true);
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    quickSearchTemporaryCards(window);
    click(child<QAbstractButton>(window, QStringLiteral("orderTemporaryCardsPushButton")));
    click(child<QAbstractButton>(waitForVisible<QDialog>(QStringLiteral("orderDialog")),
                                 QStringLiteral("nextPushButton")));
    REQUIRE(waitFor([&] { return t.cardCount(QStringLiteral("processing")) == 1; }));
    auto *status = child<SyncStatusLabel>(window, QStringLiteral("syncStatusLabel"));
    CHECK_FALSE(status->isFailing());
    const QImage working = status->grab().toImage();

    // Go Cards fails every attempt of one run.
    t.simulator().queueFaults(QStringLiteral("/api/v2/orders"),
                              QList<sim::Fault>(t.options().syncRetry.maxAttempts, sim::Fault::ServerError));
    child<QAction>(window, QStringLiteral("runBatchSyncAction"))->trigger();
    REQUIRE(waitFor([&] { return status->isFailing(); }, 15000));
    const QString failed = window->notificationBar()->message();
    CHECK(failed.startsWith(QStringLiteral("The batch sync failed: ")));
    CHECK(failed.contains(status->lastError()));
    CHECK(status->fullText().contains(QStringLiteral("last attempt failed")));
    CHECK(status->grab().toImage() != working); // the warning icon, not the working one

    child<QAction>(window, QStringLiteral("runBatchSyncAction"))->trigger();
    REQUIRE(waitFor([&] { return !status->isFailing(); }, 15000));
    CHECK(window->notificationBar()->message() ==
          QStringLiteral("The batch sync works again; the waiting cards are being ordered."));
    CHECK(t.cardCount(QStringLiteral("ordered")) == 1);
}

TEST_CASE("every card state has its own icon in the list", "[gui][activity]")
{
    QList<QImage> seen;
    for (const CardState state : CardStates::all()) {
        const QImage image = StateLook::cardStateIcon(state).pixmap(QSize(16, 16), 2.0).toImage();
        CAPTURE(CardStates::displayName(state).toStdString());
        REQUIRE(image.size() == QSize(32, 32)); // drawn for the screen's scale, not stretched
        CHECK_FALSE(seen.contains(image));
        seen << image;
    }
    TestBackend t;
    const qint64 failed = t.insertCard(CardState::Failed, 0, QString());
    CardListModel model(t.backend().cards());
    model.reload();
    REQUIRE(model.rowCount() == 1);
    const QIcon icon = model.index(0, CardListModel::StateColumn).data(Qt::DecorationRole).value<QIcon>();
    CHECK(icon.pixmap(QSize(16, 16), 2.0).toImage() == seen.at(int(CardState::Failed)));
    CHECK(model.index(0, CardListModel::IdColumn).data(Qt::DecorationRole).isNull());
    CHECK(model.rowOf(failed) == 0);
}
