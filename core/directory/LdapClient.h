// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DirectoryConfig.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace tempcards {

// One connection to the directory on OpenLDAP's libldap, used on one thread (a job's worker; it blocks).
// TLS is required and verified (the system's authorities and the settings' own; the server's name must match
// its certificate); StartTLS for ldap://. Every wait is bounded by the settings' timeout and the whole use by
// their deadline, and checks `cancelled` at least every 100 ms; a search that is stopped is abandoned on the
// server. Messages are for the administrator and never hold the password.
class LdapClient
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::LdapClient)

public:
    enum class Error { None, Cancelled, InvalidSettings, Unreachable, Tls, Bind, Search, Timeout };
    // An entry's attributes, by lower-case name, with their first value (UTF-8); "dn" is its name.
    using Entry = QHash<QString, QString>;

    LdapClient(DirectoryConfig config, const std::atomic_bool *cancelled);
    ~LdapClient();
    LdapClient(const LdapClient &) = delete;
    LdapClient &operator=(const LdapClient &) = delete;

    // Connects, secures and binds; false with error() and message() set.
    bool open();
    // Every entry below the base DN that `filter` matches, page by page; `take` returns false to stop there.
    // `pages` counts the pages read. False with error() and message() when the search failed.
    bool search(const QString &filter, const QStringList &attributes, const std::function<bool(const Entry &)> &take,
                int *pages = nullptr);

    Error error() const { return m_error; }
    QString message() const { return m_message; }

private:
    struct Handle;
    bool fail(Error error, const QString &message);
    bool failFromCode(int code, Error otherwise, const QString &what);
    // Waits for the next message of `id`; 0 on timeout, cancel or error (then failed).
    int await(int id, void **message);
    QString diagnostic() const;
    // Whether the server takes a TCP connection at all (told apart from one that refused the TLS handshake).
    bool listening() const;
    int port() const;

    DirectoryConfig m_config;
    const std::atomic_bool *m_cancelled;
    QDeadlineTimer m_deadline;
    std::unique_ptr<Handle> m_handle;
    Error m_error = Error::None;
    QString m_message;
};

} // namespace tempcards
