// SPDX-License-Identifier: Apache-2.0
#include "CardNews.h"

namespace tempcards {

CardNews::Findings CardNews::take(const QList<CardRow> &changed)
{
    Findings findings;
    for (const CardRow &card : changed) {
        const bool produced = card.state == CardState::Produced;
        const bool failed = card.state == CardState::Failed;
        if (!produced && !failed) {
            m_told.remove(card.id); // moved on: if it ever comes back, that is news again
            continue;
        }
        if (m_told.contains(card.id))
            continue;
        if (produced && card.producedAt.isValid() && card.producedAt < m_since.addSecs(-kClockSkewSeconds))
            continue;
        m_told.insert(card.id);
        (produced ? findings.produced : findings.failed).append(card);
    }
    return findings;
}

} // namespace tempcards
