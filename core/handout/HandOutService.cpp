// SPDX-License-Identifier: Apache-2.0
#include "HandOutService.h"

#include "AuditLog.h"
#include "CardService.h"
#include "Clock.h"
#include "Database.h"
#include "Logging.h"
#include "PeopleQuery.h"
#include "Session.h"
#include "SettingsStore.h"
#include "Sql.h"

#include <QSaveFile>
#include <QSet>
#include <QThreadPool>

namespace tempcards {

HandOutService::HandOutService(const CoreContext &context, CardService *cards, QObject *parent)
    : QObject(parent), m_context(context), m_cards(cards)
{}

QFuture<CardHandOut::Result> HandOutService::noting(QFuture<CardHandOut::Result> future)
{
    return future.then(this, [this](const CardHandOut::Result &result) {
        if (!result.changed.isEmpty())
            m_cards->noteChanged(result.changed);
        return result;
    });
}

QFuture<CardHandOut::Result> HandOutService::assign(const Session &session, qint64 cardId, qint64 personId)
{
    const CoreContext c = m_context;
    return noting(m_context.database->writer().run([c, session, cardId, personId](QSqlDatabase &db) {
        return CardHandOut::assign(db, *c.audit, *c.clock, session, cardId, personId);
    }));
}

QFuture<CardHandOut::Result> HandOutService::withdraw(const Session &session, qint64 cardId, WithdrawReason reason)
{
    const CoreContext c = m_context;
    return noting(m_context.database->writer().run([c, session, cardId, reason](QSqlDatabase &db) {
        return CardHandOut::withdraw(db, *c.audit, *c.clock, session, cardId, reason);
    }));
}

QFuture<CardHandOut::Result> HandOutService::extend(const Session &session, const QList<qint64> &cardIds)
{
    const CoreContext c = m_context;
    return noting(m_context.database->writer().run([c, session, cardIds](QSqlDatabase &db) {
        return CardHandOut::extend(db, *c.audit, *c.clock, session, cardIds);
    }));
}

QFuture<CardHandOut::Result> HandOutService::lock(const Session &session, const QList<qint64> &cardIds,
                                                  const QString &reason)
{
    const CoreContext c = m_context;
    return noting(m_context.database->writer().run([c, session, cardIds, reason](QSqlDatabase &db) {
        return CardHandOut::lock(db, *c.audit, *c.clock, session, cardIds, reason);
    }));
}

QFuture<HandOutService::View> HandOutService::view(CirculationView which, int limit)
{
    const CoreContext c = m_context;
    return QtFuture::makeReadyFuture().then(m_context.pool, [c, which, limit] {
        View view;
        try {
            view.rows = CirculationQuery::rows(c.database->connection(), which, c.clock->nowUtc(), limit, &view.total);
            if (which == CirculationView::DueReminders)
                view.mailServerSet = CirculationQuery::mailServerSet(c.database->connection());
        } catch (const DatabaseError &error) {
            view.problem = error.userMessage();
        }
        return view;
    });
}

QFuture<Outcome> HandOutService::exportCsv(const Session &session, CirculationView which, const QString &path)
{
    const CoreContext c = m_context;
    return QtFuture::makeReadyFuture().then(m_context.pool, [c, session, which, path]() -> Outcome {
        // A list of who holds which card leaves the database only on the trail: the file is written aside,
        // the record committed, and only then is the file put in place. Without the record, no file.
        QSaveFile file(path);
        qint64 written = 0;
        try {
            if (!file.open(QIODevice::WriteOnly))
                return Outcome::failure(tr("%1 could not be written: %2").arg(path, file.errorString()));
            written = CirculationQuery::writeCsv(c.database->connection(), which, c.clock->nowUtc(), &file);
            if (written < 0 || !file.flush())
                return Outcome::failure(tr("%1 could not be written: %2").arg(path, file.errorString()));
        } catch (const DatabaseError &error) {
            return Outcome::failure(error.userMessage());
        }
        const QString refused =
            c.database->writer()
                .run([c, session, which, path, written](QSqlDatabase &db) {
                    try {
                        WriteTransaction transaction(db);
                        c.audit->append(
                            db, {session.userName, QStringLiteral("cards.export"), path, QVariant(),
                                 QString::number(written), AuditRecord::Result::Success,
                                 QStringLiteral("%1: %2 rows").arg(CirculationQuery::objectName(which)).arg(written)});
                        transaction.commit();
                        return QString();
                    } catch (const DatabaseError &error) {
                        qCWarning(lcDatabase) << "the card export could not be recorded:" << error.message();
                        return error.userMessage();
                    }
                })
                .result();
        if (!refused.isEmpty()) {
            file.cancelWriting();
            return Outcome::failure(
                tr("Nothing was exported: the export could not be recorded in the audit trail. %1").arg(refused));
        }
        // Recorded: a commit that fails now leaves a record of an export that did not land, never the reverse.
        if (!file.commit())
            return Outcome::failure(tr("%1 could not be written: %2").arg(path, file.errorString()));
        return Outcome::success(tr("%n row(s) exported to %1.", nullptr, int(written)).arg(path));
    });
}

QFuture<HandOutService::History> HandOutService::historyOf(qint64 personId, int limit)
{
    Database *database = m_context.database;
    return QtFuture::makeReadyFuture().then(m_context.pool, [database, personId, limit] {
        History history;
        try {
            const QSqlDatabase db = database->connection();
            history.holdings = CardHoldings::ofPerson(db, personId, limit);
            for (const Holding &holding : std::as_const(history.holdings)) {
                const auto card = CardQuery::byId(db, holding.cardId);
                history.cards << card.value_or(CardRow());
            }
        } catch (const DatabaseError &error) {
            history.problem = error.userMessage();
        }
        return history;
    });
}

QFuture<HandOutService::CardDetails> HandOutService::detailsOf(qint64 cardId, int limit)
{
    Database *database = m_context.database;
    return QtFuture::makeReadyFuture().then(m_context.pool, [database, cardId, limit] {
        CardDetails details;
        try {
            const QSqlDatabase db = database->connection();
            details.card = CardQuery::byId(db, cardId);
            if (!details.card)
                return details;
            details.holdings = CardHoldings::ofCard(db, cardId, limit);
            QSet<qint64> ids;
            for (const Holding &holding : std::as_const(details.holdings))
                ids.insert(holding.personId);
            if (details.card->holderId > 0)
                ids.insert(details.card->holderId);
            for (const Person &person : PeopleQuery::byIds(db, ids.values()))
                details.people.insert(person.id, person);
        } catch (const DatabaseError &error) {
            details.problem = error.userMessage();
        }
        return details;
    });
}

QFuture<HandOutService::StockLevel> HandOutService::stock()
{
    Database *database = m_context.database;
    return QtFuture::makeReadyFuture().then(m_context.pool, [database] {
        StockLevel level;
        try {
            const QSqlDatabase db = database->connection();
            level.stock = CirculationQuery::stock(db);
            level.threshold = SettingsStore::options(db).lowStockThreshold;
        } catch (const DatabaseError &error) {
            level.problem = error.userMessage();
        }
        return level;
    });
}

} // namespace tempcards
