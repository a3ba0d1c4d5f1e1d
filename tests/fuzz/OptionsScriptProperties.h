// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "OptionsScript.h"
#include "TempCardOptions.h"

#include <string>

// What must hold for any text given to the options script parser, checked by the fuzz target and, over the
// committed corpus, by the unit tests.
namespace tempcards::fuzz {

inline std::string violation(const QString &what, const QString &script)
{
    return (what + QStringLiteral(" | script: ") + script.left(200)).toStdString();
}

// Empty when every property holds, else the first broken one.
inline std::string checkOptionsScript(const QString &script)
{
    const int lines = int(script.count(QLatin1Char('\n'))) + 1;
    const OptionsScript::Parsed parsed = OptionsScript::parse(script);
    if (parsed.error) {
        // A refusal points into the script and says why.
        const ScriptError &error = *parsed.error;
        if (error.line < 1 || error.line > lines || error.column < 1 || error.reason.isEmpty())
            return violation(QStringLiteral("error outside the script: ") + error.toString(), script);
    } else {
        for (auto it = parsed.entries.cbegin(); it != parsed.entries.cend(); ++it) {
            const OptionsScript::Entry &entry = it.value();
            if (entry.line < 1 || entry.line > lines || entry.valueStart < 0 || entry.valueStart > entry.valueEnd ||
                entry.valueEnd > script.size())
                return violation(QStringLiteral("entry outside the script: ") + it.key(), script);
            // Writing a value back in place (what the settings dialog does) keeps every entry's value.
            const QString rewritten = OptionsScript::withValue(script, it.key(), entry.value);
            const OptionsScript::Parsed again = OptionsScript::parse(rewritten);
            if (again.error)
                return violation(
                    QStringLiteral("rewriting %1 broke the script: %2").arg(it.key(), again.error->toString()), script);
            for (auto other = parsed.entries.cbegin(); other != parsed.entries.cend(); ++other) {
                const QVariant before = other.value().value;
                const QVariant after = again.entries.value(other.key()).value;
                if (before.typeId() == QMetaType::Double
                        ? qAbs(before.toDouble() - after.toDouble()) > 1e-9 * qMax(1.0, qAbs(before.toDouble()))
                        : before != after)
                    return violation(QStringLiteral("rewriting %1 changed %2").arg(it.key(), other.key()), script);
            }
        }
    }
    // The options either come with an error or within their documented bounds.
    const TempCardOptions::Result result = TempCardOptions::fromScript(script);
    if (result.error && (result.error->line < 1 || result.error->line > lines || result.error->column < 1))
        return violation(QStringLiteral("option error outside the script: ") + result.error->toString(), script);
    if (!result.error) {
        const TempCardOptions &o = result.options;
        if (o.batchSize < 1 || o.batchSize > TempCardOptions::kMaxBatchSize || o.batchSyncIntervalSeconds < 1 ||
            o.lockoutThreshold < 1 || o.lockoutMinutes < 1 || o.retryBackoffCapSeconds < 1 || o.layoutId.isEmpty())
            return violation(QStringLiteral("options out of bounds accepted"), script);
    }
    return {};
}

} // namespace tempcards::fuzz
