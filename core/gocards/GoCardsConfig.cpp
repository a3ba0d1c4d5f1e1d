// SPDX-License-Identifier: Apache-2.0
#include "GoCardsConfig.h"

#include "GoCardsTls.h"
#include "InputText.h"

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

QString GoCardsConfig::checkUrlText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the Go Cards address, such as https://gocards.example.com.");
    if (trimmed.size() > kMaxUrlLength)
        return tr("The Go Cards address is %1 characters long; at most %2 are accepted.")
            .arg(trimmed.size())
            .arg(kMaxUrlLength);
    if (InputText::hasInvisible(trimmed))
        return tr("The Go Cards address \"%1\" contains control characters or invisible formatting marks; type it "
                  "again.")
            .arg(InputText::shown(trimmed));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return tr("The Go Cards URL \"%1\" is not a valid absolute URL such as https://gocards.example.com.")
            .arg(InputText::shown(trimmed));
    return checkUrl(url);
}

QString GoCardsConfig::checkUrl(const QUrl &url)
{
    const QString shown = InputText::shown(url.toDisplayString());
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

QString GoCardsConfig::checkIdentifier(const QString &value, const QString &what)
{
    if (value.trimmed().isEmpty())
        return tr("Enter the Go Cards %1.").arg(what);
    if (value.size() > kMaxIdLength)
        return tr("The Go Cards %1 can have at most %2 characters.").arg(what).arg(kMaxIdLength);
    if (InputText::hasInvisible(value))
        return tr("The Go Cards %1 \"%2\" contains control characters or invisible formatting marks.")
            .arg(what, InputText::shown(value));
    return {};
}

QString GoCardsConfig::check() const
{
    const QString urlProblem = checkUrl(baseUrl);
    if (!urlProblem.isEmpty())
        return urlProblem;
    const QString idProblem = checkIdentifier(organisationId, tr("organisation id"));
    if (!idProblem.isEmpty())
        return idProblem;
    const QString clientProblem = checkIdentifier(clientId, tr("client id"));
    if (!clientProblem.isEmpty())
        return clientProblem;
    if (clientSecret.isEmpty())
        return tr("Enter the Go Cards client secret.") + QLatin1Char(' ') +
               tr("A secret saved for another address is never sent to %1; give this address's own secret in "
                  "TEMPCARDS_GOCARDS_CLIENT_SECRET.")
                   .arg(baseUrl.toDisplayString());
    if (clientSecret.size() > kMaxSecretLength)
        return tr("The Go Cards client secret can have at most %1 characters.").arg(kMaxSecretLength);
    if (InputText::hasControl(clientSecret) || InputText::hasBidiControl(clientSecret))
        return tr("The Go Cards client secret contains control characters or invisible text-direction marks; type "
                  "it again.");
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
