// SPDX-License-Identifier: Apache-2.0
#include "SyncStatusLabel.h"

#include "CardService.h"
#include "StateLook.h"
#include "SyncService.h"

#include <QLocale>
#include <QPainter>
#include <QResizeEvent>
#include <QStyle>

namespace tempcards {

SyncStatusLabel::SyncStatusLabel(SyncService *sync, CardService *cards, QWidget *parent) : QLabel(parent), m_sync(sync)
{
    setObjectName(QStringLiteral("syncStatusLabel"));
    setAccessibleDescription(tr("The batch sync: cards waiting, its last run, and what needs an administrator"));
    setTextFormat(Qt::PlainText);
    m_iconSide = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    setContentsMargins(m_iconSide + 6, 0, 0, 0); // room for the icon, painted on the left
    m_icon = StateLook::syncIcon(m_failing);
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &SyncStatusLabel::update);
    connect(m_sync, &SyncService::runFinished, this, &SyncStatusLabel::update);
    // Card changes come in bursts (a batch, a page of events): count once the burst is over.
    m_soon.setSingleShot(true);
    m_soon.setInterval(300);
    connect(&m_soon, &QTimer::timeout, this, &SyncStatusLabel::update);
    connect(cards, &CardService::changed, &m_soon, qOverload<>(&QTimer::start));
    m_timer.start();
    update();
}

void SyncStatusLabel::update()
{
    const SyncStatus status = m_sync->status();
    const QLocale locale;
    QStringList parts{tr("%n card(s) waiting", nullptr, status.waiting)};
    parts << (status.lastSuccess.isValid()
                  ? tr("last sync %1").arg(locale.toString(status.lastSuccess.toLocalTime(), QLocale::ShortFormat))
                  : tr("no successful sync yet"));
    const bool wasFailing = m_failing;
    m_failing = status.lastRunFailed();
    m_lastError = m_failing ? status.lastError : QString();
    if (m_failing)
        parts << tr("last attempt failed: %1").arg(status.lastError);
    if (status.held > 0)
        parts << tr("%n order(s) held for an administrator", nullptr, status.held);
    if (status.unknownCards > 0)
        parts << tr("%n card(s) at Nexus GO Cards unknown here", nullptr, status.unknownCards);
    if (status.answerUnknown > 0)
        parts << tr("database restored: %n order(s) wait for Nexus GO Cards' word", nullptr, status.answerUnknown);
    if (m_failing != wasFailing) {
        m_icon = StateLook::syncIcon(m_failing);
        QWidget::update();
        emit failingChanged(m_failing, status.lastError);
    }
    m_full = parts.join(QStringLiteral(" · "));
    // The label shows what fits; a screen reader reads it all, and hears it only when it changes.
    if (accessibleName() != m_full)
        setAccessibleName(m_full);
    const QString lease = status.leaseHolder.isEmpty() ? tr("The batch sync is not running right now.")
                                                       : tr("The batch sync is running in %1.").arg(status.leaseHolder);
    setToolTip(m_full + QLatin1Char('\n') + lease);
    QFont f = font();
    f.setBold(m_failing);
    setFont(f);
    elide();
}

void SyncStatusLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void SyncStatusLabel::elide()
{
    // The whole text is in the tooltip and the accessible name; the label shows what fits.
    setText(fontMetrics().elidedText(m_full, Qt::ElideRight, qMax(0, contentsRect().width() - 4)));
}

void SyncStatusLabel::paintEvent(QPaintEvent *event)
{
    QLabel::paintEvent(event);
    QPainter painter(this);
    m_icon.paint(&painter, QRect(2, (height() - m_iconSide) / 2, m_iconSide, m_iconSide));
}

QSize SyncStatusLabel::minimumSizeHint() const
{
    return {contentsMargins().left() + fontMetrics().averageCharWidth() * 20, QLabel::minimumSizeHint().height()};
}

} // namespace tempcards
