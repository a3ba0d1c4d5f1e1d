// SPDX-License-Identifier: Apache-2.0
// Renders the main windows with real data. With TEMPCARDS_SCREENSHOT_DIR set, saves them as PNG (the
// README's screenshots come from here); without it, still checks that every window renders.
#include "CardListModel.h"
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "DatabaseDialog.h"
#include "GuiHelpers.h"
#include "MainWindow.h"
#include "SyncStatusLabel.h"
#include "TemporaryCardView.h"
#include "TestBackend.h"

#include <QAction>
#include <QDir>
#include <QPixmap>
#include <QTableView>
#include <QTableWidget>

using namespace tempcards;
using namespace tempcards::test;

namespace {
void capture(QWidget *widget, const QString &name)
{
    // A page just switched to lays itself out (and drops a scroll area's passing scroll bars) from the event loop.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    widget->repaint();
    const QPixmap pixmap = widget->grab();
    REQUIRE_FALSE(pixmap.isNull());
    // At QT_SCALE_FACTOR=2 (a HiDPI screen) the picture has twice the pixels of the widget's size.
    const double scale =
        qEnvironmentVariableIsSet("QT_SCALE_FACTOR") ? qEnvironmentVariable("QT_SCALE_FACTOR").toDouble() : 1.0;
    CHECK(pixmap.devicePixelRatio() == Approx(scale));
    CHECK(pixmap.width() == qRound(widget->width() * scale));
    const QString folder = qEnvironmentVariable("TEMPCARDS_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        REQUIRE(pixmap.save(QDir(folder).filePath(name + QStringLiteral(".png"))));
    }
}
} // namespace

TEST_CASE("the login, main window, order dialog and settings render with real data", "[gui][screenshots]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("anna"), {Roles::Operator, Roles::Administrator});
    t.enableProcess(ProcessId::OrderTemporaryCards);
    t.enableProcess(ProcessId::AbortTemporaryCardOrder);
    t.enableProcess(ProcessId::InitializeTemporaryCard);
    t.simulator().queueFaults(QStringLiteral("/api/v2/orders"), {sim::Fault::InvalidRequest});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    auto *login = waitForVisible<QDialog>(QStringLiteral("loginDialog"));
    typeInto(child<QLineEdit>(login, QStringLiteral("userNameLineEdit")), QStringLiteral("anna"));
    typeInto(child<QLineEdit>(login, QStringLiteral("passwordLineEdit")), TestBackend::kPassword);
    capture(login, QStringLiteral("login"));
    click(child<QAbstractButton>(login, QStringLiteral("loginPushButton")));
    auto *window = waitForVisible<MainWindow>(QStringLiteral("mainWindow"));
    chooseByTyping(child<QComboBox>(window, QStringLiteral("quickSearchComboBox")), QStringLiteral("Temporary card"));

    // Cards in several states: refused by Go Cards, ordered, and queued.
    auto orderThroughDialog = [&](const QString &amount) {
        click(window->findChild<QAbstractButton *>(QStringLiteral("orderTemporaryCardsPushButton")));
        auto *dialog = waitForVisible<QDialog>(QStringLiteral("orderDialog"));
        chooseByTyping(child<QComboBox>(dialog, QStringLiteral("amountComboBox")), amount);
        click(child<QAbstractButton>(dialog, QStringLiteral("nextPushButton")));
        return dialog;
    };
    t.setQueueTemporaryCards(false);
    QDialog *refused = orderThroughDialog(QStringLiteral("2"));
    waitForVisible<QAbstractButton>(QStringLiteral("closePushButton"));
    capture(refused, QStringLiteral("order-refused"));
    click(child<QAbstractButton>(refused, QStringLiteral("closePushButton")));
    orderThroughDialog(QStringLiteral("3"));
    REQUIRE(waitFor([&] { return t.cardCount(QStringLiteral("ordered")) == 3; }));
    // Production moves two of them on; the batch sync brings the news.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    t.simulator().production().advanceCard(QStringLiteral("gc-00000001"), now);
    t.simulator().production().advanceCard(QStringLiteral("gc-00000001"), now);
    t.simulator().production().advanceCard(QStringLiteral("gc-00000002"), now);
    REQUIRE(t.runSync().errorString.isEmpty());
    t.setQueueTemporaryCards(true);
    orderThroughDialog(QStringLiteral("4"));
    CardListModel *model = window->temporaryCardView()->model();
    REQUIRE(waitFor([&] { return model->rowCount() == 9 && !findVisible(QStringLiteral("orderDialog")); }));

    click(window->findChild<QAbstractButton *>(QStringLiteral("orderTemporaryCardsPushButton")));
    auto *dialog = waitForVisible<QDialog>(QStringLiteral("orderDialog"));
    chooseByTyping(child<QComboBox>(dialog, QStringLiteral("amountComboBox")), QStringLiteral("3"));
    capture(dialog, QStringLiteral("order-dialog"));
    click(child<QAbstractButton>(dialog, QStringLiteral("cancelPushButton")));
    // The produced card selected: its commands are offered.
    auto *table = child<QTableView>(window, QStringLiteral("cardsTableView"));
    const int producedRow = model->rowOf(3);
    REQUIRE(producedRow >= 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(model->index(producedRow, 1)).center());
    REQUIRE(window->findChild<QAbstractButton *>(QStringLiteral("initializeTemporaryCardPushButton"))->isEnabled());
    auto *syncStatus = child<SyncStatusLabel>(window, QStringLiteral("syncStatusLabel"));
    REQUIRE(waitFor([&] { return syncStatus->fullText().startsWith(QStringLiteral("4 cards waiting · last sync")); }));
    capture(window, QStringLiteral("main-window"));

    QDialog *settings = openSettingsAt(window, QStringLiteral("Temporary card"));
    capture(settings, QStringLiteral("settings-general"));
    settings->reject();
    QDialog *connection = openSettingsAt(window, QStringLiteral("Go Cards connection"));
    capture(connection, QStringLiteral("settings-connection"));
    connection->reject();
    capture(openSettingsAt(window, QStringLiteral("Mail")), QStringLiteral("settings-mail"));
}

TEST_CASE("the audit trail renders with real records", "[gui][screenshots]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("aud"), {Roles::Auditor});
    t.enableProcess(ProcessId::OrderTemporaryCards);
    t.setQueueTemporaryCards(true);
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("aud"));
    child<QAction>(window, QStringLiteral("auditTrailAction"))->trigger();
    auto *dialog = waitForVisible<QDialog>(QStringLiteral("auditTrailDialog"));
    auto *table = child<QTableWidget>(dialog, QStringLiteral("auditTableWidget"));
    REQUIRE(waitFor([&] { return table->rowCount() >= 2; }));
    capture(dialog, QStringLiteral("audit-trail"));
}

TEST_CASE("the Database dialog renders, with PostgreSQL chosen", "[gui][screenshots]")
{
    DatabaseSettings shown;
    shown.backend = DatabaseSettings::Backend::Postgres;
    shown.sqlitePath = QStringLiteral("/home/anna/.local/share/tempcards/tempcards.sqlite");
    shown.postgres = PostgresParameters::fromConnectOptions(
        QStringLiteral("host=db.example.com dbname=tempcards user=anna sslmode=verify-full "
                       "sslrootcert=/etc/ssl/certs/db-ca.pem"));
    DatabaseDialog dialog(shown, &wallClock());
    WindowsCleanup cleanup;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.say(QObject::tr("The database PostgreSQL (host=db.example.com …) could not be opened: connection to "
                           "server at \"db.example.com\" (192.0.2.7), port 5432 failed: Connection refused"));
    CHECK_FALSE(child<QWidget>(&dialog, QStringLiteral("sqliteFileLineEdit"))->isEnabled());
    CHECK(child<QWidget>(&dialog, QStringLiteral("hostLineEdit"))->isEnabled());
    capture(&dialog, QStringLiteral("database-dialog"));
}
