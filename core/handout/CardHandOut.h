// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace tempcards {

class AuditLog;
struct CardRow;
class Clock;
struct Session;

// Why a card comes back (Withdraw temporary card): the use case's two answers.
enum class WithdrawReason { Lost, NoUsage };

// The processes that hand a temporary card out and take it back (Smart ID's TempCardsProcAssign,
// TempCardsProcWithdraw, TempCardsProcExtend, TempCardsProcLock). Each runs in one write transaction on the
// writer thread: the account, its permission and the process's flag are checked again (Authorizer), the card
// must be in a state the process starts from (CardStates), the change and its audit records are written
// together, and a refusal is audited with the card, the person and the reason.
class CardHandOut
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::CardHandOut)

public:
    static constexpr int kMaxReasonLength = 500;

    struct Result
    {
        bool ok = false;
        QString message;
        QList<qint64> changed;
    };

    // unassigned -> assigned, held by `personId` from now for the validity option's days. Refused for an
    // inactive person, and for one who already holds as many assigned or expired cards as the option allows.
    static Result assign(const QSqlDatabase &db, const AuditLog &audit, const Clock &clock, const Session &session,
                         qint64 cardId, qint64 personId);
    // assigned or expired -> unassigned, ready for the next person; the holding ends with the reason.
    static Result withdraw(const QSqlDatabase &db, const AuditLog &audit, const Clock &clock, const Session &session,
                           qint64 cardId, WithdrawReason reason);
    // Each assigned card's valid-until moves on by the validity option's days. All or none.
    static Result extend(const QSqlDatabase &db, const AuditLog &audit, const Clock &clock, const Session &session,
                         const QList<qint64> &cardIds);
    // unassigned or assigned -> locked, for good, with the reason (required). All or none.
    static Result lock(const QSqlDatabase &db, const AuditLog &audit, const Clock &clock, const Session &session,
                       const QList<qint64> &cardIds, const QString &reason);

    static QString storageName(WithdrawReason reason); // "lost", "no_usage"
    static QString displayName(WithdrawReason reason); // translated
    // A stored reason ("lost", "no_usage", a lock's own words, or a holding's "locked: <words>") as the
    // operator reads it.
    static QString reasonText(const QString &stored);
    // Why the card is as it is: its last withdraw or lock reason in words, or else why it failed.
    static QString reasonOf(const CardRow &card);
    // A lock reason as it is stored, or empty and *problem says why it is refused.
    static QString checkedReason(const QString &text, QString *problem);
};

} // namespace tempcards
