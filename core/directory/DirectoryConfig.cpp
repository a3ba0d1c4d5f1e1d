// SPDX-License-Identifier: Apache-2.0
#include "DirectoryConfig.h"

#include "InputText.h"

#include <QSslCertificate>

namespace tempcards {

namespace {

// A filter is parenthesised and its parentheses balance (escaped ones are \28 and \29, so none is literal).
bool balanced(const QString &filter)
{
    if (!filter.startsWith(QLatin1Char('(')) || !filter.endsWith(QLatin1Char(')')))
        return false;
    int depth = 0;
    for (int i = 0; i < filter.size(); ++i) {
        if (filter.at(i) == QLatin1Char('('))
            ++depth;
        else if (filter.at(i) == QLatin1Char(')') && --depth < 0)
            return false;
        if (depth == 0 && i + 1 < filter.size())
            return false; // one filter, not two side by side
    }
    return depth == 0;
}

bool isAttributeName(const QString &name)
{
    if (name.isEmpty() || name.size() > 100 || !name.at(0).isLetter())
        return false;
    return std::all_of(name.cbegin(), name.cend(),
                       [](QChar c) { return c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('-')); });
}

} // namespace

QString DirectoryConfig::problem() const
{
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("ldaps") && url.scheme() != QLatin1String("ldap")))
        return tr("The directory's address must be ldaps://host or ldap://host (with StartTLS).");
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return tr("The directory's address names only the server; the base DN has a field of its own.");
    if (!url.userName().isEmpty() || !url.password().isEmpty() || url.hasQuery() || url.hasFragment())
        return tr("The directory's address names only the server; the bind DN and password have fields of their own.");
    for (const QString *text : {&bindDn, &baseDn, &filter, &inactiveFilter}) {
        if (text->size() > kMaxTextLength || InputText::hasInvisible(*text))
            return tr("A directory setting is too long or holds control or invisible characters.");
    }
    if (bindDn.trimmed().isEmpty())
        return tr("The bind DN is missing.");
    // A simple bind with a DN and no password is an anonymous bind that succeeds (RFC 4513, 5.1.2): refused,
    // so that a forgotten password is never taken for a login.
    if (password.isEmpty())
        return tr("The bind password is missing.");
    if (password.size() > kMaxTextLength)
        return tr("The bind password is too long.");
    // A password is whatever the directory was given, but no database keeps a NUL, nor a person types one.
    if (InputText::hasControl(password))
        return tr("The bind password holds control characters.");
    if (baseDn.trimmed().isEmpty())
        return tr("The base DN is missing.");
    if (!balanced(filter))
        return tr("The people filter must be one filter in parentheses, such as (objectClass=inetOrgPerson).");
    if (!inactiveFilter.isEmpty() && !balanced(inactiveFilter))
        return tr("The inactive filter must be one filter in parentheses, or empty.");
    for (const QString *name :
         {&employeeIdAttribute, &givenNameAttribute, &surnameAttribute, &emailAttribute, &departmentAttribute}) {
        if (!isAttributeName(*name))
            return tr("\"%1\" is not an attribute name.").arg(InputText::shown(*name, 40));
    }
    if (!languageAttribute.isEmpty() && !isAttributeName(languageAttribute))
        return tr("\"%1\" is not an attribute name.").arg(InputText::shown(languageAttribute, 40));
    if (timeoutMs < 100 || deadlineMs < timeoutMs || pageSize < 1 || pageSize > 10000)
        return tr("The directory's time limits or page size are out of range.");
    if (!caCertificates.trimmed().isEmpty() && (caCertificates.size() > kMaxCertificateBytes ||
                                                QSslCertificate::fromData(caCertificates, QSsl::Pem).isEmpty()))
        return tr("The trusted certificates are not PEM certificates (\"-----BEGIN CERTIFICATE-----\").");
    if (syncIntervalMinutes < 0 || syncIntervalMinutes > kMaxSyncIntervalMinutes)
        return tr("The interval between directory syncs is 0 (only when asked) to %1 minutes.")
            .arg(kMaxSyncIntervalMinutes);
    return {};
}

QJsonObject DirectoryConfig::toJson() const
{
    return QJsonObject{{QStringLiteral("url"), url.toString()},
                       {QStringLiteral("bindDn"), bindDn},
                       {QStringLiteral("baseDn"), baseDn},
                       {QStringLiteral("filter"), filter},
                       {QStringLiteral("inactiveFilter"), inactiveFilter},
                       {QStringLiteral("employeeId"), employeeIdAttribute},
                       {QStringLiteral("givenName"), givenNameAttribute},
                       {QStringLiteral("surname"), surnameAttribute},
                       {QStringLiteral("email"), emailAttribute},
                       {QStringLiteral("department"), departmentAttribute},
                       {QStringLiteral("language"), languageAttribute},
                       {QStringLiteral("caCertificates"), QString::fromUtf8(caCertificates)},
                       {QStringLiteral("pageSize"), pageSize},
                       {QStringLiteral("syncIntervalMinutes"), syncIntervalMinutes}};
}

DirectoryConfig DirectoryConfig::fromJson(const QJsonObject &json)
{
    DirectoryConfig config;
    const auto text = [&json](const char *key, QString *field) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isString())
            *field = value.toString();
    };
    QString address;
    text("url", &address);
    config.url = QUrl(address, QUrl::StrictMode);
    text("bindDn", &config.bindDn);
    text("baseDn", &config.baseDn);
    text("filter", &config.filter);
    text("inactiveFilter", &config.inactiveFilter);
    text("employeeId", &config.employeeIdAttribute);
    text("givenName", &config.givenNameAttribute);
    text("surname", &config.surnameAttribute);
    text("email", &config.emailAttribute);
    text("department", &config.departmentAttribute);
    text("language", &config.languageAttribute);
    QString pem;
    text("caCertificates", &pem);
    config.caCertificates = pem.toUtf8();
    config.pageSize = json.value(QLatin1String("pageSize")).toInt(config.pageSize);
    config.syncIntervalMinutes = json.value(QLatin1String("syncIntervalMinutes")).toInt(0);
    return config;
}

QString DirectoryConfig::searchFilter(const QString &text) const
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto prefix = [](const QString &attribute, const QString &word) {
        return QStringLiteral("(%1=%2*)").arg(attribute, escaped(word));
    };
    QString match;
    if (words.size() == 1) {
        match = QStringLiteral("(|%1%2%3)")
                    .arg(prefix(employeeIdAttribute, words.first()), prefix(givenNameAttribute, words.first()),
                         prefix(surnameAttribute, words.first()));
    } else {
        for (const QString &word : words)
            match += QStringLiteral("(|%1%2)").arg(prefix(givenNameAttribute, word), prefix(surnameAttribute, word));
    }
    return QStringLiteral("(&%1%2)").arg(filter, match);
}

QString DirectoryConfig::escaped(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '*':
            out += QLatin1String("\\2a");
            break;
        case '(':
            out += QLatin1String("\\28");
            break;
        case ')':
            out += QLatin1String("\\29");
            break;
        case '\\':
            out += QLatin1String("\\5c");
            break;
        case 0:
            out += QLatin1String("\\00");
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace tempcards
