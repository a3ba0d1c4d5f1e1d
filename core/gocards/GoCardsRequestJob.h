// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GoCardsConfig.h"
#include "GoCardsError.h"
#include "Job.h"

#include <QJsonObject>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <QUrlQuery>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace tempcards {

class Clock;

// One HTTP exchange with Go Cards, enforcing the contract's transport rules: a transfer timeout and an
// overall deadline, redirects refused (never followed), a 1 MiB response limit, JSON where JSON is due,
// X-Request-Id on every request, and the error table's classification. A Job: errorCode() is a GoCardsError.
class GoCardsRequestJob : public Job
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxResponseBytes = 1024 * 1024;

    // The clock reads Retry-After dates; both it and the manager are the caller's and outlive the request.
    GoCardsRequestJob(QNetworkAccessManager *nam, const Clock *clock, const GoCardsConfig &config, QByteArray method,
                      QString path, QObject *parent = nullptr);
    ~GoCardsRequestJob() override;

    void setBody(const QByteArray &json) { m_body = json; }
    void setQuery(const QUrlQuery &query) { m_query = query; }
    void setSslConfiguration(const QSslConfiguration &ssl) { m_ssl = ssl; }
    void setHeader(const QByteArray &name, const QByteArray &value) { m_headers.append({name, value}); }
    GoCardsError error() const { return GoCardsError(errorCode()); }
    int httpStatus() const { return m_status; }
    QJsonObject json() const { return m_json; }
    QByteArray responseHeader(const QByteArray &name) const;
    int retryAfterSeconds() const { return m_retryAfter; } // -1 when the server gave none
    QString requestId() const { return m_requestId; }
    // How many requests exist in this process right now; the fault tests check that none is left behind.
    static int liveCount();

signals:
    // Emitted when the request goes out (not for a bad address, which only finishes).
    void started();

private:
    void run() override;
    void abort() override;
    void onFinished();
    void abortWith(GoCardsError error, const QString &message);
    void finish(GoCardsError error, const QString &message);
    void interpret();
    QString errorMessage(GoCardsError error, const QString &detail) const;

    QNetworkAccessManager *m_nam;
    const Clock *m_clock;
    GoCardsConfig m_config;
    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QString m_requestId;

    QPointer<QNetworkReply> m_reply;
    std::optional<QSslConfiguration> m_ssl;
    QList<QSslError> m_sslErrors;
    QTimer m_deadline;
    QByteArray m_received;
    GoCardsError m_abortReason = GoCardsError::None;
    QString m_abortMessage;

    int m_status = 0;
    int m_retryAfter = -1;
    QJsonObject m_json;
    QList<QPair<QByteArray, QByteArray>> m_responseHeaders;
};

} // namespace tempcards
