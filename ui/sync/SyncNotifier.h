// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace tempcards {

class NotificationBar;
class SyncStatusLabel;

// Tells the operator when the batch sync starts failing and when it works again, in the window's
// notification bar (the desktop is told by DesktopNews). Follows `status`, so it reports what
// tempcards-sync does as well as the in-client sync.
class SyncNotifier : public QObject
{
    Q_OBJECT

public:
    SyncNotifier(SyncStatusLabel *status, NotificationBar *bar, QWidget *window);
    // The last notice given.
    QString lastNotice() const { return m_lastNotice; }

private:
    void notify(bool failing, const QString &error);

    SyncStatusLabel *m_status;
    NotificationBar *m_bar;
    QString m_lastNotice;
};

} // namespace tempcards
