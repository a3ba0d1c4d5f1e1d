// SPDX-License-Identifier: Apache-2.0
// The card list's commands as an operator reaches them: one bar of buttons above the list, the list's
// context menu, Enter and a double click for the process that applies, Delete for Abort (offscreen).
#include "CardListModel.h"
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "MainWindow.h"
#include "TemporaryCardView.h"
#include "TestBackend.h"

#include <QMenu>
#include <QTableView>

using namespace tempcards;
using namespace tempcards::test;

namespace {

QPoint rowCentre(QTableView *table, qint64 cardId)
{
    auto *model = static_cast<CardListModel *>(table->model());
    return table->visualRect(model->index(model->rowOf(cardId), CardListModel::StateColumn)).center();
}

// Escapes the dialog the command opened and waits until it is gone.
void closeDialog(const QString &objectName)
{
    auto *dialog = waitForVisible<QDialog>(objectName);
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(waitFor([&] { return !findVisible(objectName); }));
}

} // namespace

TEST_CASE("the card commands: one bar, the context menu, Enter, double click and Delete", "[gui][commands]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    for (const ProcessId id : {ProcessId::OrderTemporaryCards, ProcessId::AbortTemporaryCardOrder,
                               ProcessId::InitializeTemporaryCard, ProcessId::LockTemporaryCard})
        t.enableProcess(id);
    const qint64 queued = t.insertCard(CardState::Processing);
    const qint64 produced =
        t.insertCard(CardState::Produced, 0, QStringLiteral("gc-7"), QStringLiteral("04A1B2C3D4E5F6"));
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    TemporaryCardView *view = quickSearchTemporaryCards(window);
    window->activateWindow(); // the list's keys are shortcuts, which work in the active window only
    REQUIRE(QTest::qWaitForWindowActive(window));
    auto *table = child<QTableView>(view, QStringLiteral("cardsTableView"));

    // Every button in one row above the list, in the process table's order.
    QList<QAbstractButton *> buttons;
    for (const char *name :
         {"orderTemporaryCardsPushButton", "abortTemporaryCardOrderPushButton", "initializeTemporaryCardPushButton",
          "lockTemporaryCardPushButton", "refreshFromGoCardsPushButton"})
        buttons << child<QAbstractButton>(view, QLatin1String(name));
    const int top = buttons.first()->mapTo(view, QPoint()).y();
    int left = -1;
    for (QAbstractButton *button : buttons) {
        INFO(button->objectName().toStdString());
        CHECK(button->mapTo(view, QPoint()).y() == top);
        CHECK(button->mapTo(view, QPoint()).x() > left);
        left = button->mapTo(view, QPoint()).x();
    }
    CHECK(top < table->mapTo(view, QPoint()).y());

    SECTION("the context menu offers what the selection allows, and starts it")
    {
        selectCards(window, {produced});
        QContextMenuEvent event(QContextMenuEvent::Mouse, rowCentre(table, produced),
                                table->viewport()->mapToGlobal(rowCentre(table, produced)));
        QCoreApplication::sendEvent(table->viewport(), &event);
        auto *menu = waitForVisible<QMenu>(QStringLiteral("cardsContextMenu"));
        QStringList offered;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                offered << QStringLiteral("%1 %2").arg(
                    action->objectName(), action->isEnabled() ? QStringLiteral("on") : QStringLiteral("off"));
        }
        CHECK(offered == QStringList{QStringLiteral("abortTemporaryCardOrderMenuAction off"),
                                     QStringLiteral("initializeTemporaryCardMenuAction on"),
                                     QStringLiteral("lockTemporaryCardMenuAction off"),
                                     QStringLiteral("refreshFromGoCardsAction on"),
                                     QStringLiteral("sortByMenuAction on")});
        menu->findChild<QAction *>(QStringLiteral("initializeTemporaryCardMenuAction"))->trigger();
        closeDialog(QStringLiteral("initializeDialog"));
        CHECK(t.cardState(produced) == QStringLiteral("produced"));
    }

    SECTION("Enter and a double click open the process that applies")
    {
        selectCards(window, {produced});
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        closeDialog(QStringLiteral("initializeDialog"));
        selectCards(window, {queued});
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rowCentre(table, queued));
        closeDialog(QStringLiteral("abortDialog"));
        CHECK(t.cardState(queued) == QStringLiteral("processing"));
    }

    SECTION("Delete aborts a queued card and does nothing on a produced one")
    {
        selectCards(window, {produced});
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QTest::qWait(200);
        CHECK_FALSE(findVisible(QStringLiteral("abortDialog")));
        selectCards(window, {queued});
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        auto *abort = waitForVisible<QDialog>(QStringLiteral("abortDialog"));
        click(child<QAbstractButton>(abort, QStringLiteral("nextPushButton")));
        REQUIRE(waitFor([&] { return t.cardState(queued) == QStringLiteral("aborted"); }));
    }
}
