// SPDX-License-Identifier: Apache-2.0
#include "OrderLookupJob.h"

#include "GoCardsCallJob.h"
#include "GoCardsClient.h"

namespace tempcards {

OrderLookupJob::OrderLookupJob(GoCardsClient *client, const QStringList &externalIds, QObject *parent)
    : Job(parent), m_client(client), m_externalIds(externalIds)
{}

void OrderLookupJob::run()
{
    next();
}

void OrderLookupJob::next()
{
    if (m_done >= m_externalIds.size())
        return finish(int(GoCardsError::None), {});
    const QStringList ids = m_externalIds.mid(m_done, kIdsPerCall);
    m_done += int(ids.size());
    GoCardsClient *client = m_client;
    auto *call = new GoCardsCallJob(
        client, [client, ids](const QString &token) { return client->ordersHoldingRequest(token, ids); }, this);
    m_call = call;
    connect(call, &GoCardsCallJob::finished, this, [this, call] {
        call->deleteLater();
        if (call->error() != GoCardsError::None)
            return finish(int(call->error()), call->errorString());
        QString problem;
        const auto orders = GoCardsMessages::parseOrdersList(call->json(), &problem);
        if (!orders)
            return finish(int(GoCardsError::BadResponse),
                          tr("Nexus GO Cards sent a list of orders that tempcards cannot read (%1).").arg(problem));
        for (const GoCardsMessages::OrderResponse &order : *orders) {
            const bool known = std::any_of(m_orders.cbegin(), m_orders.cend(),
                                           [&](const auto &found) { return found.orderId == order.orderId; });
            if (!known)
                m_orders << order;
        }
        next();
    });
    call->start();
}

void OrderLookupJob::abort()
{
    if (m_call)
        m_call->cancel();
    finish(int(GoCardsError::Cancelled), tr("Asking Nexus GO Cards for its orders was stopped."));
}

} // namespace tempcards
