// SPDX-License-Identifier: Apache-2.0
#include "AuditNames.h"

#include <QCoreApplication>

#include <iterator>

namespace tempcards {

namespace {

struct Name
{
    const char *code;
    const char *name; // in the AuditNames context
};

const Name kActions[] = {
    {"login", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Login")},
    {"account.create", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Account created")},
    {"account.deactivate", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Account deactivated")},
    {"account.reactivate", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Account reactivated")},
    {"account.password", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Password changed or reset")},
    {"account.roles", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Roles changed")},
    {"account.lock", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Account locked")},
    {"account.unlock", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Account unlocked")},
    {"audit.export", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Audit trail exported")},
    {"process.start", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Process started")},
    {"card.state", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Card state changed")},
    {"card.validity", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Card validity changed")},
    {"card.refresh", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Card refreshed from Go Cards")},
    {"cards.export", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Cards exported")},
    {"order.batch", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Order sent to Go Cards")},
    {"people.import", QT_TRANSLATE_NOOP("tempcards::AuditNames", "People imported")},
    {"people.sync", QT_TRANSLATE_NOOP("tempcards::AuditNames", "People brought in from the directory")},
    {"person.add", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Person added")},
    {"person.change", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Person changed")},
    {"reminder.send", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Expiry reminder mailed")},
    {"settings.change", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Settings changed")},
    {"sync.restore", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Restored database found by the batch sync")},
};

const Name kOutcomes[] = {
    {"success", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Success")},
    {"failure", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Failure")},
    {"refused", QT_TRANSLATE_NOOP("tempcards::AuditNames", "Refused")},
};

template <std::size_t N> QString nameIn(const Name (&names)[N], const QString &code)
{
    for (const Name &name : names) {
        if (code == QLatin1String(name.code))
            return QCoreApplication::translate("tempcards::AuditNames", name.name);
    }
    return code;
}

} // namespace

QString AuditNames::action(const QString &code)
{
    return nameIn(kActions, code);
}

QString AuditNames::outcome(const QString &code)
{
    return nameIn(kOutcomes, code);
}

} // namespace tempcards
