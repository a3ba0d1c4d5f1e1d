// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "OptionsScript.h"

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
    static constexpr int kMaxBatchSize = 500; // Go Cards' limit per order request

    QString productionType = QStringLiteral("external");
    bool queueTemporaryCards = true;
    QString layoutId = QStringLiteral("temporary-card-default");
    int batchSyncIntervalSeconds = 60;
    int batchSize = kMaxBatchSize;
    int retryBackoffCapSeconds = 30;
    int lockoutThreshold = 5; // wrong passwords in a row that lock an account (NIST SP 800-53 AC-7)
    int lockoutMinutes = 15;

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
