// SPDX-License-Identifier: Apache-2.0
// The card list sorted by each column, both ways, over the cardholders scenario's stock (holders, dates and
// reasons on a share of the cards): the first page, the page after a card in the middle of the stock that has
// a value in every column, and the page after one that is blank in most (the part of the order after the rest),
// each unfiltered, with a common and a rare state filter, and with a common and a rare search. Printed as its
// own object, the worst page beside the list's first-page ceiling.
#include "BenchScenarios.h"
#include "BenchSupport.h"

#include "CardListModel.h"
#include "CardListQuery.h"

#include <QJsonObject>

#include <algorithm>

namespace tempcards::bench {

void printSortFigures(const QSqlDatabase &db, const Size &size)
{
    const QList<std::pair<const char *, CardSortColumn>> columns{{"card", CardSortColumn::Id},
                                                                 {"state", CardSortColumn::State},
                                                                 {"orderedAt", CardSortColumn::OrderedAt},
                                                                 {"goCardsId", CardSortColumn::GoCardsCardId},
                                                                 {"goCardsOrder", CardSortColumn::GoCardsOrderId},
                                                                 {"holder", CardSortColumn::Holder},
                                                                 {"validUntil", CardSortColumn::ValidUntil},
                                                                 {"reason", CardSortColumn::Reason}};
    // fillStock(): card 90 of every hundred is assigned (a value in every column but the reason once handed
    // out), card 0 processing (blank but for its number, state and order date).
    const qint64 full = size.stockCards / 2 + 90;
    const qint64 blank = size.stockCards / 2;
    const QList<std::pair<const char *, CardFilter>> filters{
        {"all", {}},
        {"assigned", {CardState::Assigned, {}}},
        {"locked", {CardState::Locked, {}}},
        {"prefix of 1%", {std::nullopt, QStringLiteral("gc-%1").arg(full / 10000, 4, 10, QLatin1Char('0'))}},
        {"one card", {std::nullopt, QStringLiteral("gc-%1").arg(full, 8, 10, QLatin1Char('0'))}}};
    const int limit = CardListModel::kPageSize;
    QJsonObject perColumn;
    double worst = 0;
    QString worstWhat;
    for (const auto &[columnName, column] : columns) {
        QJsonObject perDirection;
        for (const bool ascending : {true, false}) {
            const CardSort sort{column, ascending};
            const QList<SortedCard> cursors = CardListQuery::byIds(db, sort, {full, blank});
            if (cursors.size() != 2)
                throw BenchError("the sort bench's cards are missing");
            QJsonObject perFilter;
            for (const auto &[filterName, filter] : filters) {
                QJsonObject pages;
                for (const auto &[pageName, after] : QList<std::pair<const char *, std::optional<CardPosition>>>{
                         {"first", std::nullopt},
                         {"afterFull", cursors.at(0).card.id == full ? cursors.at(0).position : cursors.at(1).position},
                         {"afterBlank",
                          cursors.at(0).card.id == blank ? cursors.at(0).position : cursors.at(1).position}}) {
                    QList<double> times;
                    int rows = 0;
                    for (int i = 0; i < 3; ++i)
                        times << timed([&] { rows = int(CardListQuery::page(db, filter, sort, after, limit).size()); });
                    if (QLatin1String(pageName) == QLatin1String("first") && rows == 0)
                        throw BenchError(std::string("a sorted first page is empty: ") + columnName + " " + filterName);
                    const double ms = median(times);
                    pages.insert(QLatin1String(pageName), round2(ms));
                    if (ms > worst) {
                        worst = ms;
                        worstWhat = QStringLiteral("%1 %2, %3, page %4")
                                        .arg(QLatin1String(columnName),
                                             ascending ? QStringLiteral("ascending") : QStringLiteral("descending"),
                                             QLatin1String(filterName), QLatin1String(pageName));
                    }
                }
                perFilter.insert(QLatin1String(filterName), pages);
            }
            perDirection.insert(ascending ? QStringLiteral("ascending") : QStringLiteral("descending"), perFilter);
        }
        perColumn.insert(QLatin1String(columnName), perDirection);
    }
    print(QJsonObject{{QStringLiteral("scenario"), QStringLiteral("sort")},
                      {QStringLiteral("cards"), size.stockCards},
                      {QStringLiteral("pageRows"), limit},
                      {QStringLiteral("pageMedianMs"), perColumn},
                      {QStringLiteral("worstPageMs"), round2(worst)},
                      {QStringLiteral("worstPage"), worstWhat},
                      {QStringLiteral("targets"), QJsonObject{{QStringLiteral("pageMs"), 50}}},
                      {QStringLiteral("met"), worst <= 50}});
}

} // namespace tempcards::bench
