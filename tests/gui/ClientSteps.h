// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardListModel.h"
#include "GuiHelpers.h"
#include "MainWindow.h"
#include "TemporaryCardView.h"
#include "TestBackend.h"

#include <QAction>
#include <QListWidget>
#include <QTableView>
#include <QTableWidget>

namespace tempcards::test {

// What an operator does again and again, done with the widgets.

inline void submitLogin(const QString &userName, const QString &password)
{
    auto *dialog = waitForVisible<QDialog>(QStringLiteral("loginDialog"));
    typeInto(child<QLineEdit>(dialog, QStringLiteral("userNameLineEdit")), userName);
    typeInto(child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit")), password);
    click(child<QAbstractButton>(dialog, QStringLiteral("loginPushButton")));
}

inline MainWindow *logInToMainWindow(const QString &userName, const QString &password = TestBackend::kPassword)
{
    submitLogin(userName, password);
    return waitForVisible<MainWindow>(QStringLiteral("mainWindow"));
}

// File › Log out, and the main window gone.
inline void logOut(MainWindow *window)
{
    child<QAction>(window, QStringLiteral("logoutAction"))->trigger();
    REQUIRE(waitFor([&] { return findVisible(QStringLiteral("mainWindow")) == nullptr; }));
}

inline TemporaryCardView *quickSearchTemporaryCards(MainWindow *window)
{
    // In the language the client speaks (the keyboard test walks the windows in German and Swedish too).
    chooseByTyping(child<QComboBox>(window, QStringLiteral("quickSearchComboBox")),
                   QCoreApplication::translate("tempcards::MainWindow", "Temporary card"));
    REQUIRE(window->temporaryCardView()->isVisible());
    return window->temporaryCardView();
}

// Opens File › Settings and clicks `section` in the list of sections.
inline QDialog *openSettingsAt(MainWindow *window, const QString &section)
{
    child<QAction>(window, QStringLiteral("settingsAction"))->trigger();
    auto *settings = waitForVisible<QDialog>(QStringLiteral("settingsDialog"));
    auto *sections = child<QListWidget>(settings, QStringLiteral("sectionsListWidget"));
    const auto items = sections->findItems(section, Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    QTest::mouseClick(sections->viewport(), Qt::LeftButton, {}, sections->visualItemRect(items.first()).center());
    return settings;
}

// Saves every section's edits with the dialog's Save (REQUIREd to close the dialog, as it does when all were
// taken) and opens Settings again at `section`, to see what is saved now.
inline QDialog *saveAndReopen(MainWindow *window, QDialog *settings, const QString &section)
{
    click(child<QAbstractButton>(settings, QStringLiteral("savePushButton")));
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("settingsDialog")); }));
    return openSettingsAt(window, section);
}

// Clicks an account's row in Settings › Accounts once the list shows it.
inline void selectAccount(QTableWidget *table, const QString &userName)
{
    REQUIRE(waitFor([&] { return !table->findItems(userName, Qt::MatchExactly).isEmpty(); }));
    QTableWidgetItem *item = table->findItems(userName, Qt::MatchExactly).first();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(item).center());
}

// Selects the rows of these cards as a user does: a click, then Ctrl+clicks.
inline void selectCards(MainWindow *window, const QList<qint64> &cardIds)
{
    auto *table = child<QTableView>(window, QStringLiteral("cardsTableView"));
    CardListModel *model = window->temporaryCardView()->model();
    bool first = true;
    for (const qint64 id : cardIds) {
        const int row = model->rowOf(id);
        INFO("card " << id);
        REQUIRE(row >= 0);
        const QRect rect = table->visualRect(model->index(row, CardListModel::StateColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, first ? Qt::KeyboardModifiers() : Qt::ControlModifier,
                          rect.center());
        first = false;
    }
    CHECK(window->temporaryCardView()->selectedCards().size() == cardIds.size());
}

} // namespace tempcards::test
