// SPDX-License-Identifier: Apache-2.0
#include "StateLook.h"

#include "SvgIcon.h"

namespace tempcards {

QIcon StateLook::cardStateIcon(CardState state)
{
    switch (state) {
    case CardState::Processing:
        return SvgIcon::themed(QStringLiteral("state-processing"));
    case CardState::Ordered:
        return SvgIcon::themed(QStringLiteral("state-ordered"));
    case CardState::InProduction:
        return SvgIcon::themed(QStringLiteral("state-in-production"));
    case CardState::Produced:
        return SvgIcon::themed(QStringLiteral("state-produced"));
    case CardState::Failed:
        return SvgIcon::themed(QStringLiteral("state-failed"));
    case CardState::Aborted:
        return SvgIcon::themed(QStringLiteral("state-aborted"));
    case CardState::Unassigned:
        return SvgIcon::themed(QStringLiteral("state-unassigned"));
    case CardState::Assigned:
        return SvgIcon::themed(QStringLiteral("state-assigned"));
    case CardState::Expired:
        return SvgIcon::themed(QStringLiteral("state-expired"));
    case CardState::Locked:
        return SvgIcon::themed(QStringLiteral("state-locked"));
    }
    return {};
}

QIcon StateLook::syncIcon(bool failing)
{
    return SvgIcon::themed(failing ? QStringLiteral("sync-failing") : QStringLiteral("sync-working"));
}

QIcon StateLook::closeIcon()
{
    return SvgIcon::themed(QStringLiteral("close"));
}

QIcon StateLook::applicationIcon()
{
    return SvgIcon::fixed(QStringLiteral(":/icons/org.tempcards.tempcards.svg"));
}

} // namespace tempcards
