// SPDX-License-Identifier: Apache-2.0
#include "HoldingCells.h"

#include "CardHandOut.h"
#include "DialogParts.h"

namespace tempcards {

QStringList HoldingCells::of(const Holding &holding)
{
    return {DialogParts::shortTime(holding.started), holding.startedBy,
            holding.ended.isValid() ? DialogParts::shortTime(holding.ended) : tr("holds it"), holding.endedBy,
            CardHandOut::reasonText(holding.endReason)};
}

} // namespace tempcards
