// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace tempcards {

// How to read the cardholders from the organisation's directory. The connection is always TLS and the
// server's certificate always verified: ldaps://, or ldap:// with StartTLS (never plain text). The password is
// never logged and never written to the audit trail.
struct DirectoryConfig
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::DirectoryConfig)

public:
    QUrl url; // ldaps://host[:port] or ldap://host[:port]
    QString bindDn;
    QString password;
    QString baseDn;
    QString filter = QStringLiteral("(objectClass=inetOrgPerson)"); // who is a person
    // Of the people `filter` finds, those this filter also matches are inactive (empty: none is). On Active
    // Directory, kActiveDirectoryDisabled: userAccountControl's bit 2, "account disabled".
    QString inactiveFilter;
    // Which attribute holds what; the employee id must be there, the others may be missing.
    QString employeeIdAttribute = QStringLiteral("employeeNumber");
    QString givenNameAttribute = QStringLiteral("givenName");
    QString surnameAttribute = QStringLiteral("sn");
    QString emailAttribute = QStringLiteral("mail");
    QString departmentAttribute = QStringLiteral("departmentNumber");
    // The holder's language, for the expiry reminder (inetOrgPerson's and Active Directory's preferredLanguage
    // by default); empty: the directory does not say, and reminders are English.
    QString languageAttribute = QStringLiteral("preferredLanguage");
    QByteArray caCertificates; // PEM: authorities to trust besides the system's (a private CA)
    int timeoutMs = 10000;     // no answer for this long: given up
    int deadlineMs = 300000;   // the whole read, however steadily pages come
    int pageSize = 500;        // entries per page (RFC 2696 paged results)
    // The batch sync brings the people in every this many minutes; 0: only tempcards-sync --sync-people does.
    int syncIntervalMinutes = 0;

    static constexpr const char *kActiveDirectoryDisabled = "(userAccountControl:1.2.840.113556.1.4.803:=2)";
    static constexpr int kMaxTextLength = 1000;
    static constexpr int kMaxSyncIntervalMinutes = 7 * 24 * 60;
    static constexpr int kMaxCertificateBytes = 1024 * 1024;

    bool startTls() const { return url.scheme() == QLatin1String("ldap"); }
    // Why these settings cannot be used, in words for the administrator; empty when they can.
    QString problem() const;
    // Everything but the password (and the time limits, which are this program's), as saved in the database;
    // fromJson() takes what is missing from the defaults. The keys url and bindDn name the server a saved
    // password belongs to (resources/postgres/rules.sql).
    QJsonObject toJson() const;
    static DirectoryConfig fromJson(const QJsonObject &json);
    // The people filter narrowed to those `text` names, as an operator types it: one word is a prefix of the
    // employee id, given name or surname; several words each a prefix of the given name or the surname.
    QString searchFilter(const QString &text) const;
    // `value` as a literal in a search filter (RFC 4515): * ( ) \ and NUL escaped.
    static QString escaped(const QString &value);
};

} // namespace tempcards
