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
    const CardRow &card = m_rows.at(index.row());
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
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.last().id;
    const QList<CardRow> page = m_cards->page(m_filter, before, kPageSize);
    m_atEnd = page.size() < kPageSize;
    insertRows(int(m_rows.size()), page);
}

void CardListModel::setPeople(PeopleService *people)
{
    m_people = people;
    lookUpHolders(m_rows);
}

void CardListModel::lookUpHolders(const QList<CardRow> &cards)
{
    if (!m_people)
        return;
    QList<qint64> wanted;
    for (const CardRow &card : cards) {
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
    m_atEnd = false;
    endResetModel();
    fetchMore({});
}

int CardListModel::rowOf(qint64 cardId) const
{
    const int row = insertionRow(cardId);
    return row < m_rows.size() && m_rows.at(row).id == cardId ? row : -1;
}

// The first row whose id is not greater than cardId (rows are in descending id order).
int CardListModel::insertionRow(qint64 cardId) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), cardId,
                                     [](const CardRow &row, qint64 id) { return row.id > id; });
    return int(it - m_rows.cbegin());
}

void CardListModel::insertRows(int row, const QList<CardRow> &cards)
{
    if (cards.isEmpty())
        return;
    beginInsertRows({}, row, row + int(cards.size()) - 1);
    for (int i = 0; i < cards.size(); ++i)
        m_rows.insert(row + i, cards.at(i));
    endInsertRows();
    lookUpHolders(cards);
}

void CardListModel::refresh(const QList<qint64> &cardIds)
{
    const qint64 newest = m_rows.isEmpty() ? 0 : m_rows.first().id;
    const qint64 oldest = m_atEnd ? 0 : m_rows.isEmpty() ? std::numeric_limits<qint64>::max() : m_rows.last().id;
    // Cards newer than the first row are new: read the top page and put the newer ones above.
    if (std::any_of(cardIds.cbegin(), cardIds.cend(), [&](qint64 id) { return id > newest; })) {
        const QList<CardRow> top = m_cards->page(m_filter, 0, kPageSize);
        int count = 0;
        while (count < top.size() && top.at(count).id > newest)
            ++count;
        if (count == kPageSize && !m_rows.isEmpty())
            return reload(); // more new cards than a page: start again from the top
        insertRows(0, top.mid(0, count));
    }
    // Cards in the loaded range: update, add the ones that now match, drop the ones that no longer do.
    QList<qint64> inRange;
    for (const qint64 id : QSet<qint64>(cardIds.cbegin(), cardIds.cend())) {
        if (id <= newest && id >= oldest)
            inRange << id;
    }
    for (const CardRow &fresh : m_cards->byIds(inRange)) {
        const int row = rowOf(fresh.id);
        const bool matches = m_filter.matches(fresh);
        if (row >= 0 && !matches) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        } else if (row >= 0) {
            if (fresh.holderId != m_rows.at(row).holderId)
                m_holders.remove(fresh.holderId); // a new holder: read the name again
            m_rows[row] = fresh;
            lookUpHolders({fresh});
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (matches) {
            insertRows(insertionRow(fresh.id), {fresh});
        }
    }
}

} // namespace tempcards
