// SPDX-License-Identifier: Apache-2.0
#include "MailConfig.h"

#include "InputText.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSslCertificate>

namespace tempcards {

namespace {

bool isHostName(const QString &host)
{
    static const QRegularExpression name(
        QStringLiteral("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}"
                       "[A-Za-z0-9])?)*$"));
    return name.match(host).hasMatch() || !QHostAddress(host).isNull();
}

} // namespace

bool MailConfig::isAddress(const QString &address)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s<>()\\[\\],;:\"\\\\]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"));
    return address.size() <= 254 && !InputText::hasInvisible(address) && pattern.match(address).hasMatch();
}

QString MailConfig::problem() const
{
    if (host.isEmpty())
        return tr("The mail server's host is missing.");
    if (!isHostName(host))
        return tr("\"%1\" is not a host name or address.").arg(InputText::shown(host, 60));
    if (port < 1 || port > 65535)
        return tr("The port must be a number from 1 to 65535.");
    if (user.size() > kMaxTextLength || InputText::hasInvisible(user))
        return tr("The user name is too long or holds control or invisible characters.");
    if (!user.isEmpty() && password.isEmpty())
        return tr("The password is missing (without a user, no AUTH is used).");
    if (password.size() > kMaxTextLength)
        return tr("The password is too long.");
    if (InputText::hasControl(password))
        return tr("The password holds control characters.");
    if (sender.isEmpty())
        return tr("The sender's address is missing.");
    if (!isAddress(sender))
        return tr("\"%1\" is not an e-mail address for the sender.").arg(InputText::shown(sender, 60));
    if (!copyTo.isEmpty() && !isAddress(copyTo))
        return tr("\"%1\" is not an e-mail address for the copy.").arg(InputText::shown(copyTo, 60));
    if (!caCertificates.trimmed().isEmpty() && (caCertificates.size() > kMaxCertificateBytes ||
                                                QSslCertificate::fromData(caCertificates, QSsl::Pem).isEmpty()))
        return tr("The trusted certificates are not PEM certificates (\"-----BEGIN CERTIFICATE-----\").");
    if (timeoutMs < 100 || deadlineMs < timeoutMs)
        return tr("The mail server's time limits are out of range.");
    return {};
}

QJsonObject MailConfig::toJson() const
{
    return QJsonObject{
        {QStringLiteral("host"), host},
        {QStringLiteral("port"), port},
        {QStringLiteral("tls"), tls == Tls::Implicit ? QStringLiteral("implicit") : QStringLiteral("starttls")},
        {QStringLiteral("user"), user},
        {QStringLiteral("sender"), sender},
        {QStringLiteral("copyTo"), copyTo},
        {QStringLiteral("caCertificates"), QString::fromUtf8(caCertificates)}};
}

MailConfig MailConfig::fromJson(const QJsonObject &json)
{
    MailConfig config;
    config.host = json.value(QLatin1String("host")).toString();
    config.port = json.value(QLatin1String("port")).toInt(config.port);
    config.tls =
        json.value(QLatin1String("tls")).toString() == QLatin1String("implicit") ? Tls::Implicit : Tls::StartTls;
    config.user = json.value(QLatin1String("user")).toString();
    config.sender = json.value(QLatin1String("sender")).toString();
    config.copyTo = json.value(QLatin1String("copyTo")).toString();
    config.caCertificates = json.value(QLatin1String("caCertificates")).toString().toUtf8();
    return config;
}

QString MailConfig::describe() const
{
    QStringList subjects;
    for (const QSslCertificate &certificate : QSslCertificate::fromData(caCertificates, QSsl::Pem))
        subjects << certificate.subjectDisplayName();
    return QStringList{
        QStringLiteral("host=%1:%2").arg(host).arg(port),
        QStringLiteral("tls=%1").arg(tls == Tls::Implicit ? QStringLiteral("implicit") : QStringLiteral("starttls")),
        QStringLiteral("user=%1").arg(user),
        QStringLiteral("sender=%1").arg(sender),
        QStringLiteral("copy=%1").arg(copyTo),
        QStringLiteral("trusted=[%1]").arg(subjects.join(QStringLiteral(", ")))}
        .join(QStringLiteral("; "));
}

} // namespace tempcards
