// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardOrder.h"
#include "CardQuery.h"
#include "CoreContext.h"
#include "InitializeTemporaryCard.h"

#include <QFuture>
#include <QObject>

namespace tempcards {

class RefreshCardJob;
struct Session;

// The temporary cards as the windows see them: quick reads, the card processes that start from one card
// (Initialize, Refresh from Go Cards), and changed() for every change to cards that this process hears of,
// its own and other processes' alike (the other services and the change watcher report theirs through
// noteChanged()). Lives on the GUI thread; the context's objects outlive it.
class CardService : public QObject
{
    Q_OBJECT

public:
    explicit CardService(const CoreContext &context, QObject *parent = nullptr);

    // Quick indexed reads on the caller's connection; empty on a database error (logged).
    QList<CardRow> page(const CardFilter &filter, qint64 beforeId, int limit);
    QList<CardRow> byIds(const QList<qint64> &ids);
    // The same in any order (CardListQuery), each card with its position in it.
    QList<SortedCard> sortedPage(const CardFilter &filter, const CardSort &sort,
                                 const std::optional<CardPosition> &after, int limit);
    QList<SortedCard> sortedByIds(const CardSort &sort, const QList<qint64> &ids);

    QFuture<InitializeTemporaryCard::Result> initialize(const Session &session, qint64 cardId, const QString &uid);
    // A new, unstarted job owned by the caller.
    RefreshCardJob *refresh(const Session &session, qint64 cardId);

    // `cardIds` changed (new cards included); changed() follows at once.
    void noteChanged(const QList<qint64> &cardIds);

signals:
    void changed(const QList<qint64> &cardIds);

private:
    CoreContext m_context;
};

} // namespace tempcards
