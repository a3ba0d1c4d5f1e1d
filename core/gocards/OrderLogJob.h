// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GoCardsError.h"
#include "GoCardsMessages.h"
#include "Job.h"

#include <QDateTime>
#include <QPointer>

namespace tempcards {

class GoCardsCallJob;
class GoCardsClient;

// Reads Go Cards' order log (GET /api/v2/order-log) from `since` and after the order `after` to its end, a page after
// another, so the batch sync can see which orders Go Cards made that this database may not know (restored from a
// backup). At most kMaxOrders are read in one job; more() then says the log goes on after the last of orders(). A Job:
// errorCode() is the GoCardsError of the page that failed (None when every page was answered).
class OrderLogJob : public Job
{
    Q_OBJECT

public:
    static constexpr int kPage = 200;
    static constexpr int kMaxOrders = 20000;

    OrderLogJob(GoCardsClient *client, const QDateTime &since, const QString &after, QObject *parent = nullptr);
    GoCardsError error() const { return GoCardsError(errorCode()); }
    const QList<GoCardsMessages::OrderResponse> &orders() const { return m_orders; }
    bool more() const { return m_more; }

private:
    void run() override;
    void abort() override;
    void next();

    GoCardsClient *m_client;
    QDateTime m_since;
    QString m_after;
    QList<GoCardsMessages::OrderResponse> m_orders;
    bool m_more = false;
    QPointer<GoCardsCallJob> m_call;
};

} // namespace tempcards
