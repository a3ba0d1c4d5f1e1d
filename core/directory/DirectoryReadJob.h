// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DirectoryConfig.h"
#include "Job.h"
#include "LdapClient.h"

#include <memory>

namespace tempcards {

// A person as the directory holds them, by the settings' attributes.
struct DirectoryPerson
{
    QString dn;
    QString employeeId;
    QString givenName;
    QString surname;
    QString email;
    QString department;
    bool active = true;
    QString language; // as the directory holds it ("de-CH"), or empty // false when the settings' inactive filter
                      // matches them
};

// Reads the people from the directory on a thread of its own (libldap blocks), in pages: everyone the people
// filter finds, then which of them the inactive filter marks. With a limit, only the first `limit` people
// (the settings' Test button). A Job: finished() comes on the thread that called start(); errorCode() is an
// Error. cancel() finishes at once, Cancelled; the worker stops within 100 ms and abandons its search.
class DirectoryReadJob : public Job
{
    Q_OBJECT

public:
    using Error = LdapClient::Error;

    explicit DirectoryReadJob(DirectoryConfig config, int limit = 0, QObject *parent = nullptr);
    ~DirectoryReadJob() override;

    Error error() const { return Error(errorCode()); }
    const QList<DirectoryPerson> &people() const { return m_people; }
    // The entries that were not taken, each as "DN: why" (no employee id, a duplicate one).
    const QStringList &skipped() const { return m_skipped; }
    int pages() const { return m_pages; }

private:
    struct Shared;
    void run() override;
    void abort() override;

    DirectoryConfig m_config;
    int m_limit;
    std::shared_ptr<Shared> m_shared;
    QList<DirectoryPerson> m_people;
    QStringList m_skipped;
    int m_pages = 0;
};

} // namespace tempcards
