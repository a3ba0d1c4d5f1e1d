// SPDX-License-Identifier: Apache-2.0
#include "InitializeTemporaryCard.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "CardStore.h"
#include "Clock.h"
#include "Processes.h"
#include "Session.h"
#include "Sql.h"

#include <QRegularExpression>

namespace tempcards {

std::optional<QString> InitializeTemporaryCard::normalizeUid(const QString &text, QString *problem)
{
    static const QRegularExpression separators(QStringLiteral("[\\s:]"));
    static const QRegularExpression hex(QStringLiteral("^[0-9A-F]+$"));
    const QString uid = QString(text).remove(separators).toUpper();
    if (uid.isEmpty()) {
        *problem = tr("Enter the chip UID.");
        return std::nullopt;
    }
    if (!hex.match(uid).hasMatch()) {
        *problem = tr("A chip UID has only the hexadecimal digits 0-9 and A-F.");
        return std::nullopt;
    }
    if (uid.size() != 8 && uid.size() != 14 && uid.size() != 20) {
        *problem =
            tr("A chip UID has 8, 14 or 20 hexadecimal digits (4, 7 or 10 bytes); this one has %1.").arg(uid.size());
        return std::nullopt;
    }
    return uid;
}

InitializeTemporaryCard::Result InitializeTemporaryCard::initialize(const QSqlDatabase &db, const AuditLog &audit,
                                                                    const Clock &clock, const Session &session,
                                                                    qint64 cardId, const QString &uidText)
{
    const ProcessId process = ProcessId::InitializeTemporaryCard;
    const QString object = QStringLiteral("card:%1").arg(cardId);
    Result result;
    try {
        WriteTransaction transaction(db);
        const QDateTime now = clock.nowUtc();
        auto refuse = [&](const QString &message) {
            audit.append(db, {session.userName, QStringLiteral("process.start"),
                              QStringLiteral("process:") + Processes::symbolicName(process), QVariant(), QVariant(),
                              AuditRecord::Result::Refused, QStringLiteral("%1: %2").arg(object, message)});
            transaction.commit();
            result.message = message;
            return result;
        };
        const Authorizer::Refusal refusal = Authorizer::checkProcess(db, session, process);
        if (refusal != Authorizer::Refusal::None)
            return refuse(Authorizer::message(refusal, Processes::displayName(process)));
        const auto card = CardQuery::byId(db, cardId);
        if (!card)
            return refuse(tr("There is no card %1.").arg(cardId));
        if (card->state != CardState::Produced)
            return refuse(tr("Card %1 is %2; only produced cards can be initialized.")
                              .arg(cardId)
                              .arg(CardStates::displayName(card->state)));
        QString problem;
        const auto uid = normalizeUid(uidText, &problem);
        if (!uid)
            return refuse(problem);
        if (!card->reportUid.isEmpty() && *uid != card->reportUid)
            return refuse(tr("The chip UID %1 is not the one Nexus GO Cards reported for card %2 (%3). Check that "
                             "this is the right card.")
                              .arg(*uid, QString::number(cardId), card->reportUid));
        CardUpdate update;
        update.chipUid = *uid;
        update.initializedAt = now;
        if (!CardStore::apply(db, audit, cardId, CardEvent::Initialize, update, session.userName, now))
            return refuse(tr("Card %1 changed meanwhile; look again.").arg(cardId));
        audit.append(db, {session.userName, QStringLiteral("process.start"),
                          QStringLiteral("process:") + Processes::symbolicName(process), QVariant(), QVariant(),
                          AuditRecord::Result::Success, QStringLiteral("%1 uid %2").arg(object, *uid)});
        transaction.commit();
        result.ok = true;
        result.changed << cardId;
        result.message = tr("Card %1 is initialized and ready to hand out.").arg(cardId);
    } catch (const DatabaseError &error) {
        result = Result();
        result.message = error.userMessage();
    }
    return result;
}

} // namespace tempcards
