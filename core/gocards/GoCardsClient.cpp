// SPDX-License-Identifier: Apache-2.0
#include "GoCardsClient.h"

#include "Clock.h"
#include "GoCardsMessages.h"
#include "GoCardsRequestJob.h"
#include "GoCardsTls.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace tempcards {

GoCardsClient::GoCardsClient(QNetworkAccessManager *nam, const Clock *clock, const GoCardsConfig &config,
                             QObject *parent)
    : QObject(parent), m_nam(nam), m_clock(clock)
{
    setConfig(config);
}

void GoCardsClient::setConfig(const GoCardsConfig &config)
{
    m_config = config;
    m_token.clear();
    QString problem;
    m_ssl = GoCardsTls::configuration(config, &problem); // a problem is reported by config.check() before any call
}

GoCardsRequestJob *GoCardsClient::newRequest(const QByteArray &method, const QString &path, QObject *parent)
{
    auto *request = new GoCardsRequestJob(m_nam, m_clock, m_config, method, path, parent);
    if (m_ssl)
        request->setSslConfiguration(*m_ssl);
    // A request leaves the wire when it finishes or, unfinished, when its owner deletes it.
    connect(request, &GoCardsRequestJob::started, this, [this, request] {
        m_onTheWire.insert(request);
        if (m_onTheWire.size() == 1)
            emit busyChanged(true);
    });
    auto leave = [this](const QObject *gone) {
        if (m_onTheWire.remove(gone) && m_onTheWire.isEmpty())
            emit busyChanged(false);
    };
    connect(request, &GoCardsRequestJob::finished, this, [leave, request] { leave(request); });
    connect(request, &QObject::destroyed, this, leave);
    return request;
}

GoCardsTokenJob *GoCardsClient::token()
{
    return new GoCardsTokenJob(this);
}

void GoCardsClient::invalidateToken(const QString &token)
{
    if (token == m_token)
        m_token.clear();
}

bool GoCardsClient::hasValidToken() const
{
    return !m_token.isEmpty() && m_clock->nowUtc() < m_renewAt;
}

void GoCardsClient::fetchToken()
{
    if (m_fetch)
        return; // one fetch at a time; every waiting job hears tokenFetchFinished
    const QString problem = m_config.check();
    if (!problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, problem] { emit tokenFetchFinished(GoCardsError::Configuration, problem); },
            Qt::QueuedConnection);
        return;
    }
    auto *request = newRequest("POST", QStringLiteral("/api/v2/auth/token"), this);
    request->setBody(GoCardsMessages::tokenRequest(m_config.clientId, m_config.clientSecret, m_config.organisationId));
    m_fetch = request;
    connect(request, &GoCardsRequestJob::finished, this, [this, request] {
        request->deleteLater();
        GoCardsError error = request->error();
        QString message = request->errorString();
        if (error == GoCardsError::None) {
            QString problem;
            const auto token = GoCardsMessages::parseToken(request->json(), &problem);
            if (token) {
                m_token = token->accessToken;
                // Renew a little before expiry: a tenth of the lifetime, at most a minute.
                const int margin = qMin(60, token->expiresInSeconds / 10);
                m_renewAt = m_clock->nowUtc().addSecs(token->expiresInSeconds - margin);
                qCDebug(lcGoCards) << "token valid for" << token->expiresInSeconds << "s";
            } else {
                error = GoCardsError::BadResponse;
                message = QCoreApplication::translate("tempcards::GoCardsClient",
                                                      "Nexus GO Cards sent a login answer that tempcards cannot "
                                                      "read (%1).")
                              .arg(problem);
            }
        }
        m_fetch = nullptr;
        emit tokenFetchFinished(error, message);
    });
    request->start();
}

GoCardsRequestJob *GoCardsClient::orderRequest(const QString &token, const QString &idempotencyKey,
                                               const QByteArray &body)
{
    auto *request = newRequest("POST", QStringLiteral("/api/v2/orders"));
    request->setHeader("Authorization", "Bearer " + token.toLatin1());
    request->setHeader("Idempotency-Key", idempotencyKey.toLatin1());
    request->setBody(body);
    return request;
}

GoCardsRequestJob *GoCardsClient::eventsRequest(const QString &token, const QString &cursor, int limit)
{
    auto *request = newRequest("GET", QStringLiteral("/api/v2/events"));
    request->setHeader("Authorization", "Bearer " + token.toLatin1());
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("after"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    request->setQuery(query);
    return request;
}

GoCardsRequestJob *GoCardsClient::cardRequest(const QString &token, const QString &cardId)
{
    const QString path = QStringLiteral("/api/v2/cards/") + QString::fromLatin1(QUrl::toPercentEncoding(cardId));
    auto *request = newRequest("GET", path);
    request->setHeader("Authorization", "Bearer " + token.toLatin1());
    return request;
}

GoCardsRequestJob *GoCardsClient::ordersHoldingRequest(const QString &token, const QStringList &externalIds)
{
    auto *request = newRequest("GET", QStringLiteral("/api/v2/orders"));
    request->setHeader("Authorization", "Bearer " + token.toLatin1());
    QUrlQuery query;
    for (const QString &id : externalIds)
        query.addQueryItem(QStringLiteral("externalId"), QString::fromLatin1(QUrl::toPercentEncoding(id)));
    request->setQuery(query);
    return request;
}

GoCardsRequestJob *GoCardsClient::orderLogRequest(const QString &token, const QDateTime &since, const QString &after,
                                                  int limit)
{
    auto *request = newRequest("GET", QStringLiteral("/api/v2/order-log"));
    request->setHeader("Authorization", "Bearer " + token.toLatin1());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"),
                       QString::fromLatin1(QUrl::toPercentEncoding(since.toUTC().toString(Qt::ISODate))));
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), QString::fromLatin1(QUrl::toPercentEncoding(after)));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    request->setQuery(query);
    return request;
}

void GoCardsTokenJob::run()
{
    if (m_client->hasValidToken()) {
        m_token = m_client->m_token;
        return finish(GoCardsError::None, {});
    }
    connect(m_client, &GoCardsClient::tokenFetchFinished, this, [this](GoCardsError error, const QString &message) {
        if (error == GoCardsError::None)
            m_token = m_client->m_token;
        finish(error, message);
    });
    m_client->fetchToken();
}

void GoCardsTokenJob::abort()
{
    finish(GoCardsError::Cancelled, {});
}

void GoCardsTokenJob::finish(GoCardsError error, const QString &message)
{
    disconnect(m_client, nullptr, this, nullptr);
    Job::finish(int(error), message);
}

} // namespace tempcards
