// SPDX-License-Identifier: Apache-2.0
#include "CardOrder.h"

#include "Sql.h"

namespace tempcards {

namespace {

// The sorted column as SQL, over cards aliased c; empty for the orders without one value per card. They are
// the expressions migration 17 indexes.
QString keyOf(CardSortColumn column)
{
    switch (column) {
    case CardSortColumn::OrderedAt:
        return QStringLiteral("c.ordered_at");
    case CardSortColumn::GoCardsCardId:
        return QStringLiteral("c.gocards_card_id");
    case CardSortColumn::GoCardsOrderId:
        return QStringLiteral("c.gocards_order_id");
    case CardSortColumn::ValidUntil:
        return QStringLiteral("c.valid_until");
    case CardSortColumn::Reason:
        return QStringLiteral("COALESCE(NULLIF(c.reason, ''), c.failure_reason)");
    case CardSortColumn::Id:
    case CardSortColumn::State:
    case CardSortColumn::Holder:
        break;
    }
    return {};
}

QString inC(bool postgres, const QString &expression)
{
    return postgres ? QStringLiteral("(%1 COLLATE \"C\")").arg(expression) : expression;
}

// UTF-16 units moved so that comparing them as numbers compares code points: surrogates above the rest.
int codePointRank(char16_t unit)
{
    if (unit >= 0xE000)
        return unit - 0x800;
    if (unit >= 0xD800)
        return unit + 0x2000;
    return unit;
}

} // namespace

CardOrder::CardOrder(const QSqlDatabase &db, CardSort sort)
    : m_sort(sort), m_postgres(dialectOf(db) == Dialect::Postgres), m_key(keyOf(sort.column))
{
    switch (sort.column) {
    case CardSortColumn::Id:
        m_segments << Segment{};
        break;
    case CardSortColumn::State: {
        QList<CardState> states = CardStates::all();
        if (!sort.ascending)
            std::reverse(states.begin(), states.end());
        for (const CardState state : std::as_const(states))
            m_segments << Segment{QStringLiteral("c.state = '%1'").arg(CardStates::toStorage(state)), {}, false, state};
        break;
    }
    case CardSortColumn::Holder:
        m_segments << Segment{QStringLiteral("c.holder_id IS NOT NULL"),
                              {inC(m_postgres, QStringLiteral("p.given_key")),
                               inC(m_postgres, QStringLiteral("p.surname_key"))},
                              true}
                   << Segment{QStringLiteral("c.holder_id IS NULL"), {}, false, {}, false};
        break;
    default: {
        const QString key = inC(m_postgres, m_key);
        // cards_state_valid_until serves Valid until within a state.
        m_segments << Segment{
            key + QStringLiteral(" > ''"), {key}, false, {}, true, sort.column == CardSortColumn::ValidUntil};
        if (sort.column != CardSortColumn::OrderedAt) // every card has been ordered
            m_segments << Segment{QStringLiteral("COALESCE(%1, '') = ''").arg(m_key), {}, false, {}, false};
    }
    }
}

QStringList CardOrder::positionColumns() const
{
    if (needsHolder())
        return {QStringLiteral("p.given_key"), QStringLiteral("p.surname_key")};
    if (!m_key.isEmpty())
        return {m_key};
    return {};
}

CardPosition CardOrder::positionOf(const CardRow &card, const QStringList &values) const
{
    CardPosition position;
    position.id = card.id;
    switch (m_sort.column) {
    case CardSortColumn::Id:
        break;
    case CardSortColumn::State: {
        const QList<CardState> states = CardStates::all();
        const int rank = int(states.indexOf(card.state));
        position.segment = m_sort.ascending ? rank : int(states.size()) - 1 - rank;
        break;
    }
    case CardSortColumn::Holder:
        if (card.holderId > 0) {
            position.values = values;
            position.group = card.holderId;
        } else {
            position.segment = 1;
        }
        break;
    default:
        if (values.value(0).isEmpty())
            position.segment = 1;
        else
            position.values = {values.first()};
    }
    return position;
}

bool CardOrder::comesBefore(const CardSort &sort, const CardPosition &a, const CardPosition &b)
{
    if (a.segment != b.segment)
        return a.segment < b.segment;
    int order = 0;
    for (int i = 0; i < a.values.size() && i < b.values.size() && order == 0; ++i)
        order = compareText(a.values.at(i), b.values.at(i));
    if (order == 0)
        order = a.group < b.group ? -1 : a.group > b.group ? 1 : 0;
    if (order == 0)
        order = a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    return sort.ascending ? order < 0 : order > 0;
}

QList<CardOrder::Level> CardOrder::levels(const Segment &segment, const CardPosition &position) const
{
    QStringList terms = segment.keys;
    QVariantList bound;
    for (const QString &value : position.values)
        bound << value;
    if (segment.byHolder) {
        terms << QStringLiteral("p.id");
        bound << position.group;
    }
    terms << QStringLiteral("c.id");
    bound << position.id;
    const QString beyond = m_sort.ascending ? QStringLiteral(" > ?") : QStringLiteral(" < ?");
    QList<Level> levels;
    for (qsizetype last = terms.size() - 1; last >= 0; --last) {
        Level level;
        QStringList conditions;
        for (qsizetype i = 0; i < last; ++i) {
            conditions << terms.at(i) + QStringLiteral(" = ?");
            level.values << bound.at(i);
        }
        conditions << terms.at(last) + beyond;
        level.values << bound.at(last);
        level.condition = conditions.join(QStringLiteral(" AND "));
        levels << level;
    }
    return levels;
}

QString CardOrder::orderBy(const Segment &segment, bool aliased) const
{
    const QString direction = m_sort.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList terms;
    for (qsizetype i = 0; i < segment.keys.size(); ++i)
        terms << (aliased ? QStringLiteral("c.k%1").arg(i) : segment.keys.at(i)) + direction;
    if (segment.byHolder)
        terms << (aliased ? QStringLiteral("c.g") : QStringLiteral("p.id")) + direction;
    terms << QStringLiteral("c.id") + direction;
    return terms.join(QStringLiteral(", "));
}

QString CardOrder::aliasedKeys(const Segment &segment) const
{
    QString columns;
    for (qsizetype i = 0; i < segment.keys.size(); ++i)
        columns += QStringLiteral(", %1 AS k%2").arg(segment.keys.at(i)).arg(i);
    if (segment.byHolder)
        columns += QStringLiteral(", p.id AS g");
    return columns;
}

QList<CardSortColumn> CardOrder::allColumns()
{
    return {CardSortColumn::Id,
            CardSortColumn::State,
            CardSortColumn::OrderedAt,
            CardSortColumn::GoCardsCardId,
            CardSortColumn::GoCardsOrderId,
            CardSortColumn::Holder,
            CardSortColumn::ValidUntil,
            CardSortColumn::Reason};
}

int CardOrder::compareText(const QString &a, const QString &b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        const int order = codePointRank(a.at(i).unicode()) - codePointRank(b.at(i).unicode());
        if (order != 0)
            return order;
    }
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

} // namespace tempcards
