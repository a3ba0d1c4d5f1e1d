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
class QTableView;

namespace tempcards {

class CardService;
class CardListModel;

// What Quick search > Temporary card shows: the processes started from here (Order temporary cards), a
// state filter and a search field, the list of cards, and the commands for the selected cards (Abort,
// Initialize, Refresh from Go Cards), each enabled only when the selection suits it. Starting anything is
// left to whoever listens to the signals.
class TemporaryCardView : public QWidget
{
    Q_OBJECT

public:
    // The card service outlives the view.
    explicit TemporaryCardView(CardService *cards, QWidget *parent = nullptr);

    // Only the processes given are offered; the others' buttons are removed.
    void setStartableProcesses(const QSet<ProcessId> &processes);
    void setRefreshAllowed(bool allowed);
    CardListModel *model() const { return m_model; }
    QList<CardRow> selectedCards() const;
    void focusSearch();
    // "Refresh the card from Go Cards" (Ctrl+R), for the window's menu; enabled when the button is.
    QAction *refreshAction() const { return m_refreshAction; }

signals:
    // `cards` is empty for a process started from Quick search.
    void processRequested(tempcards::ProcessId process, const QList<tempcards::CardRow> &cards);
    void refreshRequested(const tempcards::CardRow &card);

private:
    void createFilterBar(QHBoxLayout *layout);
    void createCommandBar(QHBoxLayout *layout);
    void applyFilter();
    void updateCommands();
    void updateTabOrder();

    CardListModel *m_model;
    QTableView *m_table;
    QHBoxLayout *m_processBar;
    QHBoxLayout *m_commandBar;
    QLabel *m_noProcesses;
    QComboBox *m_state;
    QLineEdit *m_search;
    QTimer m_searchDelay;
    QPushButton *m_refresh;
    QAction *m_refreshAction;
    QMap<ProcessId, QPushButton *> m_buttons;
};

} // namespace tempcards
