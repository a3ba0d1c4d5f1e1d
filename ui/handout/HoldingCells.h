// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardHoldings.h"

#include <QCoreApplication>
#include <QStringList>

namespace tempcards {

// One holding as every table of holdings shows it, after the columns that say whose or which card it was:
// from, by, until ("holds it" while open), by, and the reason it ended in words.
class HoldingCells
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::HoldingCells)

public:
    static QStringList of(const Holding &holding);
};

} // namespace tempcards
