// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DirectoryConfig.h"

#include <QTemporaryDir>

namespace tempcards::test {

// A real OpenLDAP server of the test's own (scripts/ldap-test-server.sh): people under
// ou=people,dc=example,dc=org, TLS with a certificate for 127.0.0.1 only from an authority made for it, at
// most 500 entries to one search unless paged. Stopped and removed in the destructor.
class DirectoryServer
{
public:
    // `people` is LDIF of entries (no changetype) loaded before the server starts.
    explicit DirectoryServer(const QByteArray &people = {});
    ~DirectoryServer();
    DirectoryServer(const DirectoryServer &) = delete;
    DirectoryServer &operator=(const DirectoryServer &) = delete;

    // Settings that reach it over LDAPS as the service account, trusting its authority.
    DirectoryConfig config() const;
    QUrl startTlsUrl() const { return m_ldap; }
    QUrl ldapsUrl() const { return m_ldaps; }
    // Applies LDIF changes as the directory's root, as HR's tools would.
    void modify(const QByteArray &changes);

    // `count` people E0001.. as inetOrgPerson entries (uid pNNNN, departmentNumber, mail), for `people`.
    static QByteArray peopleLdif(int count, int first = 1);

private:
    QString folder() const { return m_dir.filePath(QStringLiteral("ldap")); }

    QTemporaryDir m_dir;
    QUrl m_ldap;
    QUrl m_ldaps;
    QString m_base;
    QString m_bindDn;
    QString m_password;
    QByteArray m_authority;
};

} // namespace tempcards::test
