// SPDX-License-Identifier: Apache-2.0
#include "StateLook.h"

#include "SvgIcon.h"

namespace tempcards {

QIcon StateLook::cardStateIcon(CardState state)
{
    // resources/icons/<scheme>/state-<the state's stored name, with dashes>.svg
    return SvgIcon::themed(QStringLiteral("state-") +
                           CardStates::toStorage(state).replace(QLatin1Char('_'), QLatin1Char('-')));
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
