// SPDX-License-Identifier: Apache-2.0
// What the client remembers per person on this workstation, across two starts of the client on one settings
// file: the window's size, the card list's column widths, order and sort, the split with the details, the state
// filter, the last Quick search and the last user name (offscreen).
#include "CardListModel.h"
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "MainWindow.h"
#include "TemporaryCardView.h"
#include "TestBackend.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>

using namespace tempcards;
using namespace tempcards::test;

namespace {

QHeaderView *columns(MainWindow *window)
{
    return child<QTableView>(window, QStringLiteral("cardsTableView"))->horizontalHeader();
}

} // namespace

TEST_CASE("the layout, filter, Quick search and user name are remembered per person across starts", "[gui][layout]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("tempcards.conf")), QSettings::IniFormat);
    TestBackend t;
    t.createAccount(QStringLiteral("anna"), {Roles::Operator});
    t.createAccount(QStringLiteral("bo"), {Roles::Operator});
    t.insertCard(CardState::Produced, 0, QStringLiteral("gc-7"), QStringLiteral("04A1B2C3D4E5F6"));
    t.insertCard(CardState::Processing);
    WindowsCleanup cleanup;
    int defaultWidth = 0;
    {
        ClientFlow flow(&t.backend());
        flow.setSettings(&settings);
        flow.start();
        // Nobody logged in on this workstation yet.
        auto *login = waitForVisible<QDialog>(QStringLiteral("loginDialog"));
        CHECK(child<QLineEdit>(login, QStringLiteral("userNameLineEdit"))->text().isEmpty());
        MainWindow *window = logInToMainWindow(QStringLiteral("anna"));
        CHECK_FALSE(window->temporaryCardView()->isVisible()); // nothing to remember yet
        quickSearchTemporaryCards(window);
        chooseByTyping(child<QComboBox>(window, QStringLiteral("stateFilterComboBox")), QStringLiteral("produced"));
        REQUIRE(waitFor([&] { return window->temporaryCardView()->model()->rowCount() == 1; }));
        window->resize(1111, 777);
        defaultWidth = columns(window)->sectionSize(CardListModel::OrderedAtColumn);
        columns(window)->resizeSection(CardListModel::OrderedAtColumn, defaultWidth + 77);
        columns(window)->moveSection(columns(window)->visualIndex(CardListModel::HolderColumn), 1);
        columns(window)->setSortIndicator(CardListModel::GoCardsIdColumn, Qt::AscendingOrder); // as a click does
        CHECK(window->temporaryCardView()->model()->cardSort() == CardSort{CardSortColumn::GoCardsCardId, true});
        auto *split = child<QSplitter>(window, QStringLiteral("cardsSplitter"));
        split->setSizes({400, 150});
        const QList<int> sizes = split->sizes();
        logOut(window);

        // The next login offers the same user name.
        login = waitForVisible<QDialog>(QStringLiteral("loginDialog"));
        CHECK(child<QLineEdit>(login, QStringLiteral("userNameLineEdit"))->text() == QStringLiteral("anna"));
        CHECK(login->focusWidget() == child<QLineEdit>(login, QStringLiteral("passwordLineEdit")));

        // Another person on the same workstation starts from the defaults, and keeps their own.
        window = logInToMainWindow(QStringLiteral("bo"));
        CHECK_FALSE(window->temporaryCardView()->isVisible());
        CHECK(columns(window)->sectionSize(CardListModel::OrderedAtColumn) == defaultWidth);
        CHECK(columns(window)->visualIndex(CardListModel::HolderColumn) == CardListModel::HolderColumn);
        quickSearchTemporaryCards(window);
        CHECK(window->temporaryCardView()->model()->cardSort() == CardSort{});
        CHECK(child<QComboBox>(window, QStringLiteral("stateFilterComboBox"))->currentIndex() == 0);
        logOut(window);
        CHECK(sizes.size() == 2);
    }
    settings.sync();

    // The client started again, as anna.
    ClientFlow flow(&t.backend());
    flow.setSettings(&settings);
    flow.start();
    auto *login = waitForVisible<QDialog>(QStringLiteral("loginDialog"));
    CHECK(child<QLineEdit>(login, QStringLiteral("userNameLineEdit"))->text() == QStringLiteral("bo"));
    MainWindow *window = logInToMainWindow(QStringLiteral("anna"));
    CHECK(window->size() == QSize(1111, 777));
    REQUIRE(window->temporaryCardView()->isVisible());
    CHECK(child<QComboBox>(window, QStringLiteral("stateFilterComboBox"))->currentText() == QStringLiteral("produced"));
    REQUIRE(waitFor([&] { return window->temporaryCardView()->model()->rowCount() == 1; }));
    CHECK(columns(window)->sectionSize(CardListModel::OrderedAtColumn) == defaultWidth + 77);
    CHECK(columns(window)->visualIndex(CardListModel::HolderColumn) == 1);
    CHECK(columns(window)->sortIndicatorSection() == CardListModel::GoCardsIdColumn);
    CHECK(window->temporaryCardView()->model()->cardSort() == CardSort{CardSortColumn::GoCardsCardId, true});
    CHECK(child<QSplitter>(window, QStringLiteral("cardsSplitter"))->sizes().first() >
          child<QSplitter>(window, QStringLiteral("cardsSplitter"))->sizes().last());

    SECTION("a saved layout that is not understood is ignored")
    {
        logOut(window);
        settings.setValue(QStringLiteral("layout/anna/cards/columns"), QByteArray("not a header state"));
        settings.setValue(QStringLiteral("layout/anna/window/geometry"), QByteArray("\x01\x02", 2));
        settings.setValue(QStringLiteral("layout/anna/cards/state"), QStringLiteral("no such state"));
        settings.setValue(QStringLiteral("layout/anna/quickSearch"), QStringLiteral("nothing"));
        window = logInToMainWindow(QStringLiteral("anna"));
        CHECK_FALSE(window->temporaryCardView()->isVisible());
        quickSearchTemporaryCards(window);
        CHECK(child<QComboBox>(window, QStringLiteral("stateFilterComboBox"))->currentIndex() == 0);
        CHECK(columns(window)->sectionSize(CardListModel::OrderedAtColumn) == defaultWidth);
    }
}

TEST_CASE("Cards out and stock, the audit trail and the people split are remembered across starts", "[gui][layout]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("tempcards.conf")), QSettings::IniFormat);
    TestBackend t;
    t.createAccount(QStringLiteral("ada"), {Roles::Operator, Roles::Administrator, Roles::Auditor});
    WindowsCleanup cleanup;
    QSize circulationSize;
    QSize auditSize;
    int circulationColumn = 0;
    QList<int> peopleSplit;
    const auto openWindow = [](MainWindow *window, const char *action, const char *name) {
        child<QAction>(window, QLatin1String(action))->trigger();
        return waitForVisible<QDialog>(QLatin1String(name));
    };
    const auto firstColumn = [](QDialog *dialog, const char *view) {
        return child<QTableView>(dialog, QLatin1String(view))->horizontalHeader();
    };
    for (int start = 0; start < 2; ++start) {
        ClientFlow flow(&t.backend());
        flow.setSettings(&settings);
        flow.start();
        MainWindow *window = logInToMainWindow(QStringLiteral("ada"));
        QDialog *circulation = openWindow(window, "circulationAction", "circulationDialog");
        QDialog *audit = openWindow(window, "auditTrailAction", "auditTrailDialog");
        chooseByTyping(child<QComboBox>(window, QStringLiteral("quickSearchComboBox")), QStringLiteral("Person"));
        auto *split = child<QSplitter>(window, QStringLiteral("peopleSplitter"));
        if (start == 0) {
            circulation->resize(circulation->size() + QSize(61, 43));
            audit->resize(audit->size() + QSize(37, 29));
            QHeaderView *columns = firstColumn(circulation, "circulationTableView");
            // Nothing remembered yet: the columns fit what they show (no cards: their headings).
            REQUIRE(waitFor([&] { return columns->sectionSize(0) == columns->sectionSizeHint(0); }));
            CHECK(columns->sectionSize(0) != columns->defaultSectionSize());
            columns->resizeSection(0, columns->sectionSize(0) + 55);
            split->setSizes({150, 350});
            circulationSize = circulation->size();
            auditSize = audit->size();
            circulationColumn = columns->sectionSize(0);
            peopleSplit = split->sizes();
            circulation->close();
            audit->close();
            logOut(window);
            continue;
        }
        // The second start: as they were left.
        CHECK(circulation->size() == circulationSize);
        CHECK(audit->size() == auditSize);
        CHECK(firstColumn(circulation, "circulationTableView")->sectionSize(0) == circulationColumn);
        CHECK(split->sizes() == peopleSplit);
        logOut(window);
    }
}
