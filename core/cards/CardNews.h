// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardQuery.h"

#include <QDateTime>
#include <QList>
#include <QSet>

namespace tempcards {

// Which changed cards are news to an operator: a card that Go Cards has produced, or one that failed.
// Fed the rows of the cards the change watcher and the jobs report as changed, it tells each card once per
// such state, so a card changed again while it stays produced (a refresh, another desk's look) is not news
// twice. A produced card whose production time is well before watching began is not news either: it was
// produced before this client started, and only its row changed now. Plain logic, no database.
class CardNews
{
public:
    struct Findings
    {
        QList<CardRow> produced;
        QList<CardRow> failed;
        bool isEmpty() const { return produced.isEmpty() && failed.isEmpty(); }
    };
    // Go Cards stamps production with its own clock: this much skew from ours is still news.
    static constexpr qint64 kClockSkewSeconds = 600;

    explicit CardNews(const QDateTime &watchingSince) : m_since(watchingSince) {}

    Findings take(const QList<CardRow> &changed);

private:
    QDateTime m_since;
    QSet<qint64> m_told; // cards told about, while they are still in the state told
};

} // namespace tempcards
