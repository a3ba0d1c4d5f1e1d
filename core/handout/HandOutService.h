// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardHandOut.h"
#include "CardHoldings.h"
#include "CirculationQuery.h"
#include "CoreContext.h"
#include "Outcome.h"
#include "Person.h"

#include <QFuture>
#include <QHash>
#include <QObject>

namespace tempcards {

class CardService;

// Handing cards out, as the windows see it: the four processes (on the writer thread; the changed cards
// reach CardService::noteChanged, so every card list re-reads them), the views of what is out with their
// CSV export, a person's cards and history, and the stock (on the context's thread pool). Results come back
// as futures. Lives on the GUI thread; `cards` outlives it.
class HandOutService : public QObject
{
    Q_OBJECT

public:
    HandOutService(const CoreContext &context, CardService *cards, QObject *parent = nullptr);

    QFuture<CardHandOut::Result> assign(const Session &session, qint64 cardId, qint64 personId);
    QFuture<CardHandOut::Result> withdraw(const Session &session, qint64 cardId, WithdrawReason reason);
    QFuture<CardHandOut::Result> extend(const Session &session, const QList<qint64> &cardIds);
    QFuture<CardHandOut::Result> lock(const Session &session, const QList<qint64> &cardIds, const QString &reason);

    struct View
    {
        QList<CirculationRow> rows;
        int total = 0;
        QString problem;
        bool mailServerSet = false; // DueReminders: whether the batch sync sends them, or they are only listed
    };
    QFuture<View> view(CirculationView view, int limit);
    // Every row of the view to `path`, put in place only once the whole export is written and its audit record
    // committed: an export the trail cannot record leaves no file.
    QFuture<Outcome> exportCsv(const Session &session, CirculationView view, const QString &path);

    struct History
    {
        QList<Holding> holdings; // newest first
        QList<CardRow> cards;    // the cards of those holdings, in their order
        QString problem;
    };
    QFuture<History> historyOf(qint64 personId, int limit);

    // One card as its details pane shows it: the card (unset when there is no such card), who held it,
    // newest first, and those people (by id; a person removed since is missing).
    struct CardDetails
    {
        std::optional<CardRow> card;
        QList<Holding> holdings;
        QHash<qint64, Person> people;
        QString problem;
    };
    QFuture<CardDetails> detailsOf(qint64 cardId, int limit);

    struct StockLevel
    {
        Stock stock;
        int threshold = 0; // the options' lowStockThreshold
        QString problem;
        bool low() const { return problem.isEmpty() && stock.shortfall(threshold) > 0; }
    };
    QFuture<StockLevel> stock();

private:
    QFuture<CardHandOut::Result> noting(QFuture<CardHandOut::Result> future);

    CoreContext m_context;
    CardService *m_cards;
};

} // namespace tempcards
