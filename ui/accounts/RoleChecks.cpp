// SPDX-License-Identifier: Apache-2.0
#include "RoleChecks.h"

#include "Session.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace tempcards {

QString RoleChecks::roleDescription(const QString &role)
{
    if (role == Roles::Operator)
        return tr("Orders temporary cards and starts the processes an administrator enabled");
    if (role == Roles::Administrator)
        return tr("Manages accounts, permissions, the Go Cards connection and the options");
    if (role == Roles::Auditor)
        return tr("Reads and exports the audit trail");
    return {};
}

namespace {
// The role's name with a key that the account dialogs leave free.
QString checkText(const QString &role)
{
    if (role == Roles::Operator)
        return RoleChecks::tr("&Operator");
    if (role == Roles::Administrator)
        return RoleChecks::tr("A&dministrator");
    if (role == Roles::Auditor)
        return RoleChecks::tr("Aud&itor");
    return Roles::displayName(role);
}
} // namespace

RoleChecks::RoleChecks(QWidget *parent) : QGroupBox(tr("Roles"), parent)
{
    auto *layout = new QVBoxLayout(this);
    for (const QString &role : Roles::all()) {
        auto *box = new QCheckBox(checkText(role), this);
        box->setObjectName(role + QStringLiteral("CheckBox"));
        box->setAccessibleName(Roles::displayName(role));
        box->setAccessibleDescription(roleDescription(role));
        layout->addWidget(box);
        m_boxes.insert(role, box);
    }
}

QStringList RoleChecks::roles() const
{
    QStringList roles;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        if (it.value()->isChecked())
            roles << it.key();
    }
    return roles;
}

void RoleChecks::setRoles(const QStringList &roles)
{
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        it.value()->setChecked(roles.contains(it.key()));
}

} // namespace tempcards
