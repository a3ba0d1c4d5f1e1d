// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tempcards {

// The card processes of the use cases. Each has a symbolic name (stored, and shown to administrators),
// an operator-facing name, a start permission and an enabled flag; all are disabled on a new installation.
enum class ProcessId { OrderTemporaryCards, AbortTemporaryCardOrder, InitializeTemporaryCard };

namespace Processes {
QList<ProcessId> all();
QString symbolicName(ProcessId id);
QString displayName(ProcessId id); // translated
QString permission(ProcessId id);  // the permission a role needs to start it
std::optional<ProcessId> fromSymbolicName(const QString &name);
// Processes that start from Quick search rather than from a selected card (the General tab's New-Process).
QList<ProcessId> newProcesses();
// Additional commands on a selected card: on the Processing tab (cards in processing) and on the Produced
// tab (produced cards).
QList<ProcessId> processingCommands();
QList<ProcessId> producedCommands();
} // namespace Processes

} // namespace tempcards
