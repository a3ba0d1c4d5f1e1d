// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardQuery.h"
#include "Processes.h"

#include <QMap>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace tempcards {

class CardDetailsPane;
class CardService;
class CardListModel;
class HandOutService;
class LayoutMemory;

// What Quick search > Temporary card shows: one bar with the processes started from here (Order temporary
// cards) and the commands for the selected cards (Abort, Initialize, the hand-out processes, Refresh from Go
// Cards), each enabled only when the selection suits it; a state filter and a search field; the list of
// cards, whose context menu offers the same commands, where Enter or a double click opens the process that
// applies and Delete aborts; and under it the chosen card's details. Starting anything is left to whoever
// listens to the signals.
class TemporaryCardView : public QWidget
{
    Q_OBJECT

public:
    // The services outlive the view.
    TemporaryCardView(CardService *cards, HandOutService *handOut, QWidget *parent = nullptr);

    // Only the processes given are offered; the others' buttons are removed.
    void setStartableProcesses(const QSet<ProcessId> &processes);
    void setRefreshAllowed(bool allowed);
    CardListModel *model() const { return m_model; }
    CardDetailsPane *details() const { return m_details; }
    QList<CardRow> selectedCards() const;
    void focusSearch();
    // The columns' widths and order, the split with the details and the state filter, as this person left them.
    void saveLayout(LayoutMemory &memory) const;
    void restoreLayout(const LayoutMemory &memory);
    // "Refresh the card from Go Cards" (Ctrl+R), for the window's menu; enabled when the button is.
    QAction *refreshAction() const { return m_refreshAction; }

signals:
    // `cards` is empty for a process started from Quick search.
    void processRequested(tempcards::ProcessId process, const QList<tempcards::CardRow> &cards);
    void refreshRequested(const tempcards::CardRow &card);

private:
    void createFilterBar(QHBoxLayout *layout);
    void createCommands();
    void clickIfEnabled(QPushButton *button);
    void openProcess();
    void showContextMenu(const QPoint &position);
    void applyFilter();
    void updateCommands();
    void updateTabOrder();

    CardListModel *m_model;
    QTableView *m_table;
    CardDetailsPane *m_details;
    QSplitter *m_split;
    QHBoxLayout *m_processBar;
    QLabel *m_noProcesses;
    QComboBox *m_state;
    QLineEdit *m_search;
    QTimer m_searchDelay;
    QPushButton *m_refresh;
    QAction *m_refreshAction;
    QMap<ProcessId, QPushButton *> m_buttons;
};

} // namespace tempcards
