// SPDX-License-Identifier: Apache-2.0
#include "GoCardsConfig.h"

#include "GoCardsTls.h"

#include <QHostAddress>

namespace tempcards {

namespace {
bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

QString GoCardsConfig::checkUrl(const QUrl &url)
{
    const QString shown = url.toDisplayString();
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return tr("The Go Cards URL \"%1\" is not a valid absolute URL such as https://gocards.example.com.")
            .arg(shown);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("The Go Cards URL \"%1\" must start with https://.").arg(shown);
    if (scheme == QLatin1String("http") && !isLoopback(url.host()))
        return tr("The Go Cards URL \"%1\" uses plain http to another machine; only https is allowed there "
                  "(http is accepted for this computer only, for the simulator).")
            .arg(shown);
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return tr("The Go Cards URL \"%1\" must not contain a user name, password, query or fragment.").arg(shown);
    return {};
}

QString GoCardsConfig::check() const
{
    const QString urlProblem = checkUrl(baseUrl);
    if (!urlProblem.isEmpty())
        return urlProblem;
    if (clientId.isEmpty() || clientSecret.isEmpty() || organisationId.isEmpty())
        return tr("The Go Cards client id, client secret and organisation id must all be set.");
    QString problem;
    if (!GoCardsTls::configuration(*this, &problem))
        return problem;
    return {};
}

QUrl GoCardsConfig::endpoint(const QString &path) const
{
    QUrl url = baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode); // `path` is already percent-encoded
    return url;
}

bool GoCardsConfig::sameConnection(const GoCardsConfig &other) const
{
    return baseUrl == other.baseUrl && clientId == other.clientId && clientSecret == other.clientSecret &&
           organisationId == other.organisationId && caCertificates == other.caCertificates &&
           clientCertificate == other.clientCertificate && clientKey == other.clientKey;
}

} // namespace tempcards
