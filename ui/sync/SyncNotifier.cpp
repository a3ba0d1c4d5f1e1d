// SPDX-License-Identifier: Apache-2.0
#include "SyncNotifier.h"

#include "NotificationBar.h"
#include "SyncStatusLabel.h"

#include <QWidget>

namespace tempcards {

SyncNotifier::SyncNotifier(SyncStatusLabel *status, NotificationBar *bar, QWidget *window)
    : QObject(window), m_status(status), m_bar(bar)
{
    connect(m_status, &SyncStatusLabel::failingChanged, this, &SyncNotifier::notify);
    if (m_status->isFailing()) // already when the window opens
        notify(true, m_status->lastError());
}

void SyncNotifier::notify(bool failing, const QString &error)
{
    m_lastNotice = failing ? tr("The batch sync failed: %1 Cards wait in processing until it works again; it "
                                "keeps trying.")
                                 .arg(error)
                           : tr("The batch sync works again; the waiting cards are being ordered.");
    m_bar->showMessage(m_lastNotice);
}

} // namespace tempcards
