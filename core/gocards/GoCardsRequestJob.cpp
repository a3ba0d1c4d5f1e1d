// SPDX-License-Identifier: Apache-2.0
#include "GoCardsRequestJob.h"

#include "Clock.h"
#include "GoCardsTls.h"
#include "Logging.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

namespace tempcards {

namespace {

// Retry-After is either delta-seconds or an HTTP date.
int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    return when.isValid() ? int(qMax<qint64>(0, now.secsTo(when))) : -1;
}

} // namespace

namespace {
QAtomicInt s_live;
}

int GoCardsRequestJob::liveCount()
{
    return s_live.loadRelaxed();
}

GoCardsRequestJob::GoCardsRequestJob(QNetworkAccessManager *nam, const Clock *clock, const GoCardsConfig &config,
                                     QByteArray method, QString path, QObject *parent)
    : Job(parent), m_nam(nam), m_clock(clock), m_config(config), m_method(std::move(method)), m_path(std::move(path)),
      m_requestId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    s_live.fetchAndAddRelaxed(1);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        abortWith(GoCardsError::Timeout,
                  tr("Nexus GO Cards did not answer within %1 seconds.").arg(m_config.deadlineMs / 1000.0));
    });
}

GoCardsRequestJob::~GoCardsRequestJob()
{
    s_live.fetchAndAddRelaxed(-1);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray GoCardsRequestJob::responseHeader(const QByteArray &name) const
{
    for (const auto &header : m_responseHeaders) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

void GoCardsRequestJob::run()
{
    const QString problem = GoCardsConfig::checkUrl(m_config.baseUrl);
    if (!problem.isEmpty())
        return finish(GoCardsError::Configuration, problem);
    QUrl url = m_config.endpoint(m_path);
    url.setQuery(m_query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_config.transferTimeoutMs);
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("tempcards/%1").arg(QCoreApplication::applicationVersion()));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("X-Request-Id", m_requestId.toLatin1());
    if (!m_body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &header : std::as_const(m_headers))
        request.setRawHeader(header.first, header.second);

    qCDebug(lcGoCards) << m_method << m_path << "request" << m_requestId;
    m_reply = m_nam->sendCustomRequest(request, m_method, m_body);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > kMaxResponseBytes)
            abortWith(GoCardsError::TooLarge, {});
    });
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        if (m_abortReason != GoCardsError::None) {
            m_reply->skip(m_reply->bytesAvailable()); // being aborted: keep nothing more
            return;
        }
        m_received += m_reply->readAll();
        if (m_received.size() > kMaxResponseBytes)
            abortWith(GoCardsError::TooLarge, {});
    });
    // Certificate errors are recorded, never ignored: the reply then fails and interpret() names them.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::finished, this, &GoCardsRequestJob::onFinished);
    m_deadline.start(m_config.deadlineMs);
    emit started();
}

void GoCardsRequestJob::abort()
{
    if (m_reply)
        abortWith(GoCardsError::Cancelled, tr("The request to Nexus GO Cards was cancelled."));
    else
        finish(GoCardsError::Cancelled, tr("The request to Nexus GO Cards was cancelled."));
}

void GoCardsRequestJob::abortWith(GoCardsError error, const QString &message)
{
    if (isFinished() || m_abortReason != GoCardsError::None || !m_reply)
        return;
    m_abortReason = error;
    m_abortMessage = message;
    // abort() emits finished() synchronously; onFinished() picks up m_abortReason. Queue it, so that
    // cancel() never emits finished() from inside the caller's stack.
    QMetaObject::invokeMethod(m_reply, &QNetworkReply::abort, Qt::QueuedConnection);
}

void GoCardsRequestJob::onFinished()
{
    m_deadline.stop();
    if (m_reply) {
        if (m_abortReason == GoCardsError::None)
            m_received += m_reply->readAll();
        m_responseHeaders = m_reply->rawHeaderPairs();
    }
    interpret();
    if (m_reply) {
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void GoCardsRequestJob::interpret()
{
    if (m_abortReason != GoCardsError::None)
        return finish(m_abortReason, m_abortReason == GoCardsError::TooLarge ? errorMessage(GoCardsError::TooLarge, {})
                                                                             : m_abortMessage);
    if (!m_sslErrors.isEmpty())
        return finish(GoCardsError::Tls, GoCardsTls::describe(m_sslErrors, m_config.baseUrl.host()));
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid() && m_reply->error() == QNetworkReply::SslHandshakeFailedError) {
        return finish(GoCardsError::Tls,
                      tr("The secure connection to %1 could not be set up (%2). If Go Cards asks for "
                         "a client certificate, an administrator must set one.")
                          .arg(m_config.baseUrl.host(), m_reply->errorString()));
    }
    if (!status.isValid() && m_reply->error() == QNetworkReply::RemoteHostClosedError &&
        m_config.baseUrl.scheme() == QLatin1String("https") && m_config.clientCertificate.trimmed().isEmpty()) {
        // With TLS 1.3 a server that wanted a client certificate hangs up after the handshake instead of
        // failing it; the closed connection may also be transient, so it stays a network error.
        return finish(GoCardsError::Network, errorMessage(GoCardsError::Network, m_reply->errorString()) +
                                                 QLatin1Char(' ') +
                                                 tr("If Go Cards asks for a client certificate, an administrator "
                                                    "must set one."));
    }
    if (!status.isValid()) {
        const bool timedOut = m_reply->error() == QNetworkReply::OperationCanceledError ||
                              m_reply->error() == QNetworkReply::TimeoutError;
        return finish(timedOut ? GoCardsError::Timeout : GoCardsError::Network,
                      timedOut ? tr("Nexus GO Cards stopped sending for more than %1 seconds.")
                                     .arg(m_config.transferTimeoutMs / 1000.0)
                               : errorMessage(GoCardsError::Network, m_reply->errorString()));
    }
    m_status = status.toInt();
    m_retryAfter = parseRetryAfter(responseHeader("Retry-After"), m_clock->nowUtc());

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(m_received, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && document.isObject();
    if (isObject)
        m_json = document.object();
    const GoCardsError error = GoCardsErrors::classify(m_status, m_json.value(QStringLiteral("error")).toString());
    if (error == GoCardsError::None && !isObject)
        return finish(GoCardsError::BadResponse, errorMessage(GoCardsError::BadResponse, parseError.errorString()));
    if (error == GoCardsError::Redirect) {
        const QString target = QString::fromUtf8(responseHeader("Location"));
        return finish(error, errorMessage(error, target));
    }
    finish(error, error == GoCardsError::None ? QString()
                                              : errorMessage(error, m_json.value(QStringLiteral("detail")).toString()));
}

void GoCardsRequestJob::finish(GoCardsError error, const QString &message)
{
    if (isFinished())
        return;
    m_deadline.stop();
    if (error != GoCardsError::None) {
        qCInfo(lcGoCards) << m_method << m_path << "request" << m_requestId << "status" << m_status
                          << GoCardsErrors::name(error) << message;
    }
    Job::finish(int(error), message);
}

QString GoCardsRequestJob::errorMessage(GoCardsError error, const QString &detail) const
{
    const QString host = m_config.baseUrl.host();
    const QString suffix = detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);
    switch (error) {
    case GoCardsError::InvalidRequest:
        return tr("Nexus GO Cards refused the order as invalid%1.").arg(suffix);
    case GoCardsError::InvalidClient:
        return tr("Nexus GO Cards refused the credentials (client id, client secret or organisation id). An "
                  "administrator must correct them.");
    case GoCardsError::InvalidToken:
        return tr("Nexus GO Cards no longer accepts the login token.");
    case GoCardsError::IdempotencyKeyInUse:
        return tr("Nexus GO Cards is still working on this order.");
    case GoCardsError::IdempotencyKeyReused:
        return tr("Nexus GO Cards reports that this order's key was used before with different content. This is "
                  "a fault in tempcards: the order was stopped and must be reported%1.")
            .arg(suffix);
    case GoCardsError::RateLimited:
        return m_retryAfter >= 0 ? tr("Nexus GO Cards asked to wait %1 seconds before trying again.").arg(m_retryAfter)
                                 : tr("Nexus GO Cards asked to slow down.");
    case GoCardsError::ServerError:
        return tr("Nexus GO Cards reported a problem on its side (HTTP %1)%2.").arg(m_status).arg(suffix);
    case GoCardsError::Network:
        return tr("Nexus GO Cards could not be reached at %1%2.").arg(host, suffix);
    case GoCardsError::Redirect:
        return tr("Nexus GO Cards answered with a redirect to %1; tempcards never follows redirects to Go Cards. "
                  "Check the Go Cards URL.")
            .arg(detail.isEmpty() ? tr("another address") : detail);
    case GoCardsError::TooLarge:
        return tr("Nexus GO Cards sent an answer larger than 1 MiB; it was refused.");
    case GoCardsError::BadResponse:
        return tr("Nexus GO Cards sent an answer that tempcards cannot read%1.").arg(suffix);
    case GoCardsError::UnexpectedStatus:
        return tr("Nexus GO Cards answered with the unexpected HTTP status %1%2.").arg(m_status).arg(suffix);
    default:
        return detail;
    }
}

} // namespace tempcards
