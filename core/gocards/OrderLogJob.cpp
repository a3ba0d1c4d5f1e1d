// SPDX-License-Identifier: Apache-2.0
#include "OrderLogJob.h"

#include "GoCardsCallJob.h"
#include "GoCardsClient.h"

namespace tempcards {

OrderLogJob::OrderLogJob(GoCardsClient *client, const QDateTime &since, const QString &after, QObject *parent)
    : Job(parent), m_client(client), m_since(since), m_after(after)
{}

void OrderLogJob::run()
{
    next();
}

void OrderLogJob::next()
{
    GoCardsClient *client = m_client;
    const QDateTime since = m_since;
    const QString after = m_orders.isEmpty() ? m_after : m_orders.constLast().orderId;
    auto *call = new GoCardsCallJob(
        client,
        [client, since, after](const QString &token) { return client->orderLogRequest(token, since, after, kPage); },
        this);
    m_call = call;
    connect(call, &GoCardsCallJob::finished, this, [this, call] {
        call->deleteLater();
        if (call->error() != GoCardsError::None)
            return finish(int(call->error()), call->errorString());
        QString problem;
        bool more = false;
        const auto page = GoCardsMessages::parseOrderLog(call->json(), &more, &problem);
        if (!page)
            return finish(
                int(GoCardsError::BadResponse),
                tr("Nexus GO Cards sent a page of its order log that tempcards cannot read (%1).").arg(problem));
        m_orders << *page;
        // A page that says "more" but brings nothing would never end.
        m_more = more && !page->isEmpty();
        if (m_more && m_orders.size() < kMaxOrders)
            return next();
        finish(int(GoCardsError::None), {});
    });
    call->start();
}

void OrderLogJob::abort()
{
    if (m_call)
        m_call->cancel();
    finish(int(GoCardsError::Cancelled), tr("Reading Nexus GO Cards' order log was stopped."));
}

} // namespace tempcards
