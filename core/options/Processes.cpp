// SPDX-License-Identifier: Apache-2.0
#include "Processes.h"

#include <QCoreApplication>

namespace tempcards {

namespace {

struct Entry
{
    ProcessId id;
    const char *symbolicName;
    const char *displayName;
};

const Entry kEntries[] = {
    {ProcessId::OrderTemporaryCards, "TempCardsAddonExtProdProcOrder",
     QT_TRANSLATE_NOOP("tempcards::Processes", "Order temporary cards")},
    {ProcessId::AbortTemporaryCardOrder, "TempCardsAddonExtProdProcAbort",
     QT_TRANSLATE_NOOP("tempcards::Processes", "Abort temporary card order")},
    {ProcessId::InitializeTemporaryCard, "TempCardsAddonExtProdInitialize",
     QT_TRANSLATE_NOOP("tempcards::Processes", "Initialize temporary card")},
};

const Entry &entry(ProcessId id)
{
    for (const Entry &e : kEntries) {
        if (e.id == id)
            return e;
    }
    Q_UNREACHABLE();
}

} // namespace

QList<ProcessId> Processes::all()
{
    QList<ProcessId> ids;
    for (const Entry &e : kEntries)
        ids << e.id;
    return ids;
}

QString Processes::symbolicName(ProcessId id)
{
    return QString::fromLatin1(entry(id).symbolicName);
}

QString Processes::displayName(ProcessId id)
{
    return QCoreApplication::translate("tempcards::Processes", entry(id).displayName);
}

QString Processes::permission(ProcessId id)
{
    return QStringLiteral("process:") + symbolicName(id);
}

QList<ProcessId> Processes::newProcesses()
{
    return {ProcessId::OrderTemporaryCards};
}

QList<ProcessId> Processes::processingCommands()
{
    return {ProcessId::AbortTemporaryCardOrder};
}

QList<ProcessId> Processes::producedCommands()
{
    return {ProcessId::InitializeTemporaryCard};
}

std::optional<ProcessId> Processes::fromSymbolicName(const QString &name)
{
    for (const Entry &e : kEntries) {
        if (name == QLatin1String(e.symbolicName))
            return e.id;
    }
    return std::nullopt;
}

} // namespace tempcards
