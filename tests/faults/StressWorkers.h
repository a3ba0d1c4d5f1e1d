// SPDX-License-Identifier: Apache-2.0
// tempcards-stress-worker processes (StressWorker.cpp) on the test backend's database, and what they said.
#pragma once

#include "SyncProcess.h"

#include <QSet>

namespace tempcards::test {

struct WorkerResult
{
    QList<qint64> created;
    QSet<qint64> aborted;
    QStringList errors;
    QString done; // "<orders> <aborts> <syncs> <busy syncs>", empty when the worker never got there
};

inline std::unique_ptr<QProcess> startWorker(TestBackend &t, const QString &user, int operations, int seed)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("TEMPCARDS_STRESS_USER"), user);
    env.insert(QStringLiteral("TEMPCARDS_STRESS_PASSWORD"), TestBackend::kPassword);
    env.insert(QStringLiteral("TEMPCARDS_STRESS_OPERATIONS"), QString::number(operations));
    env.insert(QStringLiteral("TEMPCARDS_STRESS_SEED"), QString::number(seed));
    // The worker's facts on standard output, the core's log on standard error.
    return startClientProgram(t, QStringLiteral(TEMPCARDS_STRESS_WORKER_BINARY), {}, env, QProcess::SeparateChannels);
}

inline WorkerResult read(QProcess &process)
{
    WorkerResult result;
    const QStringList lines =
        QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString rest = line.section(QLatin1Char(' '), 1);
        if (line.startsWith(QLatin1String("created "))) {
            for (const QString &id : rest.split(QLatin1Char(' ')))
                result.created << id.toLongLong();
        } else if (line.startsWith(QLatin1String("aborted "))) {
            result.aborted << rest.toLongLong();
        } else if (line.startsWith(QLatin1String("done "))) {
            result.done = rest;
        } else {
            result.errors << line; // "error <what>: <message>"
        }
    }
    // The core's log: warnings are things that went wrong, handled or not (a lock waited out is not one).
    const QStringList log = QString::fromUtf8(process.readAllStandardError()).split(QLatin1Char('\n'));
    for (const QString &line : log) {
        if (line.startsWith(QLatin1String("warning")) || line.startsWith(QLatin1String("critical")) ||
            line.startsWith(QLatin1String("fatal")) || line.contains(QLatin1String("locked")))
            result.errors << line;
    }
    return result;
}

} // namespace tempcards::test
