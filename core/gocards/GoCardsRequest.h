// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GoCardsConfig.h"
#include "GoCardsError.h"

#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <QUrlQuery>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace tempcards {

// One HTTP exchange with Go Cards, enforcing the contract's transport rules: a transfer timeout and an
// overall deadline, redirects refused (never followed), a 1 MiB response limit, JSON where JSON is due,
// X-Request-Id on every request, and the error table's classification.
// finished() is emitted exactly once, never from inside start() or cancel().
class GoCardsRequest : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxResponseBytes = 1024 * 1024;

    GoCardsRequest(QNetworkAccessManager *nam, const GoCardsConfig &config, QByteArray method, QString path,
                   QObject *parent = nullptr);
    ~GoCardsRequest() override;

    void setBody(const QByteArray &json) { m_body = json; }
    void setQuery(const QUrlQuery &query) { m_query = query; }
    void setSslConfiguration(const QSslConfiguration &ssl) { m_ssl = ssl; }
    void setHeader(const QByteArray &name, const QByteArray &value) { m_headers.append({name, value}); }
    void start();
    void cancel();

    GoCardsError error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    int httpStatus() const { return m_status; }
    QJsonObject json() const { return m_json; }
    QByteArray responseHeader(const QByteArray &name) const;
    int retryAfterSeconds() const { return m_retryAfter; } // -1 when the server gave none
    QString requestId() const { return m_requestId; }
    // How many requests exist in this process right now; the fault tests check that none is left behind.
    static int liveCount();

signals:
    // Emitted from start() when the request goes out (not for a bad address, which only finishes).
    void started();
    void finished();

private:
    void onFinished();
    void abortWith(GoCardsError error, const QString &message);
    void finish(GoCardsError error, const QString &message);
    void interpret();
    QString errorMessage(GoCardsError error, const QString &detail) const;

    QNetworkAccessManager *m_nam;
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
    bool m_finished = false;
    GoCardsError m_abortReason = GoCardsError::None;
    QString m_abortMessage;

    GoCardsError m_error = GoCardsError::None;
    QString m_errorString;
    int m_status = 0;
    int m_retryAfter = -1;
    QJsonObject m_json;
    QList<QPair<QByteArray, QByteArray>> m_responseHeaders;
};

} // namespace tempcards
