// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "PeopleImport.h"
#include "Person.h"

#include <QFuture>
#include <QObject>

namespace tempcards {

// The cardholders as the windows see them: the search behind the Assign dialog and the people view, and the
// import of an HR export. Searches run on the context's thread pool, imports on the writer thread; results
// come back as futures. changed() follows a successful import. Lives on the GUI thread.
class PeopleService : public QObject
{
    Q_OBJECT

public:
    explicit PeopleService(const CoreContext &context, QObject *parent = nullptr);

    struct Found
    {
        QList<Person> people;
        QString problem; // a database problem; empty when the search ran (possibly finding nobody)
    };
    QFuture<Found> search(const QString &text, int limit);
    QFuture<Found> byIds(const QList<qint64> &ids);
    // As `session`, or as the batch sync's identity when unset (tempcards-sync --import-people); without a
    // mode, the options' peopleImportIsFull decides, as read in the import's transaction.
    QFuture<PeopleImport::Result> importFile(const std::optional<Session> &session, const QByteArray &file,
                                             const QString &fileName, std::optional<PeopleImport::Mode> mode);
    // Whether an import file is full by default (the options' peopleImportIsFull), read on the pool; false
    // when the database cannot say (the import itself then says why).
    QFuture<bool> importIsFullByDefault();

signals:
    void changed();

private:
    CoreContext m_context;
};

} // namespace tempcards
