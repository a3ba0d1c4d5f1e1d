// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "Outcome.h"
#include "Processes.h"
#include "Session.h"
#include "SettingsStore.h"
#include "TempCardOptions.h"

#include <QFuture>
#include <QObject>
#include <QSet>

namespace tempcards {

struct TempCardSettings
{
    QSet<ProcessId> enabled;
    ProcessGrants grants;
    QString optionsScript;
    int optionsVersion = 0; // 0: the built-in defaults
    TempCardOptions options;
};

// The administrator's settings for temporary cards: which processes are enabled, and the options script.
class SettingsService : public QObject
{
    Q_OBJECT

public:
    explicit SettingsService(const CoreContext &context, QObject *parent = nullptr);

    // Quick reads on the caller's connection.
    TempCardSettings load();
    // The saved versions of the options script, newest first, and the text of one (the built-in defaults
    // for version 0). Quick reads on the caller's connection.
    QList<SettingsStore::OptionsVersion> optionsHistory();
    QString optionsScript(int version);
    // The processes `session` may start now: enabled, and granted to one of its roles.
    QSet<ProcessId> startableProcesses(const Session &session);

    // Saves both in one transaction, with an audit record per change. A script that does not parse or has a
    // bad value is refused with its line and column, and nothing is saved. settingsChanged() follows success.
    // `grants`, when given, replaces who may start each process.
    QFuture<Outcome> save(const Session &by, const QSet<ProcessId> &enabled, const QString &optionsScript,
                          const std::optional<ProcessGrants> &grants = std::nullopt);

signals:
    void settingsChanged();

private:
    CoreContext m_context;
};

} // namespace tempcards
