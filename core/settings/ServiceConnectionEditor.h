// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "Outcome.h"
#include "ServiceConnectionStore.h"
#include "Session.h"

#include <functional>
#include <optional>

namespace tempcards {

// An administrator's save and removal of one service's saved connection (the directory, the mail server), the
// same for each: permitted only with settings:manage, audited as settings.change on the service's object with
// its settings before and after (the secret appears only as "<name> replaced"), in one write transaction.
// Call on the writer thread.
class ServiceConnectionEditor
{
public:
    struct Texts
    {
        QString saveAction;      // "Save the directory settings", for a refusal
        QString saved;           // "The directory settings were saved."
        QString removeAction;    // "Remove the directory"
        QString removed;         // "The directory was removed; …"
        QString nothingToRemove; // "No directory is set; …"
        QString secretName;      // "bind password", for the audit trail (not translated)
    };
    struct Change
    {
        QJsonObject settings;
        std::optional<QString> secret; // nothing: the saved one is kept unread
        QString description;           // the settings as the audit trail and the log show them
    };
    // What the form makes of the saved connection, or nothing and *problem.
    using Resolve =
        std::function<std::optional<Change>(const std::optional<ServiceConnectionStore::Saved> &, QString *problem)>;
    // Saved settings as the audit trail shows them.
    using Describe = std::function<QString(const QJsonObject &)>;

    ServiceConnectionEditor(QString service, QString object, Texts texts, Describe describe);

    // A form that left its secret empty, against the saved connection: the saved secret goes into *secret only
    // for the server it was saved for (`sameServer`), and where this process cannot read it only when the
    // caller keeps it unread (`mayKeep`: a save, not a test). *kept says whether it did; on a refusal
    // *problem is `moved` or `hidden` and false is returned. Nothing saved: nothing taken, true.
    static bool takeSaved(const std::optional<ServiceConnectionStore::Saved> &saved, bool sameServer, bool mayKeep,
                          const QString &moved, const QString &hidden, QString *secret, bool *kept, QString *problem);

    Outcome save(QSqlDatabase &db, const CoreContext &context, const Session &by, const Resolve &resolve) const;
    Outcome forget(QSqlDatabase &db, const CoreContext &context, const Session &by) const;

private:
    QString m_service;
    QString m_object;
    Texts m_texts;
    Describe m_describe;
};

} // namespace tempcards
