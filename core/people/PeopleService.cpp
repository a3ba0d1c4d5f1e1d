// SPDX-License-Identifier: Apache-2.0
#include "PeopleService.h"

#include "Database.h"
#include "PeopleQuery.h"
#include "SettingsStore.h"
#include "Sql.h"

#include <QThreadPool>

namespace tempcards {

PeopleService::PeopleService(const CoreContext &context, QObject *parent) : QObject(parent), m_context(context) {}

QFuture<PeopleService::Found> PeopleService::search(const QString &text, int limit)
{
    Database *database = m_context.database;
    return QtFuture::makeReadyFuture().then(m_context.pool, [database, text, limit] {
        Found found;
        try {
            found.people = PeopleQuery::search(database->connection(), text, limit);
        } catch (const DatabaseError &error) {
            found.problem = error.userMessage();
        }
        return found;
    });
}

QFuture<PeopleService::Found> PeopleService::byIds(const QList<qint64> &ids)
{
    Database *database = m_context.database;
    return QtFuture::makeReadyFuture().then(m_context.pool, [database, ids] {
        Found found;
        try {
            found.people = PeopleQuery::byIds(database->connection(), ids);
        } catch (const DatabaseError &error) {
            found.problem = error.userMessage();
        }
        return found;
    });
}

QFuture<PeopleImport::Result> PeopleService::importFile(const std::optional<Session> &session, const QByteArray &file,
                                                        const QString &fileName, std::optional<PeopleImport::Mode> mode)
{
    const CoreContext context = m_context;
    return m_context.database->writer()
        .run([context, session, file, fileName, mode](QSqlDatabase &db) {
            PeopleImport::Request request{file, fileName, PeopleImport::Mode::Partial, session};
            try {
                request.mode =
                    mode.value_or(SettingsStore::options(db).peopleImportIsFull ? PeopleImport::Mode::Full
                                                                                : PeopleImport::Mode::Partial);
            } catch (const DatabaseError &) {
                // The import's own transaction meets the same problem and says so.
            }
            return PeopleImport::run(db, *context.audit, *context.clock, request);
        })
        .then(this, [this](const PeopleImport::Result &result) {
            if (result.ok)
                emit changed();
            return result;
        });
}

QFuture<bool> PeopleService::importIsFullByDefault()
{
    Database *database = m_context.database;
    return QtFuture::makeReadyFuture().then(m_context.pool, [database] {
        try {
            return SettingsStore::options(database->connection()).peopleImportIsFull;
        } catch (const DatabaseError &) {
            return false;
        }
    });
}

} // namespace tempcards
