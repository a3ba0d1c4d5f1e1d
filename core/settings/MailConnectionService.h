// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "MailConfig.h"
#include "Outcome.h"
#include "ServiceConnectionStore.h"
#include "Session.h"

#include <QFuture>
#include <QObject>

#include <optional>

namespace tempcards {

class MailSendJob;

// What the settings page shows: the saved mail server without its password, and whether one is saved.
struct MailConnectionView
{
    MailConfig settings; // the password is empty
    bool saved = false;  // false: no mail server; due reminders are only listed
    bool passwordSaved = false;
    QDateTime updatedAt;
    QString updatedBy;
};

// The mail server that administrators save in the database (service_connections, under the Go Cards
// secret's rules), for the expiry reminders. The password is write-only: a form with none keeps the saved one,
// but only for the host, port and user it was saved for. Saving and removing are audited, the password only
// as "replaced". Lives on the GUI thread; view() and effective() are quick reads on the caller's connection.
class MailConnectionService : public QObject
{
    Q_OBJECT

public:
    explicit MailConnectionService(const CoreContext &context, QObject *parent = nullptr);

    MailConnectionView view();
    // The saved mail server with its password, for sending; nothing when none is saved, or *problem when it
    // cannot be used from this process (`hidden`: its password is the batch sync's to read).
    std::optional<MailConfig> effective(QString *problem, bool *hidden = nullptr);

    // `form` completed with the saved password, or nothing and *problem (see DirectoryConnectionService).
    static std::optional<MailConfig> resolve(const MailConfig &form,
                                             const std::optional<ServiceConnectionStore::Saved> &saved,
                                             QString *problem, bool *keep = nullptr);

    QFuture<Outcome> save(const Session &by, const MailConfig &form);
    QFuture<Outcome> forget(const Session &by);
    // A new, unstarted job that sends a test message with the form's settings to the form's copy address (a
    // mail goes only to a holder or to that address), or nothing and *problem. The caller owns the job.
    MailSendJob *test(const Session &by, const MailConfig &form, QString *problem);

private:
    CoreContext m_context;
};

} // namespace tempcards
