// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "DirectoryConfig.h"
#include "Job.h"
#include "PeopleImport.h"

#include <QPointer>

#include <optional>

namespace tempcards {

class DirectoryReadJob;

// Brings the cardholders in from the directory: reads every person the settings select (in pages, on a
// thread of its own), then applies them as a full export on the writer thread, all or nothing: new people
// added, changed ones updated, those the directory no longer selects or marks inactive set inactive. A
// directory that cannot be read changes nothing; that is audited too (people.sync, with the reason). As
// `session` (people:import), or as the batch sync's identity when unset. A Job: errorCode() is an Error;
// message() says what changed or why nothing did. cancel() stops a read at once; an apply already handed to
// the writer runs to its end and is reported.
class PeopleSyncJob : public Job
{
    Q_OBJECT

public:
    enum Error { None, Cancelled, Directory, Refused };

    PeopleSyncJob(const CoreContext &context, DirectoryConfig config, std::optional<Session> session,
                  QObject *parent = nullptr);
    ~PeopleSyncJob() override;

    Error error() const { return Error(errorCode()); }
    QString message() const { return m_message; }
    const PeopleImport::Result &result() const { return m_result; }
    int skipped() const { return m_skipped; } // entries without an employee id, or a duplicate one
    int pages() const { return m_pages; }

private:
    void run() override;
    void abort() override;
    void readFinished();
    void recordFailure(const QString &reason);

    CoreContext m_context;
    DirectoryConfig m_config;
    std::optional<Session> m_session;
    QPointer<DirectoryReadJob> m_read;
    PeopleImport::Result m_result;
    QString m_message;
    int m_skipped = 0;
    int m_pages = 0;
};

} // namespace tempcards
