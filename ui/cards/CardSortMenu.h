// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMenu>

class QTableView;

namespace tempcards {

// "Sort by" in the card list's context menu: each column, and either way, as clicks on the header choose them;
// for the keyboard (the header takes no focus) and a screen reader. The choice goes through the view, so the
// header's indicator, the model and the remembered layout agree. Built afresh each time the menu opens.
class CardSortMenu : public QMenu
{
    Q_OBJECT

public:
    // The view and its CardListModel outlive the menu.
    CardSortMenu(QTableView *table, QWidget *parent);
};

} // namespace tempcards
