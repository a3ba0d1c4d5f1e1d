// SPDX-License-Identifier: Apache-2.0
#include "SmtpClient.h"

#include "InputText.h"

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <curl/curl.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace tempcards {

namespace {

// The system's authorities as PEM, read once per process (thread-safe): Qt reads and parses every one of
// them on each call, which was most of a directory search's time on loopback. A change to the system's
// store is seen by the next process.
const QByteArray &systemAuthoritiesPem()
{
    static const QByteArray pem = [] {
        QByteArray all;
        for (const QSslCertificate &authority : QSslConfiguration::systemCaCertificates())
            all += authority.toPem() + '\n';
        return all;
    }();
    return pem;
}

struct Upload
{
    QByteArray bytes;
    qsizetype at = 0;
};

size_t readBody(char *buffer, size_t size, size_t items, void *data)
{
    auto *upload = static_cast<Upload *>(data);
    const size_t room = size * items;
    const size_t left = size_t(upload->bytes.size() - upload->at);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, upload->bytes.constData() + upload->at, n);
    upload->at += qsizetype(n);
    return n;
}

int progress(void *data, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<const std::atomic_bool *>(data)->load() ? 1 : 0;
}

struct EasyDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct ListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

} // namespace

SmtpClient::SmtpClient(MailConfig config, const std::atomic_bool *cancelled)
    : m_config(std::move(config)), m_cancelled(cancelled)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

bool SmtpClient::fail(Error error, const QString &message)
{
    m_error = error;
    m_message = message;
    return false;
}

bool SmtpClient::send(const MailMessage &message)
{
    m_error = Error::None;
    m_message.clear();
    QString problem = m_config.problem();
    if (problem.isEmpty())
        problem = message.problem();
    if (!problem.isEmpty())
        return fail(Error::InvalidSettings, problem);
    std::unique_ptr<CURL, EasyDeleter> curl(curl_easy_init());
    if (!curl)
        return fail(Error::Failed, tr("The mail client could not be set up."));
    CURL *c = curl.get();
    const bool implicit = m_config.tls == MailConfig::Tls::Implicit;
    const QString host = QHostAddress(m_config.host).protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(m_config.host)
                             : m_config.host;
    const QByteArray url = QStringLiteral("%1://%2:%3/tempcards")
                               .arg(implicit ? QStringLiteral("smtps") : QStringLiteral("smtp"), host)
                               .arg(m_config.port)
                               .toUtf8();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    // STARTTLS is required: a server that does not offer it gets nothing, the password least of all.
    curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    QByteArray pem = m_config.caCertificates + '\n' + systemAuthoritiesPem();
    curl_blob trusted{pem.data(), size_t(pem.size()), CURL_BLOB_NOCOPY};
    curl_easy_setopt(c, CURLOPT_CAINFO_BLOB, &trusted);
    QByteArray user = m_config.user.toUtf8();
    QByteArray password = m_config.password.toUtf8();
    if (!m_config.user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    const QByteArray from = "<" + message.from.toUtf8() + ">";
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    std::unique_ptr<curl_slist, ListDeleter> recipients;
    for (const QString &to : message.recipients()) {
        const QByteArray address = "<" + to.toUtf8() + ">";
        recipients.reset(curl_slist_append(recipients.release(), address.constData()));
    }
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());
    Upload upload{message.toBytes()};
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readBody);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(m_config.timeoutMs));
    curl_easy_setopt(c, CURLOPT_SERVER_RESPONSE_TIMEOUT, long(std::max(1, m_config.timeoutMs / 1000)));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(m_config.deadlineMs));
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, progress);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, m_cancelled);
    char details[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, details);

    const CURLcode code = curl_easy_perform(c);
    password.fill('\0');
    if (code == CURLE_OK)
        return true;
    long reply = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &reply);
    const QString where = QStringLiteral("%1:%2").arg(InputText::shown(m_config.host, 60)).arg(m_config.port);
    // libcurl's own words (never the password) for the log and the administrator.
    const QString said = InputText::shown(QString::fromUtf8(*details ? details : curl_easy_strerror(code)), 200);
    switch (code) {
    case CURLE_ABORTED_BY_CALLBACK:
        return fail(Error::Cancelled, tr("Cancelled."));
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
        return fail(Error::Unreachable, tr("The mail server at %1 cannot be reached (%2).").arg(where, said));
    case CURLE_OPERATION_TIMEDOUT:
        return fail(Error::Timeout, tr("The mail server at %1 did not answer in time.").arg(where));
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_USE_SSL_FAILED:
        return fail(Error::Tls, tr("The mail server at %1 did not prove who it is, or would not use TLS (%2); nothing "
                                   "was sent.")
                                    .arg(where, said));
    case CURLE_LOGIN_DENIED:
        return fail(Error::Auth, tr("The mail server at %1 refused the user name or password.").arg(where));
    default:
        break;
    }
    if (reply >= 500)
        return fail(Error::Refused, tr("The mail server at %1 refused the message (%2).").arg(where).arg(reply));
    if (reply >= 400)
        return fail(Error::Temporary,
                    tr("The mail server at %1 cannot take the message now (%2); it is sent again later.")
                        .arg(where)
                        .arg(reply));
    return fail(Error::Failed, tr("The connection to the mail server at %1 broke (%2); whether it kept the message "
                                  "is not known.")
                                   .arg(where, said));
}

} // namespace tempcards
