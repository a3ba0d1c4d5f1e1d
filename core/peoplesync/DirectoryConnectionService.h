// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "DirectoryConfig.h"
#include "Outcome.h"
#include "ServiceConnectionStore.h"
#include "Session.h"

#include <QFuture>
#include <QObject>

#include <memory>
#include <optional>

namespace tempcards {

class DirectoryPeopleSearch;
class DirectoryReadJob;

// What the administrator enters for the directory. The address is the text as typed; `settings` holds the
// rest (its url is ignored). The bind password is write-only: empty means "keep the saved one".
struct DirectoryConnectionForm
{
    QString address;
    DirectoryConfig settings;
};

// What the settings page shows: the saved settings without their password, and whether one is saved.
struct DirectoryConnectionView
{
    DirectoryConnectionForm form;
    bool saved = false; // false: no directory; cardholders come from CSV files
    bool passwordSaved = false;
    QDateTime updatedAt;
    QString updatedBy;
};

// The directory that administrators save in the database (service_connections, under the Go Cards secret's
// rules). Saving and forgetting are audited, the password only as "replaced". Lives on the GUI thread;
// view() and effective() are quick reads on the caller's connection.
class DirectoryConnectionService : public QObject
{
    Q_OBJECT

public:
    explicit DirectoryConnectionService(const CoreContext &context, QObject *parent = nullptr);

    DirectoryConnectionView view();
    // The saved directory with its password, for reading the people; nothing when none is saved, or *problem
    // when it cannot be used from this process (its password is the batch sync's to read).
    // `hidden` (when given) says that the password is another process's to read.
    std::optional<DirectoryConfig> effective(QString *problem, bool *hidden = nullptr);

    // The form completed with the saved password, or nothing and *problem. The saved password goes only to
    // the server and bind DN it was saved for. When it is hidden from this process (login roles: the batch
    // sync's alone), a save keeps it unread through `keep`; without `keep` (a test from here) it must be typed.
    static std::optional<DirectoryConfig> resolve(const DirectoryConnectionForm &form,
                                                  const std::optional<ServiceConnectionStore::Saved> &saved,
                                                  QString *problem, bool *keep = nullptr);
    // Everything but the password, for the audit trail and logs.
    static QString describe(const DirectoryConfig &config);

    // Checks and saves the form for administrators (settings:manage), with its audit record.
    QFuture<Outcome> save(const Session &by, const DirectoryConnectionForm &form);
    // No directory any more: cardholders come from CSV files again. Audited.
    QFuture<Outcome> forget(const Session &by);
    // A new, unstarted read of the first `limit` people with the form's settings (the Test button), or
    // nothing and *problem (not permitted, or the form cannot be used). The caller owns the job.
    DirectoryReadJob *test(const Session &by, const DirectoryConnectionForm &form, int limit, QString *problem);

    // The Assign dialog's search in the saved directory, or nothing when none is set or this process cannot
    // read its password (DirectoryPeopleSearch).
    std::unique_ptr<DirectoryPeopleSearch> newSearch();

private:
    CoreContext m_context;
};

} // namespace tempcards
