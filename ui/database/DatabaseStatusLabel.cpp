// SPDX-License-Identifier: Apache-2.0
#include "DatabaseStatusLabel.h"

#include "DatabaseHealth.h"

#include <QLocale>
#include <QStyle>

namespace tempcards {

DatabaseStatusLabel::DatabaseStatusLabel(DatabaseHealth *health, QWidget *parent) : QLabel(parent), m_health(health)
{
    setObjectName(QStringLiteral("databaseStatusLabel"));
    setAccessibleDescription(tr("Shown while the database does not answer"));
    setTextFormat(Qt::PlainText);
    hide();
    m_delay.setSingleShot(true);
    m_delay.setInterval(kShowAfterMs);
    connect(&m_delay, &QTimer::timeout, this, &DatabaseStatusLabel::showLoss);
    // Queued: changed() comes from the probe's thread too.
    connect(m_health, &DatabaseHealth::changed, this, &DatabaseStatusLabel::healthChanged, Qt::QueuedConnection);
    healthChanged();
}

void DatabaseStatusLabel::healthChanged()
{
    if (!m_health->reachable()) {
        if (isVisible())
            showLoss(); // the probe's latest words
        else if (!m_delay.isActive())
            m_delay.start();
        return;
    }
    m_delay.stop();
    if (isHidden())
        return;
    hide();
    emit recovered(tr("The database answers again."));
}

void DatabaseStatusLabel::showLoss()
{
    const DatabaseHealth::State state = m_health->state();
    if (state.reachable)
        return;
    const QString last = state.lastSuccess.isValid()
                             ? QLocale().toString(state.lastSuccess.toLocalTime().time(), QLocale::ShortFormat)
                             : tr("never");
    setText(tr("Database unreachable, retrying… Last success: %1").arg(last));
    setToolTip(state.problem);
    show();
}

} // namespace tempcards
