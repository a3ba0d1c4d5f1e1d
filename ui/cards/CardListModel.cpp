// SPDX-License-Identifier: Apache-2.0
#include "CardListModel.h"

#include "CardHandOut.h"
#include "CardService.h"
#include "DialogParts.h"
#include "PeopleService.h"
#include "StateLook.h"

#include <QSet>

namespace tempcards {

CardListModel::CardListModel(CardService *cards, QObject *parent) : QAbstractTableModel(parent), m_cards(cards)
{
    connect(m_cards, &CardService::changed, this, &CardListModel::refresh);
}

int CardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CardListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CardListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CardRow &card = m_rows.at(index.row()).card;
    if (role == CardIdRole)
        return card.id;
    if (role == StateRole)
        return int(card.state);
    if (role == Qt::ToolTipRole && !card.failureReason.isEmpty())
        return card.failureReason;
    if (role == Qt::ToolTipRole && index.column() == HolderColumn && card.holderId > 0)
        return m_holders.value(card.holderId);
    if (role == Qt::DecorationRole && index.column() == StateColumn)
        return StateLook::cardStateIcon(card.state);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return card.id;
    case StateColumn:
        return CardStates::displayName(card.state);
    case OrderedAtColumn:
        return DialogParts::shortTime(card.orderedAt);
    case GoCardsIdColumn:
        return card.goCardsCardId;
    case OrderColumn:
        return card.goCardsOrderId;
    case HolderColumn:
        return card.holderId > 0 ? m_holders.value(card.holderId) : QString();
    case ValidUntilColumn:
        return DialogParts::shortTime(card.validUntil);
    case ReasonColumn:
        return CardHandOut::reasonOf(card);
    default:
        return {};
    }
}

QVariant CardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Card");
    case StateColumn:
        return tr("State");
    case OrderedAtColumn:
        return tr("Ordered at");
    case GoCardsIdColumn:
        return tr("Go Cards card id");
    case OrderColumn:
        return tr("Go Cards order");
    case HolderColumn:
        return tr("Holder");
    case ValidUntilColumn:
        return tr("Valid until");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

bool CardListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CardListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const std::optional<CardPosition> after =
        m_rows.isEmpty() ? std::nullopt : std::optional<CardPosition>(m_rows.last().position);
    const QList<SortedCard> page = m_cards->sortedPage(m_filter, m_sort, after, kPageSize);
    m_atEnd = page.size() < kPageSize;
    insertRows(int(m_rows.size()), page);
}

void CardListModel::sort(int column, Qt::SortOrder order)
{
    // The model's columns are CardSortColumn's, in its order.
    static_assert(int(CardSortColumn::Reason) == ReasonColumn && ColumnCount == ReasonColumn + 1);
    if (column < 0 || column >= ColumnCount)
        return;
    const CardSort sort{CardOrder::allColumns().at(column), order == Qt::AscendingOrder};
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
}

void CardListModel::setPeople(PeopleService *people)
{
    m_people = people;
    lookUpHolders(m_rows);
}

void CardListModel::lookUpHolders(const QList<SortedCard> &cards)
{
    if (!m_people)
        return;
    QList<qint64> wanted;
    for (const SortedCard &sorted : cards) {
        const CardRow &card = sorted.card;
        if (card.holderId > 0 && !m_holders.contains(card.holderId) && !m_askedFor.contains(card.holderId)) {
            wanted << card.holderId;
            m_askedFor.insert(card.holderId);
        }
    }
    if (wanted.isEmpty())
        return;
    m_people->byIds(wanted).then(this, [this, wanted](const PeopleService::Found &found) {
        for (const qint64 id : wanted)
            m_askedFor.remove(id);
        for (const Person &person : found.people)
            m_holders.insert(person.id, person.displayName());
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, HolderColumn), index(int(m_rows.size()) - 1, HolderColumn));
    });
}

void CardListModel::setFilter(const CardFilter &filter)
{
    m_filter = filter;
    reload();
}

void CardListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_positions.clear();
    m_atEnd = false;
    endResetModel();
    fetchMore({});
}

int CardListModel::rowOf(qint64 cardId) const
{
    const auto known = m_positions.constFind(cardId);
    if (known == m_positions.cend())
        return -1;
    const int row = insertionRow(*known);
    return row < m_rows.size() && m_rows.at(row).card.id == cardId ? row : -1;
}

int CardListModel::insertionRow(const CardPosition &position) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), position,
                                     [this](const SortedCard &row, const CardPosition &p) {
                                         return CardOrder::comesBefore(m_sort, row.position, p);
                                     });
    return int(it - m_rows.cbegin());
}

bool CardListModel::isLoaded(const CardPosition &position) const
{
    // Past the last row loaded, a card is the next pages' to bring (unless there are none).
    return m_atEnd || (!m_rows.isEmpty() && !CardOrder::comesBefore(m_sort, m_rows.last().position, position));
}

void CardListModel::insertRows(int row, const QList<SortedCard> &cards)
{
    if (cards.isEmpty())
        return;
    beginInsertRows({}, row, row + int(cards.size()) - 1);
    for (int i = 0; i < cards.size(); ++i) {
        m_rows.insert(row + i, cards.at(i));
        m_positions.insert(cards.at(i).card.id, cards.at(i).position);
    }
    endInsertRows();
    lookUpHolders(cards);
}

void CardListModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_positions.remove(m_rows.at(row).card.id);
    m_rows.removeAt(row);
    endRemoveRows();
}

void CardListModel::refresh(const QList<qint64> &cardIds)
{
    // The changed cards are read with their positions, new ones included: in another order than newest first a
    // new card can belong anywhere. Newest first, a card's id is its position, so only the cards among or above
    // the rows loaded are read (a dispatch of 100,000 older cards reads none); in the other orders a burst larger
    // than kMaxMerged starts the list again from the top rather than read every card on the GUI thread.
    QList<qint64> wanted;
    for (const qint64 id : QSet<qint64>(cardIds.cbegin(), cardIds.cend())) {
        if (m_sort.column != CardSortColumn::Id || m_positions.contains(id) || isLoaded(CardPosition{0, {}, 0, id}))
            wanted << id;
    }
    if (wanted.size() > kMaxMerged)
        return reload();
    for (const SortedCard &fresh : m_cards->sortedByIds(m_sort, wanted))
        merge(fresh);
}

void CardListModel::merge(const SortedCard &fresh)
{
    const int row = rowOf(fresh.card.id);
    const bool wanted = m_filter.matches(fresh.card) && isLoaded(fresh.position);
    if (row < 0) {
        if (wanted)
            insertRows(insertionRow(fresh.position), {fresh});
        return;
    }
    if (!wanted)
        return removeRow(row);
    if (fresh.card.holderId != m_rows.at(row).card.holderId)
        m_holders.remove(fresh.card.holderId); // a new holder: read the name again
    // Where the card goes among the other rows: its own row taken out of the count.
    int target = insertionRow(fresh.position);
    if (target > row)
        target = std::max(row, target - 1);
    if (target != row) {
        // A move keeps the selection and the current index on the card.
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.move(row, target);
        endMoveRows();
    }
    m_rows[target] = fresh;
    m_positions.insert(fresh.card.id, fresh.position);
    lookUpHolders({fresh});
    emit dataChanged(index(target, 0), index(target, ColumnCount - 1));
}

} // namespace tempcards
