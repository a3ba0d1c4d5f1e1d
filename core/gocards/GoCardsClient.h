// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GoCardsConfig.h"
#include "GoCardsError.h"
#include "Job.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>

#include <optional>

class QNetworkAccessManager;

namespace tempcards {

class Clock;
class GoCardsRequestJob;
class GoCardsTokenJob;

// The one place that knows how to talk to Nexus GO Cards: it holds the connection settings and the access
// token (renewed shortly before it expires, and on invalid_token), and creates request jobs. The network
// access manager and the clock are the caller's. Lives on one thread; all jobs it makes live there too.
class GoCardsClient : public QObject
{
    Q_OBJECT

public:
    GoCardsClient(QNetworkAccessManager *nam, const Clock *clock, const GoCardsConfig &config,
                  QObject *parent = nullptr);

    const GoCardsConfig &config() const { return m_config; }
    void setConfig(const GoCardsConfig &config); // drops the cached token

    // A job that finishes with a usable token: the cached one, or one fetched now. Concurrent jobs share one
    // fetch. The caller owns the job (parent it or delete it after finished()).
    GoCardsTokenJob *token();
    // Forget `token` after Go Cards called it invalid, so the next token() fetches a new one.
    void invalidateToken(const QString &token);
    // POST /api/v2/orders with the batch's key and exact body. The caller owns the request and starts it.
    GoCardsRequestJob *orderRequest(const QString &token, const QString &idempotencyKey, const QByteArray &body);
    // GET /api/v2/events after `cursor` (empty: from the beginning); GET /api/v2/cards/{cardId}.
    GoCardsRequestJob *eventsRequest(const QString &token, const QString &cursor, int limit);
    GoCardsRequestJob *cardRequest(const QString &token, const QString &cardId);
    // GET /api/v2/orders?externalId=…: the orders that hold any of these cards (1 to 100 ids).
    GoCardsRequestJob *ordersHoldingRequest(const QString &token, const QStringList &externalIds);
    // GET /api/v2/order-log: the orders Go Cards made at or after `since`, after the order `after` (empty: from
    // the first), at most `limit`.
    GoCardsRequestJob *orderLogRequest(const QString &token, const QDateTime &since, const QString &after, int limit);

    // True while a request to Go Cards made here is on the wire (the client shows it is waiting).
    bool isBusy() const { return !m_onTheWire.isEmpty(); }

signals:
    // isBusy() changed: the first request went out, or the last one ended.
    void busyChanged(bool busy);
    // Emitted when a token fetch ends; GoCardsTokenJob listens for it.
    void tokenFetchFinished(tempcards::GoCardsError error, const QString &message);

private:
    friend class GoCardsTokenJob;
    bool hasValidToken() const;
    GoCardsRequestJob *newRequest(const QByteArray &method, const QString &path, QObject *parent = nullptr);
    void fetchToken();

    QNetworkAccessManager *m_nam;
    const Clock *m_clock;
    GoCardsConfig m_config;
    std::optional<QSslConfiguration> m_ssl;
    QString m_token;
    QDateTime m_renewAt;
    QPointer<GoCardsRequestJob> m_fetch;
    QSet<const QObject *> m_onTheWire;
};

// Finishes with a token from GoCardsClient::token(). A Job: errorCode() is a GoCardsError.
class GoCardsTokenJob : public Job
{
    Q_OBJECT

public:
    explicit GoCardsTokenJob(GoCardsClient *client) : m_client(client) {}
    GoCardsError error() const { return GoCardsError(errorCode()); }
    QString token() const { return m_token; }

private:
    void run() override;
    void abort() override;
    void finish(GoCardsError error, const QString &message);

    GoCardsClient *m_client;
    QString m_token;
};

} // namespace tempcards
