// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "OptionsScript.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tempcards {

// The temporary card options, read from the administrator's options script. Every option has a default
// (the built-in script, resources/options/temporary-card-options.txt); a script that names an unknown
// option or gives a bad value is refused whole, so the options in force never come from half a script.
struct TempCardOptions
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::TempCardOptions)

public:
    static inline const QString ProductionType = QStringLiteral("productionType");
    static inline const QString QueueTemporaryCards = QStringLiteral("queueTemporaryCards");
    static inline const QString LayoutId = QStringLiteral("goCardsLayoutId");
    static inline const QString BatchSyncIntervalSeconds = QStringLiteral("batchSyncIntervalSeconds");
    static inline const QString BatchSize = QStringLiteral("batchSize");
    static inline const QString RetryBackoffCapSeconds = QStringLiteral("retryBackoffCapSeconds");
    static inline const QString LockoutThreshold = QStringLiteral("lockoutThreshold");
    static inline const QString LockoutMinutes = QStringLiteral("lockoutMinutes");
    static inline const QString ValidityDays = QStringLiteral("TempCardsValidityDays");
    static inline const QString ReminderDays = QStringLiteral("TempCardsEmailBeforeExpiringDays");
    static inline const QString ReminderEachDay = QStringLiteral("TempCardsEmailBeforeExpiringEachDay");
    static inline const QString MaxActiveCardsPerPerson = QStringLiteral("maxActiveCardsPerPerson");
    static inline const QString PeopleImportIsFull = QStringLiteral("peopleImportIsFull");
    static inline const QString LowStockThreshold = QStringLiteral("lowStockThreshold");
    static inline const QString IdleLockMinutes = QStringLiteral("idleLockMinutes");
    static inline const QString IdleLockMinutesAdministrators = QStringLiteral("idleLockMinutesAdministrators");
    static constexpr int kMaxBatchSize = 500;  // Go Cards' limit per order request
    static constexpr int kMaxReminderDays = 7; // entries in TempCardsEmailBeforeExpiringDays

    QString productionType = QStringLiteral("external");
    bool queueTemporaryCards = true;
    QString layoutId = QStringLiteral("temporary-card-default");
    int batchSyncIntervalSeconds = 60;
    int batchSize = kMaxBatchSize;
    int retryBackoffCapSeconds = 30;
    int lockoutThreshold = 5; // wrong passwords in a row that lock an account (NIST SP 800-53 AC-7)
    int lockoutMinutes = 15;
    int validityDays = 14;                  // an assigned card is valid this many days after Assign (and Extend)
    QList<int> reminderDays = {7, 3};       // days before valid-until on which a reminder is due, largest first
    bool reminderEachDay = true;            // and every day after the last of them, until the card expires
    int maxActiveCardsPerPerson = 1;        // assigned (or expired, not returned) cards one person may hold
    bool peopleImportIsFull = false;        // an import file lists everyone: people missing from it become inactive
    int lowStockThreshold = 0;              // warn when unassigned and coming cards are fewer; 0: never
    int idleLockMinutes = 0;                // a window without use this long asks for the password again; 0: never
    int idleLockMinutesAdministrators = 10; // the same for a session with the administrator role

    // The idle lock of a session, in minutes; 0 when it does not lock. An administrator gets the shorter of
    // the two options that are set, so turning administrators' off never turns off everyone's for them.
    int idleLockMinutesFor(bool administrator) const;

    // Whether a reminder is due for a card valid until `validUntil` on `day` (both UTC dates).
    bool reminderDueOn(const QDate &validUntil, const QDate &day) const;

    struct Result;
    static Result fromScript(const QString &script);
    static QString defaultScript();
    // The production types this client can order; only Nexus GO Cards' external production so far.
    static QStringList productionTypes() { return {QStringLiteral("external")}; }
};

struct TempCardOptions::Result
{
    TempCardOptions options; // the defaults when error is set
    std::optional<ScriptError> error;
};

} // namespace tempcards
