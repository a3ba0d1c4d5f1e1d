// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardOrder.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace tempcards {

class CardService;
class PeopleService;

// The temporary cards that match the Quick search filter, newest first or sorted by any column (sort()), fetched
// a page at a time as the view scrolls (fetchMore), so a large card stock opens as fast as a small one. The rows
// loaded are always the start of the order. Changes arrive as card ids (CardService::changed) and are merged at
// each card's place in the order (a card that moves past the rows loaded leaves them until a page brings it):
// selection and scroll position survive. Holders' names are read off the GUI thread (PeopleService, when set) for
// the rows loaded, and shown when they arrive.
class CardListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        StateColumn,
        OrderedAtColumn,
        GoCardsIdColumn,
        OrderColumn,
        HolderColumn,
        ValidUntilColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role { CardIdRole = Qt::UserRole + 1, StateRole };
    static constexpr int kPageSize = 200;
    // The most changed cards merged one by one; more reload the list.
    static constexpr int kMaxMerged = 2000;

    // The card service outlives the model.
    explicit CardListModel(CardService *cards, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorts by a column (Column); reads the first page again unless the order is the one shown.
    void sort(int column, Qt::SortOrder order) override;
    const CardSort &cardSort() const { return m_sort; }

    // Where the holders' names come from; the service outlives the model. Without it the column is empty.
    void setPeople(PeopleService *people);
    void setFilter(const CardFilter &filter);
    const CardFilter &filter() const { return m_filter; }
    // Reads everything again from the first page.
    void reload();
    void refresh(const QList<qint64> &cardIds);
    const CardRow &card(int row) const { return m_rows.at(row).card; }
    // The row of a loaded card, or -1.
    int rowOf(qint64 cardId) const;

private:
    // The first row that does not come before `position`.
    int insertionRow(const CardPosition &position) const;
    // Whether a card at `position` belongs among the rows loaded.
    bool isLoaded(const CardPosition &position) const;
    void insertRows(int row, const QList<SortedCard> &cards);
    void removeRow(int row);
    void merge(const SortedCard &fresh);
    // Asks for the names of these cards' holders that are not known yet.
    void lookUpHolders(const QList<SortedCard> &cards);

    CardService *m_cards;
    CardFilter m_filter;
    CardSort m_sort;
    QList<SortedCard> m_rows;                // in m_sort's order
    QHash<qint64, CardPosition> m_positions; // card id -> its row's position, for finding the row
    PeopleService *m_people = nullptr;
    QHash<qint64, QString> m_holders; // person id -> name, as last read
    QSet<qint64> m_askedFor;          // person ids whose names are on their way
    bool m_atEnd = false;
};

} // namespace tempcards
