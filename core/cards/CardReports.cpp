// SPDX-License-Identifier: Apache-2.0
#include "CardReports.h"
#include "UnknownCards.h"

#include "CardStore.h"
#include "Logging.h"
#include "Sql.h"

#include <QHash>
#include <QQueue>

namespace tempcards {

namespace {

std::optional<CardState> stateOf(const QString &reported)
{
    if (reported == QLatin1String("ORDERED"))
        return CardState::Ordered;
    if (reported == QLatin1String("IN_PRODUCTION"))
        return CardState::InProduction;
    if (reported == QLatin1String("PRODUCED"))
        return CardState::Produced;
    if (reported == QLatin1String("FAILED"))
        return CardState::Failed;
    return std::nullopt;
}

// The events Go Cards can cause, and the shortest path of them from `from` to `to` in the design's graph.
std::optional<QList<CardEvent>> pathTo(CardState from, CardState to)
{
    const QList<CardEvent> systemEvents = {CardEvent::DispatchAccepted, CardEvent::ProductionStarted,
                                           CardEvent::ProductionDone, CardEvent::ProductionFailed};
    QHash<CardState, QList<CardEvent>> paths{{from, {}}};
    QQueue<CardState> queue{{from}};
    while (!queue.isEmpty()) {
        const CardState state = queue.dequeue();
        if (state == to)
            return paths.value(state);
        for (const CardEvent event : systemEvents) {
            const auto next = CardStates::next(state, event);
            if (next && !paths.contains(*next)) {
                paths.insert(*next, paths.value(state) + QList<CardEvent>{event});
                queue.enqueue(*next);
            }
        }
    }
    return std::nullopt;
}

// Where a state lies on the production line, to tell old news from a contradiction; failed and aborted
// are off the line.
std::optional<int> lineStep(CardState state)
{
    switch (state) {
    case CardState::Processing:
        return 0;
    case CardState::Ordered:
        return 1;
    case CardState::InProduction:
        return 2;
    case CardState::Produced:
        return 3;
    case CardState::Unassigned:
        return 4;
    case CardState::Assigned: // handed out, or out of use: past the production line
    case CardState::Expired:
    case CardState::Locked:
        return 5;
    case CardState::Failed:
    case CardState::Aborted:
        break;
    }
    return std::nullopt;
}

// The report says less than the card already is: a repeat or an event that arrived late.
bool isOldNews(CardState card, CardState reported)
{
    if (card == reported)
        return true;
    const auto cardStep = lineStep(card);
    const auto reportedStep = lineStep(reported);
    return cardStep && reportedStep && *reportedStep < *cardStep;
}

} // namespace

void CardReports::apply(const QSqlDatabase &db, const AuditLog &audit, const QString &actor, const QDateTime &now,
                        const CardReport &report, Applied *applied)
{
    const auto card = CardQuery::byGoCardsIds(db, report.cardId, report.externalId);
    if (!card) {
        qCWarning(lcGoCards) << "Go Cards reports on unknown card" << report.cardId << report.externalId
                             << "- kept in the list of unknown cards";
        if (!report.cardId.isEmpty())
            UnknownCards::note(db, report, now);
        ++applied->unknown;
        return;
    }
    const auto target = stateOf(report.state);
    const auto path = target ? pathTo(card->state, *target) : std::nullopt;
    if (!path || path->isEmpty()) {
        if (target && isOldNews(card->state, *target)) {
            ++applied->repeats;
        } else {
            qCWarning(lcGoCards) << "card" << card->id << "is" << CardStates::toStorage(card->state)
                                 << "but Go Cards reports" << report.state << "- skipped";
            ++applied->conflicts;
        }
        return;
    }
    for (int i = 0; i < path->size(); ++i) {
        CardUpdate update;
        update.goCardsCardId = report.cardId;
        if (i == path->size() - 1) {
            if (*target == CardState::Failed)
                update.failureReason =
                    report.failureReason.isEmpty() ? QStringLiteral("failed in production") : report.failureReason;
            if (*target == CardState::Produced) {
                update.reportUid = report.uid.isEmpty() ? std::optional<QString>() : report.uid;
                update.producedAt = report.produced;
                update.shippedAt = report.shipped;
            }
        }
        if (!CardStore::apply(db, audit, card->id, path->at(i), update, actor, now))
            return;
    }
    applied->changed << card->id;
}

} // namespace tempcards
