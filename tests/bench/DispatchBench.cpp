// SPDX-License-Identifier: Apache-2.0
// Scenario 2: a queue of queued cards ordered by one run of the batch sync from a SQLite file to gocards-sim
// (its own process) on loopback, against the simulator's ceiling for the same requests: a minimal client
// posting the very bodies and keys the batch sync stored, one at a time as the batch sync does, to a fresh
// simulator.
#include "BenchScenarios.h"
#include "BenchSupport.h"

#include "BatchSyncJob.h"
#include "Sql.h"
#include "SyncService.h"
#include "TempCardOptions.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace tempcards::bench {

namespace {

struct StoredOrder
{
    QByteArray key;
    QByteArray body;
};

QNetworkReply *post(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return nam.post(request, body);
}

// Posts `orders` one after another; returns the seconds taken, throwing unless each was created (201).
double postAll(const QUrl &base, const QList<StoredOrder> &orders)
{
    QNetworkAccessManager nam;
    QNetworkReply *token = post(nam, base.resolved(QUrl(QStringLiteral("/api/v2/auth/token"))),
                                QByteArrayLiteral(R"({"clientId":"demo","clientSecret":"demo-secret",)"
                                                  R"("organisationId":"demo-org"})"),
                                {});
    waitUntil([&] { return token->isFinished(); }, 10000);
    const QByteArray accessToken =
        QJsonDocument::fromJson(token->readAll())[QLatin1String("accessToken")].toString().toUtf8();
    token->deleteLater();
    if (accessToken.isEmpty())
        throw BenchError("the simulator gave no token");
    const QUrl ordersUrl = base.resolved(QUrl(QStringLiteral("/api/v2/orders")));
    QElapsedTimer timer;
    timer.start();
    for (const StoredOrder &order : orders) {
        QNetworkReply *reply = post(nam, ordersUrl, order.body,
                                    {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + accessToken},
                                     {QByteArrayLiteral("Idempotency-Key"), order.key}});
        waitUntil([&] { return reply->isFinished(); }, 30000);
        reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (status != 201)
            throw BenchError("the minimal client's order was not created");
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

void runDispatchScenario(const QString &folder, const Size &size)
{
    const int cards = size.dispatchCards;
    SimulatorProcess simulator;
    BenchClient client(folder + QStringLiteral("/dispatch.sqlite"), simulator.url());
    client.setOption(TempCardOptions::BatchSize, TempCardOptions::kMaxBatchSize);
    QElapsedTimer fill;
    fill.start();
    fillQueue(client.database().connection(), cards);
    const double fillSeconds = double(fill.nsecsElapsed()) / 1e9;

    std::unique_ptr<BatchSyncJob> sync(client.backend().sync()->newRun());
    bool finished = false;
    qint64 changedCards = 0;
    qint64 dispatchedAt = 0;
    QElapsedTimer timer;
    QObject::connect(sync.get(), &BatchSyncJob::finished, [&] { finished = true; });
    QObject::connect(sync.get(), &BatchSyncJob::changed, [&](const QList<qint64> &ids) {
        changedCards += ids.size();
        if (changedCards >= cards && dispatchedAt == 0)
            dispatchedAt = timer.nsecsElapsed();
    });
    timer.start();
    sync->start();
    if (!waitUntil([&] { return finished; }, 30 * 60 * 1000))
        throw BenchError("the batch sync did not finish in 30 minutes");
    const double runSeconds = double(timer.nsecsElapsed()) / 1e9;
    const BatchSyncJob::Report &report = sync->report();
    if (report.cardsOrdered != cards || report.error != GoCardsError::None)
        throw BenchError(QStringLiteral("the batch sync ordered %1 of %2 cards: %3")
                             .arg(report.cardsOrdered)
                             .arg(cards)
                             .arg(report.errorString)
                             .toStdString());
    const double dispatchSeconds = dispatchedAt > 0 ? double(dispatchedAt) / 1e9 : runSeconds;

    QList<StoredOrder> orders;
    SqlQuery stored(client.database().connection(),
                    QStringLiteral("SELECT idempotency_key, request_body FROM order_batches ORDER BY id"));
    stored.exec();
    while (stored.next())
        orders.append({stored.value(0).toByteArray(), stored.value(1).toByteArray()});
    SimulatorProcess fresh;
    const double ceilingSeconds = postAll(fresh.url(), orders);

    const double rate = cards / dispatchSeconds;
    const double ceiling = cards / ceilingSeconds;
    print(QJsonObject{{QStringLiteral("scenario"), QStringLiteral("dispatch")},
                      {QStringLiteral("cards"), cards},
                      {QStringLiteral("orders"), int(orders.size())},
                      {QStringLiteral("cardsPerOrder"), TempCardOptions::kMaxBatchSize},
                      {QStringLiteral("queueFillSeconds"), round1(fillSeconds)},
                      {QStringLiteral("dispatchSeconds"), round2(dispatchSeconds)},
                      {QStringLiteral("runSeconds"), round2(runSeconds)},
                      {QStringLiteral("cardsPerSecond"), round1(rate)},
                      {QStringLiteral("simulatorCeilingCardsPerSecond"), round1(ceiling)},
                      {QStringLiteral("ceilingOverSync"), round2(ceiling / rate)},
                      {QStringLiteral("targetCardsPerSecond"), 20000},
                      {QStringLiteral("met"), rate >= 20000}});
}

} // namespace tempcards::bench
