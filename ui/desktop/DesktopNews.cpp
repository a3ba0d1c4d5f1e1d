// SPDX-License-Identifier: Apache-2.0
#include "DesktopNews.h"

#include "CardService.h"
#include "Clock.h"
#include "DesktopNotifier.h"

#include <QLocale>

namespace tempcards {

namespace {

QString listed(const QList<CardRow> &cards)
{
    QStringList ids;
    for (const CardRow &card : cards.mid(0, DesktopNews::kListedCards))
        ids << QString::number(card.id);
    QString text = QLocale().createSeparatedList(ids);
    if (cards.size() > DesktopNews::kListedCards)
        text = DesktopNews::tr("%1 and %n more", nullptr, int(cards.size()) - DesktopNews::kListedCards).arg(text);
    return text;
}

} // namespace

DesktopNews::DesktopNews(CardService *cards, const Clock *clock, DesktopNotifier *notifier, QObject *parent)
    : QObject(parent), m_cards(cards), m_notifier(notifier), m_news(clock->nowUtc())
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(kGatherMs);
    connect(&m_gather, &QTimer::timeout, this, &DesktopNews::tell);
    connect(cards, &CardService::changed, this, [this](const QList<qint64> &ids) {
        m_changed += ids;
        if (!m_gather.isActive())
            m_gather.start();
    });
}

void DesktopNews::tell()
{
    QList<qint64> ids = m_changed;
    m_changed.clear();
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // An indexed read of the cards just changed, as the list does with them.
    const CardNews::Findings news = m_news.take(m_cards->byIds(ids));
    if (!news.produced.isEmpty())
        tellProduced(news.produced);
    if (!news.failed.isEmpty())
        tellFailed(news.failed);
}

void DesktopNews::tellProduced(const QList<CardRow> &cards)
{
    const int n = int(cards.size());
    m_notifier->notify(
        DesktopNotifier::Kind::CardsProduced, tr("%n temporary card(s) produced", nullptr, n),
        tr("Cards %1 are on their way; initialize them when they arrive.", nullptr, n).arg(listed(cards)));
}

void DesktopNews::tellFailed(const QList<CardRow> &cards)
{
    QStringList lines;
    for (const CardRow &card : cards.mid(0, 3)) {
        lines << (card.failureReason.isEmpty() ? tr("Card %1 failed.").arg(card.id)
                                               : tr("Card %1: %2").arg(card.id).arg(card.failureReason));
    }
    if (cards.size() > 3)
        lines << tr("%n more failed.", nullptr, int(cards.size()) - 3);
    m_notifier->notify(DesktopNotifier::Kind::CardsFailed,
                       tr("%n temporary card(s) failed", nullptr, int(cards.size())), lines.join(QLatin1Char('\n')));
}

void DesktopNews::syncFailingChanged(bool failing, const QString &error)
{
    if (failing)
        m_notifier->notify(DesktopNotifier::Kind::BatchSync, tr("The batch sync is failing"),
                           tr("%1 Cards wait in processing until it works again; it keeps trying.").arg(error));
    else
        m_notifier->notify(DesktopNotifier::Kind::BatchSync, tr("The batch sync works again"),
                           tr("The waiting cards are being ordered."), DesktopNotifier::Urgency::Low);
}

void DesktopNews::stockLow(const QString &message)
{
    m_notifier->notify(DesktopNotifier::Kind::LowStock, tr("Low stock of temporary cards"), message);
}

} // namespace tempcards
