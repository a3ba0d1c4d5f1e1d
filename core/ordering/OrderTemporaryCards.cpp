// SPDX-License-Identifier: Apache-2.0
#include "OrderTemporaryCards.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "CardStore.h"
#include "Clock.h"
#include "GoCardsMessages.h"
#include "Logging.h"
#include "OrderBatchStore.h"
#include "Processes.h"
#include "Session.h"
#include "SettingsStore.h"
#include "Sql.h"

#include <QRegularExpression>

namespace tempcards {

std::optional<int> OrderTemporaryCards::parseAmount(const QVariant &amount, QString *problem)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    qint64 value = 0;
    switch (amount.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        value = amount.toLongLong();
        break;
    case QMetaType::QString:
        if (!digits.match(amount.toString().trimmed()).hasMatch()) {
            *problem = tr("The amount must be a whole number from %1 to %2; \"%3\" is not a number.")
                           .arg(kMinAmount)
                           .arg(kMaxAmount)
                           .arg(amount.toString().left(40));
            return std::nullopt;
        }
        value = amount.toString().trimmed().toLongLong();
        break;
    default:
        *problem = tr("The amount must be a whole number from %1 to %2.").arg(kMinAmount).arg(kMaxAmount);
        return std::nullopt;
    }
    if (value < kMinAmount || value > kMaxAmount) {
        *problem =
            tr("The amount must be a whole number from %1 to %2, not %3.").arg(kMinAmount).arg(kMaxAmount).arg(value);
        return std::nullopt;
    }
    return int(value);
}

OrderTemporaryCards::Placed OrderTemporaryCards::place(const QSqlDatabase &db, const AuditLog &audit,
                                                       const Clock &clock, const Session &session,
                                                       const QVariant &amount, const QString &organisationId)
{
    const ProcessId process = ProcessId::OrderTemporaryCards;
    const QString object = QStringLiteral("process:") + Processes::symbolicName(process);
    Placed placed;
    try {
        WriteTransaction transaction(db);
        const QDateTime now = clock.nowUtc();
        auto refuse = [&](const QString &message) {
            audit.append(db, {session.userName, QStringLiteral("process.start"), object, QVariant(), QVariant(),
                              AuditRecord::Result::Refused, message});
            transaction.commit();
            placed.status = Placed::Status::Refused;
            placed.message = message;
            return placed;
        };
        const Authorizer::Refusal refusal = Authorizer::checkProcess(db, session, process);
        if (refusal != Authorizer::Refusal::None)
            return refuse(Authorizer::message(refusal, Processes::displayName(process)));
        QString problem;
        const std::optional<int> count = parseAmount(amount, &problem);
        if (!count)
            return refuse(problem);
        const TempCardOptions options = SettingsStore::options(db);
        if (!TempCardOptions::productionTypes().contains(options.productionType))
            return refuse(
                tr("The production type \"%1\" cannot be ordered by this client.").arg(options.productionType));

        const QList<CardStore::NewCard> cards =
            CardStore::insertNew(db, audit, *count, options.productionType, session.userName, now);
        for (const auto &card : cards)
            placed.cardIds << card.id;
        if (!options.queueTemporaryCards) {
            placed.batchId = OrderBatchStore::create(
                db, cards, {organisationId, options.productionType, options.layoutId}, session.userName, now);
        }
        audit.append(db, {session.userName, QStringLiteral("process.start"), object, QVariant(), QVariant(),
                          AuditRecord::Result::Success,
                          QStringLiteral("amount=%1 queued=%2").arg(*count).arg(options.queueTemporaryCards)});
        transaction.commit();
        placed.status = options.queueTemporaryCards ? Placed::Status::Queued : Placed::Status::ToDispatch;
        qCInfo(lcProcess) << session.userName << "ordered" << *count
                          << "temporary cards, queued:" << options.queueTemporaryCards;
    } catch (const DatabaseError &error) {
        qCWarning(lcProcess) << "order failed:" << error.message();
        placed = Placed();
        placed.status = Placed::Status::DatabaseFailed;
        placed.message = error.userMessage();
        placed.mayTryAgain = error.isConnectionLost();
    }
    return placed;
}

} // namespace tempcards
