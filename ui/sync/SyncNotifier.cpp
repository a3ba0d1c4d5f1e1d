// SPDX-License-Identifier: Apache-2.0
#include "SyncNotifier.h"

#include "NotificationBar.h"
#include "StateLook.h"
#include "SyncStatusLabel.h"

#include <QSystemTrayIcon>
#include <QWidget>

namespace tempcards {

SyncNotifier::SyncNotifier(SyncStatusLabel *status, NotificationBar *bar, QWidget *window)
    : QObject(window), m_status(status), m_bar(bar), m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(StateLook::applicationIcon(), this);
        m_tray->setToolTip(tr("tempcards"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, [this] { m_window->activateWindow(); });
        m_tray->show();
    }
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
    if (m_tray) {
        m_tray->setToolTip(failing ? tr("tempcards: the batch sync is failing") : tr("tempcards"));
        m_tray->showMessage(failing ? tr("tempcards: batch sync failing") : tr("tempcards: batch sync working"),
                            m_lastNotice, failing ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    }
}

} // namespace tempcards
