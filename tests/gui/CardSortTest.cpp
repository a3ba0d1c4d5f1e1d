// SPDX-License-Identifier: Apache-2.0
// Sorting the card list by its column headers, clicked with real widgets (offscreen): each way, blanks last,
// pages loaded in the order, and changes arriving while sorted put where the order puts them, the selection
// kept on the card that moves.
#include "CardListModel.h"
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "MainWindow.h"
#include "Sql.h"
#include "TemporaryCardView.h"
#include "TestBackend.h"

#include <QHeaderView>
#include <QMenu>

using namespace tempcards;
using namespace tempcards::test;

namespace {

void clickHeader(QTableView *table, int column)
{
    QHeaderView *header = table->horizontalHeader();
    const QPoint middle(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
}

// Every row of the list, with the pages the view would load as it is scrolled to the end.
QStringList shown(CardListModel *model, int column)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

// The list's context menu as the Menu key opens it, and its Sort by submenu.
QMenu *sortMenu(QTableView *table)
{
    QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(5, 5), table->viewport()->mapToGlobal(QPoint(5, 5)));
    QCoreApplication::sendEvent(table->viewport(), &event);
    auto *menu = waitForVisible<QMenu>(QStringLiteral("cardsContextMenu"));
    return child<QMenu>(menu, QStringLiteral("sortByMenu"));
}

void setGoCardsId(TestBackend &t, qint64 card, const QString &goCardsId)
{
    SqlQuery(t.database().connection(), QStringLiteral("UPDATE cards SET gocards_card_id = ? WHERE id = ?"))
        .bind(goCardsId.isEmpty() ? sqlNull() : QVariant(goCardsId))
        .bind(card)
        .exec();
    t.backend().cards()->noteChanged({card});
}

} // namespace

TEST_CASE("a click on a column header sorts the card list and a second click turns it round", "[gui][sort]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    // More cards than a page, whose Go Cards ids run against their numbers; every seventh not sent yet.
    QList<qint64> cards;
    for (int i = 0; i < 2 * CardListModel::kPageSize + 50; ++i) {
        const bool sent = i % 7 != 0;
        cards << t.insertCard(sent ? CardState::Ordered : CardState::Processing, 0,
                              sent ? QStringLiteral("gc-%1").arg(900 - i, 4, 10, QLatin1Char('0')) : QString());
    }
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    TemporaryCardView *view = quickSearchTemporaryCards(window);
    CardListModel *model = view->model();
    auto *table = child<QTableView>(window, QStringLiteral("cardsTableView"));
    REQUIRE(waitFor([&] { return model->rowCount() > 0; }));
    CHECK(model->index(0, CardListModel::IdColumn).data().toLongLong() == cards.last()); // newest first
    CHECK(table->horizontalHeader()->sortIndicatorSection() == CardListModel::IdColumn);

    QStringList sentIds;
    for (int i = 0; i < cards.size(); ++i) {
        if (i % 7 != 0)
            sentIds << QStringLiteral("gc-%1").arg(900 - i, 4, 10, QLatin1Char('0'));
    }
    QStringList blanks(cards.size() - sentIds.size(), QString());
    std::sort(sentIds.begin(), sentIds.end());
    clickHeader(table, CardListModel::GoCardsIdColumn);
    CHECK(table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder);
    CHECK(shown(model, CardListModel::GoCardsIdColumn) == sentIds + blanks);

    clickHeader(table, CardListModel::GoCardsIdColumn);
    CHECK(table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    QStringList descending = sentIds;
    std::reverse(descending.begin(), descending.end());
    const QStringList inOrder = shown(model, CardListModel::GoCardsIdColumn);
    CHECK(inOrder == descending + blanks); // blanks after the rest both ways

    SECTION("the context menu sorts too, for the keyboard")
    {
        QMenu *menu = sortMenu(table);
        CHECK(menu->findChild<QAction *>(QStringLiteral("goCardsIdSortAction"))->isChecked());
        CHECK(menu->findChild<QAction *>(QStringLiteral("descendingSortAction"))->isChecked());
        menu->findChild<QAction *>(QStringLiteral("holderSortAction"))->trigger();
        CHECK(model->cardSort() == CardSort{CardSortColumn::Holder, false});
        CHECK(table->horizontalHeader()->sortIndicatorSection() == CardListModel::HolderColumn);
        QApplication::activePopupWidget()->close();
        menu = sortMenu(table);
        CHECK(menu->findChild<QAction *>(QStringLiteral("holderSortAction"))->isChecked());
        menu->findChild<QAction *>(QStringLiteral("ascendingSortAction"))->trigger();
        CHECK(model->cardSort() == CardSort{CardSortColumn::Holder, true});
        CHECK(table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder);
        QApplication::activePopupWidget()->close();
    }

    SECTION("by state: the lifecycle order, the ids turned round with it")
    {
        clickHeader(table, CardListModel::StateColumn);
        clickHeader(table, CardListModel::StateColumn);
        CHECK(model->cardSort() == CardSort{CardSortColumn::State, false});
        CHECK(model->card(0).state == CardState::Ordered);
        CHECK(model->card(0).id == cards.last());
        const QStringList states = shown(model, CardListModel::StateColumn);
        CHECK(states.lastIndexOf(CardStates::displayName(CardState::Ordered)) <
              states.indexOf(CardStates::displayName(CardState::Processing)));
    }

    SECTION("changes land where the order puts them and the selection stays on the card")
    {
        // Reload to the first page only: the rows loaded are the start of the order.
        clickHeader(table, CardListModel::GoCardsIdColumn);
        clickHeader(table, CardListModel::GoCardsIdColumn);
        REQUIRE(model->rowCount() == CardListModel::kPageSize);
        const qint64 second = model->card(1).id;
        selectCards(window, {second});

        // The second card's id becomes the greatest: it moves to the top, still chosen.
        setGoCardsId(t, second, QStringLiteral("gc-9999"));
        CHECK(model->rowOf(second) == 0);
        REQUIRE(view->selectedCards().size() == 1);
        CHECK(view->selectedCards().first().id == second);

        // It becomes the smallest: past the rows loaded, so it leaves them, and comes with the last page.
        setGoCardsId(t, second, QStringLiteral("gc-0000"));
        CHECK(model->rowOf(second) == -1);
        CHECK(model->rowCount() == CardListModel::kPageSize - 1);
        QStringList expected = descending;
        expected.removeOne(QStringLiteral("gc-%1").arg(900 - int(cards.indexOf(second)), 4, 10, QLatin1Char('0')));
        expected << QStringLiteral("gc-0000");
        CHECK(shown(model, CardListModel::GoCardsIdColumn) == expected + blanks);

        // A new card belongs in the middle of the order, and is put there.
        const qint64 added = t.insertCard(CardState::Ordered, 0, QStringLiteral("gc-0500a"));
        t.backend().cards()->noteChanged({added});
        const int row = model->rowOf(added);
        REQUIRE(row > 0);
        CHECK(model->card(row - 1).goCardsCardId > QStringLiteral("gc-0500a"));
        CHECK(model->card(row + 1).goCardsCardId < QStringLiteral("gc-0500a"));
    }
}
