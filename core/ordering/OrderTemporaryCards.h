// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlDatabase;

namespace tempcards {

class AuditLog;
class Clock;
struct Session;

// "Order temporary cards" (TempCardsAddonExtProdProcOrder): the checks and writes that start the process.
class OrderTemporaryCards
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::OrderTemporaryCards)

public:
    static constexpr int kMinAmount = 1;
    static constexpr int kMaxAmount = 9;

    // A whole number from 1 to 9, given as an integer or as text of digits only; else nothing, and
    // *problem says why. The dropdown offers only 1-9, but the core does not rely on it (invariant 4).
    static std::optional<int> parseAmount(const QVariant &amount, QString *problem);

    struct Placed
    {
        enum class Status { Queued, ToDispatch, Refused, DatabaseFailed };
        Status status = Status::Refused;
        QString message;          // for Refused and DatabaseFailed
        bool mayTryAgain = false; // DatabaseFailed: the connection was lost, nothing was saved
        QList<qint64> cardIds;
        qint64 batchId = 0; // for ToDispatch: the batch to send now
    };

    // Runs the start of the process in one write transaction: the account, permission and enabled flag are
    // checked against the database, the amount and options are checked, the cards are created in
    // `processing`, with queueing off their order batch (idempotency key and body) is created too, and the
    // audit records are written. A refusal commits only its audit record. Runs on the writer thread.
    static Placed place(const QSqlDatabase &db, const AuditLog &audit, const Clock &clock, const Session &session,
                        const QVariant &amount, const QString &organisationId);
};

} // namespace tempcards
