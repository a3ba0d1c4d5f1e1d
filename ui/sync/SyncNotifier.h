// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace tempcards {

class NotificationBar;
class SyncStatusLabel;

// Tells the operator when the batch sync starts failing and when it works again: in the window's
// notification bar, and as a desktop notification from a tray icon where the desktop has a system tray
// (its tooltip says while the sync is failing, and a click on it brings the window up).
// Follows `status`, so it reports what tempcards-sync does as well as the in-client sync.
class SyncNotifier : public QObject
{
    Q_OBJECT

public:
    SyncNotifier(SyncStatusLabel *status, NotificationBar *bar, QWidget *window);
    // The last notice given, for the tests (the tray cannot be seen offscreen).
    QString lastNotice() const { return m_lastNotice; }

private:
    void notify(bool failing, const QString &error);

    SyncStatusLabel *m_status;
    NotificationBar *m_bar;
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastNotice;
};

} // namespace tempcards
