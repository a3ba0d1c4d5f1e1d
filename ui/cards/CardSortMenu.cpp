// SPDX-License-Identifier: Apache-2.0
#include "CardSortMenu.h"

#include "CardListModel.h"

#include <QActionGroup>
#include <QHeaderView>
#include <QTableView>

namespace tempcards {

namespace {

const char *const kColumnNames[CardListModel::ColumnCount] = {"card",         "state",  "orderedAt",  "goCardsId",
                                                              "goCardsOrder", "holder", "validUntil", "reason"};

} // namespace

CardSortMenu::CardSortMenu(QTableView *table, QWidget *parent) : QMenu(tr("Sort by"), parent)
{
    setObjectName(QStringLiteral("sortByMenu"));
    QHeaderView *header = table->horizontalHeader();
    const int current = header->sortIndicatorSection();
    const Qt::SortOrder order = header->sortIndicatorOrder();
    auto *columns = new QActionGroup(this);
    for (int column = 0; column < CardListModel::ColumnCount; ++column) {
        QAction *action = addAction(
            table->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), table,
            [table, column] { table->sortByColumn(column, table->horizontalHeader()->sortIndicatorOrder()); });
        action->setObjectName(QLatin1String(kColumnNames[column]) + QLatin1String("SortAction"));
        action->setCheckable(true);
        action->setChecked(column == current);
        columns->addAction(action);
    }
    addSeparator();
    auto *directions = new QActionGroup(this);
    for (const auto &[direction, text, name] :
         {std::tuple{Qt::AscendingOrder, tr("Ascending"), "ascendingSortAction"},
          std::tuple{Qt::DescendingOrder, tr("Descending"), "descendingSortAction"}}) {
        QAction *action = addAction(text, table, [table, direction = direction] {
            table->sortByColumn(table->horizontalHeader()->sortIndicatorSection(), direction);
        });
        action->setObjectName(QLatin1String(name));
        action->setCheckable(true);
        action->setChecked(direction == order);
        directions->addAction(action);
    }
}

} // namespace tempcards
