// SPDX-License-Identifier: Apache-2.0
#include "CardHandOut.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "CardHoldings.h"
#include "CardStore.h"
#include "Clock.h"
#include "InputText.h"
#include "PeopleQuery.h"
#include "Session.h"
#include "SettingsStore.h"
#include "Sql.h"

#include <functional>

namespace tempcards {

namespace {

using Result = CardHandOut::Result;

// The cards in the order of `ids`, read at once; it stops before the first card that does not exist.
QList<CardRow> readAll(const QSqlDatabase &db, const QList<qint64> &ids)
{
    QHash<qint64, CardRow> byId;
    for (const CardRow &card : CardQuery::byIds(db, ids))
        byId.insert(card.id, card);
    QList<CardRow> cards;
    for (const qint64 id : ids) {
        const auto card = byId.constFind(id);
        if (card == byId.cend())
            break;
        cards << *card;
    }
    return cards;
}

struct RolledBack
{
    QString message;
};
RolledBack changedMeanwhile(qint64 cardId)
{
    return {CardHandOut::tr("Card %1 changed meanwhile; nothing was changed. Look again.").arg(cardId)};
}

// One process start: its transaction, its refusal (audited and committed, so that the refusal is kept) and
// its success record. The body returns the result; a database error rolls everything back.
Result runProcess(const QSqlDatabase &db, const AuditLog &audit, const Session &session, ProcessId process,
                  const std::function<Result(WriteTransaction &,
                                             const std::function<Result(const QString &, const QString &)> &)> &body)
{
    const QString processObject = QStringLiteral("process:") + Processes::symbolicName(process);
    try {
        WriteTransaction transaction(db);
        const auto refuse = [&](const QString &object, const QString &message) {
            audit.append(db, {session.userName, QStringLiteral("process.start"), processObject, QVariant(), QVariant(),
                              AuditRecord::Result::Refused, QStringLiteral("%1: %2").arg(object, message)});
            transaction.commit();
            Result refused;
            refused.message = message;
            return refused;
        };
        const Authorizer::Refusal refusal = Authorizer::checkProcess(db, session, process);
        if (refusal != Authorizer::Refusal::None)
            return refuse(QString(), Authorizer::message(refusal, Processes::displayName(process)));
        Result result = body(transaction, refuse);
        return result;
    } catch (const DatabaseError &error) {
        Result failed;
        failed.message = error.userMessage();
        return failed;
    } catch (const RolledBack &rolledBack) {
        Result failed;
        failed.message = rolledBack.message;
        return failed;
    }
}

void started(const QSqlDatabase &db, const AuditLog &audit, const Session &session, ProcessId process,
             const QString &detail)
{
    audit.append(db, {session.userName, QStringLiteral("process.start"),
                      QStringLiteral("process:") + Processes::symbolicName(process), QVariant(), QVariant(),
                      AuditRecord::Result::Success, detail});
}

QString cardObject(qint64 id)
{
    return QStringLiteral("card:%1").arg(id);
}

// What a process on a card for a person names in the audit trail: "card:12 person:E1".
QString subject(qint64 cardId, const std::optional<Person> &person)
{
    return person ? QStringLiteral("%1 person:%2").arg(cardObject(cardId), person->employeeId) : cardObject(cardId);
}

QString notIn(qint64 cardId, CardState state, ProcessId process)
{
    QStringList from;
    for (const CardState s : Processes::startStates(process))
        from << CardStates::displayName(s);
    return CardHandOut::tr("Card %1 is %2; \"%3\" starts only from a card that is %4.")
        .arg(cardId)
        .arg(CardStates::displayName(state), Processes::displayName(process), from.join(CardHandOut::tr(" or ")));
}

} // namespace

QString CardHandOut::storageName(WithdrawReason reason)
{
    return reason == WithdrawReason::Lost ? QStringLiteral("lost") : QStringLiteral("no_usage");
}

QString CardHandOut::displayName(WithdrawReason reason)
{
    return reason == WithdrawReason::Lost ? tr("Lost") : tr("No usage anymore");
}

QString CardHandOut::reasonText(const QString &stored)
{
    if (stored == storageName(WithdrawReason::Lost))
        return displayName(WithdrawReason::Lost);
    if (stored == storageName(WithdrawReason::NoUsage))
        return displayName(WithdrawReason::NoUsage);
    // How a holding that ended with Lock keeps its reason (CardHoldings).
    const QLatin1String locked("locked: ");
    if (stored.startsWith(locked))
        return tr("Locked: %1").arg(stored.mid(locked.size()));
    return stored;
}

QString CardHandOut::reasonOf(const CardRow &card)
{
    return card.reason.isEmpty() ? card.failureReason : reasonText(card.reason);
}

QString CardHandOut::checkedReason(const QString &text, QString *problem)
{
    const QString reason = text.trimmed();
    if (reason.isEmpty())
        *problem = tr("Give the reason.");
    else if (reason.size() > kMaxReasonLength)
        *problem = tr("The reason is longer than %1 characters.").arg(kMaxReasonLength);
    else if (InputText::hasInvisible(reason))
        *problem = tr("The reason holds a control or invisible character: %1").arg(InputText::shown(reason, 60));
    else
        return reason;
    return {};
}

Result CardHandOut::assign(const QSqlDatabase &db, const AuditLog &audit, const Clock &clock, const Session &session,
                           qint64 cardId, qint64 personId)
{
    const ProcessId process = ProcessId::AssignTemporaryCard;
    return runProcess(db, audit, session, process, [&](WriteTransaction &transaction, const auto &refuse) {
        const QDateTime now = clock.nowUtc();
        CardQuery::lock(db, {cardId});
        const auto card = CardQuery::byId(db, cardId);
        if (!card)
            return refuse(cardObject(cardId), tr("There is no card %1.").arg(cardId));
        PeopleQuery::lock(db, personId);
        const auto person = PeopleQuery::byId(db, personId);
        const QString object = subject(cardId, person);
        if (!person)
            return refuse(object, tr("There is no such cardholder; search again."));
        if (!CardStates::next(card->state, CardEvent::Assign))
            return refuse(object, notIn(cardId, card->state, process));
        if (!person->active)
            return refuse(object, tr("%1 is inactive and cannot be given a card.").arg(person->displayName()));
        const TempCardOptions options = SettingsStore::options(db);
        const int held = CardHoldings::heldBy(db, personId);
        if (held >= options.maxActiveCardsPerPerson)
            return refuse(object, tr("%1 already holds %n temporary card(s); the options allow %2 at a time. Withdraw "
                                     "one first.",
                                     nullptr, held)
                                      .arg(person->displayName())
                                      .arg(options.maxActiveCardsPerPerson));
        CardUpdate update;
        update.holderId = personId;
        update.assignedAt = now;
        update.validUntil = now.addDays(options.validityDays);
        if (!CardStore::apply(db, audit, cardId, CardEvent::Assign, update, session.userName, now))
            return refuse(object, tr("Card %1 changed meanwhile; look again.").arg(cardId));
        CardHoldings::open(db, cardId, personId, session.userName, now);
        started(db, audit, session, process,
                QStringLiteral("%1 valid until %2").arg(object, toStorageTime(*update.validUntil)));
        transaction.commit();
        Result result;
        result.ok = true;
        result.changed << cardId;
        result.message =
            tr("Card %1 is assigned to %2, valid until %3.")
                .arg(cardId)
                .arg(person->displayName(), QLocale().toString(update.validUntil->toLocalTime(), QLocale::ShortFormat));
        return result;
    });
}

Result CardHandOut::withdraw(const QSqlDatabase &db, const AuditLog &audit, const Clock &clock, const Session &session,
                             qint64 cardId, WithdrawReason reason)
{
    const ProcessId process = ProcessId::WithdrawTemporaryCard;
    return runProcess(db, audit, session, process, [&](WriteTransaction &transaction, const auto &refuse) {
        const QDateTime now = clock.nowUtc();
        CardQuery::lock(db, {cardId});
        const auto card = CardQuery::byId(db, cardId);
        if (!card)
            return refuse(cardObject(cardId), tr("There is no card %1.").arg(cardId));
        const auto person = card->holderId > 0 ? PeopleQuery::byId(db, card->holderId) : std::nullopt;
        const QString object = subject(cardId, person);
        if (!CardStates::next(card->state, CardEvent::Withdraw))
            return refuse(object, notIn(cardId, card->state, process));
        CardUpdate update;
        update.clearHolder = true;
        update.reason = storageName(reason);
        if (!CardStore::apply(db, audit, cardId, CardEvent::Withdraw, update, session.userName, now))
            return refuse(object, tr("Card %1 changed meanwhile; look again.").arg(cardId));
        CardHoldings::close(db, cardId, storageName(reason), session.userName, now);
        started(db, audit, session, process, QStringLiteral("%1 reason %2").arg(object, storageName(reason)));
        transaction.commit();
        Result result;
        result.ok = true;
        result.changed << cardId;
        result.message = person ? tr("Card %1 is back from %2 (%3) and unassigned.")
                                      .arg(cardId)
                                      .arg(person->displayName(), displayName(reason))
                                : tr("Card %1 is back (%2) and unassigned.").arg(cardId).arg(displayName(reason));
        return result;
    });
}

Result CardHandOut::extend(const QSqlDatabase &db, const AuditLog &audit, const Clock &clock, const Session &session,
                           const QList<qint64> &cardIds)
{
    const ProcessId process = ProcessId::ExtendTemporaryCard;
    return runProcess(db, audit, session, process, [&](WriteTransaction &transaction, const auto &refuse) {
        const QDateTime now = clock.nowUtc();
        if (cardIds.isEmpty())
            return refuse(QString(), tr("Select the cards to extend."));
        CardQuery::lock(db, cardIds);
        const TempCardOptions options = SettingsStore::options(db);
        const QList<CardRow> cards = readAll(db, cardIds);
        for (int i = 0; i < cardIds.size(); ++i) {
            if (i >= cards.size() || cards.at(i).id != cardIds.at(i))
                return refuse(cardObject(cardIds.at(i)), tr("There is no card %1.").arg(cardIds.at(i)));
            const CardRow &card = cards.at(i);
            if (CardStates::next(card.state, CardEvent::Extend) != card.state || !card.validUntil.isValid())
                return refuse(cardObject(card.id), notIn(card.id, card.state, process));
        }
        QStringList objects;
        QDateTime latest;
        for (const CardRow &card : cards) {
            latest = card.validUntil.addDays(options.validityDays);
            if (!CardStore::extend(db, audit, card, latest, session.userName, now))
                throw changedMeanwhile(card.id);
            objects << cardObject(card.id);
        }
        started(db, audit, session, process,
                QStringLiteral("%1 by %2 days").arg(objects.join(QLatin1Char(' '))).arg(options.validityDays));
        transaction.commit();
        Result result;
        result.ok = true;
        result.changed = cardIds;
        result.message =
            cardIds.size() == 1
                ? tr("Card %1 is valid until %2.")
                      .arg(cardIds.first())
                      .arg(QLocale().toString(latest.toLocalTime(), QLocale::ShortFormat))
                : tr("%n card(s) are valid for %1 more days.", nullptr, int(cardIds.size())).arg(options.validityDays);
        return result;
    });
}

Result CardHandOut::lock(const QSqlDatabase &db, const AuditLog &audit, const Clock &clock, const Session &session,
                         const QList<qint64> &cardIds, const QString &reasonText)
{
    const ProcessId process = ProcessId::LockTemporaryCard;
    return runProcess(db, audit, session, process, [&](WriteTransaction &transaction, const auto &refuse) {
        const QDateTime now = clock.nowUtc();
        if (cardIds.isEmpty())
            return refuse(QString(), tr("Select the cards to lock."));
        QString problem;
        const QString reason = checkedReason(reasonText, &problem);
        if (reason.isEmpty())
            return refuse(cardObject(cardIds.first()), problem);
        CardQuery::lock(db, cardIds);
        const QList<CardRow> cards = readAll(db, cardIds);
        for (int i = 0; i < cardIds.size(); ++i) {
            if (i >= cards.size() || cards.at(i).id != cardIds.at(i))
                return refuse(cardObject(cardIds.at(i)), tr("There is no card %1.").arg(cardIds.at(i)));
            if (!CardStates::next(cards.at(i).state, CardEvent::Lock))
                return refuse(cardObject(cardIds.at(i)), notIn(cardIds.at(i), cards.at(i).state, process));
        }
        QStringList objects;
        for (const CardRow &card : cards) {
            CardUpdate update;
            update.clearHolder = true;
            update.reason = reason;
            if (!CardStore::apply(db, audit, card.id, CardEvent::Lock, update, session.userName, now))
                throw changedMeanwhile(card.id);
            if (card.holderId > 0)
                CardHoldings::close(db, card.id, QStringLiteral("locked: ") + reason, session.userName, now);
            objects << cardObject(card.id);
        }
        started(db, audit, session, process,
                QStringLiteral("%1 reason %2").arg(objects.join(QLatin1Char(' ')), reason));
        transaction.commit();
        Result result;
        result.ok = true;
        result.changed = cardIds;
        result.message = tr("%n card(s) locked for good.", nullptr, int(cardIds.size()));
        return result;
    });
}

} // namespace tempcards
