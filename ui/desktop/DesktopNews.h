// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardNews.h"

#include <QObject>
#include <QTimer>

namespace tempcards {

class CardService;
class Clock;
class DesktopNotifier;

// What of the day's work reaches the desktop as a notification: cards produced and cards failed (from
// every change this process hears of, tempcards-sync's and other desks' included), the batch sync failing
// and working again, and the stock falling low. Changes are gathered for kGatherMs, so one sync run's
// twenty produced cards make one notification, not twenty. The services, the clock and the notifier are
// the caller's and outlive this object; GUI thread.
class DesktopNews : public QObject
{
    Q_OBJECT

public:
    static constexpr int kGatherMs = 1500;
    static constexpr int kListedCards = 6; // ids named in a notification before "and n more"

    DesktopNews(CardService *cards, const Clock *clock, DesktopNotifier *notifier, QObject *parent = nullptr);

    // From SyncStatusLabel::failingChanged and StockStatus::becameLow.
    void syncFailingChanged(bool failing, const QString &error);
    void stockLow(const QString &message);

private:
    void tell();
    void tellProduced(const QList<CardRow> &cards);
    void tellFailed(const QList<CardRow> &cards);

    CardService *m_cards;
    DesktopNotifier *m_notifier;
    CardNews m_news;
    QList<qint64> m_changed;
    QTimer m_gather;
};

} // namespace tempcards
